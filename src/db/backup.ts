import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { providerOf } from './dialect.ts';
import { sqliteFilePath } from './migrate.ts';

/**
 * A consistent online copy of the database with SQLite's backup API: safe while
 * the service runs and writes (the copy is a snapshot of one moment), unlike
 * copying the file, which can catch the WAL half-applied. Returns the page count.
 */
export async function backupDatabase(databaseUrl: string, targetPath: string): Promise<{ pages: number; bytes: number }> {
  if (providerOf(databaseUrl) === 'postgresql') {
    throw new Error('npm run backup copies a SQLite file; back a PostgreSQL database up with pg_dump --format=custom (or the provider\'s snapshots).');
  }
  const source = sqliteFilePath(databaseUrl);
  if (!fs.existsSync(source)) throw new Error(`no database at ${source}`);
  const target = path.resolve(targetPath);
  if (fs.existsSync(target)) throw new Error(`${target} already exists; choose a new file name`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const result = await db.backup(target);
    return { pages: result.totalPages, bytes: fs.statSync(target).size };
  } finally {
    db.close();
  }
}
