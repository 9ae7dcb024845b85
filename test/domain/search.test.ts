import { splitMarked } from '../../src/domain/search.ts';

describe('splitMarked', () => {
  it.each([
    { marked: '', expected: [] },
    { marked: 'no match', expected: [{ text: 'no match', match: false }] },
    { marked: 'a [b] c', expected: [{ text: 'a ', match: false }, { text: 'b', match: true }, { text: ' c', match: false }] },
    // adjacent marks merge into one segment
    { marked: '[半导][体]产业', expected: [{ text: '半导体', match: true }, { text: '产业', match: false }] },
    // an unclosed mark runs to the end
    { marked: 'x[y', expected: [{ text: 'x', match: false }, { text: 'y', match: true }] },
  ])('splits "$marked"', ({ marked, expected }) => {
    expect(splitMarked(marked, '[', ']')).toEqual(expected);
  });
});
