import PDFDocument from 'pdfkit';
import type { RowStatus } from '../domain/comparison/types.ts';
import {
  describePosition, describeStatus, statusLabels, type MeetingReport, type PaperSize, type ReportSentence,
} from '../domain/report/report-model.ts';
import { splitScriptRuns, type ScriptFont } from '../domain/report/script-runs.ts';

/** The TrueType files of the three Noto Sans families, as bytes (the caller reads them; this module does no I/O). */
export type PdfFonts = Readonly<Record<ScriptFont, Uint8Array>>;

/** Text colours of matched terms by row status: dark enough to read on white paper and in greyscale. */
const statusColours: Readonly<Record<RowStatus, string>> = {
  divergent: '#b3261e', omitted: '#8a5a00', 'partly-shared': '#1f4e8c', shared: '#1e6b2e', 'single-party': '#444444',
};

interface Piece {
  readonly text: string;
  readonly colour?: string | undefined;
  readonly underline?: boolean | undefined;
  readonly language?: string | undefined;
}

const margin = 48;

/**
 * The meeting report as a PDF laid out for A4 or US Letter: the same sections as the
 * HTML page, the readouts side by side with aligned sentences on one row, matched terms
 * coloured by status and underlined. Each text run gets the Noto Sans font of its script
 * (Chinese, Korean, Japanese; Latin in the SC font), and only the glyphs used are embedded.
 * Deterministic: the document dates come from `generatedAt`.
 */
