import fc from 'fast-check';
import { compareReadouts } from '../../../src/domain/comparison/compare-readouts.ts';
import { divergenceFormula, divergenceWeights } from '../../../src/domain/comparison/divergence.ts';
import { arbitraryInput, lemmatise, makeInput, type ClaimSpec } from './comparison-fixtures.ts';

function pairOf(chn: ClaimSpec[], kor: ClaimSpec[]) {
  const input = makeInput([
    { id: 1, party: 'CHN', sentences: ['One.', 'Two.', 'Three.'], claims: chn },
    { id: 2, party: 'KOR', sentences: ['One.', 'Two.', 'Three.'], claims: kor },
  ]);
  return compareReadouts(input, { lemmatise }).pairs[0];
}

describe('measurePairDivergence', () => {
  const cases: { name: string; chn: ClaimSpec[]; kor: ClaimSpec[]; divergence: number; counts: Record<string, number> }[] = [
    {
      name: 'identical topics and acts', divergence: 0, counts: { shared: 2, partlyShared: 0, divergent: 0, omitted: 0 },
      chn: [{ sentence: 0, topic: 'trade', act: 'agree' }, { sentence: 1, topic: 'taiwan', act: 'state' }],
      kor: [{ sentence: 0, topic: 'trade', act: 'agree' }, { sentence: 1, topic: 'taiwan', act: 'state' }],
    },
    {
      name: 'no topic in common', divergence: 1, counts: { shared: 0, partlyShared: 0, divergent: 0, omitted: 2 },
      chn: [{ sentence: 0, topic: 'trade', act: 'agree' }],
      kor: [{ sentence: 0, topic: 'taiwan', act: 'state' }],
    },
    // two readouts that say nothing about any topic are not apart
    { name: 'two readouts without topics', divergence: 0, counts: { shared: 0, partlyShared: 0, divergent: 0, omitted: 0 }, chn: [], kor: [] },
    {
      // the parent and the child row are both partly shared
      name: 'the same subject at two depths', divergence: 0.25, counts: { shared: 0, partlyShared: 2, divergent: 0, omitted: 0 },
      chn: [{ sentence: 0, topic: 'semiconductors', act: 'agree' }],
      kor: [{ sentence: 0, topic: 'technology', act: 'consult' }],
    },
    {
      name: 'one shared, one divergent, one omitted', divergence: 0.5, counts: { shared: 1, partlyShared: 0, divergent: 1, omitted: 1 },
      chn: [{ sentence: 0, topic: 'trade', act: 'agree' }, { sentence: 1, topic: 'taiwan', act: 'state' }, { sentence: 2, topic: 'fisheries', act: 'state' }],
      kor: [{ sentence: 0, topic: 'trade', act: 'cooperate' }, { sentence: 1, topic: 'taiwan', act: 'protest' }],
    },
    {
      // 2/3 rounds to 3 decimals
      name: 'one shared and two omitted', divergence: 0.667, counts: { shared: 1, partlyShared: 0, divergent: 0, omitted: 2 },
      chn: [{ sentence: 0, topic: 'trade', act: 'agree' }, { sentence: 1, topic: 'taiwan', act: 'state' }],
      kor: [{ sentence: 0, topic: 'trade', act: 'agree' }, { sentence: 1, topic: 'fisheries', act: 'state' }],
    },
  ];

  it.each(cases)('when $name, divergence is $divergence', ({ chn, kor, divergence, counts }) => {
    const pair = pairOf(chn, kor);

    expect(pair).toEqual({ parties: ['CHN', 'KOR'], divergence, counts });
  });

  it('when documenting the formula, names every weight the code uses', () => {
    for (const weight of Object.values(divergenceWeights)) expect(divergenceFormula).toContain(String(weight));
    expect(divergenceFormula).toContain('When U is empty the divergence is 0');
  });

  it('when given arbitrary readouts, keeps every divergence in [0, 1] with 3 decimals', () => {
    fc.assert(fc.property(arbitraryInput(), (input) => {
      for (const pair of compareReadouts(input, { lemmatise }).pairs) {
        expect(pair.divergence).toBeGreaterThanOrEqual(0);
        expect(pair.divergence).toBeLessThanOrEqual(1);
        expect(Math.round(pair.divergence * 1000) / 1000).toBe(pair.divergence);
      }
    }));
  });
});
