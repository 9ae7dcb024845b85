import { apiKeysFingerprint } from '../../src/db/api-key-repository.ts';
import { createDb, type Db } from '../../src/db/create-db.ts';
import { createApiKeyService, type ApiKeyService } from '../../src/services/api-key-service.ts';
import { postgresTestUrl } from '../helpers/postgres-test-server.ts';
import { eventually } from '../helpers/run-cli.ts';
import { createTestDb, type TestDb } from '../helpers/test-db.ts';

let testDb: TestDb;
/** A second instance's handle on the same database: its own pool. */
let other: Db;
let revoking: ApiKeyService;
let watching: ApiKeyService;
beforeAll(async () => {
  if (!postgresTestUrl) throw new Error('run with PARALLAX_TEST_DATABASE_URL (npm run test:pg)');
  testDb = await createTestDb();
  other = await createDb(testDb.url, { busyTimeoutMs: 5000, poolSize: 5 });
  revoking = createApiKeyService({ db: testDb.db, now: () => new Date() });
  // The production refresh period (1 s): what an operator relies on after revoking a key.
  watching = createApiKeyService({ db: other, now: () => new Date() });
  watching.start();
});
afterAll(async () => {
  await watching.stop();
  await revoking.stop();
  await other.close();
  await testDb.destroy();
});

// One refresh period plus room for a busy machine: the contract is "about a second",
// the bound only keeps a revocation that is never noticed from passing.
const noticeWithinMs = 3000;

describe('API-key revocation across instances on one PostgreSQL database', () => {
  it('when one instance revokes a key another has cached, the other refuses it within about a second', async () => {
    const created = await revoking.create({ name: 'cached elsewhere', scopes: ['write'] });
    expect((await watching.authenticate(created.key)).kind).toBe('key');

    await revoking.revoke(created.id);

    expect(await eventually(async () => (await watching.authenticate(created.key)).kind === 'invalid', noticeWithinMs)).toBe(true);
  });

  // PostgreSQL returns the latest change as a Date; read at second resolution, a
  // revocation in the same second as the previous change left the fingerprint as it was,
  // and the other instance kept accepting the key.
  it('when a key is revoked in the same second as it was created, the fingerprint of the key table changes', async () => {
    const created = await revoking.create({ name: 'quick', scopes: ['read'] });
    const before = await apiKeysFingerprint(other.reader);

    await revoking.revoke(created.id);

    expect(await apiKeysFingerprint(other.reader)).not.toBe(before);
  });
});
