import fs from 'node:fs';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import type { ImportCounts, ImportResult } from '../domain/import-bundle.ts';
import { loadConfig } from '../config.ts';
import { createDb } from '../db/create-db.ts';
import { migrateDatabase } from '../db/migrate-database.ts';
import { ImportBundleBody } from '../http/schemas/import.ts';
import { createServices } from '../services/create-services.ts';

const usage = `usage: npm run import -- FILE.ndjson [--batch N]
  Imports parties, meetings and readouts, one JSON record a line, as POST /v1/import takes them:
  {"type":"party",…}  {"type":"meeting","ref":…,…}  {"type":"statement","meeting":"<ref>",…}`;

/** Readouts per transaction by default: big enough to be quick, small enough not to hold the writer for long. */
const defaultBatchStatements = 200;
const maxErrorsShown = 20;

interface Line { readonly number: number; readonly record: Record<string, unknown> }
interface MeetingLines { readonly meeting: Line; readonly statements: Line[] }

/**
 * One atomic unit of the import: parties, or whole meetings with all their readouts.
 * Each record keeps its file line, so errors can name it.
 */
interface Batch {
  readonly parties: readonly Line[];
  readonly meetings: readonly MeetingLines[];
}

class InputError extends Error {}

/** Reads the file a line at a time; blank lines are skipped, as POST /v1/import skips them. */
async function readRecords(file: string): Promise<{ parties: Line[]; meetings: MeetingLines[]; lineCount: number; errors: string[] }> {
  const parties: Line[] = [];
  const meetings: MeetingLines[] = [];
  const byRef = new Map<string, MeetingLines>();
  const errors: string[] = [];
  let number = 0;
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const raw of lines) {
    number += 1;
    const text = raw.trim();
    if (text === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      errors.push(`line ${number}: is not a JSON value`);
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      errors.push(`line ${number}: must be a JSON object`);
      continue;
    }
    const { type, ...rest } = record as Record<string, unknown>;
    if (type === 'party') parties.push({ number, record: rest });
    else if (type === 'meeting') {
      const entry = { meeting: { number, record: rest }, statements: [] };
      meetings.push(entry);
      if (typeof rest.ref === 'string') byRef.set(rest.ref, entry);
    } else if (type === 'statement') {
      const { meeting, ...statement } = rest;
      const target = typeof meeting === 'string' ? byRef.get(meeting) : undefined;
      if (target) target.statements.push({ number, record: statement });
      else errors.push(`line ${number}: "meeting" must be the ref of a meeting line above, got ${JSON.stringify(meeting) ?? 'nothing'}`);
    } else {
      errors.push(`line ${number}: "type" must be party, meeting or statement, got ${JSON.stringify(type) ?? 'nothing'}`);
    }
  }
  return { parties, meetings, lineCount: number, errors };
}

/**
 * Parties first (they must exist before readouts name them), then meetings in file order,
 * packed until a batch holds `batchStatements` readouts. A meeting is never split: its
 * readouts land together or not at all.
 */
function planBatches(parties: readonly Line[], meetings: readonly MeetingLines[], batchStatements: number): Batch[] {
  const batches: Batch[] = [];
  for (let i = 0; i < parties.length; i += 1000) batches.push({ parties: parties.slice(i, i + 1000), meetings: [] });
  let current: MeetingLines[] = [];
  let statements = 0;
  for (const meeting of meetings) {
    if (current.length > 0 && (statements + meeting.statements.length > batchStatements || current.length >= 1000)) {
      batches.push({ parties: [], meetings: current });
      current = [];
      statements = 0;
    }
    current.push(meeting);
    statements += meeting.statements.length;
  }
  if (current.length > 0) batches.push({ parties: [], meetings: current });
  return batches;
}

/** The file line a bundle position (a zod path or a JSON Pointer's tokens) points into. */
function lineOf(batch: Batch, path: readonly PropertyKey[]): number | undefined {
  const [kind, index, sub, subIndex] = path;
  if (kind === 'parties') return batch.parties[Number(index)]?.number;
  if (kind !== 'meetings') return undefined;
  const meeting = batch.meetings[Number(index)];
  if (sub === 'statements' && subIndex !== undefined) return meeting?.statements[Number(subIndex)]?.number;
  return meeting?.meeting.number;
}

/** The field inside the line's record that a path names ("date", "participants/0/party"). */
function fieldOf(path: readonly PropertyKey[]): string {
  const rest = path[0] === 'meetings' && path[2] === 'statements' ? path.slice(4) : path.slice(2);
  return rest.map(String).join('/');
}

function toBundle(batch: Batch): unknown {
  return {
    parties: batch.parties.map((line) => line.record),
    meetings: batch.meetings.map((m) => ({ ...m.meeting.record, statements: m.statements.map((line) => line.record) })),
  };
}

function describeIssues(batch: Batch, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys.join(', ')] : issue.path;
    const line = lineOf(batch, path);
    const field = fieldOf(path);
    const what = issue.code === 'unrecognized_keys' ? 'is not a known field' : issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
    return `line ${line ?? '?'}: ${field ? `${field}: ` : ''}${what}`;
  });
}

