import fc from 'fast-check';
import { compileSubstringIndex } from '../../../src/domain/text/substring-index.ts';

describe('compileSubstringIndex', () => {
  const index = compileSubstringIndex<string>([
    ['合作', 'cooperate'], ['加强合作', 'cooperate-strongly'], ['不', 'negated'], ['不断', null], ['', 'blank'], ['  ', 'blank'],
  ]);
  const find = (text: string, start = 0, end = text.length) =>
    index.findAll(text, { start, end }).map((match) => [text.slice(match.span.start, match.span.end), match.value]);

  it.each([
    // the longest term wins where two start at one place
    ['双方加强合作', [['加强合作', 'cooperate-strongly']]],
    // a stop phrase takes its place and is not reported: 不断 "continuously" negates nothing
    ['不断深化合作，不同意', [['合作', 'cooperate'], ['不', 'negated']]],
    ['合作合作', [['合作', 'cooperate'], ['合作', 'cooperate']]],
    ['no match here', []],
    ['', []],
  ])('finds the terms of %j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('when given a span, never reports a match crossing its ends', () => {
    expect(find('加强合作', 1, 4)).toEqual([['合作', 'cooperate']]);
    expect(find('加强合作', 0, 3)).toEqual([]);
  });

  it('when given any text, reports non-overlapping matches in order whose slice is the term', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('合', '作', '加', '强', '不', '断', 'x') }), (text) => {
      const matches = index.findAll(text, { start: 0, end: text.length });
      return matches.every((match, i) => text.slice(match.span.start, match.span.end) === match.term
        && (i === 0 || (matches[i - 1]?.span.end ?? 0) <= match.span.start));
    }), { numRuns: 300 });
  });
});
