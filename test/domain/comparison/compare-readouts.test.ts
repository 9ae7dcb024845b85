import fc from 'fast-check';
import { compareReadouts } from '../../../src/domain/comparison/compare-readouts.ts';
import { compareRows } from '../../../src/domain/comparison/topic-rows.ts';
import type { ComparisonClaim, ComparisonInput } from '../../../src/domain/comparison/types.ts';
import {
  arbitraryInput, chinaSeedSentence, koreaSeedSentence, lemmatise, makeInput, makeSeedInput, type StatementSpec,
} from './comparison-fixtures.ts';

const deps = { lemmatise };
const sentences = ['One.', 'Two.', 'Three.'];
const modality = { negated: false, future: false, hypothetical: false, historical: false };

function seedClaim(id: number, statementId: number, party: string, topic: string, act: ComparisonClaim['act'],
  actor: ComparisonClaim['actor'], sentenceText: string, term: string): ComparisonClaim {
  const start = sentenceText.indexOf(term);
  return {
    id, statementId, party, sentenceIndex: 0, sentenceText, topic, evidence: { start, end: start + term.length },
    act, actor, modality, confidence: 0.8, method: 'auto',
  };
}

describe('compareReadouts', () => {
  it('when China claims a joint agreement Korea never mentions (the Detroit 2023 seed case), flags it and says so', () => {
    const chinaSemiconductors = seedClaim(11, 1, 'CHN', 'semiconductors', 'agree', { kind: 'both', partyCodes: ['CHN', 'KOR'] }, chinaSeedSentence, 'semiconductor');
    const chinaSupplyChains = seedClaim(12, 1, 'CHN', 'supply-chains', 'agree', { kind: 'both', partyCodes: ['CHN', 'KOR'] }, chinaSeedSentence, 'supply chains');
    const koreaMinerals = seedClaim(21, 2, 'KOR', 'critical-minerals', 'request', { kind: 'self', partyCodes: ['KOR'] }, koreaSeedSentence, 'raw materials');
    const silent = (party: string) => ({ party, mentioned: false, acts: [], negatedActs: [], actors: [], negated: false, claims: [] });
    const chinaRef = { statementId: 1, sentenceIndex: 0, span: { start: 0, end: chinaSeedSentence.length }, text: chinaSeedSentence };
    const koreaRef = { statementId: 2, sentenceIndex: 0, span: { start: 0, end: koreaSeedSentence.length }, text: koreaSeedSentence };

    const comparison = compareReadouts(makeSeedInput(), deps);

    expect(comparison).toEqual({
      comparable: true,
      taxonomyVersion: 3,
      parties: [
        { code: 'CHN', name: 'China', hasReadout: true, statementIds: [1] },
        { code: 'KOR', name: 'South Korea', hasReadout: true, statementIds: [2] },
      ],
      rows: [
        {
          topic: 'semiconductors', label: 'Semiconductors', parentTopic: 'technology', status: 'omitted',
          positions: [
            { party: 'CHN', mentioned: true, acts: ['agree'], negatedActs: [], actors: ['both'], negated: false, claims: [chinaSemiconductors] },
            silent('KOR'),
          ],
          mentionedBy: ['CHN'], silent: ['KOR'],
          unconfirmedJointClaim: true, jointClaimBy: ['CHN'], jointClaimUnconfirmedBy: ['KOR'],
          restsOnCorrection: false, reasons: ['unconfirmed-joint-claim', 'silent-party'],
        },
        {
          topic: 'supply-chains', label: 'Supply chains', parentTopic: 'trade', status: 'omitted',
          positions: [
            { party: 'CHN', mentioned: true, acts: ['agree'], negatedActs: [], actors: ['both'], negated: false, claims: [chinaSupplyChains] },
            silent('KOR'),
          ],
          mentionedBy: ['CHN'], silent: ['KOR'],
          unconfirmedJointClaim: true, jointClaimBy: ['CHN'], jointClaimUnconfirmedBy: ['KOR'],
          restsOnCorrection: false, reasons: ['unconfirmed-joint-claim', 'silent-party'],
        },
        {
          // a sibling of supply-chains under trade: a different topic, so China is silent on it
          topic: 'critical-minerals', label: 'Critical minerals', parentTopic: 'trade', status: 'omitted',
          positions: [
            silent('CHN'),
            { party: 'KOR', mentioned: true, acts: ['request'], negatedActs: [], actors: ['self'], negated: false, claims: [koreaMinerals] },
          ],
          mentionedBy: ['KOR'], silent: ['CHN'],
          unconfirmedJointClaim: false, jointClaimBy: [], jointClaimUnconfirmedBy: [],
          restsOnCorrection: false, reasons: ['silent-party'],
        },
      ],
      atmosphere: {
        parties: [{ party: 'CHN', descriptors: ['candid', 'in-depth'] }, { party: 'KOR', descriptors: [] }],
        shared: [],
        mismatch: true,
      },
      alignment: [{
        parties: ['CHN', 'KOR'], threshold: 0.15, matches: [], unmatched: { a: [chinaRef], b: [koreaRef] }, truncated: false,
      }],
      pairs: [{ parties: ['CHN', 'KOR'], divergence: 1, counts: { shared: 0, partlyShared: 0, divergent: 0, omitted: 3 } }],
      summary: [
        "China's readout states that both sides agreed on semiconductors and supply chains; South Korea's readout does not mention semiconductors or supply chains.",
        "Only South Korea's readout mentions critical minerals (a request).",
        "China's readout describes the talks as candid and in-depth; South Korea's readout does not characterise them.",
      ],
    });
  });

  it('when an analyst corrected an automatic claim that is still present, counts only the correction', () => {
    const input = makeInput([
      { id: 1, party: 'CHN', sentences, claims: [
        { id: 1, sentence: 0, topic: 'semiconductors', act: 'agree', actor: 'both' },
        { id: 2, sentence: 0, topic: 'semiconductors', act: 'consult', actor: 'both', method: 'human' },
      ] },
      { id: 2, party: 'KOR', sentences, claims: [{ id: 3, sentence: 0, topic: 'semiconductors', act: 'consult' }] },
    ]);

    const [row] = compareReadouts(input, deps).rows;

    expect(row?.positions[0]?.claims.map((claim) => claim.id)).toEqual([2]);
    expect(row).toMatchObject({ status: 'shared', unconfirmedJointClaim: false, restsOnCorrection: true, reasons: ['rests-on-correction'] });
  });

  it('when a party has two statements, merges them and lists both statement ids', () => {
    const input = makeInput([
      { id: 5, party: 'CHN', sentences, claims: [{ sentence: 0, topic: 'trade', act: 'agree' }] },
      { id: 2, party: 'CHN', sentences, claims: [{ sentence: 1, topic: 'taiwan', act: 'state' }] },
      { id: 3, party: 'KOR', sentences, claims: [{ sentence: 0, topic: 'trade', act: 'agree' }, { sentence: 1, topic: 'taiwan', act: 'state' }] },
    ]);

    const comparison = compareReadouts(input, deps);

    expect(comparison.parties[0]).toEqual({ code: 'CHN', name: 'China', hasReadout: true, statementIds: [2, 5] });
    expect(comparison.rows.map((row) => [row.topic, row.status])).toEqual([['taiwan', 'shared'], ['trade', 'shared']]);
    expect(comparison.rows.flatMap((row) => row.positions[0]?.claims.map((claim) => claim.statementId) ?? [])).toEqual([2, 5]);
    expect(comparison.pairs[0]?.divergence).toBe(0);
    // "One." and "Two." of both Chinese statements match Korea's
    expect(comparison.alignment[0]?.matches.map((match) => [match.a.statementId, match.a.sentenceIndex, match.b.sentenceIndex])).toEqual([
      [2, 0, 0], [2, 1, 1], [2, 2, 2], [5, 0, 0], [5, 1, 1], [5, 2, 2],
    ]);
  });

  it('when three parties meet, compares every pair and lists positions in party order', () => {
    const parties = [{ code: 'CHN', name: 'China' }, { code: 'JPN', name: 'Japan' }, { code: 'KOR', name: 'South Korea' }];
    const input = makeInput([
      { id: 1, party: 'KOR', sentences, claims: [{ sentence: 0, topic: 'trade', act: 'agree' }] },
      { id: 2, party: 'CHN', sentences, claims: [{ sentence: 0, topic: 'trade', act: 'agree' }] },
      { id: 3, party: 'JPN', sentences, claims: [{ sentence: 0, topic: 'taiwan', act: 'state' }] },
    ], parties);

    const comparison = compareReadouts(input, deps);

    expect(comparison.alignment.map((pair) => pair.parties)).toEqual([['CHN', 'JPN'], ['CHN', 'KOR'], ['JPN', 'KOR']]);
    expect(comparison.pairs.map((pair) => [pair.parties, pair.divergence])).toEqual([
      [['CHN', 'JPN'], 1], [['CHN', 'KOR'], 0], [['JPN', 'KOR'], 1],
    ]);
    expect(comparison.rows.map((row) => [row.topic, row.status, row.mentionedBy, row.silent])).toEqual([
      ['taiwan', 'omitted', ['JPN'], ['CHN', 'KOR']],
      ['trade', 'omitted', ['CHN', 'KOR'], ['JPN']],
    ]);
  });

  it('when only one party has a readout, answers comparable false with single-party rows and nothing paired', () => {
    const input = makeInput([{ id: 1, party: 'CHN', sentences, atmosphere: ['candid'], claims: [{ sentence: 0, topic: 'semiconductors', act: 'agree', actor: 'both' }] }]);

    const comparison = compareReadouts(input, deps);

    expect(comparison).toMatchObject({
      comparable: false,
      parties: [{ code: 'CHN', hasReadout: true }, { code: 'KOR', hasReadout: false, statementIds: [] }],
      atmosphere: { parties: [{ party: 'CHN', descriptors: ['candid'] }], mismatch: false },
      alignment: [],
      pairs: [],
      summary: ['Only China has a readout of this meeting; there is nothing to compare yet.', "China's readout mentions semiconductors."],
    });
    // a joint claim with no other readout is not "unconfirmed": there is nothing to confirm it against yet
    expect(comparison.rows).toMatchObject([{ topic: 'semiconductors', status: 'single-party', mentionedBy: ['CHN'], silent: [], unconfirmedJointClaim: false, jointClaimBy: ['CHN'] }]);
    expect(comparison.rows[0]?.positions.map((position) => position.party)).toEqual(['CHN']);
  });

  it('when there are no parties and no statements, answers an empty comparison', () => {
    const comparison = compareReadouts({ parties: [], statements: [], taxonomy: makeSeedInput().taxonomy }, deps);

    expect(comparison).toEqual({
      comparable: false, taxonomyVersion: 3, parties: [], rows: [],
      atmosphere: { parties: [], shared: [], mismatch: false }, alignment: [], pairs: [],
      summary: ['No party has a readout of this meeting yet; there is nothing to compare.'],
    });
  });

  it('when statements repeat, come from unlisted parties or parties repeat, keeps the first of each and ignores the unlisted', () => {
    const base = makeSeedInput();
    const [china, korea] = base.statements;
    const input: ComparisonInput = {
      ...base,
      parties: [...base.parties, { code: 'CHN', name: 'PRC' }],
      statements: [...base.statements, ...(china ? [{ ...china, claims: [] }, { ...china, id: 9, party: 'USA' }] : []), ...(korea ? [korea] : [])],
    };

    expect(compareReadouts(input, deps)).toEqual(compareReadouts(base, deps));
  });

  it('when given arbitrary readouts, never throws and gives the same answer twice', () => {
    fc.assert(fc.property(arbitraryInput(), (input) => {
      expect(compareReadouts(input, deps)).toEqual(compareReadouts(input, deps));
    }));
  });

  it('when given arbitrary readouts, every row partitions the compared parties into mentionedBy and silent', () => {
    fc.assert(fc.property(arbitraryInput(), (input) => {
      const comparison = compareReadouts(input, deps);
      const compared = comparison.parties.filter((party) => party.hasReadout).map((party) => party.code);

      for (const row of comparison.rows) {
        expect(row.positions.map((position) => position.party)).toEqual(compared);
        expect([...row.mentionedBy, ...row.silent].sort()).toEqual([...compared].sort());
        expect(row.mentionedBy.filter((party) => row.silent.includes(party))).toEqual([]);
        expect(row.mentionedBy.length).toBeGreaterThan(0);
        expect(row.unconfirmedJointClaim).toBe(row.jointClaimUnconfirmedBy.length > 0);
      }
      comparison.rows.slice(1).forEach((row, index) => {
        const previous = comparison.rows[index];
        if (previous) expect(compareRows(previous, row)).toBeLessThan(0);
      });
      expect(comparison.comparable).toBe(compared.length >= 2);
    }));
  });

  it('when given arbitrary readouts, leaves the input unchanged', () => {
    fc.assert(fc.property(arbitraryInput(), (input) => {
      const before = JSON.stringify(input);

      compareReadouts(input, deps);

      expect(JSON.stringify(input)).toBe(before);
    }));
  });

  it.each<{ name: string; statements: StatementSpec[] }>([
    { name: 'a readout without sentences', statements: [{ id: 1, party: 'CHN', sentences: [] }, { id: 2, party: 'KOR', sentences: [] }] },
    // a claim on a sentence the statement does not have
    { name: 'a claim past the last sentence', statements: [{ id: 1, party: 'CHN', sentences: ['One.'], claims: [{ sentence: 9, topic: 'trade', act: 'agree' }] }, { id: 2, party: 'KOR', sentences: ['One.'] }] },
  ])('when given $name, still answers', ({ statements }) => {
    expect(compareReadouts(makeInput(statements), deps).comparable).toBe(true);
  });
});
