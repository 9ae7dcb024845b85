// PostgreSQL rows for `npm run bench`: comparison and bulk import on one instance, and
// the same comparison and writes served by two instances on one database. Exports
// postgresBenchRows(serverUrl) for run-bench.ts; run directly
// (`tsx test/bench/postgres-rows.ts postgresql://user@host:port/postgres`) it prints
// the rows, with the same steps on a SQLite file as a reference.
// The servers are the real src/server.ts in child processes; load comes from autocannon
// in this process. The URL names a server and a database to administer it from; a
// database of its own is created for the run and dropped afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { createKeyIn } from '../helpers/keys.ts';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.ts';

export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

export interface BenchOptions {
  /** Seconds of load per measurement (after a one-second warm-up). */
  readonly seconds?: number;
  /** Concurrent connections per instance. */
  readonly connections?: number;
  /** Readouts in the bulk import (two per meeting). */
  readonly importReadouts?: number;
}

const log = (message: string) => process.stderr.write(`[bench:pg] ${message}\n`);

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function importBundle(readouts: number, tag: string) {
  const meetings = Math.max(1, Math.floor(readouts / 2));
  return {
    parties: [{ code: 'BNA', name: 'Bench A', aliases: ['A-land'] }, { code: 'BNB', name: 'Bench B', aliases: [] }],
    meetings: Array.from({ length: meetings }, (_, n) => ({
      ref: `${tag}-${n}`, title: `Bench meeting ${n}`, date: '2024-06-01', kind: 'call',
      participants: [{ party: 'BNA', person: 'Minister A' }, { party: 'BNB', person: 'Minister B' }],
      statements: [
        { party: 'BNA', issuer: 'MFA', language: 'en', sourceUrl: `https://a.example/${tag}/${n}`,
          text: `Round ${n}. The two sides agreed to deepen cooperation on semiconductor supply chains and to keep talking about export controls. A-land stressed its concern over tariffs.` },
        { party: 'BNB', issuer: 'MOFA', language: 'en', sourceUrl: `https://b.example/${tag}/${n}`,
          text: `Round ${n}. The ministers discussed trade, agriculture and the climate. B-land urged the other side to lift restrictions on critical minerals.` },
      ],
    })),
  };
}

/** Load on every port at once; `paths[i]`, when given, is what port i is sent instead of `request.path`. */
async function load(
  ports: readonly number[], request: { method: 'GET' | 'POST'; path: string; key: string; body?: unknown }, seconds: number, connections: number,
  paths: readonly string[] = [],
) {
  const run = (port: number, duration: number) => autocannon({
    url: `http://127.0.0.1:${port}${paths[ports.indexOf(port)] ?? request.path}`, method: request.method, connections, duration,
    headers: { authorization: `Bearer ${request.key}`, 'content-type': 'application/json' },
    ...(request.body !== undefined && { body: JSON.stringify(request.body) }),
  });
  await Promise.all(ports.map((port) => run(port, 1)));
  const results = await Promise.all(ports.map((port) => run(port, seconds)));
  const bad = results.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0);
  if (bad > 0) throw new Error(`${bad} requests to ${request.path} failed during the measurement`);
  return {
    requestsPerSecond: results.reduce((sum, r) => sum + r.requests.average, 0),
    p99Ms: Math.max(...results.map((r) => r.latency.p99)),
  };
}

