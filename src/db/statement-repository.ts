import type {
  RevisionAction, Statement, StatementContent, StatementRevision,
} from '../domain/statement.ts';
import { revisionActions } from '../domain/statement.ts';
import { Prisma } from './generated/client.ts';
import type { Reader, Tx } from './create-db.ts';
import {
  queryRows, readSqliteTime, sqliteConnectionOf, sqliteTime, type SqliteConnection,
} from './sqlite-connection.ts';
import { searchStatementIds } from './statement-search.ts';

const contentSelect = {
  meetingId: true, issuer: true, title: true, sourceUrl: true, publishedAt: true, retrievedAt: true,
  language: true, text: true, originalText: true, originalLanguage: true, contentHash: true,
} as const;

const statementSelect = {
  ...contentSelect, id: true, revision: true, createdAt: true, updatedAt: true,
  party: { select: { code: true } },
} as const satisfies Prisma.StatementSelect;

type StatementRow = Prisma.StatementGetPayload<{ select: typeof statementSelect }>;

function toStatement(row: StatementRow): Statement {
  const { party, ...rest } = row;
  return { ...rest, party: party.code };
}

/** A statement row as a prepared statement reads it: times as stored text. */
interface StoredStatementRow {
  id: number; meetingId: number; party: string; issuer: string; title: string | null; sourceUrl: string | null;
  publishedAt: string | null; retrievedAt: string | null; language: string; text: string; originalText: string | null;
  originalLanguage: string | null; contentHash: string; revision: number; createdAt: string; updatedAt: string;
}

const storedStatementColumns = `s."id" AS "id", s."meetingId" AS "meetingId", p."code" AS "party", s."issuer" AS "issuer",
  s."title" AS "title", s."sourceUrl" AS "sourceUrl", s."publishedAt" AS "publishedAt", s."retrievedAt" AS "retrievedAt",
  s."language" AS "language", s."text" AS "text", s."originalText" AS "originalText", s."originalLanguage" AS "originalLanguage",
  s."contentHash" AS "contentHash", s."revision" AS "revision", s."createdAt" AS "createdAt", s."updatedAt" AS "updatedAt"
  FROM "Statement" s JOIN "Party" p ON p."id" = s."partyId"`;

function fromStoredRow(row: StoredStatementRow): Statement {
  const time = (value: string | null) => (value === null ? null : readSqliteTime(value));
  return {
    ...row, publishedAt: time(row.publishedAt), retrievedAt: time(row.retrievedAt),
    createdAt: readSqliteTime(row.createdAt), updatedAt: readSqliteTime(row.updatedAt),
  };
}

/** Filters of the statements list; every given filter must hold. */
export interface StatementFilter {
  readonly meetingId?: number | undefined;
  readonly parties: readonly string[];
  /** On the meeting date. */
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
  readonly language?: string | undefined;
  readonly text?: string | undefined;
}

/** Live statements matching `filter`, by id ascending, after `afterId`. */
export async function listStatements(
  db: Reader, filter: StatementFilter, options: { afterId?: number | undefined; limit: number },
): Promise<Statement[]> {
  const and: Prisma.StatementWhereInput[] = [{ deletedAt: null, meeting: { deletedAt: null } }];
  if (filter.meetingId !== undefined) and.push({ meetingId: filter.meetingId });
  if (filter.parties.length > 0) and.push({ party: { code: { in: [...filter.parties] } } });
  if (filter.from) and.push({ meeting: { date: { gte: filter.from } } });
  if (filter.to) and.push({ meeting: { date: { lte: filter.to } } });
  if (filter.language) and.push({ language: filter.language });
  if (filter.text) and.push({ id: { in: await searchStatementIds(db, filter.text) } });
  if (options.afterId !== undefined) and.push({ id: { gt: options.afterId } });
  const rows = await db.statement.findMany({
    select: statementSelect, where: { AND: and }, orderBy: { id: 'asc' }, take: options.limit,
  });
  return rows.map(toStatement);
}

/**
 * What a statement's point read depends on, in one indexed read: its revision, the
 * meeting's changeCount (bumped by triggers on every statement and claim change) and its
 * analysis's time and stale flag. Null when the statement does not exist or was deleted.
 */
export async function findStatementStamp(db: Reader, id: number): Promise<string | null> {
  // Read on every point read, cached or not.
  const [row] = await queryRows<{ revision: unknown; changeCount: unknown; analysedAt: unknown; stale: unknown }>(db, Prisma.sql`
    SELECT s."revision" AS "revision", m."changeCount" AS "changeCount", CAST(a."analysedAt" AS TEXT) AS "analysedAt", a."stale" AS "stale"
    FROM "Statement" s JOIN "Meeting" m ON m."id" = s."meetingId" LEFT JOIN "StatementAnalysis" a ON a."statementId" = s."id"
    WHERE s."id" = ${id} AND s."deletedAt" IS NULL`);
  // Prisma reads the flag as a boolean, a prepared statement as 0 or 1: one stamp either way.
  return row ? [row.revision, row.changeCount, row.analysedAt, Number(row.stale ?? -1)].map(String).join(':') : null;
}

/** A live statement, or null when it does not exist or was deleted. */
export async function findStatement(db: Reader, id: number): Promise<Statement | null> {
  const sqlite = sqliteConnectionOf(db);
  if (sqlite) {
    const row = sqlite.get<StoredStatementRow>(`SELECT ${storedStatementColumns} WHERE s."id" = ? AND s."deletedAt" IS NULL`, id);
    return row ? fromStoredRow(row) : null;
  }
  const row = await db.statement.findFirst({ select: statementSelect, where: { id, deletedAt: null } });
  return row ? toStatement(row) : null;
}

