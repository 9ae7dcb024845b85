import { roundScore } from './ordering.ts';
import type { ComparisonClaim, ComparisonStatement, PairAlignment, SentenceMatch, SentenceRef } from './types.ts';

/** Smallest similarity that counts as a match; below it, sentences are unrelated. */
export const alignmentThreshold = 0.15;

/**
 * Most sentences aligned per party. Alignment scores every pair that shares a lemma or
 * topic, O(|A|·|B|) at worst; readouts have tens of sentences, and the cap keeps a pasted
 * book from stalling the event loop. Sentences past the cap are neither matched nor listed
 * as unmatched, and the pair is marked `truncated`.
 */
export const maxAlignedSentences = 2000;

/** Words too common in readouts' English to say two sentences are about the same thing. */
export const alignmentStopwords: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by',
  'from', 'as', 'into', 'about', 'that', 'this', 'these', 'those', 'it', 'its', 'be', 'is',
  'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did', 'will',
  'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'he',
  'she', 'they', 'them', 'their', 'his', 'her', 'we', 'our', 'us', 'i', 'you', 'also',
  'other', 'such', 'which', 'who', 'whom', 'than', 'then', 'there', 'both', 'each', 'all',
]);

/** The similarity formula in words, as the API documentation quotes it. */
export const sentenceSimilarityFormula =
  'similarity(a, b) = 0.7 × J(lemmas(a), lemmas(b)) + 0.3 × J(topics(a), topics(b)), where '
  + 'J(X, Y) = |X ∩ Y| / |X ∪ Y| (0 when both are empty), lemmas are the lower-cased lemmas '
  + 'of the sentence minus English stopwords and tokens without a letter or digit, and topics '
  + 'are the topics of its claims. When neither sentence has a topic, similarity = '
  + 'J(lemmas(a), lemmas(b)) alone. Rounded to 3 decimals; a match needs at least 0.15.';

/** A sentence ready for alignment: where it is, its content lemmas and its topics. */
export interface AlignableSentence {
  readonly ref: SentenceRef;
  readonly lemmas: ReadonlySet<string>;
  readonly topics: ReadonlySet<string>;
}

const hasWordCharacter = /[\p{L}\p{N}]/u;

/**
 * Lemmatises one party's sentences once, in statement id then sentence order, up to
 * `maxAlignedSentences`. `claims` (the party's effective claims) give each sentence its topics.
 */
export function prepareSentences(
  statements: readonly ComparisonStatement[], claims: readonly ComparisonClaim[],
  lemmatise: (text: string) => readonly string[],
): { sentences: AlignableSentence[]; truncated: boolean } {
  const topics = new Map<string, Set<string>>();
  for (const claim of claims) {
    const key = `${claim.statementId}|${claim.sentenceIndex}`;
    const set = topics.get(key);
    if (set) set.add(claim.topic);
    else topics.set(key, new Set([claim.topic]));
  }
  const ordered = [...statements].sort((a, b) => a.id - b.id)
    .flatMap((statement) => [...statement.sentences].sort((a, b) => a.index - b.index)
      .map((sentence) => ({ statement, sentence })));
  const sentences = ordered.slice(0, maxAlignedSentences).map(({ statement, sentence }): AlignableSentence => {
    const text = statement.text.slice(sentence.span.start, sentence.span.end);
    const lemmas = new Set(lemmatise(text).map((lemma) => lemma.toLowerCase())
      .filter((lemma) => hasWordCharacter.test(lemma) && !alignmentStopwords.has(lemma)));
    return {
      ref: { statementId: statement.id, sentenceIndex: sentence.index, span: sentence.span, text },
      lemmas,
      topics: topics.get(`${statement.id}|${sentence.index}`) ?? new Set(),
    };
  });
  return { sentences, truncated: ordered.length > maxAlignedSentences };
}

function jaccard(shared: number, left: number, right: number): number {
  const union = left + right - shared;
  return union === 0 ? 0 : shared / union;
}

function countShared(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of left) if (right.has(item)) shared += 1;
  return shared;
}

/** Similarity of two sentences per `sentenceSimilarityFormula`: [0, 1], 3 decimals; identical ones score 1. */
export function scoreSentencePair(a: AlignableSentence, b: AlignableSentence): number {
  return similarityOf(a, b, countShared(a.lemmas, b.lemmas), countShared(a.topics, b.topics));
}

function similarityOf(a: AlignableSentence, b: AlignableSentence, sharedLemmas: number, sharedTopics: number): number {
  const lemmaScore = jaccard(sharedLemmas, a.lemmas.size, b.lemmas.size);
  if (a.topics.size === 0 && b.topics.size === 0) return roundScore(lemmaScore);
  return roundScore(0.7 * lemmaScore + 0.3 * jaccard(sharedTopics, a.topics.size, b.topics.size));
}

function buildPostings(sentences: readonly AlignableSentence[], pick: (s: AlignableSentence) => ReadonlySet<string>): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  sentences.forEach((sentence, index) => {
    for (const key of pick(sentence)) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });
  return postings;
}

function countVia(items: ReadonlySet<string>, postings: ReadonlyMap<string, readonly number[]>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const item of items) for (const index of postings.get(item) ?? []) counts.set(index, (counts.get(index) ?? 0) + 1);
  return counts;
}

/**
 * Aligns party A's sentences with party B's: each A sentence gets its best B sentence
 * (highest score, the earlier one on a tie) when the score reaches `alignmentThreshold`;
 * several A sentences may share one B sentence. `unmatched` lists, per side, the sentences
 * with no counterpart at or above the threshold. Only pairs sharing a lemma or a topic are
 * scored (the others score 0), through an inverted index over B.
 */
export function alignSentences(
  parties: readonly [string, string], left: readonly AlignableSentence[], right: readonly AlignableSentence[],
  truncated = false,
): PairAlignment {
  const lemmaPostings = buildPostings(right, (sentence) => sentence.lemmas);
  const topicPostings = buildPostings(right, (sentence) => sentence.topics);
  const bestForRight = new Array<number>(right.length).fill(0);
  const matches: SentenceMatch[] = [];
  const unmatchedLeft: SentenceRef[] = [];
  for (const a of left) {
    const sharedLemmas = countVia(a.lemmas, lemmaPostings);
    const sharedTopics = countVia(a.topics, topicPostings);
    const candidates = [...new Set([...sharedLemmas.keys(), ...sharedTopics.keys()])].sort((x, y) => x - y);
    let best: { index: number; score: number } | undefined;
    for (const index of candidates) {
      const b = right[index];
      if (!b) continue;
      const score = similarityOf(a, b, sharedLemmas.get(index) ?? 0, sharedTopics.get(index) ?? 0);
      if (score > (bestForRight[index] ?? 0)) bestForRight[index] = score;
      if (!best || score > best.score) best = { index, score };
    }
    const partner = best && best.score >= alignmentThreshold ? right[best.index] : undefined;
    if (best && partner) matches.push({ a: a.ref, b: partner.ref, score: best.score });
    else unmatchedLeft.push(a.ref);
  }
  const unmatchedRight = right.filter((_, index) => (bestForRight[index] ?? 0) < alignmentThreshold).map((b) => b.ref);
  return { parties, threshold: alignmentThreshold, matches, unmatched: { a: unmatchedLeft, b: unmatchedRight }, truncated };
}
