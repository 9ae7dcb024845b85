import type { Span } from '../text/span.ts';
import { compileSubstringIndex } from '../text/substring-index.ts';
import type { Token } from '../text/tokens.ts';

/** One descriptor of the talks found in a sentence. */
export interface AtmosphereHit {
  /** Normalised, lower-case English descriptor ("in-depth"). */
  readonly descriptor: string;
  /** The descriptor as written: text.slice(span.start, span.end). */
  readonly span: Span;
}

const englishDescriptors: ReadonlySet<string> = new Set([
  'candid', 'frank', 'in-depth', 'constructive', 'friendly', 'productive', 'pragmatic', 'cordial', 'positive', 'substantive',
  'open', 'warm', 'fruitful', 'useful', 'detailed', 'sincere', 'tense', 'difficult', 'thorough', 'successful', 'good',
  'wide-ranging', 'extensive', 'businesslike', 'amicable', 'honest', 'substantial', 'meaningful', 'forthright',
]);
/** Hyphenated descriptors wink splits into three tokens ("in", "-", "depth"). */
const hyphenated: ReadonlyMap<string, string> = new Map([['in depth', 'in-depth'], ['wide ranging', 'wide-ranging']]);
/** Words for the talks themselves: a descriptor counts only when it describes one of them. */
const talkNouns: ReadonlySet<string> = new Set([
  'talk', 'talks', 'meeting', 'discussion', 'exchange', 'dialogue', 'consultation', 'atmosphere', 'conversation', 'call', 'communication',
  'session', 'negotiation', 'manner', 'spirit', 'engagement', 'summit', 'conference', 'interaction', 'visit',
]);
/** Words allowed between a descriptor and its noun: "candid, in-depth and constructive talks", "a productive phone call". */
const linkers: ReadonlySet<string> = new Set([
  'and', ',', '-', 'very', 'highly', 'extremely', 'most', 'also', 'quite', 'particularly', 'genuinely', 'phone', 'telephone', 'video',
  'bilateral', 'official', 'working', 'strategic', 'virtual', 'formal', 'informal', 'ministerial',
]);
const linkingVerbs: ReadonlySet<string> = new Set(['be', 'remain', 'prove', 'seem', 'appear', 'feel']);
const adverbs: ReadonlySet<string> = new Set(['very', 'highly', 'extremely', 'quite', 'particularly', 'genuinely', 'both', 'most', 'been', 'have', 'has', 'had']);
/** Longest walk from a descriptor to its noun, in tokens. */
const maxReach = 8;

const isTalkNoun = (token: Token | undefined) => token !== undefined && (talkNouns.has(token.lower) || talkNouns.has(token.lemma));

/** A linker, or a part of a hyphenated modifier ("high-level", "face-to-face"). */
function isLinker(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  if (!token) return false;
  if (linkers.has(token.lower)) return true;
  const previous = tokens[j - 1];
  const next = tokens[j + 1];
  return (previous?.lower === '-' && previous.end === token.start) || (next?.lower === '-' && token.end === next.start);
}

/** The descriptor starting at token i, with how many tokens it spans. */
function descriptorAt(tokens: readonly Token[], i: number): { descriptor: string; length: number } | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const dash = tokens[i + 1];
  const second = tokens[i + 2];
  if (dash?.lower === '-' && second && token.end === dash.start && dash.end === second.start) {
    const joined = hyphenated.get(`${token.lower} ${second.lower}`);
    if (joined) return { descriptor: joined, length: 3 };
  }
  return englishDescriptors.has(token.lower) ? { descriptor: token.lower, length: 1 } : undefined;
}

/** Whether tokens after the descriptor reach a talk noun through descriptors and linkers ("candid and constructive talks"). */
function describesAhead(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < tokens.length && j < from + maxReach; j += 1) {
    const token = tokens[j];
    if (isTalkNoun(token)) return true;
    const descriptor = descriptorAt(tokens, j);
    if (descriptor) j += descriptor.length - 1;
    else if (!token || !isLinker(tokens, j)) return false;
  }
  return false;
}

/** Whether tokens before the descriptor are "<talk noun> <linking verb> …" ("the talks were candid and in-depth"). */
function describesBehind(tokens: readonly Token[], before: number): boolean {
  let k = before - 1;
  while (k >= 0 && before - k <= maxReach) {
    const token = tokens[k];
    if (!token) return false;
    if (linkingVerbs.has(token.lemma)) {
      let n = k - 1;
      while (n >= 0 && adverbs.has(tokens[n]?.lower ?? '')) n -= 1;
      return isTalkNoun(tokens[n]);
    }
    if (k >= 2 && descriptorAt(tokens, k - 2)?.length === 3) k -= 3;
    else if (englishDescriptors.has(token.lower) || adverbs.has(token.lower) || isLinker(tokens, k)) k -= 1;
    else return false;
  }
  return false;
}

