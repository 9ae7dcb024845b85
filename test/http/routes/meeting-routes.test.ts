import request from 'supertest';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';
import { factories } from '../../helpers/factories.ts';

let t: TestApp;
let f: ReturnType<typeof factories>;
beforeAll(async () => {
  t = await createTestApp();
  f = factories(t.services);
});
afterAll(async () => { await t.close(); });

const validMeeting = (partyCode: string) => ({
  ref: `m-${partyCode}`, title: 'Trade ministers meeting', date: '2023-05-25', location: 'Detroit',
  forum: 'APEC Ministers Responsible for Trade', kind: 'bilateral-meeting',
  participants: [{ party: partyCode, person: 'Wang Wentao', role: 'Minister of Commerce' }], tags: ['trade'],
});

describe('POST /v1/meetings', () => {
  it('when the body is valid, creates the meeting with its participants', async () => {
    const party = await f.makeParty();

    const res = await t.api.post('/v1/meetings').send(validMeeting(party.code));

    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/v1/meetings/${res.body.id}`);
    expect(res.body).toMatchObject({
      date: '2023-05-25', kind: 'bilateral-meeting', parties: [], statementCount: 0,
      participants: [{ party: party.code, person: 'Wang Wentao', role: 'Minister of Commerce' }],
    });
  });

  it('when a participant names an unknown party, answers 422 pointing at it and stores nothing', async () => {
    const before = await t.db.reader.meeting.count();

    const res = await t.api.post('/v1/meetings').send({ ...validMeeting('ZZZ'), ref: 'unknown-party' });

    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      type: 'urn:parallax:problem:unknown-party',
      errors: [{ in: 'body', pointer: '#/participants/0/party', detail: 'no party has code ZZZ' }],
    });
    expect(await t.db.reader.meeting.count()).toBe(before);
  });

  it('when the date is not a calendar date, answers 422 naming date', async () => {
    const party = await f.makeParty();

    const res = await t.api.post('/v1/meetings').send({ ...validMeeting(party.code), ref: null, date: '2023-13-40' });

    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ pointer: '#/date', detail: expect.stringContaining('ISO 8601') })]);
  });

  it('when endDate is before date, answers 422 naming endDate', async () => {
    const party = await f.makeParty();

    const res = await t.api.post('/v1/meetings').send({ ...validMeeting(party.code), ref: null, endDate: '2023-05-01' });

    expect(res.status).toBe(422);
    expect(res.body.errors[0].pointer).toBe('#/endDate');
  });

  it('when the ref is taken, answers 409', async () => {
    await f.makeMeeting({ ref: 'taken-ref' });

    const res = await t.api.post('/v1/meetings').send({ title: 'x', date: '2024-01-01', kind: 'call', ref: 'taken-ref' });

    expect(res.status).toBe(409);
    expect(res.body.errors[0].pointer).toBe('#/ref');
  });
});

describe('GET /v1/meetings', () => {
  it('when filtered by two parties, lists only meetings involving both, with the parties that have readouts', async () => {
    const a = await f.makeParty();
    const b = await f.makeParty();
    const both = await f.makeMeeting({ participants: [{ party: a.code, person: 'A' }] });
    await f.makeStatement(both.id, { party: b.code });
    await f.makeMeeting({ participants: [{ party: a.code, person: 'A' }] });

    const res = await t.api.get('/v1/meetings').query({ party: `${a.code},${b.code}` });

    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ id: both.id, parties: [b.code], statementCount: 1 });
  });

  it('when filtered by date range, forum and tag, applies every filter', async () => {
    const inRange = await f.makeMeeting({ date: new Date('2019-03-10T00:00:00Z'), forum: 'G20 Finance', tags: ['finance', 'g20'] });
    await f.makeMeeting({ date: new Date('2019-03-10T00:00:00Z'), forum: 'G20 Finance', tags: ['energy'] });
    await f.makeMeeting({ date: new Date('2018-03-10T00:00:00Z'), forum: 'G20 Finance', tags: ['finance'] });

    const res = await t.api.get('/v1/meetings')
      .query({ from: '2019-01-01', to: '2019-12-31', forum: 'g20', tag: 'finance' });

    expect(res.body.items.map((m: { id: number }) => m.id)).toEqual([inRange.id]);
  });

  it('when searching free text, finds meetings by readout words, stemmed', async () => {
    const party = await f.makeParty();
    const meeting = await f.makeMeeting();
    await f.makeStatement(meeting.id, { party: party.code, text: 'Both sides discussed semiconductor export licences at length.' });

    const res = await t.api.get('/v1/meetings').query({ q: 'semiconductors licence' });

    expect(res.body.items.map((m: { id: number }) => m.id)).toEqual([meeting.id]);
  });

  it('when the search text holds FTS syntax, answers normally instead of failing', async () => {
    const res = await t.api.get('/v1/meetings').query({ q: '"unbalanced AND (NEAR' });

    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
  });

  it('when paging, returns newest first with no meeting twice', async () => {
    const tag = `paging-${Date.now()}`;
    for (const day of ['01', '02', '02', '03', '04']) {
      await f.makeMeeting({ date: new Date(`2020-06-${day}T00:00:00Z`), tags: [tag] });
    }

    const dates: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await t.api.get('/v1/meetings').query({ tag, limit: 2, ...(cursor && { cursor }) });
      dates.push(...res.body.items.map((m: { date: string }) => m.date));
      cursor = res.body.nextCursor;
    } while (cursor);

    expect(dates).toEqual(['2020-06-04', '2020-06-03', '2020-06-02', '2020-06-02', '2020-06-01']);
  });
});

describe('PATCH and DELETE /v1/meetings/{meetingId}', () => {
  it('when participants are given, replaces the list', async () => {
    const a = await f.makeParty();
    const meeting = await f.makeMeeting({ participants: [{ party: a.code, person: 'Old' }] });

    const res = await t.api.patch(`/v1/meetings/${meeting.id}`).set('If-Match', '"1"')
      .send({ participants: [{ party: a.code, person: 'New', role: 'Envoy' }], title: 'Renamed' });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: 'Renamed', version: 2, participants: [{ person: 'New', role: 'Envoy' }] });
  });

  it('when the meeting still has statements, refuses to delete it with 409', async () => {
    const party = await f.makeParty();
    const meeting = await f.makeMeeting();
    await f.makeStatement(meeting.id, { party: party.code });

    const res = await t.api.delete(`/v1/meetings/${meeting.id}`);

    expect(res.status).toBe(409);
  });

  it('when deleted, disappears from reads and lists', async () => {
    const meeting = await f.makeMeeting({ tags: ['to-delete'] });

    const res = await t.api.delete(`/v1/meetings/${meeting.id}`);

    expect(res.status).toBe(204);
    expect((await t.api.get(`/v1/meetings/${meeting.id}`)).status).toBe(404);
    expect((await t.api.get('/v1/meetings').query({ tag: 'to-delete' })).body.items).toEqual([]);
  });

  it('when the id is not a number, answers 422 naming meetingId', async () => {
    const res = await t.api.get('/v1/meetings/abc');

    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ in: 'path', pointer: '#/meetingId' });
  });
});
