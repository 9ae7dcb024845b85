import type { Comparison, ComparisonRow, PairAlignment, RowStatus, SentenceRef } from '../../domain/comparison/types.ts';
import type { Meeting } from '../../domain/meeting.ts';
import type { Statement } from '../../domain/statement.ts';
import { markSpans, type Marked } from '../highlight.ts';
import { html, langAttr, type SafeHtml } from '../html.ts';
import { layout, type PageContext } from '../layout.ts';
import { divergenceCell } from './fragments/divergence.ts';
import { sourceLink } from './fragments/source-link.ts';

export interface MeetingPageData {
  readonly meeting: Meeting;
  readonly comparison: Comparison;
  readonly statements: readonly Statement[];
}

/** Every format GET /v1/meetings/{id}/report offers, with the words a link shows. */
export const reportFormats = [
  { format: 'pdf', label: 'PDF' },
  { format: 'html', label: 'HTML' },
  { format: 'md', label: 'Markdown' },
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
] as const;

const statusLabels: Readonly<Record<RowStatus, string>> = {
  'divergent': 'divergent', 'omitted': 'omitted', 'partly-shared': 'partly shared', 'shared': 'shared', 'single-party': 'one side only',
};

/** The CSS class of a row's evidence: unconfirmed joint claims outrank the status. */
function evidenceClass(row: ComparisonRow): string {
  return row.unconfirmedJointClaim ? 'ev ev-unconfirmed' : `ev ev-${row.status}`;
}

/** Evidence marks per statement; a claim listed in several rows keeps the first (most severe) row's class. */
function evidenceByStatement(comparison: Comparison): Map<number, Marked[]> {
  const seen = new Set<number>();
  const marks = new Map<number, Marked[]>();
  for (const row of comparison.rows) {
    for (const position of row.positions) {
      for (const claim of position.claims) {
        if (seen.has(claim.id)) continue;
        seen.add(claim.id);
        const list = marks.get(claim.statementId) ?? [];
        list.push({ span: claim.evidence, className: evidenceClass(row), label: `${row.label}: ${claim.act}${claim.modality.negated ? ' (negated)' : ''}, ${statusLabels[row.status]}` });
        marks.set(claim.statementId, list);
      }
    }
  }
  return marks;
}

function sentenceCell(ref: SentenceRef | undefined, texts: ReadonlyMap<number, Statement>, marks: ReadonlyMap<number, Marked[]>): SafeHtml {
  if (!ref) return html`<td class="gap"><span class="muted">no counterpart</span></td>`;
  const statement = texts.get(ref.statementId);
  const body = statement ? markSpans(statement.text, marks.get(ref.statementId) ?? [], ref.span.start, ref.span.end) : ref.text;
  return html`<td${langAttr(statement?.language)}>${body}</td>`;
}

function alignmentTable(pair: PairAlignment, names: ReadonlyMap<string, string>, texts: ReadonlyMap<number, Statement>, marks: ReadonlyMap<number, Marked[]>): SafeHtml {
  const [a, b] = pair.parties;
  type Line = { a?: SentenceRef; b?: SentenceRef; score?: number };
  const key = (ref: SentenceRef) => ref.statementId * 1_000_000 + ref.sentenceIndex;
  const lines: Line[] = [
    ...pair.matches.map((match) => ({ a: match.a, b: match.b, score: match.score })),
    ...pair.unmatched.a.map((ref) => ({ a: ref })),
  ].sort((x, y) => (x.a ? key(x.a) : 0) - (y.a ? key(y.a) : 0));
  lines.push(...pair.unmatched.b.map((ref) => ({ b: ref })));
  return html`<table class="aligned">
  <caption>${names.get(a) ?? a} and ${names.get(b) ?? b}: each sentence beside its closest counterpart</caption>
  <thead><tr><th scope="col">${names.get(a) ?? a} (${a})</th><th scope="col">${names.get(b) ?? b} (${b})</th><th scope="col">Similarity</th></tr></thead>
  <tbody>
  ${lines.map((line) => html`<tr>${sentenceCell(line.a, texts, marks)}${sentenceCell(line.b, texts, marks)}<td class="num">${line.score === undefined ? '–' : line.score.toFixed(2)}</td></tr>`)}
  </tbody>
</table>${pair.truncated ? html`<p class="muted">Long readouts: only the first sentences were aligned.</p>` : ''}`;
}

