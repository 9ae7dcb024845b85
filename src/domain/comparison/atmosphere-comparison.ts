import type { AtmosphereTerm } from '../analysis/types.ts';
import { compareText, sortUnique } from './ordering.ts';
import type { AtmosphereComparison } from './types.ts';

/**
 * Lines up the descriptors each party's readouts use for the talks ("candid",
 * "constructive"). Descriptors are taken as normalised by the analysis, trimmed; blank
 * ones are dropped. `mismatch` is true when two parties' descriptor sets differ (one side
 * "candid", the other "friendly"; or one side none at all); always false for fewer than two parties.
 */
export function compareAtmosphere(
  parties: readonly string[], termsByParty: ReadonlyMap<string, readonly AtmosphereTerm[]>,
): AtmosphereComparison {
  const byParty = parties.map((party) => ({
    party,
    descriptors: sortUnique((termsByParty.get(party) ?? []).map((term) => term.descriptor.trim()).filter((d) => d !== '')),
  }));
  const keys = new Set(byParty.map((entry) => entry.descriptors.join('\u0000')));
  const [first, ...rest] = byParty;
  const shared = first
    ? first.descriptors.filter((descriptor) => rest.every((entry) => entry.descriptors.includes(descriptor))).sort(compareText)
    : [];
  return { parties: byParty, shared, mismatch: byParty.length >= 2 && keys.size > 1 };
}
