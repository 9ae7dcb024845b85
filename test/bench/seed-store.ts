import Database from 'better-sqlite3';
import { createDb } from '../../src/db/create-db.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createServices } from '../../src/services/create-services.ts';
import { meetingBundle, seededRandom } from './corpus.ts';

/** What a seeded store holds for the bench to aim at. */
export interface SeededStore {
  readonly url: string;
  readonly meetings: number;
  /** Meetings with two readouts of about 300 words each, analysed and compared. */
  readonly targetMeetingIds: readonly number[];
  readonly targetStatementIds: readonly number[];
}

type Row = Record<string, unknown>;

/**
 * A store of `meetings` meetings. A pool of meetings goes in through the service's own
 * import (real analysis, claims, triggers, background comparison); the rest are copies
 * of the pool's rows (statement, revision, analysis, claims) written with raw
 * better-sqlite3 in one transaction. A copy keeps its original's text, parties and
 * participants, so its stored analysis is exactly what the service would compute for
 * it, at a thousandth of the cost. Dates differ per copy (one day apart), so lists page
 * through distinct positions.
 */
export async function seedStore(file: string, meetings: number, seed = 7): Promise<SeededStore> {
  const url = `file:${file}`;
  migrate(url);
  const db = await createDb(url, { busyTimeoutMs: 10_000, writeTimeoutMs: 600_000 });
  const services = createServices({ db, now: () => new Date('2026-11-29T00:00:00Z') });
  const random = seededRandom(seed);
  const targets = Math.min(5, meetings);
  const fillers = Math.min(20, Math.max(0, meetings - targets));
  await services.imports.run(meetingBundle(random, { prefix: 'target', count: targets, words: 300 }));
  if (fillers > 0) await services.imports.run(meetingBundle(random, { prefix: 'pool', count: fillers, words: 50, firstDay: targets }));
  await services.comparisons.drainRefresh();
  await services.apiKeys.stop();
  await db.close();

  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  const columns = (table: string) => (raw.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name).filter((c) => c !== 'id');
  const insert = (table: string, cols: readonly string[]) =>
    raw.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
  const tables = ['Meeting', 'MeetingParticipant', 'Statement', 'StatementRevision', 'StatementAnalysis', 'Claim'] as const;
  const cols = Object.fromEntries(tables.map((t) => [t, columns(t)])) as Record<(typeof tables)[number], string[]>;
  const analysisCols = [...cols.StatementAnalysis, 'statementId'];
  const inserts = {
    Meeting: insert('Meeting', cols.Meeting), MeetingParticipant: insert('MeetingParticipant', cols.MeetingParticipant),
    Statement: insert('Statement', cols.Statement), StatementRevision: insert('StatementRevision', cols.StatementRevision),
    StatementAnalysis: insert('StatementAnalysis', [...new Set(analysisCols)]), Claim: insert('Claim', cols.Claim),
  };
  const pool = raw.prepare(`SELECT * FROM "Meeting" WHERE ref LIKE 'pool-%' ORDER BY id`).all() as Row[];
  const byMeeting = (table: string, meetingId: unknown) => raw.prepare(`SELECT * FROM "${table}" WHERE "meetingId" = ? ORDER BY id`).all(meetingId) as Row[];
  const byStatement = (table: string, statementId: unknown) => raw.prepare(`SELECT * FROM "${table}" WHERE "statementId" = ? ORDER BY ${table === 'StatementAnalysis' ? '"statementId"' : 'id'}`).all(statementId) as Row[];
  const poolRows = pool.map((meeting) => ({
    meeting,
    participants: byMeeting('MeetingParticipant', meeting.id),
    statements: byMeeting('Statement', meeting.id).map((statement) => ({
      statement,
      revisions: byStatement('StatementRevision', statement.id),
      analyses: byStatement('StatementAnalysis', statement.id),
      claims: byStatement('Claim', statement.id),
    })),
  }));
  const shiftDate = (value: unknown, days: number): unknown => {
    if (typeof value === 'number') return value + days * 86_400_000;
    if (typeof value !== 'string') return value;
    const shifted = new Date(Date.parse(value) + days * 86_400_000).toISOString();
    return value.endsWith('Z') ? shifted : shifted.replace('Z', '+00:00');
  };
  const copies = meetings - targets - fillers;
  raw.transaction(() => {
    for (let k = 0; k < copies; k += 1) {
      const source = poolRows[k % poolRows.length];
      if (!source) break;
      const round = Math.floor(k / poolRows.length) + 1;
      const m = source.meeting;
      const meetingId = inserts.Meeting.run({ ...m, ref: `${String(m.ref)}~${round}`, date: shiftDate(m.date, round * poolRows.length) }).lastInsertRowid;
      for (const p of source.participants) inserts.MeetingParticipant.run({ ...p, meetingId });
      for (const s of source.statements) {
        const statementId = inserts.Statement.run({ ...s.statement, meetingId }).lastInsertRowid;
        for (const r of s.revisions) inserts.StatementRevision.run({ ...r, statementId, meetingId });
        for (const a of s.analyses) inserts.StatementAnalysis.run({ ...a, statementId });
        for (const c of s.claims) inserts.Claim.run({ ...c, statementId });
      }
    }
    // The triggers marked every copy stale; their divergence is their original's, already computed.
    raw.prepare(`UPDATE "Meeting" SET "comparisonStale" = 0`).run();
  })();
  raw.pragma('wal_checkpoint(TRUNCATE)');
  const targetMeetingIds = (raw.prepare(`SELECT id FROM "Meeting" WHERE ref LIKE 'target-%' ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
  const targetStatementIds = (raw.prepare(`SELECT s.id FROM "Statement" s JOIN "Meeting" m ON m.id = s."meetingId" WHERE m.ref LIKE 'target-%' ORDER BY s.id`).all() as { id: number }[]).map((r) => r.id);
  const count = (raw.prepare(`SELECT COUNT(*) AS n FROM "Meeting"`).get() as { n: number }).n;
  raw.close();
  return { url, meetings: count, targetMeetingIds, targetStatementIds };
}
