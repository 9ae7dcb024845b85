import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

const root = path.join(__dirname, '..');

/** Starts `src/server.ts` as `npm start` would, on a fresh database and a free port. */
function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; port: number; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'server.ts')], {
    cwd: root, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as { port?: number };
      if (entry.port) resolve({ child, port: entry.port, exited });
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
});
