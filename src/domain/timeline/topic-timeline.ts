import { acts, type Act } from '../analysis/types.ts';

/** One active claim of a party's readout, dated by its meeting. */
export interface DatedClaim {
  readonly topic: string;
  readonly act: Act;
  readonly negated: boolean;
  readonly meetingId: number;
  /** The meeting's first day. */
  readonly date: Date;
}

/** How a party treated one topic in one month. */
export interface TopicMonth {
  readonly topic: string;
  /** Claims on the topic that month. */
  readonly mentions: number;
  /** Distinct meetings whose readouts mention it. */
  readonly meetings: number;
  /** Claims per act, non-negated only; acts with no claim are left out. */
  readonly acts: Readonly<Partial<Record<Act, number>>>;
  readonly negated: number;
}

export interface TimelineMonth {
  /** "YYYY-MM", UTC. */
  readonly month: string;
  /** Meetings that month with a readout of the party, whatever they mention. */
  readonly meetings: number;
  /** Sorted by topic id. */
  readonly topics: readonly TopicMonth[];
}

/**
 * Groups a party's claims per calendar month (UTC) and topic, so an analyst sees
 * when a topic appears or disappears from its readouts. Months with readouts but
 * no claims still appear (with no topics): silence is a signal too. Sorted by month.
 */
export function buildTopicTimeline(claims: readonly DatedClaim[], readoutMeetings: readonly { meetingId: number; date: Date }[]): TimelineMonth[] {
  const monthOf = (date: Date) => date.toISOString().slice(0, 7);
  const months = new Map<string, { meetings: Set<number>; topics: Map<string, { mentions: number; meetings: Set<number>; acts: Map<Act, number>; negated: number }> }>();
  const monthEntry = (month: string) => {
    let entry = months.get(month);
    if (!entry) {
      entry = { meetings: new Set(), topics: new Map() };
      months.set(month, entry);
    }
    return entry;
  };
  for (const meeting of readoutMeetings) monthEntry(monthOf(meeting.date)).meetings.add(meeting.meetingId);
  for (const claim of claims) {
    const entry = monthEntry(monthOf(claim.date));
    entry.meetings.add(claim.meetingId);
    let topic = entry.topics.get(claim.topic);
    if (!topic) {
      topic = { mentions: 0, meetings: new Set(), acts: new Map(), negated: 0 };
      entry.topics.set(claim.topic, topic);
    }
    topic.mentions += 1;
    topic.meetings.add(claim.meetingId);
    if (claim.negated) topic.negated += 1;
    else topic.acts.set(claim.act, (topic.acts.get(claim.act) ?? 0) + 1);
  }
  return [...months].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([month, entry]) => ({
    month,
    meetings: entry.meetings.size,
    topics: [...entry.topics].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([topic, t]) => ({
      topic, mentions: t.mentions, meetings: t.meetings.size, negated: t.negated,
      acts: Object.fromEntries(acts.filter((act) => t.acts.has(act)).map((act) => [act, t.acts.get(act) ?? 0])),
    })),
  }));
}
