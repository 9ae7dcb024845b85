import { codebookVersion } from '../../src/domain/analysis/types.ts';
import { createDb, type Db } from '../../src/db/create-db.ts';
import { dialectOf } from '../../src/db/dialect.ts';
import { createServices } from '../../src/services/create-services.ts';
import { factories } from '../helpers/factories.ts';
import { postgresTestUrl } from '../helpers/postgres-test-server.ts';
import { createTestDb, type TestDb } from '../helpers/test-db.ts';

let testDb: TestDb;
/** A second instance's handle on the same database: its own pool and write gate. */
let other: Db;
beforeAll(async () => {
  if (!postgresTestUrl) throw new Error('run with PARALLAX_TEST_DATABASE_URL (npm run test:pg)');
  testDb = await createTestDb();
  other = await createDb(testDb.url, { busyTimeoutMs: 5000, poolSize: 5 });
});
afterAll(async () => {
  await other.close();
  await testDb.destroy();
});

/** Two instances: their own services on their own handles of one database. */
const twoInstances = () => [createServices({ db: testDb.db, now: () => new Date() }), createServices({ db: other, now: () => new Date() })] as const;

describe('background jobs on a shared PostgreSQL database', () => {
  it('when one transaction holds a row, another claiming it with SKIP LOCKED gets nothing and does not wait', async () => {
    const meeting = await testDb.db.write((tx) => tx.meeting.create({ data: { title: 'Held', date: new Date('2024-01-01'), kind: 'call', tags: [] } }));
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => { release = resolve; });
    let claimedByHolder: number[] = [];
    const holder = testDb.db.write(async (tx) => {
      claimedByHolder = await dialectOf(tx).lockRows(tx, 'Meeting', [meeting.id]);
      await released;
    }, { isolation: 'read-committed' });
    while (claimedByHolder.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));

    const claimedByOther = await other.write((tx) => dialectOf(tx).lockRows(tx, 'Meeting', [meeting.id]), { isolation: 'read-committed' });
    release();
    await holder;

    expect([claimedByHolder, claimedByOther]).toEqual([[meeting.id], []]);
  });

  it('when two instances re-analyse after a taxonomy change at once, every readout ends analysed with the new version', async () => {
    const [a, b] = twoInstances();
    const f = factories(a);
    const party = await f.makeParty();
    const meeting = await f.makeMeeting();
    for (let i = 0; i < 30; i += 1) await f.makeStatement(meeting.id, { party: party.code, text: `Round ${i}: the sides discussed quantum sensors and chips.` });

    const next = await a.taxonomy.upsertTopic({ id: 'quantum', label: 'Quantum', terms: { en: ['quantum sensor'] } }, { note: 'two instances' });
    a.analysis.scheduleReanalysis();
    b.analysis.scheduleReanalysis();
    await Promise.all([a.analysis.drainReanalysis(), b.analysis.drainReanalysis()]);

    const analyses = await testDb.db.reader.statementAnalysis.findMany({ where: { statement: { meetingId: meeting.id } } });
    expect(analyses).toHaveLength(30);
    expect(analyses.every((row) => row.taxonomyVersion === next.version && row.codebook === codebookVersion && !row.stale)).toBe(true);
    expect(await a.analysis.pendingReanalysis()).toBe(0);
    const quantumClaims = await testDb.db.reader.claim.count({ where: { topic: 'quantum', statement: { meetingId: meeting.id } } });
    expect(quantumClaims).toBe(30);
  });

  it('when one transaction holds a job lock, another gets false for the same id and true for another id', async () => {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => { release = resolve; });
    let held = false;
    const holder = testDb.db.write(async (tx) => {
      held = await dialectOf(tx).tryJobLock(tx, 'comparison-refresh', 42);
      await released;
    }, { isolation: 'read-committed' });
    while (!held) await new Promise((resolve) => setTimeout(resolve, 10));

    const others = await other.write(async (tx) => [
      await dialectOf(tx).tryJobLock(tx, 'comparison-refresh', 42), await dialectOf(tx).tryJobLock(tx, 'comparison-refresh', 43),
    ], { isolation: 'read-committed' });
    release();
    await holder;

    expect(others).toEqual([false, true]);
  });

  it('when two instances refresh stale comparisons at once, each meeting ends fresh with its divergence', async () => {
    const [a, b] = twoInstances();
    const f = factories(a);
    const [p, q] = [await f.makeParty(), await f.makeParty()];
    const meetings = [];
    for (let i = 0; i < 6; i += 1) {
      const meeting = await f.makeMeeting();
      await f.makeStatement(meeting.id, { party: p.code, text: 'The two sides agreed to cooperate on semiconductors.' });
      await f.makeStatement(meeting.id, { party: q.code, text: 'The ministers discussed agriculture.' });
      meetings.push(meeting.id);
    }

    a.comparisons.scheduleRefresh();
    b.comparisons.scheduleRefresh();
    await Promise.all([a.comparisons.drainRefresh(), b.comparisons.drainRefresh()]);

    const rows = await testDb.db.reader.meeting.findMany({ where: { id: { in: meetings } }, select: { comparisonStale: true, divergence: true } });
    expect(rows.every((row) => !row.comparisonStale && row.divergence !== null && row.divergence > 0)).toBe(true);
  });
});
