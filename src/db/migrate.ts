import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Applies pending SQL migrations from `prisma/migrations/`, the way `prisma migrate
 * deploy` does and into the same `_prisma_migrations` table, so either tool can take
 * over. We run them ourselves at start because the Prisma CLI is a dev dependency
 * in spirit and slow to boot; each migration runs in its own transaction.
 */
export interface MigrationResult {
  readonly applied: readonly string[];
  readonly alreadyApplied: number;
}

const bookkeepingTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** Absolute path of the migrations folder shipped with the code. */
export const migrationsDir = path.resolve(__dirname, '..', '..', 'prisma', 'migrations');

/** A migration file not yet applied, with the checksum `_prisma_migrations` records. */
export interface PendingMigration {
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

/**
 * The migrations of `dir` (one folder per step, in name order) that `done` (name →
 * checksum of the applied ones) lacks. An applied migration whose file changed stops
 * everything: it must be a new migration instead. Shared by both databases' migrators.
 */
export function pendingMigrations(dir: string, done: ReadonlyMap<string, string>): { pending: PendingMigration[]; alreadyApplied: number } {
  const names = fs.readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort();
  const pending: PendingMigration[] = [];
  for (const name of names) {
    const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
    const checksum = createHash('sha256').update(sql).digest('hex');
    const previous = done.get(name);
    if (previous === undefined) pending.push({ name, sql, checksum });
    else if (previous !== checksum) {
      throw new Error(`Migration ${name} was edited after it was applied (checksum differs); write a new migration instead.`);
    }
  }
  return { pending, alreadyApplied: names.length - pending.length };
}

/** The SQLite file behind a `file:` URL. */
export function sqliteFilePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, '');
}

export function migrate(databaseUrl: string, dir: string = migrationsDir): MigrationResult {
  const filePath = sqliteFilePath(databaseUrl);
  fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true });
  const db = new Database(filePath);
  try {
    db.pragma('journal_mode = WAL');
    // SQLite rebuilds a table to alter it (create new, copy, drop old, rename). With
    // foreign keys on, dropping the old table would cascade-delete its children, and
    // the pragma is ignored inside a transaction, so it is switched off here and the
    // keys are checked before each migration commits instead.
    db.pragma('foreign_keys = OFF');
    db.exec(bookkeepingTable);
    const done = new Map(
      db.prepare<[], { migration_name: string; checksum: string }>(
        'SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      ).all().map((row) => [row.migration_name, row.checksum]),
    );
    const { pending, alreadyApplied } = pendingMigrations(dir, done);
    const applied: string[] = [];
    for (const { name, sql, checksum } of pending) {
      db.transaction(() => {
        const startedAt = new Date().toISOString();
        db.exec(sql);
        const violations = db.pragma('foreign_key_check') as unknown[];
        if (violations.length > 0) {
          throw new Error(`Migration ${name} leaves ${violations.length} foreign key violation(s); nothing of it was applied.`);
        }
        db.prepare(
          'INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)',
        ).run(randomUUID(), checksum, new Date().toISOString(), name, startedAt);
      })();
      applied.push(name);
    }
    return { applied, alreadyApplied };
  } finally {
    db.close();
  }
}
