import type { Prisma, PrismaClient } from './generated/client.ts';

/**
 * The database handle the services hold, whichever provider is behind it. The
 * PostgreSQL client is generated from the derived schema (prisma/postgres/) and has the
 * same model API, so both are typed as the SQLite client here; what differs in SQL
 * lives in dialect.ts.
 */

/** Which database a `DATABASE_URL` names. */
export type Provider = 'sqlite' | 'postgresql';

/** A Prisma transaction handle; repositories take it as their first argument for writes. */
export type Tx = Prisma.TransactionClient;
/** A read-only handle: the reader client or an open transaction. */
export type Reader = PrismaClient | Tx;

export interface DbOptions {
  /** SQLite: how long to wait on a locked database. */
  readonly busyTimeoutMs: number;
  /** Longest a write transaction may stay open (imports are the long ones). */
  readonly writeTimeoutMs?: number;
  /** PostgreSQL: connections in this instance's pool. */
  readonly poolSize?: number;
}

export interface SqliteSettings {
  readonly provider: 'sqlite';
  readonly journalMode: string;
  readonly synchronous: string;
  readonly foreignKeys: boolean;
  readonly busyTimeoutMs: number;
}

export interface PostgresSettings {
  readonly provider: 'postgresql';
  readonly serverVersion: string;
  /** Isolation of every write transaction (retried on serialization failures). */
  readonly writeIsolation: 'serializable';
  readonly synchronousCommit: string;
  readonly poolSize: number;
}

export type DbSettings = SqliteSettings | PostgresSettings;

/** Options of one unit of work. */
export interface WriteOptions {
  /**
   * PostgreSQL isolation: `serializable` (default) makes concurrent writes of several
   * instances behave as if run one after another; `read-committed` is for background
   * jobs that claim their rows with `FOR UPDATE SKIP LOCKED` and must not be retried
   * as a whole. SQLite writes are serial either way.
   */
  readonly isolation?: 'serializable' | 'read-committed';
}

/**
 * - `reader` serves every read and only ever sees committed data;
 * - `write()` runs a unit of work in one transaction and may run it more than once on
 *   PostgreSQL (after a serialization failure), so `work` must not have effects outside
 *   the transaction.
 */
export interface Db {
  readonly provider: Provider;
  readonly reader: PrismaClient;
  write<T>(work: (tx: Tx) => Promise<T>, options?: WriteOptions): Promise<T>;
  /** Calls `listener` after every committed write (background refreshers wake on it). */
  onCommit(listener: () => void): void;
  settings(): Promise<DbSettings>;
  close(): Promise<void>;
}