/** Whether a statement with this id was ever stored (deleted ones included). */
export async function statementExists(db: Reader, id: number): Promise<boolean> {
  return (await db.statement.count({ where: { id } })) > 0;
}

/** Live statements of a live meeting, by id: what its comparison and report are made of. */
export async function listMeetingStatements(db: Reader, meetingId: number): Promise<Statement[]> {
  const sqlite = sqliteConnectionOf(db);
  if (!sqlite) return listStatements(db, { meetingId, parties: [] }, { limit: 10_000 });
  const rows = sqlite.all<StoredStatementRow>(
    `SELECT ${storedStatementColumns} JOIN "Meeting" m ON m."id" = s."meetingId"
     WHERE s."meetingId" = ? AND s."deletedAt" IS NULL AND m."deletedAt" IS NULL ORDER BY s."id" LIMIT 10000`, meetingId,
  );
  return rows.map(fromStoredRow);
}

/** Live statements of a meeting from one party, for import matching. */
export async function listMeetingStatementsOfParty(db: Reader, meetingId: number, partyId: number): Promise<Statement[]> {
  const rows = await db.statement.findMany({
    select: statementSelect, where: { meetingId, partyId, deletedAt: null }, orderBy: { id: 'asc' },
  });
  return rows.map(toStatement);
}

type ContentRow = Omit<StatementContent, 'party'> & { partyId: number };

function revisionData(statementId: number, revision: number, action: RevisionAction, content: ContentRow, apiKeyId: number | null) {
  return { statementId, revision, action, ...content, apiKeyId };
}

const contentColumns = [
  'meetingId', 'partyId', 'issuer', 'title', 'sourceUrl', 'publishedAt', 'retrievedAt', 'language', 'text',
  'originalText', 'originalLanguage', 'contentHash',
] as const;

const columnList = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');
const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/** `insertStatement` as prepared statements on the SQLite writer (see sqlite-connection.ts). */
function insertStatementRows(sql: SqliteConnection, content: ContentRow, byKeyId: number | null): Statement {
  const now = new Date();
  const values = contentColumns.map((column) => {
    const value = content[column];
    return value instanceof Date ? sqliteTime(value) : value;
  });
  const party = sql.get<{ code: string }>('SELECT "code" FROM "Party" WHERE "id" = ?', content.partyId);
  if (!party) throw new Error(`party ${content.partyId} does not exist`);
  const { lastInsertRowid: id } = sql.run(
    `INSERT INTO "Statement" (${columnList(contentColumns)}, "revision", "createdAt", "updatedAt")
     VALUES (${placeholders(contentColumns.length)}, 1, ?, ?)`,
    ...values, sqliteTime(now), sqliteTime(now),
  );
  sql.run(
    `INSERT INTO "StatementRevision" ("statementId", "revision", "action", ${columnList(contentColumns)}, "recordedAt", "apiKeyId")
     VALUES (?, 1, 'created', ${placeholders(contentColumns.length)}, ?, ?)`,
    id, ...values, sqliteTime(now), byKeyId,
  );
  return {
    meetingId: content.meetingId, party: party.code, issuer: content.issuer, title: content.title, sourceUrl: content.sourceUrl,
    publishedAt: content.publishedAt, retrievedAt: content.retrievedAt, language: content.language, text: content.text,
    originalText: content.originalText, originalLanguage: content.originalLanguage, contentHash: content.contentHash,
    id, revision: 1, createdAt: now, updatedAt: now,
  };
}

/** Inserts a statement and its first revision. */
export async function insertStatement(tx: Tx, content: ContentRow, byKeyId: number | null): Promise<Statement> {
  const sqlite = sqliteConnectionOf(tx);
  if (sqlite) return insertStatementRows(sqlite, content, byKeyId);
  const row = await tx.statement.create({ select: statementSelect, data: content });
  await tx.statementRevision.create({ data: revisionData(row.id, row.revision, 'created', content, byKeyId) });
  return toStatement(row);
}

/** Replaces a statement's content and records the new revision. */
export async function updateStatement(tx: Tx, id: number, content: ContentRow, byKeyId: number | null): Promise<Statement> {
  const row = await tx.statement.update({
    select: statementSelect, where: { id }, data: { ...content, revision: { increment: 1 } },
  });
  await tx.statementRevision.create({ data: revisionData(row.id, row.revision, 'updated', content, byKeyId) });
  return toStatement(row);
}

/** Soft delete: the statement leaves lists and comparisons; a `deleted` revision records when. */
export async function markStatementDeleted(tx: Tx, id: number, at: Date, byKeyId: number | null): Promise<void> {
  const row = await tx.statement.update({
    select: { ...contentSelect, partyId: true, revision: true },
    where: { id }, data: { deletedAt: at, revision: { increment: 1 } },
  });
  const { revision, ...content } = row;
  await tx.statementRevision.create({ data: { ...revisionData(id, revision, 'deleted', content, byKeyId), recordedAt: at } });
}

const revisionSelect = {
  ...contentSelect, statementId: true, revision: true, action: true, recordedAt: true, partyId: true, apiKeyId: true,
} as const;

/** Every revision of a statement, oldest first (deleted statements included). */
export async function listRevisions(db: Reader, statementId: number): Promise<StatementRevision[]> {
  const rows = await db.statementRevision.findMany({
    select: revisionSelect, where: { statementId }, orderBy: { revision: 'asc' },
  });
  const partyCodes = new Map(
    (await db.party.findMany({ select: { id: true, code: true }, where: { id: { in: [...new Set(rows.map((r) => r.partyId))] } } }))
      .map((party) => [party.id, party.code]),
  );
  return rows.map(({ partyId, action, ...rest }) => ({
    ...rest,
    party: partyCodes.get(partyId) ?? '',
    action: revisionActions.find((candidate) => candidate === action) ?? 'updated',
  }));
}
