import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../../src/db/migrate.ts';

/** Migrates one template database; each test file copies it (see test-db.ts). */
export default async function globalSetup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-test-'));
  const template = path.join(dir, 'template.db');
  migrate(`file:${template}`);
  process.env.PARALLAX_TEST_TEMPLATE = template;
}
