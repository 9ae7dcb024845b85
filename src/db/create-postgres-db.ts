import { setTimeout as sleep } from 'node:timers/promises';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresClient } from './generated-pg/client.ts';
import type { PrismaClient } from './generated/client.ts';
import type { Db, DbOptions, PostgresSettings, Tx, WriteOptions } from './database.ts';
import { attachDialect, postgresDialect } from './dialect.ts';

/**
 * @prisma/adapter-pg 6.19 returns a transaction's connection to the pool in commit(),
 * which Prisma calls only after the COMMIT statement succeeded. Under SERIALIZABLE a
 * COMMIT may fail (40001: PostgreSQL detects the conflict at commit), and then the
 * connection is never released: each such failure leaks one, until the pool is empty
 * and every query waits forever (found by the two-instance test hanging at shutdown).
 * This adapter releases the connection when COMMIT fails; PostgreSQL has already
 * rolled the transaction back, so the connection is clean.
 */
class PrismaPgReleasingFailedCommits extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = await startTransaction(isolationLevel);
      let released = false;
      const release = (end: () => Promise<void>) => async () => {
        if (released) return;
        released = true;
        await end();
      };
      const executeRaw = tx.executeRaw.bind(tx);
      const rollback = release(tx.rollback.bind(tx));
      tx.commit = release(tx.commit.bind(tx));
      tx.rollback = rollback;
      tx.executeRaw = async (query) => {
        try {
          return await executeRaw(query);
        } catch (error) {
          if (query.sql === 'COMMIT') await rollback();
          throw error;
        }
      };
      return tx;
    };
    return adapter;
  }
}

/** How often a write is tried before its serialization failure reaches the caller. */
const maxAttempts = 25;

/** Full-jitter exponential backoff (5 ms doubling, at most 400 ms), so retries of colliding writers spread out. */
function backoffMs(attempt: number): number {
  return Math.random() * Math.min(400, 5 * 2 ** attempt);
}

/** At most `limit` holders at once; the rest wait in arrival order. */
function createGate(limit: number): { enter(): Promise<void>; leave(): void } {
  let active = 0;
  const waiting: (() => void)[] = [];
  return {
    async enter() {
      if (active < limit) {
        active += 1;
        return;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    },
    leave() {
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    },
  };
}

/**
 * The PostgreSQL shell: one connection pool per instance, shared by reads and writes.
 * Unlike SQLite there is no in-process write queue: several instances write at once,
 * so correctness rests on the database. Every write runs SERIALIZABLE, so concurrent
 * writes (of this instance or another) behave as if run one after the other, and is
 * run again when PostgreSQL reports a serialization failure or a deadlock (SQLSTATE
 * 40001, 40P01; Prisma P2034), which is exactly its advice. A unique key that two
 * writers race for (an idempotency key, a party code) then ends in one winner and one
 * retry that sees the winner's row.
 *
 * The SERIALIZABLE writes of one instance still pass a gate one at a time, as on SQLite:
 * most writes touch a hot row (the meeting whose staleness triggers count changes), and
 * PostgreSQL's predicate locks also see conflicts between writes of unrelated rows that
 * share index pages, so concurrent writers of one instance mostly failed each other
 * (bench: 11 writes/s with five at a time, 28 with one). The gate keeps retries for
 * writers of other instances. Background jobs pass it too: letting them past measured
 * worse (19 writes/s), as their saves then collided with the gated writers.
 */
export async function createPostgresDb(url: string, options: DbOptions): Promise<Db> {
  const poolSize = options.poolSize ?? 10;
  const writeTimeoutMs = options.writeTimeoutMs ?? 60_000;
  const adapter = new PrismaPgReleasingFailedCommits({ connectionString: url, max: poolSize });
  // Same models, same API, generated from the derived schema; typed as the SQLite client
  // so repositories are written once (dialect.ts holds what differs).
  const client = attachDialect(new PostgresClient({ adapter }) as unknown as PrismaClient, postgresDialect);
  const commitListeners: (() => void)[] = [];
  const gate = createGate(1);
  let open = 0;
  let closing: (() => void) | undefined;

  async function write<T>(work: (tx: Tx) => Promise<T>, writeOptions: WriteOptions = {}): Promise<T> {
    const isolationLevel = writeOptions.isolation === 'read-committed' ? 'ReadCommitted' : 'Serializable';
    open += 1;
    try {
      for (let attempt = 1; ; attempt += 1) {
        await gate.enter();
        try {
          const result = await client.$transaction(work, {
            maxWait: writeTimeoutMs, timeout: writeTimeoutMs, isolationLevel: isolationLevel as 'Serializable',
          });
          gate.leave();
          for (const listener of commitListeners) listener();
          return result;
        } catch (error) {
          gate.leave();
          if (attempt >= maxAttempts || !postgresDialect.isRetryable(error)) throw error;
          await sleep(backoffMs(attempt));
        }
      }
    } finally {
      open -= 1;
      if (open === 0) closing?.();
    }
  }

  async function settings(): Promise<PostgresSettings> {
    const rows = await client.$queryRaw<{ server_version: string; synchronous_commit: string }[]>`
      SELECT current_setting('server_version') AS server_version, current_setting('synchronous_commit') AS synchronous_commit`;
    const row = rows[0];
    return {
      provider: 'postgresql', serverVersion: row?.server_version ?? 'unknown', writeIsolation: 'serializable',
      synchronousCommit: row?.synchronous_commit ?? 'unknown', poolSize,
    };
  }

  const db: Db = {
    provider: 'postgresql',
    reader: client,
    write,
    onCommit(listener) {
      commitListeners.push(listener);
    },
    settings,
    async close() {
      if (open > 0) await new Promise<void>((resolve) => { closing = resolve; });
      await client.$disconnect();
    },
  };
  // Fails the start when the server cannot be reached or the URL is wrong.
  await settings();
  return db;
}
