import type { Act, ActorKind } from '../analysis/types.ts';
import { divergenceFormula } from '../comparison/divergence.ts';
import type { Comparison, ComparisonClaim, PairCounts, RowReason, RowStatus, SentenceRef } from '../comparison/types.ts';
import type { Meeting } from '../meeting.ts';
import type { Statement } from '../statement.ts';
import type { Span } from '../text/span.ts';

/** The formats a report is rendered in; `json` is the model itself. */
export const reportFormats = ['json', 'html', 'md', 'csv', 'pdf'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** Page sizes of the PDF report. */
export const paperSizes = ['a4', 'letter'] as const;
export type PaperSize = (typeof paperSizes)[number];

/** A piece of a sentence: plain text, or a matched topic term (`mark`) with the topic and its row status. */
export interface TextSegment {
  readonly text: string;
  readonly mark?: { readonly topic: string; readonly status: RowStatus } | undefined;
}

/** A sentence of a readout with the matched terms of its claims marked. */
export interface ReportSentence {
  readonly statementId: number;
  readonly sentenceIndex: number;
  readonly text: string;
  /** Concatenated, the segments give `text` back exactly. */
  readonly segments: readonly TextSegment[];
}

/** One readout a party published, as the report cites it. Dates are ISO 8601 strings or null. */
export interface ReportSource {
  readonly statementId: number;
  readonly party: string;
  readonly issuer: string;
  readonly title: string | null;
  readonly language: string;
  readonly sourceUrl: string | null;
  readonly publishedAt: string | null;
  readonly retrievedAt: string | null;
  /** How many versions the readout has had (1 = never edited). */
  readonly revisionCount: number;
}

/** What one party says on one topic. */
export interface ReportPosition {
  readonly party: string;
  readonly mentioned: boolean;
  readonly mentionedVia: string | null;
  readonly acts: readonly Act[];
  readonly negatedActs: readonly Act[];
  readonly actors: readonly ActorKind[];
  /** The party's sentences on the topic, with the matched terms marked, in text order. */
  readonly evidence: readonly ReportSentence[];
}

/** One row of the topic table. */
export interface ReportTopic {
  readonly topic: string;
  readonly label: string;
  readonly status: RowStatus;
  readonly unconfirmedJointClaim: boolean;
  readonly jointClaimBy: readonly string[];
  readonly jointClaimUnconfirmedBy: readonly string[];
  readonly restsOnCorrection: boolean;
  readonly reasons: readonly RowReason[];
  /** One per compared party, in party order. */
  readonly positions: readonly ReportPosition[];
}

/** One row of the side-by-side text: a sentence of A and its counterpart in B; either may be missing. */
export interface AlignedRow {
  readonly a: ReportSentence | null;
  readonly b: ReportSentence | null;
  /** Similarity of a matched pair in [0, 1]; null when one side has no counterpart. */
  readonly score: number | null;
}

/** The readouts of two parties side by side, in A's sentence order; B's unmatched sentences near their neighbours. */
export interface ReportAlignment {
  readonly parties: readonly [string, string];
  readonly rows: readonly AlignedRow[];
  readonly truncated: boolean;
}

/** A pair's divergence score with what it means in words. */
export interface ReportDivergence {
  readonly parties: readonly [string, string];
  /** [0, 1], 3 decimals; see `formula`. */
  readonly score: number;
  readonly counts: PairCounts;
  /** "far apart: 3 of 4 topics omitted by one side, 1 shared". */
  readonly meaning: string;
}

/**
 * Everything a comparison report shows, plain data (JSON-safe: dates are ISO strings).
 * Topics are in the comparison's order: unconfirmed joint claims first, then divergent,
 * omitted, partly-shared, shared.
 */
export interface MeetingReport {
  readonly meeting: {
    readonly id: number;
    readonly title: string;
    /** YYYY-MM-DD. */
    readonly date: string;
    readonly endDate: string | null;
    readonly location: string | null;
    readonly forum: string | null;
    readonly kind: string;
    readonly participants: readonly { readonly party: string; readonly person: string; readonly role: string | null }[];
  };
  readonly parties: readonly { readonly code: string; readonly name: string }[];
  readonly sources: readonly ReportSource[];
  readonly comparable: boolean;
  readonly summary: readonly string[];
  readonly topics: readonly ReportTopic[];
  readonly alignments: readonly ReportAlignment[];
  readonly divergence: {
    /** Highest pair score; null when fewer than two parties have a readout. */
    readonly headline: number | null;
    readonly pairs: readonly ReportDivergence[];
    readonly formula: string;
  };
  readonly method: {
    readonly taxonomyVersion: number;
    readonly codebook: string;
    /** ISO 8601 date-time the report was made. */
    readonly generatedAt: string;
  };
}

/** What `buildMeetingReport` needs; `statements` must hold the text of every compared statement. */
export interface MeetingReportInput {
  readonly meeting: Meeting;
  readonly comparison: Comparison;
  readonly statements: readonly Statement[];
  readonly codebook: string;
  readonly generatedAt: Date;
}

/** Display words for a row status. */
export const statusLabels: Readonly<Record<RowStatus, string>> = {
  divergent: 'divergent', omitted: 'omitted', 'partly-shared': 'partly shared', shared: 'shared', 'single-party': 'one readout only',
};

/** A topic's status in words, with the unconfirmed joint claim first when there is one. */
export function describeStatus(topic: Pick<ReportTopic, 'status' | 'unconfirmedJointClaim'>): string {
  return topic.unconfirmedJointClaim ? `unconfirmed joint claim (${statusLabels[topic.status]})` : statusLabels[topic.status];
}

/** What a party's position on a topic comes to in a few words: its acts, "silent", or the related topic it names. */
export function describePosition(position: ReportPosition): string {
  if (!position.mentioned) return 'silent';
  const acts = [...position.acts, ...position.negatedActs.map((act) => `not ${act}`)];
  const via = position.mentionedVia ? ` (via ${position.mentionedVia})` : '';
  return `${acts.length > 0 ? acts.join(', ') : 'mentioned'}${via}`;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * Words for a divergence score, by band: 0 "the same topics with compatible acts",
 * below 0.25 "close", below 0.5 "partly apart", below 0.75 "far apart", else "very far apart".
 */
export function describeDivergence(score: number, counts: PairCounts): string {
  const band = score === 0 ? 'the same topics with compatible acts'
    : score < 0.25 ? 'close' : score < 0.5 ? 'partly apart' : score < 0.75 ? 'far apart' : 'very far apart';
  const total = counts.shared + counts.partlyShared + counts.divergent + counts.omitted;
  if (total === 0) return 'no topics to compare';
  const parts = [
    counts.omitted > 0 && `${counts.omitted} omitted by one side`,
    counts.divergent > 0 && `${counts.divergent} divergent`,
    counts.partlyShared > 0 && `${counts.partlyShared} partly shared`,
    counts.shared > 0 && `${counts.shared} shared`,
  ].filter((part): part is string => typeof part === 'string');
  return `${band}: of ${total} topic${total === 1 ? '' : 's'}, ${parts.join(', ')}`;
}

/**
 * Splits text[from, to) at the given spans (offsets into the whole text, UTF-16 code
 * units); spans outside the range, empty, or overlapping an earlier one are left unmarked.
 * The segments always concatenate to text.slice(from, to).
 */
export function segmentText(
  text: string, from: number, to: number, marks: readonly { span: Span; topic: string; status: RowStatus }[],
): TextSegment[] {
  const inside = marks
    .filter((m) => m.span.start >= from && m.span.end <= to && m.span.start < m.span.end)
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0));
  const segments: TextSegment[] = [];
  let at = from;
  for (const m of inside) {
    if (m.span.start < at) continue;
    if (m.span.start > at) segments.push({ text: text.slice(at, m.span.start) });
    segments.push({ text: text.slice(m.span.start, m.span.end), mark: { topic: m.topic, status: m.status } });
    at = m.span.end;
  }
  if (at < to || segments.length === 0) segments.push({ text: text.slice(at, to) });
  return segments;
}

