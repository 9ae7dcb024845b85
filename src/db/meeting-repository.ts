import type { Meeting, MeetingFilter, MeetingKind, MeetingSort, NewMeeting, MeetingChanges } from '../domain/meeting.ts';
import { meetingKinds } from '../domain/meeting.ts';
import type { Prisma } from './generated/client.ts';
import type { Reader, Tx } from './create-db.ts';
import { dialectOf } from './dialect.ts';
import { toStringArray } from './json-array.ts';
import { readSqliteTime, sqliteConnectionOf, sqliteJson, sqliteTime } from './sqlite-connection.ts';
import { searchStatementIds } from './statement-search.ts';

/** Position of a meeting in a list order: by date, or by divergence (both descending, then id descending). */
export type MeetingPosition =
  | { readonly sort: 'date'; readonly date: Date; readonly id: number }
  | { readonly sort: 'divergence'; readonly divergence: number | null; readonly id: number };

const meetingSelect = {
  id: true, ref: true, title: true, date: true, endDate: true, location: true, forum: true, kind: true,
  tags: true, version: true, createdAt: true, updatedAt: true, divergence: true,
  participants: {
    select: { person: true, role: true, party: { select: { code: true } } },
    orderBy: { position: 'asc' },
  },
  statements: { select: { party: { select: { code: true } } }, where: { deletedAt: null } },
} as const satisfies Prisma.MeetingSelect;

type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;

function toMeeting(row: MeetingRow): Meeting {
  const kind = meetingKinds.find((candidate): candidate is MeetingKind => candidate === row.kind) ?? 'other';
  return {
    id: row.id, ref: row.ref, title: row.title, date: row.date, endDate: row.endDate,
    location: row.location, forum: row.forum, kind,
    participants: row.participants.map((p) => ({ party: p.party.code, person: p.person, role: p.role })),
    tags: toStringArray(row.tags),
    partiesWithStatements: [...new Set(row.statements.map((s) => s.party.code))].sort(),
    statementCount: row.statements.length,
    divergence: row.divergence,
    version: row.version, createdAt: row.createdAt, updatedAt: row.updatedAt,
  };
}

async function whereForFilter(db: Reader, filter: MeetingFilter): Promise<Prisma.MeetingWhereInput> {
  const dialect = dialectOf(db);
  const and: Prisma.MeetingWhereInput[] = [{ deletedAt: null }];
  for (const code of filter.parties) {
    and.push({ OR: [
      { participants: { some: { party: { code } } } },
      { statements: { some: { party: { code }, deletedAt: null } } },
    ] });
  }
  if (filter.from) and.push({ date: { gte: filter.from } });
  if (filter.to) and.push({ date: { lte: filter.to } });
  if (filter.forum) and.push({ forum: dialect.containsText(filter.forum) });
  for (const tag of filter.tags) and.push({ id: { in: await dialect.meetingIdsWithTag(db, tag) } });
  if (filter.text) {
    const statementIds = await searchStatementIds(db, filter.text);
    and.push({ OR: [
      { title: dialect.containsText(filter.text) },
      { location: dialect.containsText(filter.text) },
      { forum: dialect.containsText(filter.text) },
      { statements: { some: { id: { in: statementIds }, deletedAt: null } } },
    ] });
  }
  return { AND: and };
}

function afterPosition(after: MeetingPosition): Prisma.MeetingWhereInput {
  // `date <= d` first, as a range on the (deletedAt, date, id) index: SQLite then walks the
  // index from the cursor in order and stops after a page. The plain OR form
  // (date < d OR (date = d AND id < i)) made it collect and sort everything after the
  // cursor: page 1,000 of 100,000 meetings cost 3x page 1.
  if (after.sort === 'date') return { date: { lte: after.date }, OR: [{ date: { lt: after.date } }, { id: { lt: after.id } }] };
  // Descending with NULLs last: after a null only smaller ids among the nulls follow.
  if (after.divergence === null) return { divergence: null, id: { lt: after.id } };
  return { OR: [
    { divergence: { lt: after.divergence } }, { divergence: after.divergence, id: { lt: after.id } }, { divergence: null },
  ] };
}

