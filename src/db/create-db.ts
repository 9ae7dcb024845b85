import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import type Database from 'better-sqlite3';
import { PrismaClient } from './generated/client.ts';
import { createPostgresDb } from './create-postgres-db.ts';
import type { Db, DbOptions, SqliteSettings, Tx } from './database.ts';
import { attachDialect, providerOf, sqliteDialect } from './dialect.ts';
import { attachSqliteConnection } from './sqlite-connection.ts';

export type { Db, DbOptions, DbSettings, Reader, Tx, WriteOptions } from './database.ts';

const synchronousNames = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

/** The adapter factory, remembering the better-sqlite3 connection it opens (see sqlite-connection.ts). */
class ConnectionCapturingAdapter extends PrismaBetterSQLite3 {
  connection: Database.Database | undefined;

  override async connect(): ReturnType<PrismaBetterSQLite3['connect']> {
    const adapter = await super.connect();
    // The adapter keeps its driver connection in a public field the type does not declare.
    this.connection = (adapter as unknown as { client: Database.Database }).client;
    return adapter;
  }
}

async function openClient(url: string, options: DbOptions): Promise<{ client: PrismaClient; connection: Database.Database }> {
  const adapter = new ConnectionCapturingAdapter({ url, timeout: options.busyTimeoutMs });
  const client = attachDialect(new PrismaClient({ adapter }), sqliteDialect);
  // Per-connection settings; journal_mode=WAL is stored in the file by migrate().
  await client.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await client.$queryRawUnsafe('PRAGMA synchronous = FULL');
  await client.$queryRawUnsafe('PRAGMA foreign_keys = ON');
  await client.$queryRawUnsafe(`PRAGMA busy_timeout = ${Math.trunc(options.busyTimeoutMs)}`);
  if (!adapter.connection) throw new Error('the SQLite adapter opened no connection');
  return { client, connection: adapter.connection };
}

async function readSettings(client: PrismaClient): Promise<SqliteSettings> {
  const pragma = async (name: string): Promise<unknown> => {
    const rows = await client.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
    const first = rows[0] ?? {};
    return Object.values(first)[0];
  };
  const synchronous = Number(await pragma('synchronous'));
  return {
    provider: 'sqlite',
    journalMode: String(await pragma('journal_mode')).toUpperCase(),
    synchronous: synchronousNames[synchronous] ?? String(synchronous),
    foreignKeys: Number(await pragma('foreign_keys')) === 1,
    busyTimeoutMs: Number(await pragma('busy_timeout')),
  };
}

/**
 * The SQLite shell. Two connections to one SQLite file in WAL mode:
 * - `reader` serves every read and only ever sees committed data;
 * - `write()` runs a unit of work in a transaction on the writer connection, one
 *   at a time. The better-sqlite3 adapter shares one connection between a transaction
 *   and any other query, so a write issued beside an open transaction would join it
 *   (and vanish if it rolls back). Serialising all writes here rules that out, and
 *   SQLite allows one writer at a time anyway.
 * Opens both connections and checks the durability settings took effect.
 */
async function createSqliteDb(url: string, options: DbOptions): Promise<Db> {
  const { client: reader, connection: readerConnection } = await openClient(url, options);
  const { client: writer, connection: writerConnection } = await openClient(url, options);
  attachSqliteConnection(reader, readerConnection);
  const writeTimeoutMs = options.writeTimeoutMs ?? 60_000;
  let queue: Promise<unknown> = Promise.resolve();
  const commitListeners: (() => void)[] = [];

  const db: Db = {
    provider: 'sqlite',
    reader,
    write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      const run = queue.then(() => writer.$transaction((tx) => {
        attachSqliteConnection(tx, writerConnection);
        return work(tx);
      }, { maxWait: writeTimeoutMs, timeout: writeTimeoutMs }));
      queue = run.catch(() => undefined);
      return run.then((result) => {
        for (const listener of commitListeners) listener();
        return result;
      });
    },
    onCommit(listener) {
      commitListeners.push(listener);
    },
    settings: () => readSettings(writer),
    async close() {
      await queue;
      await Promise.all([reader.$disconnect(), writer.$disconnect()]);
    },
  };

  const settings = await readSettings(writer);
  if (settings.journalMode !== 'WAL' || settings.synchronous !== 'FULL' || !settings.foreignKeys) {
    await db.close();
    throw new Error(`SQLite settings did not take effect: ${JSON.stringify(settings)}`);
  }
  return db;
}

/** Opens the database `url` names: a SQLite file (`file:`) or PostgreSQL (`postgresql://`). */
export async function createDb(url: string, options: DbOptions): Promise<Db> {
  return providerOf(url) === 'postgresql' ? createPostgresDb(url, options) : createSqliteDb(url, options);
}
