import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import Database from 'better-sqlite3';
import { createKeyIn } from './helpers/keys.ts';
import { recordFigures, soakFactor } from './helpers/soak.ts';

const root = path.join(__dirname, '..');
const kills = 20 * soakFactor;

/** Starts the real server on `databaseUrl` and resolves with its port once it listens. */
function startServer(databaseUrl: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'server.ts')], {
    cwd: root, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, SEED_DEMO: 'false', LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '1000000' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Promise((resolve, reject) => {
    readline.createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const port = (JSON.parse(line) as { port?: number }).port;
      if (port) resolve({ child, port });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
}

let writeKey = '';

async function post(port: number, url: string, body: unknown): Promise<{ status: number; body: { id?: number } }> {
  const res = await fetch(`http://127.0.0.1:${port}${url}`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${writeKey}` }, body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { id?: number } };
}

describe('server under SIGKILL', () => {
  it(`when killed ${kills} times during mixed writes, loses no acknowledged write, applies no import by half and duplicates nothing`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-crash-'));
    const file = path.join(dir, 'crash.db');
    const url = `file:${file}`;
    const acknowledgedStatements = new Set<number>();
    const acknowledgedImports = new Set<string>();
    let meetingId = 0;
    let sequence = 0;
    writeKey = await createKeyIn(url, ['write']);

    for (let round = 0; round < kills; round += 1) {
      const { child, port } = await startServer(url);
      if (round === 0) {
        await post(port, '/v1/parties', { code: 'CRA', name: 'Crash A' });
        meetingId = (await post(port, '/v1/meetings', { title: 'Crash test', date: '2024-01-01', kind: 'call' })).body.id ?? 0;
      }
      const exited = new Promise((resolve) => child.on('exit', resolve));
      let running = true;
      const writer = async () => {
        while (running) {
          sequence += 1;
          const n = sequence;
          try {
            if (n % 4 === 0) {
              const ref = `crash-import-${n}`;
              const res = await post(port, '/v1/import', { meetings: [{ ref, title: ref, date: '2024-02-01', kind: 'call', statements: [1, 2, 3].map((k) => ({ party: 'CRA', issuer: 'MFA', language: 'en', text: `Import ${n} readout ${k} on trade.` })) }] });
              if (res.status === 200) acknowledgedImports.add(ref);
            } else {
              const res = await post(port, `/v1/meetings/${meetingId}/statements`, { party: 'CRA', issuer: 'MFA', language: 'en', text: `Statement ${n}: the two sides discussed chips.` });
              if (res.status === 201 && res.body.id) acknowledgedStatements.add(res.body.id);
            }
          } catch {
            return; // the server died mid-request: that write was never acknowledged
          }
        }
      };
      const writers = [writer(), writer(), writer(), writer()];
      // Kill only once this round has had a write acknowledged (a loaded CI machine may be slow to
      // start), then after a further varying delay, so kills land at different moments of the work.
      const before = acknowledgedStatements.size;
      for (let waited = 0; acknowledgedStatements.size === before && waited < 20_000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await new Promise((resolve) => setTimeout(resolve, 50 + ((round * 97) % 400)));
      child.kill('SIGKILL');
      running = false;
      await exited;
      await Promise.all(writers);
    }

    const db = new Database(file, { readonly: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    const storedIds = new Set((db.prepare('SELECT id FROM Statement').pluck().all() as number[]));
    const importSizes = db.prepare("SELECT m.ref AS ref, COUNT(s.id) AS n FROM Meeting m LEFT JOIN Statement s ON s.meetingId = m.id WHERE m.ref LIKE 'crash-import-%' GROUP BY m.id").all() as { ref: string; n: number }[];
    const duplicateTexts = db.prepare('SELECT COUNT(*) FROM (SELECT text FROM Statement GROUP BY text HAVING COUNT(*) > 1)').pluck().get();
    const unanalysed = db.prepare('SELECT COUNT(*) FROM Statement s LEFT JOIN StatementAnalysis a ON a.statementId = s.id WHERE a.statementId IS NULL').pluck().get();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });

    expect(integrity).toBe('ok');
    expect([...acknowledgedStatements].filter((id) => !storedIds.has(id))).toEqual([]);
    expect([...acknowledgedImports].filter((ref) => !importSizes.some((row) => row.ref === ref))).toEqual([]);
    expect(importSizes.filter((row) => row.n !== 3)).toEqual([]);
    expect(duplicateTexts).toBe(0);
    expect(unanalysed).toBe(0);
    expect(acknowledgedStatements.size).toBeGreaterThanOrEqual(kills);
    recordFigures('crash (SIGKILL during writes)', {
      kills, acknowledgedStatements: acknowledgedStatements.size, acknowledgedImports: acknowledgedImports.size, lost: 0, halfApplied: 0, duplicates: 0,
    });
  }, 240_000 * soakFactor);
});
