import { Writable } from 'node:stream';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../../src/app.ts';
import { createTestApp, testLimits, type TestApp } from '../../helpers/test-app.ts';
import { factories } from '../../helpers/factories.ts';

let t: TestApp;
let f: ReturnType<typeof factories>;
beforeAll(async () => {
  t = await createTestApp();
  f = factories(t.services);
});
afterAll(async () => { await t.close(); });

const admin = () => t.as('admin');

describe('POST /v1/keys', () => {
  it('when an admin creates a key, shows the key once and stores only what identifies it', async () => {
    const res = await admin().post('/v1/keys').send({ name: 'trade desk', scopes: ['write'] });

    expect(res.status).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers.location).toBe(`/v1/keys/${res.body.id}`);
    expect(res.body).toMatchObject({ name: 'trade desk', scopes: ['write'], lastUsedAt: null, revokedAt: null });
    expect(res.body.key).toMatch(/^plx_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/u);
    expect(res.body.key.startsWith(`${res.body.prefix}_`)).toBe(true);
    const listed = await admin().get(`/v1/keys/${res.body.id}`);
    expect(listed.body).not.toHaveProperty('key');
    expect(JSON.stringify(listed.body)).not.toContain(res.body.key.slice(13));
  });

  it('when the new key is used, it has exactly its scopes', async () => {
    const { body: created } = await admin().post('/v1/keys').send({ name: 'reader', scopes: ['read'] });
    const meeting = await f.makeMeeting();

    const read = await request(t.app).get(`/v1/meetings/${meeting.id}`).set('Authorization', `Bearer ${created.key}`);
    const write = await request(t.app).patch(`/v1/meetings/${meeting.id}`).set('Authorization', `Bearer ${created.key}`).send({ title: 'x' });

    expect([read.status, write.status]).toEqual([200, 403]);
    expect(write.body.detail).toContain('write scope');
  });

  it.each([
    [{ name: 'x', scopes: [] }, '#/scopes'],
    [{ name: 'x', scopes: ['root'] }, '#/scopes/0'],
    [{ name: '', scopes: ['read'] }, '#/name'],
    // no mass assignment: the hash is never the caller's to choose
    [{ name: 'x', scopes: ['read'], hash: 'mine' }, '#/hash'],
  ])('when the body is %j, answers 422 naming %s and stores nothing', async (body, pointer) => {
    const before = (await admin().get('/v1/keys')).body.items.length;

    const res = await admin().post('/v1/keys').send(body);

    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ in: 'body', pointer })]));
    expect((await admin().get('/v1/keys')).body.items).toHaveLength(before);
  });

  it('when a write key asks for a key, answers 403', async () => {
    const res = await t.api.post('/v1/keys').send({ name: 'escalate', scopes: ['admin'] });

    expect(res.status).toBe(403);
    expect(res.body.type).toBe('urn:parallax:problem:forbidden');
  });
});

