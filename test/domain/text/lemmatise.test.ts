import fc from 'fast-check';
import { lemmatise } from '../../../src/domain/text/lemmatise.ts';

describe('lemmatise', () => {
  it.each([
    ['The two sides agreed to strengthen cooperation.', ['the', 'two', 'side', 'agree', 'to', 'strengthen', 'cooperation']],
    // semiconductors and semiconductor must meet in alignment
    ['Semiconductors, chips!', ['semiconductor', 'chip']],
    // Chinese has no spaces: bigrams let similar sentences overlap
    ['加强半导体合作', ['加强', '强半', '半导', '导体', '体合', '合作']],
  ])('lemmatises "%s"', (text, expected) => {
    expect(lemmatise(text)).toEqual(expected);
  });

  it('when given any string, returns an array of non-empty strings without throwing', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const lemmas = lemmatise(text);
      return Array.isArray(lemmas) && lemmas.every((lemma) => typeof lemma === 'string' && lemma.length > 0);
    }), { numRuns: 200 });
  });
});
