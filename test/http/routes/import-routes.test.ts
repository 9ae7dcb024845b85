import { createTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

function bundle(ref: string, overrides: { text?: string; sourceUrl?: string } = {}) {
  return {
    parties: [
      { code: 'IMA', name: 'Import A', aliases: ['A-land'] },
      { code: 'IMB', name: 'Import B', aliases: [] },
    ],
    meetings: [{
      ref, title: 'Imported meeting', date: '2022-11-14', kind: 'summit',
      participants: [{ party: 'IMA', person: 'Leader A' }, { party: 'IMB', person: 'Leader B' }],
      statements: [
        { party: 'IMA', issuer: 'MFA', language: 'en', text: overrides.text ?? 'The two leaders held candid talks.', sourceUrl: overrides.sourceUrl ?? 'https://a.example/1' },
        { party: 'IMB', issuer: 'Office of the President', language: 'en', text: 'The leaders discussed trade.' },
      ],
    }],
  };
}

async function counts() {
  const [parties, meetings, statements, revisions] = await Promise.all([
    t.db.reader.party.count(), t.db.reader.meeting.count(), t.db.reader.statement.count(), t.db.reader.statementRevision.count(),
  ]);
  return { parties, meetings, statements, revisions };
}

describe('POST /v1/import', () => {
  it('when a bundle is new, creates everything and reports the counts', async () => {
    const res = await t.api.post('/v1/import').send(bundle('imp-1'));

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      parties: { created: 2, updated: 0, unchanged: 0 },
      meetings: { created: 1, updated: 0, unchanged: 0 },
      statements: { created: 2, updated: 0, unchanged: 0 },
    });
  });

  it('when the same bundle is sent twice, the second changes nothing', async () => {
    await t.api.post('/v1/import').send(bundle('imp-2'));
    const before = await counts();

    const res = await t.api.post('/v1/import').send(bundle('imp-2'));

    expect(res.body).toEqual({
      parties: { created: 0, updated: 0, unchanged: 2 },
      meetings: { created: 0, updated: 0, unchanged: 1 },
      statements: { created: 0, updated: 0, unchanged: 2 },
    });
    expect(await counts()).toEqual(before);
  });

  it('when a readout at a known URL changed, updates it as a new revision', async () => {
    await t.api.post('/v1/import').send(bundle('imp-3'));

    const res = await t.api.post('/v1/import').send(bundle('imp-3', { text: 'The two leaders held frank talks.' }));

    expect(res.body.statements).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const meeting = (await t.api.get('/v1/meetings').query({ q: 'frank' })).body.items[0];
    const statements = (await t.api.get(`/v1/meetings/${meeting.id}/statements`)).body.items;
    const changed = statements.find((s: { party: string }) => s.party === 'IMA');
    expect(changed.revision).toBe(2);
  });

  it('when a later record is invalid, writes nothing at all', async () => {
    const before = await counts();
    const bad = bundle('imp-4');
    bad.meetings.push({ ...bad.meetings[0]!, ref: 'imp-4b', statements: [{ ...bad.meetings[0]!.statements[0]!, party: 'NOPE' }] });

    const res = await t.api.post('/v1/import').send(bad);

    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ pointer: '#/meetings/1/statements/0/party' })]);
    expect(await counts()).toEqual(before);
  });

  it('when a ref repeats within the bundle, answers 422 naming the second one', async () => {
    const twice = bundle('imp-5');
    twice.meetings.push(twice.meetings[0]!);

    const res = await t.api.post('/v1/import').send(twice);

    expect(res.status).toBe(422);
    expect(res.body.errors[0].pointer).toBe('#/meetings/1/ref');
  });

  it('when sent as NDJSON, imports the same records', async () => {
    const lines = [
      { type: 'party', code: 'NDA', name: 'Nd A' },
      { type: 'meeting', ref: 'nd-1', title: 'NDJSON meeting', date: '2021-01-01', kind: 'call', participants: [{ party: 'NDA', person: 'X' }] },
      { type: 'statement', meeting: 'nd-1', party: 'NDA', issuer: 'MFA', language: 'en', text: 'We spoke by phone.' },
    ].map((line) => JSON.stringify(line)).join('\n');

    const res = await t.api.post('/v1/import').set('content-type', 'application/x-ndjson').send(lines);

    expect(res.status).toBe(200);
    expect(res.body.statements.created).toBe(1);
  });

  it('when an NDJSON line is broken, answers 400 naming the line', async () => {
    const res = await t.api.post('/v1/import').set('content-type', 'application/x-ndjson')
      .send('{"type":"party","code":"NDB","name":"B"}\n{oops');

    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ pointer: '#/line/2' })]);
  });

  it('when a statement line names no earlier meeting, answers 422 naming the line', async () => {
    const res = await t.api.post('/v1/import').set('content-type', 'application/x-ndjson')
      .send('{"type":"statement","meeting":"missing","party":"NDA","issuer":"x","language":"en","text":"x"}');

    expect(res.status).toBe(422);
    expect(res.body.errors[0].pointer).toBe('#/line/1');
  });

  it('when the same Idempotency-Key comes with the same body, replays the first answer byte for byte', async () => {
    const first = await t.api.post('/v1/import').set('Idempotency-Key', 'key-same-1').send(bundle('idem-1'));
    const before = await counts();

    const second = await t.api.post('/v1/import').set('Idempotency-Key', 'key-same-1').send(bundle('idem-1'));

    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(first.body.meetings.created).toBe(1);
    expect(await counts()).toEqual(before);
  });

  it('when an Idempotency-Key is reused with another body, answers 422 naming the header and writes nothing', async () => {
    await t.api.post('/v1/import').set('Idempotency-Key', 'key-other-1').send(bundle('idem-2'));
    const before = await counts();

    const res = await t.api.post('/v1/import').set('Idempotency-Key', 'key-other-1').send(bundle('idem-3'));

    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ in: 'header', pointer: '#/idempotency-key' });
    expect(await counts()).toEqual(before);
  });

  it('when a failed import used a key, the key stays free for a corrected retry', async () => {
    const bad = bundle('idem-4');
    bad.meetings[0]!.statements[0]!.party = 'NOPE';
    await t.api.post('/v1/import').set('Idempotency-Key', 'key-retry-1').send(bad);

    const res = await t.api.post('/v1/import').set('Idempotency-Key', 'key-retry-1').send(bundle('idem-4'));

    expect(res.status).toBe(200);
    expect(res.body.meetings.created).toBe(1);
  });
});
