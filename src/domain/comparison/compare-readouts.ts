import type { AtmosphereTerm } from '../analysis/types.ts';
import { alignSentences, prepareSentences, type AlignableSentence } from './align-sentences.ts';
import { compareAtmosphere } from './atmosphere-comparison.ts';
import { measurePairDivergence } from './divergence.ts';
import { mergePartyClaims } from './merge-claims.ts';
import { summariseComparison } from './summarise.ts';
import { buildTopicRows, createTopicHierarchy } from './topic-rows.ts';
import type {
  Comparison, ComparisonDeps, ComparisonInput, ComparisonStatement, ComparedParty, PairAlignment, PairDivergence,
} from './types.ts';

/**
 * Compares the readouts of one meeting: topic rows with their status, the atmosphere,
 * sentence alignment and divergence per pair of parties, and a plain English summary.
 *
 * Parties are deduplicated by code (first wins) and keep their input order; statements are
 * deduplicated by id (first wins), merged per party, and those of parties not listed are
 * left out. Only parties with at least one statement are compared; with fewer than two,
 * `comparable` is false, rows are listed with status `single-party`, and alignment and
 * pairs are empty. Pure and total: same input, same output; never throws as long as
 * `deps.lemmatise` does not.
 */
export function compareReadouts(input: ComparisonInput, deps: ComparisonDeps): Comparison {
  const parties = input.parties.filter((party, index, all) => all.findIndex((p) => p.code === party.code) === index);
  const seenStatements = new Set<number>();
  const statementsByParty = new Map<string, ComparisonStatement[]>(parties.map((party) => [party.code, []]));
  for (const statement of input.statements) {
    if (seenStatements.has(statement.id)) continue;
    seenStatements.add(statement.id);
    statementsByParty.get(statement.party)?.push(statement);
  }
  for (const list of statementsByParty.values()) list.sort((a, b) => a.id - b.id);

  const described: ComparedParty[] = parties.map((party) => {
    const statements = statementsByParty.get(party.code) ?? [];
    return { code: party.code, name: party.name, hasReadout: statements.length > 0, statementIds: statements.map((s) => s.id) };
  });
  const compared = described.filter((party) => party.hasReadout).map((party) => party.code);
  const comparable = compared.length >= 2;
  const statements = compared.flatMap((code) => statementsByParty.get(code) ?? []);
  const claimsByParty = mergePartyClaims(statements, compared);
  const hierarchy = createTopicHierarchy(input.taxonomy);

  const rows = buildTopicRows(compared, claimsByParty, hierarchy, comparable);
  const termsByParty = new Map<string, AtmosphereTerm[]>(compared.map((code) => [
    code, (statementsByParty.get(code) ?? []).flatMap((statement) => [...statement.atmosphere]),
  ]));
  const atmosphere = compareAtmosphere(compared, termsByParty);

  const alignment: PairAlignment[] = [];
  const pairs: PairDivergence[] = [];
  if (comparable) {
    const prepared = new Map<string, { sentences: AlignableSentence[]; truncated: boolean }>(compared.map((code) => [
      code, prepareSentences(statementsByParty.get(code) ?? [], claimsByParty.get(code) ?? [], deps.lemmatise),
    ]));
    compared.forEach((a, index) => {
      for (const b of compared.slice(index + 1)) {
        const left = prepared.get(a);
        const right = prepared.get(b);
        alignment.push(alignSentences([a, b], left?.sentences ?? [], right?.sentences ?? [],
          Boolean(left?.truncated) || Boolean(right?.truncated)));
        pairs.push(measurePairDivergence([a, b], buildTopicRows([a, b], claimsByParty, hierarchy, true)));
      }
    });
  }

  return {
    comparable,
    taxonomyVersion: input.taxonomy.version,
    parties: described,
    rows,
    atmosphere,
    alignment,
    pairs,
    summary: summariseComparison({ comparable, parties: described, rows, atmosphere, hierarchy }),
  };
}
