import Database from 'better-sqlite3';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { demoBundle } from '../../src/db/seed/demo-bundle.ts';
import { findAnalyses, findHumanClaimAnchors } from '../../src/db/analysis-repository.ts';
import { findApiKeyByHash } from '../../src/db/api-key-repository.ts';
import { findComparisonStamp, findStaleMeetings } from '../../src/db/comparison-repository.ts';
import { attachDialect, sqliteDialect } from '../../src/db/dialect.ts';
import { PrismaClient } from '../../src/db/generated/client.ts';
import { attachSqliteConnection, observeSqlite } from '../../src/db/sqlite-connection.ts';
import { findMeeting, findMeetingByRef, listMeetings } from '../../src/db/meeting-repository.ts';
import { findPartyIds, listPartiesByCode } from '../../src/db/party-repository.ts';
import { findStatement, listMeetingStatements, listRevisions, listStatements } from '../../src/db/statement-repository.ts';
import { filterStatementIds, findSearchMatches, searchStatementIds } from '../../src/db/statement-search.ts';
import { findPartyClaims } from '../../src/db/timeline-repository.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { factories } from '../helpers/factories.ts';

/**
 * Every hot query, exactly as Prisma writes it (captured from its query log) or as a
 * prepared statement runs it (captured by observeSqlite), through
 * SQLite's EXPLAIN QUERY PLAN: a full scan of a table that grows with the store fails.
 * Small tables (parties, taxonomy versions) and FTS5 tables (they have their own index)
 * may be scanned. Not here: findStatementsToReanalyse and its count, which look at every
 * statement by design (anything may be out of date after a taxonomy edit); they run in the
 * background re-analysis, and /healthz reuses the count for a second (analysis-service.ts).
 */
const largeTables = new Set(['Meeting', 'MeetingParticipant', 'Statement', 'StatementRevision', 'StatementAnalysis', 'Claim', 'ClaimChange', 'IdempotencyRecord', 'ApiKey']);

interface Captured { readonly sql: string; readonly params: unknown[] }

let t: TestApp;
let client: PrismaClient;
let raw: Database.Database;
let captured: Captured[] = [];
let meetingId: number;
let statementId: number;

beforeAll(async () => {
  t = await createTestApp();
  await t.services.imports.run(demoBundle);
  const f = factories(t.services);
  const party = await f.makeParty();
  for (let i = 0; i < 5; i += 1) {
    const meeting = await f.makeMeeting({ tags: ['plans'], forum: 'G20' });
    await f.makeStatement(meeting.id, { party: party.code, text: 'The two sides agreed to cooperate on semiconductors and 半导体产业链.' });
  }
  meetingId = (await t.services.meetings.list({ parties: ['CHN'], tags: [] }, { limit: 1 })).items[0]!.id;
  statementId = (await t.services.statements.list({ meetingId, parties: [] }, { limit: 1 })).items[0]!.id;
  // Repositories pick their SQL by the client's dialect, which createDb attaches; so does this logging client.
  client = attachDialect(new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: t.databaseUrl }), log: [{ emit: 'event', level: 'query' }] }), sqliteDialect);
  // The client's type parameter for log events does not survive the Reader type the repositories take.
  const events = client as unknown as { $on(event: 'query', listener: (event: { query: string; params: string }) => void): void };
  events.$on('query', (event) => { captured.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }); });
  raw = new Database(t.databaseUrl.replace(/^file:/, ''), { readonly: true });
  // The hot paths that bypass Prisma (sqlite-connection.ts) run their prepared statements
  // on this connection; the observer captures them beside Prisma's log.
  attachSqliteConnection(client, raw);
  observeSqlite((sql, params) => captured.push({ sql, params: [...params] }));
});
afterAll(async () => {
  observeSqlite(undefined);
  raw.close();
  await client.$disconnect();
  await t.close();
});

/** SQLite binds numbers, strings, bigints, buffers and null; the log writes dates and booleans its own way. */
function bindable(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === undefined) return null;
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return value;
}

