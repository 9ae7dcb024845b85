import { AppError } from '../domain/errors.ts';
import type { Meeting, MeetingChanges, MeetingFilter, MeetingSort, NewMeeting } from '../domain/meeting.ts';
import type { Page } from '../domain/page.ts';
import type { Db } from '../db/create-db.ts';
import {
  findMeeting, insertMeeting, listMeetings, markMeetingDeleted, updateMeeting, type MeetingPosition,
} from '../db/meeting-repository.ts';
import { mapPrismaError } from '../db/prisma-errors.ts';
import { markAnalysesStale } from '../db/analysis-repository.ts';
import { decodeCursor, toPage } from './cursor.ts';
import { resolvePartyIds } from './party-references.ts';
import { assertCurrentVersion } from './preconditions.ts';

export interface MeetingService {
  list(filter: MeetingFilter, options: { cursor?: string | undefined; limit: number; sort?: MeetingSort }): Promise<Page<Meeting>>;
  get(id: number): Promise<Meeting>;
  create(meeting: NewMeeting): Promise<Meeting>;
  update(id: number, changes: MeetingChanges, expectedVersion?: number): Promise<Meeting>;
  remove(id: number, expectedVersion?: number): Promise<void>;
}

export function meetingNotFound(id: number): AppError {
  return new AppError('not-found', `meeting ${id} does not exist`);
}

function readPosition(sort: MeetingSort) {
  return (value: Record<string, unknown>): MeetingPosition | undefined => {
    if (value.sort !== sort || typeof value.id !== 'number' || !Number.isSafeInteger(value.id)) return undefined;
    if (sort === 'divergence') {
      const divergence = value.divergence;
      return divergence === null || typeof divergence === 'number' ? { sort, divergence, id: value.id } : undefined;
    }
    const date = typeof value.date === 'string' ? new Date(value.date) : new Date(Number.NaN);
    return Number.isNaN(date.getTime()) ? undefined : { sort, date, id: value.id };
  };
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

export function createMeetingService(deps: { db: Db; now: () => Date; onAnalysisInputsChanged: () => void }): MeetingService {
  const { db } = deps;
  const participantReferences = (participants: NewMeeting['participants']) =>
    participants.map((participant, index) => ({ code: participant.party, pointer: `#/participants/${index}/party` }));

  return {
    async list(filter, { cursor, limit, sort = 'date' }) {
      const after = cursor === undefined ? undefined : decodeCursor(cursor, readPosition(sort));
      const rows = await listMeetings(db.reader, filter, { sort, after, limit: limit + 1 });
      return toPage(rows, limit, (last): Record<string, string | number | null> => (sort === 'date'
        ? { sort, date: last.date.toISOString(), id: last.id }
        : { sort, divergence: last.divergence, id: last.id }));
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
          const updated = await updateMeeting(tx, id, changes, partyIds);
          // Participants name who speaks for whom: the readouts' actors must be resolved again.
          if (changes.participants !== undefined) await markAnalysesStale(tx, { meetingId: id });
          return updated;
        }).then((updated) => {
          if (changes.participants !== undefined) deps.onAnalysisInputsChanged();
          return updated;
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
