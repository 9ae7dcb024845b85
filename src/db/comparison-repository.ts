import type { Reader, Tx } from './create-db.ts';

/** Live meetings whose stored comparison is out of date, with the change count it must reach. */
export async function findStaleMeetings(db: Reader, limit: number): Promise<{ id: number; changeCount: number }[]> {
  return db.meeting.findMany({
    select: { id: true, changeCount: true }, where: { comparisonStale: true, deletedAt: null }, orderBy: { id: 'asc' }, take: limit,
  });
}

/**
 * Stores a meeting's headline divergence, unless the meeting changed again after
 * the comparison was computed (its change count moved on): then it stays stale.
 */
export async function saveMeetingDivergence(tx: Tx, meetingId: number, changeCount: number, divergence: number | null): Promise<boolean> {
  const result = await tx.meeting.updateMany({
    where: { id: meetingId, changeCount }, data: { divergence, comparisonStale: false },
  });
  return result.count > 0;
}
