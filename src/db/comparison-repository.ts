import { Prisma } from './generated/client.ts';
import { queryRows, sqliteConnectionOf, sqliteTime } from './sqlite-connection.ts';
import type { Reader, Tx } from './create-db.ts';

/** Live meetings whose stored comparison is out of date, with the change count it must reach. */
export async function findStaleMeetings(db: Reader, limit: number): Promise<{ id: number; changeCount: number }[]> {
  const sqlite = sqliteConnectionOf(db);
  if (sqlite) {
    return sqlite.all(
      'SELECT "id", "changeCount" FROM "Meeting" WHERE "comparisonStale" = 1 AND "deletedAt" IS NULL ORDER BY "id" LIMIT ?', limit,
    );
  }
  return db.meeting.findMany({
    select: { id: true, changeCount: true }, where: { comparisonStale: true, deletedAt: null }, orderBy: { id: 'asc' }, take: limit,
  });
}

/** A live meeting's change count while its comparison is stale; null when it is fresh or gone. */
export async function findStaleChangeCount(db: Reader, meetingId: number): Promise<number | null> {
  const row = await db.meeting.findFirst({ select: { changeCount: true }, where: { id: meetingId, comparisonStale: true, deletedAt: null } });
  return row?.changeCount ?? null;
}

/**
 * Stores a meeting's headline divergence, unless the meeting changed again after
 * the comparison was computed (its change count moved on): then it stays stale.
 */
export async function saveMeetingDivergence(tx: Tx, meetingId: number, changeCount: number, divergence: number | null): Promise<boolean> {
  const sqlite = sqliteConnectionOf(tx);
  if (sqlite) {
    // Prisma's updateMany sets updatedAt too (@updatedAt); so does this.
    return sqlite.run(
      'UPDATE "Meeting" SET "divergence" = ?, "comparisonStale" = 0, "updatedAt" = ? WHERE "id" = ? AND "changeCount" = ?',
      divergence, sqliteTime(new Date()), meetingId, changeCount,
    ).changes > 0;
  }
  const result = await tx.meeting.updateMany({
    where: { id: meetingId, changeCount }, data: { divergence, comparisonStale: false },
  });
  return result.count > 0;
}

/**
 * Everything a meeting's comparison depends on besides its own rows, in one indexed read:
 * `changeCount` (bumped by triggers on every statement and claim change), the meeting's
 * `version` (participants and their order), the current taxonomy version (labels) and the
 * newest party change (names). `meetingKey` adds what only the meeting row shows (its
 * headline divergence and update time). Null when the meeting does not exist or was deleted.
 */
export async function findComparisonStamp(db: Reader, meetingId: number): Promise<{ comparisonKey: string; meetingKey: string } | null> {
  // Read on every comparison request, cached or not.
  const [row] = await queryRows<{
    changeCount: unknown; version: unknown; updatedAt: unknown; divergence: unknown; taxonomyVersion: unknown; partiesChangedAt: unknown;
  }>(db, Prisma.sql`
    SELECT m."changeCount" AS "changeCount", m."version" AS "version", CAST(m."updatedAt" AS TEXT) AS "updatedAt",
      m."divergence" AS "divergence",
      (SELECT MAX(t."version") FROM "TaxonomyVersion" t) AS "taxonomyVersion",
      (SELECT CAST(MAX(p."updatedAt") AS TEXT) FROM "Party" p) AS "partiesChangedAt"
    FROM "Meeting" m WHERE m."id" = ${meetingId} AND m."deletedAt" IS NULL`);
  if (!row) return null;
  const comparisonKey = [row.changeCount, row.version, row.taxonomyVersion, row.partiesChangedAt].map(String).join(':');
  return { comparisonKey, meetingKey: `${comparisonKey}:${String(row.updatedAt)}:${String(row.divergence)}` };
}
