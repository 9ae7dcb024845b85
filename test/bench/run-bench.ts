// `npm run bench`: every speed figure of issue #7 in one run, printed as one table and
// written to test/bench/out/latest.json. Servers under test run in child processes (the
// real src/server.ts with production settings; bare Express and node:http references);
// load comes from autocannon in another child (load-worker.ts). Each subject is measured
// alternately with its reference (A B A B) after a warm-up; the median ratio is reported.
// BENCH_SCALE=small runs the same steps on smaller stores and shorter rounds.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createAnalyser } from '../../src/domain/analysis/create-analyser.ts';
import { buildAnalysisContext } from '../../src/domain/analysis/analysis-context.ts';
import { defaultTaxonomy } from '../../src/domain/analysis/default-taxonomy.ts';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { createDb } from '../../src/db/create-db.ts';
import { PrismaClient } from '../../src/db/generated/client.ts';
import { findStatement } from '../../src/db/statement-repository.ts';
import { createServices } from '../../src/services/create-services.ts';
import { createKeyIn } from '../helpers/keys.ts';
import { benchParties, meetingBundle, readoutText, seededRandom, wordCount } from './corpus.ts';
import { postgresBenchRows } from './postgres-rows.ts';
import { seedStore, type SeededStore } from './seed-store.ts';

const root = path.join(__dirname, '..', '..');
const outDir = path.join(__dirname, 'out');
const small = process.env.BENCH_SCALE === 'small';
const scale = small
  ? { storeMeetings: 2_000, bigMeetings: 10_000, roundSeconds: 2, warmSeconds: 1, pairs: 2, importStatements: 200, latencySamples: 200 }
  : { storeMeetings: 10_000, bigMeetings: 100_000, roundSeconds: 5, warmSeconds: 2, pairs: 3, importStatements: 1_000, latencySamples: 1_000 };
const connections = 10;
const rateLimit = 1_000_000_000;

interface Row { ratio: string; what: string; subject: string; reference: string; value: number | null; target: string; met: boolean | null }
const rows: Row[] = [];
const scaling: { what: string; figures: string; value: number; target: string; met: boolean }[] = [];
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const fmt = (n: number, digits = 2) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(digits));
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

interface RunningServer { readonly base: string; stop(): Promise<void> }

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The real service (src/server.ts) on `store`, with production settings but a limit no bench reaches. */
async function startService(store: SeededStore): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'server.ts')], {
    cwd: root, stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: store.url, SEED_DEMO: 'false', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: String(rateLimit), NODE_ENV: 'production' },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/healthz`);
  return { base, stop: () => stopChild(child) };
}

async function startHello(kind: 'http' | 'express'): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'hello-server.ts'), kind], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve((JSON.parse(chunk.toString()) as { port: number }).port));
    child.once('exit', () => reject(new Error(`${kind} hello server exited`)));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

interface LoadResult { requestsPerSecond: number; requests: number; non2xx: number; errors: number; latencyP50Ms: number; latencyP99Ms: number }

/** One autocannon run in its own process. */
async function load(options: { url: string; seconds: number; method?: string; headers?: Record<string, string>; body?: string; paths?: readonly string[] }): Promise<LoadResult> {
  const args = JSON.stringify({ url: options.url, connections, duration: options.seconds, method: options.method ?? 'GET', headers: options.headers, body: options.body, paths: options.paths });
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'load-worker.ts'), args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => { text += chunk.toString(); });
    child.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`load worker exited with ${code}`))));
  });
  const result = JSON.parse(output) as LoadResult;
  if (result.non2xx > 0 || result.errors > 0) log(`warning: ${options.url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result;
}

/** A B A B after a warm-up of each; the median of the pairs' ratios, and the median absolute figures. */
async function alternate(subject: () => Promise<number>, reference: () => Promise<number>, warm?: { subject: () => Promise<number>; reference: () => Promise<number> }) {
  await (warm?.subject ?? subject)();
  await (warm?.reference ?? reference)();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < scale.pairs; i += 1) {
    a.push(await subject());
    b.push(await reference());
  }
  return { subject: median(a), reference: median(b), ratio: median(a.map((value, i) => value / (b[i] ?? 1))) };
}

