import { checkJointClaims, isJointClaim } from '../../../src/domain/comparison/joint-claims.ts';
import { mergePartyClaims } from '../../../src/domain/comparison/merge-claims.ts';
import { buildTopicRows, createTopicHierarchy } from '../../../src/domain/comparison/topic-rows.ts';
import { makeStatement, taxonomy, type ClaimSpec } from './comparison-fixtures.ts';

const hierarchy = createTopicHierarchy(taxonomy);

function rowFor(claims: Record<string, readonly ClaimSpec[]>, topic: string) {
  const parties = Object.keys(claims);
  const statements = parties.map((party, index) => makeStatement({ id: index + 1, party, sentences: ['One.', 'Two.'], claims: claims[party] ?? [] }, parties));
  return buildTopicRows(parties, mergePartyClaims(statements, parties), hierarchy, true).find((row) => row.topic === topic);
}

describe('isJointClaim', () => {
  const cases: { claim: ClaimSpec; joint: boolean }[] = [
    { claim: { sentence: 0, topic: 'trade', act: 'agree', actor: 'both' }, joint: true },
    { claim: { sentence: 0, topic: 'trade', act: 'cooperate', actor: 'both', future: true }, joint: true },
    // "China agreed": one side, not a claim about both
    { claim: { sentence: 0, topic: 'trade', act: 'agree', actor: 'self' }, joint: false },
    // "no agreement was reached"
    { claim: { sentence: 0, topic: 'trade', act: 'agree', actor: 'both', negated: true }, joint: false },
    // "the two sides may consider cooperating"
    { claim: { sentence: 0, topic: 'trade', act: 'cooperate', actor: 'both', hypothetical: true }, joint: false },
    { claim: { sentence: 0, topic: 'trade', act: 'consult', actor: 'both' }, joint: false },
  ];

  it.each(cases)('$claim.act by $claim.actor (negated $claim.negated, hypothetical $claim.hypothetical) → $joint', ({ claim, joint }) => {
    const [stored] = makeStatement({ id: 1, party: 'CHN', sentences: ['One.'], claims: [claim] }).claims;

    expect(stored && isJointClaim(stored)).toBe(joint);
  });
});

describe('checkJointClaims', () => {
  const joint: ClaimSpec = { sentence: 0, topic: 'semiconductors', act: 'agree', actor: 'both' };
  const cases: { name: string; kor: ClaimSpec[]; unconfirmed: boolean; by: string[]; claimedBy?: string[] }[] = [
    { name: 'the other readout is silent', kor: [], unconfirmed: true, by: ['KOR'] },
    { name: 'the other readout only requests', kor: [{ sentence: 0, topic: 'semiconductors', act: 'request' }], unconfirmed: true, by: ['KOR'] },
    // discussing is not agreeing: the row can be shared and still flagged
    { name: 'the other readout only consults', kor: [{ sentence: 0, topic: 'semiconductors', act: 'consult' }], unconfirmed: true, by: ['KOR'] },
    { name: 'the other readout reports its own agreement', kor: [{ sentence: 0, topic: 'semiconductors', act: 'agree', actor: 'self' }], unconfirmed: false, by: [] },
    { name: 'the other readout also claims the joint agreement', kor: [joint], unconfirmed: false, by: [], claimedBy: ['CHN', 'KOR'] },
    // backing at another depth of the taxonomy still backs it
    { name: 'the other readout agrees on the parent topic', kor: [{ sentence: 0, topic: 'technology', act: 'cooperate', actor: 'both' }], unconfirmed: false, by: [] },
    { name: 'the other readout denies an agreement', kor: [{ sentence: 0, topic: 'semiconductors', act: 'agree', negated: true }], unconfirmed: true, by: ['KOR'] },
  ];

  it.each(cases)('when China claims a joint agreement and $name, unconfirmed is $unconfirmed', ({ kor, unconfirmed, by, claimedBy }) => {
    const row = rowFor({ CHN: [joint], KOR: kor }, 'semiconductors');

    expect(row?.jointClaimBy).toEqual(claimedBy ?? ['CHN']);
    expect(row?.unconfirmedJointClaim).toBe(unconfirmed);
    expect(row?.jointClaimUnconfirmedBy).toEqual(by);
  });

  it('when the joint claim is on a child topic, does not count it as a joint claim on the parent row', () => {
    const row = rowFor({ CHN: [joint], KOR: [{ sentence: 0, topic: 'technology', act: 'request' }] }, 'technology');

    expect(row?.jointClaimBy).toEqual([]);
    expect(row?.unconfirmedJointClaim).toBe(false);
  });

  it('when three parties meet and one of two others backs the claim, names only the silent one', () => {
    const row = rowFor({ CHN: [joint], KOR: [{ sentence: 0, topic: 'semiconductors', act: 'agree' }], JPN: [] }, 'semiconductors');

    expect(row?.unconfirmedJointClaim).toBe(true);
    expect(row?.jointClaimUnconfirmedBy).toEqual(['JPN']);
  });

  it('when nobody claims a joint agreement, reports nothing', () => {
    expect(checkJointClaims([])).toEqual({ jointClaimBy: [], unconfirmedBy: [] });
  });
});
