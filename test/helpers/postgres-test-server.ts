import pg from 'pg';

/**
 * PostgreSQL for the tests: `PARALLAX_TEST_DATABASE_URL=postgresql://…` names a server
 * (and a database there to connect to for administration). The global setup migrates
 * one template database; each test file gets `CREATE DATABASE … TEMPLATE` of it and
 * drops it afterwards, the way the SQLite tests copy a migrated file.
 */
export const postgresTestUrl: string | undefined = process.env.PARALLAX_TEST_DATABASE_URL || undefined;

/** `url` with its database name replaced by `name`. */
export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Runs `sql` on the administration database of the test server. */
export async function adminQuery(sql: string): Promise<void> {
  if (!postgresTestUrl) throw new Error('PARALLAX_TEST_DATABASE_URL is not set');
  const client = new pg.Client({ connectionString: postgresTestUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let sequence = 0;

/** A new database name no other test file or run uses. */
export function uniqueDatabaseName(prefix: string): string {
  sequence += 1;
  return `${prefix}_${process.pid}_${sequence}_${Math.random().toString(36).slice(2, 8)}`;
}

/** Creates a database copied from the migrated template; retried while another file copies it at the same moment. */
export async function createDatabaseFromTemplate(name: string, template: string): Promise<string> {
  if (!postgresTestUrl) throw new Error('PARALLAX_TEST_DATABASE_URL is not set');
  for (let attempt = 1; ; attempt += 1) {
    try {
      await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      return withDatabase(postgresTestUrl, name);
    } catch (error) {
      // "source database … is being accessed by other users": a concurrent copy.
      if (attempt >= 50 || !(error instanceof Error) || !/being accessed by other users/u.test(error.message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
