import type { HighlightSegment } from '../domain/search.ts';
import type { Span } from '../domain/text/span.ts';
import { html, type SafeHtml } from './html.ts';

/** A span to mark in a text: a CSS class for its kind and a tooltip saying why. */
export interface Marked {
  readonly span: Span;
  readonly className: string;
  readonly label: string;
}

/** Search segments as text with the matched parts in <mark>. */
export function renderSegments(segments: readonly HighlightSegment[]): SafeHtml {
  return html`${segments.map((segment) => (segment.match ? html`<mark>${segment.text}</mark>` : segment.text))}`;
}

/**
 * `text[from, to)` with every span inside it wrapped in <mark>. Spans are offsets
 * into the whole text (UTF-16 code units, as the analysis reports them); spans that
 * overlap an earlier one, or reach outside the range, are not marked.
 */
export function markSpans(text: string, marks: readonly Marked[], from = 0, to = text.length): SafeHtml {
  const inside = marks
    .filter((mark) => mark.span.start >= from && mark.span.end <= to && mark.span.start < mark.span.end)
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const parts: (SafeHtml | string)[] = [];
  let at = from;
  for (const mark of inside) {
    if (mark.span.start < at) continue;
    parts.push(text.slice(at, mark.span.start));
    parts.push(html`<mark class="${mark.className}" title="${mark.label}">${text.slice(mark.span.start, mark.span.end)}</mark>`);
    at = mark.span.end;
  }
  parts.push(text.slice(at, to));
  return html`${parts}`;
}
