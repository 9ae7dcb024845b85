import type { Meeting } from '../../domain/meeting.ts';
import type { Party } from '../../domain/party.ts';
import type { TimelineMonth } from '../../domain/timeline/topic-timeline.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout, type PageContext } from '../layout.ts';
import { divergenceCell } from './fragments/divergence.ts';

export interface PartyPageData {
  readonly party: Party;
  readonly timeline: readonly TimelineMonth[];
  readonly meetings: readonly Meeting[];
  readonly range: { readonly from?: string | undefined; readonly to?: string | undefined };
}

/** Most months a grid shows; a longer span keeps its latest months. */
const maxMonths = 120;

/** Every month from the first to the last of the timeline, so gaps (no readout) show as gaps. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months.slice(-maxMonths);
}

/** Heat level 1..4 of `mentions` against the busiest cell; 0 for none. */
function heat(mentions: number, most: number): number {
  return mentions === 0 || most === 0 ? 0 : Math.max(1, Math.ceil((mentions / most) * 4));
}

function grid(timeline: readonly TimelineMonth[]): SafeHtml {
  const first = timeline[0];
  const last = timeline.at(-1);
  if (!first || !last) return html`<p class="empty">No readout of this party in this period.</p>`;
  const months = monthsBetween(first.month, last.month);
  const byMonth = new Map(timeline.map((entry) => [entry.month, entry]));
  const totals = new Map<string, number>();
  for (const entry of timeline) for (const topic of entry.topics) totals.set(topic.topic, (totals.get(topic.topic) ?? 0) + topic.mentions);
  const topics = [...totals].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([topic]) => topic);
  const most = Math.max(0, ...timeline.flatMap((entry) => entry.topics.map((topic) => topic.mentions)));
  return html`<div class="grid-scroll"><table class="heatmap">
  <caption>Mentions per topic and month (darker: more); a dash marks a month without any readout of the party</caption>
  <thead><tr><th scope="col">Topic</th>${months.map((month) => html`<th scope="col" class="month">${month}</th>`)}</tr></thead>
  <tbody>
  ${topics.map((topic) => html`<tr><th scope="row">${topic}</th>${months.map((month) => {
    const entry = byMonth.get(month);
    if (!entry) return html`<td class="heat-none">–</td>`;
    const cell = entry.topics.find((candidate) => candidate.topic === topic);
    if (!cell) return html`<td class="heat-0"><span class="visually-hidden">0</span></td>`;
    const acts = Object.entries(cell.acts).map(([act, count]) => `${act} ${String(count)}`).join(', ');
    return html`<td class="heat-${heat(cell.mentions, most)}" title="${month} · ${topic}: ${cell.mentions} mentions in ${cell.meetings} meetings${acts ? ` (${acts})` : ''}${cell.negated > 0 ? `, ${cell.negated} negated` : ''}">${cell.mentions}</td>`;
  })}</tr>`)}
  </tbody>
  <tfoot><tr><th scope="row">Meetings with a readout</th>${months.map((month) => html`<td class="num">${byMonth.get(month)?.meetings ?? 0}</td>`)}</tr></tfoot>
</table></div>`;
}

/** A party: its names, its topics month by month, and its latest meetings. */
export function partyPage(context: PageContext, data: PartyPageData): SafeHtml {
  const { party, range } = data;
  return layout(context, {
    title: party.name,
    body: html`<h1>${party.name} <span class="muted">(${party.code})</span></h1>
${party.aliases.length > 0 ? html`<p>Also called: ${party.aliases.join(', ')}</p>` : ''}
<section aria-labelledby="timeline-title">
  <h2 id="timeline-title">Topics over time</h2>
  <form class="filters" method="get" action="/parties/${party.code}" aria-label="Period">
    <label>From <input type="date" name="from" value="${range.from ?? ''}"></label>
    <label>To <input type="date" name="to" value="${range.to ?? ''}"></label>
    <button type="submit">Show</button>
  </form>
  ${grid(data.timeline)}
</section>
<section aria-labelledby="party-meetings-title">
  <h2 id="party-meetings-title">Latest meetings</h2>
  ${data.meetings.length === 0 ? html`<p class="empty">No meeting yet.</p>` : html`<ul class="meeting-list">${data.meetings.map((meeting) => html`<li><time datetime="${meeting.date.toISOString().slice(0, 10)}">${meeting.date.toISOString().slice(0, 10)}</time> <a href="/meetings/${meeting.id}">${meeting.title}</a> ${divergenceCell(meeting.divergence)}</li>`)}</ul>`}
  <p><a href="/meetings?party=${party.code}">All meetings of ${party.name}</a></p>
</section>`,
  });
}
