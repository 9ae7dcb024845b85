import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.ts';

let dir: string;
let url: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-keys-cli-'));
  url = `file:${path.join(dir, 'keys.db')}`;
});
afterAll(() => { fs.rmSync(dir, { recursive: true, force: true }); });

describe('npm run keys', () => {
  it('when a key is created on a new database, prints it once, then lists and revokes it by prefix', async () => {
    const created = await runCli('keys', ['create', '--name', 'ops', '--scope', 'admin'], url);
    const key = /plx_[0-9a-f]{8}_[A-Za-z0-9_-]{43}/u.exec(created.stdout)?.[0] ?? '';
    const prefix = key.slice(0, 12);

    const listed = await runCli('keys', ['list'], url);
    const revoked = await runCli('keys', ['revoke', prefix], url);
    const after = JSON.parse((await runCli('keys', ['list', '--json'], url)).stdout) as { prefix: string; revokedAt: string | null }[];

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
    const result = await runCli('keys', args, url);

    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
  });
});
