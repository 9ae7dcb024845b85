import type { Span } from '../text/span.ts';

/**
 * Speech acts: the PLOVER 2.0 event categories a readout can attribute, plus
 * `state`, our readout extension for positions that are stressed, reiterated or
 * introduced without any act towards the other side (PLOVER has no such class).
 */
export const acts = [
  'agree', 'consult', 'support', 'cooperate', 'aid', 'request', 'accuse', 'reject',
  'threaten', 'protest', 'sanction', 'concede', 'retreat', 'state',
] as const;
export type Act = (typeof acts)[number];

/** The codebook every automatic label is made under; bump the suffix when rules change. */
export const codebookVersion = 'plover-2.0+parallax-2';

export const taxonomyLanguages = ['en', 'zh', 'ko', 'ja'] as const;
export type TaxonomyLanguage = (typeof taxonomyLanguages)[number];

/** One topic of the taxonomy. `id` is a stable kebab-case slug ("semiconductors"). */
export interface Topic {
  readonly id: string;
  readonly label: string;
  /** id of the broader topic ("technology" for "semiconductors"), if any. */
  readonly parent?: string | undefined;
  readonly description?: string | undefined;
  /**
   * Terms per language. English terms are matched on lemmas, word by word
   * ("chipmakers" hits "chipmaker"); CJK terms are matched as exact substrings.
   */
  readonly terms: Readonly<Partial<Record<TaxonomyLanguage, readonly string[]>>>;
  /** Phrases that veto a match of this topic they contain ("potato chips", "通商资源部"). */
  readonly excludes?: readonly string[] | undefined;
}

export interface Taxonomy {
  /** Monotonic version number; every analysis records the one it used. */
  readonly version: number;
  readonly topics: readonly Topic[];
}

/** What the analyser needs to know about a party to resolve who acts in a sentence. */
export interface PartyProfile {
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** People known to speak for the party at this meeting ("Wang Wentao", "Ahn Duk-geun"). */
  readonly people: readonly string[];
}

/** The issuing party and the other parties of the meeting, for actor resolution. */
export interface AnalysisContext {
  /** BCP 47 language tag of the text ("en", "zh-CN", "ko"). */
  readonly language: string;
  readonly self: PartyProfile;
  readonly others: readonly PartyProfile[];
}

export interface Sentence {
  /** 0-based position in the statement. */
  readonly index: number;
  readonly span: Span;
}

export interface Modality {
  /** "did not discuss", "no agreement was reached". */
  readonly negated: boolean;
  /** "will hold talks", "agreed to hold". */
  readonly future: boolean;
  /** "may consider", "if …". */
  readonly hypothetical: boolean;
  /** "recalled the 1992 normalisation". */
  readonly historical: boolean;
}

export type ActorKind = 'self' | 'counterpart' | 'both' | 'third-party' | 'unspecified';

export interface Actor {
  readonly kind: ActorKind;
  /**
   * Party codes the actor stands for: [self] for self; for both, the parties named
   * ("China and South Korea agreed") or else all meeting parties ("the two sides").
   */
  readonly partyCodes: readonly string[];
  /** The words that named the actor, when the sentence names one. */
  readonly span?: Span | undefined;
}

/** Which term and which pattern produced a label, so every label is explainable. */
export interface Rule {
  readonly term: string;
  readonly pattern: string;
}

export interface ActLabel {
  readonly act: Act;
  /** 0..1, rounded to two decimals. */
  readonly confidence: number;
  readonly rule: Rule;
  /** The cue that triggered the act ("agreed"), absent for the default `state`. */
  readonly span?: Span | undefined;
}

/** One mention of a topic in a sentence, with what the sentence says about it. */
export interface Claim {
  readonly sentenceIndex: number;
  readonly topic: string;
  /** The matched topic term: text.slice(span.start, span.end). */
  readonly evidence: Span;
  readonly topicRule: Rule;
  readonly act: ActLabel;
  readonly actor: Actor;
  readonly modality: Modality;
  /** 0..1, rounded to two decimals: how sure the topic match and act together are. */
  readonly confidence: number;
}

/** A descriptor the readout uses for the talks themselves ("candid", "constructive"). */
export interface AtmosphereTerm {
  /** Normalised descriptor ("in-depth"). */
  readonly descriptor: string;
  readonly span: Span;
  readonly sentenceIndex: number;
}

/** Everything the analysis says about one text. Sorted by offset; deterministic. */
export interface Analysis {
  readonly codebook: string;
  readonly taxonomyVersion: number;
  readonly language: string;
  readonly sentences: readonly Sentence[];
  readonly claims: readonly Claim[];
  readonly atmosphere: readonly AtmosphereTerm[];
}

/** A stored taxonomy version with when and why it was made. */
export interface StoredTaxonomy extends Taxonomy {
  readonly note: string | null;
  readonly createdAt: Date;
  /** The API key that stored this version; null for the built-in default. */
  readonly apiKeyId: number | null;
}