function unconfirmedSection(comparison: Comparison, names: ReadonlyMap<string, string>, texts: ReadonlyMap<number, Statement>, marks: ReadonlyMap<number, Marked[]>): SafeHtml {
  const rows = comparison.rows.filter((row) => row.unconfirmedJointClaim);
  if (rows.length === 0) return html``;
  const name = (code: string) => html`<strong>${names.get(code) ?? code}</strong>`;
  const list = (codes: readonly string[]) => codes.map((code, index) => html`${index > 0 ? ' and ' : ''}${name(code)}`);
  return html`<section class="unconfirmed" aria-labelledby="unconfirmed-title">
  <h2 id="unconfirmed-title">Joint claims the other side never confirmed</h2>
  ${rows.map((row) => {
    const claims = row.positions.filter((position) => row.jointClaimBy.includes(position.party)).flatMap((position) => position.claims)
      .filter((claim) => claim.topic === row.topic && claim.actor.kind === 'both');
    return html`<article class="joint-claim">
    <h3>${row.label}</h3>
    <p>${list(row.jointClaimBy)} says both sides agreed or will cooperate on <strong>${row.label}</strong>; the readout of ${list(row.jointClaimUnconfirmedBy)} does not confirm it.</p>
    ${claims.map((claim) => {
      const statement = texts.get(claim.statementId);
      const sentence = statement && claim.sentenceText;
      const start = statement ? statement.text.indexOf(claim.sentenceText, Math.max(0, claim.evidence.start - claim.sentenceText.length)) : -1;
      const body = statement && start >= 0
        ? markSpans(statement.text, marks.get(claim.statementId) ?? [], start, start + claim.sentenceText.length)
        : sentence ?? claim.sentenceText;
      return html`<blockquote${langAttr(statement?.language)}>${body}<footer>— ${names.get(claim.party) ?? claim.party}, <a href="/statements/${claim.statementId}">readout ${claim.statementId}</a></footer></blockquote>`;
    })}
  </article>`;
  })}
</section>`;
}

function positionCell(row: ComparisonRow, party: string): SafeHtml {
  const position = row.positions.find((candidate) => candidate.party === party);
  if (!position || !position.mentioned) return html`<td class="silent">not mentioned</td>`;
  const acts = [...position.acts, ...position.negatedActs.map((act) => `not ${act}`)];
  return html`<td>${acts.join(', ') || 'mentioned'}${position.mentionedVia ? html` <span class="muted">(via ${position.mentionedVia})</span>` : ''}${position.actors.includes('both') ? html` <span class="tag">“both sides”</span>` : ''}</td>`;
}

function topicTable(comparison: Comparison, codes: readonly string[]): SafeHtml {
  if (comparison.rows.length === 0) return html`<p class="empty">No readout mentions a topic of the taxonomy.</p>`;
  return html`<table class="topics">
  <caption>Topics by status: unconfirmed joint claims first, then divergent, omitted, partly shared, shared</caption>
  <thead><tr><th scope="col">Topic</th><th scope="col">Status</th>${codes.map((code) => html`<th scope="col">${code}</th>`)}<th scope="col">Why</th></tr></thead>
  <tbody>
  ${comparison.rows.map((row) => html`<tr class="row-${row.status}${row.unconfirmedJointClaim ? ' row-unconfirmed' : ''}">
    <th scope="row">${row.label}</th>
    <td><span class="status status-${row.status}">${statusLabels[row.status]}</span>${row.unconfirmedJointClaim ? html` <span class="status status-unconfirmed">unconfirmed joint claim</span>` : ''}</td>
    ${codes.map((code) => positionCell(row, code))}
    <td class="muted">${row.reasons.join(', ')}${row.restsOnCorrection ? ' (analyst correction)' : ''}</td>
  </tr>`)}
  </tbody>
</table>`;
}

