import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoBundle } from '../../src/db/seed/demo-bundle.ts';
import { createServices } from '../../src/services/create-services.ts';
import { runCli } from '../helpers/run-cli.ts';
import { createTestDb, type TestDb } from '../helpers/test-db.ts';

let testDb: TestDb;
let meetingId: number;
let out: string;
beforeAll(async () => {
  testDb = await createTestDb();
  const services = createServices({ db: testDb.db, now: () => new Date() });
  await services.imports.run(demoBundle);
  meetingId = (await services.meetings.list({ parties: ['CHN', 'KOR'], tags: ['demo'] }, { limit: 1 })).items[0]!.id;
  // A folder of its own, not the database's: on PostgreSQL there is no database file.
  out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-report-')), 'report.pdf');
});
afterAll(async () => {
  await testDb.destroy();
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
});

describe('npm run report', () => {
  it('when asked for a PDF with --out, writes the PDF file', async () => {
    const result = await runCli('report', ['--meeting', String(meetingId), '--format', 'pdf', '--out', out], testDb.url);

    expect(result.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(result.stderr).toContain(`Wrote the pdf report of meeting ${meetingId} to ${out}`);
  });

  it('when no --out is given, writes the Markdown report to standard output', async () => {
    const result = await runCli('report', ['--meeting', String(meetingId), '--format', 'md'], testDb.url);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# China–South Korea trade ministers meeting at APEC\n/);
    expect(result.stdout).toContain('| Semiconductors | unconfirmed joint claim (omitted) |');
  });

  it('when asked for JSON, prints the report model', async () => {
    const result = await runCli('report', ['--meeting', String(meetingId), '--format', 'json'], testDb.url);

    expect(JSON.parse(result.stdout).topics[0].topic).toBe('semiconductors');
  });

  it('when the meeting does not exist, fails with exit code 1 and says so', async () => {
    const result = await runCli('report', ['--meeting', '999999', '--format', 'html'], testDb.url);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('meeting 999999 does not exist');
  });

  it('when the format is unknown, fails with exit code 2 and the usage', async () => {
    const result = await runCli('report', ['--meeting', String(meetingId), '--format', 'docx'], testDb.url);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format must be one of json, html, md, csv, pdf, got docx');
  });
});
