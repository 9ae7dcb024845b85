import type { AtmosphereTerm } from '../../../src/domain/analysis/types.ts';
import { compareAtmosphere } from '../../../src/domain/comparison/atmosphere-comparison.ts';

const terms = (...descriptors: string[]): AtmosphereTerm[] => descriptors.map((descriptor, index) => ({ descriptor, span: { start: index, end: index + 1 }, sentenceIndex: 0 }));

describe('compareAtmosphere', () => {
  const cases = [
    { name: 'candid against friendly', chn: terms('candid'), kor: terms('friendly'), mismatch: true, shared: [] },
    // order and repetition do not make a difference
    { name: 'the same descriptors in another order', chn: terms('in-depth', 'candid', 'candid'), kor: terms('candid', 'in-depth'), mismatch: false, shared: ['candid', 'in-depth'] },
    // saying nothing about the talks differs from calling them candid
    { name: 'descriptors against none', chn: terms('candid'), kor: [], mismatch: true, shared: [] },
    { name: 'no descriptors on either side', chn: [], kor: [], mismatch: false, shared: [] },
    { name: 'overlapping sets', chn: terms('candid', 'constructive'), kor: terms('constructive'), mismatch: true, shared: ['constructive'] },
  ];

  it.each(cases)('when $name, mismatch is $mismatch', ({ chn, kor, mismatch, shared }) => {
    const result = compareAtmosphere(['CHN', 'KOR'], new Map([['CHN', chn], ['KOR', kor]]));

    expect(result.mismatch).toBe(mismatch);
    expect(result.shared).toEqual(shared);
    expect(result.parties.map((entry) => entry.party)).toEqual(['CHN', 'KOR']);
  });

  it('when one party is compared, lists its sorted descriptors and reports no mismatch', () => {
    const result = compareAtmosphere(['CHN'], new Map([['CHN', terms('frank', 'candid', ' ')]]));

    expect(result).toEqual({ parties: [{ party: 'CHN', descriptors: ['candid', 'frank'] }], shared: ['candid', 'frank'], mismatch: false });
  });
});
