import type { Taxonomy, Topic } from '../analysis/types.ts';
import { areActSetsCompatible, doesDenialContradict } from './act-compatibility.ts';
import { checkJointClaims } from './joint-claims.ts';
import { compareClaims } from './merge-claims.ts';
import { compareText, sortActorKinds, sortActs } from './ordering.ts';
import type { ComparisonClaim, ComparisonRow, PartyPosition, RowReason, RowStatus } from './types.ts';

/** How a topic sits relative to another in the taxonomy tree. */
export interface TopicRelation {
  /** Levels between the two topics (1 = parent or child). */
  readonly distance: number;
  /** True when the other topic is the broader one (an ancestor). */
  readonly broader: boolean;
}

/** The taxonomy as a tree, for labels and ancestor/descendant look-ups. */
export interface TopicHierarchy {
  /** The topic, or undefined for an id the taxonomy does not know. */
  readonly topicOf: (id: string) => Topic | undefined;
  /** The taxonomy label, or the id itself for an unknown topic. */
  readonly labelOf: (id: string) => string;
  /** Ancestors of a topic, nearest first; empty for roots and unknown topics. */
  readonly ancestorsOf: (id: string) => readonly string[];
  /** How `other` relates to `topic`: undefined unless it is an ancestor or a descendant. */
  readonly relate: (topic: string, other: string) => TopicRelation | undefined;
}

/**
 * Indexes a taxonomy once. Total: a duplicate id keeps its first topic, a parent id the
 * taxonomy lacks ends the chain, and a cycle is cut where it closes (a topic is never its
 * own ancestor), so a malformed taxonomy degrades instead of throwing or looping.
 */
export function createTopicHierarchy(taxonomy: Taxonomy): TopicHierarchy {
  const topics = new Map<string, Topic>();
  for (const topic of taxonomy.topics) if (!topics.has(topic.id)) topics.set(topic.id, topic);
  const ancestors = new Map<string, readonly string[]>();
  const ancestorsOf = (id: string): readonly string[] => {
    const known = ancestors.get(id);
    if (known) return known;
    const chain: string[] = [];
    const seen = new Set([id]);
    let parent = topics.get(id)?.parent;
    while (parent !== undefined && topics.has(parent) && !seen.has(parent)) {
      chain.push(parent);
      seen.add(parent);
      parent = topics.get(parent)?.parent;
    }
    ancestors.set(id, chain);
    return chain;
  };
  return {
    topicOf: (id) => topics.get(id),
    labelOf: (id) => topics.get(id)?.label ?? id,
    ancestorsOf,
    relate: (topic, other) => {
      if (topic === other) return undefined;
      const up = ancestorsOf(topic).indexOf(other);
      if (up >= 0) return { distance: up + 1, broader: true };
      const down = ancestorsOf(other).indexOf(topic);
      if (down >= 0) return { distance: down + 1, broader: false };
      return undefined;
    },
  };
}

const silentPosition = (party: string): PartyPosition => ({
  party, mentioned: false, acts: [], negatedActs: [], actors: [], negated: false, claims: [],
});

function positionFrom(party: string, claims: readonly ComparisonClaim[], mentionedVia?: string): PartyPosition {
  const negatedActs = sortActs(claims.filter((claim) => claim.modality.negated).map((claim) => claim.act));
  return {
    party,
    mentioned: true,
    ...(mentionedVia === undefined ? {} : { mentionedVia }),
    acts: sortActs(claims.filter((claim) => !claim.modality.negated).map((claim) => claim.act)),
    negatedActs,
    actors: sortActorKinds(claims.map((claim) => claim.actor.kind)),
    negated: negatedActs.length > 0,
    claims: [...claims].sort(compareClaims),
  };
}

/**
 * One party's position on `topic`: its claims on the topic itself; failing those, its
 * claims on every ancestor and descendant it mentions, with `mentionedVia` set to the
 * nearest (ties: the broader one, then topic id); failing those, silent.
 */
export function findPosition(
  party: string, topic: string, claimsByTopic: ReadonlyMap<string, readonly ComparisonClaim[]>,
  hierarchy: TopicHierarchy,
): PartyPosition {
  const direct = claimsByTopic.get(topic);
  if (direct && direct.length > 0) return positionFrom(party, direct);
  const related = [...claimsByTopic.keys()]
    .map((other) => ({ other, relation: hierarchy.relate(topic, other) }))
    .filter((entry): entry is { other: string; relation: TopicRelation } => entry.relation !== undefined)
    .sort((a, b) => a.relation.distance - b.relation.distance
      || Number(b.relation.broader) - Number(a.relation.broader)
      || compareText(a.other, b.other));
  const nearest = related[0];
  if (!nearest) return silentPosition(party);
  return positionFrom(party, related.flatMap(({ other }) => claimsByTopic.get(other) ?? []), nearest.other);
}

