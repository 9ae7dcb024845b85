import { z } from 'zod';
import { acts } from '../../domain/analysis/types.ts';
import { divergenceFormula } from '../../domain/comparison/divergence.ts';
import { rowReasons, rowStatuses } from '../../domain/comparison/types.ts';
import type { DivergenceFormat, DivergenceReport } from '../../domain/report/divergence-report.ts';
import type { MeetingReport, ReportFormat } from '../../domain/report/report-model.ts';

const actorKinds = ['self', 'counterpart', 'both', 'third-party', 'unspecified'] as const;

/** The media type each report format is sent as (RFC 7763 text/markdown; RFC 4180 text/csv). */
export const reportMediaTypes = {
  json: 'application/json', html: 'text/html', md: 'text/markdown', csv: 'text/csv', pdf: 'application/pdf', svg: 'image/svg+xml',
} as const satisfies Record<ReportFormat | DivergenceFormat, string>;

const Segment = z.object({
  text: z.string(),
  mark: z.object({ topic: z.string(), status: z.enum(rowStatuses) }).optional()
    .meta({ description: 'Set on a matched topic term: its topic and the status of that topic\'s row.' }),
});

const Sentence = z.object({
  statementId: z.number().int(), sentenceIndex: z.number().int(), text: z.string(),
  segments: z.array(Segment).meta({ description: 'The sentence cut at matched terms; concatenated they give `text`.' }),
});

const PairCounts = z.object({ shared: z.number().int(), partlyShared: z.number().int(), divergent: z.number().int(), omitted: z.number().int() });

const PairScore = z.object({
  parties: z.tuple([z.string(), z.string()]),
  score: z.number().meta({ description: divergenceFormula }),
  counts: PairCounts,
  meaning: z.string().meta({ description: 'The score in words: 0 the same topics with compatible acts; below 0.25 close; below 0.5 partly apart; below 0.75 far apart; else very far apart; with the counts.' }),
});

export const MeetingReportView = z.object({
  meeting: z.object({
    id: z.number().int(), title: z.string(), date: z.string(), endDate: z.string().nullable(),
    location: z.string().nullable(), forum: z.string().nullable(), kind: z.string(),
    participants: z.array(z.object({ party: z.string(), person: z.string(), role: z.string().nullable() })),
  }),
  parties: z.array(z.object({ code: z.string(), name: z.string() })).meta({ description: 'The parties with a readout, in the meeting\'s order.' }),
  sources: z.array(z.object({
    statementId: z.number().int(), party: z.string(), issuer: z.string(), title: z.string().nullable(), language: z.string(),
    sourceUrl: z.string().nullable(), publishedAt: z.string().nullable(), retrievedAt: z.string().nullable(),
    revisionCount: z.number().int().meta({ description: 'Versions of the readout so far (1 = never edited).' }),
  })),
  comparable: z.boolean(),
  summary: z.array(z.string()),
  topics: z.array(z.object({
    topic: z.string(), label: z.string(), status: z.enum(rowStatuses), unconfirmedJointClaim: z.boolean(),
    jointClaimBy: z.array(z.string()), jointClaimUnconfirmedBy: z.array(z.string()), restsOnCorrection: z.boolean(),
    reasons: z.array(z.enum(rowReasons)),
    positions: z.array(z.object({
      party: z.string(), mentioned: z.boolean(), mentionedVia: z.string().nullable(),
      acts: z.array(z.enum(acts)), negatedActs: z.array(z.enum(acts)), actors: z.array(z.enum(actorKinds)),
      evidence: z.array(Sentence),
    })),
  })).meta({ description: 'Unconfirmed joint claims first, then divergent, omitted, partly-shared and shared topics.' }),
  alignments: z.array(z.object({
    parties: z.tuple([z.string(), z.string()]),
    rows: z.array(z.object({ a: Sentence.nullable(), b: Sentence.nullable(), score: z.number().nullable() })),
    truncated: z.boolean(),
  })).meta({ description: 'The readouts side by side: a sentence of A and its best match in B on one row.' }),
  divergence: z.object({ headline: z.number().nullable(), pairs: z.array(PairScore), formula: z.string() }),
  method: z.object({ taxonomyVersion: z.number().int(), codebook: z.string(), generatedAt: z.string() }),
}).meta({ id: 'MeetingReport' }) satisfies z.ZodType<MeetingReport>;

export const DivergenceReportView = z.object({
  parties: z.array(z.object({ code: z.string(), name: z.string() })),
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  meetings: z.array(z.object({
    id: z.number().int(), title: z.string(), date: z.string(), location: z.string().nullable(), forum: z.string().nullable(),
    divergence: z.number().nullable().meta({ description: "The meeting's stored divergence: the highest over all its party pairs." }),
    pairs: z.array(PairScore).meta({ description: "The requested parties' pairs, compared on this meeting alone." }),
    topTopics: z.array(z.object({
      topic: z.string(), label: z.string(), status: z.enum(rowStatuses), unconfirmedJointClaim: z.boolean(), mentionedBy: z.array(z.string()),
    })),
  })),
  page: z.object({ limit: z.number().int(), maxLimit: z.number().int(), nextCursor: z.string().nullable() }),
  timeline: z.object({
    parties: z.array(z.object({ code: z.string(), name: z.string() })),
    meetings: z.array(z.object({ id: z.number().int(), date: z.string(), title: z.string() })),
    topics: z.array(z.object({ topic: z.string(), label: z.string() })),
    topicsLeftOut: z.number().int(),
    mentions: z.array(z.object({ meetingId: z.number().int(), topic: z.string(), parties: z.array(z.string()) })),
  }),
  method: z.object({ taxonomyVersions: z.array(z.number().int()), codebook: z.string(), generatedAt: z.string() }),
}).meta({ id: 'DivergenceReport' }) satisfies z.ZodType<DivergenceReport>;

/** A text document (HTML, Markdown, CSV, SVG). */
export const TextDocument = z.string();
/** A binary document (PDF). */
export const BinaryDocument = z.string().meta({ format: 'binary' });
