import { createAnalyser } from '../../src/domain/analysis/create-analyser.ts';
import { defaultTaxonomy } from '../../src/domain/analysis/default-taxonomy.ts';
import { compareReadouts } from '../../src/domain/comparison/compare-readouts.ts';
import type { ComparisonStatement } from '../../src/domain/comparison/types.ts';
import { lemmatise } from '../../src/domain/text/lemmatise.ts';
import { contextFor, loadFixtures, type MeetingFixture } from './load-fixtures.ts';

const analyse = createAnalyser(defaultTaxonomy);

/** The comparison of a dev-set meeting, analysed as the service would analyse it. */
function compareFixture(fixture: MeetingFixture) {
  const statements: ComparisonStatement[] = fixture.statements.map((statement, index) => {
    const analysis = analyse(statement.text, contextFor(fixture, statement));
    return {
      id: index + 1, party: statement.party, issuer: statement.issuer, title: statement.title ?? null,
      language: statement.language, text: statement.text, sentences: analysis.sentences, atmosphere: analysis.atmosphere,
      claims: analysis.claims.map((claim, c) => ({
        id: (index + 1) * 1000 + c, statementId: index + 1, party: statement.party, sentenceIndex: claim.sentenceIndex,
        sentenceText: statement.text.slice(analysis.sentences[claim.sentenceIndex]?.span.start ?? 0, analysis.sentences[claim.sentenceIndex]?.span.end ?? 0),
        topic: claim.topic, evidence: claim.evidence, act: claim.act.act, actor: claim.actor, modality: claim.modality,
        confidence: claim.confidence, method: 'auto' as const,
      })),
    };
  });
  const parties = [...new Set(fixture.statements.map((s) => s.party))]
    .map((code) => ({ code, name: fixture.parties.find((p) => p.code === code)?.name ?? code }));
  return compareReadouts({ parties, statements, taxonomy: defaultTaxonomy }, { lemmatise });
}

const cases = loadFixtures().filter(({ fixture }) => fixture.expectedComparison !== undefined)
  .map(({ file, fixture }) => [file, fixture] as const);

describe('comparison over the development set', () => {
  it.each(cases)('%s: rows have the expected statuses and joint-claim flags', (_file, fixture) => {
    const { unconfirmedJointClaims, ...statuses } = fixture.expectedComparison ?? {};

    const comparison = compareFixture(fixture);

    const rows = new Map(comparison.rows.map((row) => [row.topic, row]));
    for (const [topic, status] of Object.entries(statuses)) expect([topic, rows.get(topic)?.status]).toEqual([topic, status]);
    const flagged = comparison.rows.filter((row) => row.unconfirmedJointClaim).map((row) => row.topic);
    expect(flagged).toEqual(expect.arrayContaining(Array.isArray(unconfirmedJointClaims) ? unconfirmedJointClaims : []));
  });
});
