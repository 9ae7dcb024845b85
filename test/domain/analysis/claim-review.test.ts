import { applyCorrection, makeHumanClaim } from '../../../src/domain/analysis/claim-review.ts';
import type { StoredClaim } from '../../../src/domain/analysis/stored-analysis.ts';

const autoClaim: StoredClaim = {
  id: 1, statementId: 2, sentenceIndex: 0, topic: 'semiconductors', evidence: { start: 30, end: 42 },
  topicRule: { term: 'semiconductor', pattern: 'lemma' },
  act: { act: 'agree', confidence: 0.9, rule: { term: 'agreed', pattern: 'verb-cue' }, span: { start: 14, end: 20 } },
  actor: { kind: 'both', partyCodes: ['CHN', 'KOR'] },
  modality: { negated: false, future: false, hypothetical: false, historical: false },
  confidence: 0.81, method: 'auto', status: 'active', codebook: 'plover-2.0+parallax-1',
};
const context = { sentenceStart: 10, topicIds: new Set(['semiconductors', 'technology']) };

describe('applyCorrection', () => {
  it('when an automatic act is corrected, becomes human with confidence 1 and remembers its origin', () => {
    const { claim, action } = applyCorrection(autoClaim, { act: 'consult', reason: 'talks only' }, context);

    expect(action).toBe('corrected');
    expect(claim).toMatchObject({
      method: 'human', confidence: 1, act: { act: 'consult', confidence: 1, rule: { pattern: 'human-correction' } },
      origin: { topic: 'semiconductors', offsetInSentence: 20 }, topic: 'semiconductors',
    });
  });

  it('when rejected, reports the rejected action and keeps the labels', () => {
    const { claim, action } = applyCorrection(autoClaim, { status: 'rejected', reason: 'false positive' }, context);

    expect(action).toBe('rejected');
    expect(claim).toMatchObject({ status: 'rejected', act: { act: 'agree' } });
  });

  it('when a rejected claim is set active again, reports restored', () => {
    const rejected = applyCorrection(autoClaim, { status: 'rejected', reason: 'x' }, context).claim;

    expect(applyCorrection(rejected, { status: 'active', reason: 'y' }, context).action).toBe('restored');
  });

  it('when the topic is not in the taxonomy, fails naming topic', () => {
    expect(() => applyCorrection(autoClaim, { topic: 'chips', reason: 'x' }, context))
      .toThrow(expect.objectContaining({ code: 'invalid-input', fields: [expect.objectContaining({ pointer: '#/topic' })] }));
  });

  it('when only modality changes, merges it into the old flags', () => {
    const { claim } = applyCorrection(autoClaim, { modality: { future: true }, reason: 'will' }, context);

    expect(claim.modality).toEqual({ negated: false, future: true, hypothetical: false, historical: false });
  });
});

describe('makeHumanClaim', () => {
  const sentences = [{ index: 0, span: { start: 0, end: 20 } }, { index: 1, span: { start: 21, end: 50 } }];
  const base = { topic: 'technology', act: 'agree' as const, actor: { kind: 'self' as const }, reason: 'missed' };

  it('when the span lies inside a sentence, belongs to that sentence', () => {
    const claim = makeHumanClaim({ ...base, evidence: { start: 25, end: 30 } }, { sentences, textLength: 50, topicIds: new Set(['technology']) });

    expect(claim).toMatchObject({ sentenceIndex: 1, evidence: { start: 25, end: 30 }, confidence: 1 });
  });

  it.each([
    ['empty', { start: 5, end: 5 }],
    ['across two sentences', { start: 15, end: 25 }],
    ['past the text', { start: 45, end: 60 }],
  ])('when the span is %s, fails naming evidence', (_name, evidence) => {
    expect(() => makeHumanClaim({ ...base, evidence }, { sentences, textLength: 50, topicIds: new Set(['technology']) }))
      .toThrow(expect.objectContaining({ fields: [expect.objectContaining({ pointer: '#/evidence' })] }));
  });
});
