import { z } from 'zod';
import { meetingKinds, type Meeting, type MeetingChanges, type NewMeeting } from '../../domain/meeting.ts';
import { DateInput, iso, isoDay, Label, ListParam, PartyCode, type PageLimits, pageQuery } from './common.ts';

const Participant = z.strictObject({
  party: PartyCode,
  person: Label(200).meta({ example: 'Wang Wentao' }),
  role: Label(200).nullable().optional().meta({ example: 'Minister of Commerce' }),
});

const meetingFields = {
  ref: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'must be 1-128 letters, digits or . _ : - characters')
    .nullable().optional().meta({ description: 'Your stable reference for this meeting; imports match on it.', example: '2023-05-25-chn-kor-apec-trade' }),
  title: Label(300).meta({ example: 'China-South Korea trade ministers meeting' }),
  date: DateInput.meta({ example: '2023-05-25' }),
  endDate: DateInput.nullable().optional(),
  location: Label(200).nullable().optional().meta({ example: 'Detroit, United States' }),
  forum: Label(200).nullable().optional().meta({ example: 'APEC Ministers Responsible for Trade' }),
  kind: z.enum(meetingKinds),
  participants: z.array(Participant).max(200).default([]),
  tags: z.array(Label(100)).max(50).default([]),
};

export const NewMeetingBody = z.strictObject(meetingFields).meta({ id: 'NewMeeting' }) satisfies z.ZodType<NewMeeting, unknown>;

export const MeetingChangesBody = z.strictObject({
  ref: meetingFields.ref,
  title: meetingFields.title.optional(),
  date: meetingFields.date.optional(),
  endDate: meetingFields.endDate,
  location: meetingFields.location,
  forum: meetingFields.forum,
  kind: meetingFields.kind.optional(),
  participants: z.array(Participant).max(200).optional(),
  tags: z.array(Label(100)).max(50).optional(),
}).meta({ id: 'MeetingChanges' }) satisfies z.ZodType<MeetingChanges, unknown>;

export const meetingListQuery = (limits: PageLimits) => z.object({
  ...pageQuery(limits),
  party: ListParam(PartyCode).meta({ description: 'Meetings involving every listed party (participant or readout). Repeat or comma-separate.' }),
  from: DateInput.optional().meta({ description: 'Meetings on or after this date.' }),
  to: DateInput.optional().meta({ description: 'Meetings on or before this date.' }),
  forum: Label(200).optional().meta({ description: 'Forum contains this text (case-insensitive).' }),
  tag: ListParam(Label(100)).meta({ description: 'Meetings carrying every listed tag.' }),
  q: Label(200).optional().meta({ description: 'Free text over title, place, forum and readout text.' }),
  sort: z.enum(['date', 'divergence']).default('date').meta({ description: 'date: newest first; divergence: most divergent readouts first (not yet compared last).' }),
});

export const MeetingView = z.object({
  id: z.number().int(),
  ref: z.string().nullable(),
  title: z.string(),
  date: z.string().meta({ description: 'First day, YYYY-MM-DD.' }),
  endDate: z.string().nullable(),
  location: z.string().nullable(),
  forum: z.string().nullable(),
  kind: z.enum(meetingKinds),
  participants: z.array(z.object({ party: z.string(), person: z.string(), role: z.string().nullable() })),
  tags: z.array(z.string()),
  parties: z.array(z.string()).meta({ description: 'Codes of the parties with at least one readout of this meeting.' }),
  statementCount: z.number().int(),
  divergence: z.number().nullable().meta({ description: 'Highest divergence of any party pair (see the comparison); null before two readouts are compared.' }),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Meeting' });

export function toMeetingView(meeting: Meeting): z.infer<typeof MeetingView> {
  return {
    id: meeting.id, ref: meeting.ref, title: meeting.title, date: isoDay(meeting.date),
    endDate: meeting.endDate ? isoDay(meeting.endDate) : null, location: meeting.location, forum: meeting.forum,
    kind: meeting.kind,
    participants: meeting.participants.map((p) => ({ party: p.party, person: p.person, role: p.role ?? null })),
    tags: [...meeting.tags], parties: [...meeting.partiesWithStatements], statementCount: meeting.statementCount,
    divergence: meeting.divergence, version: meeting.version, createdAt: iso(meeting.createdAt), updatedAt: iso(meeting.updatedAt),
  };
}
