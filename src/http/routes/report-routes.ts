import type { IncomingHttpHeaders } from 'node:http';
import { z } from 'zod';
import { divergenceFormula } from '../../domain/comparison/divergence.ts';
import { AppError } from '../../domain/errors.ts';
import { divergenceFormats, divergenceMeetingLimits } from '../../domain/report/divergence-report.ts';
import { paperSizes, reportFormats } from '../../domain/report/report-model.ts';
import type { AppServices } from '../../services/create-services.ts';
import type { RenderedReport } from '../../services/report-service.ts';
import { defineRoute, type Reply } from '../define-route.ts';
import { DateInput, IdParam, ListParam, PartyCode } from '../schemas/common.ts';
import { BinaryDocument, DivergenceReportView, MeetingReportView, reportMediaTypes, TextDocument } from '../schemas/report.ts';
import { problems } from './responses.ts';

type MediaFormat = keyof typeof reportMediaTypes;

interface MediaRange { readonly type: string; readonly subtype: string; readonly q: number; readonly order: number }

/** RFC 9110 §12.5.1: media ranges with their weights; a malformed range or weight is skipped. */
function parseAccept(header: string): MediaRange[] {
  return header.split(',').flatMap((part, order) => {
    const [range = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const match = /^([a-z0-9!#$%&'*+.^_`|~-]+)\/([a-z0-9!#$%&'*+.^_`|~-]+)$/u.exec(range);
    if (!match?.[1] || !match[2]) return [];
    const weight = params.find((param) => param.startsWith('q='))?.slice(2);
    const q = weight === undefined ? 1 : /^(0(\.[0-9]{0,3})?|1(\.0{0,3})?)$/u.test(weight) ? Number(weight) : Number.NaN;
    return Number.isNaN(q) ? [] : [{ type: match[1], subtype: match[2], q, order }];
  });
}

/**
 * The format to answer in: `?format=` when given, else the offered media type the Accept
 * header weights highest (RFC 9110 §12.5.1: the most specific range decides a type's
 * weight; ties go to the more specific match, then to the order of `offered`, JSON
 * first). No Accept header, or only * / *, gives JSON. Nothing acceptable: 406 listing
 * what is offered.
 */
export function negotiateFormat<F extends MediaFormat>(offered: readonly F[], format: string | undefined, headers: IncomingHttpHeaders): F {
  const list = offered.map((f) => `${f} (${reportMediaTypes[f]})`).join(', ');
  if (format !== undefined) {
    const chosen = offered.find((f) => f === format.toLowerCase());
    if (!chosen) throw new AppError('not-acceptable', `format must be one of ${list}; got ${JSON.stringify(format)}`);
    return chosen;
  }
  const accept = headers.accept?.trim();
  const first = offered[0];
  if (!accept || first === undefined) return first as F;
  const ranges = parseAccept(accept);
  let best: { format: F; q: number; specificity: number } | undefined;
  for (const candidate of offered) {
    const [type, subtype] = reportMediaTypes[candidate].split('/');
    const matching = ranges
      .map((range) => ({ range, specificity: range.type === type && range.subtype === subtype ? 2 : range.type === type && range.subtype === '*' ? 1 : range.type === '*' && range.subtype === '*' ? 0 : -1 }))
      .filter((m) => m.specificity >= 0)
      .sort((a, b) => b.specificity - a.specificity || a.range.order - b.range.order)[0];
    if (!matching || matching.range.q <= 0) continue;
    if (!best || matching.range.q > best.q || (matching.range.q === best.q && matching.specificity > best.specificity)) {
      best = { format: candidate, q: matching.range.q, specificity: matching.specificity };
    }
  }
  if (!best) throw new AppError('not-acceptable', `Accept names no format offered here; offered: ${list} (or ?format=)`);
  return best.format;
}

function toReply<M>(rendered: RenderedReport<M, string>, filename: string): Reply {
  const headers = { Vary: 'Accept' };
  if (!('document' in rendered)) return { status: 200, body: rendered.model, headers };
  const format = rendered.format as MediaFormat;
  // Spreadsheets and PDFs are files an analyst keeps; pages and text open in place.
  const disposition = format === 'csv' ? 'attachment' : 'inline';
  return {
    status: 200, body: rendered.document, contentType: reportMediaTypes[format],
    headers: { ...headers, 'Content-Disposition': `${disposition}; filename="${filename}.${format}"` },
  };
}

const formatParam = (formats: readonly string[]) => z.string().max(20).optional()
  .meta({ description: `One of ${formats.join(', ')}; wins over the Accept header. Anything else is a 406.` });

export function reportRoutes() {
  return [
    defineRoute({
      method: 'get', access: 'read', path: '/v1/meetings/{meetingId}/report', operationId: 'meetingReport', tags: ['reports'],
      summary: "A meeting's comparison report, as JSON, HTML, Markdown, CSV or PDF",
      description: [
        'The format follows `?format=` or else the Accept header: application/json (the report model, the default), text/html',
        '(one self-contained page, printable), text/markdown (pastes into a note or tracker), text/csv (one row per topic and',
        'party, formula cells escaped) or application/pdf (A4 or Letter, CJK fonts embedded). The report holds the meeting,',
        'each party\'s sources, the summary, the topic table (unconfirmed joint claims first, then divergent, omitted, shared),',
        `the evidence with matched terms marked, the readouts side by side and the divergence score. ${divergenceFormula}`,
      ].join(' '),
      params: z.object({ meetingId: IdParam }),
      query: z.object({
        format: formatParam(reportFormats),
        paper: z.enum(paperSizes).default('a4').meta({ description: 'PDF page size.' }),
      }),
      responses: {
        200: {
          description: 'The report', schema: MeetingReportView, headers: { 'Content-Disposition': 'File name of the report (not for JSON).' },
          mediaTypes: { 'text/html': TextDocument, 'text/markdown': TextDocument, 'text/csv': TextDocument, 'application/pdf': BinaryDocument },
        },
        ...problems('not-found', 'not-acceptable', 'invalid-input'),
      },
      handler: async ({ params, query, headers }, services: AppServices) => {
        const format = negotiateFormat(reportFormats, query.format, headers);
        const rendered = await services.reports.meeting(params.meetingId, format, { paper: query.paper });
        return toReply(rendered, `meeting-${params.meetingId}-report`);
      },
    }),
    defineRoute({
      method: 'get', access: 'read', path: '/v1/reports/divergence', operationId: 'divergenceReport', tags: ['reports'],
      summary: 'How far some parties\' readouts diverge over a period',
      description: [
        'The meetings dated in [from, to] where every named party has a readout, newest first, each with the stored meeting',
        'divergence, the named parties\' pair scores and the top divergent or unconfirmed topics; plus a per-topic timeline',
        'of which side mentioned what when (`?format=svg` for the chart alone). Formats: application/json, text/html, text/markdown,',
        `text/csv, image/svg+xml. At most ${divergenceMeetingLimits.maxSize} meetings per page (each is compared afresh); \`page.nextCursor\` continues.`,
      ].join(' '),
      query: z.object({
        party: ListParam(PartyCode).refine((codes) => codes.length >= 2, 'must name at least two parties (party=CHN&party=KOR)')
          .meta({ description: 'Party codes, repeated or comma-separated; at least two.' }),
        from: DateInput.optional(),
        to: DateInput.optional(),
        limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1')
          .max(divergenceMeetingLimits.maxSize, `must be at most ${divergenceMeetingLimits.maxSize} (the meeting cap)`)
          .default(divergenceMeetingLimits.defaultSize)
          .meta({ description: `Meetings per page, 1 to ${divergenceMeetingLimits.maxSize}.` }),
        cursor: z.string().max(512).optional().meta({ description: 'The page.nextCursor of the previous page.' }),
        format: formatParam(divergenceFormats),
      }),
      responses: {
        200: {
          description: 'The report', schema: DivergenceReportView, headers: { 'Content-Disposition': 'File name of the report (not for JSON).' },
          mediaTypes: { 'text/html': TextDocument, 'text/markdown': TextDocument, 'text/csv': TextDocument, 'image/svg+xml': TextDocument },
        },
        ...problems('not-acceptable', 'invalid-input'),
      },
      handler: async ({ query, headers }, services: AppServices) => {
        const format = negotiateFormat(divergenceFormats, query.format, headers);
        const { party: parties, from, to, limit, cursor } = query;
        const rendered = await services.reports.divergence({ parties, from, to, limit, cursor }, format);
        return toReply(rendered, `divergence-${parties.join('-')}`);
      },
    }),
  ];
}
