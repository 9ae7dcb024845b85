import request from 'supertest';
import { createTestApp, testLimits, type TestApp } from '../helpers/test-app.ts';

const apps: TestApp[] = [];
async function appWith(options: NonNullable<Parameters<typeof createTestApp>[0]>['app']) {
  const t = await createTestApp({ app: options });
  apps.push(t);
  return t;
}
afterAll(async () => { await Promise.all(apps.map((t) => t.close())); });

describe('rate limits', () => {
  it('when a client exceeds its requests per minute, answers 429 problem+json with RateLimit headers', async () => {
    const t = await appWith({ limits: { ...testLimits, requestsPerMinute: 3 } });
    for (let i = 0; i < 3; i += 1) await request(t.app).get('/v1/parties');

    const res = await request(t.app).get('/v1/parties');

    expect(res.status).toBe(429);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe('urn:parallax:problem:rate-limited');
    expect(res.headers.ratelimit).toMatch(/r=0/);
    expect(res.headers['ratelimit-policy']).toMatch(/q=3/);
  });

  it('when behind a trusted proxy, counts each forwarded client separately', async () => {
    const t = await appWith({ limits: { ...testLimits, requestsPerMinute: 1 }, trustProxy: 1 });
    await request(t.app).get('/v1/parties').set('X-Forwarded-For', '203.0.113.1');

    const other = await request(t.app).get('/v1/parties').set('X-Forwarded-For', '203.0.113.2');

    expect(other.status).toBe(200);
  });

  it('when callers send API keys, counts each key apart from the address they share', async () => {
    const t = await appWith({ limits: { ...testLimits, requestsPerMinute: 1 } });
    await t.as('read').get('/v1/parties');

    const sameKey = await t.as('read').get('/v1/parties');
    const otherKey = await t.as('write').get('/v1/parties');
    const anonymous = await request(t.app).get('/v1/parties');

    expect([sameKey.status, otherKey.status, anonymous.status]).toEqual([429, 200, 200]);
  });

  it('when the limit is reached, health probes still answer', async () => {
    const t = await appWith({ limits: { ...testLimits, requestsPerMinute: 1 } });
    await request(t.app).get('/v1/parties');
    await request(t.app).get('/v1/parties');

    expect((await request(t.app).get('/healthz')).status).toBe(200);
  });
});

describe('CORS', () => {
  it('when no origins are configured, sends no CORS headers', async () => {
    const t = await appWith({});

    const res = await request(t.app).get('/v1/parties').set('Origin', 'https://evil.example');

    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('when an origin is configured, allows exactly that origin', async () => {
    const t = await appWith({ corsOrigins: ['https://desk.example'] });

    const allowed = await request(t.app).get('/v1/parties').set('Origin', 'https://desk.example');
    const other = await request(t.app).get('/v1/parties').set('Origin', 'https://evil.example');

    expect(allowed.headers['access-control-allow-origin']).toBe('https://desk.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
