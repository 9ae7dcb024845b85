import request from 'supertest';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;

beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('GET /healthz', () => {
  it('when the database answers, reports ok with its durability settings', async () => {
    const res = await t.api.get('/healthz');

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ok',
      database: t.db.provider === 'sqlite'
        ? { provider: 'sqlite', reachable: true, journalMode: 'WAL', synchronous: 'FULL', foreignKeys: true, busyTimeoutMs: 5000 }
        : { provider: 'postgresql', reachable: true, serverVersion: expect.any(String), writeIsolation: 'serializable', synchronousCommit: expect.any(String), poolSize: 5 },
      analysis: { pendingReanalysis: 0 },
    });
  });

  it('when probed again within a second, answers from the last check; after it, asks the database again', async () => {
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const probed = await createTestApp({ now: () => new Date(clock) });
    const first = await request(probed.app).get('/healthz');
    await probed.makeUnreachable();

    const within = await request(probed.app).get('/healthz');
    clock += 1000;
    const after = await request(probed.app).get('/healthz');

    expect([first.status, within.status, after.status]).toEqual([200, 200, 503]);
    await probed.close();
  });

  it('when the database does not answer, answers 503 unavailable so a load balancer routes around', async () => {
    const down = await createTestApp();
    // SQLite: the file's header destroyed; PostgreSQL: the database dropped under the pool.
    await down.makeUnreachable();

    const res = await request(down.app).get('/healthz');

    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/u);
    expect(res.body).toMatchObject({ type: 'urn:parallax:problem:unavailable', detail: 'the database does not answer' });
    expect(res.text).not.toMatch(/prisma|sqlite|at \//iu);
    await down.close();
  });
});

describe('GET /v1/openapi.json', () => {
  it('when fetched, is an OpenAPI 3.1 document covering every route with problem responses', async () => {
    const res = await t.api.get('/v1/openapi.json');

    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining([
      '/v1/parties', '/v1/meetings', '/v1/meetings/{meetingId}/statements', '/v1/statements/{statementId}/revisions', '/v1/import',
    ]));
    const createMeeting = res.body.paths['/v1/meetings'].post;
    expect(createMeeting.responses['422'].content['application/problem+json'].schema.$ref).toBe('#/components/schemas/Problem');
    expect(createMeeting.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/NewMeeting');
  });
});

describe('GET /docs', () => {
  it('when opened, serves the interactive API docs page', async () => {
    const res = await t.api.get('/docs/');

    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger-ui');
  });
});

describe('unknown routes', () => {
  it('when the path is unknown, answers 404 problem+json', async () => {
    const res = await t.api.get('/v1/nothing-here');

    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('when the method is wrong for a known path, answers 405 with Allow', async () => {
    const res = await t.api.put('/v1/meetings/1');

    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, PATCH, DELETE');
  });

  it('when answering, never advertises the framework', async () => {
    const res = await t.api.get('/healthz');

    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
