import type { Span } from './span.ts';

/** One literal found by a SubstringIndex: the term as written, what it stands for, and where. */
export interface SubstringMatch<T> {
  readonly term: string;
  readonly value: T;
  readonly span: Span;
}

/** Literal strings compiled once, found in one left-to-right pass; see compileSubstringIndex. */
export interface SubstringIndex<T> {
  /**
   * Leftmost-longest, non-overlapping matches inside `within` (offsets into `text`), in
   * order. Entries whose value is `null` are stop phrases: they win their place ("未来"
   * over "未") but are not reported.
   */
  findAll(text: string, within: Span): SubstringMatch<T>[];
}

/**
 * Indexes literal terms by their first code unit, so a scan costs about one map look-up
 * per character plus a `startsWith` per candidate: linear in the text, whatever the
 * number of terms. Case-sensitive. Blank terms are ignored; where two entries share a
 * term the first one wins.
 */
export function compileSubstringIndex<T>(entries: readonly (readonly [term: string, value: T | null])[]): SubstringIndex<T> {
  const byFirst = new Map<number, { term: string; value: T | null }[]>();
  const seen = new Set<string>();
  for (const [term, value] of entries) {
    if (term.length === 0 || term.trim() === '' || seen.has(term)) continue;
    seen.add(term);
    const code = term.charCodeAt(0);
    const list = byFirst.get(code) ?? [];
    list.push({ term, value });
    byFirst.set(code, list);
  }
  // Longest first, so the first hit at a position is the longest; stable for equal lengths.
  for (const list of byFirst.values()) list.sort((a, b) => b.term.length - a.term.length);

  return {
    findAll(text, within) {
      const end = Math.min(within.end, text.length);
      const found: SubstringMatch<T>[] = [];
      let i = Math.max(0, within.start);
      while (i < end) {
        const candidates = byFirst.get(text.charCodeAt(i));
        const hit = candidates?.find(({ term }) => i + term.length <= end && text.startsWith(term, i));
        if (!hit) {
          i += 1;
          continue;
        }
        if (hit.value !== null) found.push({ term: hit.term, value: hit.value, span: { start: i, end: i + hit.term.length } });
        i += hit.term.length;
      }
      return found;
    },
  };
}
