import type { ComparisonClaim, PartyPosition } from './types.ts';

/**
 * True for a claim that reports an agreement: act agree or cooperate, neither negated
 * ("no agreement was reached") nor hypothetical ("may consider cooperating"). Any actor.
 */
export function isAgreementClaim(claim: ComparisonClaim): boolean {
  return (claim.act === 'agree' || claim.act === 'cooperate')
    && !claim.modality.negated && !claim.modality.hypothetical;
}

/** True for an agreement claim whose actor is both/all sides ("The two sides agreed to …"). */
export function isJointClaim(claim: ComparisonClaim): boolean {
  return claim.actor.kind === 'both' && isAgreementClaim(claim);
}

/** Who claims a joint agreement on a row topic, and who does not back it. */
export interface JointClaimCheck {
  /** Parties with a joint claim on the row topic itself (not on an ancestor or descendant). */
  readonly jointClaimBy: readonly string[];
  /**
   * When `jointClaimBy` is not empty: the other parties that do not back it, because they
   * do not mention the topic at any depth or report no agreement on it (no agreement claim
   * at any depth). Empty otherwise.
   */
  readonly unconfirmedBy: readonly string[];
}

/**
 * Checks a row's positions (in party order) for unconfirmed joint claims: "both sides
 * agreed" in one readout, and nothing like it in another. A party that itself claims the
 * joint agreement backs everyone else's; the row is unconfirmed when `unconfirmedBy` is not empty.
 */
export function checkJointClaims(positions: readonly PartyPosition[]): JointClaimCheck {
  const jointClaimBy = positions
    .filter((position) => position.mentionedVia === undefined && position.claims.some(isJointClaim))
    .map((position) => position.party);
  if (jointClaimBy.length === 0) return { jointClaimBy, unconfirmedBy: [] };
  const unconfirmedBy = positions
    .filter((position) => !position.claims.some(isAgreementClaim))
    .map((position) => position.party);
  return { jointClaimBy, unconfirmedBy };
}
