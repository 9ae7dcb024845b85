import { splitMarked, type HighlightSegment, type SearchMatch } from '../domain/search.ts';
import type { Reader } from './create-db.ts';
import { dialectOf } from './dialect.ts';
import { findSearchMatchesPostgres, searchStatementIdsPostgres } from './postgres-statement-search.ts';
import { highlightClose as close, highlightOpen as open, markSubstrings, planSearch, wordsOf, type SearchPlan } from './search-plan.ts';

/**
 * SQLite's search: two FTS5 tables index every live statement (both kept in step by
 * triggers): "StatementSearch" (porter + unicode61: stemmed English words) and
 * "StatementSearchTrigram" (trigram: any substring of three or more characters). Each
 * word of a query goes to the table that can find it (search-plan.ts); CJK words of
 * one or two characters are looked up with instr() over the trigram table's text.
 * PostgreSQL has its own (postgres-statement-search.ts), with the same results.
 */

const quote = (word: string) => `"${word.replaceAll('"', '""')}"`;
const toMatch = (words: readonly string[]): string | null => (words.length > 0 ? words.map(quote).join(' ') : null);

/**
 * Turns free text into an FTS5 query that cannot be a syntax error: every word
 * becomes a quoted phrase (quotes inside doubled), and all must match. Returns
 * null when nothing searchable is left.
 */
export function toFtsQuery(text: string): string | null {
  const words = wordsOf(text);
  return words.length === 0 ? null : words.map(quote).join(' ');
}

async function rankedIds(db: Reader, plan: SearchPlan, limit: number): Promise<number[]> {
  const lists: number[][] = [];
  const words = toMatch(plan.words);
  const substrings = toMatch(plan.substrings);
  if (words !== null) {
    lists.push((await db.$queryRaw<{ id: bigint | number }[]>`
      SELECT rowid AS id FROM "StatementSearch" WHERE "StatementSearch" MATCH ${words} ORDER BY rank LIMIT ${limit}`)
      .map((row) => Number(row.id)));
  }
  if (substrings !== null) {
    lists.push((await db.$queryRaw<{ id: bigint | number }[]>`
      SELECT rowid AS id FROM "StatementSearchTrigram" WHERE "StatementSearchTrigram" MATCH ${substrings} ORDER BY rank LIMIT ${limit}`)
      .map((row) => Number(row.id)));
  }
  for (const word of plan.shortSubstrings) {
    // Shorter than a trigram, so the index cannot help: a scan, in id order.
    lists.push((await db.$queryRaw<{ id: bigint | number }[]>`
      SELECT rowid AS id FROM "StatementSearchTrigram" WHERE instr("text", ${word}) > 0 OR instr("title", ${word}) > 0
      ORDER BY rowid LIMIT ${limit}`).map((row) => Number(row.id)));
  }
  const [first, ...others] = lists;
  if (!first) return [];
  const sets = others.map((list) => new Set(list));
  return first.filter((id) => sets.every((set) => set.has(id)));
}

/**
 * Ids of live statements whose title or text matches `text`, best first: English
 * words stemmed ("semiconductors" finds "semiconductor"), CJK words as substrings
 * ("半导体" inside "半导体产业链"); every word must occur.
 */
export async function searchStatementIds(db: Reader, text: string, limit = 10_000): Promise<number[]> {
  if (dialectOf(db).provider === 'postgresql') return searchStatementIdsPostgres(db, text, limit);
  const plan = planSearch(text);
  return plan === null ? [] : rankedIds(db, plan, limit);
}

/**
 * Highlighted titles and excerpts of the given statements for the query `text`, made
 * by FTS5's highlight() and snippet() (a plain substring search for CJK words shorter
 * than a trigram). Statements that do not match are left out.
 */
export async function findSearchMatches(db: Reader, text: string, statementIds: readonly number[]): Promise<Map<number, SearchMatch>> {
  if (dialectOf(db).provider === 'postgresql') return findSearchMatchesPostgres(db, text, statementIds);
  const plan = planSearch(text);
  const matches = new Map<number, SearchMatch>();
  if (plan === null || statementIds.length === 0) return matches;
  const ids = JSON.stringify(statementIds);
  const words = toMatch(plan.words);
  const substrings = toMatch(plan.substrings);
  let rows: { id: bigint | number; title: string; snippet: string }[];
  if (words !== null) {
    rows = await db.$queryRaw`
      SELECT rowid AS id, highlight("StatementSearch", 0, ${open}, ${close}) AS title,
             snippet("StatementSearch", 1, ${open}, ${close}, '…', 24) AS snippet
      FROM "StatementSearch" WHERE "StatementSearch" MATCH ${words} AND rowid IN (SELECT value FROM json_each(${ids}))`;
  } else if (substrings !== null) {
    // Trigram tokens are characters: 48 of them is about a sentence of Chinese.
    rows = await db.$queryRaw`
      SELECT rowid AS id, highlight("StatementSearchTrigram", 0, ${open}, ${close}) AS title,
             snippet("StatementSearchTrigram", 1, ${open}, ${close}, '…', 48) AS snippet
      FROM "StatementSearchTrigram" WHERE "StatementSearchTrigram" MATCH ${substrings} AND rowid IN (SELECT value FROM json_each(${ids}))`;
  } else {
    const word = plan.shortSubstrings[0] ?? '';
    const stored = await db.$queryRaw<{ id: bigint | number; title: string; text: string }[]>`
      SELECT rowid AS id, "title", "text" FROM "StatementSearchTrigram" WHERE rowid IN (SELECT value FROM json_each(${ids}))`;
    rows = stored.map((row) => ({ id: row.id, ...markSubstrings(row.title, row.text, [word], 40) }));
  }
  for (const row of rows) {
    const segments = (marked: string): HighlightSegment[] => splitMarked(marked, open, close);
    matches.set(Number(row.id), { statementId: Number(row.id), title: segments(row.title), snippet: segments(row.snippet) });
  }
  return matches;
}

/** Those of `ids` that are live statements of a live meeting, of one of `parties` (any when empty) and in `language`. */
export async function filterStatementIds(
  db: Reader, ids: readonly number[], filter: { parties: readonly string[]; language?: string | undefined },
): Promise<Set<number>> {
  const rows = await db.statement.findMany({
    select: { id: true },
    where: {
      id: { in: [...ids] }, deletedAt: null, meeting: { deletedAt: null },
      ...(filter.parties.length > 0 && { party: { code: { in: [...filter.parties] } } }),
      ...(filter.language !== undefined && { language: filter.language }),
    },
  });
  return new Set(rows.map((row) => row.id));
}
