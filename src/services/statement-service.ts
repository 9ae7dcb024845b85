import { createHash } from 'node:crypto';
import type { StoredAnalysis } from '../domain/analysis/stored-analysis.ts';
import { AppError } from '../domain/errors.ts';
import type { Page } from '../domain/page.ts';
import type { NewStatement, Statement, StatementChanges, StatementRevision } from '../domain/statement.ts';
import type { Db, Tx } from '../db/create-db.ts';
import { isLiveMeeting } from '../db/meeting-repository.ts';
import {
  findStatement, findStatementStamp, insertStatement, listRevisions, listStatements, markStatementDeleted, statementExists,
  updateStatement, type StatementFilter,
} from '../db/statement-repository.ts';
import type { AnalysisService } from './analysis-service.ts';
import { createLruCache } from './lru-cache.ts';
import { meetingFacts } from './analysis-service.ts';
import { decodeCursor, toPage } from './cursor.ts';
import { meetingNotFound } from './meeting-service.ts';
import { resolvePartyIds } from './party-references.ts';
import { assertCurrentVersion } from './preconditions.ts';

export interface StatementService {
  list(filter: StatementFilter, options: { cursor?: string | undefined; limit: number }): Promise<Page<Statement>>;
  get(id: number): Promise<Statement>;
  /** A statement with its current analysis (null until analysed): the API's point read, cached. */
  getWithAnalysis(id: number): Promise<{ statement: Statement; analysis: StoredAnalysis | null }>;
  /** `byKeyId`: the API key the revision is recorded against (null: command line, seed). */
  add(meetingId: number, statement: NewStatement, byKeyId?: number | null): Promise<Statement>;
  update(id: number, changes: StatementChanges, expectedRevision?: number, byKeyId?: number | null): Promise<Statement>;
  remove(id: number, expectedRevision?: number, byKeyId?: number | null): Promise<void>;
  revisions(id: number): Promise<StatementRevision[]>;
}

/** sha256 (hex) of the UTF-8 text: what "the same readout" means across imports and edits. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function statementNotFound(id: number): AppError {
  return new AppError('not-found', `statement ${id} does not exist`);
}

/** The stored columns for a statement's content, with the hash derived from the text. */
export function toContentRow(meetingId: number, partyId: number, statement: NewStatement) {
  return {
    meetingId, partyId,
    issuer: statement.issuer,
    title: statement.title ?? null,
    sourceUrl: statement.sourceUrl ?? null,
    publishedAt: statement.publishedAt ?? null,
    retrievedAt: statement.retrievedAt ?? null,
    language: statement.language,
    text: statement.text,
    originalText: statement.originalText ?? null,
    originalLanguage: statement.originalLanguage ?? null,
    contentHash: hashText(statement.text),
  };
}

/** Whether applying `next` to `current` would change nothing a revision records. */
export function isSameContent(current: Statement, next: NewStatement): boolean {
  const time = (date: Date | null | undefined) => date?.getTime() ?? null;
  return current.party === next.party && current.issuer === next.issuer
    && current.title === (next.title ?? null) && current.sourceUrl === (next.sourceUrl ?? null)
    && time(current.publishedAt) === time(next.publishedAt) && time(current.retrievedAt) === time(next.retrievedAt)
    && current.language === next.language && current.text === next.text
    && current.originalText === (next.originalText ?? null) && current.originalLanguage === (next.originalLanguage ?? null);
}

/** Applies a partial change to a stored statement, giving the full next content. */
export function mergeChanges(current: Statement, changes: StatementChanges): NewStatement {
  return { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) };
}

/** Adds a statement inside an open write; shared by the REST path and imports. */
export async function addStatementInTx(tx: Tx, meetingId: number, partyId: number, statement: NewStatement, byKeyId: number | null): Promise<Statement> {
  return insertStatement(tx, toContentRow(meetingId, partyId, statement), byKeyId);
}

/** The inputs an analysis depends on; an edit that keeps them keeps the analysis valid. */
function analysisKey(statement: Pick<NewStatement, 'text' | 'language' | 'party'>): string {
  return JSON.stringify([statement.text, statement.language, statement.party]);
}

/** Point reads kept in memory; a readout with its analysis is tens of kB at most. */
const readoutCacheSize = 2000;

