import type { ClaimChangeAction, ClaimChangeRecord, ClaimSnapshot } from '../domain/analysis/claim-review.ts';
import type { StoredClaim } from '../domain/analysis/stored-analysis.ts';
import type { Claim } from '../domain/analysis/types.ts';
import type { Reader, Tx } from './create-db.ts';
import { claimColumns, toStoredClaim } from './analysis-repository.ts';

export async function findClaim(db: Reader, id: number): Promise<StoredClaim | null> {
  const row = await db.claim.findUnique({ where: { id } });
  return row ? toStoredClaim(row) : null;
}

/** Writes an analyst's version of a claim over the stored one. */
export async function saveCorrectedClaim(tx: Tx, claim: StoredClaim, sentenceHash: string): Promise<StoredClaim> {
  const row = await tx.claim.update({
    where: { id: claim.id },
    data: {
      ...claimColumns(claim, { sentenceHash, codebook: claim.codebook, method: claim.method }),
      status: claim.status,
      originTopic: claim.origin?.topic ?? null,
      originOffset: claim.origin?.offsetInSentence ?? null,
    },
  });
  return toStoredClaim(row);
}

export async function insertHumanClaim(
  tx: Tx, statementId: number, claim: Claim, extra: { sentenceHash: string; codebook: string },
): Promise<StoredClaim> {
  const row = await tx.claim.create({
    data: { statementId, ...claimColumns(claim, { ...extra, method: 'human' }), status: 'active' },
  });
  return toStoredClaim(row);
}

export async function insertClaimChange(tx: Tx, change: {
  claimId: number; action: ClaimChangeAction; reason: string; author: string; apiKeyId: number | null; before: ClaimSnapshot | null; after: ClaimSnapshot;
}): Promise<void> {
  await tx.claimChange.create({
    data: {
      claimId: change.claimId, action: change.action, reason: change.reason, author: change.author, apiKeyId: change.apiKeyId,
      before: change.before === null ? undefined : JSON.parse(JSON.stringify(change.before)),
      after: JSON.parse(JSON.stringify(change.after)),
    },
  });
}

const actions: readonly ClaimChangeAction[] = ['added', 'corrected', 'rejected', 'restored'];

/** A claim's audit trail, oldest first. */
export async function listClaimChanges(db: Reader, claimId: number): Promise<ClaimChangeRecord[]> {
  const rows = await db.claimChange.findMany({ where: { claimId }, orderBy: { id: 'asc' } });
  return rows.map((row) => ({
    id: row.id, claimId: row.claimId,
    action: actions.find((action) => action === row.action) ?? 'corrected',
    reason: row.reason, author: row.author, apiKeyId: row.apiKeyId,
    // Snapshots are written by insertClaimChange from ClaimSnapshot values only.
    before: (row.before ?? null) as ClaimSnapshot | null,
    after: row.after as unknown as ClaimSnapshot,
    changedAt: row.changedAt,
  }));
}
