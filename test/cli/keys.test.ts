import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
let dir: string;
let url: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-keys-cli-'));
  url = `file:${path.join(dir, 'keys.db')}`;
});
afterAll(() => { fs.rmSync(dir, { recursive: true, force: true }); });

function keys(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'cli', 'keys.ts'), ...args], {
    cwd: root, env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run keys', () => {
  it('when a key is created on a new database, prints it once, then lists and revokes it by prefix', async () => {
    const created = await keys(['create', '--name', 'ops', '--scope', 'admin']);
    const key = /plx_[0-9a-f]{8}_[A-Za-z0-9_-]{43}/u.exec(created.stdout)?.[0] ?? '';
    const prefix = key.slice(0, 12);

    const listed = await keys(['list']);
    const revoked = await keys(['revoke', prefix]);
    const after = JSON.parse((await keys(['list', '--json'])).stdout) as { prefix: string; revokedAt: string | null }[];

    expect(created.code).toBe(0);
    expect(created.stdout).toContain('shown once');
    expect(listed.stdout).toContain(prefix);
    expect(listed.stdout).not.toContain(key);
    expect(revoked.code).toBe(0);
    expect(after).toEqual([expect.objectContaining({ prefix, revokedAt: expect.any(String) })]);
  });

  it.each([
    [['create', '--name', 'x', '--scope', 'root'], 2, '--scope must be read, write or admin (got root)'],
    [['create', '--scope', 'read'], 2, '--name is required'],
    [['revoke', 'plx_ffffffff'], 1, 'no API key with id or prefix plx_ffffffff'],
    [['rotate'], 2, 'usage:'],
  ])('when run with %j, exits %i explaining why', async (args, code, message) => {
    const result = await keys(args);

    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
  });
});
