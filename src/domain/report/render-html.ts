import { encodeUrlForMarkup, escapeHtml, isWebUrl } from './escape.ts';
import { describePosition, statusLabels, type MeetingReport, type ReportSentence, type TextSegment } from './report-model.ts';

const h = escapeHtml;

/** A BCP 47 tag for a `lang` attribute, or nothing for junk. */
function langAttr(language: string | undefined): string {
  return language && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/u.test(language) ? ` lang="${h(language)}"` : '';
}

/**
 * The page's style sheet, inline so the page is one self-contained file. Colours mark
 * the row status of each matched term; print-color-adjust keeps them on paper.
 */
export const reportStyles = `
:root { --divergent: #f8c9c4; --omitted: #fde9a8; --partly-shared: #d7e6f7; --shared: #d3efd6; --single-party: #e5e5e5; --ujc: #b3261e; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK KR", "Noto Sans CJK JP", sans-serif; color: #1b1b1b; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #ccc; } h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0; } dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; } th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
mark { border-radius: 2px; padding: 0 .1em; color: inherit; }
mark.divergent, .status.divergent { background: var(--divergent); } mark.omitted, .status.omitted { background: var(--omitted); }
mark.partly-shared, .status.partly-shared { background: var(--partly-shared); } mark.shared, .status.shared { background: var(--shared); }
mark.single-party, .status.single-party { background: var(--single-party); }
mark.ujc { outline: 2px solid var(--ujc); } .status { border-radius: 3px; padding: 0 .3em; white-space: nowrap; }
.ujc-flag { color: var(--ujc); font-weight: 600; } .silent { color: #777; font-style: italic; } .note { color: #555; font-size: .9em; }
table.side-by-side { table-layout: fixed; } table.side-by-side td.score { width: 4.5rem; } table.side-by-side td.empty { background: #fafafa; }
.evidence { display: grid; gap: .5rem 1rem; } .evidence p { margin: 0; }
.legend span { margin-right: .8rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; } tr, .evidence > div { break-inside: avoid; }
  a { color: inherit; } a[href]::after { content: " (" attr(href) ")"; font-size: .8em; word-break: break-all; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@page { margin: 15mm; }
`;

function renderSegments(segments: readonly TextSegment[], ujcTopics: ReadonlySet<string>, labels: ReadonlyMap<string, string>): string {
  return segments.map((segment) => {
    if (!segment.mark) return h(segment.text);
    const { topic, status } = segment.mark;
    const ujc = ujcTopics.has(topic);
    const title = `${labels.get(topic) ?? topic}: ${ujc ? 'unconfirmed joint claim, ' : ''}${statusLabels[status]}`;
    return `<mark class="${h(status)}${ujc ? ' ujc' : ''}" data-topic="${h(topic)}" title="${h(title)}">${h(segment.text)}</mark>`;
  }).join('');
}

/**
 * The report as one self-contained HTML page: inline CSS, no scripts, no external
 * assets; readouts in parallel columns with aligned sentences on one row, matched terms
 * coloured by their topic's status; a print style sheet for paper. Every value is escaped.
 */
