import { demoBundle } from '../../../src/db/seed/demo-bundle.ts';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';
import { factories } from '../../helpers/factories.ts';

let t: TestApp;
let seedMeetingId: number;
beforeAll(async () => {
  t = await createTestApp();
  await t.services.imports.run(demoBundle);
  seedMeetingId = (await t.services.meetings.list({ parties: ['CHN', 'KOR'], tags: ['demo'] }, { limit: 1 })).items[0]!.id;
});
afterAll(async () => { await t.close(); });

interface Row { topic: string; status: string; unconfirmedJointClaim: boolean; jointClaimBy: string[]; mentionedBy: string[]; silent: string[] }

describe('GET /v1/meetings/{meetingId}/comparison', () => {
  it('when comparing the demo meeting, flags China\'s unconfirmed semiconductor agreement and Korea\'s lone request', async () => {
    const res = await t.api.get(`/v1/meetings/${seedMeetingId}/comparison`);

    expect(res.status).toBe(200);
    const { comparison } = res.body;
    expect(comparison.comparable).toBe(true);
    expect(comparison.parties.map((p: { code: string }) => p.code)).toEqual(['CHN', 'KOR']);
    expect(comparison.rows.map((row: Row) => [row.topic, row.status, row.unconfirmedJointClaim])).toEqual([
      ['semiconductors', 'omitted', true],
      ['supply-chains', 'omitted', true],
      ['critical-minerals', 'omitted', false],
      ['apec', 'shared', false],
    ]);
    const rows = new Map<string, Row>(comparison.rows.map((row: Row) => [row.topic, row]));
    expect(rows.get('semiconductors')).toMatchObject({
      status: 'omitted', unconfirmedJointClaim: true, jointClaimBy: ['CHN'], mentionedBy: ['CHN'], silent: ['KOR'],
    });
    expect(rows.get('critical-minerals')).toMatchObject({ status: 'omitted', mentionedBy: ['KOR'], unconfirmedJointClaim: false });
    expect(comparison.rows[0].unconfirmedJointClaim).toBe(true);
    expect(comparison.summary[0]).toMatch(/^China's readout states that both sides agreed on semiconductors and supply chains; South Korea's readout does not mention/);
    expect(comparison.summary.join(' ')).toMatch(/Only South Korea's readout mentions critical minerals and raw materials \(a request\)/);
    // three topics omitted (weight 1) and APEC shared (weight 0), over four topics
    expect(comparison.pairs).toEqual([{ parties: ['CHN', 'KOR'], divergence: 0.75, counts: { shared: 1, partlyShared: 0, divergent: 0, omitted: 3 } }]);
    expect(comparison.alignment[0].parties).toEqual(['CHN', 'KOR']);
  });

  it('when asked again with the ETag, answers 304 until a readout changes, then the new comparison', async () => {
    const f = factories(t.services);
    const [a, b] = [await f.makeParty({ name: 'Eastland' }), await f.makeParty({ name: 'Westland' })];
    const meeting = await f.makeMeeting();
    await f.makeStatement(meeting.id, { party: a.code, text: 'The two sides agreed to expand trade in semiconductors.' });
    const other = await f.makeStatement(meeting.id, { party: b.code, text: 'The ministers discussed trade.' });

    const first = await t.api.get(`/v1/meetings/${meeting.id}/comparison`);
    const again = await t.api.get(`/v1/meetings/${meeting.id}/comparison`).set('If-None-Match', String(first.headers.etag));
    await t.services.statements.update(other.id, { text: 'The ministers agreed to expand trade in semiconductors.' });
    const changed = await t.api.get(`/v1/meetings/${meeting.id}/comparison`).set('If-None-Match', String(first.headers.etag));

    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    expect(first.headers.etag).toMatch(/^W\/"/);
    expect(again.status).toBe(304);
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    expect(changed.body.comparison.rows.find((row: Row) => row.topic === 'semiconductors')?.mentionedBy).toEqual([a.code, b.code]);
  });

  it('when ?parties names a party without a readout, answers 422 naming parties', async () => {
    const res = await t.api.get(`/v1/meetings/${seedMeetingId}/comparison`).query({ parties: 'CHN,USA' });

    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ in: 'query', pointer: '#/parties' });
  });

  it('when only one party has a readout, answers with a clear single-party comparison', async () => {
    const f = factories(t.services);
    const party = await f.makeParty({ name: 'Solo' });
    const meeting = await f.makeMeeting();
    await f.makeStatement(meeting.id, { party: party.code, text: 'The two sides agreed to expand trade in semiconductors.' });

    const res = await t.api.get(`/v1/meetings/${meeting.id}/comparison`);

    expect(res.status).toBe(200);
    expect(res.body.comparison.comparable).toBe(false);
    expect(res.body.comparison.summary.join(' ')).toMatch(/Only Solo/);
  });

  it('when an analyst corrected a claim, the row says it rests on a correction', async () => {
    const china = (await t.services.statements.list({ meetingId: seedMeetingId, parties: ['CHN'] }, { limit: 5 })).items[0]!;
    const claim = (await t.services.analysis.get(china.id)).claims.find((c) => c.topic === 'semiconductors')!;
    await t.services.claims.correct(claim.id, { act: 'cooperate', reason: 'plan, not agreement' }, { name: 'tester', keyId: null });

    const res = await t.api.get(`/v1/meetings/${seedMeetingId}/comparison`);

    const row = res.body.comparison.rows.find((r: Row) => r.topic === 'semiconductors');
    expect(row.restsOnCorrection).toBe(true);
    expect(row.positions[0].acts).toContain('cooperate');
  });
});

