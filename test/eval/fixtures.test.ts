import { defaultTaxonomy } from '../../src/domain/analysis/default-taxonomy.ts';
import { goldSentenceStarts, heldOutDir, loadFixtures } from './load-fixtures.ts';

const fixtures = loadFixtures();
const heldOut = loadFixtures(heldOutDir);
const topicIds = new Set(defaultTaxonomy.topics.map((topic) => topic.id));

describe('development set', () => {
  it('when counted, holds at least 30 readouts in English, Chinese and Korean', () => {
    const statements = fixtures.flatMap(({ fixture }) => fixture.statements);
    const languages = new Set(statements.map((statement) => statement.language.slice(0, 2)));

    expect(statements.length).toBeGreaterThanOrEqual(30);
    expect([...languages]).toEqual(expect.arrayContaining(['en', 'zh', 'ko']));
  });

  it.each([...fixtures, ...heldOut].map(({ file, fixture }) => [file, fixture] as const))('%s: gold sentences, topics and parties are consistent', (_file, fixture) => {
    const parties = new Set(fixture.parties.map((party) => party.code));

    for (const statement of fixture.statements) {
      expect(parties.has(statement.party)).toBe(true);
      expect(goldSentenceStarts(statement)).not.toContain(-1);
      for (const sentence of statement.gold.sentences) {
        for (const claim of sentence.claims) expect([claim.topic, topicIds.has(claim.topic)]).toEqual([claim.topic, true]);
      }
    }
    for (const participant of fixture.meeting.participants) expect(parties.has(participant.party)).toBe(true);
  });
});
