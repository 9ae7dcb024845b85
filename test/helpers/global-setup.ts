import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../../src/db/migrate.ts';
import { migratePostgres } from '../../src/db/migrate-postgres.ts';
import { adminQuery, postgresTestUrl, uniqueDatabaseName, withDatabase } from './postgres-test-server.ts';

/**
 * Migrates one template database; each test file copies it (see test-db.ts). With
 * PARALLAX_TEST_DATABASE_URL set, the template is a PostgreSQL database instead of a file.
 */
export default async function globalSetup(): Promise<void> {
  if (postgresTestUrl) {
    const name = uniqueDatabaseName('parallax_template');
    await adminQuery(`CREATE DATABASE "${name}"`);
    await migratePostgres(withDatabase(postgresTestUrl, name));
    process.env.PARALLAX_TEST_PG_TEMPLATE = name;
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-test-'));
  const template = path.join(dir, 'template.db');
  migrate(`file:${template}`);
  process.env.PARALLAX_TEST_TEMPLATE = template;
}
