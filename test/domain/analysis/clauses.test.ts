import { clauseAt, findCjkClauseStarts, findClauseStarts } from '../../../src/domain/analysis/clauses.ts';
import { tokeniseBlock } from '../../../src/domain/text/tokens.ts';

/** The clauses of one English sentence as strings. */
function clausesOf(text: string): string[] {
  const starts = findClauseStarts(tokeniseBlock(text, 0).tokens);
  return [0, ...starts].map((start, i) => text.slice(start, [...starts, text.length][i]).trim());
}

describe('findClauseStarts', () => {
  it.each([
    ['The two sides discussed chips, and Korea welcomed investment.', ['The two sides discussed chips,', 'and Korea welcomed investment.']],
    ['China opposes tariffs but supports trade.', ['China opposes tariffs', 'but supports trade.']],
    ['Wang stressed three points: trade, chips and investment.', ['Wang stressed three points:', 'trade, chips and investment.']],
    // "and" before an inflected verb starts a clause…
    ['They discussed chips and agreed on trade.', ['They discussed chips', 'and agreed on trade.']],
    // …but not between infinitives one verb governs, nor in a list of nouns
    ['They agreed to strengthen and expand cooperation.', ['They agreed to strengthen and expand cooperation.']],
    ['They discussed chips, rare earths, and batteries.', ['They discussed chips, rare earths, and batteries.']],
    // "not only … but also" is one clause
    ['They not only discussed chips but also trade.', ['They not only discussed chips but also trade.']],
  ])('splits %j into clauses', (text, expected) => {
    expect(clausesOf(text)).toEqual(expected);
  });
});

describe('findCjkClauseStarts and clauseAt', () => {
  it('when a Chinese sentence has commas, each part is a clause', () => {
    const text = '王毅表示，中方愿同韩方加强合作；双方同意。';
    const sentence = { start: 0, end: text.length };

    const starts = findCjkClauseStarts(text, sentence);

    expect(starts).toEqual([5, 16]);
    expect(clauseAt(starts, sentence, text.indexOf('韩方'))).toEqual({ start: 5, end: 16 });
    expect(clauseAt(starts, sentence, 0)).toEqual({ start: 0, end: 5 });
    expect(clauseAt([], sentence, 3)).toEqual(sentence);
  });
});
