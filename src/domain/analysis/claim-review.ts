import { AppError } from '../errors.ts';
import type { Span } from '../text/span.ts';
import type { StoredClaim } from './stored-analysis.ts';
import type { Act, ActorKind, Claim, Modality, Sentence } from './types.ts';

/** An analyst's change to a claim. Fields left out stay as they are. */
export interface ClaimCorrection {
  readonly topic?: string | undefined;
  readonly act?: Act | undefined;
  readonly actor?: { readonly kind: ActorKind; readonly partyCodes?: readonly string[] | undefined } | undefined;
  readonly modality?: Partial<Modality> | undefined;
  /** `rejected` strikes the claim; `active` restores a rejected one. */
  readonly status?: 'active' | 'rejected' | undefined;
  readonly reason: string;
}

/** A claim the analyser missed, added by an analyst with its evidence span. */
export interface NewHumanClaim {
  readonly evidence: Span;
  readonly topic: string;
  readonly act: Act;
  readonly actor: { readonly kind: ActorKind; readonly partyCodes?: readonly string[] | undefined };
  readonly modality?: Partial<Modality> | undefined;
  readonly reason: string;
}

/** The reviewable part of a claim, as the audit trail records it before and after a change. */
export interface ClaimSnapshot {
  readonly topic: string;
  readonly act: Act;
  readonly actor: { readonly kind: ActorKind; readonly partyCodes: readonly string[] };
  readonly modality: Modality;
  readonly status: string;
  readonly method: string;
}

export type ClaimChangeAction = 'added' | 'corrected' | 'rejected' | 'restored';

/** One entry of a claim's audit trail. */
export interface ClaimChangeRecord {
  readonly id: number;
  readonly claimId: number;
  readonly action: ClaimChangeAction;
  readonly reason: string;
  readonly author: string;
  /** The API key that made the change; null for the command line. */
  readonly apiKeyId: number | null;
  readonly before: ClaimSnapshot | null;
  readonly after: ClaimSnapshot;
  readonly changedAt: Date;
}

/** The rule every human label carries, so no one mistakes it for the analyser's. */
export const humanRule = { term: 'analyst', pattern: 'human-correction' } as const;

export function snapshotOf(claim: StoredClaim): ClaimSnapshot {
  return {
    topic: claim.topic, act: claim.act.act,
    actor: { kind: claim.actor.kind, partyCodes: [...claim.actor.partyCodes] },
    modality: claim.modality, status: claim.status, method: claim.method,
  };
}

function checkTopic(topic: string, topicIds: ReadonlySet<string>, pointer: string): void {
  if (!topicIds.has(topic)) {
    throw new AppError('invalid-input', `topic ${topic} is not in the current taxonomy`, [
      { in: 'body', pointer, detail: `must be a topic id of the current taxonomy, got '${topic}'` },
    ]);
  }
}

/**
 * Applies a correction: the claim becomes `method: human` with confidence 1. A
 * corrected automatic claim remembers what it was (`origin`), so that re-analysis
 * does not add its automatic twin back. Returns the claim and the audit action.
 */
export function applyCorrection(
  claim: StoredClaim, correction: ClaimCorrection, context: { sentenceStart: number; topicIds: ReadonlySet<string> },
): { claim: StoredClaim; action: ClaimChangeAction } {
  if (correction.topic !== undefined) checkTopic(correction.topic, context.topicIds, '#/topic');
  const origin = claim.origin ?? (claim.method === 'auto'
    ? { topic: claim.topic, offsetInSentence: claim.evidence.start - context.sentenceStart } : undefined);
  const status = correction.status ?? (claim.status === 'orphaned' ? 'orphaned' : claim.status);
  const corrected: StoredClaim = {
    ...claim,
    topic: correction.topic ?? claim.topic,
    act: correction.act !== undefined ? { act: correction.act, confidence: 1, rule: humanRule } : claim.act,
    actor: correction.actor
      ? { kind: correction.actor.kind, partyCodes: [...(correction.actor.partyCodes ?? [])], span: claim.actor.span }
      : claim.actor,
    modality: { ...claim.modality, ...correction.modality },
    confidence: 1,
    method: 'human',
    status,
    origin,
  };
  const action: ClaimChangeAction = correction.status === 'rejected' && claim.status !== 'rejected' ? 'rejected'
    : correction.status === 'active' && claim.status === 'rejected' ? 'restored' : 'corrected';
  return { claim: corrected, action };
}

/**
 * Builds an analyst-added claim. Its evidence must lie inside one sentence of the
 * analysis (that sentence is the one the claim belongs to) and not be empty.
 */
export function makeHumanClaim(
  input: NewHumanClaim, context: { sentences: readonly Sentence[]; textLength: number; topicIds: ReadonlySet<string> },
): Claim {
  checkTopic(input.topic, context.topicIds, '#/topic');
  const { start, end } = input.evidence;
  const sentence = context.sentences.find((s) => s.span.start <= start && end <= s.span.end);
  if (start >= end || end > context.textLength || !sentence) {
    throw new AppError('invalid-input', 'evidence must be a non-empty span inside one sentence of the statement', [
      { in: 'body', pointer: '#/evidence', detail: `[${start}, ${end}) is not inside one sentence of a text of ${context.textLength} code units` },
    ]);
  }
  return {
    sentenceIndex: sentence.index,
    topic: input.topic,
    evidence: { start, end },
    topicRule: humanRule,
    act: { act: input.act, confidence: 1, rule: humanRule },
    actor: { kind: input.actor.kind, partyCodes: [...(input.actor.partyCodes ?? [])] },
    modality: { negated: false, future: false, hypothetical: false, historical: false, ...input.modality },
    confidence: 1,
  };
}
