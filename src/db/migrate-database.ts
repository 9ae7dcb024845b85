import { providerOf } from './dialect.ts';
import { migrate, type MigrationResult } from './migrate.ts';
import { migratePostgres } from './migrate-postgres.ts';

/**
 * Applies the migration history of the database `url` names: `prisma/migrations/` for
 * SQLite, `prisma/postgres/migrations/` (same step names) for PostgreSQL.
 */
export async function migrateDatabase(url: string): Promise<MigrationResult> {
  return providerOf(url) === 'postgresql' ? migratePostgres(url) : migrate(url);
}
