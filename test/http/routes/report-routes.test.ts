import request from 'supertest';
import { demoBundle } from '../../../src/db/seed/demo-bundle.ts';
import { MeetingReportView } from '../../../src/http/schemas/report.ts';
import { factories } from '../../helpers/factories.ts';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
let demoId: number;
beforeAll(async () => {
  t = await createTestApp();
  await t.services.imports.run(demoBundle);
  demoId = (await t.services.meetings.list({ parties: ['CHN', 'KOR'], tags: ['demo'] }, { limit: 1 })).items[0]!.id;
  await t.services.comparisons.drainRefresh();
});
afterAll(async () => { await t.close(); });

/** supertest buffers binary bodies only when told how. */
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  // In Node, superagent hands the parser the raw response stream.
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('GET /v1/meetings/{meetingId}/report', () => {
  it('when no format is asked for, answers the JSON report with the unconfirmed semiconductor claim first', async () => {
    const res = await request(t.app).get(`/v1/meetings/${demoId}/report`);

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(MeetingReportView.safeParse(res.body).success).toBe(true);
    expect(res.body.topics[0]).toMatchObject({ topic: 'semiconductors', unconfirmedJointClaim: true, jointClaimBy: ['CHN'] });
    expect(res.body.sources.map((s: { party: string; revisionCount: number }) => [s.party, s.revisionCount])).toEqual([['CHN', 1], ['KOR', 1]]);
    expect(res.body.divergence.headline).toBe(0.75);
  });

  it.each([
    { accept: 'text/html', type: 'text/html; charset=utf-8', start: '<!DOCTYPE html>' },
    { accept: 'text/markdown', type: 'text/markdown; charset=utf-8', start: '# China–South Korea' },
    { accept: 'text/csv', type: 'text/csv; charset=utf-8', start: '\ufeffmeeting_id,' },
    { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', type: 'text/html; charset=utf-8', start: '<!DOCTYPE html>' },
    { accept: '*/*', type: 'application/json; charset=utf-8', start: '{' },
  ])('when Accept is $accept, answers $type', async ({ accept, type, start }) => {
    const res = await request(t.app).get(`/v1/meetings/${demoId}/report`).set('Accept', accept).buffer(true).parse(binary);

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers.vary).toMatch(/Accept/);
    expect((res.body as Buffer).toString('utf8').startsWith(start)).toBe(true);
  });

  it('when ?format=md and Accept disagree, ?format= wins and the topic table starts with the unconfirmed joint claim', async () => {
    const res = await request(t.app).get(`/v1/meetings/${demoId}/report`).query({ format: 'md' }).set('Accept', 'text/html');

    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    const topicRows = res.text.split('## Topics')[1]!.split('\n').filter((line) => line.startsWith('| ') && !/^\| (---|Topic)/.test(line));
    expect(topicRows[0]).toBe('| Semiconductors | unconfirmed joint claim (omitted) | agree | silent | joint claim by CHN, not backed by KOR |');
  });

  it('when asked for HTML, marks the semiconductor evidence as an unconfirmed joint claim', async () => {
    const res = await request(t.app).get(`/v1/meetings/${demoId}/report`).query({ format: 'html' });

    expect(res.text).toContain('<mark class="omitted ujc" data-topic="semiconductors"');
    expect(res.text).not.toContain('<script');
  });

  it('when asked for CSV, answers a download with one row per topic and party', async () => {
    const res = await request(t.app).get(`/v1/meetings/${demoId}/report`).query({ format: 'csv' });

    expect(res.headers['content-disposition']).toBe(`attachment; filename="meeting-${demoId}-report.csv"`);
    expect(res.text.trim().split('\r\n')).toHaveLength(1 + 4 * 2);
  });

  it('when asked for a PDF of a Chinese readout, answers a PDF that embeds the Chinese font', async () => {
    const f = factories(t.services);
    const [a, b] = [await f.makeParty({ name: '中国' }), await f.makeParty({ name: '한국' })];
    const meeting = await f.makeMeeting({ title: '中韩经贸部长会谈' });
    await f.makeStatement(meeting.id, { party: a.code, language: 'zh-CN', text: '双方同意加强半导体产业链合作。' });
    await f.makeStatement(meeting.id, { party: b.code, language: 'ko', text: '양측은 반도체 공급망에 대해 논의했다.' });

    const res = await request(t.app).get(`/v1/meetings/${meeting.id}/report`).set('Accept', 'application/pdf').query({ paper: 'letter' }).buffer(true).parse(binary);

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = (res.body as Buffer).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toMatch(/\/FontName \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(pdf).toMatch(/\/FontName \/[A-Z]{6}\+NotoSansKR-Regular/);
    expect(pdf).toContain('/MediaBox [0 0 612 792]');
  });

  it('when Accept names only formats not offered, answers 406 listing the offered ones', async () => {
    const res = await request(t.app).get(`/v1/meetings/${demoId}/report`).set('Accept', 'application/xml, text/plain;q=0.5');

    expect(res.status).toBe(406);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe('urn:parallax:problem:not-acceptable');
    expect(res.body.detail).toMatch(/json \(application\/json\), html \(text\/html\), md \(text\/markdown\), csv \(text\/csv\), pdf \(application\/pdf\)/);
  });

  it('when ?format= names an unknown format, answers 406', async () => {
    const res = await request(t.app).get(`/v1/meetings/${demoId}/report`).query({ format: 'docx' });

    expect(res.status).toBe(406);
    expect(res.body.detail).toMatch(/format must be one of/);
  });

  it('when the meeting does not exist, answers 404', async () => {
    const res = await request(t.app).get('/v1/meetings/999999/report').query({ format: 'pdf' });

    expect(res.status).toBe(404);
    expect(res.body.type).toBe('urn:parallax:problem:not-found');
  });

  it('when the paper size is unknown, answers 422 naming paper', async () => {
    const res = await request(t.app).get(`/v1/meetings/${demoId}/report`).query({ format: 'pdf', paper: 'a5' });

    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ in: 'query', pointer: '#/paper' });
  });
});

