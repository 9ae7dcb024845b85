import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupDatabase } from '../../src/db/backup.ts';
import { createTestDb, type TestDb } from '../helpers/test-db.ts';

let testDb: TestDb;
beforeAll(async () => { testDb = await createTestDb(); });
afterAll(async () => { await testDb.destroy(); });

describe('backupDatabase', () => {
  it('when the database is being written, copies a consistent snapshot that passes integrity_check', async () => {
    for (let i = 0; i < 20; i += 1) {
      await testDb.db.write((tx) => tx.party.create({ data: { code: `BK${i}`, name: `Backup ${i}`, aliases: [] } }));
    }
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-backup-')), 'copy.db');
    const writing = Promise.all(Array.from({ length: 20 }, (_, i) =>
      testDb.db.write((tx) => tx.party.create({ data: { code: `BKW${i}`, name: 'During backup', aliases: [] } }))));

    const result = await backupDatabase(testDb.url, target);
    await writing;

    const copy = new Database(target, { readonly: true });
    const integrity = copy.pragma('integrity_check', { simple: true });
    const parties = copy.prepare("SELECT COUNT(*) FROM Party WHERE code LIKE 'BK%'").pluck().get() as number;
    copy.close();
    expect(integrity).toBe('ok');
    expect(parties).toBeGreaterThanOrEqual(20);
    expect(result.pages).toBeGreaterThan(0);
  });

  it('when the target exists, refuses to overwrite it', async () => {
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-backup-')), 'exists.db');
    fs.writeFileSync(target, 'keep me');

    await expect(backupDatabase(testDb.url, target)).rejects.toThrow(/already exists/);
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
  });
});
