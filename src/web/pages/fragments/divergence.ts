import { html, type SafeHtml } from '../../html.ts';

/** A divergence score (0..1) as a number and a meter; a dash before any comparison. */
export function divergenceCell(divergence: number | null): SafeHtml {
  if (divergence === null) return html`<span class="muted" title="Fewer than two readouts, or not compared yet">–</span>`;
  return html`<meter min="0" max="1" low="0.34" high="0.67" optimum="0" value="${divergence}">${divergence.toFixed(2)}</meter> ${divergence.toFixed(2)}`;
}
