import type { Span } from '../text/span.ts';
import type { Token } from '../text/tokens.ts';
import type { Modality } from './types.ts';

const negators = new Set(['not', "n't", 'no', 'never', 'neither', 'nor', 'without', 'nothing', 'none', 'cannot', 'refrain', 'fail']);
const futureMarkers = new Set(['will', 'shall', "'ll", 'upcoming', 'next', 'plan', 'intend', 'schedule', 'future']);
const hypotheticalMarkers = new Set(['may', 'might', 'could', 'would', 'if', 'whether', 'possible', 'possibly', 'consider', 'unless']);
const historicalMarkers = new Set(['recall', 'recalled', 'previous', 'previously', 'past', 'ago', 'anniversary', 'history', 'historical', 'since', 'last', 'former', 'formerly']);

const cjkNegators = ['没有', '并未', '未', '不会', '不能', '않', '못', '없', 'ない', 'ず'];
const cjkFuture = ['将', '将要', '计划', '即将', '예정', '할 것', '것이다', '予定', 'する方針'];
const cjkHypothetical = ['如果', '可能', '或许', '若', '만약', '가능', 'もし', '可能性'];
const cjkHistorical = ['回顾', '曾经', '以来', '过去', '과거', '지난', '이래', '振り返', 'これまで'];

/**
 * Modality of a claim from the words of its sentence up to and around the act cue.
 * English looks at the words from the sentence start to the end of the act cue (or
 * the topic, when later): "did not discuss chips" is negated, "will hold talks" and
 * "agreed to hold" are future, "may consider" hypothetical, "recalled the 1992
 * normalisation" historical. CJK uses marker substrings in the sentence.
 */
export function englishModality(tokens: readonly Token[], cueSpan: Span | undefined, topicSpan: Span): Modality {
  const reach = Math.max(cueSpan?.end ?? 0, topicSpan.end);
  const window = tokens.filter((token) => token.isWord && token.end <= reach);
  const forms = window.map((token) => token.lemma);
  const has = (set: ReadonlySet<string>) => window.some((token) => set.has(token.lower) || set.has(token.lemma));
  // "no agreement", "not discuss": a negator within three words before the cue or topic.
  const cueIndex = cueSpan ? window.findIndex((token) => token.start >= cueSpan.start) : -1;
  const topicIndex = window.findIndex((token) => token.start >= topicSpan.start);
  const nearNegation = (index: number) => index >= 0 && window.slice(Math.max(0, index - 3), index + 1).some((token) => negators.has(token.lower));
  const agreedTo = forms.some((form, i) => (form === 'agree' || form === 'decide' || form === 'plan') && forms[i + 1] === 'to');
  const yearBefore = window.some((token) => /^(1[89]|20)\d\d$/.test(token.lower)) && has(historicalMarkers);
  return {
    negated: nearNegation(cueIndex) || nearNegation(topicIndex),
    future: has(futureMarkers) || agreedTo,
    hypothetical: has(hypotheticalMarkers),
    historical: has(historicalMarkers) && (yearBefore || forms.includes('recall') || forms.includes('past') || forms.includes('ago') || forms.includes('anniversary') || forms.includes('previously')),
  };
}

export function cjkModality(text: string, sentence: Span): Modality {
  const body = text.slice(sentence.start, sentence.end);
  const has = (markers: readonly string[]) => markers.some((marker) => body.includes(marker));
  return { negated: has(cjkNegators), future: has(cjkFuture), hypothetical: has(cjkHypothetical), historical: has(cjkHistorical) };
}
