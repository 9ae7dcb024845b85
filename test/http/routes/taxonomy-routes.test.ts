import { createTestApp, type TestApp } from '../../helpers/test-app.ts';
import { factories } from '../../helpers/factories.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('GET /v1/taxonomy', () => {
  it('when nothing was edited, serves the built-in default as version 1 with at least 40 topics', async () => {
    const res = await t.as('admin').get('/v1/taxonomy');

    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body.topics.length).toBeGreaterThanOrEqual(40);
    expect(res.body.topics.find((topic: { id: string }) => topic.id === 'semiconductors')).toMatchObject({ parent: 'technology' });
  });
});

describe('PUT /v1/taxonomy/topics/{topicId}', () => {
  it('when a topic is added, stores a new version and re-analyses readouts with it', async () => {
    const f = factories(t.services);
    const party = await f.makeParty();
    const meeting = await f.makeMeeting();
    const statement = await f.makeStatement(meeting.id, { party: party.code, text: 'The ministers discussed quantum sensing research.' });
    const current = (await t.as('admin').get('/v1/taxonomy')).body.version;

    const res = await t.as('admin').put('/v1/taxonomy/topics/quantum').set('If-Match', `"${current}"`).query({ note: 'analysts asked' })
      .send({ id: 'quantum', label: 'Quantum technology', parent: 'technology', terms: { en: ['quantum'] } });
    await t.services.analysis.drainReanalysis();

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: current + 1, note: 'analysts asked' });
    const analysis = (await t.as('admin').get(`/v1/statements/${statement.id}/analysis`)).body;
    expect(analysis.taxonomyVersion).toBe(current + 1);
    expect(analysis.claims.map((c: { topic: string }) => c.topic)).toContain('quantum');
    const versions = (await t.as('admin').get('/v1/taxonomy/versions')).body.items;
    expect(versions[0]).toMatchObject({ version: current + 1 });
  });

  it('when the parent does not exist, answers 422 invalid-taxonomy and stores no version', async () => {
    const before = (await t.as('admin').get('/v1/taxonomy')).body.version;

    const res = await t.as('admin').put('/v1/taxonomy/topics/orphan').send({ id: 'orphan', label: 'Orphan', parent: 'nowhere', terms: { en: ['orphan'] } });

    expect(res.status).toBe(422);
    expect(res.body.type).toBe('urn:parallax:problem:invalid-taxonomy');
    expect((await t.as('admin').get('/v1/taxonomy')).body.version).toBe(before);
  });

  it('when If-Match names an old version, answers 412', async () => {
    const res = await t.as('admin').put('/v1/taxonomy/topics/late').set('If-Match', '"0"')
      .send({ id: 'late', label: 'Late', terms: { en: ['late'] } });

    expect(res.status).toBe(412);
  });

  it('when the body id differs from the path, answers 422 naming id', async () => {
    const res = await t.as('admin').put('/v1/taxonomy/topics/one').send({ id: 'two', label: 'Two', terms: { en: ['two'] } });

    expect(res.status).toBe(422);
    expect(res.body.errors[0].pointer).toBe('#/id');
  });
});

describe('DELETE /v1/taxonomy/topics/{topicId}', () => {
  it('when other topics name it as parent, answers 422 invalid-taxonomy', async () => {
    const res = await t.as('admin').delete('/v1/taxonomy/topics/technology');

    expect(res.status).toBe(422);
    expect(res.body.type).toBe('urn:parallax:problem:invalid-taxonomy');
  });

  it('when the topic does not exist, answers 404', async () => {
    const res = await t.as('admin').delete('/v1/taxonomy/topics/never-was');

    expect(res.status).toBe(404);
  });
});
