import { checkHints, compareGold } from './fixture-comparison.ts';
import { heldOutDir, loadFixtures } from './load-fixtures.ts';

// The hints are checked against the comparison of the gold claims, so a hint that does
// not follow from its own annotation fails here. Whether the analyser reproduces them is
// quality, not correctness: `npm run eval` prints that figure (STYLE §12).
const cases = [...loadFixtures(), ...loadFixtures(heldOutDir)]
  .filter(({ fixture }) => fixture.expectedComparison !== undefined)
  .map(({ file, fixture }) => [file, fixture] as const);

describe('expected comparisons of the evaluation sets', () => {
  it.each(cases)('%s: the hints follow from the gold claims', (_file, fixture) => {
    const comparison = compareGold(fixture);

    const misses = checkHints(fixture, comparison);

    expect(misses).toEqual([]);
  });
});
