import fc from 'fast-check';
import { acts, type Act, type ActorKind, type Taxonomy } from '../../../src/domain/analysis/types.ts';
import type { ComparisonClaim, ComparisonInput, ComparisonStatement } from '../../../src/domain/comparison/types.ts';

/** Test taxonomy: technology > semiconductors, ai; trade > supply-chains, critical-minerals; taiwan. */
export const taxonomy: Taxonomy = {
  version: 3,
  topics: [
    { id: 'technology', label: 'Technology', terms: { en: ['technology'] } },
    { id: 'semiconductors', label: 'Semiconductors', parent: 'technology', terms: { en: ['semiconductor', 'chip'] } },
    { id: 'ai', label: 'AI', parent: 'technology', terms: { en: ['artificial intelligence', 'AI'] } },
    { id: 'trade', label: 'Trade', terms: { en: ['trade'] } },
    { id: 'supply-chains', label: 'Supply chains', parent: 'trade', terms: { en: ['supply chain'] } },
    { id: 'critical-minerals', label: 'Critical minerals', parent: 'trade', terms: { en: ['raw material', 'critical mineral'] } },
    { id: 'taiwan', label: 'Taiwan', terms: { en: ['Taiwan'] } },
  ],
};

/** The trivial lemmatiser the tests inject: lower-cased runs of letters and digits. */
export const lemmatise = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');

export interface ClaimSpec {
  readonly sentence: number;
  readonly topic: string;
  readonly act: Act;
  readonly actor?: ActorKind;
  readonly negated?: boolean;
  readonly hypothetical?: boolean;
  readonly future?: boolean;
  readonly method?: 'auto' | 'human';
  readonly id?: number;
  /** The words in the sentence that name the topic; the whole sentence when absent or not found. */
  readonly evidence?: string;
}

export interface StatementSpec {
  readonly id: number;
  readonly party: string;
  readonly sentences: readonly string[];
  readonly claims?: readonly ClaimSpec[];
  readonly atmosphere?: readonly string[];
}

let nextClaimId = 1000;

/** Builds a statement whose text is its sentences joined by one space, with spans and claims. */
export function makeStatement(spec: StatementSpec, allParties: readonly string[] = ['CHN', 'KOR']): ComparisonStatement {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  for (const sentence of spec.sentences) {
    if (text !== '') text += ' ';
    spans.push({ start: text.length, end: text.length + sentence.length });
    text += sentence;
  }
  const claims = (spec.claims ?? []).map((claim): ComparisonClaim => {
    const span = spans[claim.sentence] ?? { start: 0, end: 0 };
    const actor = claim.actor ?? 'self';
    const found = claim.evidence === undefined ? -1 : text.indexOf(claim.evidence, span.start);
    const evidence = found >= 0 && claim.evidence !== undefined && found + claim.evidence.length <= span.end
      ? { start: found, end: found + claim.evidence.length } : span;
    return {
      id: claim.id ?? nextClaimId++,
      statementId: spec.id,
      party: spec.party,
      sentenceIndex: claim.sentence,
      sentenceText: text.slice(span.start, span.end),
      topic: claim.topic,
      evidence,
      act: claim.act,
      actor: { kind: actor, partyCodes: actor === 'both' ? allParties : actor === 'self' ? [spec.party] : [] },
      modality: { negated: claim.negated ?? false, future: claim.future ?? false, hypothetical: claim.hypothetical ?? false, historical: false },
      confidence: 0.8,
      method: claim.method ?? 'auto',
    };
  });
  return {
    id: spec.id, party: spec.party, issuer: `${spec.party} ministry`, title: null, language: 'en', text,
    sentences: spans.map((span, index) => ({ index, span })),
    claims,
    atmosphere: (spec.atmosphere ?? []).map((descriptor) => ({ descriptor, span: { start: 0, end: 0 }, sentenceIndex: 0 })),
  };
}

export const chinaAndKorea = [{ code: 'CHN', name: 'China' }, { code: 'KOR', name: 'South Korea' }] as const;