/** A meeting side by side: the unconfirmed joint claims, the topic table, aligned readouts and report links. */
export function meetingPage(context: PageContext, data: MeetingPageData): SafeHtml {
  const { meeting, comparison, statements } = data;
  const names = new Map(comparison.parties.map((party) => [party.code, party.name]));
  const texts = new Map(statements.map((statement) => [statement.id, statement]));
  const marks = evidenceByStatement(comparison);
  const codes = comparison.parties.filter((party) => party.hasReadout).map((party) => party.code);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return layout(context, {
    title: meeting.title,
    body: html`<article class="meeting">
<header class="meeting-head">
  <h1>${meeting.title}</h1>
  <p class="facts"><time datetime="${day(meeting.date)}">${day(meeting.date)}</time>${meeting.endDate ? html` to <time datetime="${day(meeting.endDate)}">${day(meeting.endDate)}</time>` : ''}${meeting.location ? html` · ${meeting.location}` : ''}${meeting.forum ? html` · ${meeting.forum}` : ''} · ${meeting.kind}</p>
  ${meeting.participants.length > 0 ? html`<p class="participants">${meeting.participants.map((p, index) => html`${index > 0 ? '; ' : ''}${p.person}${p.role ? html`, ${p.role}` : ''} (<a href="/parties/${p.party}">${p.party}</a>)`)}</p>` : ''}
  <nav class="reports" aria-label="Report formats">Report: ${reportFormats.map((entry, index) => html`${index > 0 ? ' · ' : ''}<a href="/v1/meetings/${meeting.id}/report?format=${entry.format}">${entry.label}</a>`)}</nav>
  <p class="actions"><a class="button" href="/meetings/${meeting.id}/statements/new">Add a readout</a></p>
</header>
${unconfirmedSection(comparison, names, texts, marks)}
${comparison.comparable ? html`<section aria-labelledby="summary-title">
  <h2 id="summary-title">Summary</h2>
  <ul class="summary">${comparison.summary.map((line) => html`<li>${line}</li>`)}</ul>
  <dl class="pairs">${comparison.pairs.map((pair) => html`<dt>${pair.parties[0]} – ${pair.parties[1]}</dt><dd>${divergenceCell(pair.divergence)} <span class="muted">(shared ${pair.counts.shared}, partly shared ${pair.counts.partlyShared}, divergent ${pair.counts.divergent}, omitted ${pair.counts.omitted}; 0 = same topics and compatible acts, 1 = nothing in common; <a href="/docs">formula</a>)</span></dd>`)}</dl>
  ${comparison.atmosphere.parties.some((party) => party.descriptors.length > 0) ? html`<p>Atmosphere: ${comparison.atmosphere.parties.map((party, index) => html`${index > 0 ? '; ' : ''}${party.party}: ${party.descriptors.join(', ') || 'none given'}`)}${comparison.atmosphere.mismatch ? ' (the sides describe the talks differently)' : ''}</p>` : ''}
</section>` : html`<p class="notice">Fewer than two parties have a readout of this meeting, so there is nothing to compare yet.</p>`}
<section aria-labelledby="topics-title">
  <h2 id="topics-title">Topics</h2>
  ${topicTable(comparison, codes)}
</section>
${comparison.alignment.length > 0 ? html`<section aria-labelledby="aligned-title">
  <h2 id="aligned-title">The readouts side by side</h2>
  <p class="legend">Evidence: <mark class="ev ev-unconfirmed">unconfirmed joint claim</mark> <mark class="ev ev-divergent">divergent</mark> <mark class="ev ev-omitted">omitted by a side</mark> <mark class="ev ev-partly-shared">partly shared</mark> <mark class="ev ev-shared">shared</mark></p>
  ${comparison.alignment.map((pair) => alignmentTable(pair, names, texts, marks))}
</section>` : ''}
<section aria-labelledby="readouts-title">
  <h2 id="readouts-title">Readouts</h2>
  <div class="columns">
  ${statements.map((statement) => html`<article class="readout">
    <h3><a href="/statements/${statement.id}">${statement.title ?? `${statement.party} readout`}</a></h3>
    <p class="muted">${names.get(statement.party) ?? statement.party} · ${statement.issuer}${statement.publishedAt ? html` · published ${day(statement.publishedAt)}` : ''} · revision ${statement.revision}${sourceLink(statement.sourceUrl)}</p>
    <p class="text"${langAttr(statement.language)}>${markSpans(statement.text, marks.get(statement.id) ?? [])}</p>
  </article>`)}
  </div>
  ${statements.length === 0 ? html`<p class="empty">No readout yet.</p>` : ''}
</section>
</article>`,
  });
}
