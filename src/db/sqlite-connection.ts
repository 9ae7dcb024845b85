import type Database from 'better-sqlite3';
import type { Prisma, PrismaClient } from './generated/client.ts';

/**
 * The better-sqlite3 connection behind a Prisma handle (the reader client or an open
 * write transaction), for the hot paths' prepared statements.
 *
 * Why: Prisma's WASM query compiler runs for every query and its cost grows with the
 * query's data. Profiling an import put about 60% of its CPU there; one `createMany` of
 * a readout's two dozen claims took 19 ms to compile and 0.2 ms to run. The hot paths
 * (storing a statement and its analysis, the reads every write repeats) run their SQL on
 * the same connection instead. Inside `db.write` that is the writer connection with the
 * transaction open, so the statements commit or roll back with everything else; writes
 * are serialised, so nothing else runs on that connection meanwhile.
 *
 * Absent for other databases: every caller keeps its Prisma path for them.
 */
export interface SqliteConnection {
  /** Runs a statement that changes rows; returns the new row id and the count of changed rows. */
  run(sql: string, ...params: readonly unknown[]): { lastInsertRowid: number; changes: number };
  get<T>(sql: string, ...params: readonly unknown[]): T | undefined;
  all<T>(sql: string, ...params: readonly unknown[]): T[];
}

/** Parameters as the adapter binds them (its mapArg): dates as stored text, booleans as 0 and 1. */
function bindable(value: unknown): unknown {
  if (value instanceof Date) return sqliteTime(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

let observer: ((sql: string, params: readonly unknown[]) => void) | undefined;

/** Calls `listener` with every statement run through a SqliteConnection (the query-plan test reads them); undefined stops. */
export function observeSqlite(listener: typeof observer): void {
  observer = listener;
}

const connections = new WeakMap<object, SqliteConnection>();

/** Prepared statements are compiled once per connection and SQL text. */
function wrap(connection: Database.Database): SqliteConnection {
  const prepared = new Map<string, Database.Statement>();
  const statement = (sql: string) => {
    let found = prepared.get(sql);
    if (!found) {
      // The adapter turns safe integers on for the whole connection; ids and counts here fit a double.
      found = connection.prepare(sql).safeIntegers(false);
      prepared.set(sql, found);
    }
    return found;
  };
  const bind = (sql: string, params: readonly unknown[]) => {
    const values = params.map(bindable);
    observer?.(sql, values);
    return values;
  };
  return {
    run(sql, ...params) {
      const result = statement(sql).run(...bind(sql, params));
      return { lastInsertRowid: Number(result.lastInsertRowid), changes: result.changes };
    },
    get: <T>(sql: string, ...params: readonly unknown[]) => statement(sql).get(...bind(sql, params)) as T | undefined,
    all: <T>(sql: string, ...params: readonly unknown[]) => statement(sql).all(...bind(sql, params)) as T[],
  };
}

const wrapped = new WeakMap<Database.Database, SqliteConnection>();

/** Records that queries through `handle` run on `connection`. */
export function attachSqliteConnection(handle: object, connection: Database.Database): void {
  let found = wrapped.get(connection);
  if (!found) {
    found = wrap(connection);
    wrapped.set(connection, found);
  }
  connections.set(handle, found);
}

/** The SQLite connection behind a Prisma handle, or undefined (another database, or not attached). */
export function sqliteConnectionOf(handle: object): SqliteConnection | undefined {
  return connections.get(handle);
}

/**
 * Runs a read written once as `Prisma.sql`: as a prepared statement when `db` has a SQLite
 * connection, else through Prisma (which binds it in its own dialect). Integers come back
 * as numbers on the first path and possibly bigints on the second.
 */
export async function queryRows<T>(db: PrismaClient | Prisma.TransactionClient, query: Prisma.Sql): Promise<T[]> {
  const sqlite = sqliteConnectionOf(db);
  return sqlite ? sqlite.all<T>(query.sql, ...query.values) : db.$queryRaw<T[]>(query);
}

/** A time as Prisma's SQLite adapter stores it (ISO 8601 with an explicit offset), so Prisma reads it back unchanged. */
export function sqliteTime(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}

/**
 * Reads a stored time: ISO 8601 as the adapter writes it, or SQLite's own
 * `CURRENT_TIMESTAMP` form (a column default, in UTC).
 */
export function readSqliteTime(value: string | number): Date {
  if (typeof value === 'number') return new Date(value);
  return new Date(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/u.test(value) ? `${value.replace(' ', 'T')}Z` : value);
}

export const sqliteBoolean = (value: boolean): number => (value ? 1 : 0);
export const sqliteJson = (value: unknown): string => JSON.stringify(value);