describe('GET /v1/keys', () => {
  it('when keys exist, lists them newest first with prefixes and never a secret or hash', async () => {
    const res = await admin().get('/v1/keys');

    expect(res.status).toBe(200);
    expect(res.body.items.map((key: { name: string }) => key.name)).toEqual(expect.arrayContaining(['test reader', 'test writer', 'test admin']));
    const ids = res.body.items.map((key: { id: number }) => key.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const text = JSON.stringify(res.body);
    for (const key of Object.values(t.keys)) expect(text).not.toContain(key.slice(13));
    expect(text).not.toMatch(/"hash"/u);
  });
});

describe('DELETE /v1/keys/{keyId}', () => {
  it('when a key is revoked, the very next request with it is refused with 401', async () => {
    const { body: created } = await admin().post('/v1/keys').send({ name: 'to revoke', scopes: ['write'] });
    const withKey = () => request(t.app).get('/v1/parties').set('Authorization', `Bearer ${created.key}`);
    expect((await withKey()).status).toBe(200);

    const revoked = await admin().delete(`/v1/keys/${created.id}`);

    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    const refused = await withKey();
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toBe('the API key is malformed, unknown or revoked');
  });

  it('when revoked twice, keeps the first revocation time', async () => {
    const { body: created } = await admin().post('/v1/keys').send({ name: 'twice', scopes: ['read'] });
    const first = await admin().delete(`/v1/keys/${created.id}`);

    const second = await admin().delete(`/v1/keys/${created.id}`);

    expect(second.status).toBe(200);
    expect(second.body.revokedAt).toBe(first.body.revokedAt);
  });

  it('when the key does not exist, answers 404', async () => {
    const res = await admin().delete('/v1/keys/999999');

    expect(res.status).toBe(404);
  });
});

describe('writes name their key', () => {
  it('when a statement is created, edited and deleted, each revision records the key', async () => {
    const party = await f.makeParty();
    const meeting = await f.makeMeeting();
    const writerId = (await admin().get('/v1/keys')).body.items.find((key: { name: string }) => key.name === 'test writer').id;
    const created = await t.api.post(`/v1/meetings/${meeting.id}/statements`).send({ party: party.code, issuer: 'MFA', language: 'en', text: 'They discussed trade.' });
    await t.as('admin').patch(`/v1/statements/${created.body.id}`).send({ text: 'They discussed trade and chips.' });
    await t.api.delete(`/v1/statements/${created.body.id}`);

    const revisions = await t.api.get(`/v1/statements/${created.body.id}/revisions`);

    const adminId = (await admin().get('/v1/keys')).body.items.find((key: { name: string }) => key.name === 'test admin').id;
    expect(revisions.body.items.map((r: { action: string; apiKeyId: number }) => [r.action, r.apiKeyId]))
      .toEqual([['created', writerId], ['updated', adminId], ['deleted', writerId]]);
  });

  it('when an analyst corrects a claim without giving a name, the audit trail names the key', async () => {
    const party = await f.makeParty();
    const meeting = await f.makeMeeting();
    const statement = await f.makeStatement(meeting.id, { party: party.code, text: 'The two sides agreed to deepen cooperation on semiconductors.' });
    const claim = (await t.api.get(`/v1/statements/${statement.id}/analysis`)).body.claims[0];

    await t.api.patch(`/v1/claims/${claim.id}`).send({ act: 'consult', reason: 'only discussed' });

    const changes = await t.api.get(`/v1/claims/${claim.id}/changes`);
    const writerId = (await admin().get('/v1/keys')).body.items.find((key: { name: string }) => key.name === 'test writer').id;
    expect(changes.body.items).toEqual([expect.objectContaining({ author: 'test writer', apiKeyId: writerId })]);
  });

  it('when the taxonomy changes, the new version records the admin key', async () => {
    const res = await admin().put('/v1/taxonomy/topics/zz-test-topic').send({ id: 'zz-test-topic', label: 'Test topic', terms: { en: ['zzword'] } });

    const adminId = (await admin().get('/v1/keys')).body.items.find((key: { name: string }) => key.name === 'test admin').id;
    expect(res.status).toBe(200);
    expect(res.body.apiKeyId).toBe(adminId);
  });
});

describe('keys and logs', () => {
  it('when requests carry keys, no key appears in the log, even for a refused one', async () => {
    let logged = '';
    const sink = new Writable({ write(chunk, _encoding, done) { logged += String(chunk); done(); } });
    const app = createApp({ services: t.services, logger: pino({ level: 'trace' }, sink), limits: testLimits, version: 'test' });
    const bogus = `plx_00000000_${'A'.repeat(43)}`;

    await request(app).get('/v1/parties').set('Authorization', `Bearer ${t.keys.read}`);
    await request(app).post('/v1/parties').set('Authorization', `Bearer ${t.keys.read}`).send({ code: 'ZZZ', name: 'x' });
    await request(app).get('/v1/parties').set('Authorization', `Bearer ${bogus}`);

    expect(logged).toContain('"statusCode":403');
    expect(logged).not.toContain(t.keys.read.slice(13));
    expect(logged).not.toContain('A'.repeat(43));
    expect(logged.toLowerCase()).not.toContain('authorization');
  });
});
