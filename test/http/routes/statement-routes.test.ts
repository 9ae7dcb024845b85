import { createHash } from 'node:crypto';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';
import { factories } from '../../helpers/factories.ts';

let t: TestApp;
let f: ReturnType<typeof factories>;
beforeAll(async () => {
  t = await createTestApp();
  f = factories(t.services);
});
afterAll(async () => { await t.close(); });

async function meetingWithParty() {
  const party = await f.makeParty();
  const meeting = await f.makeMeeting();
  return { party, meeting };
}

describe('POST /v1/meetings/{meetingId}/statements', () => {
  it('when the readout is valid, stores it with its content hash and first revision', async () => {
    const { party, meeting } = await meetingWithParty();
    const text = 'The two sides agreed to strengthen cooperation on semiconductor supply chains.';

    const res = await t.api.post(`/v1/meetings/${meeting.id}/statements`).send({
      party: party.code, issuer: 'Ministry of Commerce', title: 'Readout', sourceUrl: 'https://example.gov/readout',
      publishedAt: '2023-05-26T08:00:00Z', language: 'en', text,
    });

    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/v1/statements/${res.body.id}`);
    expect(res.body).toMatchObject({
      meetingId: meeting.id, party: party.code, revision: 1, publishedAt: '2023-05-26T08:00:00.000Z',
      contentHash: createHash('sha256').update(text).digest('hex'),
    });
    const revisions = await t.api.get(`/v1/statements/${res.body.id}/revisions`);
    expect(revisions.body.items).toEqual([expect.objectContaining({ revision: 1, action: 'created', text })]);
  });

  it('when a party has a second statement in the same meeting, keeps both', async () => {
    const { party, meeting } = await meetingWithParty();
    await f.makeStatement(meeting.id, { party: party.code, issuer: 'Ministry' });

    const res = await t.api.post(`/v1/meetings/${meeting.id}/statements`)
      .send({ party: party.code, issuer: 'Spokesperson', language: 'en', text: 'The spokesperson said talks were candid.' });

    expect(res.status).toBe(201);
    const list = await t.api.get(`/v1/meetings/${meeting.id}/statements`);
    expect(list.body.items.map((s: { issuer: string }) => s.issuer)).toEqual(['Ministry', 'Spokesperson']);
  });

  it('when the meeting does not exist, answers 404', async () => {
    const party = await f.makeParty();

    const res = await t.api.post('/v1/meetings/999999/statements').send({ party: party.code, issuer: 'x', language: 'en', text: 'x' });

    expect(res.status).toBe(404);
  });

  it.each([
    ['text', { text: '   ' }, '#/text'],
    ['language', { language: 'english!' }, '#/language'],
    ['sourceUrl', { sourceUrl: 'javascript:alert(1)' }, '#/sourceUrl'],
    ['publishedAt', { publishedAt: 'yesterday' }, '#/publishedAt'],
    ['party', { party: 'nope' }, '#/party'],
  ])('when %s is invalid, answers 422 pointing at it', async (_name, override, pointer) => {
    const { party, meeting } = await meetingWithParty();

    const res = await t.api.post(`/v1/meetings/${meeting.id}/statements`)
      .send({ party: party.code, issuer: 'Ministry', language: 'en', text: 'Valid text.', ...override });

    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  });
});

describe('PATCH /v1/statements/{statementId}', () => {
  it('when the text changes, records a new revision and keeps the old one', async () => {
    const { party, meeting } = await meetingWithParty();
    const statement = await f.makeStatement(meeting.id, { party: party.code, text: 'First version.' });

    const res = await t.api.patch(`/v1/statements/${statement.id}`).set('If-Match', '"1"').send({ text: 'Second version.' });

    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    const revisions = await t.api.get(`/v1/statements/${statement.id}/revisions`);
    expect(revisions.body.items.map((r: { revision: number; action: string; text: string }) => [r.revision, r.action, r.text]))
      .toEqual([[1, 'created', 'First version.'], [2, 'updated', 'Second version.']]);
  });

  it('when the change changes nothing, records no revision', async () => {
    const { party, meeting } = await meetingWithParty();
    const statement = await f.makeStatement(meeting.id, { party: party.code, text: 'Same.' });

    const res = await t.api.patch(`/v1/statements/${statement.id}`).send({ text: 'Same.' });

    expect(res.body.revision).toBe(1);
    expect((await t.services.statements.revisions(statement.id))).toHaveLength(1);
  });

  it('when If-Match is stale, answers 412 and the stored text stays', async () => {
    const { party, meeting } = await meetingWithParty();
    const statement = await f.makeStatement(meeting.id, { party: party.code, text: 'Original.' });
    await t.services.statements.update(statement.id, { text: 'Edited elsewhere.' });

    const res = await t.api.patch(`/v1/statements/${statement.id}`).set('If-Match', '"1"').send({ text: 'Mine.' });

    expect(res.status).toBe(412);
    expect((await t.services.statements.get(statement.id)).text).toBe('Edited elsewhere.');
  });

  it('when a nullable field is set to null, clears it', async () => {
    const { party, meeting } = await meetingWithParty();
    const statement = await f.makeStatement(meeting.id, { party: party.code, title: 'Has a title' });

    const res = await t.api.patch(`/v1/statements/${statement.id}`).send({ title: null });

    expect(res.body.title).toBeNull();
  });
});

describe('DELETE /v1/statements/{statementId}', () => {
  it('when deleted, is gone from reads but its history shows the deletion', async () => {
    const { party, meeting } = await meetingWithParty();
    const statement = await f.makeStatement(meeting.id, { party: party.code });

    const res = await t.api.delete(`/v1/statements/${statement.id}`).set('If-Match', '"1"');

    expect(res.status).toBe(204);
    expect((await t.api.get(`/v1/statements/${statement.id}`)).status).toBe(404);
    const history = await t.api.get(`/v1/statements/${statement.id}/revisions`);
    expect(history.body.items.map((r: { action: string }) => r.action)).toEqual(['created', 'deleted']);
    expect((await t.api.get(`/v1/meetings/${meeting.id}`)).body).toMatchObject({ parties: [], statementCount: 0 });
  });

  it('when the statement never existed, its revisions answer 404', async () => {
    const res = await t.api.get('/v1/statements/987654/revisions');

    expect(res.status).toBe(404);
  });
});

describe('GET /v1/statements', () => {
  it('when searching text and party, finds only matching live readouts', async () => {
    const { party, meeting } = await meetingWithParty();
    const other = await f.makeParty();
    const hit = await f.makeStatement(meeting.id, { party: party.code, text: 'Ministers discussed fentanyl precursors.' });
    await f.makeStatement(meeting.id, { party: other.code, text: 'Ministers discussed fentanyl precursors too.' });
    const deleted = await f.makeStatement(meeting.id, { party: party.code, text: 'Fentanyl again.' });
    await t.services.statements.remove(deleted.id);

    const res = await t.api.get('/v1/statements').query({ q: 'fentanyl', party: party.code });

    expect(res.body.items.map((s: { id: number }) => s.id)).toEqual([hit.id]);
  });
});

describe('GET /v1/statements/{statementId}', () => {
  // Point reads are cached; each of these changes must show in the very next read.
  it('when the text was edited since the last read, serves the new revision and its analysis', async () => {
    const { party, meeting } = await meetingWithParty();
    const created = await t.api.post(`/v1/meetings/${meeting.id}/statements`).send({ party: party.code, issuer: 'MFA', language: 'en', text: 'They discussed trade.' });
    await t.api.get(`/v1/statements/${created.body.id}`);

    await t.api.patch(`/v1/statements/${created.body.id}`).send({ text: 'They agreed to cooperate on semiconductors.' });
    const res = await t.api.get(`/v1/statements/${created.body.id}`);

    expect(res.headers.etag).toBe('"2"');
    expect(res.body.text).toBe('They agreed to cooperate on semiconductors.');
    expect(res.body.analysis.claims.map((c: { topic: string }) => c.topic)).toContain('semiconductors');
  });

  it('when a claim was corrected since the last read, serves the correction', async () => {
    const { party, meeting } = await meetingWithParty();
    const created = await t.api.post(`/v1/meetings/${meeting.id}/statements`).send({ party: party.code, issuer: 'MFA', language: 'en', text: 'The two sides agreed to cooperate on semiconductors.' });
    const before = await t.api.get(`/v1/statements/${created.body.id}`);
    const claim = before.body.analysis.claims[0];

    await t.api.patch(`/v1/claims/${claim.id}`).send({ act: 'consult', reason: 'only discussed' });
    const res = await t.api.get(`/v1/statements/${created.body.id}`);

    expect(res.body.analysis.claims.find((c: { id: number }) => c.id === claim.id)).toMatchObject({ act: 'consult', method: 'human' });
  });

  it('when the statement was deleted since the last read, answers 404', async () => {
    const { party, meeting } = await meetingWithParty();
    const created = await t.api.post(`/v1/meetings/${meeting.id}/statements`).send({ party: party.code, issuer: 'MFA', language: 'en', text: 'They discussed trade.' });
    await t.api.get(`/v1/statements/${created.body.id}`);

    await t.api.delete(`/v1/statements/${created.body.id}`);
    const res = await t.api.get(`/v1/statements/${created.body.id}`);

    expect(res.status).toBe(404);
  });
});
