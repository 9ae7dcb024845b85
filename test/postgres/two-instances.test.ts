import { createKeyIn } from '../helpers/keys.ts';
import { postgresTestUrl } from '../helpers/postgres-test-server.ts';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { createTestDb, type TestDb } from '../helpers/test-db.ts';
import { recordFigures } from '../helpers/soak.ts';

let testDb: TestDb;
let instances: ServerProcess[] = [];
let writeKey = '';
let adminKey = '';

beforeAll(async () => {
  // Two processes on one SQLite file are not a supported deployment; this suite is PostgreSQL's.
  if (!postgresTestUrl) throw new Error('run with PARALLAX_TEST_DATABASE_URL (npm run test:pg)');
  testDb = await createTestDb();
  writeKey = await createKeyIn(testDb.url, ['write'], 'writer');
  adminKey = await createKeyIn(testDb.url, ['admin'], 'admin');
  instances = await Promise.all([0, 1].map(() => startServerProcess({ DATABASE_URL: testDb.url, RATE_LIMIT_PER_MINUTE: '1000000', DATABASE_POOL_SIZE: '6' })));
}, 60_000);

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await testDb.destroy();
}, 30_000);

function call(instance: number, method: string, url: string, options: { key?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const port = instances[instance]?.port ?? 0;
  return fetch(`http://127.0.0.1:${port}${url}`, {
    method,
    headers: { authorization: `Bearer ${options.key ?? writeKey}`, 'content-type': 'application/json', ...options.headers },
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
  });
}

function bundle(n: number) {
  return {
    parties: [{ code: 'TIA', name: 'Two Instances A', aliases: [] }, { code: 'TIB', name: 'Two Instances B', aliases: [] }],
    meetings: [{
      ref: `two-instances-${n}`, title: `Import ${n}`, date: '2024-05-01', kind: 'call',
      participants: [{ party: 'TIA', person: 'Minister A' }, { party: 'TIB', person: 'Minister B' }],
      statements: [
        { party: 'TIA', issuer: 'MFA', language: 'en', text: `Round ${n}: the two sides agreed to cooperate on semiconductor supply chains.`, sourceUrl: `https://a.example/${n}` },
        { party: 'TIB', issuer: 'MOFA', language: 'en', text: `Round ${n}: the ministers discussed export controls.`, sourceUrl: `https://b.example/${n}` },
      ],
    }],
  };
}

describe('two service instances on one PostgreSQL database', () => {
  it('when both take concurrent writes and the same imports with one Idempotency-Key, nothing is lost or stored twice', async () => {
    const imports = 10;
    const writers = 10;
    const started = Date.now();
    await call(0, 'POST', '/v1/parties', { body: { code: 'TIW', name: 'Writer party' } });
    const meeting = await (await call(1, 'POST', '/v1/meetings', { body: { title: 'Shared', date: '2024-05-02', kind: 'call' } })).json() as { id: number };

    // Every import goes to both instances at the same moment with the same key.
    const importResults = Promise.all(Array.from({ length: imports }, async (_, n) => {
      const headers = { 'idempotency-key': `two-instances-${n}` };
      const answers = await Promise.all([0, 1].map((i) => call(i, 'POST', '/v1/import', { body: bundle(n), headers })));
      return Promise.all(answers.map(async (res) => ({ status: res.status, body: await res.text() })));
    }));
    const written = Promise.all(Array.from({ length: writers }, async (_, w) => {
      const ids: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const res = await call((w + i) % 2, 'POST', `/v1/meetings/${meeting.id}/statements`, {
          body: { party: 'TIW', issuer: `Writer ${w}`, language: 'en', text: `Writer ${w}, round ${i}: the sides discussed chips.` },
        });
        if (res.status === 201) ids.push(((await res.json()) as { id: number }).id);
      }
      return ids;
    }));
    const [answerPairs, acknowledged] = await Promise.all([importResults, written]);
    const elapsedMs = Date.now() - started;

    const db = testDb.db.reader;
    const ids = acknowledged.flat();
    const stored = await db.statement.findMany({ where: { meetingId: meeting.id }, select: { id: true } });
    expect(answerPairs.flat().map((a) => a.status)).toEqual(Array.from({ length: 2 * imports }, () => 200));
    // The replay is the first answer byte for byte, whichever instance answered first.
    for (const [first, second] of answerPairs) expect(second?.body).toBe(first?.body);
    expect(ids).toHaveLength(writers * 5);
    expect(stored.map((s) => s.id).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    expect(await db.meeting.count({ where: { ref: { startsWith: 'two-instances-' } } })).toBe(imports);
    expect(await db.statement.count({ where: { meeting: { ref: { startsWith: 'two-instances-' } } } })).toBe(2 * imports);
    expect(await db.statementRevision.count({ where: { statementId: { in: ids } } })).toBe(writers * 5);
    expect(await db.idempotencyRecord.count()).toBe(imports);
    expect(await db.party.count({ where: { code: { in: ['TIA', 'TIB'] } } })).toBe(2);
    recordFigures('two instances on PostgreSQL', { imports: 2 * imports, writes: writers * 5, elapsedMs });
  }, 120_000);

  it('when a key is revoked through one instance, the other refuses it within seconds', async () => {
    const key = await createKeyIn(testDb.url, ['write'], 'short-lived');
    const prefix = key.split('_').slice(0, 2).join('_');
    expect((await call(1, 'GET', '/v1/parties', { key })).status).toBe(200);
    const listed = await (await call(0, 'GET', '/v1/keys', { key: adminKey })).json() as { items?: { id: number; prefix: string }[] } | { id: number; prefix: string }[];
    const items = Array.isArray(listed) ? listed : listed.items ?? [];
    const id = items.find((item) => item.prefix === prefix)?.id;

    const revoked = await call(0, 'DELETE', `/v1/keys/${id}`, { key: adminKey });
    const end = Date.now() + 10_000;
    let status = 0;
    while (Date.now() < end && status !== 401) {
      status = (await call(1, 'GET', '/v1/parties', { key })).status;
      if (status !== 401) await new Promise((resolve) => setTimeout(resolve, 100));
    }

    expect(revoked.status).toBe(200);
    expect(status).toBe(401);
  }, 30_000);

  it('when both get SIGTERM, both drain and exit 0', async () => {
    const codes = await Promise.all(instances.map((instance) => instance.stop()));

    expect(codes).toEqual([0, 0]);
  }, 30_000);
});
