import { AppError } from '../domain/errors.ts';
import type { Page } from '../domain/page.ts';
import type { NewParty, Party, PartyChanges } from '../domain/party.ts';
import type { Db } from '../db/create-db.ts';
import {
  countPartyReferences, deleteParty, findParty, insertParty, listParties, updateParty,
} from '../db/party-repository.ts';
import { mapPrismaError } from '../db/prisma-errors.ts';
import { markAnalysesStale } from '../db/analysis-repository.ts';
import { buildTopicTimeline, type TimelineMonth } from '../domain/timeline/topic-timeline.ts';
import { findPartyClaims } from '../db/timeline-repository.ts';
import { decodeCursor, toPage } from './cursor.ts';
import { assertCurrentVersion } from './preconditions.ts';

export interface PartyService {
  list(options: { cursor?: string | undefined; limit: number }): Promise<Page<Party>>;
  get(code: string): Promise<Party>;
  create(party: NewParty): Promise<Party>;
  update(code: string, changes: PartyChanges, expectedVersion?: number): Promise<Party>;
  remove(code: string, expectedVersion?: number): Promise<void>;
  /** Per month and topic, how often and with which acts the party's readouts mention it. */
  topicTimeline(code: string, range: { from?: Date | undefined; to?: Date | undefined }): Promise<TimelineMonth[]>;
}

function notFound(code: string): AppError {
  return new AppError('not-found', `party ${code} does not exist`);
}

export function createPartyService(deps: { db: Db; onAnalysisInputsChanged: () => void }): PartyService {
  const { db } = deps;
  return {
    async list({ cursor, limit }) {
      const afterCode = cursor === undefined ? undefined
        : decodeCursor(cursor, (value) => (typeof value.code === 'string' ? value.code : undefined));
      const rows = await listParties(db.reader, { afterCode, limit: limit + 1 });
      return toPage(rows, limit, (last) => ({ code: last.code }));
    },

    async get(code) {
      const party = await findParty(db.reader, code);
      if (!party) throw notFound(code);
      return party;
    },

    async create(party) {
      try {
        return await db.write((tx) => insertParty(tx, party));
      } catch (error) {
        const mapped = mapPrismaError(error, `party ${party.code}`);
        if (mapped instanceof AppError && mapped.code === 'conflict') {
          throw new AppError('conflict', `party ${party.code} already exists`, [
            { in: 'body', pointer: '#/code', detail: `${party.code} is taken` },
          ]);
        }
        throw mapped;
      }
    },

    async update(code, changes, expectedVersion) {
      const renamed = changes.name !== undefined || changes.aliases !== undefined;
      const updated = await db.write(async (tx) => {
        const current = await findParty(tx, code);
        if (!current) throw notFound(code);
        assertCurrentVersion(`party ${code}`, current.version, expectedVersion);
        const saved = await updateParty(tx, code, changes);
        // Names and aliases resolve actors ("Beijing" → CHN): readouts naming the party are analysed again.
        if (renamed) await markAnalysesStale(tx, { partyCode: code });
        return saved;
      });
      if (renamed) deps.onAnalysisInputsChanged();
      return updated;
    },

    async topicTimeline(code, range) {
      if (!(await findParty(db.reader, code))) throw notFound(code);
      const { claims, meetings } = await findPartyClaims(db.reader, code, range);
      return buildTopicTimeline(claims, meetings);
    },

    remove(code, expectedVersion) {
      return db.write(async (tx) => {
        const current = await findParty(tx, code);
        if (!current) throw notFound(code);
        assertCurrentVersion(`party ${code}`, current.version, expectedVersion);
        const references = await countPartyReferences(tx, code);
        if (references > 0) {
          throw new AppError('conflict', `party ${code} is still named by ${references} statement(s) or participant(s); delete or reassign them first`);
        }
        await deleteParty(tx, code);
      });
    },
  };
}