export function renderMeetingHtml(report: MeetingReport): string {
  const { meeting } = report;
  const nameOf = new Map(report.parties.map((p) => [p.code, p.name]));
  const party = (code: string) => h(nameOf.get(code) ?? code);
  const languageOf = new Map(report.sources.map((s) => [s.statementId, s.language]));
  const ujcTopics = new Set(report.topics.filter((t) => t.unconfirmedJointClaim).map((t) => t.topic));
  const labels = new Map(report.topics.map((t) => [t.topic, t.label]));
  const sentence = (s: ReportSentence) => `<span${langAttr(languageOf.get(s.statementId))}>${renderSegments(s.segments, ujcTopics, labels)}</span>`;
  const statusBadge = (topic: MeetingReport['topics'][number]) => `<span class="status ${h(topic.status)}">${h(statusLabels[topic.status])}</span>${topic.unconfirmedJointClaim ? ' <span class="ujc-flag">unconfirmed joint claim</span>' : ''}`;
  const out: string[] = [];
  out.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(`${meeting.title}: comparison of readouts`)}</title>`, `<style>${reportStyles}</style>`, '</head>', '<body>');

  out.push('<header>', `<h1>${h(meeting.title)}</h1>`, '<dl class="facts">');
  out.push(`<dt>Date</dt><dd>${h(meeting.date)}${meeting.endDate ? ` to ${h(meeting.endDate)}` : ''}</dd>`);
  if (meeting.location) out.push(`<dt>Place</dt><dd>${h(meeting.location)}</dd>`);
  if (meeting.forum) out.push(`<dt>Forum</dt><dd>${h(meeting.forum)}</dd>`);
  if (meeting.participants.length > 0) {
    out.push(`<dt>Participants</dt><dd>${meeting.participants.map((p) => `${h(p.person)}${p.role ? ` (${h(p.role)})` : ''}, ${party(p.party)}`).join('; ')}</dd>`);
  }
  out.push('</dl>', '</header>');

  out.push('<section>', '<h2>Summary</h2>');
  out.push(report.summary.length > 0 ? `<ul>${report.summary.map((s) => `<li>${h(s)}</li>`).join('')}</ul>` : '<p>No readouts to compare.</p>');
  out.push('</section>');

  out.push('<section>', '<h2>Divergence</h2>');
  if (report.divergence.pairs.length === 0) out.push('<p>Fewer than two parties have a readout: nothing is scored.</p>');
  else {
    out.push('<table><thead><tr><th>Parties</th><th class="num">Score</th><th>Meaning</th></tr></thead><tbody>');
    for (const pair of report.divergence.pairs) {
      out.push(`<tr><td>${party(pair.parties[0])} / ${party(pair.parties[1])}</td><td class="num">${pair.score.toFixed(3)}</td><td>${h(pair.meaning)}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push(`<p class="note">${h(report.divergence.formula)}</p>`, '</section>');

  out.push('<section>', '<h2>Topics</h2>');
  out.push(`<p class="legend note">${(['divergent', 'omitted', 'partly-shared', 'shared'] as const).map((s) => `<span><mark class="${s}">${h(statusLabels[s])}</mark></span>`).join('')}<span><mark class="omitted ujc">unconfirmed joint claim</mark></span></p>`);
  if (report.topics.length === 0) out.push('<p>No topic of the taxonomy is mentioned.</p>');
  else {
    out.push(`<table><thead><tr><th>Topic</th><th>Status</th>${report.parties.map((p) => `<th>${h(p.name)}</th>`).join('')}<th>Notes</th></tr></thead><tbody>`);
    for (const topic of report.topics) {
      const notes = [
        topic.unconfirmedJointClaim ? `Joint claim by ${topic.jointClaimBy.map(party).join(', ')}, not backed by ${topic.jointClaimUnconfirmedBy.map(party).join(', ')}.` : '',
        topic.restsOnCorrection ? 'Rests on an analyst correction.' : '',
      ].filter(Boolean).join(' ');
      out.push(`<tr><td>${h(topic.label)}</td><td>${statusBadge(topic)}</td>${topic.positions.map((p) => `<td${p.mentioned ? '' : ' class="silent"'}>${h(describePosition(p))}</td>`).join('')}<td>${notes}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');

  out.push('<section>', '<h2>Evidence</h2>');
  const columns = `grid-template-columns: repeat(${Math.max(1, report.parties.length)}, minmax(0, 1fr))`;
  for (const topic of report.topics) {
    out.push(`<h3>${h(topic.label)} ${statusBadge(topic)}</h3>`, `<div class="evidence" style="${columns}">`);
    for (const position of topic.positions) {
      out.push(`<div><strong>${party(position.party)}</strong>`);
      out.push(position.evidence.length === 0 ? '<p class="silent">silent</p>' : position.evidence.map((s) => `<p>${sentence(s)}</p>`).join(''));
      out.push('</div>');
    }
    out.push('</div>');
  }
  out.push('</section>');

  for (const alignment of report.alignments) {
    const [a, b] = alignment.parties;
    out.push('<section>', `<h2>Side by side: ${party(a)} / ${party(b)}</h2>`);
    out.push(`<table class="side-by-side"><thead><tr><th>${party(a)}</th><th>${party(b)}</th><th class="num">Match</th></tr></thead><tbody>`);
    for (const row of alignment.rows) {
      const cell = (s: ReportSentence | null) => (s ? `<td>${sentence(s)}</td>` : '<td class="empty"></td>');
      out.push(`<tr>${cell(row.a)}${cell(row.b)}<td class="num score">${row.score === null ? '' : row.score.toFixed(3)}</td></tr>`);
    }
    out.push('</tbody></table>');
    if (alignment.truncated) out.push('<p class="note">Long readouts: only the first sentences were aligned.</p>');
    out.push('</section>');
  }

  out.push('<section>', '<h2>Sources</h2>');
  out.push('<table><thead><tr><th>Party</th><th>Issuer</th><th>Title</th><th>Link</th><th>Published</th><th>Retrieved</th><th class="num">Revisions</th></tr></thead><tbody>');
  for (const source of report.sources) {
    const link = source.sourceUrl === null ? ''
      : isWebUrl(source.sourceUrl) ? `<a href="${h(encodeUrlForMarkup(source.sourceUrl))}" rel="noreferrer">${h(source.sourceUrl)}</a>` : h(source.sourceUrl);
    out.push(`<tr><td>${party(source.party)}</td><td>${h(source.issuer)}</td><td${langAttr(source.language)}>${h(source.title ?? '')}</td><td>${link}</td>`
      + `<td>${h(source.publishedAt?.slice(0, 10) ?? '')}</td><td>${h(source.retrievedAt?.slice(0, 10) ?? '')}</td><td class="num">${source.revisionCount}</td></tr>`);
  }
  out.push('</tbody></table>', '</section>');

  out.push('<footer>', '<h2>Method</h2>', '<ul>');
  out.push(`<li>Taxonomy version ${report.method.taxonomyVersion}, codebook ${h(report.method.codebook)}.</li>`);
  out.push(`<li>Generated ${h(report.method.generatedAt)} by Parallax. Labels are automatic unless a row rests on an analyst correction.</li>`);
  out.push('</ul>', '</footer>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