/** Status and reasons of a row, from its positions; see `RowStatus` and `RowReason`. */
export function classifyRow(
  positions: readonly PartyPosition[], comparable: boolean, hasUnconfirmedJointClaim: boolean,
): { status: RowStatus; reasons: RowReason[] } {
  const restsOnCorrection = positions.some((position) => position.claims.some((claim) => claim.method === 'human'));
  if (!comparable) return { status: 'single-party', reasons: restsOnCorrection ? ['rests-on-correction', 'single-party'] : ['single-party'] };
  const mentioning = positions.filter((position) => position.mentioned);
  const isSilent = mentioning.length < positions.length;
  let actsDiffer = false;
  let negationConflict = false;
  for (const left of mentioning) {
    for (const right of mentioning) {
      if (left === right) continue;
      if (!areActSetsCompatible(left.acts, right.acts)) actsDiffer = true;
      // One readout denies what another asserts: "no agreement was reached" against "agreed".
      if (left.negatedActs.some((denied) => right.acts.some((asserted) => doesDenialContradict(denied, asserted)))) {
        negationConflict = true;
      }
    }
  }
  const differentDepth = mentioning.some((position) => position.mentionedVia !== undefined);
  const reasons: RowReason[] = [];
  if (hasUnconfirmedJointClaim) reasons.push('unconfirmed-joint-claim');
  if (isSilent) reasons.push('silent-party');
  if (actsDiffer) reasons.push('acts-differ');
  if (negationConflict) reasons.push('negation-conflict');
  if (differentDepth) reasons.push('different-depth');
  if (restsOnCorrection) reasons.push('rests-on-correction');
  const status: RowStatus = isSilent ? 'omitted'
    : actsDiffer || negationConflict ? 'divergent'
      : differentDepth ? 'partly-shared' : 'shared';
  return { status, reasons };
}

const statusRank: Readonly<Record<RowStatus, number>> = {
  divergent: 0, omitted: 1, 'partly-shared': 2, shared: 3, 'single-party': 4,
};

/** Row order: unconfirmed joint claims first, then divergent, omitted, partly-shared, shared; then topic id. */
export function compareRows(a: ComparisonRow, b: ComparisonRow): number {
  return Number(b.unconfirmedJointClaim) - Number(a.unconfirmedJointClaim)
    || statusRank[a.status] - statusRank[b.status]
    || compareText(a.topic, b.topic);
}

/**
 * One row per topic that at least one of `parties` mentions itself; a party that mentions
 * only an ancestor or descendant of that topic counts as mentioning it (`mentionedVia`).
 * So Korea on "technology" and China on "semiconductors" give two rows, technology and
 * semiconductors, both partly-shared; sibling topics are unrelated and give two omissions.
 * `comparable: false` (fewer than two readouts) marks every row `single-party`.
 * Positions follow `parties`; rows are sorted with `compareRows`.
 */
export function buildTopicRows(
  parties: readonly string[], claimsByParty: ReadonlyMap<string, readonly ComparisonClaim[]>,
  hierarchy: TopicHierarchy, comparable: boolean,
): ComparisonRow[] {
  const byTopic = new Map<string, Map<string, ComparisonClaim[]>>();
  for (const party of parties) {
    const topics = new Map<string, ComparisonClaim[]>();
    for (const claim of claimsByParty.get(party) ?? []) {
      const list = topics.get(claim.topic);
      if (list) list.push(claim);
      else topics.set(claim.topic, [claim]);
    }
    byTopic.set(party, topics);
  }
  const topics = [...new Set([...byTopic.values()].flatMap((topicMap) => [...topicMap.keys()]))];
  const rows = topics.map((topic): ComparisonRow => {
    const positions = parties.map((party) => findPosition(party, topic, byTopic.get(party) ?? new Map(), hierarchy));
    const joint = checkJointClaims(positions);
    const unconfirmedJointClaim = comparable && joint.unconfirmedBy.length > 0;
    const { status, reasons } = classifyRow(positions, comparable, unconfirmedJointClaim);
    const parentTopic = hierarchy.topicOf(topic)?.parent;
    return {
      topic,
      label: hierarchy.labelOf(topic),
      ...(parentTopic === undefined ? {} : { parentTopic }),
      status,
      positions,
      mentionedBy: positions.filter((position) => position.mentioned).map((position) => position.party),
      silent: positions.filter((position) => !position.mentioned).map((position) => position.party),
      unconfirmedJointClaim,
      jointClaimBy: joint.jointClaimBy,
      jointClaimUnconfirmedBy: unconfirmedJointClaim ? joint.unconfirmedBy : [],
      restsOnCorrection: reasons.includes('rests-on-correction'),
      reasons,
    };
  });
  return rows.sort(compareRows);
}
