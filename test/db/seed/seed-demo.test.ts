import { seedDemoIfEmpty } from '../../../src/db/seed/seed-demo.ts';
import { createServices } from '../../../src/services/create-services.ts';
import { createTestDb, type TestDb } from '../../helpers/test-db.ts';

let testDb: TestDb;
beforeAll(async () => { testDb = await createTestDb(); });
afterAll(async () => { await testDb.destroy(); });

describe('seedDemoIfEmpty', () => {
  it('when the database is empty, loads the China-Korea meeting with one readout per side', async () => {
    const services = createServices({ db: testDb.db, now: () => new Date() });

    const loaded = await seedDemoIfEmpty(testDb.db, services.imports);

    expect(loaded).toBe(true);
    const page = await services.meetings.list({ parties: ['CHN', 'KOR'], tags: [] }, { limit: 10 });
    expect(page.items).toHaveLength(1);
    const meeting = page.items[0]!;
    expect(meeting).toMatchObject({ forum: 'APEC Ministers Responsible for Trade', partiesWithStatements: ['CHN', 'KOR'] });
    const statements = (await services.statements.list({ meetingId: meeting.id, parties: [] }, { limit: 10 })).items;
    const china = statements.find((s) => s.party === 'CHN')?.text ?? '';
    const korea = statements.find((s) => s.party === 'KOR')?.text ?? '';
    expect(china).toMatch(/agreed to strengthen dialogue and cooperation on semiconductor industry supply chains/);
    expect(korea).toMatch(/stabilise the supply and demand of key raw materials and parts/);
    expect(korea).not.toMatch(/semiconductor|chip/i);
  });

  it('when the database already holds a meeting, loads nothing', async () => {
    const services = createServices({ db: testDb.db, now: () => new Date() });

    const loaded = await seedDemoIfEmpty(testDb.db, services.imports);

    expect(loaded).toBe(false);
    expect(await testDb.db.reader.meeting.count()).toBe(1);
  });
});
