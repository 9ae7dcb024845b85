import type { Analysis, AnalysisContext } from '../../src/domain/analysis/types.ts';
import { compareReadouts } from '../../src/domain/comparison/compare-readouts.ts';
import type { Comparison, ComparisonClaim, ComparisonStatement } from '../../src/domain/comparison/types.ts';
import { defaultTaxonomy } from '../../src/domain/analysis/default-taxonomy.ts';
import { lemmatise } from '../../src/domain/text/lemmatise.ts';
import { contextFor, goldSentenceStarts, type MeetingFixture } from './load-fixtures.ts';

type FixtureStatement = MeetingFixture['statements'][number];

/** The parties of a fixture meeting that issued a readout, in first-statement order. */
function readoutParties(fixture: MeetingFixture) {
  return [...new Set(fixture.statements.map((s) => s.party))]
    .map((code) => ({ code, name: fixture.parties.find((p) => p.code === code)?.name ?? code }));
}

/** The party codes an actor kind stands for in one readout of the meeting. */
function partyCodesOf(kind: string, statement: FixtureStatement, fixture: MeetingFixture): string[] {
  const all = readoutParties(fixture).map((p) => p.code);
  switch (kind) {
    case 'self': return [statement.party];
    case 'both': return all;
    case 'counterpart': return all.filter((code) => code !== statement.party);
    default: return [];
  }
}

/**
 * The comparison of a fixture meeting built from its gold claims, as if an analyst had
 * labelled every readout by hand: the truth the `expectedComparison` hints must match.
 * Gold has no future, hypothetical or historical flags; they count as false.
 */
export function compareGold(fixture: MeetingFixture): Comparison {
  const statements: ComparisonStatement[] = fixture.statements.map((statement, s) => {
    const starts = goldSentenceStarts(statement);
    const spans = statement.gold.sentences.map((sentence, index) => ({ start: starts[index] ?? 0, end: (starts[index] ?? 0) + sentence.text.length }));
    const claims: ComparisonClaim[] = statement.gold.sentences.flatMap((sentence, index) => sentence.claims.map((claim, c) => ({
      id: (s + 1) * 1000 + index * 10 + c, statementId: s + 1, party: statement.party, sentenceIndex: index, sentenceText: sentence.text,
      topic: claim.topic, evidence: spans[index] ?? { start: 0, end: 0 }, act: claim.act,
      actor: { kind: claim.actor, partyCodes: partyCodesOf(claim.actor, statement, fixture) },
      modality: { negated: claim.negated, future: false, hypothetical: false, historical: false },
      confidence: 1, method: 'human' as const,
    })));
    return {
      id: s + 1, party: statement.party, issuer: statement.issuer, title: statement.title ?? null, language: statement.language,
      text: statement.text, sentences: spans.map((span, index) => ({ index, span })), claims, atmosphere: [],
    };
  });
  return compareReadouts({ parties: readoutParties(fixture), statements, taxonomy: defaultTaxonomy }, { lemmatise });
}

/** The comparison of a fixture meeting built from the analyser's claims, as the service would build it. */
export function compareAnalysed(fixture: MeetingFixture, analyse: (text: string, context: AnalysisContext) => Analysis): Comparison {
  const statements: ComparisonStatement[] = fixture.statements.map((statement, s) => {
    const analysis = analyse(statement.text, contextFor(fixture, statement));
    const sentenceText = (index: number) => {
      const span = analysis.sentences[index]?.span;
      return span ? statement.text.slice(span.start, span.end) : '';
    };
    return {
      id: s + 1, party: statement.party, issuer: statement.issuer, title: statement.title ?? null, language: statement.language,
      text: statement.text, sentences: analysis.sentences, atmosphere: analysis.atmosphere,
      claims: analysis.claims.map((claim, c) => ({
        id: (s + 1) * 1000 + c, statementId: s + 1, party: statement.party, sentenceIndex: claim.sentenceIndex,
        sentenceText: sentenceText(claim.sentenceIndex), topic: claim.topic, evidence: claim.evidence, act: claim.act.act,
        actor: claim.actor, modality: claim.modality, confidence: claim.confidence, method: 'auto' as const,
      })),
    };
  });
  return compareReadouts({ parties: readoutParties(fixture), statements, taxonomy: defaultTaxonomy }, { lemmatise });
}

/**
 * Where a comparison disagrees with a meeting's `expectedComparison` hints: one line per
 * topic whose row status differs, and per expected unconfirmed joint claim not flagged.
 * Empty when every hint holds (or there are none).
 */
export function checkHints(fixture: MeetingFixture, comparison: Comparison): string[] {
  const { unconfirmedJointClaims, ...statuses } = fixture.expectedComparison ?? {};
  const rows = new Map(comparison.rows.map((row) => [row.topic, row]));
  const misses: string[] = [];
  for (const [topic, status] of Object.entries(statuses)) {
    const actual = rows.get(topic)?.status ?? 'no row';
    if (actual !== status) misses.push(`${topic}: expected ${String(status)}, got ${actual}`);
  }
  const flagged = new Set(comparison.rows.filter((row) => row.unconfirmedJointClaim).map((row) => row.topic));
  for (const topic of Array.isArray(unconfirmedJointClaims) ? unconfirmedJointClaims : []) {
    if (!flagged.has(topic)) misses.push(`${topic}: expected an unconfirmed joint claim, got none`);
  }
  return misses;
}
