import type { Span } from '../text/span.ts';
import type { Token } from '../text/tokens.ts';
import { wordForms } from './term-matcher.ts';
import type { Act } from './types.ts';

/** A speech-act cue found in a sentence. */
export interface ActCue {
  readonly act: Act;
  readonly span: Span;
  /** The cue as the codebook writes it ("call on"). */
  readonly term: string;
  readonly pattern: 'verb-cue' | 'phrase-cue' | 'cjk-cue';
}

/**
 * English cues per PLOVER 2.0 category, as lemma sequences ("*" stands for any one
 * word: "ask * to" catches "asked China to"). `state` cues (stressed, reiterated) are
 * the weakest: any other cue in the sentence outranks them.
 */
const englishCues: Readonly<Record<Act, readonly string[]>> = {
  agree: ['agree', 'reach consensus', 'reach an agreement', 'reach agreement', 'reach a consensus', 'sign', 'conclude', 'consensus was reached', 'agreement was reached', 'concur', 'commit to', 'pledge'],
  request: ['ask', 'request', 'call on', 'call upon', 'urge', 'press', 'hope that', 'expect * to', 'seek', 'appeal to', 'invite * to', 'encourage'],
  reject: ['oppose', 'reject', 'refuse', 'deny', 'dismiss', 'firmly oppose', 'object to'],
  accuse: ['express concern', 'expressed concern', 'raise concern', 'voice concern', 'concern about', 'concerns about', 'criticise', 'criticize', 'accuse', 'condemn', 'blame', 'deplore'],
  threaten: ['warn', 'red line', 'threaten', 'will not tolerate', 'consequence'],
  protest: ['protest', 'lodge representation', 'lodge solemn representation', 'lodge stern representation', 'strong dissatisfaction', 'strongly deplore', 'summon'],
  sanction: ['sanction', 'impose', 'ban', 'blacklist', 'entity list'],
  concede: ['concede', 'make concession', 'ease', 'lift', 'relax', 'waive'],
  retreat: ['withdraw', 'suspend', 'pull out', 'postpone', 'cancel', 'halt'],
  aid: ['provide assistance', 'provide aid', 'donate', 'humanitarian assistance', 'provide support', 'offer assistance', 'grant'],
  cooperate: ['cooperate', 'strengthen cooperation', 'deepen cooperation', 'expand cooperation', 'enhance cooperation', 'cooperation on', 'cooperation in', 'work together', 'work with', 'work closely', 'partner', 'collaborate', 'strengthen dialogue', 'strengthen', 'deepen', 'expand', 'enhance', 'promote', 'jointly'],
  support: ['welcome', 'appreciate', 'support', 'praise', 'commend', 'applaud', 'congratulate', 'thank', 'value'],
  consult: ['discuss', 'exchange view', 'exchange views', 'exchange of views', 'hold talks', 'held talks', 'talk', 'meet', 'speak', 'consult', 'review', 'exchange', 'dialogue', 'phone call', 'confer', 'host', 'attend', 'chair', 'take part', 'participate'],
  state: ['stress', 'reiterate', 'emphasise', 'emphasize', 'note', 'state', 'say', 'point out', 'introduce', 'underline', 'underscore', 'highlight', 'affirm', 'reaffirm', 'express', 'explain', 'brief', 'recall', 'raise'],
};

/** Chinese, Korean and Japanese cues, matched as substrings. */
const cjkCues: Readonly<Partial<Record<Act, readonly string[]>>> = {
  agree: ['一致同意', '同意', '达成共识', '达成一致', '签署', '합의', '동의', '서명', '合意', '一致した'],
  request: ['要求', '请求', '希望', '敦促', '呼吁', '요청', '당부', '촉구', '要請', '求め'],
  reject: ['坚决反对', '反对', '拒绝', '반대', '거부', '反対', '拒否'],
  accuse: ['关切', '担忧', '批评', '谴责', '우려', '비판', '懸念', '批判'],
  threaten: ['警告', '红线', '경고', 'レッドライン'],
  protest: ['抗议', '严正交涉', '强烈不满', '항의', '抗議'],
  sanction: ['制裁', '제재'],
  concede: ['让步', '양보', '譲歩'],
  retreat: ['撤出', '暂停', '철수', '중단', '撤退'],
  aid: ['援助', '지원을 제공', '支援を提供'],
  cooperate: ['加强合作', '深化合作', '拓展合作', '加强对话', '合作', '협력', '協力'],
  support: ['欢迎', '支持', '赞赏', '환영', '지지', '歓迎', '支持'],
  consult: ['交换意见', '讨论', '会谈', '会见', '通话', '出席', '举行', '논의', '협의', '회담', '의견을 교환', '주재', '참석', '회의를 가졌', '協議', '意見交換', '会談', '出席'],
  state: ['强调', '重申', '指出', '表示', '강조', '밝혔', '強調', '述べ'],
};

