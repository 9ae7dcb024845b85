/** One labelled claim: the gold annotation or the analyser's answer, keyed by sentence. */
export interface LabelledClaim {
  readonly statement: string;
  readonly sentence: number;
  readonly topic: string;
  readonly act: string;
  readonly actor: string;
  readonly negated: boolean;
  readonly language: string;
}

export interface PrecisionRecall {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface EvalScores {
  readonly topics: PrecisionRecall;
  readonly topicsByLanguage: Readonly<Record<string, PrecisionRecall>>;
  /** Over topic matches (true positives). */
  readonly actAccuracy: number;
  readonly actorAccuracy: number;
  readonly negationAccuracy: number;
  /** gold act → predicted act → count, over topic matches. */
  readonly actConfusion: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly errors: readonly string[];
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** Micro precision, recall and F1; an empty side scores 1 (nothing to get wrong). */
export function precisionRecall(tp: number, fp: number, fn: number): PrecisionRecall {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision: round3(precision), recall: round3(recall), f1: round3(f1) };
}

const keyOf = (claim: LabelledClaim) => `${claim.statement}#${claim.sentence}#${claim.topic}`;

/**
 * Scores predicted claims against gold over (statement, sentence, topic) pairs: topics
 * by precision, recall and F1; acts, actors and negation by accuracy on the pairs both
 * sides have. Several predictions for one pair count once (the first).
 */
export function scoreClaims(gold: readonly LabelledClaim[], predicted: readonly LabelledClaim[]): EvalScores {
  const goldByKey = new Map(gold.map((claim) => [keyOf(claim), claim]));
  const predictedByKey = new Map<string, LabelledClaim>();
  for (const claim of predicted) if (!predictedByKey.has(keyOf(claim))) predictedByKey.set(keyOf(claim), claim);
  const errors: string[] = [];
  const confusion: Record<string, Record<string, number>> = {};
  const perLanguage = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (language: string, field: 'tp' | 'fp' | 'fn') => {
    const entry = perLanguage.get(language) ?? { tp: 0, fp: 0, fn: 0 };
    entry[field] += 1;
    perLanguage.set(language, entry);
  };
  let tp = 0;
  let acts = 0;
  let actors = 0;
  let negations = 0;
  for (const [key, goldClaim] of goldByKey) {
    const guess = predictedByKey.get(key);
    if (!guess) {
      bump(goldClaim.language, 'fn');
      errors.push(`missed topic ${key}`);
      continue;
    }
    tp += 1;
    bump(goldClaim.language, 'tp');
    const row = (confusion[goldClaim.act] ??= {});
    row[guess.act] = (row[guess.act] ?? 0) + 1;
    if (guess.act === goldClaim.act) acts += 1;
    else errors.push(`act ${key}: gold ${goldClaim.act}, got ${guess.act}`);
    if (guess.actor === goldClaim.actor) actors += 1;
    else errors.push(`actor ${key}: gold ${goldClaim.actor}, got ${guess.actor}`);
    if (guess.negated === goldClaim.negated) negations += 1;
    else errors.push(`negation ${key}: gold ${goldClaim.negated}, got ${guess.negated}`);
  }
  let fp = 0;
  for (const [key, guess] of predictedByKey) {
    if (goldByKey.has(key)) continue;
    fp += 1;
    bump(guess.language, 'fp');
    errors.push(`spurious topic ${key}`);
  }
  const ratio = (n: number) => (tp === 0 ? 1 : round3(n / tp));
  return {
    topics: precisionRecall(tp, fp, goldByKey.size - tp),
    topicsByLanguage: Object.fromEntries([...perLanguage].sort(([a], [b]) => a.localeCompare(b))
      .map(([language, c]) => [language, precisionRecall(c.tp, c.fp, c.fn)])),
    actAccuracy: ratio(acts),
    actorAccuracy: ratio(actors),
    negationAccuracy: ratio(negations),
    actConfusion: confusion,
    errors,
  };
}
