import { acts, type Act, type ActorKind } from '../analysis/types.ts';

/**
 * Orders strings by UTF-16 code unit, like `Array.prototype.sort` without a comparator.
 * Not `localeCompare`: its order depends on the ICU build, and output must not.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rounds a score to 3 decimals (0.12345 → 0.123); scores are reported this way everywhere. */
export function roundScore(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const actRank = new Map<Act, number>(acts.map((act, index) => [act, index]));

/** Unique acts in the canonical order of `acts` (analysis/types.ts). */
export function sortActs(values: Iterable<Act>): Act[] {
  return [...new Set(values)].sort((a, b) => (actRank.get(a) ?? 0) - (actRank.get(b) ?? 0));
}

const actorKinds: readonly ActorKind[] = ['self', 'counterpart', 'both', 'third-party', 'unspecified'];
const actorRank = new Map<ActorKind, number>(actorKinds.map((kind, index) => [kind, index]));

/** Unique actor kinds in the order self, counterpart, both, third-party, unspecified. */
export function sortActorKinds(values: Iterable<ActorKind>): ActorKind[] {
  return [...new Set(values)].sort((a, b) => (actorRank.get(a) ?? 0) - (actorRank.get(b) ?? 0));
}

/** Unique strings sorted by code unit. */
export function sortUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareText);
}
