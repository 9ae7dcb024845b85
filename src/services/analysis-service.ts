import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { performance } from 'node:perf_hooks';
import { buildAnalysisContext, type KnownParty } from '../domain/analysis/analysis-context.ts';
import { createSteppedAnalyser, type AnalyseInSteps } from '../domain/analysis/create-analyser.ts';
import { reconcileClaims, type StoredAnalysis } from '../domain/analysis/stored-analysis.ts';
import { codebookVersion, type Analysis, type AnalysisContext } from '../domain/analysis/types.ts';
import { AppError } from '../domain/errors.ts';
import type { Participant } from '../domain/meeting.ts';
import type { Db, Reader, Tx } from '../db/create-db.ts';
import {
  countStatementsToReanalyse, findAnalyses, findHumanClaimAnchors, findStatementsToReanalyse, isAnalysisCurrent, saveAnalysis,
} from '../db/analysis-repository.ts';
import { dialectOf } from '../db/dialect.ts';
import { findMeeting } from '../db/meeting-repository.ts';
import { listPartiesByCode } from '../db/party-repository.ts';
import { findStatement } from '../db/statement-repository.ts';
import { createBackgroundJob } from './background-job.ts';
import type { TaxonomyService } from './taxonomy-service.ts';

/** An analysis made outside any transaction, ready to be stored with its statement. */
export interface PreparedAnalysis {
  readonly analysis: Analysis;
  /** sha256 of each sentence's text, by sentence index. */
  readonly sentenceKeys: readonly string[];
}

/** The meeting-side facts an analysis context is built from. */
export interface MeetingFacts {
  readonly participants: readonly Participant[];
  readonly partyCodes: readonly string[];
}

export interface AnalysisService {
  /** Analyses a text as `party`'s readout of a meeting. Pure CPU work after a few reads; call it before `db.write`. */
  prepare(input: { text: string; language: string; party: string; meeting: MeetingFacts; known?: readonly KnownParty[] }): Promise<PreparedAnalysis>;
  /** Stores a prepared analysis for a statement revision inside an open write, keeping analyst corrections. */
  store(tx: Tx, statementId: number, revision: number, prepared: PreparedAnalysis): Promise<void>;
  /** The stored analysis of a live statement. */
  get(statementId: number, options?: { includeInactive?: boolean }): Promise<StoredAnalysis>;
  /** The stored analysis, or null when there is none (yet). */
  find(statementId: number): Promise<StoredAnalysis | null>;
  /** Analyses a text without storing anything. */
  preview(input: { text: string; language: string; party: string; meetingId?: number | undefined; others?: readonly string[] }): Promise<Analysis>;
  /** Starts the background re-analysis of stale statements, if it is not running. */
  scheduleReanalysis(): void;
  /** Resolves when no re-analysis is running (tests wait on it). */
  drainReanalysis(): Promise<void>;
  /** Lets the current statement finish, then stops; what is left stays stale for the next start. */
  stopReanalysis(): Promise<void>;
  pendingReanalysis(): Promise<number>;
}

export function hashSentence(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function sentenceKeysOf(text: string, analysis: Analysis): string[] {
  return analysis.sentences.map((sentence) => hashSentence(text.slice(sentence.span.start, sentence.span.end)));
}

/**
 * Longest stretch of analysis between two turns of the event loop. A 10,000-word readout
 * takes a few hundred milliseconds of CPU; run in one go it would hold every other request
 * for that long. In slices of this length, other requests wait at most about this much.
 */
const analysisSliceMs = 8;

/** Runs the steps of a pure computation to its result, yielding to the event loop (setImmediate) every `sliceMs`. */
export async function runInSlices<T>(steps: Generator<void, T, void>, sliceMs: number = analysisSliceMs): Promise<T> {
  let sliceEnd = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= sliceEnd) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceEnd = performance.now() + sliceMs;
    }
  }
}

/** Facts of a stored meeting for analysis contexts. */
export async function meetingFacts(db: Reader, meetingId: number): Promise<MeetingFacts | null> {
  const meeting = await findMeeting(db, meetingId);
  return meeting && { participants: meeting.participants, partyCodes: meeting.partiesWithStatements };
}

