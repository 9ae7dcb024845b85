import { splitMarked, type SearchMatch } from '../domain/search.ts';
import type { Reader } from './create-db.ts';
import { highlightClose, highlightOpen, markSubstrings, planSearch, substringMatcher, type SearchPlan } from './search-plan.ts';

/**
 * PostgreSQL's search, with the results of SQLite's (statement-search.ts): English words
 * through the `StatementSearch` tsvector table (GIN index, `parallax_search`
 * configuration: English stems, accents folded, no stop words, kept in step by a
 * trigger); CJK words of three or more characters by ILIKE on the Statement title and
 * text (pg_trgm GIN indexes); shorter ones by strpos(), a scan, as instr() on SQLite.
 */

/**
 * Free text as a query for PostgreSQL's `websearch_to_tsquery`, which never fails on
 * syntax: every word a quoted phrase, all must match, as the FTS5 query on SQLite
 * (statement-search.ts). Quotes cannot be escaped there, so they become spaces (they are
 * word characters to neither parser). Null when nothing searchable is left.
 */
export function toWebSearchQuery(text: string): string | null {
  const words = text.split(/\s+/u)
    .map((word) => word.replace(/[\u0000-\u001f"]/gu, ' ').trim())
    .filter((word) => word.length > 0)
    .slice(0, 32);
  return words.length === 0 ? null : words.map((word) => `"${word}"`).join(' ');
}

/** An ILIKE pattern for `word` anywhere in the text; `\` is LIKE's default escape. */
const containing = (word: string) => `%${word.replace(/[\\%_]/gu, '\\$&')}%`;

async function rankedIds(db: Reader, plan: SearchPlan, limit: number): Promise<number[]> {
  const lists: number[][] = [];
  const query = toWebSearchQuery(plan.words.join(' '));
  if (query !== null) {
    lists.push((await db.$queryRaw<{ id: number }[]>`
      SELECT s."statementId" AS id FROM "StatementSearch" s, websearch_to_tsquery('parallax_search', ${query}) q
      WHERE s."document" @@ q ORDER BY ts_rank(s."document", q) DESC, s."statementId" LIMIT ${limit}`)
      .map((row) => Number(row.id)));
  }
  // The "deletedAt" condition is the trigram indexes' own, so the planner can use them.
  for (const word of plan.substrings) {
    lists.push((await db.$queryRaw<{ id: number }[]>`
      SELECT "id" AS id FROM "Statement"
      WHERE "deletedAt" IS NULL AND ("title" ILIKE ${containing(word)} OR "text" ILIKE ${containing(word)})
      ORDER BY "id" LIMIT ${limit}`).map((row) => Number(row.id)));
  }
  for (const word of plan.shortSubstrings) {
    lists.push((await db.$queryRaw<{ id: number }[]>`
      SELECT "id" AS id FROM "Statement"
      WHERE "deletedAt" IS NULL AND (strpos("text", ${word}) > 0 OR strpos(COALESCE("title", ''), ${word}) > 0)
      ORDER BY "id" LIMIT ${limit}`).map((row) => Number(row.id)));
  }
  const [first, ...others] = lists;
  if (!first) return [];
  const sets = others.map((list) => new Set(list));
  return first.filter((id) => sets.every((set) => set.has(id)));
}

/** Ids of live statements whose title or text matches `text`, best first (see searchStatementIds). */
export async function searchStatementIdsPostgres(db: Reader, text: string, limit: number): Promise<number[]> {
  const plan = planSearch(text);
  return plan === null ? [] : rankedIds(db, plan, limit);
}

// ts_headline's options: the title whole, the text as one fragment of about 24 words
// (FTS5's snippet() on SQLite takes 24 tokens).
const titleOptions = `StartSel="${highlightOpen}", StopSel="${highlightClose}", HighlightAll=true`;
const snippetOptions = `StartSel="${highlightOpen}", StopSel="${highlightClose}", MaxWords=24, MinWords=8, MaxFragments=1`;

/** ts_headline marks no cut; "…" where the excerpt starts after, or ends before, the text, as FTS5's snippet() does. */
function withEllipses(excerpt: string, text: string): string {
  const plain = excerpt.replaceAll(highlightOpen, '').replaceAll(highlightClose, '');
  return `${text.startsWith(plain) ? '' : '…'}${excerpt}${text.endsWith(plain) ? '' : '…'}`;
}

/**
 * Highlighted titles and excerpts of the given statements for the query `text` (see
 * findSearchMatches): ts_headline() for English words, marked here for CJK words.
 */
export async function findSearchMatchesPostgres(db: Reader, text: string, statementIds: readonly number[]): Promise<Map<number, SearchMatch>> {
  const plan = planSearch(text);
  const matches = new Map<number, SearchMatch>();
  if (plan === null || statementIds.length === 0) return matches;
  const ids = [...statementIds];
  const query = toWebSearchQuery(plan.words.join(' '));
  let rows: { id: number; title: string; snippet: string }[];
  if (query !== null) {
    const marked = await db.$queryRaw<{ id: number; title: string; snippet: string; text: string }[]>`
      SELECT st."id" AS id, ts_headline('parallax_search', COALESCE(st."title", ''), q, ${titleOptions}) AS title,
             ts_headline('parallax_search', st."text", q, ${snippetOptions}) AS snippet, st."text" AS text
      FROM "Statement" st JOIN "StatementSearch" s ON s."statementId" = st."id", websearch_to_tsquery('parallax_search', ${query}) q
      WHERE st."id" = ANY(${ids}::int[]) AND s."document" @@ q`;
    rows = marked.map((row) => ({ id: row.id, title: row.title, snippet: withEllipses(row.snippet, row.text) }));
  } else {
    const words = [...plan.substrings, ...plan.shortSubstrings];
    const stored = await db.$queryRaw<{ id: number; title: string; text: string }[]>`
      SELECT "id" AS id, COALESCE("title", '') AS title, "text" AS text FROM "Statement"
      WHERE "id" = ANY(${ids}::int[]) AND "deletedAt" IS NULL`;
    const found = (word: string, row: { title: string; text: string }) => substringMatcher([word])?.test(`${row.title}\n${row.text}`) === true;
    rows = stored
      .filter((row) => words.every((word) => found(word, row)))
      .map((row) => ({ id: row.id, ...markSubstrings(row.title, row.text, words, 40) }));
  }
  for (const row of rows) {
    matches.set(Number(row.id), {
      statementId: Number(row.id),
      title: splitMarked(row.title, highlightOpen, highlightClose),
      snippet: splitMarked(row.snippet, highlightOpen, highlightClose),
    });
  }
  return matches;
}