/**
 * Descriptors of the talks in an English sentence: before a talk noun through other
 * descriptors and linkers ("held candid and in-depth talks", "in a friendly
 * atmosphere", "a productive phone call"), or after one and a linking verb ("the meeting
 * was constructive"). "open markets" describes no talks and does not count.
 */
export function findEnglishAtmosphere(tokens: readonly Token[]): AtmosphereHit[] {
  const hits: AtmosphereHit[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const found = descriptorAt(tokens, i);
    const first = tokens[i];
    const last = tokens[i + (found?.length ?? 1) - 1];
    if (!found || !first || !last) continue;
    if (describesAhead(tokens, i + found.length) || describesBehind(tokens, i)) {
      hits.push({ descriptor: found.descriptor, span: { start: first.start, end: last.end } });
    }
    i += found.length - 1;
  }
  return hits;
}

type CjkPiece = 'descriptor' | 'talk' | 'linker';

const cjkDescriptors: readonly (readonly [string, string])[] = [
  ['坦诚', 'candid'], ['坦率', 'frank'], ['深入', 'in-depth'], ['建设性', 'constructive'], ['友好', 'friendly'], ['务实', 'pragmatic'],
  ['积极', 'positive'], ['富有成果', 'fruitful'], ['富有成效', 'productive'], ['真诚', 'sincere'], ['亲切', 'cordial'], ['热烈', 'warm'],
  ['솔직', 'candid'], ['허심탄회', 'candid'], ['심도 있', 'in-depth'], ['심도있', 'in-depth'], ['건설적', 'constructive'], ['우호적', 'friendly'],
  ['실질적', 'substantive'], ['생산적', 'productive'], ['유익', 'useful'], ['진지', 'sincere'],
  ['率直', 'candid'], ['建設的', 'constructive'], ['友好的', 'friendly'], ['有意義', 'meaningful'], ['実りある', 'fruitful'], ['突っ込んだ', 'in-depth'],
];
const cjkTalkNouns = ['会谈', '会见', '会晤', '交流', '通话', '对话', '讨论', '气氛', '氛围', '交换意见', '沟通', '磋商', '谈话',
  '회담', '논의', '대화', '협의', '분위기', '의견 교환', '의견교환', '의견을 교환', '면담', '통화', '회의',
  '会談', '協議', '意見交換', '対話', '雰囲気', '会合', '電話会談', '話し合い', '議論'];
/** What may stand between a CJK descriptor and its noun: 的、和 (zh), 하고 / 한 / 인 (ko), な / で / かつ (ja), and the like. */
const cjkLinkers = ['、', '的', '和', '与', '而', '且', '又', '地', '是', '很', '非常', '十分', '极为', '하고', '하며', '이고', '이며', '한', '인',
  '하게', '게', '은', '는', '이', '가', '매우', 'な', 'で', 'かつ', 'に', 'は', 'が', 'も', '非常に', 'とても'];

const cjkPieces = compileSubstringIndex<CjkPiece>([
  ...cjkDescriptors.map(([term]) => [term, 'descriptor'] as const),
  ...cjkTalkNouns.map((term) => [term, 'talk'] as const),
  ...cjkLinkers.map((term) => [term, 'linker'] as const),
]);
const normalised = new Map(cjkDescriptors);

/**
 * CJK descriptors of the talks: a descriptor followed by a talk noun through other
 * descriptors and linkers ("进行了坦诚、深入的交流", "솔직하고 심도 있는 논의", "率直な意見交換"),
 * or following one ("会谈是坦诚的", "회담은 건설적이었다"). "建设性作用" (a constructive role) does not count.
 */
export function findCjkAtmosphere(text: string, span: Span): AtmosphereHit[] {
  const pieces = cjkPieces.findAll(text, span);
  const hits: AtmosphereHit[] = [];
  // Neighbours must touch (one space between is fine): other text between two pieces breaks the chain.
  const touches = (a: Span, b: Span) => b.start >= a.end && b.start - a.end <= 1 && text.slice(a.end, b.start).trim() === '';
  pieces.forEach((piece, p) => {
    if (piece.value !== 'descriptor') return;
    let describes = false;
    for (let q = p + 1, at = piece.span; q < pieces.length && q <= p + maxReach; q += 1) {
      const next = pieces[q];
      if (!next || !touches(at, next.span)) break;
      if (next.value === 'talk') {
        describes = true;
        break;
      }
      at = next.span;
    }
    for (let q = p - 1, at = piece.span; !describes && q >= 0 && q >= p - maxReach; q -= 1) {
      const previous = pieces[q];
      if (!previous || !touches(previous.span, at)) break;
      if (previous.value === 'talk') describes = true;
      at = previous.span;
    }
    const descriptor = normalised.get(piece.term);
    if (describes && descriptor) hits.push({ descriptor, span: piece.span });
  });
  return hits;
}
