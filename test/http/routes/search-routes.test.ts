import { factories } from '../../helpers/factories.ts';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
let f: ReturnType<typeof factories>;
beforeAll(async () => {
  t = await createTestApp();
  f = factories(t.services);
});
afterAll(async () => { await t.close(); });

describe('GET /v1/search', () => {
  it('when words match, answers hits best first with the matched words marked', async () => {
    const party = await f.makeParty();
    const meeting = await f.makeMeeting({ title: 'Chip talks' });
    const statement = await f.makeStatement(meeting.id, { party: party.code, title: 'Readout on chips', text: 'Both sides agreed to cooperate on semiconductor supply chains.' });

    const res = await t.api.get('/v1/search').query({ q: 'semiconductors', party: party.code });

    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([expect.objectContaining({
      statementId: statement.id, party: party.code, language: 'en',
      meeting: { id: meeting.id, title: 'Chip talks', date: '2024-01-15' },
      titleHighlight: [{ text: 'Readout on chips', match: false }],
    })]);
    expect(res.body.items[0].snippet).toContainEqual({ text: 'semiconductor', match: true });
    expect(res.body.nextCursor).toBeNull();
  });

  it('when a Chinese word sits inside a sentence, finds it', async () => {
    const party = await f.makeParty();
    const meeting = await f.makeMeeting();
    const statement = await f.makeStatement(meeting.id, { party: party.code, language: 'zh-CN', text: '双方同意加强半导体产业链合作。' });

    const res = await t.api.get('/v1/search').query({ q: '半导体', language: 'zh-CN' });

    expect(res.status).toBe(200);
    expect(res.body.items.map((hit: { statementId: number }) => hit.statementId)).toEqual([statement.id]);
    expect(res.body.items[0].snippet).toContainEqual({ text: '半导体', match: true });
  });

  it('when there are more hits than the limit, pages through them with the cursor', async () => {
    const party = await f.makeParty();
    const meeting = await f.makeMeeting();
    for (let i = 0; i < 3; i += 1) await f.makeStatement(meeting.id, { party: party.code, text: `Fisheries quota talks round ${i}.` });

    const first = await t.api.get('/v1/search').query({ q: 'fisheries', party: party.code, limit: 2 });
    const second = await t.api.get('/v1/search').query({ q: 'fisheries', party: party.code, limit: 2, cursor: first.body.nextCursor });

    expect(first.body.items).toHaveLength(2);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const ids = [...first.body.items, ...second.body.items].map((hit: { statementId: number }) => hit.statementId);
    expect(new Set(ids).size).toBe(3);
  });

  it.each([
    { query: {}, pointer: '#/q' },
    { query: { q: 'x', cursor: 'not-a-cursor' }, pointer: '#/cursor' },
  ])('when the query is $query, answers 422 naming $pointer', async ({ query, pointer }) => {
    const res = await t.api.get('/v1/search').query(query);

    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ in: 'query', pointer }));
  });
});
