import type { Act, ActorKind, AtmosphereTerm, Modality, Sentence, Taxonomy } from '../analysis/types.ts';
import type { Span } from '../text/span.ts';

/**
 * A claim as stored, flattened for comparison: the act label, actor and provenance of
 * one topic mention in one sentence. `method: 'human'` marks an analyst's correction or
 * addition; it outranks an automatic claim on the same statement, sentence and topic.
 */
export interface ComparisonClaim {
  /** Claim id in the store. */
  readonly id: number;
  readonly statementId: number;
  /** Code of the party whose readout holds the claim. */
  readonly party: string;
  /** 0-based sentence position in the statement. */
  readonly sentenceIndex: number;
  readonly sentenceText: string;
  /** Topic id of the taxonomy ("semiconductors"). */
  readonly topic: string;
  /** The matched topic term, as a span into the statement text. */
  readonly evidence: Span;
  readonly act: Act;
  readonly actor: { readonly kind: ActorKind; readonly partyCodes: readonly string[] };
  readonly modality: Modality;
  /** 0..1. */
  readonly confidence: number;
  readonly method: 'auto' | 'human';
}

/** One readout with its analysis, as the comparison needs it. */
export interface ComparisonStatement {
  readonly id: number;
  /** Party code of the issuing government. */
  readonly party: string;
  readonly issuer: string;
  readonly title: string | null;
  /** BCP 47 tag of `text`. */
  readonly language: string;
  readonly text: string;
  /** Sentence spans into `text`. */
  readonly sentences: readonly Sentence[];
  readonly claims: readonly ComparisonClaim[];
  readonly atmosphere: readonly AtmosphereTerm[];
}

/** A party of the meeting: its code (as on statements and claims) and the name the summary uses. */
export interface ComparisonPartyInput {
  readonly code: string;
  readonly name: string;
}

/**
 * Everything one comparison looks at: the meeting's parties (their order is the output
 * order), every readout of the meeting (several per party are merged), and the taxonomy
 * the claims were labelled with (for labels and the topic hierarchy).
 */
export interface ComparisonInput {
  readonly parties: readonly ComparisonPartyInput[];
  readonly statements: readonly ComparisonStatement[];
  readonly taxonomy: Taxonomy;
}

/** What the comparison needs from outside: a total function from text to its lemmas. */
export interface ComparisonDeps {
  /** Lemmas of `text` in order ("agreed" → "agree"); case is folded here, so any case works. */
  readonly lemmatise: (text: string) => readonly string[];
}

/**
 * `shared`: every party mentions the topic itself, with compatible acts.
 * `partly-shared`: every party mentions it, at least one only through an ancestor or
 * descendant topic, and the acts are compatible.
 * `divergent`: every party mentions it (at some depth) but the acts conflict or one
 * negates what another asserts. `omitted`: at least one party mentions it at no depth.
 * `single-party`: fewer than two parties have a readout, so nothing is compared.
 */
export const rowStatuses = ['divergent', 'omitted', 'partly-shared', 'shared', 'single-party'] as const;
export type RowStatus = (typeof rowStatuses)[number];

/**
 * Machine-readable reasons behind a row, in this fixed order:
 * `unconfirmed-joint-claim` a "both sides agreed" claim another readout does not back;
 * `silent-party` some party does not mention the topic at any depth;
 * `acts-differ` two parties' asserted acts are incompatible (see `actCompatibility`);
 * `negation-conflict` one party negates an act another asserts;
 * `different-depth` a party mentions the topic only via an ancestor or descendant;
 * `rests-on-correction` an analyst's (human) claim is part of the row;
 * `single-party` nothing to compare.
 */
export const rowReasons = [
  'unconfirmed-joint-claim', 'silent-party', 'acts-differ', 'negation-conflict',
  'different-depth', 'rests-on-correction', 'single-party',
] as const;
export type RowReason = (typeof rowReasons)[number];

/**
 * What one party's readouts say about one row topic. When the party names the topic
 * itself, `claims` are those claims; when it names it only at another depth of the
 * hierarchy, `claims` are its claims on every related (ancestor or descendant) topic and
 * `mentionedVia` is the nearest of them. A silent party has `mentioned: false` and empty lists.
 */
export interface PartyPosition {
  readonly party: string;
  readonly mentioned: boolean;
  readonly mentionedVia?: string | undefined;
  /** Acts of the non-negated claims, unique, in the order of `acts` in analysis/types.ts. */
  readonly acts: readonly Act[];
  /** Acts of the negated claims ("no agreement was reached" → agree), same order. */
  readonly negatedActs: readonly Act[];
  /** Actor kinds of all claims, unique, in the order self, counterpart, both, third-party, unspecified. */
  readonly actors: readonly ActorKind[];
  /** True when any of the claims is negated. */
  readonly negated: boolean;
  /** Sorted by statement, sentence, evidence offset, topic, claim id. */
  readonly claims: readonly ComparisonClaim[];
}

