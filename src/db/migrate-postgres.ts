import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { pendingMigrations, type MigrationResult } from './migrate.ts';

/** Absolute path of the PostgreSQL migration history (same step names as the SQLite one). */
export const postgresMigrationsDir = path.resolve(__dirname, '..', '..', 'prisma', 'postgres', 'migrations');

// Prisma's own definition of the table on PostgreSQL, so `prisma migrate deploy` and
// `prisma migrate status` read what we write and the other way round.
const bookkeepingTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

// The advisory lock key `prisma migrate deploy` takes, so several instances starting at
// once (or an instance and the CLI) migrate one after the other, never side by side.
const migrationLockKey = 72707369;

/**
 * Applies pending migrations of `prisma/postgres/migrations/` the way the SQLite
 * migrator does: each in its own transaction (PostgreSQL runs DDL transactionally, so a
 * failed step leaves nothing behind), recorded in `_prisma_migrations`, refusing an
 * applied migration whose file changed.
 */
export async function migratePostgres(databaseUrl: string, dir: string = postgresMigrationsDir): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Notices such as "schema public already exists, skipping" are expected, not news.
    client.on('notice', () => undefined);
    await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
    await client.query(bookkeepingTable);
    const done = new Map((await client.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    )).rows.map((row) => [row.migration_name, row.checksum]));
    const { pending, alreadyApplied } = pendingMigrations(dir, done);
    const applied: string[] = [];
    for (const { name, sql, checksum } of pending) {
      const startedAt = new Date();
      await client.query('BEGIN');
      try {
        // Simple query protocol: the file may hold many statements and function bodies.
        await client.query(sql);
        await client.query(
          'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, $4, 1)',
          [randomUUID(), checksum, name, startedAt],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${name} failed; nothing of it was applied: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      applied.push(name);
    }
    return { applied, alreadyApplied };
  } finally {
    await client.end();
  }
}
