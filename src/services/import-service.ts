import { createHash } from 'node:crypto';
import { AppError, type FieldIssue } from '../domain/errors.ts';
import type { ImportBundle, ImportCounts, ImportMeeting, ImportResult } from '../domain/import-bundle.ts';
import type { Meeting } from '../domain/meeting.ts';
import type { NewParty, Party } from '../domain/party.ts';
import type { NewStatement, Statement } from '../domain/statement.ts';
import type { Db, Tx } from '../db/create-db.ts';
import { markAnalysesStale } from '../db/analysis-repository.ts';
import { findIdempotencyRecord, insertIdempotencyRecord } from '../db/idempotency-repository.ts';
import type { AnalysisService, PreparedAnalysis } from './analysis-service.ts';
import { findMeetingByRef, insertMeeting, updateMeeting } from '../db/meeting-repository.ts';
import { findParty, insertParty, updateParty } from '../db/party-repository.ts';
import { listMeetingStatementsOfParty, updateStatement } from '../db/statement-repository.ts';
import { resolvePartyIds, type PartyReference } from './party-references.ts';
import { addStatementInTx, hashText, isSameContent, toContentRow } from './statement-service.ts';

export interface ImportService {
  /** Applies the whole bundle in one transaction, or nothing. Sending it twice changes nothing. */
  /**
   * `idempotencyKey` is scoped to the caller's API key (`byKeyId`), as Stripe scopes it to
   * an account: two clients that happen to pick one key never see each other's answers.
   */
  run(bundle: ImportBundle, options?: { idempotencyKey?: string | undefined; byKeyId?: number | null }): Promise<ImportResult>;
}

/** sha256 of a value's JSON: what "the same body" means for an Idempotency-Key. */
function hashRequest(bundle: ImportBundle): string {
  return createHash('sha256').update(JSON.stringify(bundle)).digest('hex');
}

function keyReusedWithOtherBody(key: string): AppError {
  return new AppError('invalid-input', `Idempotency-Key ${key} was already used with a different body`, [
    { in: 'header', pointer: '#/idempotency-key', detail: 'must be a new key for a different bundle' },
  ]);
}

type Outcome = keyof ImportCounts;

function counter() {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  return { counts, add: (outcome: Outcome) => { counts[outcome] += 1; } };
}

const sameStrings = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

function isSameParty(current: Party, next: NewParty): boolean {
  return current.name === next.name && sameStrings(current.aliases, next.aliases) && current.kind === (next.kind ?? null);
}

function isSameMeeting(current: Meeting, next: ImportMeeting): boolean {
  const day = (date: Date | null | undefined) => date?.getTime() ?? null;
  return current.title === next.title && day(current.date) === day(next.date) && day(current.endDate) === day(next.endDate)
    && current.location === (next.location ?? null) && current.forum === (next.forum ?? null) && current.kind === next.kind
    && sameStrings(current.tags, next.tags)
    && current.participants.length === next.participants.length
    && current.participants.every((p, i) => {
      const other = next.participants[i];
      return other !== undefined && p.party === other.party && p.person === other.person && (p.role ?? null) === (other.role ?? null);
    });
}

/** Refs and codes must be unique within one bundle; otherwise which one wins is a guess. */
function checkDuplicates(bundle: ImportBundle): void {
  const issues: FieldIssue[] = [];
  const seen = (values: readonly string[], pointer: (index: number) => string, what: string) => {
    const first = new Map<string, number>();
    values.forEach((value, index) => {
      const earlier = first.get(value);
      if (earlier === undefined) first.set(value, index);
      else issues.push({ in: 'body', pointer: pointer(index), detail: `${what} ${value} already appears at index ${earlier}` });
    });
  };
  seen(bundle.parties.map((p) => p.code), (i) => `#/parties/${i}/code`, 'party code');
  seen(bundle.meetings.map((m) => m.ref), (i) => `#/meetings/${i}/ref`, 'meeting ref');
  if (issues.length > 0) throw new AppError('invalid-input', 'the bundle names the same record twice', issues);
}

function partyReferences(bundle: ImportBundle): PartyReference[] {
  return bundle.meetings.flatMap((meeting, m) => [
    ...meeting.participants.map((p, i) => ({ code: p.party, pointer: `#/meetings/${m}/participants/${i}/party` })),
    ...meeting.statements.map((s, i) => ({ code: s.party, pointer: `#/meetings/${m}/statements/${i}/party` })),
  ]);
}

/**
 * A re-imported statement is the same readout when its source URL matches, or,
 * without a URL, when its text does; a changed readout at a known URL becomes a
 * new revision, as an edit would.
 */
function findCounterpart(existing: readonly Statement[], next: NewStatement, hash: string): Statement | undefined {
  if (next.sourceUrl) return existing.find((s) => s.sourceUrl === next.sourceUrl);
  return existing.find((s) => s.sourceUrl === null && s.contentHash === hash);
}

