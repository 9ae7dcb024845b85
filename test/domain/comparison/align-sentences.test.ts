import fc from 'fast-check';
import {
  alignmentThreshold, alignSentences, maxAlignedSentences, prepareSentences, scoreSentencePair, type AlignableSentence,
} from '../../../src/domain/comparison/align-sentences.ts';
import { chinaSeedSentence, koreaSeedSentence, lemmatise, makeStatement, type ClaimSpec } from './comparison-fixtures.ts';

function prepare(party: string, id: number, sentences: readonly string[], claims: readonly ClaimSpec[] = []): AlignableSentence[] {
  const statement = makeStatement({ id, party, sentences, claims });
  return prepareSentences([statement], statement.claims, lemmatise).sentences;
}

function one(text: string, topics: string[] = []): AlignableSentence {
  const [sentence] = prepare('CHN', 1, [text], topics.map((topic) => ({ sentence: 0, topic, act: 'state' })));
  if (!sentence) throw new Error('expected one sentence');
  return sentence;
}

describe('scoreSentencePair', () => {
  const cases = [
    { a: 'The two sides agreed on trade.', b: 'The two sides agreed on trade.', score: 1 },
    // only stopwords differ ("the", "on", "both"): the content lemmas are the same
    { a: 'The two sides agreed on trade.', b: 'Both two sides agreed trade.', score: 1 },
    { a: 'The two sides agreed on trade.', b: 'Taiwan was discussed.', score: 0 },
    // {two, sides, agreed, trade} against {two, sides, discussed, trade}: 3/5
    { a: 'The two sides agreed on trade.', b: 'The two sides discussed trade.', score: 0.6 },
    // same words, different topics: 0.7 × 1 + 0.3 × 0
    { a: 'They met.', b: 'They met.', aTopics: ['trade'], bTopics: ['taiwan'], score: 0.7 },
    // no shared words, same topic: 0.3 × 1
    { a: 'Chips.', b: 'Semiconductors.', aTopics: ['semiconductors'], bTopics: ['semiconductors'], score: 0.3 },
    // punctuation only: nothing to compare
    { a: '...', b: '...', score: 0 },
  ];

  it.each(cases)('"$a" against "$b" scores $score', ({ a, b, aTopics, bTopics, score }) => {
    expect(scoreSentencePair(one(a, aTopics), one(b, bTopics))).toBe(score);
  });
});

describe('alignSentences', () => {
  it('when both readouts hold the same sentence, matches it with score 1', () => {
    const left = prepare('CHN', 1, ['Taiwan was discussed.', 'The two sides agreed on trade.']);
    const right = prepare('KOR', 2, ['The two sides agreed on trade.']);

    const alignment = alignSentences(['CHN', 'KOR'], left, right);

    expect(alignment.matches).toEqual([{
      a: { statementId: 1, sentenceIndex: 1, span: { start: 22, end: 52 }, text: 'The two sides agreed on trade.' },
      b: { statementId: 2, sentenceIndex: 0, span: { start: 0, end: 30 }, text: 'The two sides agreed on trade.' },
      score: 1,
    }]);
    expect(alignment.unmatched.a.map((ref) => ref.text)).toEqual(['Taiwan was discussed.']);
    expect(alignment.unmatched.b).toEqual([]);
    expect(alignment.threshold).toBe(alignmentThreshold);
  });

  it('when the sentences are unrelated (the seed case), leaves both unmatched', () => {
    const left = prepare('CHN', 1, [chinaSeedSentence], [{ sentence: 0, topic: 'semiconductors', act: 'agree' }]);
    const right = prepare('KOR', 2, [koreaSeedSentence], [{ sentence: 0, topic: 'critical-minerals', act: 'request' }]);

    const alignment = alignSentences(['CHN', 'KOR'], left, right);

    expect(alignment.matches).toEqual([]);
    expect(alignment.unmatched.a.map((ref) => ref.text)).toEqual([chinaSeedSentence]);
    expect(alignment.unmatched.b.map((ref) => ref.text)).toEqual([koreaSeedSentence]);
  });

  it('when two sentences of B score alike, matches the earlier one', () => {
    const left = prepare('CHN', 1, ['Trade talks.']);
    const right = prepare('KOR', 2, ['Trade talks.', 'Trade talks.']);

    const alignment = alignSentences(['CHN', 'KOR'], left, right);

    expect(alignment.matches.map((match) => match.b.sentenceIndex)).toEqual([0]);
    // the second has a counterpart too, so it is not "unmatched"
    expect(alignment.unmatched.b).toEqual([]);
  });

  it('when a side is empty, everything on the other side is unmatched', () => {
    const alignment = alignSentences(['CHN', 'KOR'], prepare('CHN', 1, ['Trade talks.']), []);

    expect(alignment.matches).toEqual([]);
    expect(alignment.unmatched.a).toHaveLength(1);
    expect(alignment.unmatched.b).toEqual([]);
  });

  it('when a readout has more sentences than the cap, aligns only the first ones and says so', () => {
    const statement = makeStatement({ id: 1, party: 'CHN', sentences: Array.from({ length: maxAlignedSentences + 1 }, (_, i) => `Point ${i}.`) });

    const prepared = prepareSentences([statement], [], lemmatise);

    expect(prepared.sentences).toHaveLength(maxAlignedSentences);
    expect(prepared.truncated).toBe(true);
  });

  it('when given arbitrary sentences, scores stay in [0, 1] and every match reaches the threshold', () => {
    const sentences = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(chinaSeedSentence, koreaSeedSentence, 'Trade talks.')), { maxLength: 6 });
    fc.assert(fc.property(sentences, sentences, (a, b) => {
      const alignment = alignSentences(['CHN', 'KOR'], prepare('CHN', 1, a), prepare('KOR', 2, b));

      for (const match of alignment.matches) {
        expect(match.score).toBeGreaterThanOrEqual(alignmentThreshold);
        expect(match.score).toBeLessThanOrEqual(1);
      }
      expect(alignment.matches.length + alignment.unmatched.a.length).toBe(a.length);
    }));
  });
});
