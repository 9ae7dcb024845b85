import fc from 'fast-check';
import { fallbackTokenise, tokeniseBlock, wordForms } from '../../../src/domain/text/tokens.ts';

describe('wordForms', () => {
  it.each([
    // the model has no lemma for "chipmakers": a naive singular stands in
    ['chipmakers', 'chipmakers', ['chipmakers', 'chipmaker']],
    ['economies', 'economies', ['economies', 'economy']],
    ['agreed', 'agree', ['agree', 'agreed']],
    // "process", "us" and "status" are not plurals
    ['process', 'process', ['process']],
    ['us', 'we', ['we', 'us']],
    ['status', 'status', ['status']],
    // wink keeps the dot of "in." at a sentence end (it takes it for inches)
    ['in.', 'in.', ['in.', 'in']],
  ])('when given %j with lemma %j, answers %j', (lower, lemma, expected) => {
    expect(wordForms(lower, lemma)).toEqual(expected);
  });
});

describe('tokeniseBlock', () => {
  it('when given English, answers tokens with lemmas, tags and offsets into the whole text', () => {
    const text = 'Chipmakers agreed.';

    const { tokens, sentences } = tokeniseBlock(text, 100);

    expect(tokens.map((token) => [token.start, token.end, token.lemma, token.isWord])).toEqual([
      [100, 110, 'chipmakers', true], [111, 117, 'agree', true], [117, 118, '.', false],
    ]);
    expect(tokens[0]?.forms).toContain('chipmaker');
    expect(sentences).toEqual([[0, 2]]);
  });

  it('when a tab stands between words, drops it and keeps the offsets exact', () => {
    const text = 'trade\ttalks';

    const { tokens } = tokeniseBlock(text, 0);

    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['trade', 'talks']);
  });

  it('when given any string, every token is its own slice of the text and sentences cover the tokens in order', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
      const { tokens, sentences } = tokeniseBlock(text, 0);
      const sliced = tokens.every((token) => text.slice(token.start, token.end).toLowerCase() === token.lower && token.start < token.end);
      const covered = sentences.every(([first, last], i) => first <= last && first === (i === 0 ? 0 : (sentences[i - 1]?.[1] ?? -2) + 1));
      return sliced && covered && (tokens.length === 0 || sentences.at(-1)?.[1] === tokens.length - 1);
    }), { numRuns: 300 });
  });
});

describe('fallbackTokenise', () => {
  it('when wink cannot be used, splits words and marks and ends sentences after . ! ?', () => {
    const text = 'U.S. talks ended. Did they? Yes!';

    const { tokens, sentences } = fallbackTokenise(text, 0);

    expect(tokens.map((token) => token.lower)).toEqual(['u.s', '.', 'talks', 'ended', '.', 'did', 'they', '?', 'yes', '!']);
    expect(sentences).toEqual([[0, 1], [2, 4], [5, 7], [8, 9]]);
  });
});
