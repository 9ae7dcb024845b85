import type { Meeting, MeetingSort } from '../../domain/meeting.ts';
import type { Party } from '../../domain/party.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout, type PageContext } from '../layout.ts';
import { divergenceCell } from './fragments/divergence.ts';

export interface MeetingsPageData {
  readonly meetings: readonly Meeting[];
  readonly nextCursor: string | null;
  readonly parties: readonly Party[];
  readonly filter: {
    readonly party: readonly string[];
    readonly from?: string | undefined;
    readonly to?: string | undefined;
    readonly q?: string | undefined;
    readonly sort: MeetingSort;
    readonly limit: number;
  };
}

function nextPageHref(filter: MeetingsPageData['filter'], cursor: string): string {
  const params = new URLSearchParams();
  for (const code of filter.party) params.append('party', code);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.q) params.set('q', filter.q);
  params.set('sort', filter.sort);
  params.set('limit', String(filter.limit));
  params.set('cursor', cursor);
  return `/meetings?${params.toString()}`;
}

/** The meetings list with its filters, newest or most divergent first, a page at a time. */
export function meetingsPage(context: PageContext, data: MeetingsPageData): SafeHtml {
  const { filter } = data;
  const filtered = filter.party.length > 0 || filter.from || filter.to || filter.q;
  return layout(context, {
    title: 'Meetings',
    body: html`<h1>Meetings</h1>
<form class="filters" method="get" action="/meetings" aria-label="Filter meetings">
  <label>Party
    <select name="party">
      <option value="">any</option>
      ${data.parties.map((party) => html`<option value="${party.code}"${filter.party.includes(party.code) ? html` selected` : ''}>${party.name} (${party.code})</option>`)}
    </select>
  </label>
  <label>From <input type="date" name="from" value="${filter.from ?? ''}"></label>
  <label>To <input type="date" name="to" value="${filter.to ?? ''}"></label>
  <label>Text <input type="search" name="q" value="${filter.q ?? ''}" maxlength="200"></label>
  <label>Sort by
    <select name="sort">
      <option value="date"${filter.sort === 'date' ? html` selected` : ''}>date, newest first</option>
      <option value="divergence"${filter.sort === 'divergence' ? html` selected` : ''}>divergence, highest first</option>
    </select>
  </label>
  <button type="submit">Show</button>
  ${filtered ? html`<a href="/meetings">Clear filters</a>` : ''}
</form>
${data.meetings.length === 0
    ? html`<p class="empty">No meeting matches these filters.</p>`
    : html`<table class="meetings">
  <caption>${filter.sort === 'date' ? 'Newest first' : 'Most divergent readouts first; meetings not yet compared last'}</caption>
  <thead><tr><th scope="col">Date</th><th scope="col">Meeting</th><th scope="col">Readouts from</th><th scope="col">Divergence</th></tr></thead>
  <tbody>
  ${data.meetings.map((meeting) => html`<tr>
    <td><time datetime="${meeting.date.toISOString().slice(0, 10)}">${meeting.date.toISOString().slice(0, 10)}</time></td>
    <td><a href="/meetings/${meeting.id}">${meeting.title}</a>${meeting.forum ? html`<br><span class="muted">${meeting.forum}${meeting.location ? html` · ${meeting.location}` : ''}</span>` : ''}</td>
    <td>${meeting.partiesWithStatements.length === 0 ? html`<span class="muted">none yet</span>` : meeting.partiesWithStatements.map((code, index) => html`${index > 0 ? ', ' : ''}<a href="/parties/${code}">${code}</a>`)}</td>
    <td>${divergenceCell(meeting.divergence)}</td>
  </tr>`)}
  </tbody>
</table>`}
${data.nextCursor ? html`<nav class="pager" aria-label="Pages"><a rel="next" href="${nextPageHref(filter, data.nextCursor)}">Next page</a></nav>` : ''}`,
  });
}
