import { splitMarked, type HighlightSegment, type SearchMatch } from '../domain/search.ts';
import { isCjkCode } from '../domain/text/scripts.ts';
import type { Reader } from './create-db.ts';

/**
 * Two FTS5 tables index every live statement (both kept in step by triggers):
 * "StatementSearch" (porter + unicode61: stemmed English words) and
 * "StatementSearchTrigram" (trigram: any substring of three or more characters, which
 * is how Chinese, Japanese and Korean are found, since they do not separate words
 * with spaces). Each word of a query goes to the table that can find it; CJK words of
 * one or two characters are looked up with instr() over the trigram table's text.
 */
interface SearchPlan {
  /** FTS5 query for "StatementSearch", or null when the query has no such word. */
  readonly words: string | null;
  /** FTS5 query for "StatementSearchTrigram", or null. */
  readonly substrings: string | null;
  /** CJK words shorter than a trigram. */
  readonly shortSubstrings: readonly string[];
}

const maxWords = 32;
// Private-use code points: FTS5 wraps matches in them and splitMarked turns them into
// segments, so no markup is ever built from stored text in SQL.
const open = '\uE000';
const close = '\uE001';

const quote = (word: string) => `"${word.replaceAll('"', '""')}"`;

function hasCjk(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) if (isCjkCode(word.charCodeAt(i))) return true;
  return false;
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/u)
    .map((word) => word.replace(/[\u0000-\u001f\uE000\uE001]/gu, ''))
    .filter((word) => word.length > 0)
    .slice(0, maxWords);
}

/**
 * Turns free text into an FTS5 query that cannot be a syntax error: every word
 * becomes a quoted phrase (quotes inside doubled), and all must match. Returns
 * null when nothing searchable is left.
 */
export function toFtsQuery(text: string): string | null {
  const words = wordsOf(text);
  return words.length === 0 ? null : words.map(quote).join(' ');
}

/** Which table answers which word of `text`; null when nothing searchable is left. */
function planSearch(text: string): SearchPlan | null {
  const latin: string[] = [];
  const long: string[] = [];
  const short: string[] = [];
  for (const word of wordsOf(text)) {
    if (!hasCjk(word)) {
      latin.push(word);
      continue;
    }
    // "半导体。" should find "半导体" mid-sentence: punctuation at the edges is not part of the word.
    const core = word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
    if (core.length === 0) continue;
    if ([...core].length >= 3) long.push(core);
    else short.push(core);
  }
  if (latin.length + long.length + short.length === 0) return null;
  return {
    words: latin.length > 0 ? latin.map(quote).join(' ') : null,
    substrings: long.length > 0 ? long.map(quote).join(' ') : null,
    shortSubstrings: short,
  };
}

async function rankedIds(db: Reader, plan: SearchPlan, limit: number): Promise<number[]> {
  const lists: number[][] = [];
  if (plan.words !== null) {
    lists.push((await db.$queryRaw<{ id: bigint | number }[]>`
      SELECT rowid AS id FROM "StatementSearch" WHERE "StatementSearch" MATCH ${plan.words} ORDER BY rank LIMIT ${limit}`)
      .map((row) => Number(row.id)));
  }
  if (plan.substrings !== null) {
    lists.push((await db.$queryRaw<{ id: bigint | number }[]>`
      SELECT rowid AS id FROM "StatementSearchTrigram" WHERE "StatementSearchTrigram" MATCH ${plan.substrings} ORDER BY rank LIMIT ${limit}`)
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
  const plan = planSearch(text);
  return plan === null ? [] : rankedIds(db, plan, limit);
}

/** The title split around every occurrence of `word`, and an excerpt around its first one in `text`. */
function markSubstring(title: string, text: string, word: string, contextChars: number): { title: string; snippet: string } {
  const mark = (value: string) => value.split(word).join(`${open}${word}${close}`);
  const at = text.indexOf(word);
  if (at < 0) return { title: mark(title), snippet: text.slice(0, contextChars * 2) + (text.length > contextChars * 2 ? '…' : '') };
  const start = Math.max(0, at - contextChars);
  const end = Math.min(text.length, at + word.length + contextChars);
  const excerpt = `${start > 0 ? '…' : ''}${text.slice(start, at)}${open}${word}${close}${text.slice(at + word.length, end)}${end < text.length ? '…' : ''}`;
  return { title: mark(title), snippet: excerpt };
}

/**
 * Highlighted titles and excerpts of the given statements for the query `text`, made
 * by FTS5's highlight() and snippet() (a plain substring search for CJK words shorter
 * than a trigram). Statements that do not match are left out.
 */
export async function findSearchMatches(db: Reader, text: string, statementIds: readonly number[]): Promise<Map<number, SearchMatch>> {
  const plan = planSearch(text);
  const matches = new Map<number, SearchMatch>();
  if (plan === null || statementIds.length === 0) return matches;
  const ids = JSON.stringify(statementIds);
  let rows: { id: bigint | number; title: string; snippet: string }[];
  if (plan.words !== null) {
    rows = await db.$queryRaw`
      SELECT rowid AS id, highlight("StatementSearch", 0, ${open}, ${close}) AS title,
             snippet("StatementSearch", 1, ${open}, ${close}, '…', 24) AS snippet
      FROM "StatementSearch" WHERE "StatementSearch" MATCH ${plan.words} AND rowid IN (SELECT value FROM json_each(${ids}))`;
  } else if (plan.substrings !== null) {
    // Trigram tokens are characters: 48 of them is about a sentence of Chinese.
    rows = await db.$queryRaw`
      SELECT rowid AS id, highlight("StatementSearchTrigram", 0, ${open}, ${close}) AS title,
             snippet("StatementSearchTrigram", 1, ${open}, ${close}, '…', 48) AS snippet
      FROM "StatementSearchTrigram" WHERE "StatementSearchTrigram" MATCH ${plan.substrings} AND rowid IN (SELECT value FROM json_each(${ids}))`;
  } else {
    const word = plan.shortSubstrings[0] ?? '';
    const stored = await db.$queryRaw<{ id: bigint | number; title: string; text: string }[]>`
      SELECT rowid AS id, "title", "text" FROM "StatementSearchTrigram" WHERE rowid IN (SELECT value FROM json_each(${ids}))`;
    rows = stored.map((row) => ({ id: row.id, ...markSubstring(row.title, row.text, word, 40) }));
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