async function importMeeting(
  tx: Tx, meeting: ImportMeeting, partyIds: ReadonlyMap<string, number>, prepared: readonly PreparedAnalysis[],
  counts: { meetings: ReturnType<typeof counter>; statements: ReturnType<typeof counter> }, analysis: AnalysisService,
  byKeyId: number | null,
): Promise<void> {
  const { meetings, statements } = counts;
  const current = await findMeetingByRef(tx, meeting.ref);
  let meetingId: number;
  let isNew = false;
  if (!current) {
    isNew = true;
    meetingId = (await insertMeeting(tx, meeting, partyIds)).id;
    meetings.add('created');
  } else if (isSameMeeting(current, meeting)) {
    meetingId = current.id;
    meetings.add('unchanged');
  } else {
    meetingId = (await updateMeeting(tx, current.id, meeting, partyIds)).id;
    meetings.add('updated');
  }
  const storedHere = new Map<number, Statement[]>();
  for (const [index, statement] of meeting.statements.entries()) {
    const partyId = partyIds.get(statement.party) ?? 0;
    // A meeting this import created holds only what this loop stored: no need to read it back.
    const existing = isNew ? (storedHere.get(partyId) ?? []) : await listMeetingStatementsOfParty(tx, meetingId, partyId);
    const match = findCounterpart(existing, statement, hashText(statement.text));
    const analysed = prepared[index];
    if (match && isSameContent(match, statement)) {
      statements.add('unchanged');
      continue;
    }
    const saved = match
      ? await updateStatement(tx, match.id, toContentRow(meetingId, partyId, statement), byKeyId)
      : await addStatementInTx(tx, meetingId, partyId, statement, byKeyId);
    if (analysed) await analysis.store(tx, saved.id, saved.revision, analysed);
    storedHere.set(partyId, [...existing.filter((s) => s.id !== saved.id), saved]);
    statements.add(match ? 'updated' : 'created');
  }
}

/** Analyses every statement of the bundle, in the context the bundle itself describes. */
async function prepareAnalyses(bundle: ImportBundle, analysis: AnalysisService): Promise<PreparedAnalysis[][]> {
  const known = bundle.parties.map((party) => ({ code: party.code, name: party.name, aliases: party.aliases }));
  const prepared: PreparedAnalysis[][] = [];
  for (const meeting of bundle.meetings) {
    const facts = { participants: meeting.participants, partyCodes: meeting.statements.map((statement) => statement.party) };
    const perMeeting: PreparedAnalysis[] = [];
    for (const statement of meeting.statements) {
      perMeeting.push(await analysis.prepare({ text: statement.text, language: statement.language, party: statement.party, meeting: facts, known }));
    }
    prepared.push(perMeeting);
  }
  return prepared;
}

export function createImportService(deps: { db: Db; analysis: AnalysisService }): ImportService {
  return {
    async run(bundle, options = {}) {
      const byKeyId = options.byKeyId ?? null;
      const key = options.idempotencyKey === undefined ? undefined : `${byKeyId ?? 'local'}:${options.idempotencyKey}`;
      const requestHash = hashRequest(bundle);
      // A replay answers with the stored result: the first answer, byte for byte.
      const earlier = key === undefined ? null : await findIdempotencyRecord(deps.db.reader, key);
      if (key !== undefined && earlier) {
        if (earlier.requestHash !== requestHash) throw keyReusedWithOtherBody(String(options.idempotencyKey));
        return JSON.parse(earlier.response) as ImportResult;
      }
      checkDuplicates(bundle);
      // Fail fast on unknown parties, then analyse outside the write transaction.
      await resolvePartyIds(deps.db.reader, partyReferences(bundle), new Set(bundle.parties.map((party) => party.code)));
      const prepared = await prepareAnalyses(bundle, deps.analysis);
      const outcome = await deps.db.write(async (tx) => {
        // Checked again inside the transaction: two requests with one key may race to here.
        const raced = key === undefined ? null : await findIdempotencyRecord(tx, key);
        if (key !== undefined && raced) {
          if (raced.requestHash !== requestHash) throw keyReusedWithOtherBody(String(options.idempotencyKey));
          return { result: JSON.parse(raced.response) as ImportResult, replayed: true };
        }
        const parties = counter();
        for (const party of bundle.parties) {
          const current = await findParty(tx, party.code);
          if (!current) {
            await insertParty(tx, party);
            parties.add('created');
          } else if (isSameParty(current, party)) {
            parties.add('unchanged');
          } else {
            await updateParty(tx, party.code, party);
            parties.add('updated');
          }
        }
        const partyIds = await resolvePartyIds(tx, partyReferences(bundle));
        const meetings = counter();
        const statements = counter();
        for (const [index, meeting] of bundle.meetings.entries()) {
          await importMeeting(tx, meeting, partyIds, prepared[index] ?? [], { meetings, statements }, deps.analysis, byKeyId);
        }
        // Renamed parties and changed participants change how actors resolve in older readouts.
        if (parties.counts.updated > 0 || meetings.counts.updated > 0) {
          for (const party of bundle.parties) await markAnalysesStale(tx, { partyCode: party.code });
        }
        const result: ImportResult = { parties: parties.counts, meetings: meetings.counts, statements: statements.counts };
        if (key !== undefined) await insertIdempotencyRecord(tx, { key, requestHash, response: JSON.stringify(result) });
        return { result, replayed: false };
      });
      const { result, replayed } = outcome;
      if (!replayed && (result.parties.updated > 0 || result.meetings.updated > 0)) deps.analysis.scheduleReanalysis();
      return result;
    },
  };
}
