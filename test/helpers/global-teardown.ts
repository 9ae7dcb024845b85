import { dropDatabase, postgresTestUrl } from './postgres-test-server.ts';

/** Drops the PostgreSQL template database (a SQLite template is a file in the temp folder). */
export default async function globalTeardown(): Promise<void> {
  const template = process.env.PARALLAX_TEST_PG_TEMPLATE;
  if (postgresTestUrl && template) await dropDatabase(template);
}
