import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, type Db } from '../../src/db/create-db.ts';
import { migrate } from '../../src/db/migrate.ts';
import { migratePostgres } from '../../src/db/migrate-postgres.ts';
import {
  adminQuery, createDatabaseFromTemplate, dropDatabase, postgresTestUrl, uniqueDatabaseName, withDatabase,
} from './postgres-test-server.ts';

export interface TestDb {
  readonly db: Db;
  readonly url: string;
  /** Breaks the database under the open handle, as a lost volume or server would (for 503 tests). */
  makeUnreachable(): Promise<void>;
  destroy(): Promise<void>;
}

/** A PostgreSQL database for one test file, copied from the template the global setup migrated. */
async function createPostgresTestDb(serverUrl: string): Promise<TestDb> {
  const name = uniqueDatabaseName('parallax_test');
  const template = process.env.PARALLAX_TEST_PG_TEMPLATE;
  let url: string;
  if (template) {
    url = await createDatabaseFromTemplate(name, template);
  } else {
    await adminQuery(`CREATE DATABASE "${name}"`);
    url = withDatabase(serverUrl, name);
  }
  await migratePostgres(url);
  const db = await createDb(url, { busyTimeoutMs: 5000, poolSize: 5 });
  return {
    db, url,
    makeUnreachable: () => dropDatabase(name),
    async destroy() {
      await db.close();
      await dropDatabase(name);
    },
  };
}

/**
 * A real database for one test file: a copy of the template the global setup migrated
 * (or a fresh migration when run without it), deleted in `destroy`. A SQLite file, or a
 * PostgreSQL database when PARALLAX_TEST_DATABASE_URL is set.
 */
export async function createTestDb(): Promise<TestDb> {
  if (postgresTestUrl) return createPostgresTestDb(postgresTestUrl);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-db-'));
  const file = path.join(dir, 'test.db');
  const template = process.env.PARALLAX_TEST_TEMPLATE;
  if (template && fs.existsSync(template)) fs.copyFileSync(template, file);
  const url = `file:${file}`;
  migrate(url);
  const db = await createDb(url, { busyTimeoutMs: 5000 });
  return {
    db, url,
    async makeUnreachable() {
      // The header destroyed while closed: SQLite then refuses the file ("file is not a
      // database"), as it would a corrupted or replaced volume.
      await db.close();
      for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
      const handle = fs.openSync(file, 'r+');
      fs.writeSync(handle, Buffer.alloc(100, 0x5a), 0, 100, 0);
      fs.closeSync(handle);
    },
    async destroy() {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The URL of a database that exists but has never been migrated (a SQLite file not yet
 * created, or an empty PostgreSQL database), for commands that must migrate it first.
 */
export async function createEmptyDatabase(): Promise<{ url: string; destroy(): Promise<void> }> {
  if (postgresTestUrl) {
    const name = uniqueDatabaseName('parallax_empty');
    await adminQuery(`CREATE DATABASE "${name}"`);
    return { url: withDatabase(postgresTestUrl, name), destroy: () => dropDatabase(name) };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-empty-'));
  return { url: `file:${path.join(dir, 'new.db')}`, destroy: async () => { fs.rmSync(dir, { recursive: true, force: true }); } };
}
