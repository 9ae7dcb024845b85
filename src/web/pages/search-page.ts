import type { Party } from '../../domain/party.ts';
import type { StatementHit } from '../../services/search-service.ts';
import { renderSegments } from '../highlight.ts';
import { html, langAttr, type SafeHtml } from '../html.ts';
import { layout, type PageContext } from '../layout.ts';

export interface SearchPageData {
  readonly query: { readonly q?: string | undefined; readonly party: readonly string[]; readonly language?: string | undefined };
  readonly parties: readonly Party[];
  /** null before a query was entered. */
  readonly hits: readonly StatementHit[] | null;
  readonly nextCursor: string | null;
}

function nextHref(query: SearchPageData['query'], cursor: string): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const code of query.party) params.append('party', code);
  if (query.language) params.set('language', query.language);
  params.set('cursor', cursor);
  return `/search?${params.toString()}`;
}

/** The search box over every readout and its hits, each with highlighted words in context. */
export function searchPage(context: PageContext, data: SearchPageData): SafeHtml {
  const { query, hits } = data;
  return layout(context, {
    title: query.q ? `Search: ${query.q}` : 'Search',
    query: query.q,
    body: html`<h1>Search readouts</h1>
<form class="filters" method="get" action="/search" role="search">
  <label>Words <input type="search" name="q" value="${query.q ?? ''}" maxlength="200" required></label>
  <label>Party
    <select name="party"><option value="">any</option>
      ${data.parties.map((party) => html`<option value="${party.code}"${query.party.includes(party.code) ? html` selected` : ''}>${party.name} (${party.code})</option>`)}
    </select>
  </label>
  <label>Language <input type="text" name="language" value="${query.language ?? ''}" size="6" placeholder="en, zh, ko"></label>
  <button type="submit">Search</button>
</form>
<p class="muted">English words match their other forms (“semiconductors” finds “semiconductor”); Chinese, Japanese and Korean words are found anywhere in a sentence. Every word must occur.</p>
${hits === null ? '' : hits.length === 0 ? html`<p class="empty">No readout contains ${query.q ? html`“${query.q}”` : 'these words'}.</p>` : html`<ol class="hits">
  ${hits.map((hit) => html`<li class="hit">
    <h2><a href="/statements/${hit.statement.id}"${langAttr(hit.statement.language)}>${hit.match.title.length > 0 ? renderSegments(hit.match.title) : `${hit.statement.party} readout ${hit.statement.id}`}</a></h2>
    <p class="muted">${hit.statement.party} · ${hit.statement.issuer} · <a href="/meetings/${hit.meeting.id}">${hit.meeting.title}</a> (${hit.meeting.date.toISOString().slice(0, 10)})</p>
    <p class="snippet"${langAttr(hit.statement.language)}>${renderSegments(hit.match.snippet)}</p>
  </li>`)}
</ol>`}
${data.nextCursor ? html`<nav class="pager" aria-label="Pages"><a rel="next" href="${nextHref(query, data.nextCursor)}">More results</a></nav>` : ''}`,
  });
}