describe('GET /v1/reports/divergence', () => {
  it('when China and Korea are named, lists the demo meeting with its score and the unconfirmed topics first', async () => {
    const res = await request(t.app).get('/v1/reports/divergence').query({ party: ['CHN', 'KOR'], from: '2023-01-01', to: '2023-12-31' });

    expect(res.status).toBe(200);
    expect(res.body.meetings).toHaveLength(1);
    expect(res.body.meetings[0]).toMatchObject({ id: demoId, divergence: 0.75, pairs: [{ parties: ['CHN', 'KOR'], score: 0.75 }] });
    expect(res.body.meetings[0].topTopics.map((topic: { topic: string }) => topic.topic)).toEqual(['semiconductors', 'supply-chains', 'critical-minerals']);
    expect(res.body.page).toEqual({ limit: 50, maxLimit: 500, nextCursor: null });
    expect(res.body.timeline.mentions).toContainEqual({ meetingId: demoId, topic: 'semiconductors', parties: ['CHN'] });
  });

  it('when more meetings match than the limit, pages through them with the cursor', async () => {
    const f = factories(t.services);
    const [a, b] = [await f.makeParty(), await f.makeParty()];
    for (const day of ['2022-01-10', '2022-02-10', '2022-03-10']) {
      const meeting = await f.makeMeeting({ date: new Date(`${day}T00:00:00Z`) });
      await f.makeStatement(meeting.id, { party: a.code, text: 'The ministers discussed semiconductors.' });
      await f.makeStatement(meeting.id, { party: b.code, text: 'The ministers discussed fisheries.' });
    }
    // a meeting with a readout of one side only is left out
    const lone = await f.makeMeeting({ date: new Date('2022-04-10T00:00:00Z') });
    await f.makeStatement(lone.id, { party: a.code, text: 'The ministers discussed trade.' });

    const first = await request(t.app).get('/v1/reports/divergence').query({ party: `${a.code},${b.code}`, limit: 2 });
    const second = await request(t.app).get('/v1/reports/divergence').query({ party: `${a.code},${b.code}`, limit: 2, cursor: first.body.page.nextCursor });

    expect(first.body.meetings.map((m: { date: string }) => m.date)).toEqual(['2022-03-10', '2022-02-10']);
    expect(second.body.meetings.map((m: { date: string }) => m.date)).toEqual(['2022-01-10']);
    expect(second.body.page.nextCursor).toBeNull();
  });

  it.each([
    { format: 'svg', type: 'image/svg+xml; charset=utf-8', start: '<svg xmlns="http://www.w3.org/2000/svg"' },
    { format: 'html', type: 'text/html; charset=utf-8', start: '<!DOCTYPE html>' },
    { format: 'md', type: 'text/markdown; charset=utf-8', start: '# Divergence of China, South Korea' },
    { format: 'csv', type: 'text/csv; charset=utf-8', start: '\ufeffmeeting_id,' },
  ])('when ?format=$format, answers $type', async ({ format, type, start }) => {
    const res = await request(t.app).get('/v1/reports/divergence').query({ party: 'CHN,KOR', format }).buffer(true).parse(binary);

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect((res.body as Buffer).toString('utf8').startsWith(start)).toBe(true);
  });

  it('when asked for a PDF, answers 406: this report has no PDF form', async () => {
    const res = await request(t.app).get('/v1/reports/divergence').query({ party: 'CHN,KOR', format: 'pdf' });

    expect(res.status).toBe(406);
    expect(res.body.detail).toMatch(/svg \(image\/svg\+xml\)/);
  });

  it('when only one party is named, answers 422 naming party', async () => {
    const res = await request(t.app).get('/v1/reports/divergence').query({ party: 'CHN' });

    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ in: 'query', pointer: '#/party' });
  });

  it('when a party is unknown, answers 422 naming which one', async () => {
    const res = await request(t.app).get('/v1/reports/divergence').query({ party: 'CHN,NOPE' });

    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ in: 'query', pointer: '#/party/1' });
  });

  it('when the limit passes the cap, answers 422 naming limit', async () => {
    const res = await request(t.app).get('/v1/reports/divergence').query({ party: 'CHN,KOR', limit: 501 });

    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ in: 'query', pointer: '#/limit' });
  });
});
