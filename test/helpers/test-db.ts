import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, type Db } from '../../src/db/create-db.ts';
import { migrate } from '../../src/db/migrate.ts';

export interface TestDb {
  readonly db: Db;
  readonly url: string;
  destroy(): Promise<void>;
}

/**
 * A real SQLite file for one test file: a copy of the template the global setup
 * migrated (or a fresh migration when run without it), deleted in `destroy`.
 */
export async function createTestDb(): Promise<TestDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-db-'));
  const file = path.join(dir, 'test.db');
  const template = process.env.PARALLAX_TEST_TEMPLATE;
  if (template && fs.existsSync(template)) fs.copyFileSync(template, file);
  const url = `file:${file}`;
  migrate(url);
  const db = await createDb(url, { busyTimeoutMs: 5000 });
  return {
    db, url,
    async destroy() {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
