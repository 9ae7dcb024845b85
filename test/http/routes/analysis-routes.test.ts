import { codebookVersion } from '../../../src/domain/analysis/types.ts';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';
import { factories } from '../../helpers/factories.ts';

let t: TestApp;
let f: ReturnType<typeof factories>;
beforeAll(async () => {
  t = await createTestApp();
  f = factories(t.services);
});
afterAll(async () => { await t.close(); });

const chinaText = 'Minister Wang Wentao met Minister Ahn Duk-geun in Detroit. '
  + 'The two sides agreed to strengthen dialogue and cooperation on semiconductor industry supply chains.';

async function chinaReadout() {
  const china = await f.makeParty({ code: `C${Date.now() % 100000}`, name: 'China', aliases: ['Beijing'] });
  const korea = await f.makeParty({ name: 'South Korea', aliases: ['Seoul'] });
  const meeting = await f.makeMeeting({
    participants: [{ party: china.code, person: 'Wang Wentao' }, { party: korea.code, person: 'Ahn Duk-geun' }],
  });
  const statement = await f.makeStatement(meeting.id, { party: china.code, text: chinaText });
  return { china, korea, meeting, statement };
}

describe('GET /v1/statements/{statementId}/analysis', () => {
  it('when a readout was stored, serves its sentences and claims with evidence equal to the text', async () => {
    const { statement } = await chinaReadout();

    const res = await t.api.get(`/v1/statements/${statement.id}/analysis`);

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statementId: statement.id, revision: 1, taxonomyVersion: 1, codebook: 'plover-2.0+parallax-2' });
    expect(res.body.sentences).toHaveLength(2);
    const semiconductors = res.body.claims.find((c: { topic: string }) => c.topic === 'semiconductors');
    expect(semiconductors).toMatchObject({ act: 'agree', actor: { kind: 'both' }, method: 'auto', sentenceIndex: 1 });
    for (const claim of res.body.claims) {
      expect(chinaText.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidenceText);
    }
  });

  it('when the statement is read whole, carries the same analysis', async () => {
    const { statement } = await chinaReadout();

    const res = await t.api.get(`/v1/statements/${statement.id}`);

    expect(res.body.analysis.claims.map((c: { topic: string }) => c.topic)).toEqual(expect.arrayContaining(['semiconductors', 'supply-chains']));
  });

  it('when the text is edited, the analysis follows the new revision', async () => {
    const { statement } = await chinaReadout();

    await t.api.patch(`/v1/statements/${statement.id}`).send({ text: 'The two sides discussed tariffs on steel.' });

    const res = await t.api.get(`/v1/statements/${statement.id}/analysis`);
    expect(res.body.revision).toBe(2);
    expect(res.body.claims.map((c: { topic: string }) => c.topic)).not.toContain('semiconductors');
  });

  it('when the analysis was made by an older codebook, the background re-analysis redoes it', async () => {
    const { statement } = await chinaReadout();
    await t.db.write((tx) => tx.$executeRaw`UPDATE "StatementAnalysis" SET "codebook" = 'plover-2.0+parallax-0' WHERE "statementId" = ${statement.id}`);
    const pendingBefore = await t.services.analysis.pendingReanalysis();

    t.services.analysis.scheduleReanalysis();
    await t.services.analysis.drainReanalysis();

    const res = await t.api.get(`/v1/statements/${statement.id}/analysis`);
    expect(pendingBefore).toBeGreaterThanOrEqual(1);
    expect(res.body.codebook).toBe(codebookVersion);
    expect(await t.services.analysis.pendingReanalysis()).toBe(0);
  });
});

describe('POST /v1/analyze', () => {
  it('when given a Korean-side sentence, previews a request on raw materials without storing anything', async () => {
    const before = await t.db.reader.statement.count();
    const korea = await f.makeParty({ name: 'South Korea', aliases: ['Seoul', 'Korea'] });

    const res = await t.api.post('/v1/analyze').send({
      party: korea.code, language: 'en',
      text: 'Minister Ahn asked China to support efforts to stabilise the supply and demand of key raw materials and parts.',
    });

    expect(res.status).toBe(200);
    expect(res.body.statementId).toBeNull();
    const topics = res.body.claims.map((c: { topic: string }) => c.topic);
    expect(topics).toContain('critical-minerals');
    expect(topics).not.toContain('semiconductors');
    expect(res.body.claims.find((c: { topic: string }) => c.topic === 'critical-minerals')).toMatchObject({ act: 'request' });
    expect(await t.db.reader.statement.count()).toBe(before);
  });

  it('when the meeting does not exist, answers 404', async () => {
    const res = await t.api.post('/v1/analyze').send({ party: 'CHN', language: 'en', text: 'x', meetingId: 999999 });

    expect(res.status).toBe(404);
  });
});

