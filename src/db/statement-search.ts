import type { Reader } from './create-db.ts';

/**
 * Turns free text into an FTS5 query that cannot be a syntax error: every word
 * becomes a quoted phrase (quotes inside doubled), and all must match. Returns
 * null when nothing searchable is left.
 */
export function toFtsQuery(text: string): string | null {
  const words = text.split(/\s+/u).map((word) => word.replace(/[\u0000-\u001f]/gu, '')).filter((word) => word.length > 0);
  if (words.length === 0) return null;
  return words.slice(0, 32).map((word) => `"${word.replaceAll('"', '""')}"`).join(' ');
}

/** Ids of live statements whose title or text matches `text` (FTS5, stemmed), best first. */
export async function searchStatementIds(db: Reader, text: string, limit = 10_000): Promise<number[]> {
  const query = toFtsQuery(text);
  if (query === null) return [];
  const rows = await db.$queryRaw<{ id: bigint | number }[]>`
    SELECT rowid AS id FROM "StatementSearch" WHERE "StatementSearch" MATCH ${query} ORDER BY rank LIMIT ${limit}`;
  return rows.map((row) => Number(row.id));
}
