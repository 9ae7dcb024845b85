import type { Span } from '../text/span.ts';
import { compileSubstringIndex } from '../text/substring-index.ts';
import type { Token } from '../text/tokens.ts';
import type { Modality } from './types.ts';

/** Negators that deny an act when they stand just before its cue ("did not discuss", "failed to reach"). */
const cueNegators: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', 'neither', 'nor', 'without', 'cannot', 'fail', 'nothing', 'none']);
/** Negators that deny a mention when they stand just before it ("no agreement on chips"). */
const topicNegators: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', 'neither', 'nor']);
/** "not only", "no later than": negators that deny nothing. */
const notNegating: ReadonlySet<string> = new Set(['only', 'just', 'least', 'later', 'less', 'more', 'longer', 'doubt']);
const futureWords: ReadonlySet<string> = new Set(['will', 'shall', "'ll", 'upcoming', 'forthcoming', 'intend', 'scheduled', 'future', 'soon']);
const futureTo: ReadonlySet<string> = new Set(['agree', 'decide', 'plan', 'intend', 'aim', 'expect', 'commit', 'pledge', 'resolve']);
const modalAux: ReadonlySet<string> = new Set(['may', 'might', 'could']);
const conditionals: ReadonlySet<string> = new Set(['if', 'whether', 'unless', 'possibly', 'perhaps']);
const historicalWords: ReadonlySet<string> = new Set(['recall', 'previously', 'formerly', 'ago', 'anniversary', 'past', 'previous', 'earlier']);
const lastUnits: ReadonlySet<string> = new Set(['year', 'month', 'week', 'time', 'decade', 'century', 'summit', 'meeting', 'round', 'visit', 'session']);
const isYear = (token: Token | undefined) => token !== undefined && /^(?:1[6-9]|20)\d\d$/u.test(token.lower);

/**
 * Modality of an English claim; `scope` is the clause holding the mention and its cue.
 * Negated: a negator within three words before the cue ("did not discuss", "no agreement
 * was reached") or the mention ("no agreement on chips"); "not only" affirms. Future:
 * will, shall, "agreed to hold", "plan to", reported "would", "next year". Hypothetical:
 * may, might, could (as verbs, not the month), "would consider", and if, whether, unless
 * anywhere in the sentence. Historical: recalled, in the past, ago, "last year", "since
 * 1992", and "in 1992" without a future marker.
 */
export function englishModality(tokens: readonly Token[], scope: Span, cue: Span | undefined, topic: Span): Modality {
  const sentenceWords = tokens.filter((token) => token.isWord);
  const words = sentenceWords.filter((token) => token.start >= scope.start && token.end <= scope.end);
  const indexAt = (offset: number) => words.findIndex((token) => token.start >= offset);
  const negatorBefore = (index: number, negators: ReadonlySet<string>) => index >= 0 && words.slice(Math.max(0, index - 3), index)
    .some((token, k, window) => negators.has(token.lower) && !notNegating.has(window[k + 1]?.lower ?? words[index]?.lower ?? ''));
  const cueNegated = cue !== undefined && negatorBefore(indexAt(cue.start), cueNegators);
  const topicNegated = negatorBefore(indexAt(topic.start), topicNegators);

  let future = false;
  let hypothetical = sentenceWords.some((token) => conditionals.has(token.lower));
  let historical = false;
  for (const [i, token] of words.entries()) {
    const next = words[i + 1];
    if (futureWords.has(token.lower)) future = true;
    if (futureTo.has(token.lemma) && next?.lower === 'to') future = true;
    if (modalAux.has(token.lower) && token.pos !== 'PROPN' && token.pos !== 'NOUN') hypothetical = true;
    if (token.lower === 'would') {
      if (next?.lemma === 'consider' || next?.lemma === 'like') hypothetical = true;
      else future = true;
    }
    if (token.lower === 'next' && next && lastUnits.has(next.lemma)) future = true;
    if (historicalWords.has(token.lower) || historicalWords.has(token.lemma)) historical = true;
    if (token.lower === 'last' && next && lastUnits.has(next.lemma)) historical = true;
    if (token.lower === 'since' && (isYear(next) || next?.lower === 'then')) historical = true;
  }
  if (!future && words.some((token, i) => token.lower === 'in' && isYear(words[i + 1]))) historical = true;
  return { negated: cueNegated || topicNegated, future, hypothetical, historical };
}

type Flag = keyof Modality;

/**
 * CJK markers per flag, matched as substrings of the sentence. Stop entries (null) take
 * their place first: 不断 "continuously", 不仅 "not only", 不满 "dissatisfaction", 未来
 * "future" and 끊임없이 "ceaselessly" hold a negator but deny nothing; 尽可能 is "as far
 * as possible".
 */
const cjkMarkers = compileSubstringIndex<Flag>([
  ...['不断', '不仅', '不同', '不久', '不少', '不可分割', '不管', '不论', '不过', '不满', '不利', '不稳定', '不确定', '不公平', '不合理', '不正当',
    '不懈', '不移', '不渝', '未来', '잘못', '없이', '끊임', '少ない', 'まず', '必ず', '尽可能'].map((stop) => [stop, null] as const),
  ...['没有', '并未', '未', '不', '않', '못', '없', 'ない', 'なかった', 'ません', 'せず', 'ず、', 'ず。'].map((term) => [term, 'negated'] as const),
  ...['将要', '将', '计划', '即将', '예정', '할 것', '기로', '계획', '予定', '方針', 'していく'].map((term) => [term, 'future'] as const),
  ...['如果', '若', '可能', '或许', '만약', '가능', '경우', 'もし', '場合', '可能性'].map((term) => [term, 'hypothetical'] as const),
  ...['回顾', '曾经', '以来', '过去', '去年', '과거', '지난', '이래', '작년', '振り返', 'これまで', '昨年'].map((term) => [term, 'historical'] as const),
]);

/** Modality of a CJK sentence from marker substrings (see cjkMarkers); every claim of the sentence shares it. */
export function cjkModality(text: string, sentence: Span): Modality {
  const flags = new Set(cjkMarkers.findAll(text, sentence).map((match) => match.value));
  return { negated: flags.has('negated'), future: flags.has('future'), hypothetical: flags.has('hypothetical'), historical: flags.has('historical') };
}
