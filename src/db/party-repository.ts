import type { Party, PartyKind, NewParty, PartyChanges } from '../domain/party.ts';
import { partyKinds } from '../domain/party.ts';
import type { Reader, Tx } from './create-db.ts';
import { toStringArray } from './json-array.ts';
import { readSqliteTime, sqliteConnectionOf } from './sqlite-connection.ts';

const partySelect = {
  id: true, code: true, name: true, aliases: true, kind: true, version: true, createdAt: true, updatedAt: true,
} as const;

interface PartyRow {
  id: number; code: string; name: string; aliases: unknown; kind: string | null;
  version: number; createdAt: Date; updatedAt: Date;
}

function toParty(row: PartyRow): Party {
  const kind = partyKinds.find((candidate): candidate is PartyKind => candidate === row.kind) ?? null;
  return {
    code: row.code, name: row.name, aliases: toStringArray(row.aliases), kind,
    version: row.version, createdAt: row.createdAt, updatedAt: row.updatedAt,
  };
}

/** Parties by code, ascending, after `afterCode`. */
export async function listParties(db: Reader, options: { afterCode?: string | undefined; limit: number }): Promise<Party[]> {
  const rows = await db.party.findMany({
    select: partySelect,
    where: options.afterCode === undefined ? {} : { code: { gt: options.afterCode } },
    orderBy: { code: 'asc' },
    take: options.limit,
  });
  return rows.map(toParty);
}

export async function findParty(db: Reader, code: string): Promise<Party | null> {
  const row = await db.party.findUnique({ select: partySelect, where: { code } });
  return row ? toParty(row) : null;
}

/** Internal ids of the given codes; codes that do not exist are absent from the map. */
export async function findPartyIds(db: Reader, codes: readonly string[]): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const sqlite = sqliteConnectionOf(db);
  if (sqlite) {
    // Every write resolves its parties: a prepared statement per code beats one compiled Prisma query.
    return new Map([...new Set(codes)].flatMap((code) => {
      const row = sqlite.get<{ id: number }>('SELECT "id" FROM "Party" WHERE "code" = ?', code);
      return row ? [[code, row.id] as const] : [];
    }));
  }
  const rows = await db.party.findMany({ select: { id: true, code: true }, where: { code: { in: [...new Set(codes)] } } });
  return new Map(rows.map((row) => [row.code, row.id]));
}

export async function insertParty(tx: Tx, party: NewParty): Promise<Party> {
  const row = await tx.party.create({
    select: partySelect,
    data: { code: party.code, name: party.name, aliases: [...party.aliases], kind: party.kind ?? null },
  });
  return toParty(row);
}

export async function updateParty(tx: Tx, code: string, changes: PartyChanges): Promise<Party> {
  const row = await tx.party.update({
    select: partySelect,
    where: { code },
    data: {
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.aliases !== undefined && { aliases: [...changes.aliases] }),
      ...(changes.kind !== undefined && { kind: changes.kind }),
      version: { increment: 1 },
    },
  });
  return toParty(row);
}

/** How many statements (deleted ones included: history keeps them) and participations name the party. */
export async function countPartyReferences(db: Reader, code: string): Promise<number> {
  const [statements, participants] = await Promise.all([
    db.statement.count({ where: { party: { code } } }),
    db.meetingParticipant.count({ where: { party: { code } } }),
  ]);
  return statements + participants;
}

export async function deleteParty(tx: Tx, code: string): Promise<void> {
  await tx.party.delete({ where: { code } });
}

/** The parties with these codes (unknown codes are skipped). */
export async function listPartiesByCode(db: Reader, codes: readonly string[]): Promise<Party[]> {
  if (codes.length === 0) return [];
  const sqlite = sqliteConnectionOf(db);
  if (sqlite) {
    // Read for every analysis (its context): prepared statements instead of a compiled Prisma query.
    type StoredPartyRow = Omit<PartyRow, 'createdAt' | 'updatedAt' | 'aliases'> & { aliases: string; createdAt: string; updatedAt: string };
    const rows = [...new Set(codes)].flatMap((code) => sqlite.get<StoredPartyRow>(
      'SELECT "id", "code", "name", "aliases", "kind", "version", "createdAt", "updatedAt" FROM "Party" WHERE "code" = ?', code,
    ) ?? []);
    // In id order, as the Prisma read returns them.
    return rows.sort((a, b) => a.id - b.id).map((row) => toParty({
      ...row, aliases: JSON.parse(row.aliases) as unknown, createdAt: readSqliteTime(row.createdAt), updatedAt: readSqliteTime(row.updatedAt),
    }));
  }
  const rows = await db.party.findMany({ select: partySelect, where: { code: { in: [...new Set(codes)] } } });
  return rows.map(toParty);
}
