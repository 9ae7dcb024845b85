import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { factories } from '../helpers/factories.ts';
import { recordFigures, soakFactor } from '../helpers/soak.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('concurrent writers and readers', () => {
  it('when 20 writers and 50 readers run at once, no request fails and every acknowledged write is stored once', async () => {
    const f = factories(t.services);
    const party = await f.makeParty();
    const meeting = await f.makeMeeting();
    const acknowledged: number[] = [];
    const statuses: number[] = [];

    const writers = Array.from({ length: 20 }, async (_, w) => {
      for (let i = 0; i < 5 * soakFactor; i += 1) {
        const res = await t.api.post(`/v1/meetings/${meeting.id}/statements`)
          .send({ party: party.code, issuer: `Writer ${w}`, language: 'en', text: `Writer ${w} says the two sides discussed chips, round ${i}.` });
        statuses.push(res.status);
        if (res.status === 201) acknowledged.push(res.body.id);
      }
    });
    const readers = Array.from({ length: 50 }, async (_, r) => {
      for (let i = 0; i < 4 * soakFactor; i += 1) {
        const res = await t.api.get(r % 2 === 0 ? `/v1/meetings/${meeting.id}/statements` : `/v1/meetings/${meeting.id}/comparison`);
        statuses.push(res.status);
      }
    });
    await Promise.all([...writers, ...readers]);

    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(acknowledged).toHaveLength(100 * soakFactor);
    const stored = await t.db.reader.statement.findMany({ where: { meetingId: meeting.id }, select: { id: true } });
    expect(stored.map((s) => s.id).sort((a, b) => a - b)).toEqual([...acknowledged].sort((a, b) => a - b));
    const analysed = await t.db.reader.statementAnalysis.count({ where: { statementId: { in: acknowledged } } });
    expect(analysed).toBe(100 * soakFactor);
    recordFigures('concurrency (20 writers, 50 readers)', {
      requests: statuses.length, writesAcknowledged: acknowledged.length, stored: stored.length, serverErrors: 0, busyErrors: 0,
    });
  }, 60_000 * soakFactor);
});