export function createAnalysisService(deps: { db: Db; taxonomy: TaxonomyService; logger?: Logger | undefined }): AnalysisService {
  const { db, taxonomy } = deps;
  // Compiled once per taxonomy version, like the taxonomy service's own analyser.
  let stepped: { version: number; analyseInSteps: AnalyseInSteps } | undefined;

  async function steppedAnalyser(): Promise<AnalyseInSteps> {
    const current = await taxonomy.current();
    if (stepped?.version !== current.version) stepped = { version: current.version, analyseInSteps: createSteppedAnalyser(current) };
    return stepped.analyseInSteps;
  }

  async function contextFor(
    input: { language: string; party: string; meeting: MeetingFacts; known?: readonly KnownParty[] }, reader: Reader = db.reader,
  ): Promise<AnalysisContext> {
    const codes = [...new Set([input.party, ...input.meeting.partyCodes, ...input.meeting.participants.map((p) => p.party)])];
    const stored = await listPartiesByCode(reader, codes);
    const overrides = new Map((input.known ?? []).map((party) => [party.code, party]));
    const known = [...stored.filter((party) => !overrides.has(party.code)), ...overrides.values()];
    return buildAnalysisContext({
      language: input.language, selfCode: input.party, known,
      participants: input.meeting.participants, meetingPartyCodes: input.meeting.partyCodes,
    });
  }

  async function prepare(input: Parameters<AnalysisService['prepare']>[0]): Promise<PreparedAnalysis> {
    const [analyseInSteps, context] = await Promise.all([steppedAnalyser(), contextFor(input)]);
    const analysis = await runInSlices(analyseInSteps(input.text, context));
    return { analysis, sentenceKeys: sentenceKeysOf(input.text, analysis) };
  }

  async function store(tx: Tx, statementId: number, revision: number, prepared: PreparedAnalysis): Promise<void> {
    const anchors = await findHumanClaimAnchors(tx, statementId);
    const reconciliation = reconcileClaims(prepared.analysis, prepared.sentenceKeys, anchors);
    await saveAnalysis(tx, statementId, revision, prepared.analysis, prepared.sentenceKeys, reconciliation, anchors);
  }

  /** Re-analyses one statement; skips it when it changed or vanished meanwhile (its own write analysed it). */
  async function reanalyse(statementId: number): Promise<void> {
    const statement = await findStatement(db.reader, statementId);
    const facts = statement && (await meetingFacts(db.reader, statement.meetingId));
    if (!statement || !facts) return;
    const prepared = await prepare({ text: statement.text, language: statement.language, party: statement.party, meeting: facts });
    await db.write(async (tx) => {
      const current = await findStatement(tx, statementId);
      if (current?.revision !== statement.revision) return;
      await store(tx, statementId, statement.revision, prepared);
    });
  }

  /**
   * The same for a database several instances share: the statement row is claimed with
   * `FOR UPDATE SKIP LOCKED` and held while it is analysed, so two instances never
   * analyse one statement; the claim is checked again after the lock, because another
   * instance may have finished it just before. Read committed: a job that waited for
   * nobody has nothing to retry. Returns false when another instance holds the row.
   */
  async function reanalyseClaimed(statementId: number): Promise<boolean> {
    const current = await taxonomy.current();
    const analyseInSteps = await steppedAnalyser();
    return db.write(async (tx) => {
      const [claimed] = await dialectOf(tx).lockRows(tx, 'Statement', [statementId]);
      if (claimed === undefined) return false;
      if (await isAnalysisCurrent(tx, statementId, current.version, codebookVersion)) return true;
      const statement = await findStatement(tx, statementId);
      const facts = statement && (await meetingFacts(tx, statement.meetingId));
      if (!statement || !facts) return true;
      // Every read through `tx`: a pool connection may be held by a writer waiting for this row.
      const context = await contextFor({ language: statement.language, party: statement.party, meeting: facts }, tx);
      const analysis = await runInSlices(analyseInSteps(statement.text, context));
      await store(tx, statementId, statement.revision, { analysis, sentenceKeys: sentenceKeysOf(statement.text, analysis) });
      return true;
    }, { isolation: 'read-committed' });
  }

  async function runReanalysis(): Promise<void> {
    const failed = new Set<number>();
    for (;;) {
      const current = await taxonomy.current();
      const batch = (await findStatementsToReanalyse(db.reader, current.version, codebookVersion, 50 + failed.size))
        .filter((row) => !failed.has(row.id));
      if (batch.length === 0) return;
      let skipped = 0;
      for (const row of batch) {
        if (job.isStopped()) return;
        try {
          if (db.provider === 'postgresql') {
            if (!(await reanalyseClaimed(row.id))) skipped += 1;
          } else {
            await reanalyse(row.id);
          }
          // Yield between statements so requests are served while a large store catches up.
          await new Promise((resolve) => setImmediate(resolve));
        } catch (error) {
          failed.add(row.id);
          deps.logger?.error({ err: error, statementId: row.id }, 're-analysis of a statement failed');
        }
      }
      // Everything left is being analysed by another instance; its pass finishes it.
      if (skipped === batch.length) return;
    }
  }

  const job = createBackgroundJob('re-analysis', runReanalysis, deps.logger);

  return {
    prepare,
    store,
    async get(statementId, options) {
      const statement = await findStatement(db.reader, statementId);
      if (!statement) throw new AppError('not-found', `statement ${statementId} does not exist`);
      const analysis = (await findAnalyses(db.reader, [statementId], options)).get(statementId);
      if (!analysis) throw new AppError('not-found', `statement ${statementId} has not been analysed yet; try again shortly`);
      return analysis;
    },
    async preview(input) {
      let meeting: MeetingFacts = { participants: [], partyCodes: [...(input.others ?? [])] };
      if (input.meetingId !== undefined) {
        const facts = await meetingFacts(db.reader, input.meetingId);
        if (!facts) throw new AppError('not-found', `meeting ${input.meetingId} does not exist`);
        meeting = { participants: facts.participants, partyCodes: [...new Set([...facts.partyCodes, ...meeting.partyCodes])] };
      }
      return (await prepare({ text: input.text, language: input.language, party: input.party, meeting })).analysis;
    },
    scheduleReanalysis: job.schedule,
    async find(statementId) {
      return (await findAnalyses(db.reader, [statementId])).get(statementId) ?? null;
    },
    drainReanalysis: job.drain,
    stopReanalysis: job.stop,
    async pendingReanalysis() {
      const current = await taxonomy.current();
      return countStatementsToReanalyse(db.reader, current.version, codebookVersion);
    },
  };
}
