import { isCjkCode } from '../domain/text/scripts.ts';

/**
 * How a free-text query splits between the two indexes each database keeps of every
 * live statement: a word index (stemmed English words; FTS5 porter on SQLite, a
 * tsvector on PostgreSQL) and a substring index (any run of three or more characters;
 * FTS5 trigram on SQLite, pg_trgm on PostgreSQL), which is how Chinese, Japanese and
 * Korean are found, since they do not separate words with spaces. CJK words of one or
 * two characters are shorter than a trigram and looked up by a plain substring scan.
 */
export interface SearchPlan {
  /** Words without CJK characters, for the word index. */
  readonly words: readonly string[];
  /** CJK words of three or more characters, punctuation at the edges removed. */
  readonly substrings: readonly string[];
  /** CJK words shorter than a trigram. */
  readonly shortSubstrings: readonly string[];
}

const maxWords = 32;

/**
 * Private-use code points: the databases wrap matches in them and splitMarked turns
 * them into segments, so no markup is ever built from stored text in SQL. They are
 * removed from queries, so a query cannot forge a mark.
 */
export const highlightOpen = '\uE000';
export const highlightClose = '\uE001';

function hasCjk(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) if (isCjkCode(word.charCodeAt(i))) return true;
  return false;
}

/** The words of a query: split on white space, control characters and marks removed, at most 32. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/u)
    .map((word) => word.replace(/[\u0000-\u001f\uE000\uE001]/gu, ''))
    .filter((word) => word.length > 0)
    .slice(0, maxWords);
}

/** Which index answers which word of `text`; null when nothing searchable is left. */
export function planSearch(text: string): SearchPlan | null {
  const words: string[] = [];
  const substrings: string[] = [];
  const shortSubstrings: string[] = [];
  for (const word of wordsOf(text)) {
    if (!hasCjk(word)) {
      words.push(word);
      continue;
    }
    // "半导体。" should find "半导体" mid-sentence: punctuation at the edges is not part of the word.
    const core = word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
    if (core.length === 0) continue;
    if ([...core].length >= 3) substrings.push(core);
    else shortSubstrings.push(core);
  }
  if (words.length + substrings.length + shortSubstrings.length === 0) return null;
  return { words, substrings, shortSubstrings };
}

const escapeRegExp = (word: string) => word.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');

/**
 * A matcher for any of `words` (literal, longest first, ignoring case as ILIKE and
 * the FTS5 trigram tokenizer do); null when there are none. The pattern is an
 * alternation of escaped literals, so its cost stays linear in the text.
 */
export function substringMatcher(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  return new RegExp([...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'giu');
}

/**
 * The title with every occurrence of any of `words` marked, and an excerpt of about
 * `contextChars` either side of the first occurrence in `text` (the text's start when
 * there is none), with "…" where it was cut.
 */
export function markSubstrings(title: string, text: string, words: readonly string[], contextChars: number): { title: string; snippet: string } {
  const matcher = substringMatcher(words);
  const mark = (value: string) => (matcher === null ? value : value.replace(matcher, (found) => `${highlightOpen}${found}${highlightClose}`));
  const first = matcher === null ? null : new RegExp(matcher.source, 'iu').exec(text);
  if (first === null) return { title: mark(title), snippet: text.slice(0, contextChars * 2) + (text.length > contextChars * 2 ? '…' : '') };
  const start = Math.max(0, first.index - contextChars);
  const end = Math.min(text.length, first.index + first[0].length + contextChars);
  return { title: mark(title), snippet: `${start > 0 ? '…' : ''}${mark(text.slice(start, end))}${end < text.length ? '…' : ''}` };
}
