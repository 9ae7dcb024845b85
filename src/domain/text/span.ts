/** Half-open [start, end) range of UTF-16 code units in the statement text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}
