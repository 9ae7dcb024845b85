import { mergePartyClaims, selectEffectiveClaims } from '../../../src/domain/comparison/merge-claims.ts';
import { makeStatement } from './comparison-fixtures.ts';

const sentences = ['The two sides agreed on chips.', 'They discussed trade.'];

describe('selectEffectiveClaims', () => {
  const cases = [
    {
      name: 'a human claim on the same sentence and topic drops the automatic one',
      claims: [
        { id: 1, sentence: 0, topic: 'semiconductors', act: 'agree', method: 'auto' },
        { id: 2, sentence: 0, topic: 'semiconductors', act: 'request', method: 'human' },
      ],
      kept: [2],
    },
    {
      // the correction is about one sentence; the same topic elsewhere still counts
      name: 'a human claim on another sentence keeps the automatic one',
      claims: [
        { id: 1, sentence: 0, topic: 'semiconductors', act: 'agree', method: 'auto' },
        { id: 2, sentence: 1, topic: 'semiconductors', act: 'request', method: 'human' },
      ],
      kept: [1, 2],
    },
    {
      name: 'a human claim on another topic keeps the automatic one',
      claims: [
        { id: 1, sentence: 0, topic: 'semiconductors', act: 'agree', method: 'auto' },
        { id: 2, sentence: 0, topic: 'trade', act: 'consult', method: 'human' },
      ],
      kept: [1, 2],
    },
    {
      name: 'two automatic claims on one sentence and topic both stay',
      claims: [
        { id: 1, sentence: 0, topic: 'trade', act: 'agree', method: 'auto' },
        { id: 2, sentence: 0, topic: 'trade', act: 'consult', method: 'auto' },
      ],
      kept: [1, 2],
    },
  ] as const;

  it.each(cases)('when $name', ({ claims, kept }) => {
    const statement = makeStatement({ id: 1, party: 'CHN', sentences, claims });

    const result = selectEffectiveClaims(statement.claims);

    expect(result.map((claim) => claim.id)).toEqual(kept);
  });
});

describe('mergePartyClaims', () => {
  it('when a party has two statements, merges their claims and each keeps its statement id', () => {
    const first = makeStatement({ id: 7, party: 'CHN', sentences, claims: [{ id: 1, sentence: 1, topic: 'trade', act: 'consult' }] });
    const second = makeStatement({ id: 3, party: 'CHN', sentences, claims: [{ id: 2, sentence: 0, topic: 'trade', act: 'agree' }] });

    const merged = mergePartyClaims([first, second], ['CHN', 'KOR']);

    expect(merged.get('CHN')?.map((claim) => [claim.id, claim.statementId])).toEqual([[2, 3], [1, 7]]);
    expect(merged.get('KOR')).toEqual([]);
  });

  it('when a statement belongs to a party not listed, leaves its claims out', () => {
    const statement = makeStatement({ id: 1, party: 'JPN', sentences, claims: [{ sentence: 0, topic: 'trade', act: 'agree' }] });

    const merged = mergePartyClaims([statement], ['CHN']);

    expect([...merged.keys()]).toEqual(['CHN']);
    expect(merged.get('CHN')).toEqual([]);
  });

  it('when a claim carries another party code than its statement, attributes it to the statement party', () => {
    const statement = makeStatement({ id: 1, party: 'CHN', sentences, claims: [{ sentence: 0, topic: 'trade', act: 'agree' }] });
    const mislabelled = { ...statement, claims: statement.claims.map((claim) => ({ ...claim, party: 'KOR' })) };

    const merged = mergePartyClaims([mislabelled], ['CHN', 'KOR']);

    expect(merged.get('CHN')?.map((claim) => claim.party)).toEqual(['CHN']);
    expect(merged.get('KOR')).toEqual([]);
  });
});
