import type { Logger } from 'pino';
import type { StoredAnalysis } from '../domain/analysis/stored-analysis.ts';
import { compareReadouts } from '../domain/comparison/compare-readouts.ts';
import type { Comparison, ComparisonDeps, ComparisonStatement } from '../domain/comparison/types.ts';
import { AppError } from '../domain/errors.ts';
import type { Meeting } from '../domain/meeting.ts';
import type { Statement } from '../domain/statement.ts';
import type { Db, Reader } from '../db/create-db.ts';
import type { StoredTaxonomy } from '../domain/analysis/types.ts';
import { findAnalyses } from '../db/analysis-repository.ts';
import { findComparisonStamp, findStaleChangeCount, findStaleMeetings, saveMeetingDivergence } from '../db/comparison-repository.ts';
import { dialectOf } from '../db/dialect.ts';
import { findMeeting } from '../db/meeting-repository.ts';
import { listPartiesByCode } from '../db/party-repository.ts';
import { findStatement, listMeetingStatements } from '../db/statement-repository.ts';
import { createBackgroundJob } from './background-job.ts';
import { createLruCache } from './lru-cache.ts';
import { meetingNotFound } from './meeting-service.ts';
import type { TaxonomyService } from './taxonomy-service.ts';

export interface ComparisonService {
  /** Lines up the readouts of a meeting, of all parties with readouts or of `parties` (each must have one). */
  forMeeting(meetingId: number, options?: { parties?: readonly string[] }): Promise<{ meeting: Meeting; comparison: Comparison }>;
  /** Lines up any statements, even of different meetings; statements of one party at one meeting are merged. */
  forStatements(statementIds: readonly number[]): Promise<Comparison>;
  /** Starts the background refresh of stale meeting divergences, if it is not running. */
  scheduleRefresh(): void;
  drainRefresh(): Promise<void>;
  stopRefresh(): Promise<void>;
}

function toComparisonStatement(statement: Statement, analysis: StoredAnalysis | undefined, side: string): ComparisonStatement {
  const sentences = analysis?.sentences ?? [];
  return {
    id: statement.id, party: side, issuer: statement.issuer, title: statement.title, language: statement.language,
    text: statement.text, sentences, atmosphere: analysis?.atmosphere ?? [],
    claims: (analysis?.claims ?? []).map((claim) => {
      const span = sentences[claim.sentenceIndex]?.span;
      return {
        id: claim.id, statementId: statement.id, party: side, sentenceIndex: claim.sentenceIndex,
        sentenceText: span ? statement.text.slice(span.start, span.end) : '',
        topic: claim.topic, evidence: claim.evidence, act: claim.act.act,
        actor: { kind: claim.actor.kind, partyCodes: claim.actor.partyCodes },
        modality: claim.modality, confidence: claim.confidence, method: claim.method,
      };
    }),
  };
}

/** The headline number of a meeting: its most divergent pair; null when nothing is compared. */
export function headlineDivergence(comparison: Comparison): number | null {
  return comparison.comparable && comparison.pairs.length > 0 ? Math.max(...comparison.pairs.map((pair) => pair.divergence)) : null;
}

/** Meetings whose comparison is kept in memory (a few hundred kB each for long readouts). */
const defaultCacheSize = 500;

