import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate, migrationsDir } from '../../src/db/migrate.ts';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-migrate-'));
}

describe('migrate', () => {
  it('when the database is new, applies every migration and records it as Prisma does', () => {
    const file = path.join(tempDir(), 'new.db');

    const result = migrate(`file:${file}`);

    const db = new Database(file);
    const names = db.prepare('SELECT migration_name FROM _prisma_migrations ORDER BY migration_name').pluck().all();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    db.close();
    expect(result.applied.length).toBeGreaterThan(0);
    expect(names).toEqual(result.applied);
    expect(tables).toEqual(expect.arrayContaining(['Party', 'Meeting', 'Statement', 'StatementRevision', 'StatementSearch']));
  });

  it('when run again, applies nothing', () => {
    const url = `file:${path.join(tempDir(), 'again.db')}`;
    const first = migrate(url);

    const second = migrate(url);

    expect(second).toEqual({ applied: [], alreadyApplied: first.applied.length });
  });

  it('when an applied migration was edited, refuses to start', () => {
    const dir = tempDir();
    const migrations = path.join(dir, 'migrations');
    fs.cpSync(migrationsDir, migrations, { recursive: true });
    const url = `file:${path.join(dir, 'edited.db')}`;
    migrate(url, migrations);
    const first = fs.readdirSync(migrations).sort()[0] ?? '';
    fs.appendFileSync(path.join(migrations, first, 'migration.sql'), '\n-- edited\n');

    expect(() => migrate(url, migrations)).toThrow(/was edited after it was applied/);
  });

  it('when a migration fails, leaves no part of it applied', () => {
    const dir = tempDir();
    const migrations = path.join(dir, 'migrations');
    fs.mkdirSync(path.join(migrations, '0001_bad'), { recursive: true });
    fs.writeFileSync(path.join(migrations, '0001_bad', 'migration.sql'), 'CREATE TABLE "A" (id INTEGER);\nCREATE TABLE broken (;');
    const file = path.join(dir, 'bad.db');

    expect(() => migrate(`file:${file}`, migrations)).toThrow();

    const db = new Database(file);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'A'").pluck().all();
    db.close();
    expect(tables).toEqual([]);
  });
});

describe('prisma/schema.prisma', () => {
  it('when compared with the latest migration snapshot, is unchanged (run npm run db:migration otherwise)', () => {
    const latest = fs.readdirSync(migrationsDir).filter((name) => fs.existsSync(path.join(migrationsDir, name, 'migration.sql'))).sort().at(-1) ?? '';
    const snapshot = fs.readFileSync(path.join(migrationsDir, latest, 'schema.prisma'), 'utf8');
    const schema = fs.readFileSync(path.join(migrationsDir, '..', 'schema.prisma'), 'utf8');

    expect(schema).toBe(snapshot);
  });
});

describe('migrate, on a database holding data', () => {
  it('when later migrations rebuild tables, keeps every row and its children', () => {
    const dir = tempDir();
    const migrations = path.join(dir, 'migrations');
    const names = fs.readdirSync(migrationsDir).filter((name) => fs.existsSync(path.join(migrationsDir, name, 'migration.sql'))).sort();
    fs.mkdirSync(migrations);
    fs.cpSync(path.join(migrationsDir, names[0] ?? ''), path.join(migrations, names[0] ?? ''), { recursive: true });
    const file = path.join(dir, 'data.db');
    migrate(`file:${file}`, migrations);
    const seed = new Database(file);
    seed.exec(`INSERT INTO Party (code, name, aliases, updatedAt) VALUES ('CHN', 'China', '[]', 0);
      INSERT INTO Meeting (title, date, kind, tags, updatedAt) VALUES ('m', 0, 'call', '[]', 0);
      INSERT INTO MeetingParticipant (meetingId, partyId, person, position) VALUES (1, 1, 'Wang Wentao', 0);
      INSERT INTO Statement (meetingId, partyId, issuer, language, text, contentHash, updatedAt) VALUES (1, 1, 'MOFCOM', 'en', 't', 'h', 0);`);
    seed.close();

    migrate(`file:${file}`);

    const db = new Database(file);
    const counts = ['Meeting', 'MeetingParticipant', 'Statement'].map((table) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get());
    db.close();
    expect(counts).toEqual([1, 1, 1]);
  });
});
