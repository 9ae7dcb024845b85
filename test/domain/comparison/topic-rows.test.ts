import type { Taxonomy } from '../../../src/domain/analysis/types.ts';
import { mergePartyClaims } from '../../../src/domain/comparison/merge-claims.ts';
import { buildTopicRows, createTopicHierarchy } from '../../../src/domain/comparison/topic-rows.ts';
import type { ComparisonRow } from '../../../src/domain/comparison/types.ts';
import { makeStatement, taxonomy, type ClaimSpec } from './comparison-fixtures.ts';

const hierarchy = createTopicHierarchy(taxonomy);
const sentences = ['First sentence.', 'Second sentence.'];

function rowsFor(claims: Record<string, readonly ClaimSpec[]>, comparable = true): ComparisonRow[] {
  const parties = Object.keys(claims);
  const statements = parties.map((party, index) => makeStatement({ id: index + 1, party, sentences, claims: claims[party] ?? [] }, parties));
  return buildTopicRows(parties, mergePartyClaims(statements, parties), hierarchy, comparable);
}

function rowOf(rows: readonly ComparisonRow[], topic: string): ComparisonRow {
  const row = rows.find((candidate) => candidate.topic === topic);
  if (!row) throw new Error(`expected a row for ${topic}, got ${rows.map((r) => r.topic).join(', ')}`);
  return row;
}

describe('createTopicHierarchy', () => {
  it('when relating topics, tells ancestors, descendants and unrelated siblings apart', () => {
    expect(hierarchy.relate('semiconductors', 'technology')).toEqual({ distance: 1, broader: true });
    expect(hierarchy.relate('technology', 'semiconductors')).toEqual({ distance: 1, broader: false });
    expect(hierarchy.relate('semiconductors', 'ai')).toBeUndefined();
    expect(hierarchy.relate('semiconductors', 'semiconductors')).toBeUndefined();
  });

  it('when a topic is unknown, labels it with its id and gives it no ancestors', () => {
    expect(hierarchy.labelOf('fisheries')).toBe('fisheries');
    expect(hierarchy.ancestorsOf('fisheries')).toEqual([]);
  });

  it('when the taxonomy has a cycle or a duplicate id, cuts the cycle and keeps the first topic', () => {
    const broken: Taxonomy = { version: 1, topics: [
      { id: 'a', label: 'A', parent: 'b', terms: {} },
      { id: 'b', label: 'B', parent: 'a', terms: {} },
      { id: 'a', label: 'A again', terms: {} },
    ] };

    const tree = createTopicHierarchy(broken);

    expect(tree.ancestorsOf('a')).toEqual(['b']);
    expect(tree.labelOf('a')).toBe('A');
  });
});