/** Cues that take an infinitive or clause ("agreed to strengthen…", "asked China to help…"): they govern later cues. */
const governingActs: ReadonlySet<Act> = new Set(['agree', 'request', 'reject']);

interface CompiledCue { readonly act: Act; readonly term: string; readonly words: readonly string[] }

const compiledEnglish: readonly CompiledCue[] = Object.entries(englishCues).flatMap(([act, terms]) =>
  terms.map((term) => ({ act: act as Act, term, words: term.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

function matchesAt(words: readonly Token[], at: number, cue: CompiledCue): number {
  let position = at;
  for (const word of cue.words) {
    const token = words[position];
    if (!token) return 0;
    if (word !== '*' && !wordForms(token).includes(word)) return 0;
    position += 1;
  }
  return position - at;
}

/** Every cue in an English sentence, left to right, longest first where two start together. */
export function findEnglishCues(tokens: readonly Token[]): ActCue[] {
  const words = tokens.filter((token) => token.isWord);
  const cues: ActCue[] = [];
  let i = 0;
  while (i < words.length) {
    let advanced = 1;
    for (const cue of compiledEnglish) {
      const length = matchesAt(words, i, cue);
      const first = words[i];
      const last = words[i + length - 1];
      if (length === 0 || !first || !last) continue;
      // A bare noun is no act: "ban" the verb sanctions, "the talk" is not consult on its own.
      if (cue.words.length === 1 && first.pos !== 'VERB' && first.pos !== 'X' && cue.act !== 'consult') continue;
      cues.push({ act: cue.act, span: { start: first.start, end: last.end }, term: cue.term, pattern: cue.words.length > 1 ? 'phrase-cue' : 'verb-cue' });
      advanced = length;
      break;
    }
    i += advanced;
  }
  return cues;
}

/** Every CJK cue in a sentence span, by position, longer cues first where they overlap. */
export function findCjkCues(text: string, span: Span): ActCue[] {
  const sentence = text.slice(span.start, span.end);
  const cues: ActCue[] = [];
  const all = Object.entries(cjkCues).flatMap(([act, terms]) => (terms ?? []).map((term) => ({ act: act as Act, term })))
    .sort((a, b) => b.term.length - a.term.length);
  for (const { act, term } of all) {
    let from = 0;
    for (;;) {
      const at = sentence.indexOf(term, from);
      if (at === -1) break;
      from = at + term.length;
      const cueSpan = { start: span.start + at, end: span.start + at + term.length };
      if (cues.some((c) => c.span.start < cueSpan.end && cueSpan.start < c.span.end)) continue;
      cues.push({ act, span: cueSpan, term, pattern: 'cjk-cue' });
    }
  }
  return cues.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The act a sentence attributes to a topic mention at `topicStart`. Cues before the
 * mention count first: a governing cue (agree, request, reject) wins over the cues
 * it governs ("agreed to strengthen cooperation on chips" is agree); otherwise the
 * nearest cue before the mention; otherwise a governing cue after it, or the first
 * cue after it ("chips were discussed"). `state` cues only count when nothing else
 * is there. Undefined: no cue.
 */
export function chooseCue(cues: readonly ActCue[], topicStart: number): { cue: ActCue; confidence: number } | undefined {
  const strong = cues.filter((cue) => cue.act !== 'state');
  const pool = strong.length > 0 ? strong : cues;
  const before = pool.filter((cue) => cue.span.end <= topicStart);
  const governing = before.filter((cue) => governingActs.has(cue.act));
  const governor = governing.at(-1);
  if (governor) return { cue: governor, confidence: governor.act === 'state' ? 0.6 : 0.9 };
  const nearest = before.at(-1);
  if (nearest) return { cue: nearest, confidence: nearest.act === 'state' ? 0.6 : 0.85 };
  // Nothing before the mention: a passive ("chips were discussed") or a verb-final
  // language (Korean, Japanese: "협력을 강화하기로 합의했다"), where the governing verb
  // comes last and still wins over the cues it governs.
  const later = pool.filter((cue) => cue.span.start >= topicStart);
  const after = later.find((cue) => governingActs.has(cue.act)) ?? later[0];
  if (after) return { cue: after, confidence: after.act === 'state' ? 0.55 : 0.7 };
  return undefined;
}