export function createStatementService(deps: { db: Db; now: () => Date; analysis: AnalysisService }): StatementService {
  const { db, analysis } = deps;
  // Keyed by the statement's stamp (findStatementStamp): any edit, claim change or
  // re-analysis gives a new key, so an entry is never served stale.
  const readouts = createLruCache<number, { stamp: string; value: Promise<{ statement: Statement; analysis: StoredAnalysis | null }> }>(readoutCacheSize);
  return {
    async list(filter, { cursor, limit }) {
      const afterId = cursor === undefined ? undefined
        : decodeCursor(cursor, (value) => (typeof value.id === 'number' && Number.isSafeInteger(value.id) ? value.id : undefined));
      const rows = await listStatements(db.reader, filter, { afterId, limit: limit + 1 });
      return toPage(rows, limit, (last) => ({ id: last.id }));
    },

    async get(id) {
      const statement = await findStatement(db.reader, id);
      if (!statement) throw statementNotFound(id);
      return statement;
    },

    async getWithAnalysis(id) {
      // The stamp is read before the rows: rows read after it are as new or newer.
      const stamp = await findStatementStamp(db.reader, id);
      if (stamp === null) throw statementNotFound(id);
      const cached = readouts.get(id);
      if (cached?.stamp === stamp) return cached.value;
      const value = (async () => {
        const statement = await findStatement(db.reader, id);
        if (!statement) throw statementNotFound(id);
        return { statement, analysis: await analysis.find(id) };
      })();
      readouts.set(id, { stamp, value });
      value.catch(() => readouts.delete(id));
      return value;
    },

    // The analysis runs before the write transaction opens, so a long text never
    // holds the single writer; the transaction re-checks what it depends on.
    async add(meetingId, statement, byKeyId = null) {
      const facts = await meetingFacts(db.reader, meetingId);
      if (!facts) throw meetingNotFound(meetingId);
      await resolvePartyIds(db.reader, [{ code: statement.party, pointer: '#/party' }]);
      const prepared = await analysis.prepare({
        text: statement.text, language: statement.language, party: statement.party,
        meeting: { participants: facts.participants, partyCodes: [...facts.partyCodes, statement.party] },
      });
      return db.write(async (tx) => {
        if (!(await isLiveMeeting(tx, meetingId))) throw meetingNotFound(meetingId);
        const partyIds = await resolvePartyIds(tx, [{ code: statement.party, pointer: '#/party' }]);
        const added = await addStatementInTx(tx, meetingId, partyIds.get(statement.party) ?? 0, statement, byKeyId);
        await analysis.store(tx, added.id, added.revision, prepared);
        return added;
      });
    },

    async update(id, changes, expectedRevision, byKeyId = null) {
      const before = await findStatement(db.reader, id);
      if (!before) throw statementNotFound(id);
      assertCurrentVersion(`statement ${id}`, before.revision, expectedRevision);
      const planned = mergeChanges(before, changes);
      // An edit that changes nothing makes no revision: history shows real changes only.
      if (isSameContent(before, planned)) return before;
      const facts = await meetingFacts(db.reader, before.meetingId);
      const prepared = facts && await analysis.prepare({
        text: planned.text, language: planned.language, party: planned.party,
        meeting: { participants: facts.participants, partyCodes: [...facts.partyCodes, planned.party] },
      });
      let analysedLater = false;
      const updated = await db.write(async (tx) => {
        const current = await findStatement(tx, id);
        if (!current) throw statementNotFound(id);
        assertCurrentVersion(`statement ${id}`, current.revision, expectedRevision);
        const next = mergeChanges(current, changes);
        if (isSameContent(current, next)) return current;
        const partyIds = await resolvePartyIds(tx, [{ code: next.party, pointer: '#/party' }]);
        const saved = await updateStatement(tx, id, toContentRow(current.meetingId, partyIds.get(next.party) ?? 0, next), byKeyId);
        if (prepared && analysisKey(next) === analysisKey(planned)) await analysis.store(tx, id, saved.revision, prepared);
        else analysedLater = true;
        return saved;
      });
      // Another edit landed between the analysis and the write: the background pass catches up.
      if (analysedLater) analysis.scheduleReanalysis();
      return updated;
    },

    remove(id, expectedRevision, byKeyId = null) {
      return db.write(async (tx) => {
        const current = await findStatement(tx, id);
        if (!current) throw statementNotFound(id);
        assertCurrentVersion(`statement ${id}`, current.revision, expectedRevision);
        await markStatementDeleted(tx, id, deps.now(), byKeyId);
      });
    },

    async revisions(id) {
      if (!(await statementExists(db.reader, id))) throw statementNotFound(id);
      return listRevisions(db.reader, id);
    },
  };
}