/** One topic as every party's readouts treat it. */
export interface ComparisonRow {
  readonly topic: string;
  /** Taxonomy label; the topic id when the taxonomy does not know the topic. */
  readonly label: string;
  readonly parentTopic?: string | undefined;
  readonly status: RowStatus;
  /** One per compared party, in input party order. */
  readonly positions: readonly PartyPosition[];
  /** Parties that mention the topic at any depth, in input party order. */
  readonly mentionedBy: readonly string[];
  /** The other compared parties; `mentionedBy` and `silent` partition them. */
  readonly silent: readonly string[];
  /** A party claims a joint agreement on the topic that some other readout does not back. */
  readonly unconfirmedJointClaim: boolean;
  /** Parties whose readout says both/all sides agreed or will cooperate on the topic itself. */
  readonly jointClaimBy: readonly string[];
  /** Parties whose readout does not back that joint claim (silent, or no agreement act). */
  readonly jointClaimUnconfirmedBy: readonly string[];
  /** True when any claim in the row was made or corrected by an analyst. */
  readonly restsOnCorrection: boolean;
  readonly reasons: readonly RowReason[];
}

/** Descriptors one party's readouts use for the talks. */
export interface PartyAtmosphere {
  readonly party: string;
  /** Unique, sorted by code unit. */
  readonly descriptors: readonly string[];
}

/** The descriptors of the talks side by side. */
export interface AtmosphereComparison {
  /** One per compared party, in input party order. */
  readonly parties: readonly PartyAtmosphere[];
  /** Descriptors every compared party uses, sorted. */
  readonly shared: readonly string[];
  /** True when two compared parties use different descriptor sets; false with fewer than two. */
  readonly mismatch: boolean;
}

/** A sentence of a readout: where it is and what it says. */
export interface SentenceRef {
  readonly statementId: number;
  readonly sentenceIndex: number;
  readonly span: Span;
  readonly text: string;
}

/** Sentence `a` of party A and its best counterpart `b` in party B's readouts. */
export interface SentenceMatch {
  readonly a: SentenceRef;
  readonly b: SentenceRef;
  /** Similarity in [0, 1], 3 decimals; see `sentenceSimilarityFormula`. */
  readonly score: number;
}

/** Sentence alignment of party `parties[0]` (A) against party `parties[1]` (B). */
export interface PairAlignment {
  readonly parties: readonly [string, string];
  /** Minimum score of a match. */
  readonly threshold: number;
  /** For each sentence of A (in order) with a counterpart, its best sentence of B. */
  readonly matches: readonly SentenceMatch[];
  /** Sentences with no counterpart scoring at least `threshold` on the other side. */
  readonly unmatched: { readonly a: readonly SentenceRef[]; readonly b: readonly SentenceRef[] };
  /** True when a side had more sentences than the cap and only the first ones were aligned. */
  readonly truncated: boolean;
}

/** How many of the pair's topics fall under each status (they sum to the topics either mentions). */
export interface PairCounts {
  readonly shared: number;
  readonly partlyShared: number;
  readonly divergent: number;
  readonly omitted: number;
}

/** How far two parties' readouts are apart; see `divergenceFormula`. */
export interface PairDivergence {
  readonly parties: readonly [string, string];
  /** [0, 1], 3 decimals: 0 = same topics and compatible acts, 1 = nothing in common. */
  readonly divergence: number;
  /** Row statuses of the topics either party mentions, compared between these two only. */
  readonly counts: PairCounts;
}

/** A party of the meeting and whether it has a readout to compare. */
export interface ComparedParty {
  readonly code: string;
  readonly name: string;
  readonly hasReadout: boolean;
  /** Its statements, ascending. */
  readonly statementIds: readonly number[];
}

/**
 * The comparison of one meeting's readouts. Deterministic: same input, same output.
 * `comparable` is false when fewer than two parties have a readout; rows are then listed
 * with status `single-party` and alignment, pairs are empty.
 */
export interface Comparison {
  readonly comparable: boolean;
  readonly taxonomyVersion: number;
  /** Every input party (deduplicated by code), in input order. */
  readonly parties: readonly ComparedParty[];
  /** Unconfirmed joint claims first, then divergent, omitted, partly-shared, shared; then topic id. */
  readonly rows: readonly ComparisonRow[];
  readonly atmosphere: AtmosphereComparison;
  /** One per ordered pair of compared parties (A before B in input order). */
  readonly alignment: readonly PairAlignment[];
  /** One per unordered pair of compared parties, in input order. */
  readonly pairs: readonly PairDivergence[];
  /** Plain English sentences, one per string, for an analyst's note. */
  readonly summary: readonly string[];
}
