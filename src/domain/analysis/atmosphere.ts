import type { Span } from '../text/span.ts';
import type { Token } from '../text/tokens.ts';

/** Descriptors readouts use for the talks themselves, normalised. */
const englishDescriptors = ['candid', 'frank', 'in-depth', 'constructive', 'friendly', 'productive', 'pragmatic', 'cordial', 'positive', 'substantive', 'open', 'warm', 'fruitful', 'useful', 'detailed', 'sincere', 'tense', 'difficult', 'thorough', 'good', 'successful'];
/** Words for the talks: a descriptor counts only next to one of them. */
const talkNouns = new Set(['talk', 'talks', 'meeting', 'discussion', 'discussions', 'exchange', 'exchanges', 'dialogue', 'consultation', 'consultations', 'atmosphere', 'conversation', 'call', 'communication', 'meetings', 'session', 'negotiation', 'negotiations', 'manner', 'spirit']);
const cjkDescriptors: readonly (readonly [string, string])[] = [
  ['坦诚', 'candid'], ['深入', 'in-depth'], ['建设性', 'constructive'], ['友好', 'friendly'], ['务实', 'pragmatic'],
  ['积极', 'positive'], ['富有成果', 'fruitful'], ['솔직', 'candid'], ['심도 있는', 'in-depth'], ['건설적', 'constructive'],
  ['우호적', 'friendly'], ['실질적', 'substantive'], ['率直', 'candid'], ['建設的', 'constructive'], ['友好的', 'friendly'], ['有意義', 'productive'],
];

export interface AtmosphereHit {
  readonly descriptor: string;
  readonly span: Span;
}

/**
 * Descriptors of the talks in an English sentence: a descriptor within four words
 * before a talk noun ("held candid and in-depth talks", "in a friendly atmosphere"),
 * or after one with a linking verb ("the meeting was constructive"). "open markets"
 * has no talk noun and does not count.
 */
export function findEnglishAtmosphere(tokens: readonly Token[]): AtmosphereHit[] {
  const words = tokens.filter((token) => token.isWord || token.lower === '-');
  const hits: AtmosphereHit[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const token = words[i];
    if (!token) continue;
    let descriptor: string | undefined;
    let end = token.end;
    const next = words[i + 1];
    const afterNext = words[i + 2];
    if (token.lower === 'in' && next?.lower === '-' && afterNext?.lower === 'depth') {
      descriptor = 'in-depth';
      end = afterNext.end;
    } else if (token.lower === 'in-depth' || englishDescriptors.includes(token.lower)) {
      descriptor = token.lower;
    }
    if (!descriptor) continue;
    const ahead = words.slice(i + 1, i + 6).some((w) => talkNouns.has(w.lower));
    const behind = words.slice(Math.max(0, i - 3), i).some((w) => talkNouns.has(w.lower))
      && words.slice(Math.max(0, i - 2), i).some((w) => ['be', 'was', 'were', 'is', 'are', 'remain', 'proved'].includes(w.lemma) || ['was', 'were'].includes(w.lower));
    if (ahead || behind) hits.push({ descriptor, span: { start: token.start, end } });
  }
  return hits;
}

/** CJK descriptors, by substring: readouts use them in fixed formulas ("双方进行了坦诚、深入的交流"). */
export function findCjkAtmosphere(text: string, span: Span): AtmosphereHit[] {
  const sentence = text.slice(span.start, span.end);
  const hits: AtmosphereHit[] = [];
  for (const [term, descriptor] of cjkDescriptors) {
    const at = sentence.indexOf(term);
    if (at !== -1) hits.push({ descriptor, span: { start: span.start + at, end: span.start + at + term.length } });
  }
  return hits.sort((a, b) => a.span.start - b.span.start);
}
