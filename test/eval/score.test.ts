import { precisionRecall, scoreClaims, type LabelledClaim } from './score.ts';

const claim = (sentence: number, topic: string, act = 'agree', actor = 'both', negated = false, language = 'en'): LabelledClaim =>
  ({ statement: 's1', sentence, topic, act, actor, negated, language });

describe('precisionRecall', () => {
  it.each([
    [8, 2, 2, { precision: 0.8, recall: 0.8, f1: 0.8 }],
    // nothing predicted and nothing expected: perfect, not NaN
    [0, 0, 0, { precision: 1, recall: 1, f1: 1 }],
    [0, 3, 3, { precision: 0, recall: 0, f1: 0 }],
    // rounded to three decimals
    [1, 2, 0, { precision: 0.333, recall: 1, f1: 0.5 }],
  ])('scores tp=%i fp=%i fn=%i', (tp, fp, fn, expected) => {
    expect(precisionRecall(tp, fp, fn)).toMatchObject(expected);
  });
});

describe('scoreClaims', () => {
  const cases = [
    { name: 'identical labels', gold: [claim(0, 'trade')], predicted: [claim(0, 'trade')],
      topics: { tp: 1, fp: 0, fn: 0 }, actAccuracy: 1, actorAccuracy: 1, negationAccuracy: 1 },
    // the same topic in another sentence is a miss and a spurious claim, not a match
    { name: 'topic in the wrong sentence', gold: [claim(0, 'trade')], predicted: [claim(1, 'trade')],
      topics: { tp: 0, fp: 1, fn: 1 }, actAccuracy: 1, actorAccuracy: 1, negationAccuracy: 1 },
    // acts, actors and negation are scored on matched topics only
    { name: 'wrong act, actor and negation', gold: [claim(0, 'trade', 'agree', 'both', true)], predicted: [claim(0, 'trade', 'consult', 'self', false)],
      topics: { tp: 1, fp: 0, fn: 0 }, actAccuracy: 0, actorAccuracy: 0, negationAccuracy: 0 },
    // two predictions for one (sentence, topic) pair count once: the first
    { name: 'duplicate prediction', gold: [claim(0, 'trade')], predicted: [claim(0, 'trade'), claim(0, 'trade', 'reject')],
      topics: { tp: 1, fp: 0, fn: 0 }, actAccuracy: 1, actorAccuracy: 1, negationAccuracy: 1 },
  ];
  it.each(cases)('scores $name', ({ gold, predicted, topics, actAccuracy, actorAccuracy, negationAccuracy }) => {
    const scores = scoreClaims(gold, predicted);

    expect(scores.topics).toMatchObject(topics);
    expect({ actAccuracy: scores.actAccuracy, actorAccuracy: scores.actorAccuracy, negationAccuracy: scores.negationAccuracy })
      .toEqual({ actAccuracy, actorAccuracy, negationAccuracy });
  });

  it('when one topic is missed, one spurious and one act wrong, counts and lists each', () => {
    const gold = [claim(0, 'semiconductors'), claim(0, 'supply-chains'), claim(1, 'taiwan', 'reject', 'self')];
    const predicted = [claim(0, 'semiconductors'), claim(1, 'taiwan', 'state', 'self'), claim(1, 'trade')];

    const scores = scoreClaims(gold, predicted);

    expect(scores.topics).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(scores.actAccuracy).toBe(0.5);
    expect(scores.actorAccuracy).toBe(1);
    expect(scores.actConfusion).toEqual({ agree: { agree: 1 }, reject: { state: 1 } });
    expect(scores.errors).toEqual(expect.arrayContaining(['missed topic s1#0#supply-chains', 'spurious topic s1#1#trade']));
  });

  it('when readouts come in several languages, scores topics per language', () => {
    const gold = [claim(0, 'trade', 'agree', 'both', false, 'zh'), claim(1, 'trade', 'agree', 'both', false, 'en')];
    const predicted = [claim(0, 'trade', 'agree', 'both', false, 'zh')];

    const scores = scoreClaims(gold, predicted);

    expect(scores.topicsByLanguage).toMatchObject({ en: { tp: 0, fn: 1, recall: 0 }, zh: { tp: 1, fn: 0, recall: 1 } });
  });
});