/** Live meetings matching `filter` in the `sort` order, after `after`. */
export async function listMeetings(
  db: Reader, filter: MeetingFilter, options: { sort: MeetingSort; after?: MeetingPosition | undefined; limit: number },
): Promise<Meeting[]> {
  const where = await whereForFilter(db, filter);
  const after = options.after;
  const rows = await db.meeting.findMany({
    select: meetingSelect,
    where: after ? { AND: [where, afterPosition(after)] } : where,
    orderBy: options.sort === 'date'
      ? [{ date: 'desc' }, { id: 'desc' }]
      : [{ divergence: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    take: options.limit,
  });
  return rows.map(toMeeting);
}

/** A live meeting, or null when it does not exist or was deleted. */
export async function findMeeting(db: Reader, id: number): Promise<Meeting | null> {
  const sqlite = sqliteConnectionOf(db);
  if (sqlite) {
    // Read by every comparison and write: three prepared statements instead of one compiled Prisma query.
    const row = sqlite.get<{
      id: number; ref: string | null; title: string; date: string; endDate: string | null; location: string | null;
      forum: string | null; kind: string; tags: string; version: number; createdAt: string; updatedAt: string; divergence: number | null;
    }>(`SELECT "id", "ref", "title", "date", "endDate", "location", "forum", "kind", "tags", "version", "createdAt", "updatedAt", "divergence"
        FROM "Meeting" WHERE "id" = ? AND "deletedAt" IS NULL`, id);
    if (!row) return null;
    const participants = sqlite.all<{ person: string; role: string | null; code: string }>(
      `SELECT mp."person" AS "person", mp."role" AS "role", p."code" AS "code" FROM "MeetingParticipant" mp
       JOIN "Party" p ON p."id" = mp."partyId" WHERE mp."meetingId" = ? ORDER BY mp."position"`, id,
    );
    const statements = sqlite.all<{ code: string }>(
      `SELECT p."code" AS "code" FROM "Statement" s JOIN "Party" p ON p."id" = s."partyId" WHERE s."meetingId" = ? AND s."deletedAt" IS NULL`, id,
    );
    return toMeeting({
      ...row, date: readSqliteTime(row.date), endDate: row.endDate === null ? null : readSqliteTime(row.endDate),
      tags: JSON.parse(row.tags) as unknown as MeetingRow['tags'], createdAt: readSqliteTime(row.createdAt), updatedAt: readSqliteTime(row.updatedAt),
      participants: participants.map((p) => ({ person: p.person, role: p.role, party: { code: p.code } })),
      statements: statements.map((statement) => ({ party: { code: statement.code } })),
    });
  }
  const row = await db.meeting.findFirst({ select: meetingSelect, where: { id, deletedAt: null } });
  return row ? toMeeting(row) : null;
}

/** Whether a live meeting has this id: what a write checks before adding to it. */
export async function isLiveMeeting(db: Reader, id: number): Promise<boolean> {
  const sqlite = sqliteConnectionOf(db);
  if (sqlite) return sqlite.get('SELECT 1 FROM "Meeting" WHERE "id" = ? AND "deletedAt" IS NULL', id) !== undefined;
  return (await db.meeting.count({ where: { id, deletedAt: null } })) > 0;
}

export async function findMeetingByRef(db: Reader, ref: string): Promise<Meeting | null> {
  // Imports look up every meeting by ref, and most are new: an indexed probe answers those.
  const sqlite = sqliteConnectionOf(db);
  if (sqlite && !sqlite.get('SELECT 1 FROM "Meeting" WHERE "ref" = ? AND "deletedAt" IS NULL', ref)) return null;
  const row = await db.meeting.findFirst({ select: meetingSelect, where: { ref, deletedAt: null } });
  return row ? toMeeting(row) : null;
}

function participantRows(meeting: Pick<NewMeeting, 'participants'>, partyIds: ReadonlyMap<string, number>) {
  return meeting.participants.map((participant, position) => ({
    partyId: partyIds.get(participant.party) ?? 0,
    person: participant.person,
    role: participant.role ?? null,
    position,
  }));
}

/** Inserts a meeting; `partyIds` must hold every participant's party. */
export async function insertMeeting(tx: Tx, meeting: NewMeeting, partyIds: ReadonlyMap<string, number>): Promise<Meeting> {
  const sqlite = sqliteConnectionOf(tx);
  if (sqlite) {
    const now = new Date();
    const time = (date: Date | null | undefined) => (date ? sqliteTime(date) : null);
    const { lastInsertRowid: id } = sqlite.run(
      `INSERT INTO "Meeting" ("ref", "title", "date", "endDate", "location", "forum", "kind", "tags", "version", "createdAt", "updatedAt", "comparisonStale", "changeCount")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 1, 0)`,
      meeting.ref ?? null, meeting.title, sqliteTime(meeting.date), time(meeting.endDate), meeting.location ?? null,
      meeting.forum ?? null, meeting.kind, sqliteJson(meeting.tags), sqliteTime(now), sqliteTime(now),
    );
    for (const row of participantRows(meeting, partyIds)) {
      sqlite.run(
        'INSERT INTO "MeetingParticipant" ("meetingId", "partyId", "person", "role", "position") VALUES (?, ?, ?, ?, ?)',
        id, row.partyId, row.person, row.role, row.position,
      );
    }
    return {
      id, ref: meeting.ref ?? null, title: meeting.title, date: meeting.date, endDate: meeting.endDate ?? null,
      location: meeting.location ?? null, forum: meeting.forum ?? null, kind: meeting.kind,
      participants: meeting.participants.map((p) => ({ party: p.party, person: p.person, role: p.role ?? null })),
      tags: [...meeting.tags], partiesWithStatements: [], statementCount: 0, divergence: null,
      version: 1, createdAt: now, updatedAt: now,
    };
  }
  const row = await tx.meeting.create({
    select: meetingSelect,
    data: {
      ref: meeting.ref ?? null, title: meeting.title, date: meeting.date, endDate: meeting.endDate ?? null,
      location: meeting.location ?? null, forum: meeting.forum ?? null, kind: meeting.kind, tags: [...meeting.tags],
      participants: { create: participantRows(meeting, partyIds) },
    },
  });
  return toMeeting(row);
}

export async function updateMeeting(
  tx: Tx, id: number, changes: MeetingChanges, partyIds: ReadonlyMap<string, number>,
): Promise<Meeting> {
  const row = await tx.meeting.update({
    select: meetingSelect,
    where: { id },
    data: {
      ...(changes.ref !== undefined && { ref: changes.ref }),
      ...(changes.title !== undefined && { title: changes.title }),
      ...(changes.date !== undefined && { date: changes.date }),
      ...(changes.endDate !== undefined && { endDate: changes.endDate }),
      ...(changes.location !== undefined && { location: changes.location }),
      ...(changes.forum !== undefined && { forum: changes.forum }),
      ...(changes.kind !== undefined && { kind: changes.kind }),
      ...(changes.tags !== undefined && { tags: [...changes.tags] }),
      ...(changes.participants !== undefined && {
        participants: { deleteMany: {}, create: participantRows({ participants: changes.participants }, partyIds) },
      }),
      version: { increment: 1 },
    },
  });
  return toMeeting(row);
}

/**
 * Soft delete: the row and its statements' history stay; lists and reads no longer
 * show it. Its `ref` is released so that a later import may use it again.
 */
export async function markMeetingDeleted(tx: Tx, id: number, at: Date): Promise<void> {
  await tx.meeting.update({ where: { id }, data: { deletedAt: at, ref: null, version: { increment: 1 } } });
}
