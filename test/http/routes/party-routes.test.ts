import request from 'supertest';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';
import { factories } from '../../helpers/factories.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('POST /v1/parties', () => {
  it('when the body is valid, creates the party with 201, Location and ETag', async () => {
    const res = await t.api.post('/v1/parties')
      .send({ code: 'CHN', name: 'China', aliases: ['PRC', 'Beijing'], kind: 'state' });

    expect(res.status).toBe(201);
    expect(res.headers.location).toBe('/v1/parties/CHN');
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({ code: 'CHN', name: 'China', aliases: ['PRC', 'Beijing'], kind: 'state', version: 1 });
    expect(await t.services.parties.get('CHN')).toMatchObject({ name: 'China' });
  });

  it('when the code is taken, answers 409 naming the code', async () => {
    await t.api.post('/v1/parties').send({ code: 'DUP', name: 'First' });

    const res = await t.api.post('/v1/parties').send({ code: 'DUP', name: 'Second' });

    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'urn:parallax:problem:conflict', errors: [{ in: 'body', pointer: '#/code' }] });
    expect((await t.services.parties.get('DUP')).name).toBe('First');
  });

  it('when fields are bad or unknown, answers 422 listing each one', async () => {
    const res = await t.api.post('/v1/parties').send({ code: 'chn', name: '', admin: true });

    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['#/admin', '#/code', '#/name']);
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('when the body is not JSON, answers 400 malformed-json', async () => {
    const res = await t.api.post('/v1/parties').set('content-type', 'application/json').send('{"code": ');

    expect(res.status).toBe(400);
    expect(res.body.type).toBe('urn:parallax:problem:malformed-json');
  });

  it('when the body is sent as form data, answers 415', async () => {
    const res = await t.api.post('/v1/parties').type('form').send('code=CHN&name=China');

    expect(res.status).toBe(415);
    expect(res.body.type).toBe('urn:parallax:problem:unsupported-media-type');
  });

  it('when the body exceeds the size limit, answers 413 and stores nothing', async () => {
    const res = await t.api.post('/v1/parties').send({ code: 'BIG', name: 'x'.repeat(70 * 1024) });

    expect(res.status).toBe(413);
    expect(res.body.type).toBe('urn:parallax:problem:payload-too-large');
    await expect(t.services.parties.get('BIG')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('GET /v1/parties', () => {
  it('when paging with a small limit, walks every party once in code order', async () => {
    const { makeParty } = factories(t.services);
    for (const code of ['PGA', 'PGB', 'PGC']) await makeParty({ code });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await t.api.get('/v1/parties').query({ limit: 2, ...(cursor && { cursor }) });
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((p: { code: string }) => p.code));
      cursor = res.body.nextCursor;
    } while (cursor);

    expect(seen.filter((code) => code.startsWith('PG'))).toEqual(['PGA', 'PGB', 'PGC']);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('when the limit is above the cap, answers 422 naming limit', async () => {
    const res = await t.api.get('/v1/parties').query({ limit: 51 });

    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ in: 'query', pointer: '#/limit', detail: expect.stringContaining('at most 50') }]);
  });

  it('when the cursor is forged, answers 422 naming cursor', async () => {
    const res = await t.api.get('/v1/parties').query({ cursor: 'not-a-cursor' });

    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ in: 'query', pointer: '#/cursor' });
  });
});

describe('GET /v1/parties/{code}', () => {
  it('when the party does not exist, answers 404 problem+json', async () => {
    const res = await t.api.get('/v1/parties/NOPE');

    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status: 404, title: 'Resource not found', instance: '/v1/parties/NOPE' });
  });

  it('when the code is malformed, answers 422 naming the path parameter', async () => {
    const res = await t.api.get('/v1/parties/c%20n');

    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ in: 'path', pointer: '#/code' });
  });
});

describe('PATCH /v1/parties/{code}', () => {
  it('when If-Match is current, changes the party and bumps the ETag', async () => {
    const party = await factories(t.services).makeParty();

    const res = await t.api.patch(`/v1/parties/${party.code}`).set('If-Match', '"1"').send({ aliases: ['Alias'] });

    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.body).toMatchObject({ aliases: ['Alias'], name: party.name, version: 2 });
  });

  it('when If-Match is stale, answers 412 and keeps the stored party', async () => {
    const party = await factories(t.services).makeParty();
    await t.services.parties.update(party.code, { name: 'Renamed' });

    const res = await t.api.patch(`/v1/parties/${party.code}`).set('If-Match', '"1"').send({ name: 'Lost update' });

    expect(res.status).toBe(412);
    expect(res.body.type).toBe('urn:parallax:problem:stale-revision');
    expect((await t.services.parties.get(party.code)).name).toBe('Renamed');
  });

  it('when the body tries to change the code, answers 422', async () => {
    const party = await factories(t.services).makeParty();

    const res = await t.api.patch(`/v1/parties/${party.code}`).send({ code: 'NEW' });

    expect(res.status).toBe(422);
    expect(res.body.errors[0].pointer).toBe('#/code');
  });
});

describe('DELETE /v1/parties/{code}', () => {
  it('when nothing references the party, deletes it with 204', async () => {
    const party = await factories(t.services).makeParty();

    const res = await t.api.delete(`/v1/parties/${party.code}`);

    expect(res.status).toBe(204);
    expect((await t.api.get(`/v1/parties/${party.code}`)).status).toBe(404);
  });

  it('when a statement references the party, answers 409 and keeps it', async () => {
    const { makeParty, makeMeeting, makeStatement } = factories(t.services);
    const party = await makeParty();
    const meeting = await makeMeeting();
    await makeStatement(meeting.id, { party: party.code });

    const res = await t.api.delete(`/v1/parties/${party.code}`);

    expect(res.status).toBe(409);
    expect(res.body.detail).toContain('still named by 1');
    expect((await t.api.get(`/v1/parties/${party.code}`)).status).toBe(200);
  });
});