/** A two-party input where each party's readout holds the given claims on one sentence each. */
export function makeInput(statements: readonly StatementSpec[], parties: ComparisonInput['parties'] = chinaAndKorea): ComparisonInput {
  const codes = parties.map((party) => party.code);
  return { parties, statements: statements.map((spec) => makeStatement(spec, codes)), taxonomy };
}

export const chinaSeedSentence = 'The two sides agreed to strengthen dialogue and cooperation on semiconductor industry supply chains.';
export const koreaSeedSentence = 'Minister Ahn asked China to support efforts to stabilise the supply and demand of key raw materials and parts.';

/** The Detroit 2023 seed case: China reports a joint agreement, Korea only a request. */
export function makeSeedInput(): ComparisonInput {
  return makeInput([
    { id: 1, party: 'CHN', sentences: [chinaSeedSentence], atmosphere: ['candid', 'in-depth'], claims: [
      { id: 11, sentence: 0, topic: 'semiconductors', act: 'agree', actor: 'both', evidence: 'semiconductor' },
      { id: 12, sentence: 0, topic: 'supply-chains', act: 'agree', actor: 'both', evidence: 'supply chains' },
    ] },
    { id: 2, party: 'KOR', sentences: [koreaSeedSentence], claims: [
      { id: 21, sentence: 0, topic: 'critical-minerals', act: 'request', actor: 'self', evidence: 'raw materials' },
    ] },
  ]);
}

const partyPool = [{ code: 'CHN', name: 'China' }, { code: 'KOR', name: 'South Korea' }, { code: 'JPN', name: 'Japan' }];
const topicPool = ['technology', 'semiconductors', 'ai', 'trade', 'supply-chains', 'critical-minerals', 'taiwan', 'fisheries'];

/**
 * Arbitrary comparison inputs: 0–3 parties, statements from listed and unlisted parties,
 * claims on known, unknown and junk topics, sentence indexes past the end, human and
 * automatic claims, binary text with spans that may fall outside it.
 */
export function arbitraryInput(): fc.Arbitrary<ComparisonInput> {
  const claim = fc.record({
    sentence: fc.nat({ max: 4 }),
    topic: fc.oneof(fc.constantFrom(...topicPool), fc.string({ maxLength: 6 })),
    act: fc.constantFrom(...acts),
    actor: fc.constantFrom<ActorKind>('self', 'counterpart', 'both', 'third-party', 'unspecified'),
    negated: fc.boolean(),
    hypothetical: fc.boolean(),
    future: fc.boolean(),
    method: fc.constantFrom<'auto' | 'human'>('auto', 'human'),
  });
  const sentence = fc.oneof(
    fc.constantFrom(chinaSeedSentence, koreaSeedSentence, 'The two sides agreed on trade.', 'Taiwan was discussed.', ''),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );
  const statement = fc.record({
    id: fc.nat({ max: 6 }),
    party: fc.constantFrom('CHN', 'KOR', 'JPN', 'XXX'),
    sentences: fc.array(sentence, { maxLength: 4 }),
    claims: fc.array(claim, { maxLength: 6 }),
    atmosphere: fc.array(fc.constantFrom('candid', 'friendly', 'in-depth', ' '), { maxLength: 3 }),
  });
  return fc.record({
    parties: fc.subarray(partyPool).chain((parties) => fc.shuffledSubarray(parties, { minLength: parties.length })),
    statements: fc.array(statement, { maxLength: 6 }),
    shiftSpans: fc.integer({ min: -3, max: 3 }),
  }).map(({ parties, statements, shiftSpans }) => {
    const codes = parties.map((party) => party.code);
    const built = statements.map((spec) => makeStatement(spec, codes)).map((stmt) => ({
      ...stmt,
      sentences: stmt.sentences.map((s) => ({ ...s, span: { start: s.span.start + shiftSpans, end: s.span.end + shiftSpans } })),
    }));
    return { parties, statements: built, taxonomy };
  });
}
