import { compareText } from './ordering.ts';
import type { ComparisonClaim, ComparisonStatement } from './types.ts';

/** Orders claims by statement, sentence, evidence offset, topic, then claim id. */
export function compareClaims(a: ComparisonClaim, b: ComparisonClaim): number {
  return a.statementId - b.statementId
    || a.sentenceIndex - b.sentenceIndex
    || a.evidence.start - b.evidence.start
    || a.evidence.end - b.evidence.end
    || compareText(a.topic, b.topic)
    || a.id - b.id;
}

function sentenceTopicKey(claim: ComparisonClaim): string {
  return `${claim.statementId}|${claim.sentenceIndex}|${claim.topic}`;
}

/**
 * The claims that count, sorted with `compareClaims`: an analyst's (`human`) claim on a
 * statement, sentence and topic drops every automatic claim on the same three. The store
 * already replaces corrected claims; this keeps a stale automatic twin from counting twice.
 */
export function selectEffectiveClaims(claims: readonly ComparisonClaim[]): ComparisonClaim[] {
  const corrected = new Set(claims.filter((claim) => claim.method === 'human').map(sentenceTopicKey));
  return claims
    .filter((claim) => claim.method === 'human' || !corrected.has(sentenceTopicKey(claim)))
    .sort(compareClaims);
}

/**
 * Merges the claims of every statement of each listed party into one list per party
 * (each claim keeps its `statementId`), after `selectEffectiveClaims`. A claim belongs to
 * the statement that holds it (its `party` and `statementId` are set to that statement's);
 * statements of parties not listed are left out. Every listed party gets an entry.
 */
export function mergePartyClaims(
  statements: readonly ComparisonStatement[], partyCodes: readonly string[],
): Map<string, ComparisonClaim[]> {
  const collected = new Map<string, ComparisonClaim[]>(partyCodes.map((code) => [code, []]));
  for (const statement of statements) {
    const list = collected.get(statement.party);
    if (!list) continue;
    for (const claim of statement.claims) {
      list.push(claim.party === statement.party && claim.statementId === statement.id
        ? claim : { ...claim, party: statement.party, statementId: statement.id });
    }
  }
  return new Map([...collected].map(([code, claims]) => [code, selectEffectiveClaims(claims)]));
}