export function renderMeetingPdf(report: MeetingReport, fonts: PdfFonts, options: { paper: PaperSize }): Promise<Buffer> {
  const generatedAt = new Date(report.method.generatedAt);
  const doc = new PDFDocument({
    size: options.paper === 'letter' ? 'LETTER' : 'A4', margin, autoFirstPage: true, lang: 'en',
    info: { Title: report.meeting.title, Author: 'Parallax', Subject: 'Comparison of readouts', CreationDate: generatedAt, ModDate: generatedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const font of ['sc', 'kr', 'jp'] as const) doc.registerFont(font, Buffer.from(fonts[font]));
  doc.font('sc');

  const contentWidth = doc.page.width - 2 * margin;
  const bottom = () => doc.page.height - margin;
  const nameOf = new Map(report.parties.map((p) => [p.code, p.name]));
  const party = (code: string) => nameOf.get(code) ?? code;
  const languageOf = new Map(report.sources.map((s) => [s.statementId, s.language]));

  /** Writes pieces as one paragraph at (x, y) within `width`, each script run in its font. */
  const writePieces = (pieces: readonly Piece[], x: number, y: number, width: number, size: number) => {
    const runs = pieces.flatMap((piece) => splitScriptRuns(piece.text, piece.language).map((run) => ({ ...run, piece })));
    if (runs.length === 0) return;
    doc.fontSize(size);
    runs.forEach((run, index) => {
      doc.font(run.font).fillColor(run.piece.colour ?? '#1b1b1b');
      const continued = index < runs.length - 1;
      if (index === 0) doc.text(run.text, x, y, { width, continued, underline: run.piece.underline ?? false });
      else doc.text(run.text, { continued, underline: run.piece.underline ?? false });
    });
    doc.fillColor('#1b1b1b');
  };
  const plain = (pieces: readonly Piece[]) => pieces.map((p) => p.text).join('');
  /** Height the pieces take; measured in the SC font, whose CJK and Latin widths match the others closely. */
  const heightOf = (pieces: readonly Piece[], width: number, size: number) => {
    const text = plain(pieces);
    if (text === '') return 0;
    doc.font('sc').fontSize(size);
    return doc.heightOfString(text, { width });
  };
  const ensureRoom = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const paragraph = (pieces: readonly Piece[], size = 10, gap = 4) => {
    const height = heightOf(pieces, contentWidth, size);
    ensureRoom(Math.min(height, bottom() - margin));
    const y = doc.y;
    writePieces(pieces, margin, y, contentWidth, size);
    doc.y = Math.max(doc.y, y + height) + gap;
    doc.x = margin;
  };
  const heading = (text: string, size = 14) => {
    ensureRoom(size * 3);
    doc.y += size / 2;
    paragraph([{ text }], size, 4);
  };
  /** One table row: cells side by side, the row as tall as its tallest cell, never split across pages. */
  const row = (cells: readonly (readonly Piece[])[], widths: readonly number[], options: { size?: number; shade?: boolean } = {}) => {
    const size = options.size ?? 9;
    const pad = 3;
    const height = Math.max(...cells.map((cell, i) => heightOf(cell, (widths[i] ?? 0) - 2 * pad, size))) + 2 * pad;
    ensureRoom(Math.min(height, bottom() - margin));
    const y = doc.y;
    let x = margin;
    if (options.shade) doc.save().rect(margin, y, widths.reduce((a, b) => a + b, 0), height).fill('#f0f0f0').restore();
    cells.forEach((cell, i) => {
      const width = widths[i] ?? 0;
      doc.save().lineWidth(0.5).strokeColor('#bbbbbb').rect(x, y, width, height).stroke().restore();
      writePieces(cell, x + pad, y + pad, width - 2 * pad, size);
      x += width;
    });
    doc.x = margin;
    doc.y = y + height;
  };
  const sentencePieces = (sentence: ReportSentence): Piece[] => sentence.segments.map((segment) => ({
    text: segment.text, language: languageOf.get(sentence.statementId),
    ...(segment.mark && { colour: statusColours[segment.mark.status], underline: true }),
  }));

  const { meeting } = report;
  paragraph([{ text: meeting.title }], 18, 6);
  const facts = [
    `Date: ${meeting.date}${meeting.endDate ? ` to ${meeting.endDate}` : ''}`,
    meeting.location ? `Place: ${meeting.location}` : '',
    meeting.forum ? `Forum: ${meeting.forum}` : '',
    meeting.participants.length > 0 ? `Participants: ${meeting.participants.map((p) => `${p.person}${p.role ? ` (${p.role})` : ''}, ${party(p.party)}`).join('; ')}` : '',
  ].filter(Boolean);
  for (const fact of facts) paragraph([{ text: fact }], 10, 2);

  heading('Summary');
  if (report.summary.length === 0) paragraph([{ text: 'No readouts to compare.' }]);
  for (const sentence of report.summary) paragraph([{ text: `• ${sentence}` }]);

  heading('Divergence');
  if (report.divergence.pairs.length === 0) paragraph([{ text: 'Fewer than two parties have a readout: nothing is scored.' }]);
  for (const pair of report.divergence.pairs) {
    paragraph([{ text: `${party(pair.parties[0])} / ${party(pair.parties[1])}: ${pair.score.toFixed(3)} (${pair.meaning})` }]);
  }
  paragraph([{ text: report.divergence.formula, colour: '#555555' }], 8);

  heading('Topics');
  if (report.topics.length === 0) paragraph([{ text: 'No topic of the taxonomy is mentioned.' }]);
  else {
    const partyWidth = Math.max(60, (contentWidth - 200) / Math.max(1, report.parties.length));
    const widths = [110, 90, ...report.parties.map(() => partyWidth)];
    const scale = contentWidth / widths.reduce((a, b) => a + b, 0);
    const scaled = widths.map((w) => w * scale);
    row([[{ text: 'Topic' }], [{ text: 'Status' }], ...report.parties.map((p) => [{ text: p.name }])], scaled, { shade: true });
    for (const topic of report.topics) {
      row([
        [{ text: topic.label }],
        [{ text: describeStatus(topic), colour: topic.unconfirmedJointClaim ? statusColours.divergent : statusColours[topic.status] }],
        ...topic.positions.map((position) => [{ text: describePosition(position), colour: position.mentioned ? undefined : '#777777' }]),
      ], scaled);
    }
    doc.y += 4;
  }

  heading('Evidence');
  for (const topic of report.topics) {
    paragraph([{ text: `${topic.label}: ` }, { text: describeStatus(topic), colour: statusColours[topic.status] }], 11, 2);
    for (const position of topic.positions) {
      if (position.evidence.length === 0) paragraph([{ text: `${party(position.party)}: silent`, colour: '#777777' }], 9, 2);
      for (const sentence of position.evidence) paragraph([{ text: `${party(position.party)}: ` }, ...sentencePieces(sentence)], 9, 2);
    }
    doc.y += 3;
  }

  for (const alignment of report.alignments) {
    const [a, b] = alignment.parties;
    heading(`Side by side: ${party(a)} / ${party(b)}`);
    const column = (contentWidth - 44) / 2;
    const widths = [column, column, 44];
    row([[{ text: party(a) }], [{ text: party(b) }], [{ text: 'Match' }]], widths, { shade: true });
    for (const aligned of alignment.rows) {
      row([
        aligned.a ? sentencePieces(aligned.a) : [], aligned.b ? sentencePieces(aligned.b) : [],
        [{ text: aligned.score === null ? '' : aligned.score.toFixed(3) }],
      ], widths);
    }
    if (alignment.truncated) paragraph([{ text: 'Long readouts: only the first sentences were aligned.', colour: '#555555' }], 8);
    doc.y += 4;
  }

  heading('Sources');
  for (const source of report.sources) {
    const dates = [source.publishedAt ? `published ${source.publishedAt.slice(0, 10)}` : '', source.retrievedAt ? `retrieved ${source.retrievedAt.slice(0, 10)}` : ''].filter(Boolean).join(', ');
    paragraph([
      { text: `${party(source.party)}: ${source.issuer}, ` },
      { text: source.title ?? '(untitled)', language: source.language },
      { text: `${dates ? `; ${dates}` : ''}; ${source.revisionCount} revision${source.revisionCount === 1 ? '' : 's'}` },
      ...(source.sourceUrl ? [{ text: ` ${source.sourceUrl}`, colour: '#1f4e8c' }] : []),
    ], 9, 3);
  }

  heading('Method');
  paragraph([{ text: `Taxonomy version ${report.method.taxonomyVersion}, codebook ${report.method.codebook}. Generated ${report.method.generatedAt} by Parallax. Matched terms are coloured by their topic's status: ${(['divergent', 'omitted', 'partly-shared', 'shared'] as const).map((s) => statusLabels[s]).join(', ')}.` }], 9);
  doc.end();
  return done;
}
