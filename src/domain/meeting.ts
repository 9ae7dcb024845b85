/** Kinds of meeting; readouts of a call read differently from those of a summit. */
export const meetingKinds = [
  'call', 'video-call', 'bilateral-meeting', 'multilateral-meeting', 'summit', 'visit',
  'dialogue', 'talks', 'other',
] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** Who took part for which party, e.g. CHN / Wang Wentao / Minister of Commerce. */
export interface Participant {
  readonly party: string;
  readonly person: string;
  readonly role?: string | null | undefined;
}

export interface NewMeeting {
  /** Client-chosen stable reference ("2023-05-25-chn-kor-apec"); lets imports recognise the meeting. */
  readonly ref?: string | null | undefined;
  readonly title: string;
  /** First day, at 00:00 UTC. */
  readonly date: Date;
  readonly endDate?: Date | null | undefined;
  readonly location?: string | null | undefined;
  readonly forum?: string | null | undefined;
  readonly kind: MeetingKind;
  readonly participants: readonly Participant[];
  readonly tags: readonly string[];
}

export type MeetingChanges = Partial<NewMeeting>;

export interface Meeting {
  readonly id: number;
  readonly ref: string | null;
  readonly title: string;
  readonly date: Date;
  readonly endDate: Date | null;
  readonly location: string | null;
  readonly forum: string | null;
  readonly kind: MeetingKind;
  readonly participants: readonly Participant[];
  readonly tags: readonly string[];
  /** Codes of the parties with at least one live statement, sorted. */
  readonly partiesWithStatements: readonly string[];
  readonly statementCount: number;
  /** Highest divergence of any party pair (0..1), null before comparison or with under two readouts. */
  readonly divergence: number | null;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** Filters of the meetings list; every given filter must hold. */
export interface MeetingFilter {
  /** Meetings involving every one of these parties (as participant or with a statement). */
  readonly parties: readonly string[];
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
  readonly forum?: string | undefined;
  /** Meetings carrying every one of these tags. */
  readonly tags: readonly string[];
  /** Free text over title, location, forum and statement text. */
  readonly text?: string | undefined;
}

/** List orders: newest first, or most divergent first (meetings not yet compared last). */
export type MeetingSort = 'date' | 'divergence';
