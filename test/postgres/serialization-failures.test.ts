import { createDb, type Db } from '../../src/db/create-db.ts';
import { postgresTestUrl } from '../helpers/postgres-test-server.ts';
import { createTestDb, type TestDb } from '../helpers/test-db.ts';

let testDb: TestDb;
beforeAll(async () => {
  if (!postgresTestUrl) throw new Error('run with PARALLAX_TEST_DATABASE_URL (npm run test:pg)');
  testDb = await createTestDb();
});
afterAll(async () => { await testDb.destroy(); });

/** Reads one prefix, writes the other: two of these at once are a write skew SERIALIZABLE must break. */
const skewed = (db: Db, read: string, write: string) => db.write(async (tx) => {
  const seen = await tx.party.count({ where: { code: { startsWith: read } } });
  await new Promise((resolve) => setTimeout(resolve, 5));
  return tx.party.create({ data: { code: `${write}${seen}_${Math.random().toString(36).slice(2, 8)}`, name: 'skew', aliases: [] } });
});

describe('SERIALIZABLE writes of two instances', () => {
  it('when many writes fail to serialize (also at COMMIT), all are retried to success and no pool connection leaks', async () => {
    // Pools of two: one leaked connection per failed COMMIT would empty them within a few rounds.
    const [a, b] = await Promise.all([0, 1].map(() => createDb(testDb.url, { busyTimeoutMs: 5000, poolSize: 2 })));
    if (!a || !b) throw new Error('two instances expected');
    const rounds = 30;

    for (let round = 0; round < rounds; round += 1) await Promise.all([skewed(a, 'SKA', 'SKB'), skewed(b, 'SKB', 'SKA')]);
    const after = await Promise.all([a, b].map((db) => db.write((tx) => tx.party.count({ where: { name: 'skew' } }))));
    await Promise.all([a.close(), b.close()]);

    expect(after).toEqual([2 * rounds, 2 * rounds]);
  }, 60_000);
});
