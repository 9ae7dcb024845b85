import { roundScore } from './ordering.ts';
import type { ComparisonRow, PairDivergence, RowStatus } from './types.ts';

/** Weight of a topic's status in the divergence score; `single-party` rows are never scored. */
export const divergenceWeights: Readonly<Record<Exclude<RowStatus, 'single-party'>, number>> = {
  shared: 0,
  'partly-shared': 0.25,
  divergent: 0.5,
  omitted: 1,
};

/** The divergence formula in words, as the API documentation quotes it. */
export const divergenceFormula =
  'divergence(A, B) = (Σ over t in U of w(t)) / |U|, where U is the set of topics that A or B '
  + 'mentions itself, and w(t) is the weight of the status of topic t when A and B alone are '
  + 'compared: 0 for shared, 0.25 for partly-shared (one side mentions it only at another depth '
  + 'of the taxonomy), 0.5 for divergent (incompatible or negated acts), 1 for omitted (one side '
  + 'does not mention it at any depth). When U is empty the divergence is 0. Range 0..1, rounded '
  + 'to 3 decimals: 0 = same topics with compatible acts, 1 = no topic in common.';

/**
 * Scores two parties from the rows built for those two alone (one row per topic either
 * mentions itself), per `divergenceFormula`. In [0, 1], 3 decimals; no rows score 0.
 */
export function measurePairDivergence(
  parties: readonly [string, string], rows: readonly ComparisonRow[],
): PairDivergence {
  const counts = { shared: 0, partlyShared: 0, divergent: 0, omitted: 0 };
  let weight = 0;
  let scored = 0;
  for (const row of rows) {
    switch (row.status) {
      case 'shared': counts.shared += 1; break;
      case 'partly-shared': counts.partlyShared += 1; break;
      case 'divergent': counts.divergent += 1; break;
      case 'omitted': counts.omitted += 1; break;
      case 'single-party': continue;
      default: {
        const unexpected: never = row.status;
        return unexpected;
      }
    }
    weight += divergenceWeights[row.status];
    scored += 1;
  }
  return { parties, divergence: scored === 0 ? 0 : roundScore(weight / scored), counts };
}
