/** A piece of a highlighted text: `match` marks what the search query found. */
export interface HighlightSegment {
  readonly text: string;
  readonly match: boolean;
}

/** Where and how a statement matched a full-text search. */
export interface SearchMatch {
  readonly statementId: number;
  /** The whole title, split so the matched words stand apart; [] for an untitled statement. */
  readonly title: readonly HighlightSegment[];
  /** A short excerpt of the text around the best match ("…" where text was cut). */
  readonly snippet: readonly HighlightSegment[];
}

/**
 * Splits text marked with `open`/`close` into segments, merging neighbours of the same
 * kind and dropping empty ones; an unclosed mark runs to the end. Marks are single
 * characters the caller chose so they cannot be confused with markup.
 */
export function splitMarked(marked: string, open: string, close: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let match = false;
  let current = '';
  const flush = () => {
    if (current.length === 0) return;
    const last = segments.at(-1);
    if (last && last.match === match) segments[segments.length - 1] = { text: last.text + current, match };
    else segments.push({ text: current, match });
    current = '';
  };
  for (const char of marked) {
    if (char === open || char === close) {
      flush();
      match = char === open;
    } else {
      current += char;
    }
  }
  flush();
  return segments;
}