describe('PATCH /v1/claims/{claimId}', () => {
  it('when an analyst corrects an act, the claim is human, audited, and survives re-analysis', async () => {
    const { statement } = await chinaReadout();
    const claims = (await t.api.get(`/v1/statements/${statement.id}/analysis`)).body.claims;
    const target = claims.find((c: { topic: string }) => c.topic === 'semiconductors');

    const res = await t.api.patch(`/v1/claims/${target.id}`)
      .send({ act: 'cooperate', reason: 'a plan to strengthen cooperation, not a signed agreement', analyst: 'a.lee' });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: target.id, act: 'cooperate', method: 'human', confidence: 1 });
    const audit = await t.api.get(`/v1/claims/${target.id}/changes`);
    expect(audit.body.items).toEqual([expect.objectContaining({
      action: 'corrected', author: 'a.lee', before: expect.objectContaining({ act: 'agree', method: 'auto' }),
      after: expect.objectContaining({ act: 'cooperate', method: 'human' }),
    })]);

    // A new first sentence shifts every offset; the corrected sentence itself is unchanged.
    await t.api.patch(`/v1/statements/${statement.id}`).send({ text: `Readout of 25 May. ${chinaText}` });

    const after = (await t.api.get(`/v1/statements/${statement.id}/analysis`)).body;
    const semis = after.claims.filter((c: { topic: string }) => c.topic === 'semiconductors');
    expect(semis).toEqual([expect.objectContaining({ id: target.id, act: 'cooperate', method: 'human', evidenceText: target.evidenceText })]);
  });

  it('when a claim is rejected, it leaves the analysis and re-analysis does not bring it back', async () => {
    const { statement } = await chinaReadout();
    const target = (await t.api.get(`/v1/statements/${statement.id}/analysis`)).body.claims
      .find((c: { topic: string }) => c.topic === 'supply-chains');

    await t.api.patch(`/v1/claims/${target.id}`).send({ status: 'rejected', reason: 'not a topic here' });
    await t.api.patch(`/v1/statements/${statement.id}`).send({ text: `${chinaText} Both sides will stay in touch.` });

    const active = (await t.api.get(`/v1/statements/${statement.id}/analysis`)).body.claims;
    expect(active.map((c: { topic: string }) => c.topic)).not.toContain('supply-chains');
    const all = (await t.api.get(`/v1/statements/${statement.id}/analysis`).query({ include: 'all' })).body.claims;
    expect(all).toEqual(expect.arrayContaining([expect.objectContaining({ id: target.id, status: 'rejected' })]));
  });

  it('when the reason is missing or the topic unknown, answers 422 naming each', async () => {
    const { statement } = await chinaReadout();
    const target = (await t.api.get(`/v1/statements/${statement.id}/analysis`)).body.claims[0];

    const noReason = await t.api.patch(`/v1/claims/${target.id}`).send({ act: 'consult' });
    const badTopic = await t.api.patch(`/v1/claims/${target.id}`).send({ topic: 'no-such-topic', reason: 'x' });

    expect(noReason.status).toBe(422);
    expect(noReason.body.errors[0].pointer).toBe('#/reason');
    expect(badTopic.status).toBe(422);
    expect(badTopic.body.errors[0].pointer).toBe('#/topic');
  });
});

describe('POST /v1/statements/{statementId}/claims', () => {
  it('when an analyst adds a missed claim, stores it as human with its span', async () => {
    const { statement } = await chinaReadout();
    const start = chinaText.indexOf('Detroit');

    const res = await t.api.post(`/v1/statements/${statement.id}/claims`).send({
      evidence: { start, end: start + 'Detroit'.length }, topic: 'multilateral-forums', act: 'consult',
      actor: { kind: 'both' }, reason: 'APEC venue',
    });

    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/v1/claims/${res.body.id}`);
    expect(res.body).toMatchObject({ method: 'human', evidenceText: 'Detroit', sentenceIndex: 0 });
  });

  it('when the span crosses sentences, answers 422 naming evidence', async () => {
    const { statement } = await chinaReadout();

    const res = await t.api.post(`/v1/statements/${statement.id}/claims`).send({
      evidence: { start: 40, end: 80 }, topic: 'technology', act: 'agree', actor: { kind: 'both' }, reason: 'x',
    });

    expect(res.status).toBe(422);
    expect(res.body.errors[0].pointer).toBe('#/evidence');
  });
});
