import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

const root = path.join(__dirname, '..');

describe('server on SIGTERM', () => {
  it('when requests are in flight, answers every one of them and exits 0', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-drain-'));
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'server.ts')], {
      cwd: root, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `file:${path.join(dir, 'd.db')}`, LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '1000000' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const port = await new Promise<number>((resolve) => {
      readline.createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
        const entry = JSON.parse(line) as { port?: number };
        if (entry.port) resolve(entry.port);
      });
    });
    // Readouts of 1,200 words: small enough to be fully received within the wait below, long
    // enough that twenty analyses and writes in a row are still under way at SIGTERM.
    const text = 'The two sides agreed to strengthen cooperation on semiconductor supply chains. '.repeat(100);

    const inFlight = Array.from({ length: 20 }, () => fetch(`http://127.0.0.1:${port}/v1/meetings/1/statements`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ party: 'CHN', issuer: 'MOFCOM', language: 'en', text }),
    }).then((res) => res.status));
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill('SIGTERM');
    const statuses = await Promise.all(inFlight);

    expect(statuses.filter((status) => status !== 201)).toEqual([]);
    expect(await exited).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
