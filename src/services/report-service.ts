import { readFile } from 'node:fs/promises';
import { codebookVersion } from '../domain/analysis/types.ts';
import type { Comparison } from '../domain/comparison/types.ts';
import { AppError } from '../domain/errors.ts';
import type { Meeting } from '../domain/meeting.ts';
import { divergenceCsvTable, meetingCsvTable } from '../domain/report/csv-records.ts';
import { buildDivergenceReport, divergenceMeetingLimits, type DivergenceFormat, type DivergenceReport } from '../domain/report/divergence-report.ts';
import { renderDivergenceHtml, renderDivergenceMarkdown } from '../domain/report/render-divergence.ts';
import { renderMeetingHtml } from '../domain/report/render-html.ts';
import { renderMeetingMarkdown } from '../domain/report/render-markdown.ts';
import { renderTimelineSvg } from '../domain/report/render-timeline-svg.ts';
import { buildMeetingReport, type MeetingReport, type PaperSize, type ReportFormat } from '../domain/report/report-model.ts';
import type { Db } from '../db/create-db.ts';
import { listPartiesByCode } from '../db/party-repository.ts';
import { listMeetingStatements } from '../db/statement-repository.ts';
import { renderCsv } from '../reports/render-csv.ts';
import { renderMeetingPdf, type PdfFonts } from '../reports/render-pdf.ts';
import type { ComparisonService } from './comparison-service.ts';
import { encodeCursor } from './cursor.ts';
import type { MeetingService } from './meeting-service.ts';

/** A report: the model (the `json` format) or the document rendered from it. */
export type RenderedReport<M, F extends string> =
  | { readonly format: 'json'; readonly model: M }
  | { readonly format: Exclude<F, 'json'>; readonly model: M; readonly document: string | Buffer };

export interface DivergenceQuery {
  /** At least two party codes. */
  readonly parties: readonly string[];
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

export interface ReportService {
  /** The comparison report of one meeting, in `format`; `paper` applies to PDF only (default A4). */
  meeting(meetingId: number, format: ReportFormat, options?: { paper?: PaperSize | undefined }): Promise<RenderedReport<MeetingReport, ReportFormat>>;
  /** The meetings of a period where every one of `parties` has a readout, compared, newest first. */
  divergence(query: DivergenceQuery, format: DivergenceFormat): Promise<RenderedReport<DivergenceReport, DivergenceFormat>>;
}

/**
 * Where the Noto Sans fonts live: resolved through Node's module resolution from the
 * installed @expo-google-fonts packages, so the service runs from any working directory.
 */
const fontFiles: Readonly<Record<keyof PdfFonts, string>> = {
  sc: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  kr: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  jp: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
};

async function readFonts(): Promise<PdfFonts> {
  const [sc, kr, jp] = await Promise.all([fontFiles.sc, fontFiles.kr, fontFiles.jp].map((file) => readFile(require.resolve(file))));
  if (!sc || !kr || !jp) throw new Error('a Noto Sans font file could not be read');
  return { sc, kr, jp };
}

/** Meetings fetched per query while looking for those with readouts of every requested party. */
const scanPageSize = 200;

export function createReportService(deps: {
  db: Db; now: () => Date; comparisons: ComparisonService; meetings: MeetingService;
}): ReportService {
  const { db } = deps;
  // 22 MB of fonts, read on the first PDF and kept: later reports pay only for layout.
  let fonts: Promise<PdfFonts> | undefined;
  const pdfFonts = () => {
    fonts ??= readFonts().catch((error: unknown) => {
      fonts = undefined;
      throw error;
    });
    return fonts;
  };

  /** Up to `limit` + 1 meetings of the period with readouts of every party, newest first (one more tells whether a next page exists). */
  async function meetingsWithReadouts(query: DivergenceQuery): Promise<Meeting[]> {
    const found: Meeting[] = [];
    let cursor = query.cursor;
    for (;;) {
      const page = await deps.meetings.list(
        { parties: query.parties, from: query.from, to: query.to, tags: [] }, { cursor, limit: scanPageSize, sort: 'date' },
      );
      for (const meeting of page.items) {
        if (query.parties.every((code) => meeting.partiesWithStatements.includes(code))) found.push(meeting);
        if (found.length > query.limit) return found;
      }
      if (page.nextCursor === null) return found;
      cursor = page.nextCursor;
    }
  }

  return {
    async meeting(meetingId, format, options = {}) {
      // Five queries for the comparison, one for the sources: independent of the meeting's size.
      const { meeting, comparison } = await deps.comparisons.forMeeting(meetingId);
      const statements = await listMeetingStatements(db.reader, meetingId);
      const model = buildMeetingReport({ meeting, comparison, statements, codebook: codebookVersion, generatedAt: deps.now() });
      switch (format) {
        case 'json': return { format, model };
        case 'html': return { format, model, document: renderMeetingHtml(model) };
        case 'md': return { format, model, document: renderMeetingMarkdown(model) };
        case 'csv': return { format, model, document: renderCsv(meetingCsvTable(model)) };
        case 'pdf': return { format, model, document: await renderMeetingPdf(model, await pdfFonts(), { paper: options.paper ?? 'a4' }) };
        default: {
          const unexpected: never = format;
          return unexpected;
        }
      }
    },

    async divergence(query, format) {
      const parties = await listPartiesByCode(db.reader, query.parties);
      const names = new Map(parties.map((party) => [party.code, party.name]));
      const unknown = query.parties.map((code, index) => ({ code, index })).filter(({ code }) => !names.has(code));
      if (unknown.length > 0) {
        throw new AppError('invalid-input', `no party has the code ${unknown.map((u) => u.code).join(', ')}`, unknown.map(({ code, index }) => (
          { in: 'query' as const, pointer: `#/party/${index}`, detail: `must be the code of a stored party, got ${code}` })));
      }
      const candidates = await meetingsWithReadouts(query);
      const chosen = candidates.slice(0, query.limit);
      const last = chosen.at(-1);
      const nextCursor = candidates.length > query.limit && last ? encodeCursor({ sort: 'date', date: last.date.toISOString(), id: last.id }) : null;
      // One comparison per meeting, of the requested parties only; the page cap bounds the work.
      const compared: { meeting: Meeting; comparison: Comparison }[] = [];
      for (const meeting of chosen) {
        const { comparison } = await deps.comparisons.forMeeting(meeting.id, { parties: query.parties });
        compared.push({ meeting, comparison });
      }
      const model = buildDivergenceReport({
        parties: query.parties.map((code) => ({ code, name: names.get(code) ?? code })),
        period: { from: query.from, to: query.to },
        meetings: compared,
        page: { limit: query.limit, maxLimit: divergenceMeetingLimits.maxSize, nextCursor },
        codebook: codebookVersion,
        generatedAt: deps.now(),
      });
      switch (format) {
        case 'json': return { format, model };
        case 'html': return { format, model, document: renderDivergenceHtml(model) };
        case 'md': return { format, model, document: renderDivergenceMarkdown(model) };
        case 'csv': return { format, model, document: renderCsv(divergenceCsvTable(model)) };
        case 'svg': return { format, model, document: renderTimelineSvg(model.timeline) };
        default: {
          const unexpected: never = format;
          return unexpected;
        }
      }
    },
  };
}
