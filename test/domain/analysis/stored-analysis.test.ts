import { reconcileClaims, type HumanClaimAnchor, type StoredClaim } from '../../../src/domain/analysis/stored-analysis.ts';
import type { Analysis, Claim } from '../../../src/domain/analysis/types.ts';

const modality = { negated: false, future: false, hypothetical: false, historical: false };

function claim(sentenceIndex: number, topic: string, start: number, end: number): Claim {
  return {
    sentenceIndex, topic, evidence: { start, end }, topicRule: { term: topic, pattern: 'lemma' },
    act: { act: 'agree', confidence: 0.9, rule: { term: 'agree', pattern: 'verb-cue' } },
    actor: { kind: 'both', partyCodes: ['CHN', 'KOR'] }, modality, confidence: 0.81,
  };
}

function analysis(sentences: [number, number][], claims: Claim[]): Analysis {
  return {
    codebook: 'plover-2.0+parallax-1', taxonomyVersion: 1, language: 'en', atmosphere: [],
    sentences: sentences.map(([start, end], index) => ({ index, span: { start, end } })), claims,
  };
}

function anchor(id: number, sentenceIndex: number, key: string, sentenceStart: number, origin?: StoredClaim['origin']): HumanClaimAnchor {
  return {
    claim: { ...claim(sentenceIndex, 'semiconductors', sentenceStart + 4, sentenceStart + 9), id, statementId: 1, method: 'human', status: 'active', codebook: 'x', origin },
    sentenceKey: key,
    sentenceStart,
  };
}

describe('reconcileClaims', () => {
  it('when the corrected sentence moved, keeps the human claim with the shift and drops its automatic twin', () => {
    // The text gained a first sentence of 20 code units; the corrected sentence now starts at 20.
    const next = analysis([[0, 19], [20, 60]], [claim(1, 'semiconductors', 24, 29), claim(1, 'supply-chains', 30, 36)]);

    const result = reconcileClaims(next, ['new', 'same'], [anchor(7, 0, 'same', 0, { topic: 'semiconductors', offsetInSentence: 4 })]);

    expect(result.keep).toEqual([{ id: 7, sentenceIndex: 1, shift: 20 }]);
    expect(result.orphan).toEqual([]);
    expect(result.insert.map((c) => c.topic)).toEqual(['supply-chains']);
  });

  it('when the corrected sentence was edited, orphans the human claim and keeps every automatic claim', () => {
    const next = analysis([[0, 30]], [claim(0, 'semiconductors', 4, 9)]);

    const result = reconcileClaims(next, ['edited'], [anchor(7, 0, 'original', 0, { topic: 'semiconductors', offsetInSentence: 4 })]);

    expect(result.orphan).toEqual([7]);
    expect(result.insert).toHaveLength(1);
  });

  it('when the same sentence text occurs twice, anchors to the occurrence nearest the old position', () => {
    const next = analysis([[0, 10], [11, 21], [22, 32]], []);

    const result = reconcileClaims(next, ['same', 'other', 'same'], [anchor(3, 2, 'same', 22)]);

    expect(result.keep).toEqual([{ id: 3, sentenceIndex: 2, shift: 0 }]);
  });

  it('when an analyst added a claim (no origin), suppresses no automatic claim', () => {
    const next = analysis([[0, 30]], [claim(0, 'semiconductors', 4, 9)]);

    const result = reconcileClaims(next, ['k'], [anchor(9, 0, 'k', 0)]);

    expect(result.insert).toHaveLength(1);
  });
});
