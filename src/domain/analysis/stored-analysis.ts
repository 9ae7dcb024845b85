import type { Span } from '../text/span.ts';
import type { Analysis, AtmosphereTerm, Claim, Sentence } from './types.ts';

/** `auto` labels come from the analyser; `human` ones are analyst corrections or additions. */
export type ClaimMethod = 'auto' | 'human';
/**
 * `active` claims count; `rejected` ones were struck by an analyst (kept so that
 * re-analysis does not bring them back); `orphaned` human claims lost their sentence
 * when the text changed (kept for the audit trail, no longer counted).
 */
export type ClaimStatus = 'active' | 'rejected' | 'orphaned';

/** For a corrected automatic claim: what it was, so re-analysis recognises and suppresses its twin. */
export interface ClaimOrigin {
  readonly topic: string;
  /** Evidence start minus sentence start, in UTF-16 code units. */
  readonly offsetInSentence: number;
}

/** A claim as stored, with its identity and provenance. */
export interface StoredClaim extends Claim {
  readonly id: number;
  readonly statementId: number;
  readonly method: ClaimMethod;
  readonly status: ClaimStatus;
  readonly codebook: string;
  readonly origin?: ClaimOrigin | undefined;
}

/** The analysis of one statement revision as stored, claims included. */
export interface StoredAnalysis {
  readonly statementId: number;
  readonly revision: number;
  readonly taxonomyVersion: number;
  readonly codebook: string;
  readonly language: string;
  readonly sentences: readonly Sentence[];
  readonly atmosphere: readonly AtmosphereTerm[];
  readonly claims: readonly StoredClaim[];
  readonly stale: boolean;
  readonly analysedAt: Date;
}

/** A human claim and the sentence it was made on, keyed so the sentence can be found again. */
export interface HumanClaimAnchor {
  readonly claim: StoredClaim;
  /** Key of the text of the sentence the claim sits in (a hash; equal texts, equal keys). */
  readonly sentenceKey: string;
  readonly sentenceStart: number;
}

/** What to do with the claims of a statement when it is analysed again. */
export interface ClaimReconciliation {
  /** Human claims whose sentence still exists: their new sentence index and span shift. */
  readonly keep: readonly { readonly id: number; readonly sentenceIndex: number; readonly shift: number }[];
  /** Human claims whose sentence text is gone. */
  readonly orphan: readonly number[];
  /** New automatic claims, minus those an analyst already corrected or rejected. */
  readonly insert: readonly Claim[];
}

function shiftSpan(span: Span | undefined, shift: number): Span | undefined {
  return span && { start: span.start + shift, end: span.end + shift };
}

/** Moves a claim's spans by `shift` code units (its sentence moved in the text). */
export function shiftClaim<T extends Claim>(claim: T, sentenceIndex: number, shift: number): T {
  return {
    ...claim,
    sentenceIndex,
    evidence: { start: claim.evidence.start + shift, end: claim.evidence.end + shift },
    act: { ...claim.act, span: shiftSpan(claim.act.span, shift) },
    actor: { ...claim.actor, span: shiftSpan(claim.actor.span, shift) },
  };
}

/**
 * Decides how analyst corrections survive a re-analysis. A human claim survives
 * when a sentence with the same text exists in the new analysis (the nearest one
 * to its old position when the text repeats); otherwise it is orphaned. New
 * automatic claims on the same sentence, topic and evidence offset as a corrected
 * or rejected one are dropped, so a correction is never shadowed by its own twin.
 */
export function reconcileClaims(
  analysis: Analysis, sentenceKeys: readonly string[], anchors: readonly HumanClaimAnchor[],
): ClaimReconciliation {
  const keep: { id: number; sentenceIndex: number; shift: number }[] = [];
  const orphan: number[] = [];
  const suppressed = new Set<string>();
  for (const anchor of anchors) {
    let best: number | undefined;
    sentenceKeys.forEach((key, index) => {
      if (key !== anchor.sentenceKey) return;
      if (best === undefined || Math.abs(index - anchor.claim.sentenceIndex) < Math.abs(best - anchor.claim.sentenceIndex)) best = index;
    });
    const sentence = best === undefined ? undefined : analysis.sentences[best];
    if (best === undefined || !sentence) {
      orphan.push(anchor.claim.id);
      continue;
    }
    keep.push({ id: anchor.claim.id, sentenceIndex: best, shift: sentence.span.start - anchor.sentenceStart });
    const origin = anchor.claim.origin;
    if (origin) suppressed.add(`${best}|${origin.topic}|${origin.offsetInSentence}`);
  }
  const insert = analysis.claims.filter((claim) => {
    const start = analysis.sentences[claim.sentenceIndex]?.span.start ?? 0;
    return !suppressed.has(`${claim.sentenceIndex}|${claim.topic}|${claim.evidence.start - start}`);
  });
  return { keep, orphan, insert };
}
