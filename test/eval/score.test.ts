import { precisionRecall, scoreClaims, type LabelledClaim } from './score.ts';

const claim = (sentence: number, topic: string, act = 'agree', actor = 'both', negated = false): LabelledClaim =>
  ({ statement: 's1', sentence, topic, act, actor, negated, language: 'en' });

describe('precisionRecall', () => {
  it.each([
    [8, 2, 2, { precision: 0.8, recall: 0.8, f1: 0.8 }],
    // nothing predicted and nothing expected: perfect, not NaN
    [0, 0, 0, { precision: 1, recall: 1, f1: 1 }],
    [0, 3, 3, { precision: 0, recall: 0, f1: 0 }],
  ])('scores tp=%i fp=%i fn=%i', (tp, fp, fn, expected) => {
    expect(precisionRecall(tp, fp, fn)).toMatchObject(expected);
  });
});

describe('scoreClaims', () => {
  it('when one topic is missed, one spurious and one act wrong, counts each', () => {
    const gold = [claim(0, 'semiconductors'), claim(0, 'supply-chains'), claim(1, 'taiwan', 'reject', 'self')];
    const predicted = [claim(0, 'semiconductors'), claim(1, 'taiwan', 'state', 'self'), claim(1, 'trade')];

    const scores = scoreClaims(gold, predicted);

    expect(scores.topics).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(scores.actAccuracy).toBe(0.5);
    expect(scores.actorAccuracy).toBe(1);
    expect(scores.actConfusion).toEqual({ agree: { agree: 1 }, reject: { state: 1 } });
    expect(scores.errors).toEqual(expect.arrayContaining(['missed topic s1#0#supply-chains', 'spurious topic s1#1#trade']));
  });
});