// Comparisons are cached in memory (comparison-service.ts); every change must show on the very next request.
describe('GET /v1/meetings/{meetingId}/comparison after a change', () => {
  async function twoPartyMeeting() {
    const f = factories(t.services);
    const a = await f.makeParty({ name: 'Alpha' });
    const b = await f.makeParty({ name: 'Beta' });
    const meeting = await f.makeMeeting({ participants: [{ party: a.code, person: 'Ann' }, { party: b.code, person: 'Bob' }] });
    const first = await f.makeStatement(meeting.id, { party: a.code, text: 'The two sides agreed to deepen cooperation on semiconductors.' });
    const second = await f.makeStatement(meeting.id, { party: b.code, text: 'The ministers discussed semiconductors.' });
    const before = await t.api.get(`/v1/meetings/${meeting.id}/comparison`);
    expect(before.status).toBe(200);
    return { f, a, b, meeting, first, second, before: before.body.comparison };
  }
  const topics = (comparison: { rows: Row[] }) => comparison.rows.map((row) => [row.topic, row.status]);

  it('when asked twice without a change, answers the same comparison', async () => {
    const { meeting, before } = await twoPartyMeeting();

    const again = await t.api.get(`/v1/meetings/${meeting.id}/comparison`);

    expect(again.body.comparison).toEqual(before);
  });

  it("when a statement's text changes, the next comparison shows the new text", async () => {
    const { meeting, second, before } = await twoPartyMeeting();
    expect(topics(before)).toEqual([['semiconductors', 'shared']]);

    await t.services.statements.update(second.id, { text: 'The ministers discussed fisheries.' });
    const res = await t.api.get(`/v1/meetings/${meeting.id}/comparison`);

    expect(topics(res.body.comparison)).toEqual([['semiconductors', 'omitted'], ['agriculture', 'omitted']]);
  });

  it('when an analyst corrects a claim, the next comparison rests on the correction', async () => {
    const { meeting, second } = await twoPartyMeeting();
    const claim = (await t.services.analysis.get(second.id)).claims.find((c) => c.topic === 'semiconductors')!;

    await t.services.claims.correct(claim.id, { act: 'reject', reason: 'the minister turned the proposal down' }, { name: 'tester', keyId: null });
    const res = await t.api.get(`/v1/meetings/${meeting.id}/comparison`);

    const row = res.body.comparison.rows.find((r: Row) => r.topic === 'semiconductors');
    expect(row).toMatchObject({ status: 'divergent', restsOnCorrection: true });
  });

  it('when an analyst rejects a claim, the next comparison no longer counts it', async () => {
    const { meeting, second } = await twoPartyMeeting();
    const claim = (await t.services.analysis.get(second.id)).claims.find((c) => c.topic === 'semiconductors')!;

    await t.services.claims.correct(claim.id, { status: 'rejected', reason: 'not a topic here' }, { name: 'tester', keyId: null });
    const res = await t.api.get(`/v1/meetings/${meeting.id}/comparison`);

    expect(res.body.comparison.rows.find((r: Row) => r.topic === 'semiconductors')).toMatchObject({ status: 'omitted', silent: [expect.any(String)] });
  });

  it('when a statement is deleted, the next comparison leaves its party out', async () => {
    const { meeting, a, second } = await twoPartyMeeting();

    await t.services.statements.remove(second.id);
    const res = await t.api.get(`/v1/meetings/${meeting.id}/comparison`);

    expect(res.body.comparison.parties.map((p: { code: string }) => p.code)).toEqual([a.code]);
  });

  it('when a party is renamed, the next comparison uses the new name', async () => {
    const { meeting, b } = await twoPartyMeeting();

    await t.services.parties.update(b.code, { name: 'Gamma' });
    const res = await t.api.get(`/v1/meetings/${meeting.id}/comparison`);

    expect(res.body.comparison.parties.map((p: { name: string }) => p.name)).toEqual(['Alpha', 'Gamma']);
  });

  it("when the meeting's participants are reordered, the next comparison follows the new order", async () => {
    const { meeting, a, b } = await twoPartyMeeting();

    await t.services.meetings.update(meeting.id, { participants: [{ party: b.code, person: 'Bob' }, { party: a.code, person: 'Ann' }] });
    const res = await t.api.get(`/v1/meetings/${meeting.id}/comparison`);

    expect(res.body.comparison.parties.map((p: { code: string }) => p.code)).toEqual([b.code, a.code]);
  });

  it('when the meeting is deleted, the next comparison is 404', async () => {
    const { meeting, first, second } = await twoPartyMeeting();

    await t.services.statements.remove(first.id);
    await t.services.statements.remove(second.id);
    await t.services.meetings.remove(meeting.id);
    const res = await t.api.get(`/v1/meetings/${meeting.id}/comparison`);

    expect(res.status).toBe(404);
  });
});