export function createComparisonService(deps: {
  db: Db; taxonomy: TaxonomyService; lemmatise: ComparisonDeps['lemmatise']; logger?: Logger | undefined;
  /** How many meeting comparisons (and meetings) to keep in memory; 0 turns the cache off. */
  cacheSize?: number;
}): ComparisonService {
  const { db } = deps;
  const cacheSize = deps.cacheSize ?? defaultCacheSize;
  // Keyed by the meeting's comparison stamp (see findComparisonStamp): any change to a
  // statement, claim, participant, party or the taxonomy gives a new key, so an entry is
  // never served stale; old keys simply age out. Promises, so concurrent misses compute once.
  const comparisonCache = createLruCache<string, Promise<Comparison>>(cacheSize);
  const meetingCache = createLruCache<number, { key: string; meeting: Meeting }>(cacheSize);

  // `reader` is a transaction when a background refresh holds the meeting's row: its
  // reads must not wait for a pool connection that writers blocked on that row hold.
  async function compare(
    statements: readonly { statement: Statement; side: string; name: string }[], reader: Reader = db.reader, taxonomy?: StoredTaxonomy,
  ): Promise<Comparison> {
    const analyses = await findAnalyses(reader, statements.map((s) => s.statement.id));
    taxonomy ??= await deps.taxonomy.current();
    const sides = new Map(statements.map((s) => [s.side, s.name]));
    return compareReadouts({
      parties: [...sides].map(([code, name]) => ({ code, name })),
      statements: statements.map((s) => toComparisonStatement(s.statement, analyses.get(s.statement.id), s.side)),
      taxonomy,
    }, { lemmatise: deps.lemmatise });
  }

  async function partyNames(codes: readonly string[], reader: Reader = db.reader): Promise<Map<string, string>> {
    return new Map((await listPartiesByCode(reader, codes)).map((party) => [party.code, party.name]));
  }

  async function meetingAt(meetingId: number, key: string): Promise<Meeting> {
    const cached = meetingCache.get(meetingId);
    if (cached?.key === key) return cached.meeting;
    const meeting = await findMeeting(db.reader, meetingId);
    if (!meeting) throw meetingNotFound(meetingId);
    if (cacheSize > 0) meetingCache.set(meetingId, { key, meeting });
    return meeting;
  }

  async function compareMeeting(meetingId: number, codes: readonly string[], reader: Reader = db.reader, taxonomy?: StoredTaxonomy): Promise<Comparison> {
    // One after the other: `reader` may be a transaction, which has one connection.
    const statements = await listMeetingStatements(reader, meetingId);
    const names = await partyNames(codes, reader);
    return compare(codes.flatMap((code) => statements.filter((s) => s.party === code)
      .map((statement) => ({ statement, side: code, name: names.get(code) ?? code }))), reader, taxonomy);
  }

  /** The parties to line up: `requested` (each must have a readout), else every party with one. */
  function chooseParties(meeting: Meeting, requested: readonly string[]): string[] {
    const withReadouts = new Set(meeting.partiesWithStatements);
    const missing = requested.filter((code) => !withReadouts.has(code));
    if (missing.length > 0) {
      throw new AppError('invalid-input', `${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} no readout of meeting ${meeting.id}`, [
        { in: 'query', pointer: '#/parties', detail: `must name parties with a readout of this meeting (${[...withReadouts].sort().join(', ') || 'none yet'}), got ${missing.join(', ')}` },
      ]);
    }
    // Participants' order first (as the meeting lists them), then any other party with a readout.
    const order = [...new Set([...meeting.participants.map((p) => p.party), ...[...withReadouts].sort()])];
    return requested.length > 0 ? [...new Set(requested)] : order.filter((code) => withReadouts.has(code));
  }

  async function forMeeting(meetingId: number, options: { parties?: readonly string[] } = {}) {
    // The stamp is read before any row: rows read after it are as new or newer, so an
    // entry stored under a stamp never holds older data than the stamp says.
    const stamp = await findComparisonStamp(db.reader, meetingId);
    if (!stamp) throw meetingNotFound(meetingId);
    const meeting = await meetingAt(meetingId, stamp.meetingKey);
    const codes = chooseParties(meeting, options.parties ?? []);
    const key = `${meetingId}|${stamp.comparisonKey}|${codes.join(',')}`;
    let comparison = comparisonCache.get(key);
    if (!comparison) {
      comparison = compareMeeting(meetingId, codes);
      if (cacheSize > 0) {
        comparisonCache.set(key, comparison);
        comparison.catch(() => comparisonCache.delete(key));
      }
    }
    return { meeting, comparison: await comparison };
  }

  /**
   * Refreshes one meeting on a database several instances share: an advisory lock on
   * the meeting id is held while its comparison is computed, so two instances never
   * compute the same one; false when another instance holds it. Not the row lock
   * (FOR UPDATE): every write to the meeting updates that row through its staleness
   * trigger and would wait for the whole computation (writes to one meeting fell from
   * 11/s to a crawl in the bench). A write that commits meanwhile moves changeCount on,
   * so the save below does nothing and the meeting stays stale for the next pass.
   */
  async function refreshClaimed(meetingId: number): Promise<boolean> {
    const taxonomy = await deps.taxonomy.current();
    return db.write(async (tx) => {
      if (!(await dialectOf(tx).tryJobLock(tx, 'comparison-refresh', meetingId))) return false;
      const changeCount = await findStaleChangeCount(tx, meetingId);
      if (changeCount === null) return true;
      // Every read goes through `tx`, none waits for another pool connection (see compare()),
      // and past the caches, which read through the pool.
      const meeting = await findMeeting(tx, meetingId);
      if (!meeting) return true;
      const comparison = await compareMeeting(meetingId, chooseParties(meeting, []), tx, taxonomy);
      await saveMeetingDivergence(tx, meetingId, changeCount, headlineDivergence(comparison));
      return true;
    }, { isolation: 'read-committed' });
  }

  async function refreshStale(): Promise<void> {
    const failed = new Set<number>();
    for (;;) {
      const stale = (await findStaleMeetings(db.reader, 50 + failed.size)).filter((m) => !failed.has(m.id));
      if (stale.length === 0 || job.isStopped()) return;
      let skipped = 0;
      for (const { id, changeCount } of stale) {
        if (job.isStopped()) return;
        try {
          if (db.provider === 'postgresql') {
            if (!(await refreshClaimed(id))) skipped += 1;
          } else {
            const { comparison } = await forMeeting(id);
            await db.write((tx) => saveMeetingDivergence(tx, id, changeCount, headlineDivergence(comparison)));
          }
        } catch (error) {
          failed.add(id);
          deps.logger?.error({ err: error, meetingId: id }, 'comparison refresh of a meeting failed');
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
      // Everything left is being refreshed by another instance.
      if (skipped === stale.length) return;
    }
  }

  const job = createBackgroundJob('comparison refresh', refreshStale, deps.logger);

  return {
    forMeeting,
    async forStatements(statementIds) {
      const statements: Statement[] = [];
      for (const [index, id] of statementIds.entries()) {
        const statement = await findStatement(db.reader, id);
        if (!statement) {
          throw new AppError('invalid-input', `statement ${id} does not exist`, [
            { in: 'query', pointer: `#/statements/${index}`, detail: `no live statement has id ${id}` },
          ]);
        }
        statements.push(statement);
      }
      // One side per party, unless the same party appears at several meetings: then one per party and meeting.
      const meetingsPerParty = new Map<string, Set<number>>();
      for (const s of statements) meetingsPerParty.set(s.party, (meetingsPerParty.get(s.party) ?? new Set()).add(s.meetingId));
      const names = await partyNames(statements.map((s) => s.party));
      return compare(statements.map((statement) => {
        const split = (meetingsPerParty.get(statement.party)?.size ?? 0) > 1;
        const name = names.get(statement.party) ?? statement.party;
        return split
          ? { statement, side: `${statement.party}@${statement.meetingId}`, name: `${name} (meeting ${statement.meetingId})` }
          : { statement, side: statement.party, name };
      }));
    },
    scheduleRefresh: job.schedule,
    drainRefresh: job.drain,
    stopRefresh: job.stop,
  };
}
