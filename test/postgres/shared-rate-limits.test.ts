import request from 'supertest';
import pino from 'pino';
import { createApp } from '../../src/app.ts';
import { createServices } from '../../src/services/create-services.ts';
import { postgresTestUrl } from '../helpers/postgres-test-server.ts';
import { createTestApp, testLimits, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  if (!postgresTestUrl) throw new Error('run with PARALLAX_TEST_DATABASE_URL (npm run test:pg)');
  t = await createTestApp();
});
afterAll(async () => { await t.close(); });

describe('rate limits on PostgreSQL', () => {
  it('when one client calls two instances, both count against one limit', async () => {
    const limits = { ...testLimits, requestsPerMinute: 4 };
    // Two instances: their own services and app, one database.
    const instance = () => createApp({
      services: createServices({ db: t.db, now: () => new Date() }), logger: pino({ level: 'silent' }), limits, version: 'test',
    });
    const a = instance();
    const b = instance();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await request(i % 2 === 0 ? a : b).get('/v1/parties')).status);

    const fifthOnA = await request(a).get('/v1/parties');
    const sixthOnB = await request(b).get('/v1/parties');

    expect(statuses).toEqual([200, 200, 200, 200]);
    expect([fifthOnA.status, sixthOnB.status]).toEqual([429, 429]);
    expect(sixthOnB.body.type).toBe('urn:parallax:problem:rate-limited');
  });
});