function record(row: Omit<Row, 'met'>, check: (value: number) => boolean | null) {
  const met = row.value === null ? null : check(row.value);
  rows.push({ ...row, met });
  log(`${row.ratio}: ${row.value === null ? '-' : fmt(row.value, 3)} (${row.subject} vs ${row.reference})`);
}

/** Sequential GETs on one keep-alive connection: per-request latency in ms. */
async function latencies(url: string, samples: number): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      http.get(url, { agent }, (res) => { res.resume(); res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`${url}: ${res.statusCode}`)))); }).on('error', reject);
    });
    times.push(performance.now() - start);
  }
  agent.destroy();
  return times;
}

function environment() {
  const git = (args: string[]) => { try { return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim(); } catch { return 'unknown'; } };
  const pkg = (name: string) => { try { return (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version; } catch { return 'missing'; } };
  const memory = new Database(':memory:');
  const sqlite = (memory.prepare('select sqlite_version() AS v').get() as { v: string }).v;
  memory.close();
  return {
    date: new Date().toISOString(), scale: small ? 'small' : 'full', cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 1e9),
    loadAverageAtStart: os.loadavg().map((l) => Number(l.toFixed(2))), node: process.version, sqlite,
    commit: git(['rev-parse', '--short', 'HEAD']), uncommittedChanges: git(['status', '--porcelain']).split('\n').filter(Boolean).length,
    packages: Object.fromEntries(['express', '@prisma/client', 'better-sqlite3', 'wink-nlp', 'autocannon', 'zod', 'pino', 'helmet', 'express-rate-limit'].map((name) => [name, pkg(name)])),
  };
}

/** Seeded stores are cached by size and by the migrations they were built with (they take minutes at 100,000). */
async function store(meetings: number): Promise<SeededStore> {
  const migrations = fs.readdirSync(path.join(root, 'prisma', 'migrations')).filter((name) => /^\d/.test(name)).sort().join(',');
  const seedCode = ['seed-store.ts', 'corpus.ts'].map((file) => fs.statSync(path.join(__dirname, file)).size).join('-');
  const key = Buffer.from(`${migrations}|${seedCode}`).toString('base64url').slice(-12);
  const dir = path.join(outDir, 'stores');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `store-${meetings}-${key}.db`);
  const meta = `${file}.json`;
  if (fs.existsSync(file) && fs.existsSync(meta)) return JSON.parse(fs.readFileSync(meta, 'utf8')) as SeededStore;
  for (const old of fs.readdirSync(dir).filter((name) => name.startsWith(`store-${meetings}-`))) fs.rmSync(path.join(dir, old));
  log(`seeding ${meetings} meetings (cached in ${path.relative(root, dir)} for the next run)…`);
  const started = performance.now();
  const seeded = await seedStore(file, meetings);
  log(`seeded ${seeded.meetings} meetings in ${fmt((performance.now() - started) / 1000, 1)} s`);
  fs.writeFileSync(meta, JSON.stringify(seeded));
  return seeded;
}

