import { describeStatus } from './report-model.ts';
import type { DivergenceReport } from './divergence-report.ts';
import { escapeHtml, escapeMarkdown } from './escape.ts';
import { reportStyles } from './render-html.ts';
import { renderTimelineSvg } from './render-timeline-svg.ts';

function periodText(report: DivergenceReport): string {
  const { from, to } = report.period;
  return from && to ? `${from} to ${to}` : from ? `from ${from}` : to ? `until ${to}` : 'all dates';
}

function pageNote(report: DivergenceReport): string {
  const shown = `${report.meetings.length} meeting${report.meetings.length === 1 ? '' : 's'}, newest first (at most ${report.page.limit} per page; the cap is ${report.page.maxLimit})`;
  return report.page.nextCursor ? `${shown}. Older meetings follow: repeat the request with cursor=${report.page.nextCursor}.` : `${shown}.`;
}

const title = (report: DivergenceReport) => `Divergence of ${report.parties.map((p) => p.name).join(', ')}, ${periodText(report)}`;

/** The divergence report as a self-contained HTML page with the timeline chart inline. Every value is escaped. */
export function renderDivergenceHtml(report: DivergenceReport): string {
  const h = escapeHtml;
  const name = new Map(report.parties.map((p) => [p.code, p.name]));
  const out: string[] = [];
  out.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title(report))}</title>`, `<style>${reportStyles} .chart { overflow-x: auto; }</style>`, '</head>', '<body>');
  out.push(`<h1>${h(title(report))}</h1>`, `<p class="note">${h(pageNote(report))}</p>`);
  out.push('<h2>Meetings</h2>');
  if (report.meetings.length === 0) out.push('<p>No meeting in the period has readouts of all these parties.</p>');
  else {
    out.push('<table><thead><tr><th>Date</th><th>Meeting</th><th>Pairs</th><th class="num">Meeting divergence</th><th>Top divergences</th></tr></thead><tbody>');
    for (const meeting of report.meetings) {
      const pairs = meeting.pairs.map((pair) => `${h(name.get(pair.parties[0]) ?? pair.parties[0])} / ${h(name.get(pair.parties[1]) ?? pair.parties[1])}: ${pair.score.toFixed(3)}`).join('<br>');
      const topics = meeting.topTopics.map((t) => `<span class="status ${h(t.status)}">${h(t.label)}</span>${t.unconfirmedJointClaim ? ' <span class="ujc-flag">unconfirmed joint claim</span>' : ` (${h(describeStatus(t))})`}`).join('<br>');
      out.push(`<tr><td>${h(meeting.date)}</td><td>${h(meeting.title)}${meeting.forum ? `<br><span class="note">${h(meeting.forum)}</span>` : ''}</td><td>${pairs}</td>`
        + `<td class="num">${meeting.divergence === null ? '' : meeting.divergence.toFixed(3)}</td><td>${topics}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push('<h2>Topic timeline</h2>', `<div class="chart">${renderTimelineSvg(report.timeline)}</div>`);
  out.push('<h2>Method</h2>', '<ul>',
    `<li>Pair scores compare only the named parties' readouts of each meeting; the meeting divergence is the highest over all its parties.</li>`,
    `<li>Taxonomy version${report.method.taxonomyVersions.length === 1 ? '' : 's'} ${h(report.method.taxonomyVersions.join(', '))}, codebook ${h(report.method.codebook)}.</li>`,
    `<li>Generated ${h(report.method.generatedAt)} by Parallax.</li>`, '</ul>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}

/** The divergence report as CommonMark with a GFM table; every value escaped. The chart is left to the SVG format. */
export function renderDivergenceMarkdown(report: DivergenceReport): string {
  const md = escapeMarkdown;
  const name = new Map(report.parties.map((p) => [p.code, p.name]));
  const out: string[] = [`# ${md(title(report))}`, '', md(pageNote(report)), ''];
  if (report.meetings.length === 0) out.push('No meeting in the period has readouts of all these parties.');
  else {
    out.push('| Date | Meeting | Pairs | Meeting divergence | Top divergences |', '| --- | --- | --- | --- | --- |');
    for (const meeting of report.meetings) {
      const pairs = meeting.pairs.map((pair) => `${name.get(pair.parties[0]) ?? pair.parties[0]} / ${name.get(pair.parties[1]) ?? pair.parties[1]}: ${pair.score.toFixed(3)}`).join('; ');
      const topics = meeting.topTopics.map((t) => `${t.label} (${describeStatus(t)})`).join('; ');
      out.push(`| ${md(meeting.date)} | ${md(meeting.title)} | ${md(pairs) || ' '} | ${meeting.divergence === null ? ' ' : meeting.divergence.toFixed(3)} | ${md(topics) || ' '} |`);
    }
  }
  out.push('', `_Taxonomy version ${md(report.method.taxonomyVersions.join(', '))}, codebook ${md(report.method.codebook)}; generated ${md(report.method.generatedAt)} by Parallax._`);
  return `${out.join('\n')}\n`;
}
