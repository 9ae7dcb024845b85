import type { Reader } from './create-db.ts';

/**
 * Counts one request against `key` in its fixed window of `windowMs` (PostgreSQL only:
 * the `RateLimitWindow` table of its migration history). One atomic upsert, so
 * concurrent requests on any number of instances each get their own count; the window
 * restarts on the first request after it ended, as express-rate-limit's memory store does.
 */
export async function hitRateLimitWindow(db: Reader, key: string, windowMs: number): Promise<{ hits: number; resetAt: Date }> {
  const rows = await db.$queryRaw<{ hits: number; resetAt: Date }[]>`
    INSERT INTO "RateLimitWindow" AS w ("key", "windowStart", "hits") VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN w."windowStart" + make_interval(secs => ${windowMs}::int / 1000.0) <= now() THEN 1 ELSE w."hits" + 1 END,
      "windowStart" = CASE WHEN w."windowStart" + make_interval(secs => ${windowMs}::int / 1000.0) <= now() THEN now() ELSE w."windowStart" END
    RETURNING "hits", "windowStart" + make_interval(secs => ${windowMs}::int / 1000.0) AS "resetAt"`;
  const row = rows[0];
  return { hits: Number(row?.hits ?? 1), resetAt: new Date(row?.resetAt ?? Date.now() + windowMs) };
}

/** Takes back one counted request (express-rate-limit calls it for skipped outcomes). */
export async function undoRateLimitHit(db: Reader, key: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimitWindow" SET "hits" = GREATEST("hits" - 1, 0) WHERE "key" = ${key}`;
}

export async function resetRateLimitWindow(db: Reader, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "key" = ${key}`;
}
