import type { Topic } from '../../../src/domain/analysis/types.ts';
import { compareReadouts } from '../../../src/domain/comparison/compare-readouts.ts';
import { describePosition, joinList, possessive, topicPhrase } from '../../../src/domain/comparison/summarise.ts';
import type { PartyPosition } from '../../../src/domain/comparison/types.ts';
import { lemmatise, makeInput, type StatementSpec } from './comparison-fixtures.ts';

const sentences = ['One.', 'Two.', 'Three.'];
const threeParties = [{ code: 'CHN', name: 'China' }, { code: 'KOR', name: 'South Korea' }, { code: 'JPN', name: 'Japan' }];

function summaryOf(statements: StatementSpec[], parties = threeParties.slice(0, 2)): readonly string[] {
  return compareReadouts(makeInput(statements, parties), { lemmatise }).summary;
}

describe('joinList', () => {
  it.each([
    { items: [], joined: '' },
    { items: ['trade'], joined: 'trade' },
    { items: ['trade', 'AI'], joined: 'trade and AI' },
    // no serial comma
    { items: ['a', 'b', 'c'], joined: 'a, b and c' },
  ])('joins $items as "$joined"', ({ items, joined }) => {
    expect(joinList(items)).toBe(joined);
  });

  it('when asked for "or", uses it before the last item', () => {
    expect(joinList(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });
});

describe('possessive', () => {
  it.each([
    { name: 'China', expected: "China's" },
    // a name ending in s takes the apostrophe alone
    { name: 'the Philippines', expected: "the Philippines'" },
  ])('$name → $expected', ({ name, expected }) => {
    expect(possessive(name)).toBe(expected);
  });
});

describe('topicPhrase', () => {
  const topic = (en: string[]): Topic => ({ id: 'x', label: 'x', terms: { en } });
  it.each([
    { label: 'Semiconductors', terms: ['semiconductor'], phrase: 'semiconductors' },
    { label: 'Supply chains', terms: ['supply chain'], phrase: 'supply chains' },
    // acronyms keep their capitals
    { label: 'AI', terms: ['artificial intelligence'], phrase: 'AI' },
    { label: 'WTO reform', terms: [], phrase: 'WTO reform' },
    // the taxonomy writes it capitalised: a proper noun
    { label: 'Taiwan', terms: ['Taiwan'], phrase: 'Taiwan' },
    { label: 'Korean Peninsula', terms: ['Korean Peninsula'], phrase: 'Korean Peninsula' },
  ])('"$label" reads "$phrase"', ({ label, terms, phrase }) => {
    expect(topicPhrase(label, topic(terms))).toBe(phrase);
  });
});

describe('describePosition', () => {
  const position = (acts: PartyPosition['acts'], negatedActs: PartyPosition['negatedActs'] = []): PartyPosition => ({
    party: 'CHN', mentioned: true, acts, negatedActs, actors: [], negated: negatedActs.length > 0, claims: [],
  });

  it.each([
    { position: position(['request']), text: 'a request' },
    { position: position(['agree', 'support']), text: 'agreement and support' },
    { position: position([], ['agree']), text: 'no agreement' },
    { position: position(['consult'], ['agree', 'request']), text: 'consultation but no agreement or request' },
  ])('$text', ({ position: given, text }) => {
    expect(describePosition(given)).toBe(text);
  });
});

describe('summariseComparison', () => {
  it('when the readouts differ on a topic, says what each reports', () => {
    const summary = summaryOf([
      { id: 1, party: 'CHN', sentences, claims: [{ sentence: 0, topic: 'taiwan', act: 'state' }] },
      { id: 2, party: 'KOR', sentences, claims: [{ sentence: 0, topic: 'taiwan', act: 'protest' }] },
    ]);

    expect(summary).toEqual([
      "The readouts differ on Taiwan: China's readout reports a statement of position; South Korea's readout reports a protest.",
    ]);
  });

  it('when one readout denies what the other asserts, says so', () => {
    const summary = summaryOf([
      { id: 1, party: 'CHN', sentences, claims: [{ sentence: 0, topic: 'trade', act: 'agree', negated: true }] },
      { id: 2, party: 'KOR', sentences, claims: [{ sentence: 0, topic: 'trade', act: 'agree' }] },
    ]);

    expect(summary).toEqual(["The readouts differ on trade: China's readout reports no agreement; South Korea's readout reports agreement."]);
  });

  it('when the readouts cover a subject at two depths, tells it once, not once per row', () => {
    const summary = summaryOf([
      { id: 1, party: 'CHN', sentences, claims: [{ sentence: 0, topic: 'semiconductors', act: 'cooperate' }] },
      { id: 2, party: 'KOR', sentences, claims: [{ sentence: 0, topic: 'technology', act: 'consult' }] },
    ]);

    expect(summary).toEqual(["China's readout mentions semiconductors; South Korea's readout mentions the broader topic technology instead."]);
  });

  it('when two of three readouts mention a topic, names both and the silent one', () => {
    const summary = summaryOf([
      { id: 1, party: 'CHN', sentences, claims: [{ sentence: 0, topic: 'trade', act: 'agree' }, { sentence: 1, topic: 'fisheries', act: 'state' }] },
      { id: 2, party: 'KOR', sentences, claims: [{ sentence: 0, topic: 'trade', act: 'agree' }, { sentence: 1, topic: 'fisheries', act: 'state' }] },
      { id: 3, party: 'JPN', sentences, claims: [{ sentence: 0, topic: 'trade', act: 'cooperate' }] },
    ], threeParties);

    expect(summary).toEqual([
      "China's and South Korea's readouts mention fisheries; Japan's readout does not.",
      'All readouts mention trade in compatible terms.',
    ]);
  });

  it('when a joint claim is met with another act, says what the other readout reports instead', () => {
    const summary = summaryOf([
      { id: 1, party: 'CHN', sentences, claims: [{ sentence: 0, topic: 'trade', act: 'cooperate', actor: 'both', future: true }] },
      { id: 2, party: 'KOR', sentences, claims: [{ sentence: 0, topic: 'trade', act: 'request' }] },
    ]);

    expect(summary).toEqual([
      "China's readout states that both sides will cooperate on trade; South Korea's readout mentions trade (a request) without reporting an agreement.",
    ]);
  });

  it('when three parties meet, speaks of all sides', () => {
    const summary = summaryOf([
      { id: 1, party: 'CHN', sentences, claims: [{ sentence: 0, topic: 'trade', act: 'agree', actor: 'both' }] },
      { id: 2, party: 'KOR', sentences, claims: [{ sentence: 0, topic: 'trade', act: 'agree' }] },
      { id: 3, party: 'JPN', sentences },
    ], threeParties);

    expect(summary).toEqual(["China's readout states that all sides agreed on trade; Japan's readout does not mention trade."]);
  });

  it('when the atmosphere differs, quotes each side\'s descriptors', () => {
    const summary = summaryOf([
      { id: 1, party: 'CHN', sentences, atmosphere: ['candid', 'in-depth'] },
      { id: 2, party: 'KOR', sentences, atmosphere: ['friendly'] },
    ]);

    expect(summary).toEqual([
      "China's readout describes the talks as candid and in-depth; South Korea's readout describes them as friendly.",
      'Neither readout mentions a topic of the taxonomy.',
    ]);
  });

  it('when the readouts agree throughout, says they mention the same topics in compatible terms', () => {
    const summary = summaryOf([
      { id: 1, party: 'CHN', sentences, atmosphere: ['candid'], claims: [{ sentence: 0, topic: 'trade', act: 'agree' }, { sentence: 1, topic: 'ai', act: 'consult' }] },
      { id: 2, party: 'KOR', sentences, atmosphere: ['candid'], claims: [{ sentence: 0, topic: 'trade', act: 'cooperate' }, { sentence: 1, topic: 'ai', act: 'state' }] },
    ]);

    expect(summary).toEqual(['Both readouts mention AI and trade in compatible terms.']);
  });

  it('when only one party has a readout, says there is nothing to compare yet and what it mentions', () => {
    const summary = summaryOf([{ id: 1, party: 'CHN', sentences, claims: [{ sentence: 0, topic: 'supply-chains', act: 'agree', actor: 'both' }] }]);

    expect(summary).toEqual([
      'Only China has a readout of this meeting; there is nothing to compare yet.',
      "China's readout mentions supply chains.",
    ]);
  });

  it('when no party has a readout, says so', () => {
    expect(summaryOf([])).toEqual(['No party has a readout of this meeting yet; there is nothing to compare.']);
  });
});