describe('buildTopicRows', () => {
  const cases: {
    name: string; chn: ClaimSpec[]; kor: ClaimSpec[]; topic: string;
    status: ComparisonRow['status']; reasons: ComparisonRow['reasons']; via?: Record<string, string>;
  }[] = [
    {
      name: 'agree against cooperate', topic: 'semiconductors', status: 'shared', reasons: [],
      chn: [{ sentence: 0, topic: 'semiconductors', act: 'agree' }],
      kor: [{ sentence: 0, topic: 'semiconductors', act: 'cooperate' }],
    },
    {
      // one side reports a deal, the other only an ask
      name: 'agree against request', topic: 'semiconductors', status: 'divergent', reasons: ['acts-differ'],
      chn: [{ sentence: 0, topic: 'semiconductors', act: 'agree' }],
      kor: [{ sentence: 0, topic: 'semiconductors', act: 'request' }],
    },
    {
      // "agreed" against "no agreement was reached": same act, opposite polarity
      name: 'agree against negated agree', topic: 'trade', status: 'divergent', reasons: ['negation-conflict'],
      chn: [{ sentence: 0, topic: 'trade', act: 'agree' }],
      kor: [{ sentence: 0, topic: 'trade', act: 'agree', negated: true }],
    },
    {
      // both say there was no agreement: they tell the same story
      name: 'negated agree on both sides', topic: 'trade', status: 'shared', reasons: [],
      chn: [{ sentence: 0, topic: 'trade', act: 'agree', negated: true }],
      kor: [{ sentence: 0, topic: 'trade', act: 'agree', negated: true }],
    },
    {
      // denying a protest does not contradict reporting an agreement
      name: 'negated protest against agree', topic: 'trade', status: 'shared', reasons: [],
      chn: [{ sentence: 0, topic: 'trade', act: 'protest', negated: true }],
      kor: [{ sentence: 0, topic: 'trade', act: 'agree' }],
    },
    {
      // "no agreement was reached" and "discussed": talks without a deal, one story
      name: 'negated agree against consult', topic: 'trade', status: 'shared', reasons: [],
      chn: [{ sentence: 0, topic: 'trade', act: 'agree', negated: true }],
      kor: [{ sentence: 0, topic: 'trade', act: 'consult' }],
    },
    {
      // an agreement to cooperate is reported either way
      name: 'negated agree against cooperate', topic: 'trade', status: 'divergent', reasons: ['negation-conflict'],
      chn: [{ sentence: 0, topic: 'trade', act: 'agree', negated: true }],
      kor: [{ sentence: 0, topic: 'trade', act: 'cooperate' }],
    },
    {
      name: 'accuse against reject', topic: 'taiwan', status: 'shared', reasons: [],
      chn: [{ sentence: 0, topic: 'taiwan', act: 'reject' }],
      kor: [{ sentence: 0, topic: 'taiwan', act: 'accuse' }],
    },
    {
      name: 'state against protest', topic: 'taiwan', status: 'divergent', reasons: ['acts-differ'],
      chn: [{ sentence: 0, topic: 'taiwan', act: 'state' }],
      kor: [{ sentence: 0, topic: 'taiwan', act: 'protest' }],
    },
    {
      name: 'one party silent', topic: 'trade', status: 'omitted', reasons: ['silent-party'],
      chn: [{ sentence: 0, topic: 'trade', act: 'consult' }],
      kor: [{ sentence: 0, topic: 'taiwan', act: 'state' }],
    },
    {
      // Korea says "technology", China "semiconductors": partly shared, not two omissions
      name: 'child row against the parent topic', topic: 'semiconductors', status: 'partly-shared', reasons: ['different-depth'],
      chn: [{ sentence: 0, topic: 'semiconductors', act: 'agree' }],
      kor: [{ sentence: 0, topic: 'technology', act: 'consult' }],
      via: { KOR: 'technology' },
    },
    {
      name: 'parent row against the child topic', topic: 'technology', status: 'partly-shared', reasons: ['different-depth'],
      chn: [{ sentence: 0, topic: 'semiconductors', act: 'agree' }],
      kor: [{ sentence: 0, topic: 'technology', act: 'consult' }],
      via: { CHN: 'semiconductors' },
    },
    {
      // siblings are different topics, not the same one at another depth
      name: 'sibling topics', topic: 'semiconductors', status: 'omitted', reasons: ['silent-party'],
      chn: [{ sentence: 0, topic: 'semiconductors', act: 'agree' }],
      kor: [{ sentence: 0, topic: 'ai', act: 'agree' }],
    },
    {
      // conflicting acts outrank the depth difference
      name: 'request on the parent against agree on the child', topic: 'semiconductors', status: 'divergent',
      reasons: ['acts-differ', 'different-depth'],
      chn: [{ sentence: 0, topic: 'semiconductors', act: 'agree' }],
      kor: [{ sentence: 0, topic: 'technology', act: 'request' }],
      via: { KOR: 'technology' },
    },
    {
      name: 'a human claim in the row', topic: 'trade', status: 'shared', reasons: ['rests-on-correction'],
      chn: [{ sentence: 0, topic: 'trade', act: 'consult', method: 'human' }],
      kor: [{ sentence: 0, topic: 'trade', act: 'consult' }],
    },
  ];

  it.each(cases)('when $name, the $topic row is $status', ({ chn, kor, topic, status, reasons, via }) => {
    const row = rowOf(rowsFor({ CHN: chn, KOR: kor }), topic);

    expect(row.status).toBe(status);
    expect(row.reasons).toEqual(reasons);
    expect(Object.fromEntries(row.positions.flatMap((p) => (p.mentionedVia ? [[p.party, p.mentionedVia]] : [])))).toEqual(via ?? {});
  });

  it('when a party mentions two children of the row topic, takes both as its position and names the nearest (by id on a tie) as mentionedVia', () => {
    const rows = rowsFor({
      CHN: [{ sentence: 0, topic: 'technology', act: 'consult' }],
      KOR: [{ sentence: 0, topic: 'semiconductors', act: 'agree' }, { sentence: 1, topic: 'ai', act: 'support' }],
    });

    const position = rowOf(rows, 'technology').positions[1];

    expect(position).toMatchObject({ party: 'KOR', mentioned: true, mentionedVia: 'ai', acts: ['agree', 'support'] });
    expect(position?.claims.map((claim) => claim.topic)).toEqual(['semiconductors', 'ai']);
  });

  it('when a party mentions a topic and negates another claim on it, lists asserted and negated acts apart', () => {
    const rows = rowsFor({
      CHN: [{ sentence: 0, topic: 'trade', act: 'consult' }, { sentence: 1, topic: 'trade', act: 'agree', negated: true }],
      KOR: [{ sentence: 0, topic: 'trade', act: 'consult' }],
    });

    expect(rowOf(rows, 'trade').positions[0]).toMatchObject({ acts: ['consult'], negatedActs: ['agree'], negated: true, actors: ['self'] });
  });

  it('when three parties meet and one is silent, the row is omitted and lists who mentions it', () => {
    const rows = rowsFor({
      CHN: [{ sentence: 0, topic: 'trade', act: 'agree' }],
      KOR: [{ sentence: 0, topic: 'trade', act: 'cooperate' }],
      JPN: [{ sentence: 0, topic: 'taiwan', act: 'state' }],
    });

    const row = rowOf(rows, 'trade');

    expect(row.status).toBe('omitted');
    expect(row.mentionedBy).toEqual(['CHN', 'KOR']);
    expect(row.silent).toEqual(['JPN']);
    expect(row.positions.map((p) => p.party)).toEqual(['CHN', 'KOR', 'JPN']);
  });

  it('when only one party is compared, marks every row single-party', () => {
    const rows = rowsFor({ CHN: [{ sentence: 0, topic: 'trade', act: 'agree', actor: 'both' }] }, false);

    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'single-party', mentionedBy: ['CHN'], silent: [], unconfirmedJointClaim: false, jointClaimBy: ['CHN'], reasons: ['single-party'] });
  });

  it('when rows have every status, orders unconfirmed joint claims, then divergent, omitted, partly-shared, shared, then topic id', () => {
    const rows = rowsFor({
      CHN: [
        { sentence: 0, topic: 'taiwan', act: 'state' },
        { sentence: 0, topic: 'trade', act: 'agree' },
        { sentence: 0, topic: 'ai', act: 'consult' },
        { sentence: 1, topic: 'supply-chains', act: 'agree', actor: 'both' },
        { sentence: 1, topic: 'semiconductors', act: 'consult' },
        // not in the taxonomy: its own root, so Korea is silent on it
        { sentence: 1, topic: 'fisheries', act: 'state' },
      ],
      KOR: [
        { sentence: 0, topic: 'taiwan', act: 'protest' },
        { sentence: 0, topic: 'trade', act: 'consult' },
        { sentence: 0, topic: 'technology', act: 'consult' },
      ],
    });

    expect(rows.map((row) => [row.topic, row.status, row.unconfirmedJointClaim])).toEqual([
      ['supply-chains', 'partly-shared', true],
      ['taiwan', 'divergent', false],
      ['fisheries', 'omitted', false],
      ['ai', 'partly-shared', false],
      ['semiconductors', 'partly-shared', false],
      ['technology', 'partly-shared', false],
      ['trade', 'shared', false],
    ]);
  });
});
