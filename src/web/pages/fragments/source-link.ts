import { html, type SafeHtml } from '../../html.ts';

/** " · source" linking where a readout was published; only http(s) addresses become links. */
export function sourceLink(url: string | null): SafeHtml {
  return url && /^https?:\/\//iu.test(url) ? html` · <a href="${url}" rel="noopener noreferrer">source</a>` : html``;
}