/** Table names of `sql` by the alias they go by, so "SCAN m" is known as Meeting. */
function aliasesOf(sql: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const match of sql.matchAll(/(?:`main`\.)?[`"](\w+)[`"](?:\s+(?:AS\s+)?[`"]?(\w+)[`"]?)?/giu)) {
    const [, table, alias] = match;
    if (!table) continue;
    aliases.set(table, table);
    if (alias && !/^(?:WHERE|ON|LEFT|INNER|JOIN|ORDER|GROUP|LIMIT|SET|AS|AND|OR|USING)$/iu.test(alias)) aliases.set(alias, table);
  }
  return aliases;
}

/** The full scans of large tables in the plan of each captured query. */
function fullScans(queries: readonly Captured[]): string[] {
  return queries.flatMap(({ sql, params }) => {
    const plan = raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params.map(bindable)) as { detail: string }[];
    const aliases = aliasesOf(sql);
    return plan.flatMap(({ detail }) => {
      const scan = /^SCAN (\S+)(.*)$/u.exec(detail);
      if (!scan || /USING (?:COVERING )?INDEX|VIRTUAL TABLE/u.test(scan[2] ?? '')) return [];
      // Prisma qualifies tables with the schema ("SCAN main.Statement"); raw SQL uses aliases ("SCAN s").
      const name = (scan[1] ?? '').replace(/^main\./u, '');
      const table = aliases.get(name) ?? name;
      return largeTables.has(table) ? [`${detail} in: ${sql}`] : [];
    });
  });
}

async function plansOf(run: () => Promise<unknown>): Promise<{ queries: Captured[]; scans: string[] }> {
  captured = [];
  await run();
  const queries = captured;
  return { queries, scans: fullScans(queries) };
}

const hotQueries: [string, () => Promise<unknown>][] = [
  ['meeting list by date', () => listMeetings(client, { parties: [], tags: [] }, { sort: 'date', limit: 50 })],
  ['meeting list by date, page after', () => listMeetings(client, { parties: [], tags: [] }, { sort: 'date', limit: 50, after: { sort: 'date', date: new Date('2024-01-15T00:00:00Z'), id: 3 } })],
  ['meeting list by divergence', () => listMeetings(client, { parties: [], tags: [] }, { sort: 'divergence', limit: 50 })],
  ['meeting list by divergence, page after', () => listMeetings(client, { parties: [], tags: [] }, { sort: 'divergence', limit: 50, after: { sort: 'divergence', divergence: 0.5, id: 3 } })],
  ['meeting list by party and dates', () => listMeetings(client, { parties: ['CHN'], tags: [], from: new Date('2023-01-01'), to: new Date('2024-12-31') }, { sort: 'date', limit: 50 })],
  ['meeting list by text', () => listMeetings(client, { parties: [], tags: [], text: 'semiconductors' }, { sort: 'date', limit: 50 })],
  ['meeting point read', () => findMeeting(client, meetingId)],
  ['meeting by ref, for imports', () => findMeetingByRef(client, 'no-such-ref')],
  ['party ids of a write', () => findPartyIds(client, ['CHN', 'KOR'])],
  ['statement point read', () => findStatement(client, statementId)],
  ["meeting's statements", () => listMeetingStatements(client, meetingId)],
  ['statement list after a cursor', () => listStatements(client, { parties: ['CHN'] }, { afterId: 1, limit: 50 })],
  ['statement revisions', () => listRevisions(client, statementId)],
  ['analyses and claims of a meeting', () => findAnalyses(client, [statementId, statementId + 1])],
  ['human claims of a statement', () => findHumanClaimAnchors(client, statementId)],
  ['search, English words', () => searchStatementIds(client, 'semiconductors cooperation')],
  ['search, CJK substring', () => searchStatementIds(client, '半导体')],
  ['search, short CJK word', () => searchStatementIds(client, '产业')],
  ['search highlights', () => findSearchMatches(client, 'semiconductors', [statementId])],
  ['search filter', () => filterStatementIds(client, [statementId], { parties: ['CHN'], language: 'en' })],
  ['comparison stamp', () => findComparisonStamp(client, meetingId)],
  ['comparison party names', () => listPartiesByCode(client, ['CHN', 'KOR'])],
  ['stale meetings', () => findStaleMeetings(client, 50)],
  ['party timeline', () => findPartyClaims(client, 'CHN', { from: new Date('2023-01-01') })],
  ['key lookup by hash', () => findApiKeyByHash(client, 'a'.repeat(64))],
];

describe('hot queries', () => {
  it.each(hotQueries)('when running "%s", scans no large table in full', async (_name, run) => {
    const { queries, scans } = await plansOf(run);

    expect(queries.length).toBeGreaterThan(0);
    expect(scans).toEqual([]);
  });

  it('when a query does scan a large table, the check catches it', async () => {
    const { scans } = await plansOf(() => client.statement.findMany({ where: { issuer: 'nobody' } }));

    expect(scans).toEqual([expect.stringMatching(/^SCAN main\.Statement/u)]);
  });
});
