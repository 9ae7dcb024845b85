import type { Prisma } from './generated/client.ts';
import type { Provider, Reader, Tx } from './database.ts';

export type { Provider } from './database.ts';

/**
 * The seam between the two databases Parallax runs on. Everything Prisma's query API
 * expresses the same way on both lives in the repositories; the raw SQL that differs
 * lives here, one implementation per provider (full-text search, the larger piece, in
 * statement-search.ts and postgres-statement-search.ts; connection settings in
 * create-db.ts and create-postgres-db.ts).
 */
/** Which database a `DATABASE_URL` names: `file:` is SQLite, `postgres(ql)://` PostgreSQL. */
export function providerOf(databaseUrl: string): Provider {
  if (databaseUrl.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//u.test(databaseUrl)) return 'postgresql';
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got '${databaseUrl.split(':')[0] ?? ''}:…'`);
}

export interface Dialect {
  readonly provider: Provider;
  /** Ids of meetings (deleted ones included) whose JSON `tags` array holds `tag`. */
  meetingIdsWithTag(db: Reader, tag: string): Promise<number[]>;
  /**
   * A substring filter that ignores case. SQLite's LIKE (what Prisma's `contains`
   * becomes there) already ignores ASCII case; PostgreSQL needs `mode: insensitive`
   * (ILIKE), which the SQLite client's types do not know, hence the cast.
   */
  containsText(text: string): Prisma.StringFilter;
  /**
   * Locks the given rows for this transaction and returns those it got, skipping rows
   * another transaction holds: `SELECT … FOR UPDATE SKIP LOCKED` on PostgreSQL, so two
   * instances never work on the same row at once; SQLite has one writer, so all of them.
   */
  lockRows(tx: Tx, table: 'Statement' | 'Meeting', ids: readonly number[]): Promise<number[]>;
  /**
   * Takes a lock named by `job` and `id` for this transaction without touching any row,
   * or returns false when another transaction holds it: `pg_try_advisory_xact_lock` on
   * PostgreSQL (so two instances do not both run the job on one id, while writers of the
   * row go on); SQLite has one writer, so always true.
   */
  tryJobLock(tx: Tx, job: JobLock, id: number): Promise<boolean>;
  /** Whether `write` may be retried as a whole: a serialization failure or deadlock. */
  isRetryable(error: unknown): boolean;
  /** Whether several processes may write at once (PostgreSQL), so jobs must claim their rows. */
  readonly sharedByInstances: boolean;
}

/** Background jobs that claim their work by advisory lock; the number is the lock's first key. */
export const jobLocks = { 'comparison-refresh': 7_207_001 } as const;
export type JobLock = keyof typeof jobLocks;

const toIds = (rows: readonly { id: bigint | number }[]) => rows.map((row) => Number(row.id));

const errorCodeOf = (error: unknown): unknown => (typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined);

export const sqliteDialect: Dialect = {
  provider: 'sqlite',
  sharedByInstances: false,
  async meetingIdsWithTag(db, tag) {
    return toIds(await db.$queryRaw<{ id: bigint | number }[]>`
      SELECT DISTINCT m."id" AS id FROM "Meeting" m, json_each(m."tags") t WHERE t.value = ${tag}`);
  },
  containsText: (text) => ({ contains: text }),
  lockRows: async (_tx, _table, ids) => [...ids],
  tryJobLock: async () => true,
  // SQLite writes are serialised in-process (see create-db.ts); a busy database is a timeout, not a retry.
  isRetryable: () => false,
};

// SQLSTATE 40001 serialization_failure, 40P01 deadlock_detected: PostgreSQL's own advice
// for both is to run the transaction again. Prisma reports them as P2034.
const retryableSqlStates = new Set(['40001', '40P01']);

// Prisma wraps the driver's error: a model query's P2034 and a raw query's P2010 both
// carry it as meta.driverAdapterError.cause.originalCode.
// Every code along the chain is collected: Prisma's own (P2010) looks like a SQLSTATE.
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  for (let current: unknown = error, depth = 0; current && depth < 6; depth += 1) {
    if (typeof current !== 'object') break;
    const record = current as { code?: unknown; originalCode?: unknown; meta?: { code?: unknown; driverAdapterError?: unknown }; cause?: unknown };
    for (const candidate of [record.originalCode, record.meta?.code, record.code]) {
      if (typeof candidate === 'string') codes.push(candidate);
    }
    current = record.meta?.driverAdapterError ?? record.cause;
  }
  return codes;
}

export const postgresDialect: Dialect = {
  provider: 'postgresql',
  sharedByInstances: true,
  async meetingIdsWithTag(db, tag) {
    return toIds(await db.$queryRaw<{ id: number }[]>`
      SELECT m."id" AS id FROM "Meeting" m WHERE m."tags" @> jsonb_build_array(${tag}::text)`);
  },
  containsText: (text) => ({ contains: text, mode: 'insensitive' }) as Prisma.StringFilter,
  async lockRows(tx, table, ids) {
    if (ids.length === 0) return [];
    // The table name comes from the closed union above, never from input.
    return toIds(await tx.$queryRawUnsafe<{ id: number }[]>(
      `SELECT "id" AS id FROM "${table}" WHERE "id" = ANY($1::int[]) ORDER BY "id" FOR UPDATE SKIP LOCKED`, [...ids],
    ));
  },
  async tryJobLock(tx, job, id) {
    const rows = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${jobLocks[job]}::int, ${id}::int) AS locked`;
    return rows[0]?.locked === true;
  },
  isRetryable(error) {
    return errorCodeOf(error) === 'P2034' || codesOf(error).some((code) => retryableSqlStates.has(code));
  },
};

const dialectKey = Symbol.for('parallax.dialect');

/** Marks a client as speaking `dialect`; createDb does this for every client it opens. */
export function attachDialect<T extends object>(client: T, dialect: Dialect): T {
  Object.defineProperty(client, dialectKey, { value: dialect, enumerable: false });
  return client;
}

/**
 * The dialect of a client or of a transaction opened on it (Prisma's transaction
 * client forwards to its client; a test checks this on both providers).
 */
export function dialectOf(db: Reader): Dialect {
  const dialect = (db as unknown as Record<symbol, Dialect | undefined>)[dialectKey];
  if (!dialect) throw new Error('this Prisma client was not opened by createDb, so its SQL dialect is unknown');
  return dialect;
}