describe('GET /v1/compare', () => {
  it('when given statements of two meetings of the same party, shows one side per meeting', async () => {
    const f = factories(t.services);
    const party = await f.makeParty({ name: 'Twice' });
    const first = await f.makeMeeting();
    const second = await f.makeMeeting();
    const a = await f.makeStatement(first.id, { party: party.code, text: 'The sides discussed semiconductors.' });
    const b = await f.makeStatement(second.id, { party: party.code, text: 'The sides discussed energy.' });

    const res = await t.api.get('/v1/compare').query({ statements: `${a.id},${b.id}` });

    expect(res.status).toBe(200);
    expect(res.body.parties.map((p: { code: string }) => p.code)).toEqual([`${party.code}@${first.id}`, `${party.code}@${second.id}`]);
  });

  it('when a statement does not exist, answers 422 naming it', async () => {
    const res = await t.api.get('/v1/compare').query({ statements: '1,999999' });

    expect(res.status).toBe(422);
    expect(res.body.errors[0].pointer).toBe('#/statements/1');
  });
});

describe('GET /v1/meetings?sort=divergence', () => {
  it('when comparisons are refreshed, lists the most divergent meeting first', async () => {
    const f = factories(t.services);
    const a = await f.makeParty();
    const b = await f.makeParty();
    const tag = 'sort-divergence';
    const same = await f.makeMeeting({ tags: [tag] });
    await f.makeStatement(same.id, { party: a.code, text: 'The ministers discussed energy security.' });
    await f.makeStatement(same.id, { party: b.code, text: 'The ministers discussed energy security.' });
    const apart = await f.makeMeeting({ tags: [tag] });
    await f.makeStatement(apart.id, { party: a.code, text: 'The ministers discussed semiconductors.' });
    await f.makeStatement(apart.id, { party: b.code, text: 'The ministers discussed fisheries.' });
    await t.services.comparisons.drainRefresh();

    const res = await t.api.get('/v1/meetings').query({ tag, sort: 'divergence' });

    expect(res.body.items.map((m: { id: number }) => m.id)).toEqual([apart.id, same.id]);
    expect(res.body.items[0].divergence).toBeGreaterThan(res.body.items[1].divergence);
  });
});

describe('GET /v1/parties/{code}/topics', () => {
  it('when a party mentioned a topic in one month only, shows it in that month', async () => {
    const res = await t.api.get('/v1/parties/CHN/topics').query({ from: '2023-01-01', to: '2023-12-31' });

    expect(res.status).toBe(200);
    const may = res.body.months.find((m: { month: string }) => m.month === '2023-05');
    expect(may.topics.map((topic: { topic: string }) => topic.topic)).toContain('semiconductors');
  });

  it('when the party does not exist, answers 404', async () => {
    const res = await t.api.get('/v1/parties/NOPE/topics');

    expect(res.status).toBe(404);
  });
});
