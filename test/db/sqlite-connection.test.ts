import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { findAnalyses, saveAnalysis } from '../../src/db/analysis-repository.ts';
import { PrismaClient } from '../../src/db/generated/client.ts';
import { findMeeting, insertMeeting, isLiveMeeting } from '../../src/db/meeting-repository.ts';
import { findPartyIds, listPartiesByCode } from '../../src/db/party-repository.ts';
import { readSqliteTime, sqliteConnectionOf } from '../../src/db/sqlite-connection.ts';
import { findStatement, findStatementStamp, insertStatement, listMeetingStatements } from '../../src/db/statement-repository.ts';
import { reconcileClaims } from '../../src/domain/analysis/stored-analysis.ts';
import type { Statement } from '../../src/domain/statement.ts';
import { toContentRow } from '../../src/services/statement-service.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { factories } from '../helpers/factories.ts';

/**
 * The hot paths write and read through prepared statements on SQLite and through Prisma
 * elsewhere. Both must store the same rows: here each operation runs once on the service's
 * connections (prepared statements) and once on a plain Prisma client on the same file (no
 * connection attached, so every function takes its Prisma path), and the results are
 * read back through Prisma and compared.
 */
let t: TestApp;
let prismaOnly: PrismaClient;
let partyId: number;
let partyCode: string;
let meetingId: number;

beforeAll(async () => {
  t = await createTestApp();
  const f = factories(t.services);
  const party = await f.makeParty({ aliases: ['Alias One'] });
  partyCode = party.code;
  meetingId = (await f.makeMeeting({ participants: [{ party: party.code, person: 'Minister A', role: 'host' }] })).id;
  prismaOnly = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: t.databaseUrl, timeout: 5000 }) });
  partyId = (await findPartyIds(prismaOnly, [party.code])).get(party.code) ?? 0;
});
afterAll(async () => {
  await prismaOnly.$disconnect();
  await t.close();
});

/** A copy without the given fields (ids and times differ between two inserts). */
function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy: Partial<T> = { ...value };
  for (const key of keys) delete copy[key];
  return copy as Omit<T, K>;
}

const withoutIdentity = (statement: Statement) => omit(statement, 'id', 'createdAt', 'updatedAt');

const content = (text: string) => toContentRow(meetingId, partyId, {
  party: partyCode, issuer: 'Ministry of Commerce', title: 'Readout', sourceUrl: `https://example.org/${encodeURIComponent(text)}`,
  publishedAt: new Date('2023-05-25T08:30:00.123Z'), language: 'en', text,
});

describe('the service connections', () => {
  it('have a SQLite connection attached to the reader and to every write', async () => {
    expect(sqliteConnectionOf(t.db.reader)).toBeDefined();
    expect(await t.db.write(async (tx) => sqliteConnectionOf(tx) !== undefined)).toBe(true);
    expect(sqliteConnectionOf(prismaOnly)).toBeUndefined();
  });
});

describe('insertStatement', () => {
  it('when run as prepared statements, stores what the Prisma path stores and answers what Prisma reads back', async () => {
    const viaSqlite = await t.db.write((tx) => insertStatement(tx, content('Both sides agreed to talk.'), null));
    const viaPrisma = await prismaOnly.$transaction((tx) => insertStatement(tx, content('Both sides agreed to talk.'), null));

    const [readSqlite, readPrisma] = [await findStatement(prismaOnly, viaSqlite.id), await findStatement(prismaOnly, viaPrisma.id)];
    expect(readSqlite).toEqual(viaSqlite);
    expect(readPrisma).toEqual(viaPrisma);
    expect(withoutIdentity(viaSqlite)).toEqual(withoutIdentity(viaPrisma));
    expect(viaSqlite.publishedAt?.toISOString()).toBe('2023-05-25T08:30:00.123Z');
    const revisions = await prismaOnly.statementRevision.findMany({ where: { statementId: { in: [viaSqlite.id, viaPrisma.id] } }, orderBy: { statementId: 'asc' } });
    expect(revisions.map((revision) => omit(revision, 'id', 'statementId', 'recordedAt'))).toEqual([
      expect.objectContaining({ revision: 1, action: 'created', text: 'Both sides agreed to talk.' }),
      expect.objectContaining({ revision: 1, action: 'created', text: 'Both sides agreed to talk.' }),
    ]);
    expect(revisions[0]).toMatchObject({ ...revisions[1], id: revisions[0]?.id, statementId: viaSqlite.id, recordedAt: revisions[0]?.recordedAt });
  });

  it('when the write fails afterwards, leaves no row behind: the statements run inside the transaction', async () => {
    let insertedId = 0;
    await expect(t.db.write(async (tx) => {
      insertedId = (await insertStatement(tx, content('A readout that is rolled back.'), null)).id;
      throw new Error('abort');
    })).rejects.toThrow('abort');

    expect(insertedId).toBeGreaterThan(0);
    expect(await prismaOnly.statement.count({ where: { id: insertedId } })).toBe(0);
    expect(await prismaOnly.statementRevision.count({ where: { statementId: insertedId } })).toBe(0);
  });
});

