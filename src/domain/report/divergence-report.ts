import type { Comparison, RowStatus } from '../comparison/types.ts';
import type { Meeting } from '../meeting.ts';
import { describeDivergence, type ReportDivergence } from './report-model.ts';

/** The formats of the divergence report; `svg` is the timeline chart alone. */
export const divergenceFormats = ['json', 'html', 'md', 'csv', 'svg'] as const;
export type DivergenceFormat = (typeof divergenceFormats)[number];

/** Meetings per divergence report page: the default and the cap (each meeting is compared afresh). */
export const divergenceMeetingLimits = { defaultSize: 50, maxSize: 500 } as const;

/** How many topics a meeting lists as its top divergences. */
export const topTopicsPerMeeting = 5;
/** How many topics the timeline chart shows at most (the most mentioned ones). */
export const maxTimelineTopics = 40;

/** A topic where a meeting's readouts part ways: an unconfirmed joint claim, a divergent or an omitted topic. */
export interface TopDivergence {
  readonly topic: string;
  readonly label: string;
  readonly status: RowStatus;
  readonly unconfirmedJointClaim: boolean;
  readonly mentionedBy: readonly string[];
}

/** One meeting of the period, with the requested parties compared. */
export interface DivergenceMeeting {
  readonly id: number;
  readonly title: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly location: string | null;
  readonly forum: string | null;
  /** The meeting's stored headline divergence (highest over all its party pairs); null before it is computed. */
  readonly divergence: number | null;
  /** The requested parties' pairs, compared on this meeting. */
  readonly pairs: readonly ReportDivergence[];
  /** Unconfirmed joint claims first, then divergent, then omitted topics; at most `topTopicsPerMeeting`. */
  readonly topTopics: readonly TopDivergence[];
}

/**
 * Which parties mentioned which topics at which meetings. `meetings` are in date order
 * (oldest first); `topics` are the most mentioned ones, at most `maxTimelineTopics`.
 */
export interface TopicTimelineChart {
  readonly parties: readonly { readonly code: string; readonly name: string }[];
  readonly meetings: readonly { readonly id: number; readonly date: string; readonly title: string }[];
  readonly topics: readonly { readonly topic: string; readonly label: string }[];
  /** Topics mentioned in the period but left out of the chart for space. */
  readonly topicsLeftOut: number;
  /** Each (meeting, topic) with the parties that mention the topic itself or at another depth. */
  readonly mentions: readonly { readonly meetingId: number; readonly topic: string; readonly parties: readonly string[] }[];
}

/** The multi-meeting divergence report of some parties over a period. */
export interface DivergenceReport {
  readonly parties: readonly { readonly code: string; readonly name: string }[];
  readonly period: { readonly from: string | null; readonly to: string | null };
  /** Newest first, as the meetings list orders them. */
  readonly meetings: readonly DivergenceMeeting[];
  readonly page: {
    readonly limit: number;
    readonly maxLimit: number;
    /** Pass back as `cursor` for older meetings; null when there are none. */
    readonly nextCursor: string | null;
  };
  readonly timeline: TopicTimelineChart;
  readonly method: {
    /** Taxonomy versions of the comparisons, ascending (more than one while a re-analysis runs). */
    readonly taxonomyVersions: readonly number[];
    readonly codebook: string;
    readonly generatedAt: string;
  };
}

export interface DivergenceReportInput {
  readonly parties: readonly { readonly code: string; readonly name: string }[];
  readonly period: { readonly from?: Date | undefined; readonly to?: Date | undefined };
  readonly meetings: readonly { readonly meeting: Meeting; readonly comparison: Comparison }[];
  readonly page: DivergenceReport['page'];
  readonly codebook: string;
  readonly generatedAt: Date;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the divergence report from each meeting's comparison of the requested parties. Pure. */
export function buildDivergenceReport(input: DivergenceReportInput): DivergenceReport {
  const meetings: DivergenceMeeting[] = input.meetings.map(({ meeting, comparison }) => ({
    id: meeting.id, title: meeting.title, date: isoDay(meeting.date), location: meeting.location, forum: meeting.forum,
    divergence: meeting.divergence,
    pairs: comparison.pairs.map((pair) => ({
      parties: pair.parties, score: pair.divergence, counts: pair.counts, meaning: describeDivergence(pair.divergence, pair.counts),
    })),
    // The comparison already orders rows: unconfirmed joint claims, divergent, omitted, partly-shared, shared.
    topTopics: comparison.rows
      .filter((row) => row.unconfirmedJointClaim || row.status === 'divergent' || row.status === 'omitted')
      .slice(0, topTopicsPerMeeting)
      .map((row) => ({ topic: row.topic, label: row.label, status: row.status, unconfirmedJointClaim: row.unconfirmedJointClaim, mentionedBy: row.mentionedBy })),
  }));

  const labels = new Map<string, string>();
  const meetingsPerTopic = new Map<string, number>();
  const mentions: { meetingId: number; topic: string; parties: readonly string[] }[] = [];
  for (const { meeting, comparison } of input.meetings) {
    for (const row of comparison.rows) {
      if (row.mentionedBy.length === 0) continue;
      labels.set(row.topic, row.label);
      meetingsPerTopic.set(row.topic, (meetingsPerTopic.get(row.topic) ?? 0) + 1);
      mentions.push({ meetingId: meeting.id, topic: row.topic, parties: row.mentionedBy });
    }
  }
  const ranked = [...meetingsPerTopic].sort(([a, m], [b, n]) => n - m || byText(a, b));
  const shown = ranked.slice(0, maxTimelineTopics).map(([topic]) => topic).sort(byText);
  const shownSet = new Set(shown);
  const chronological = [...input.meetings].map((m) => m.meeting).sort((a, b) => a.date.getTime() - b.date.getTime() || a.id - b.id);

  return {
    parties: input.parties,
    period: { from: input.period.from ? isoDay(input.period.from) : null, to: input.period.to ? isoDay(input.period.to) : null },
    meetings,
    page: input.page,
    timeline: {
      parties: input.parties,
      meetings: chronological.map((m) => ({ id: m.id, date: isoDay(m.date), title: m.title })),
      topics: shown.map((topic) => ({ topic, label: labels.get(topic) ?? topic })),
      topicsLeftOut: ranked.length - shown.length,
      mentions: mentions.filter((m) => shownSet.has(m.topic)),
    },
    method: {
      taxonomyVersions: [...new Set(input.meetings.map((m) => m.comparison.taxonomyVersion))].sort((a, b) => a - b),
      codebook: input.codebook,
      generatedAt: input.generatedAt.toISOString(),
    },
  };
}