/** An import failure with each field error mapped back to its file line. */
function describeAppError(batch: Batch, error: AppError): string[] {
  if (error.fields.length === 0) return [error.message];
  return error.fields.map((field) => {
    const tokens = field.pointer.replace(/^#\//u, '').split('/');
    const line = field.in === 'body' ? lineOf(batch, tokens) : undefined;
    const name = fieldOf(tokens);
    return `${line === undefined ? '' : `line ${line}: `}${name ? `${name}: ` : ''}${field.detail}`;
  });
}

function addCounts(total: Record<keyof ImportResult, { -readonly [K in keyof ImportCounts]: number }>, result: ImportResult): void {
  for (const kind of ['parties', 'meetings', 'statements'] as const) {
    for (const outcome of ['created', 'updated', 'unchanged'] as const) total[kind][outcome] += result[kind][outcome];
  }
}

const linesIn = (batch: Batch) => batch.parties.length + batch.meetings.reduce((sum, m) => sum + 1 + m.statements.length, 0);

/**
 * `npm run import -- FILE`: the NDJSON import of POST /v1/import for files too big for one
 * request. The whole file is checked first (every error, with its line); then it is applied
 * in batches, each one transaction. Why batches, not one transaction: the import holds the
 * single database writer while it runs, so one huge transaction would stall every other
 * write for its whole length, and an import is capped at 10,000 meetings. Why that is safe:
 * records are matched by party code, meeting ref and statement URL or text, so after a
 * failure, re-running the same file leaves the batches already applied unchanged and goes
 * on from the one that failed.
 */
async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { batch: { type: 'string', default: String(defaultBatchStatements) } } });
  } catch (error) {
    throw new InputError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const [file] = parsed.positionals;
  const batchStatements = Number(parsed.values.batch);
  if (!file) throw new InputError(usage);
  if (!Number.isInteger(batchStatements) || batchStatements < 1 || batchStatements > 1000) {
    throw new InputError(`--batch must be a whole number of readouts from 1 to 1000, got ${parsed.values.batch}`);
  }
  if (!fs.existsSync(file)) throw new InputError(`no file at ${file}`);

  const { parties, meetings, lineCount, errors } = await readRecords(file);
  const batches = planBatches(parties, meetings, batchStatements);
  const bundles = batches.map((batch) => {
    const result = ImportBundleBody.safeParse(toBundle(batch));
    if (!result.success) errors.push(...describeIssues(batch, result.error.issues));
    return result.success ? result.data : undefined;
  });
  if (errors.length > 0) {
    const shown = errors.slice(0, maxErrorsShown).join('\n');
    const more = errors.length > maxErrorsShown ? `\n… and ${errors.length - maxErrorsShown} more` : '';
    throw new Error(`${file} was not imported; nothing was changed:\n${shown}${more}`);
  }

  const config = loadConfig(process.env);
  await migrateDatabase(config.DATABASE_URL);
  const db = await createDb(config.DATABASE_URL, { busyTimeoutMs: config.SQLITE_BUSY_TIMEOUT_MS, poolSize: 2 });
  const services = createServices({ db, now: () => new Date() });
  const total = { parties: { created: 0, updated: 0, unchanged: 0 }, meetings: { created: 0, updated: 0, unchanged: 0 }, statements: { created: 0, updated: 0, unchanged: 0 } };
  const recordLines = batches.reduce((sum, batch) => sum + linesIn(batch), 0);
  // A bar only where someone watches; logs and pipes get one plain line per batch.
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: 'Importing [{bar}] {percentage}% | {value}/{total} records | batch {batch}', stream: process.stderr }, cliProgress.Presets.shades_classic)
    : undefined;
  bar?.start(recordLines, 0, { batch: `0/${batches.length}` });
  let done = 0;
  try {
    for (const [index, batch] of batches.entries()) {
      const bundle = bundles[index];
      if (!bundle) continue;
      try {
        addCounts(total, await services.imports.run(bundle));
      } catch (error) {
        bar?.stop();
        const detail = error instanceof AppError ? describeAppError(batch, error).join('\n') : error instanceof Error ? error.message : String(error);
        const kept = index === 0 ? 'nothing was imported' : `batches 1 to ${index} of ${batches.length} were imported and stay`;
        throw new Error(`batch ${index + 1} of ${batches.length} failed and was not imported (${kept}):\n${detail}\nFix the file and run the same command again: records already imported are recognised and left unchanged.`, { cause: error });
      }
      done += linesIn(batch);
      if (bar) bar.update(done, { batch: `${index + 1}/${batches.length}` });
      else console.error(`batch ${index + 1}/${batches.length}: ${done}/${recordLines} records imported`);
    }
    bar?.stop();
    console.error('Refreshing meeting divergences…');
    await services.comparisons.drainRefresh();
    const line = (kind: keyof typeof total) => `${kind}: ${total[kind].created} created, ${total[kind].updated} updated, ${total[kind].unchanged} unchanged`;
    console.log(`Imported ${file} (${lineCount} lines): ${line('parties')}; ${line('meetings')}; ${line('statements')}.`);
  } finally {
    await Promise.all([services.analysis.stopReanalysis(), services.comparisons.stopRefresh()]);
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof InputError ? 2 : 1);
});