describe('saveAnalysis', () => {
  it('stores the same analysis and claims as the Prisma path', async () => {
    const text = 'China and Korea agreed to strengthen cooperation on semiconductors. Korea asked China to stabilise supply of raw materials.';
    const [a, b] = [
      await t.services.statements.add(meetingId, { party: partyCode, issuer: 'MOFCOM', language: 'en', text }),
      await t.services.statements.add(meetingId, { party: partyCode, issuer: 'MOFCOM', language: 'en', text }),
    ];
    const prepared = await t.services.analysis.prepare({ text, language: 'en', party: partyCode, meeting: { participants: [], partyCodes: [partyCode] } });
    const reconciliation = reconcileClaims(prepared.analysis, prepared.sentenceKeys, []);
    expect(reconciliation.insert.length).toBeGreaterThan(0);

    await t.db.write((tx) => saveAnalysis(tx, a.id, 1, prepared.analysis, prepared.sentenceKeys, reconciliation, []));
    await prismaOnly.$transaction((tx) => saveAnalysis(tx, b.id, 1, prepared.analysis, prepared.sentenceKeys, reconciliation, []));

    const stored = await findAnalyses(prismaOnly, [a.id, b.id]);
    const comparable = (id: number) => {
      const analysis = stored.get(id);
      if (!analysis) throw new Error(`no analysis for ${id}`);
      expect(analysis.analysedAt).toBeInstanceOf(Date);
      return { ...omit(analysis, 'analysedAt', 'statementId', 'claims'), claims: analysis.claims.map((claim) => omit(claim, 'id', 'statementId')) };
    };
    expect(comparable(a.id)).toEqual(comparable(b.id));
    expect(comparable(a.id).claims).toHaveLength(reconciliation.insert.length);
  });
});

describe('insertMeeting and the meeting reads', () => {
  it('stores the same meeting and participants as the Prisma path', async () => {
    const meeting = {
      ref: undefined, title: 'Trade ministers meet', date: new Date('2023-05-25T00:00:00Z'), endDate: new Date('2023-05-26T00:00:00Z'),
      location: 'Detroit', forum: 'APEC', kind: 'bilateral-meeting' as const, tags: ['chips', 'supply'],
      participants: [{ party: partyCode, person: 'Minister A', role: 'host' }, { party: partyCode, person: 'Deputy B' }],
    };
    const ids = new Map([[partyCode, partyId]]);
    const viaSqlite = await t.db.write((tx) => insertMeeting(tx, meeting, ids));
    const viaPrisma = await prismaOnly.$transaction((tx) => insertMeeting(tx, meeting, ids));

    const strip = (stored: NonNullable<Awaited<ReturnType<typeof findMeeting>>>) => omit(stored, 'id', 'createdAt', 'updatedAt');
    expect(await findMeeting(prismaOnly, viaSqlite.id)).toEqual(viaSqlite);
    expect(strip(viaSqlite)).toEqual(strip(viaPrisma));
    expect(await findMeeting(t.db.reader, viaSqlite.id)).toEqual(viaSqlite);
    expect(viaSqlite.partiesWithStatements).toEqual([]);
  });

  it('answer the meeting and its liveness as the Prisma path does', async () => {
    const fromPrisma = await findMeeting(prismaOnly, meetingId);
    const fromSqlite = await findMeeting(t.db.reader, meetingId);

    expect(fromSqlite).toEqual(fromPrisma);
    expect(fromSqlite?.partiesWithStatements).toEqual([partyCode]);
    expect(await isLiveMeeting(t.db.reader, meetingId)).toBe(true);
    expect(await isLiveMeeting(prismaOnly, meetingId)).toBe(true);
    expect(await isLiveMeeting(t.db.reader, 987_654)).toBe(false);
    expect(await findMeeting(t.db.reader, 987_654)).toBeNull();
  });
});

describe('the statement, meeting and analysis reads', () => {
  it('answer what the Prisma path answers', async () => {
    const statements = await listMeetingStatements(t.db.reader, meetingId);
    const ids = statements.map((statement) => statement.id);

    expect(statements.length).toBeGreaterThan(2);
    expect(statements).toEqual(await listMeetingStatements(prismaOnly, meetingId));
    expect(await findStatement(t.db.reader, ids[0] ?? 0)).toEqual(await findStatement(prismaOnly, ids[0] ?? 0));
    expect(await findMeeting(t.db.reader, meetingId)).toEqual(await findMeeting(prismaOnly, meetingId));
    expect(await findAnalyses(t.db.reader, ids)).toEqual(await findAnalyses(prismaOnly, ids));
    expect(await findAnalyses(t.db.reader, ids, { includeInactive: true })).toEqual(await findAnalyses(prismaOnly, ids, { includeInactive: true }));
  });
});

describe('the party reads', () => {
  it('answer what the Prisma path answers', async () => {
    const codes = [partyCode, 'NOPE', partyCode];

    expect(await findPartyIds(t.db.reader, codes)).toEqual(await findPartyIds(prismaOnly, codes));
    expect(await listPartiesByCode(t.db.reader, codes)).toEqual(await listPartiesByCode(prismaOnly, codes));
  });
});

describe('findStatementStamp', () => {
  it('gives the same stamp on both paths and a new one after an edit', async () => {
    const statement = await t.services.statements.add(meetingId, { party: partyCode, issuer: 'MOFCOM', language: 'en', text: 'They met.' });
    const before = await findStatementStamp(t.db.reader, statement.id);

    expect(before).toBe(await findStatementStamp(prismaOnly, statement.id));
    await t.services.statements.update(statement.id, { text: 'They met again.' });
    expect(await findStatementStamp(t.db.reader, statement.id)).not.toBe(before);
  });
});

describe('readSqliteTime', () => {
  it.each([
    ['2023-05-25T08:30:00.123+00:00', '2023-05-25T08:30:00.123Z'],
    ['2023-05-25 08:30:00', '2023-05-25T08:30:00.000Z'],
    [1_684_999_800_123, '2023-05-25T07:30:00.123Z'],
  ])('reads %p as %s', (stored, expected) => {
    expect(readSqliteTime(stored).toISOString()).toBe(expected);
  });
});
