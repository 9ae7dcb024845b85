import request from 'supertest';
import { factories } from '../helpers/factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

const host = 'reading-room.test';
const sameSite = `http://${host}`;
const hostile = '<script>alert("x")</script>';

describe('web reading room', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let china: string;
  let korea: string;
  let meetingId: number;
  let jointStatementId: number;

  beforeAll(async () => {
    t = await createTestApp();
    make = factories(t.services);
    china = (await make.makeParty({ name: 'China', aliases: ['Beijing'] })).code;
    korea = (await make.makeParty({ name: 'South Korea', aliases: ['Seoul'] })).code;
    const meeting = await make.makeMeeting({
      title: `Trade talks ${hostile}`, date: new Date('2023-05-25T00:00:00Z'),
      participants: [{ party: china, person: 'Wang Wentao' }, { party: korea, person: 'Ahn Duk-geun' }],
    });
    meetingId = meeting.id;
    jointStatementId = (await make.makeStatement(meetingId, {
      party: china, title: 'China readout',
      text: 'The two sides agreed to strengthen dialogue and cooperation on semiconductor industry supply chains.',
    })).id;
    await make.makeStatement(meetingId, { party: korea, title: 'Korea readout', text: 'Minister Ahn asked China to support the supply of raw materials.' });
  });

  afterAll(async () => {
    await t.close();
  });

  const page = (path: string) => request(t.app).get(path).set('Accept', 'text/html');
  const post = (path: string, form: Record<string, string>, options: { key?: string | undefined; origin?: string | undefined } = {}) => {
    let req = request(t.app).post(path).set('Host', host).type('form').send(form);
    if (options.origin !== undefined) req = req.set('Origin', options.origin);
    if (options.key !== undefined) req = req.set('Cookie', `parallax_key=${encodeURIComponent(options.key)}`);
    return req;
  };
  const readout = (overrides: Record<string, string> = {}) => ({
    party: china, issuer: 'Ministry of Commerce', title: 'Pasted readout', language: 'en', sourceUrl: '', publishedAt: '',
    text: 'The two sides agreed to deepen cooperation on semiconductors.', ...overrides,
  });

  describe('meetings list', () => {
    it('when a browser opens /, lists meetings as HTML with hostile titles escaped', async () => {
      const res = await page('/');

      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain('Trade talks &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(res.text).not.toContain(hostile);
      expect(res.text).toContain(`href="/meetings/${meetingId}"`);
    });

    it('when filtered by a party and sorted by divergence, lists only that party\'s meetings', async () => {
      const other = await make.makeMeeting({ title: 'Meeting without China' });

      const res = await page(`/meetings?party=${china}&sort=divergence&from=&to=&q=`);

      expect(res.status).toBe(200);
      expect(res.text).toContain(`href="/meetings/${meetingId}"`);
      expect(res.text).not.toContain(`href="/meetings/${other.id}"`);
    });

    it('when a date filter is not a date, answers 422 naming the field', async () => {
      const res = await page('/meetings?from=2023-13-40');

      expect(res.status).toBe(422);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain('<code>from</code>');
      expect(res.text).toMatch(/Request id: <code>[\w-]+<\/code>/);
    });
  });

  describe('meeting page', () => {
    it('when opened, shows the unconfirmed joint claim with its evidence and links every report format', async () => {
      const res = await page(`/meetings/${meetingId}`);

      expect(res.status).toBe(200);
      expect(res.text).toContain('Joint claims the other side never confirmed');
      expect(res.text).toMatch(/<mark class="ev ev-unconfirmed"[^>]*>semiconductor<\/mark>/);
      for (const format of ['md', 'html', 'csv', 'pdf', 'json']) {
        expect(res.text).toContain(`href="/v1/meetings/${meetingId}/report?format=${format}"`);
      }
      expect(res.text).toContain('<table class="aligned">');
    });

    it.each(['/meetings/999999', '/meetings/abc', '/statements/999999', '/parties/NOPE', '/no-such-page'])('when %s names nothing, answers an HTML 404 with the request id', async (path) => {
      const res = await page(path);

      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain('404');
      expect(res.text).toContain(String(res.headers['x-request-id']));
      expect(res.text).not.toMatch(/at .*\.ts:\d+/);
    });

    it('when an API path is unknown, still answers problem+json', async () => {
      const res = await request(t.app).get('/v1/no-such-thing');

      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });

  describe('statement page', () => {
    it('when a statement was changed, shows its analysis, versions and a word-level diff', async () => {
      const statement = await make.makeStatement(meetingId, { party: korea, title: 'Revised', text: 'Both ministers discussed export controls.' });
      await t.services.statements.update(statement.id, { text: 'Both ministers discussed semiconductor export controls at length.' });

      const res = await page(`/statements/${statement.id}?from=1&to=2`);

      expect(res.status).toBe(200);
      expect(res.text).toContain('Analysis');
      expect(res.text).toContain('<ins>semiconductor </ins>');
      expect(res.text).toMatch(/<del>controls\.<\/del>|<ins>at length/);
    });

    it('when a diff names a version that does not exist, answers 422 naming the field', async () => {
      const res = await page(`/statements/${jointStatementId}?from=1&to=9`);

      expect(res.status).toBe(422);
      expect(res.text).toContain('<code>to</code>');
    });

    it('when the text is Chinese, marks it with its language', async () => {
      const statement = await make.makeStatement(meetingId, { party: china, language: 'zh-CN', text: '双方同意加强半导体产业链合作。' });

      const res = await page(`/statements/${statement.id}`);

      expect(res.status).toBe(200);
      expect(res.text).toMatch(/lang="zh-CN">[^<]*双方同意加强/);
    });
  });

  describe('party page', () => {
    it('when opened, shows the party\'s topics month by month', async () => {
      const res = await page(`/parties/${china}`);

      expect(res.status).toBe(200);
      expect(res.text).toContain('<table class="heatmap">');
      expect(res.text).toContain('2023-05');
      expect(res.text).toContain('<th scope="row">semiconductors</th>');
    });
  });

  describe('search', () => {
    it('when searching an English word, highlights its stemmed forms in the snippet', async () => {
      const res = await page('/search?q=semiconductors');

      expect(res.status).toBe(200);
      expect(res.text).toContain('<mark>semiconductor</mark>');
      expect(res.text).toContain(`href="/statements/${jointStatementId}"`);
    });

    it.each([
      // a trigram inside a sentence: unicode61 alone would not find it
      { q: '半导体', marked: '半导体' },
      // shorter than a trigram: the substring fallback
      { q: '芯片', marked: '芯片' },
    ])('when searching the Chinese word $q, finds it mid-sentence', async ({ q, marked }) => {
      await make.makeStatement(meetingId, { party: china, language: 'zh', text: `中方愿同韩方加强${q}领域合作。` });

      const res = await page(`/search?q=${encodeURIComponent(q)}`);

      expect(res.status).toBe(200);
      expect(res.text).toContain(`<mark>${marked}</mark>`);
      expect(res.text).toContain('lang="zh"');
    });

    it('when nothing matches, says so and escapes the query', async () => {
      const res = await page(`/search?q=${encodeURIComponent(hostile)}`);

      expect(res.status).toBe(200);
      expect(res.text).toContain('No readout contains');
      expect(res.text).not.toContain(hostile);
    });
  });

  describe('paste form', () => {
    it('when opened without a key, shows the form and asks to sign in', async () => {
      const res = await page(`/meetings/${meetingId}/statements/new`);

      expect(res.status).toBe(200);
      expect(res.text).toContain('<textarea id="text" name="text"');
      expect(res.text).toContain('href="/sign-in?next=');
    });

    it('when previewed with a write key, shows the analysis and a Save button carrying the fields', async () => {
      const res = await post(`/meetings/${meetingId}/statements/preview`, readout({ title: hostile }), { key: t.keys.write, origin: sameSite });

      expect(res.status).toBe(200);
      expect(res.text).toContain('<td>semiconductors</td>');
      expect(res.text).toContain(`action="/meetings/${meetingId}/statements/save"`);
      expect(res.text).toContain('<input type="hidden" name="title" value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">');
      expect(res.text).not.toContain(hostile);
    });

    it('when fields are invalid, answers 422 and names each field', async () => {
      const res = await post(`/meetings/${meetingId}/statements/preview`, readout({ issuer: ' ', sourceUrl: 'ftp://example.org', text: '' }), { key: t.keys.write, origin: sameSite });

      expect(res.status).toBe(422);
      expect(res.text).toContain('Issuer: must not be empty');
      expect(res.text).toContain('Source URL: must be an absolute http(s) URL');
      expect(res.text).toContain('id="text-error"');
    });

    it('when the party is unknown, answers 422 on the party field', async () => {
      const res = await post(`/meetings/${meetingId}/statements/save`, readout({ party: 'ZZZ' }), { key: t.keys.write, origin: sameSite });

      expect(res.status).toBe(422);
      expect(res.text).toContain('id="party-error"');
    });

    it('when saved with a write key, stores the statement against the key and redirects to it', async () => {
      const res = await post(`/meetings/${meetingId}/statements/save`, readout({ title: 'Saved from the form' }), { key: t.keys.write, origin: sameSite });

      expect(res.status).toBe(303);
      const id = Number(/^\/statements\/(\d+)$/.exec(String(res.headers.location))?.[1]);
      const stored = await t.services.statements.get(id);
      const [revision] = await t.services.statements.revisions(id);
      const writer = (await t.services.apiKeys.list()).find((key) => key.name === 'test writer');
      expect(stored.title).toBe('Saved from the form');
      expect(revision?.apiKeyId).toBe(writer?.id);
    });

    it.each([
      { name: 'another site', origin: 'https://evil.example' },
      { name: 'no Origin or Referer', origin: undefined },
      { name: 'a sandboxed page', origin: 'null' },
    ])('when posted from $name, refuses it with 403 and stores nothing', async ({ origin }) => {
      const before = (await t.services.statements.list({ meetingId, parties: [] }, { limit: 50 })).items.length;

      const res = await post(`/meetings/${meetingId}/statements/save`, readout({ title: 'Cross-site' }), { key: t.keys.write, origin });

      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect((await t.services.statements.list({ meetingId, parties: [] }, { limit: 50 })).items).toHaveLength(before);
    });

    it('when posted with the Referer of a page of this site and no Origin, accepts it', async () => {
      const res = await request(t.app).post(`/meetings/${meetingId}/statements/preview`).set('Host', host)
        .set('Referer', `${sameSite}/meetings/${meetingId}/statements/new`).set('Cookie', `parallax_key=${t.keys.write}`)
        .type('form').send(readout());

      expect(res.status).toBe(200);
    });

    it.each([
      { name: 'without a key', key: undefined, status: 401 },
      { name: 'with a read-only key', key: 'read' as const, status: 403 },
    ])('when saved $name, refuses it and keeps what was typed', async ({ key, status }) => {
      const res = await post(`/meetings/${meetingId}/statements/save`, readout({ title: 'Kept title' }), { key: key && t.keys[key], origin: sameSite });

      expect(res.status).toBe(status);
      expect(res.text).toContain('value="Kept title"');
      expect(res.text).toContain('write scope');
    });
  });

  describe('sign-in', () => {
    it('when a valid key is posted, sets an HttpOnly, SameSite=Strict cookie and returns to the page', async () => {
      const res = await post('/sign-in', { key: t.keys.write, next: `/meetings/${meetingId}` }, { origin: sameSite });

      expect(res.status).toBe(303);
      expect(res.headers.location).toBe(`/meetings/${meetingId}`);
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).toContain('parallax_key=');
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      expect(cookie).toContain('Path=/');
    });

    it('when the next page is another site, returns to / instead', async () => {
      const res = await post('/sign-in', { key: t.keys.read, next: '//evil.example/' }, { origin: sameSite });

      expect(res.headers.location).toBe('/');
    });

    it('when the key is unknown, answers 401 with the form and no cookie', async () => {
      const res = await post('/sign-in', { key: 'plx_00000000_not-a-key', next: '/' }, { origin: sameSite });

      expect(res.status).toBe(401);
      expect(res.text).toContain('API key: this key is unknown or revoked');
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('when signing out, clears the cookie', async () => {
      const res = await post('/sign-out', {}, { key: t.keys.write, origin: sameSite });

      expect(res.status).toBe(303);
      expect(String(res.headers['set-cookie'])).toMatch(/parallax_key=;.*Expires=Thu, 01 Jan 1970/);
    });
  });

  describe('assets', () => {
    it('when the stylesheet is requested, serves it as CSS', async () => {
      const res = await request(t.app).get('/assets/reading-room.css');

      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/css/);
    });
  });
});