/** A private copy of a cached store, for runs that write. */
function copyOf(seeded: SeededStore, name: string): SeededStore {
  const source = seeded.url.replace(/^file:/, '');
  const target = path.join(outDir, 'tmp', `${name}.db`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.copyFileSync(source, target);
  return { ...seeded, url: `file:${target}` };
}

async function main(): Promise<void> {
  const env = environment();
  log(`${env.cores} cores (${env.cpu}), Node ${env.node}, SQLite ${env.sqlite}, scale ${env.scale}`);
  const started = performance.now();
  const base = await store(scale.storeMeetings);
  const tiny = await store(10);
  const big = await store(scale.bigMeetings);

  const http0 = await startHello('http');
  const express0 = await startHello('express');
  const work = copyOf(base, 'work');
  const key = await createKeyIn(work.url, ['write'], 'bench');
  const service = await startService(work);
  const auth = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  const rps = (url: string, extra: Partial<Parameters<typeof load>[0]> = {}, seconds = scale.roundSeconds) => async () => (await load({ url, seconds, ...extra })).requestsPerSecond;
  const warmRps = (url: string, extra: Partial<Parameters<typeof load>[0]> = {}) => rps(url, extra, scale.warmSeconds);
  const hello = `${express0.base}/hello`;

  // Framework tax: bare Express against raw node:http.
  {
    const r = await alternate(rps(hello), rps(`${http0.base}/hello`), { subject: warmRps(hello), reference: warmRps(`${http0.base}/hello`) });
    record({ ratio: 'framework tax', what: 'bare Express hello JSON / raw node:http hello JSON', subject: `${fmt(r.subject)} req/s`, reference: `${fmt(r.reference)} req/s`, value: r.ratio, target: 'report only (about 0.2 on Node 20)' }, () => null);
  }
  // Middleware tax: /healthz through the whole production stack (request id, pino-http,
  // API key check, rate limiter, helmet, body parsers, router, database ping).
  {
    const url = `${service.base}/healthz`;
    const r = await alternate(rps(url), rps(hello), { subject: warmRps(url), reference: warmRps(hello) });
    record({ ratio: 'middleware tax', what: '/healthz, full production stack / bare Express', subject: `${fmt(r.subject)} req/s`, reference: `${fmt(r.reference)} req/s`, value: r.ratio, target: '≥ 0.70' }, (v) => v >= 0.7);
  }
  // Comparison of a meeting with two 300-word readouts, in a store of storeMeetings meetings.
  const meetingId = base.targetMeetingIds[0] ?? 1;
  const statementId = base.targetStatementIds[0] ?? 1;
  {
    const url = `${service.base}/v1/meetings/${meetingId}/comparison`;
    const r = await alternate(rps(url), rps(hello), { subject: warmRps(url), reference: warmRps(hello) });
    record({ ratio: 'comparison', what: `GET /v1/meetings/:id/comparison, ${base.meetings} meetings stored / bare Express`, subject: `${fmt(r.subject)} req/s`, reference: `${fmt(r.reference)} req/s`, value: r.ratio, target: '≥ 0.25 (stretch 0.5)' }, (v) => v >= 0.25);
  }
  {
    const url = `${service.base}/v1/statements/${statementId}`;
    const r = await alternate(rps(url), rps(hello), { subject: warmRps(url), reference: warmRps(hello) });
    record({ ratio: 'point read', what: 'GET /v1/statements/:id / bare Express', subject: `${fmt(r.subject)} req/s`, reference: `${fmt(r.reference)} req/s`, value: r.ratio, target: '≥ 0.35' }, (v) => v >= 0.35);
  }
  // Durable ingest: single POSTs of a 300-word statement (analysed, committed with
  // synchronous=FULL) against one-row durable commits through raw better-sqlite3.
  {
    const random = seededRandom(11);
    const ingestMeeting = meetingBundle(random, { prefix: 'ingest', count: 1, words: 10 }).meetings[0];
    const created = await fetch(`${service.base}/v1/meetings`, {
      method: 'POST', headers: auth,
      body: JSON.stringify({ title: 'Ingest target', date: '2026-01-01', kind: 'bilateral-meeting', participants: ingestMeeting?.participants ?? [], tags: [] }),
    });
    const ingestId = ((await created.json()) as { id: number }).id;
    const body = JSON.stringify({ party: 'CHN', issuer: 'Ministry of Foreign Affairs', language: 'en', text: readoutText(random, 300) });
    // Spread over the stored meetings, as readouts arrive in practice: piling thousands of
    // readouts onto one meeting would measure its ever larger comparison instead.
    const paths = Array.from({ length: Math.min(1_000, base.meetings) }, (_, i) => `/v1/meetings/${i + 1}/statements`);
    const post = (seconds: number) => async () => (await load({ url: `${service.base}/v1/meetings/${ingestId}/statements`, seconds, method: 'POST', headers: auth, body, paths })).requestsPerSecond;
    const rawFile = path.join(outDir, 'tmp', 'durable.db');
    const durableCommits = (seconds: number) => async () => {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${rawFile}${suffix}`, { force: true });
      const raw = new Database(rawFile);
      raw.pragma('journal_mode = WAL');
      raw.pragma('synchronous = FULL');
      raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
      const insert = raw.prepare('INSERT INTO t (text) VALUES (?)');
      const commit = raw.transaction((text: string) => insert.run(text));
      let n = 0;
      const until = performance.now() + seconds * 1000;
      const startAt = performance.now();
      while (performance.now() < until) { commit(body); n += 1; }
      const perSecond = n / ((performance.now() - startAt) / 1000);
      raw.close();
      return perSecond;
    };
    const r = await alternate(post(scale.roundSeconds), durableCommits(scale.roundSeconds), { subject: post(scale.warmSeconds), reference: durableCommits(scale.warmSeconds) });
    record({ ratio: 'durable ingest', what: 'POST a 300-word statement (analysed, committed) / raw better-sqlite3 durable commits', subject: `${fmt(r.subject)} statements/s`, reference: `${fmt(r.reference)} commits/s`, value: r.ratio, target: '≥ 0.50' }, (v) => v >= 0.5);
  }
  // Bulk import: one POST /v1/import of importStatements 300-word statements, against raw
  // inserts of the same statement and revision rows in one transaction (FTS triggers included).
  {
    let round = 0;
    const bundleFor = () => {
      round += 1;
      return meetingBundle(seededRandom(100 + round), { prefix: `import-${round}`, count: scale.importStatements / 2, words: 300, firstDay: 40_000 + round * 1000 });
    };
    const viaApi = async () => {
      const bundle = JSON.stringify(bundleFor());
      const start = performance.now();
      const res = await fetch(`${service.base}/v1/import`, { method: 'POST', headers: auth, body: bundle });
      if (!res.ok) throw new Error(`import answered ${res.status}: ${await res.text()}`);
      return scale.importStatements / ((performance.now() - start) / 1000);
    };
    const rawInserts = async () => {
      const bundle = bundleFor();
      const copy = copyOf(tiny, 'raw-import');
      const raw = new Database(copy.url.replace(/^file:/, ''));
      raw.pragma('synchronous = FULL');
      const partyIds = new Map((raw.prepare('SELECT id, code FROM "Party"').all() as { id: number; code: string }[]).map((p) => [p.code, p.id]));
      const meeting = raw.prepare(`INSERT INTO "Meeting" (ref, title, date, kind, tags, "updatedAt") VALUES (?, ?, ?, ?, '[]', ?)`);
      const statement = raw.prepare(`INSERT INTO "Statement" ("meetingId", "partyId", issuer, language, text, "contentHash", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`);
      const revision = raw.prepare(`INSERT INTO "StatementRevision" ("statementId", revision, action, issuer, language, text, "contentHash", "partyId", "meetingId") VALUES (?, 1, 'created', ?, ?, ?, ?, ?, ?)`);
      const now = new Date().toISOString();
      const start = performance.now();
      raw.transaction(() => {
        for (const m of bundle.meetings) {
          const mid = meeting.run(m.ref, m.title, m.date.toISOString(), m.kind, now).lastInsertRowid;
          for (const s of m.statements) {
            const pid = partyIds.get(s.party) ?? 1;
            const sid = statement.run(mid, pid, s.issuer, s.language, s.text, 'x', now).lastInsertRowid;
            revision.run(sid, s.issuer, s.language, s.text, 'x', pid, mid);
          }
        }
      })();
      const perSecond = scale.importStatements / ((performance.now() - start) / 1000);
      raw.close();
      return perSecond;
    };
    const r = await alternate(viaApi, rawInserts);
    record({ ratio: 'bulk import', what: `POST /v1/import of ${scale.importStatements} statements of 300 words / raw better-sqlite3 inserts of the same rows`, subject: `${fmt(r.subject)} statements/s`, reference: `${fmt(r.reference)} statements/s`, value: r.ratio, target: '≥ 0.20' }, (v) => v >= 0.2);
  }
  await service.stop();
  await http0.stop();
  await express0.stop();

  // Analysis against wink-nlp's own full pipeline (sentences, tokens, POS, lemmas, entities) on the same texts.
  const analyse = createAnalyser({ ...defaultTaxonomy, version: 1 });
  const context = buildAnalysisContext({ language: 'en', selfCode: 'CHN', known: benchParties, participants: [{ party: 'CHN', person: 'Wang' }, { party: 'KOR', person: 'Ahn' }], meetingPartyCodes: ['CHN', 'KOR'] });
  const nlp = winkNLP(model);
  const its = nlp.its;
  const texts = Array.from({ length: 40 }, (_, i) => readoutText(seededRandom(500 + i), 300));
  const words = texts.reduce((sum, text) => sum + wordCount(text), 0);
  {
    const ours = async () => { const start = performance.now(); for (const text of texts) analyse(text, context); return words / ((performance.now() - start) / 1000); };
    const wink = async () => {
      const start = performance.now();
      for (const text of texts) { const doc = nlp.readDoc(text); doc.sentences().out(); doc.tokens().out(its.lemma as unknown as typeof its.value); doc.tokens().out(its.pos); doc.entities().out(); }
      return words / ((performance.now() - start) / 1000);
    };
    const r = await alternate(ours, wink);
    record({ ratio: 'analysis', what: 'our analysis, words/s / wink-nlp full pipeline on the same texts', subject: `${fmt(r.subject)} words/s`, reference: `${fmt(r.reference)} words/s`, value: r.ratio, target: '≥ 0.50' }, (v) => v >= 0.5);
  }
  // ORM overhead: the statement point read through Prisma against the same SQL through raw
  // better-sqlite3. `findStatement` on a plain Prisma client takes its Prisma path; on the
  // service's own handle (createDb) it runs as a prepared statement (src/db/sqlite-connection.ts),
  // which the second row measures: what the service pays per point read today.
  {
    const db = await createDb(base.url, { busyTimeoutMs: 5000 });
    const plainPrisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: base.url }) });
    const raw = new Database(base.url.replace(/^file:/, ''), { readonly: true });
    const statementSql = raw.prepare(`SELECT "meetingId", issuer, title, "sourceUrl", "publishedAt", "retrievedAt", language, text, "originalText", "originalLanguage", "contentHash", id, revision, "createdAt", "updatedAt", "partyId" FROM "Statement" WHERE id = ? AND "deletedAt" IS NULL LIMIT 1`);
    const partySql = raw.prepare(`SELECT id, code FROM "Party" WHERE id IN (?)`);
    const n = small ? 500 : 3000;
    const timed = (handle: Parameters<typeof findStatement>[0]) => async () => {
      const start = performance.now();
      for (let i = 0; i < n; i += 1) await findStatement(handle, statementId);
      return (performance.now() - start) / n;
    };
    const prisma = timed(plainPrisma);
    const direct = async () => {
      const start = performance.now();
      for (let i = 0; i < n; i += 1) { const row = statementSql.get(statementId) as { partyId: number }; partySql.get(row.partyId); }
      return (performance.now() - start) / n;
    };
    const r = await alternate(prisma, direct);
    const overhead = r.subject - r.reference;
    record({ ratio: 'ORM overhead', what: 'Prisma time per query minus the same SQL through raw better-sqlite3 (statement point read)', subject: `${fmt(r.subject, 3)} ms`, reference: `${fmt(r.reference, 3)} ms`, value: overhead, target: '≤ 1 ms' }, (v) => v <= 1);
    const service = await alternate(timed(db.reader), direct);
    record({ ratio: 'data-access overhead', what: 'the service\'s own point read (prepared statements on the Prisma handle\'s connection) minus raw better-sqlite3', subject: `${fmt(service.subject, 3)} ms`, reference: `${fmt(service.reference, 3)} ms`, value: service.subject - service.reference, target: 'report only' }, () => null);
    raw.close();
    await plainPrisma.$disconnect();
    await db.close();
  }

  // Scaling: analysis time per statement at 100, 1,000 and 10,000 words.
  {
    const sizes = [100, 1_000, 10_000];
    const times = sizes.map((size) => {
      const samples = Array.from({ length: Math.max(3, Math.round(20_000 / size)) }, (_, i) => readoutText(seededRandom(900 + i), size));
      for (const text of samples.slice(0, 2)) analyse(text, context);
      const each = samples.map((text) => { const start = performance.now(); analyse(text, context); return (performance.now() - start) / wordCount(text) * size; });
      return median(each);
    });
    const lx = sizes.map(Math.log);
    const ly = times.map(Math.log);
    const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
    const my = ly.reduce((a, b) => a + b, 0) / ly.length;
    const slope = lx.reduce((s, x, i) => s + (x - mx) * ((ly[i] ?? 0) - my), 0) / lx.reduce((s, x) => s + (x - mx) ** 2, 0);
    scaling.push({ what: 'analysis time per statement, 100 / 1,000 / 10,000 words (slope of log-time over log-words)', figures: times.map((t) => `${fmt(t)} ms`).join(' / '), value: slope, target: '0.9 … 1.15', met: slope >= 0.9 && slope <= 1.15 });
  }
  // A 10,000-word statement analysed through the service (as on POST), while the event loop is watched.
  {
    const copy = copyOf(tiny, 'event-loop');
    const db = await createDb(copy.url, { busyTimeoutMs: 5000 });
    const services = createServices({ db, now: () => new Date() });
    const text = readoutText(seededRandom(77), 10_000);
    await services.analysis.preview({ text: readoutText(seededRandom(78), 300), language: 'en', party: 'CHN' });
    const histogram = monitorEventLoopDelay({ resolution: 1 });
    histogram.enable();
    // The histogram's timer starts on the next turn of the loop; a block before that would go unseen.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const start = performance.now();
    await services.analysis.preview({ text, language: 'en', party: 'CHN', others: ['KOR'] });
    const elapsed = performance.now() - start;
    histogram.disable();
    const p99 = histogram.percentile(99) / 1e6;
    scaling.push({ what: `10,000-word statement analysed (${wordCount(text)} words): wall time`, figures: `${fmt(elapsed)} ms`, value: elapsed, target: 'well under 1,000 ms', met: elapsed < 1000 });
    scaling.push({ what: 'event-loop delay p99 while it runs (monitorEventLoopDelay)', figures: `${fmt(p99)} ms (max ${fmt(histogram.max / 1e6)} ms)`, value: p99, target: '≤ 50 ms', met: p99 <= 50 });
    await services.apiKeys.stop();
    await db.close();
  }
  // Latency at 10 and at bigMeetings meetings: p50 of sequential requests on one connection.
  {
    const p50s: Record<string, { tiny: number; big: number }> = {};
    for (const [label, seeded] of [['tiny', tiny], ['big', big]] as const) {
      const server = await startService(seeded);
      const meeting = seeded.targetMeetingIds[0] ?? 1;
      const statement = seeded.targetStatementIds[0] ?? 1;
      for (const [name, url] of [['comparison', `${server.base}/v1/meetings/${meeting}/comparison`], ['point read', `${server.base}/v1/statements/${statement}`]] as const) {
        await latencies(url, 50);
        (p50s[name] ??= { tiny: 0, big: 0 })[label] = median(await latencies(url, scale.latencySamples));
      }
      if (label === 'big') {
        // Keyset pagination: page 1,000 must cost about what page 1 costs.
        let cursor: string | null = null;
        const page = (c: string | null) => `${server.base}/v1/meetings?limit=50${c ? `&cursor=${encodeURIComponent(c)}` : ''}`;
        for (let i = 1; i < 1000; i += 1) {
          const res = await fetch(page(cursor));
          cursor = ((await res.json()) as { nextCursor: string | null }).nextCursor;
          if (!cursor) break;
        }
        await latencies(page(null), 20);
        const first = median(await latencies(page(null), scale.latencySamples / 2));
        const thousandth = median(await latencies(page(cursor), scale.latencySamples / 2));
        scaling.push({ what: `meeting list page 1,000 vs page 1 at ${seeded.meetings} meetings (p50)`, figures: `${fmt(thousandth)} ms vs ${fmt(first)} ms`, value: thousandth / first, target: '≤ 1.5×', met: thousandth / first <= 1.5 });
      }
      await server.stop();
    }
    for (const [name, p] of Object.entries(p50s)) {
      scaling.push({ what: `${name} p50 at ${big.meetings} vs at ${tiny.meetings} meetings`, figures: `${fmt(p.big)} ms vs ${fmt(p.tiny)} ms`, value: p.big / p.tiny, target: '≤ 2×', met: p.big / p.tiny <= 2 });
    }
  }

  // PostgreSQL rows (comparison, bulk import, two instances) when a server is named: this
  // machine has none by default, and .ci/run's throwaway cluster lives only for the tests.
  const postgresUrl = process.env.BENCH_POSTGRES_URL;
  const postgres = postgresUrl ? await postgresBenchRows(postgresUrl, { seconds: scale.roundSeconds }) : [];
  if (!postgresUrl) log('PostgreSQL rows skipped: set BENCH_POSTGRES_URL=postgresql://… to measure them');

  const totalSeconds = (performance.now() - started) / 1000;
  const mark = (met: boolean | null) => (met === null ? '' : met ? 'yes' : 'NO');
  const table = [
    '| ratio | what | subject | reference | ratio / figure | target | met |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.ratio} | ${r.what} | ${r.subject} | ${r.reference} | ${r.value === null ? '-' : r.ratio === 'ORM overhead' ? `${fmt(r.value, 3)} ms` : fmt(r.value)} | ${r.target} | ${mark(r.met)} |`),
    '',
    '| scaling | figures | ratio / figure | target | met |',
    '|---|---|---|---|---|',
    ...scaling.map((s) => `| ${s.what} | ${s.figures} | ${fmt(s.value)} | ${s.target} | ${mark(s.met)} |`),
    ...(postgres.length > 0 ? ['', '| PostgreSQL | figure |', '|---|---|', ...postgres.map((r) => `| ${r.name} | ${fmt(r.value)} ${r.unit} |`)] : []),
  ].join('\n');
  const header = `Parallax bench ${env.date} (${env.scale}): ${env.cores} × ${env.cpu}, Node ${env.node}, SQLite ${env.sqlite}, commit ${env.commit}${env.uncommittedChanges ? ` + ${env.uncommittedChanges} uncommitted changes` : ''}, load average at start ${env.loadAverageAtStart.join(' ')}`;
  const notes = `Server under test: src/server.ts in its own process, SEED_DEMO=false, LOG_LEVEL=warn, RATE_LIMIT_PER_MINUTE=${rateLimit} (the limiter stays in the stack, it just never says no); autocannon with ${connections} connections in another process, ${scale.roundSeconds} s rounds, ${scale.pairs} A/B pairs after a warm-up, median ratio. Took ${fmt(totalSeconds, 0)} s.`;
  process.stdout.write(`\n${header}\n${notes}\n\n${table}\n`);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify({ environment: env, settings: { ...scale, connections, rateLimitPerMinute: rateLimit }, ratios: rows, scaling, postgres, totalSeconds }, null, 2)}\n`);
  fs.rmSync(path.join(outDir, 'tmp'), { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
