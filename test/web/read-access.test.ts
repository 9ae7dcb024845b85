import request from 'supertest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

describe('web reading room with READ_ACCESS=key', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ app: { readAccess: 'key' } });
  });

  afterAll(async () => {
    await t.close();
  });

  it('when a page is opened without a key, answers 401 with a sign-in link', async () => {
    const res = await request(t.app).get('/meetings').set('Accept', 'text/html');

    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('href="/sign-in?next=%2Fmeetings"');
  });

  it('when a page is opened with a read key in the cookie, shows it', async () => {
    const res = await request(t.app).get('/meetings').set('Cookie', `parallax_key=${t.keys.read}`);

    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>Meetings</h1>');
  });

  it('when the sign-in page is opened without a key, shows it', async () => {
    const res = await request(t.app).get('/sign-in');

    expect(res.status).toBe(200);
    expect(res.text).toContain('<label for="key">API key</label>');
  });
});
