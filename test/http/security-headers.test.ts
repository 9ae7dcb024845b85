import express from 'express';
import helmet from 'helmet';
import request from 'supertest';
import { securityHeaders } from '../../src/http/security-headers.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

/** The headers helmet itself sets on a plain Express answer, by lower-case name. */
async function helmetsOwnHeaders(): Promise<Record<string, string>> {
  const reference = express();
  reference.use(helmet());
  reference.get('/', (_req, res) => { res.json({}); });
  const plain = express();
  plain.get('/', (_req, res) => { res.json({}); });
  const [withHelmet, without] = [(await request(reference).get('/')).headers, (await request(plain).get('/')).headers];
  return Object.fromEntries(Object.entries(withHelmet).filter(([name]) => !(name in without) && name !== 'date')) as Record<string, string>;
}

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('securityHeaders', () => {
  it('gives an answer exactly the headers helmet would have set', async () => {
    const expected = await helmetsOwnHeaders();
    const app = express();
    app.use(securityHeaders());
    app.get('/', (_req, res) => { res.json({}); });

    const { headers } = await request(app).get('/');

    expect(Object.keys(expected).length).toBeGreaterThan(8);
    for (const [name, value] of Object.entries(expected)) expect([name, headers[name]]).toEqual([name, value]);
  });

  it('is what the service answers with, on API answers and errors alike', async () => {
    const expected = await helmetsOwnHeaders();

    for (const path of ['/healthz', '/v1/meetings', '/v1/meetings/987654']) {
      const { headers } = await t.api.get(path);
      for (const [name, value] of Object.entries(expected)) expect([path, name, headers[name]]).toEqual([path, name, value]);
    }
  });
});
