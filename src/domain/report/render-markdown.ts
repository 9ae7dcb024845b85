import { encodeUrlForMarkup, escapeMarkdown, isWebUrl } from './escape.ts';
import { describePosition, describeStatus, type MeetingReport, type ReportSentence } from './report-model.ts';

const md = escapeMarkdown;

/** A table row; every cell is escaped (pipes included, GFM §4.10) and kept on one line. */
function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [tableRow(header.map(md)), tableRow(header.map(() => '---')), ...rows.map(tableRow)];
}

/** A sentence with its matched terms in bold. */
function markedSentence(sentence: ReportSentence): string {
  return sentence.segments.map((segment) => (segment.mark && segment.text.trim() !== '' ? `**${md(segment.text)}**` : md(segment.text))).join('');
}

/** A list of people or values as one escaped line. */
const line = (values: readonly string[]) => values.map(md).join(', ');

/**
 * The report as CommonMark with GFM tables, to paste into a note or an issue tracker.
 * Every value from the model is escaped, so no input can add markup, links or HTML.
 */
export function renderMeetingMarkdown(report: MeetingReport): string {
  const { meeting } = report;
  const nameOf = new Map(report.parties.map((p) => [p.code, p.name]));
  const party = (code: string) => md(nameOf.get(code) ?? code);
  const out: string[] = [];
  out.push(`# ${md(meeting.title)}`, '');
  out.push(`- **Date:** ${md(meeting.date)}${meeting.endDate ? ` to ${md(meeting.endDate)}` : ''}`);
  if (meeting.location) out.push(`- **Place:** ${md(meeting.location)}`);
  if (meeting.forum) out.push(`- **Forum:** ${md(meeting.forum)}`);
  if (meeting.participants.length > 0) {
    out.push(`- **Participants:** ${line(meeting.participants.map((p) => `${p.person}${p.role ? ` (${p.role})` : ''}, ${nameOf.get(p.party) ?? p.party}`))}`);
  }
  out.push('', '## Summary', '');
  out.push(...(report.summary.length > 0 ? report.summary.map((sentence) => `- ${md(sentence)}`) : ['- No readouts to compare.']));

  out.push('', '## Divergence', '');
  if (report.divergence.pairs.length === 0) out.push('Fewer than two parties have a readout: nothing is scored.');
  else {
    out.push(...table(['Parties', 'Score', 'Meaning'], report.divergence.pairs.map((pair) => [
      `${party(pair.parties[0])} / ${party(pair.parties[1])}`, pair.score.toFixed(3), md(pair.meaning),
    ])));
  }
  out.push('', `_${md(report.divergence.formula)}_`);

  out.push('', '## Topics', '');
  if (report.topics.length === 0) out.push('No topic of the taxonomy is mentioned.');
  else {
    out.push(...table(['Topic', 'Status', ...report.parties.map((p) => p.name), 'Notes'], report.topics.map((topic) => [
      md(topic.label), md(describeStatus(topic)),
      ...topic.positions.map((position) => md(describePosition(position))),
      md([
        topic.unconfirmedJointClaim ? `joint claim by ${topic.jointClaimBy.join(', ')}, not backed by ${topic.jointClaimUnconfirmedBy.join(', ')}` : '',
        topic.restsOnCorrection ? 'rests on an analyst correction' : '',
      ].filter(Boolean).join('; ')),
    ])));
  }

  out.push('', '## Evidence', '');
  for (const topic of report.topics) {
    out.push(`### ${md(topic.label)}: ${md(describeStatus(topic))}`, '');
    for (const position of topic.positions) {
      if (position.evidence.length === 0) out.push(`- ${party(position.party)}: silent`);
      for (const sentence of position.evidence) out.push(`- ${party(position.party)}: ${markedSentence(sentence)}`);
    }
    out.push('');
  }

  for (const alignment of report.alignments) {
    const [a, b] = alignment.parties;
    out.push(`## Side by side: ${party(a)} / ${party(b)}`, '');
    out.push(...table([nameOf.get(a) ?? a, nameOf.get(b) ?? b, 'Match'], alignment.rows.map((row) => [
      row.a ? markedSentence(row.a) : '', row.b ? markedSentence(row.b) : '', row.score === null ? '' : row.score.toFixed(3),
    ])));
    if (alignment.truncated) out.push('', '_Long readouts: only the first sentences were aligned._');
    out.push('');
  }

  out.push('## Sources', '');
  out.push(...table(['Party', 'Issuer', 'Title', 'Link', 'Published', 'Retrieved', 'Revisions'], report.sources.map((source) => [
    party(source.party), md(source.issuer), md(source.title ?? ''),
    source.sourceUrl ? (isWebUrl(source.sourceUrl) ? `<${encodeUrlForMarkup(source.sourceUrl)}>` : md(source.sourceUrl)) : '',
    md(source.publishedAt?.slice(0, 10) ?? ''), md(source.retrievedAt?.slice(0, 10) ?? ''), String(source.revisionCount),
  ])));

  out.push('', '## Method', '');
  out.push(`- Taxonomy version ${report.method.taxonomyVersion}, codebook ${md(report.method.codebook)}`);
  out.push(`- Generated ${md(report.method.generatedAt)} by Parallax; labels are automatic unless marked as analyst corrections.`);
  return `${out.join('\n')}\n`;
}
