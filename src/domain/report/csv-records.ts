import type { DivergenceReport } from './divergence-report.ts';
import { describeStatus, type MeetingReport } from './report-model.ts';

/** Header and rows of a CSV file, as plain strings; quoting and formula escaping happen when they are written. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const list = (values: readonly string[]) => values.join('; ');

/**
 * One row per topic × party, in the report's topic order and party order: what each
 * party says on each topic, with its evidence sentences (one a line in the cell).
 */
export function meetingCsvTable(report: MeetingReport): CsvTable {
  const nameOf = new Map(report.parties.map((p) => [p.code, p.name]));
  const header = [
    'meeting_id', 'meeting_date', 'meeting_title', 'topic', 'topic_label', 'status', 'unconfirmed_joint_claim',
    'party', 'party_name', 'mentioned', 'mentioned_via', 'acts', 'negated_acts', 'actors', 'evidence', 'divergence',
  ];
  const rows = report.topics.flatMap((topic) => topic.positions.map((position) => [
    String(report.meeting.id), report.meeting.date, report.meeting.title, topic.topic, topic.label, topic.status,
    topic.unconfirmedJointClaim ? 'yes' : 'no', position.party, nameOf.get(position.party) ?? position.party,
    position.mentioned ? 'yes' : 'no', position.mentionedVia ?? '', list(position.acts), list(position.negatedActs),
    list(position.actors), position.evidence.map((s) => s.text).join('\n'),
    report.divergence.headline === null ? '' : report.divergence.headline.toFixed(3),
  ]));
  return { header, rows };
}

/** One row per meeting × requested party pair: the pair's score and the meeting's top topics. */
export function divergenceCsvTable(report: DivergenceReport): CsvTable {
  const header = ['meeting_id', 'meeting_date', 'meeting_title', 'forum', 'party_a', 'party_b', 'pair_divergence', 'meeting_divergence', 'top_topics'];
  const rows = report.meetings.flatMap((meeting) => meeting.pairs.map((pair) => [
    String(meeting.id), meeting.date, meeting.title, meeting.forum ?? '', pair.parties[0], pair.parties[1], pair.score.toFixed(3),
    meeting.divergence === null ? '' : meeting.divergence.toFixed(3),
    list(meeting.topTopics.map((t) => `${t.label} (${describeStatus(t)})`)),
  ]));
  return { header, rows };
}
