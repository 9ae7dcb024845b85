import { AppError } from '../domain/errors.ts';
import type { Meeting, MeetingChanges, MeetingFilter, NewMeeting } from '../domain/meeting.ts';
import type { Page } from '../domain/page.ts';
import type { Db } from '../db/create-db.ts';
import {
  findMeeting, insertMeeting, listMeetings, markMeetingDeleted, updateMeeting, type MeetingPosition,
} from '../db/meeting-repository.ts';
import { mapPrismaError } from '../db/prisma-errors.ts';
import { decodeCursor, toPage } from './cursor.ts';
import { resolvePartyIds } from './party-references.ts';
import { assertCurrentVersion } from './preconditions.ts';

export interface MeetingService {
  list(filter: MeetingFilter, options: { cursor?: string | undefined; limit: number }): Promise<Page<Meeting>>;
  get(id: number): Promise<Meeting>;
  create(meeting: NewMeeting): Promise<Meeting>;
  update(id: number, changes: MeetingChanges, expectedVersion?: number): Promise<Meeting>;
  remove(id: number, expectedVersion?: number): Promise<void>;
}

export function meetingNotFound(id: number): AppError {
  return new AppError('not-found', `meeting ${id} does not exist`);
}

function readPosition(value: Record<string, unknown>): MeetingPosition | undefined {
  if (typeof value.date !== 'string' || typeof value.id !== 'number' || !Number.isSafeInteger(value.id)) return undefined;
  const date = new Date(value.date);
  return Number.isNaN(date.getTime()) ? undefined : { date, id: value.id };
}

function checkDates(date: Date, endDate: Date | null | undefined): void {
  if (endDate && endDate < date) {
    throw new AppError('invalid-input', 'endDate is before date', [
      { in: 'body', pointer: '#/endDate', detail: `must not be before date ${date.toISOString().slice(0, 10)}` },
    ]);
  }
}

function refConflict(error: unknown, ref: string | null | undefined): unknown {
  const mapped = mapPrismaError(error, `meeting with ref ${ref ?? ''}`);
  if (mapped instanceof AppError && mapped.code === 'conflict') {
    return new AppError('conflict', `a meeting with ref ${ref ?? ''} already exists`, [
      { in: 'body', pointer: '#/ref', detail: 'must be unique' },
    ]);
  }
  return mapped;
}

export function createMeetingService(deps: { db: Db; now: () => Date }): MeetingService {
  const { db } = deps;
  const participantReferences = (participants: NewMeeting['participants']) =>
    participants.map((participant, index) => ({ code: participant.party, pointer: `#/participants/${index}/party` }));

  return {
    async list(filter, { cursor, limit }) {
      const after = cursor === undefined ? undefined : decodeCursor(cursor, readPosition);
      const rows = await listMeetings(db.reader, filter, { after, limit: limit + 1 });
      return toPage(rows, limit, (last) => ({ date: last.date.toISOString(), id: last.id }));
    },

    async get(id) {
      const meeting = await findMeeting(db.reader, id);
      if (!meeting) throw meetingNotFound(id);
      return meeting;
    },

    async create(meeting) {
      checkDates(meeting.date, meeting.endDate);
      try {
        return await db.write(async (tx) => {
          const partyIds = await resolvePartyIds(tx, participantReferences(meeting.participants));
          return insertMeeting(tx, meeting, partyIds);
        });
      } catch (error) {
        throw refConflict(error, meeting.ref);
      }
    },

    async update(id, changes, expectedVersion) {
      try {
        return await db.write(async (tx) => {
          const current = await findMeeting(tx, id);
          if (!current) throw meetingNotFound(id);
          assertCurrentVersion(`meeting ${id}`, current.version, expectedVersion);
          checkDates(changes.date ?? current.date, changes.endDate === undefined ? current.endDate : changes.endDate);
          const partyIds = await resolvePartyIds(tx, participantReferences(changes.participants ?? []));
          return updateMeeting(tx, id, changes, partyIds);
        });
      } catch (error) {
        throw refConflict(error, changes.ref);
      }
    },

    remove(id, expectedVersion) {
      return db.write(async (tx) => {
        const current = await findMeeting(tx, id);
        if (!current) throw meetingNotFound(id);
        assertCurrentVersion(`meeting ${id}`, current.version, expectedVersion);
        if (current.statementCount > 0) {
          throw new AppError('conflict', `meeting ${id} still has ${current.statementCount} statement(s); delete them first`);
        }
        await markMeetingDeleted(tx, id, deps.now());
      });
    },
  };
}
