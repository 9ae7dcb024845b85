import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { eventually, runCli } from './helpers/run-cli.ts';

const root = path.join(__dirname, '..');

interface LogEntry { port?: number; msg?: string; method?: string; url?: string }

interface RunningServer {
  child: ChildProcess;
  port: number;
  exited: Promise<number | null>;
  /** Resolves once the server has logged `count` entries matching `match` (counting those already logged). */
  logged(match: (entry: LogEntry) => boolean, count: number): Promise<void>;
}

/** Starts `src/server.ts` as `npm start` would, on a fresh database and a free port. */
function startServer(env: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'server.ts')], {
    cwd: root, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const entries: LogEntry[] = [];
  const waiters: (() => void)[] = [];
  const logged = (match: (entry: LogEntry) => boolean, count: number) => new Promise<void>((resolve) => {
    const check = () => {
      if (entries.filter(match).length < count) return false;
      resolve();
      return true;
    };
    if (!check()) waiters.push(() => { check(); });
  });
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as LogEntry;
      entries.push(entry);
      for (const waiter of waiters) waiter();
      if (entry.port) resolve({ child, port: entry.port, exited, logged });
    });
    child.on('exit', (code) => reject(new Error(`server exited early with ${code}`)));
  });
}

describe('server', () => {
  it('when started on an empty database, migrates, serves the demo meeting and exits 0 on SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-server-'));
    const { child, port, exited } = await startServer({ DATABASE_URL: `file:${path.join(dir, 'db', 'parallax.db')}` });

    const meetings = await (await fetch(`http://127.0.0.1:${port}/v1/meetings`)).json() as { items: { parties: string[] }[] };
    child.kill('SIGTERM');

    expect(meetings.items).toHaveLength(1);
    expect(meetings.items[0]?.parties).toEqual(['CHN', 'KOR']);
    expect(await exited).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('when the configuration is invalid, exits non-zero naming the variable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'server.ts')], {
      cwd: root, env: { ...process.env, PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });

    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));

    expect(code).not.toBe(0);
    expect(stderr).toContain('PORT');
  });

  it('when a key is created and revoked with npm run keys while the service runs, the service follows', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-keys-'));
    const url = `file:${path.join(dir, 'keys.db')}`;
    const { child, port, exited } = await startServer({ DATABASE_URL: url, SEED_DEMO: 'false' });
    const created = await runCli('keys', ['create', '--name', 'desk', '--scope', 'write', '--json'], url);
    const key = (JSON.parse(created.stdout) as { key: string; prefix: string });
    const createParty = (code: string) => fetch(`http://127.0.0.1:${port}/v1/parties`, {
      method: 'POST', headers: { authorization: `Bearer ${key.key}`, 'content-type': 'application/json' }, body: JSON.stringify({ code, name: code }),
    });

    const before = await createParty('AAA');
    const revoked = await runCli('keys', ['revoke', key.prefix], url);
    const refused = await eventually(async () => (await createParty('BBB')).status === 401);
    child.kill('SIGTERM');
    await exited;
    const listed = JSON.parse((await runCli('keys', ['list', '--json'], url)).stdout) as { lastUsedAt: string | null; revokedAt: string | null }[];

    expect([created.code, before.status, revoked.code, refused]).toEqual([0, 201, 0, true]);
    // The last use was written when the service stopped.
    expect(listed[0]).toEqual(expect.objectContaining({ lastUsedAt: expect.any(String), revokedAt: expect.any(String) }));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('when SIGTERM arrives with requests in flight, answers every request it received and exits 0', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-drain-'));
    const url = `file:${path.join(dir, 'drain.db')}`;
    const key = JSON.parse((await runCli('keys', ['create', '--name', 'load', '--scope', 'write', '--json'], url)).stdout) as { key: string };
    const { child, port, exited, logged } = await startServer({ DATABASE_URL: url, SEED_DEMO: 'false', LOG_LEVEL: 'debug', SHUTDOWN_TIMEOUT_MS: '120000' });
    const requests = 12;
    // Each import is sent in two halves: the server has its headers (and logs it as received)
    // but cannot finish it before the rest of the body comes, which is only after SIGTERM.
    const uploads = Array.from({ length: requests }, (_, n) => {
      const body = Buffer.from(JSON.stringify({
        parties: [{ code: 'DRA', name: 'Drain' }],
        meetings: [{ ref: `drain-${n}`, title: `Drain ${n}`, date: '2024-03-01', kind: 'call', statements: [{ party: 'DRA', issuer: 'MFA', language: 'en', text: `Round ${n}: the two sides agreed to cooperate on semiconductor supply chains.` }] }],
      }));
      const req = http.request({
        host: '127.0.0.1', port, path: '/v1/import', method: 'POST', agent: false,
        headers: { authorization: `Bearer ${key.key}`, 'content-type': 'application/json', 'content-length': body.length },
      });
      const status = new Promise<number | string>((resolve) => {
        req.on('response', (res) => { res.resume(); res.on('end', () => resolve(res.statusCode ?? 0)); });
        req.on('error', (error) => resolve(error.message));
      });
      req.write(body.subarray(0, 20));
      return { finish: () => req.end(body.subarray(20)), status };
    });

    await logged((entry) => entry.msg === 'request received' && entry.url === '/v1/import', requests);
    child.kill('SIGTERM');
    await logged((entry) => entry.msg?.startsWith('shutting down') ?? false, 1);
    for (const upload of uploads) upload.finish();

    expect(await Promise.all(uploads.map((upload) => upload.status))).toEqual(Array.from({ length: requests }, () => 200));
    expect(await exited).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
