import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices, type AppServices } from '../../src/services/create-services.ts';
import { runCli } from '../helpers/run-cli.ts';
import { createEmptyDatabase, createTestDb, type TestDb } from '../helpers/test-db.ts';

let testDb: TestDb;
let services: AppServices;
let dir: string;
beforeAll(async () => {
  testDb = await createTestDb();
  services = createServices({ db: testDb.db, now: () => new Date() });
  // A folder of its own, not the database's: on PostgreSQL there is no database file.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-import-'));
});
afterAll(async () => {
  await testDb.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes records as an NDJSON file, one a line. */
function ndjson(name: string, records: readonly object[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${records.map((record) => JSON.stringify(record)).join('\n')}\n`);
  return file;
}

const meeting = (ref: string, day: string) => ({
  type: 'meeting', ref, title: `Talks ${ref}`, date: day, kind: 'call', participants: [], tags: ['cli-import'],
});
const statement = (ref: string, party: string, text: string) => ({ type: 'statement', meeting: ref, party, issuer: 'Ministry', language: 'en', text });

describe('npm run import', () => {
  it('when the file is valid, imports it in batches, prints progress lines off a terminal, and a second run changes nothing', async () => {
    const file = ndjson('ok.ndjson', [
      { type: 'party', code: 'CLA', name: 'Cliland', aliases: [] },
      { type: 'party', code: 'CLB', name: 'Clibia', aliases: [] },
      meeting('cli-1', '2024-01-01'), statement('cli-1', 'CLA', 'The sides discussed semiconductors.'),
      meeting('cli-2', '2024-02-01'), statement('cli-2', 'CLB', 'The sides discussed fisheries.'),
      statement('cli-1', 'CLB', 'The sides discussed trade.'),
    ]);

    const first = await runCli('import', [file, '--batch', '1'], testDb.url);
    const second = await runCli('import', [file], testDb.url);

    expect(first.code).toBe(0);
    expect(first.stderr).toContain('batch 1/3');
    expect(first.stderr).toContain('batch 3/3: 7/7 records imported');
    expect(first.stdout).toContain('parties: 2 created, 0 updated, 0 unchanged; meetings: 2 created, 0 updated, 0 unchanged; statements: 3 created, 0 updated, 0 unchanged');
    expect(second.stdout).toContain('statements: 0 created, 0 updated, 3 unchanged');
    const stored = await services.meetings.list({ parties: [], tags: ['cli-import'] }, { limit: 10 });
    expect(stored.items.map((m) => [m.ref, m.statementCount])).toEqual([['cli-2', 1], ['cli-1', 2]]);
  });

  // The import once ran SQLite's migrations whatever the URL: on PostgreSQL it left a
  // file named after the URL and wrote into a database without tables.
  it('when the database was never migrated, migrates it with its own provider\'s history and imports', async () => {
    const empty = await createEmptyDatabase();
    const file = ndjson('fresh.ndjson', [{ type: 'party', code: 'CLF', name: 'Freshland', aliases: [] }]);

    const result = await runCli('import', [file], empty.url);
    await empty.destroy();

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('parties: 1 created');
  });

  it('when lines are malformed, lists every bad line and imports nothing', async () => {
    const file = path.join(dir, 'bad.ndjson');
    fs.writeFileSync(file, [
      JSON.stringify({ type: 'party', code: 'CLX', name: 'Badland', aliases: [] }),
      '{not json',
      JSON.stringify({ ...meeting('cli-bad', '2023-13-40'), title: '' }),
      JSON.stringify(statement('nowhere', 'CLX', 'Text.')),
    ].join('\n'));

    const result = await runCli('import', [file], testDb.url);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing was changed');
    expect(result.stderr).toContain('line 2: is not a JSON value');
    expect(result.stderr).toMatch(/line 3: title: must not be empty/);
    expect(result.stderr).toMatch(/line 3: date: must be an ISO 8601 date/);
    expect(result.stderr).toContain('line 4: "meeting" must be the ref of a meeting line above');
    await expect(services.parties.get('CLX')).rejects.toThrow(/CLX/);
  });

  it('when a later batch names an unknown party, keeps the earlier batches, names the line, and a fixed re-run completes', async () => {
    const records = [
      meeting('cli-r1', '2024-03-01'), statement('cli-r1', 'CLA', 'The sides discussed energy.'),
      meeting('cli-r2', '2024-04-01'), statement('cli-r2', 'NOPE', 'The sides discussed energy.'),
    ];
    const broken = ndjson('resume.ndjson', records);

    const failed = await runCli('import', [broken, '--batch', '1'], testDb.url);
    const fixed = ndjson('resume.ndjson', records.map((r) => ('party' in r && r.party === 'NOPE' ? { ...r, party: 'CLB' } : r)));
    const rerun = await runCli('import', [fixed, '--batch', '1'], testDb.url);

    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('batch 2 of 2 failed and was not imported (batches 1 to 1 of 2 were imported and stay)');
    expect(failed.stderr).toMatch(/line 4: party: .*NOPE/);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('meetings: 1 created, 0 updated, 1 unchanged; statements: 1 created, 0 updated, 1 unchanged');
  });

  it('when the file does not exist, fails with exit code 2', async () => {
    const result = await runCli('import', [path.join(dir, 'missing.ndjson')], testDb.url);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no file at');
  });
});