/** The rows of one configuration: `label` names it, `databaseUrl` is a fresh database. */
async function configurationRows(label: string, databaseUrl: string, options: Required<BenchOptions>, twoInstances: boolean): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const key = await createKeyIn(databaseUrl, ['write'], 'bench');
  // LOG_LEVEL info: the helper learns the port from the "listening" line. Request lines
  // are parsed by this process too; that costs the load generator, not the servers.
  const env = { DATABASE_URL: databaseUrl, SEED_DEMO: 'true', LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '1000000000' };
  const servers: ServerProcess[] = [];
  try {
    servers.push(await startServerProcess(env));
    if (twoInstances) servers.push(await startServerProcess(env));
    const [first] = servers;
    if (!first) throw new Error('no server');
    const ports = servers.map((server) => server.port);
    const comparison = { method: 'GET' as const, path: '/v1/meetings/1/comparison', key };
    log(`${label}: comparison, one instance`);
    const one = await load([first.port], comparison, options.seconds, options.connections);
    rows.push({ name: `${label}: comparison of the demo meeting, 1 instance`, value: Math.round(one.requestsPerSecond), unit: 'req/s' });
    rows.push({ name: `${label}: comparison of the demo meeting, 1 instance, p99`, value: one.p99Ms, unit: 'ms' });
    if (twoInstances) {
      log(`${label}: comparison, two instances`);
      const two = await load(ports, comparison, options.seconds, options.connections);
      rows.push({ name: `${label}: comparison of the demo meeting, 2 instances together`, value: Math.round(two.requestsPerSecond), unit: 'req/s' });
    }

    log(`${label}: bulk import of ${options.importReadouts} readouts`);
    const post = (path: string, body: unknown) => fetch(`http://127.0.0.1:${first.port}${path}`, {
      method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    const started = performance.now();
    const res = await post('/v1/import', importBundle(options.importReadouts, `bench-${Date.now()}`));
    const seconds = (performance.now() - started) / 1000;
    if (res.status !== 200) throw new Error(`bulk import answered ${res.status}: ${await res.text()}`);
    rows.push({ name: `${label}: bulk import (${options.importReadouts} readouts, one request)`, value: Math.round(options.importReadouts / seconds), unit: 'readouts/s' });

    // Writes go to a meeting of their own, so they do not make the demo comparison heavier.
    const target = await post('/v1/meetings', { title: 'Bench writes', date: '2024-06-02', kind: 'call' });
    const meetingId = ((await target.json()) as { id: number }).id;
    const write = {
      method: 'POST' as const, path: `/v1/meetings/${meetingId}/statements`, key,
      body: { party: 'KOR', issuer: 'Bench', language: 'en', text: 'The two sides agreed to cooperate on semiconductor supply chains.' },
    };
    log(`${label}: writes, one instance`);
    const writesOne = await load([first.port], write, options.seconds, options.connections);
    rows.push({ name: `${label}: readouts added to one meeting (analysed and stored), 1 instance`, value: Math.round(writesOne.requestsPerSecond), unit: 'writes/s' });
    if (twoInstances) {
      log(`${label}: writes, two instances`);
      const writesTwo = await load(ports, write, options.seconds, options.connections);
      rows.push({ name: `${label}: readouts added to one meeting, 2 instances together`, value: Math.round(writesTwo.requestsPerSecond), unit: 'writes/s' });
      // The usual case: instances write different meetings, so no row is contended.
      const second = await post('/v1/meetings', { title: 'Bench writes 2', date: '2024-06-03', kind: 'call' });
      const secondId = ((await second.json()) as { id: number }).id;
      log(`${label}: writes to two meetings, two instances`);
      const writesApart = await load(ports, write, options.seconds, options.connections,
        [`/v1/meetings/${meetingId}/statements`, `/v1/meetings/${secondId}/statements`]);
      rows.push({ name: `${label}: readouts added, each instance to its own meeting, 2 instances together`, value: Math.round(writesApart.requestsPerSecond), unit: 'writes/s' });
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
  return rows;
}

/**
 * PostgreSQL rows: comparison (req/s and p99), bulk import (readouts/s), writes
 * (writes/s), and comparison and writes with two instances on one database. `serverUrl`
 * names a PostgreSQL server and a database the user may CREATE DATABASE from.
 */
export async function postgresBenchRows(serverUrl: string, options: BenchOptions = {}): Promise<BenchRow[]> {
  const settings = { seconds: 5, connections: 10, importReadouts: 400, ...options };
  const name = `parallax_bench_${process.pid}_${Date.now()}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  try {
    return await configurationRows('PostgreSQL', url.toString(), settings, true);
  } finally {
    await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

/** The same steps on a fresh SQLite file (one instance: SQLite serves one process). */
export async function sqliteReferenceRows(options: BenchOptions = {}): Promise<BenchRow[]> {
  const settings = { seconds: 5, connections: 10, importReadouts: 400, ...options };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-'));
  try {
    return await configurationRows('SQLite', `file:${path.join(dir, 'bench.db')}`, settings, false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const serverUrl = process.argv[2] ?? process.env.PARALLAX_TEST_DATABASE_URL;
  if (!serverUrl) {
    console.error('usage: tsx test/bench/postgres-rows.ts postgresql://user@host:port/postgres');
    process.exit(2);
  }
  const rows = [...await postgresBenchRows(serverUrl), ...await sqliteReferenceRows()];
  for (const row of rows) console.log(`${row.name.padEnd(72)} ${String(row.value).padStart(8)} ${row.unit}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