/**
 * Where a claim's sentence starts in its statement: the occurrence of the sentence text
 * that covers the evidence span. Undefined when the stored text no longer holds it.
 */
function sentenceStart(text: string, claim: ComparisonClaim): number | undefined {
  const { sentenceText, evidence } = claim;
  if (sentenceText === '') return undefined;
  const start = text.lastIndexOf(sentenceText, evidence.start);
  return start >= 0 && start + sentenceText.length >= evidence.end ? start : undefined;
}

/** Builds the report model of one meeting's comparison. Pure: `generatedAt` is given, never read. */
export function buildMeetingReport(input: MeetingReportInput): MeetingReport {
  const { meeting, comparison } = input;
  const texts = new Map(input.statements.map((s) => [s.id, s.text]));
  const statusOf = new Map(comparison.rows.map((row) => [row.topic, row.status]));
  const claimsBySentence = new Map<string, Map<number, ComparisonClaim>>();
  const key = (statementId: number, sentenceIndex: number) => `${statementId}:${sentenceIndex}`;
  for (const row of comparison.rows) {
    for (const position of row.positions) {
      for (const claim of position.claims) {
        const k = key(claim.statementId, claim.sentenceIndex);
        const byId = claimsBySentence.get(k) ?? new Map<number, ComparisonClaim>();
        byId.set(claim.id, claim);
        claimsBySentence.set(k, byId);
      }
    }
  }

  /** A sentence with the evidence of `claims` marked (all claims in it when `claims` is undefined). */
  const sentenceOf = (statementId: number, sentenceIndex: number, fallbackText: string, span: Span | undefined, only?: (c: ComparisonClaim) => boolean): ReportSentence => {
    const claims = [...(claimsBySentence.get(key(statementId, sentenceIndex))?.values() ?? [])].filter((c) => only?.(c) ?? true);
    const text = texts.get(statementId);
    const first = claims[0];
    const start = span?.start ?? (text !== undefined && first ? sentenceStart(text, first) : undefined);
    if (text === undefined || start === undefined) return { statementId, sentenceIndex, text: fallbackText, segments: [{ text: fallbackText }] };
    const end = span?.end ?? start + fallbackText.length;
    const sentenceText = text.slice(start, end);
    const marks = claims.map((c) => ({ span: c.evidence, topic: c.topic, status: statusOf.get(c.topic) ?? 'single-party' as RowStatus }));
    return { statementId, sentenceIndex, text: sentenceText, segments: segmentText(text, start, end, marks) };
  };

  const topics: ReportTopic[] = comparison.rows.map((row) => ({
    topic: row.topic, label: row.label, status: row.status, unconfirmedJointClaim: row.unconfirmedJointClaim,
    jointClaimBy: row.jointClaimBy, jointClaimUnconfirmedBy: row.jointClaimUnconfirmedBy,
    restsOnCorrection: row.restsOnCorrection, reasons: row.reasons,
    positions: row.positions.map((position) => {
      const seen = new Set<string>();
      const evidence: ReportSentence[] = [];
      const topicsOfPosition = new Set(position.claims.map((c) => c.topic));
      for (const claim of position.claims) {
        const k = key(claim.statementId, claim.sentenceIndex);
        if (seen.has(k)) continue;
        seen.add(k);
        evidence.push(sentenceOf(claim.statementId, claim.sentenceIndex, claim.sentenceText, undefined, (c) => topicsOfPosition.has(c.topic)));
      }
      return {
        party: position.party, mentioned: position.mentioned, mentionedVia: position.mentionedVia ?? null,
        acts: position.acts, negatedActs: position.negatedActs, actors: position.actors, evidence,
      };
    }),
  }));

  const toSentence = (ref: SentenceRef) => sentenceOf(ref.statementId, ref.sentenceIndex, ref.text, ref.span);
  const alignments: ReportAlignment[] = comparison.alignment.map((pair) => {
    const rows: AlignedRow[] = [];
    const aRefs = [...pair.matches.map((m) => ({ ref: m.a, match: m })), ...pair.unmatched.a.map((ref) => ({ ref, match: undefined }))]
      .sort((x, y) => x.ref.statementId - y.ref.statementId || x.ref.sentenceIndex - y.ref.sentenceIndex);
    for (const { ref, match } of aRefs) rows.push({ a: toSentence(ref), b: match ? toSentence(match.b) : null, score: match ? match.score : null });
    // B's unmatched sentences go after the last row holding an earlier sentence of B, so each side still reads in order.
    for (const ref of [...pair.unmatched.b].sort((x, y) => x.statementId - y.statementId || x.sentenceIndex - y.sentenceIndex)) {
      let at = 0;
      rows.forEach((row, index) => {
        const b = row.b;
        if (b && (b.statementId < ref.statementId || (b.statementId === ref.statementId && b.sentenceIndex < ref.sentenceIndex))) at = index + 1;
      });
      rows.splice(at, 0, { a: null, b: toSentence(ref), score: null });
    }
    return { parties: pair.parties, rows, truncated: pair.truncated };
  });

  const partyOrder = comparison.parties.filter((p) => p.hasReadout).map((p) => p.code);
  const compared = new Set(partyOrder);
  const pairs = comparison.pairs.map((pair) => ({
    parties: pair.parties, score: pair.divergence, counts: pair.counts, meaning: describeDivergence(pair.divergence, pair.counts),
  }));
  return {
    meeting: {
      id: meeting.id, title: meeting.title, date: isoDay(meeting.date), endDate: meeting.endDate ? isoDay(meeting.endDate) : null,
      location: meeting.location, forum: meeting.forum, kind: meeting.kind,
      participants: meeting.participants.map((p) => ({ party: p.party, person: p.person, role: p.role ?? null })),
    },
    parties: comparison.parties.filter((p) => p.hasReadout).map((p) => ({ code: p.code, name: p.name })),
    sources: input.statements.filter((s) => compared.has(s.party))
      .sort((x, y) => partyOrder.indexOf(x.party) - partyOrder.indexOf(y.party) || x.id - y.id).map((s) => ({
      statementId: s.id, party: s.party, issuer: s.issuer, title: s.title, language: s.language, sourceUrl: s.sourceUrl,
      publishedAt: isoOrNull(s.publishedAt), retrievedAt: isoOrNull(s.retrievedAt), revisionCount: s.revision,
    })),
    comparable: comparison.comparable,
    summary: comparison.summary,
    topics,
    alignments,
    divergence: {
      headline: comparison.comparable && pairs.length > 0 ? Math.max(...pairs.map((p) => p.score)) : null,
      pairs,
      formula: divergenceFormula,
    },
    method: { taxonomyVersion: comparison.taxonomyVersion, codebook: input.codebook, generatedAt: input.generatedAt.toISOString() },
  };
}
