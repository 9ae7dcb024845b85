import { createApiKeyService } from '../../src/services/api-key-service.ts';
import { eventually } from '../helpers/run-cli.ts';
import { createTestDb, type TestDb } from '../helpers/test-db.ts';

let testDb: TestDb;
beforeAll(async () => { testDb = await createTestDb(); });
afterAll(async () => { await testDb.destroy(); });

const service = (options = {}) => createApiKeyService({ db: testDb.db, now: () => new Date() }, options);

describe('createApiKeyService', () => {
  it('when a key was seen once, authenticates it again from memory without reading the table', async () => {
    const keys = service();
    const created = await keys.create({ name: 'cached', scopes: ['read'] });
    await keys.authenticate(created.key);
    // Removed behind the service's back: only a lookup in the table could notice.
    await testDb.db.write((tx) => tx.apiKey.delete({ where: { id: created.id } }));

    const caller = await keys.authenticate(created.key);

    expect(caller).toEqual({ kind: 'key', keyId: created.id, name: 'cached', scopes: ['read'] });
  });

  it('when another process revokes a key, notices at the next refresh', async () => {
    const keys = service({ refreshMs: 25 });
    const elsewhere = service();
    const created = await keys.create({ name: 'revoked elsewhere', scopes: ['write'] });
    keys.start();
    expect((await keys.authenticate(created.key)).kind).toBe('key');

    await elsewhere.revoke(created.id);

    expect(await eventually(async () => (await keys.authenticate(created.key)).kind === 'invalid')).toBe(true);
    await keys.stop();
  });

  it('when a key is revoked elsewhere after it was cached and before the first refresh, notices it', async () => {
    const keys = service({ refreshMs: 25 });
    const elsewhere = service();
    const created = await keys.create({ name: 'revoked before the first refresh', scopes: ['write'] });
    expect((await keys.authenticate(created.key)).kind).toBe('key');
    await elsewhere.revoke(created.id);

    keys.start();

    expect(await eventually(async () => (await keys.authenticate(created.key)).kind === 'invalid')).toBe(true);
    await keys.stop();
  });

  it.each([
    ['an empty string', ''],
    ['another scheme\'s token', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'],
    ['a well-formed unknown key', `plx_00000000_${'A'.repeat(43)}`],
    ['a key with a trailing newline', `plx_00000000_${'A'.repeat(43)}\n`],
  ])('when given %s, answers invalid', async (_name, token) => {
    expect(await service().authenticate(token)).toEqual({ kind: 'invalid' });
  });

  it('when keys were used, stop() records their last use', async () => {
    const keys = service();
    const created = await keys.create({ name: 'used', scopes: ['read'] });
    await keys.authenticate(created.key);

    await keys.stop();

    expect((await keys.get(created.id)).lastUsedAt).toEqual(expect.any(Date));
  });

  it('when scopes repeat, stores each once', async () => {
    const created = await service().create({ name: 'dupes', scopes: ['read', 'read', 'admin'] });

    expect(created.scopes).toEqual(['read', 'admin']);
  });
});
