import { compileTermMatcher } from '../../../src/domain/analysis/term-matcher.ts';
import { segmentTokenisedSentences } from '../../../src/domain/text/segment-sentences.ts';
import { testTaxonomy } from './analysis-fixtures.ts';

const matcher = compileTermMatcher(testTaxonomy);

/** Topic mentions of a text as [topic, evidence] pairs. */
function mentionsOf(text: string, language = 'en'): [string, string][] {
  return segmentTokenisedSentences(text, language).flatMap((sentence) => [
    ...(sentence.isCjk ? [] : matcher.matchEnglish(sentence.tokens)),
    ...matcher.matchCjk(text, sentence.span),
  ]).map((match) => [match.topic, text.slice(match.span.start, match.span.end)]);
}

describe('compileTermMatcher', () => {
  it.each([
    // "chipmakers" has no lemma in the model: the naive singular meets the term "chipmaker"
    ['Chipmakers are expanding.', [['semiconductors', 'Chipmakers']]],
    ['Both sides discussed chips.', [['semiconductors', 'chips']]],
    // multi-word terms match consecutive lemmas, plural included
    ['They secured supply chains and raw materials.', [['supply-chains', 'supply chains'], ['critical-minerals', 'raw materials']]],
    // a hyphen joins the words of a term as well as a space does
    ['They reviewed supply-chain resilience.', [['supply-chains', 'supply-chain']]],
    // wink keeps prefixed words whole; their pieces still spell the term
    ['A pro-Taiwan caucus met.', [['taiwan', 'Taiwan']]],
    ['Rare earths and rare-earth magnets.', [['critical-minerals', 'Rare earths'], ['critical-minerals', 'rare-earth']]],
    // the longest term wins where two start at one word: "climate change", not "climate"
    ['Climate change matters.', [['climate', 'Climate change']]],
    // an exclude of the topic that covers the match vetoes it: snack food, not semiconductors
    ['Officials toured a potato chips factory.', []],
    ['Every member will chip in.', []],
    // a job title is no trade topic
    ['The trade minister arrived.', []],
    // never inside a word
    ['The chipset market and the tradeoffs.', []],
    ['Export controls were tightened.', [['export-controls', 'Export controls']]],
    ['The semiconductor industry supply chains.', [['semiconductors', 'semiconductor'], ['supply-chains', 'supply chains']]],
  ])('finds the topics of %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it.each([
    ['双方同意加强半导体产业链合作。', 'zh', [['semiconductors', '半导体'], ['supply-chains', '产业链']]],
    // Korean particles attach to the noun, so substring matching is right: 공급망을, 광물의
    ['양측은 핵심 광물 공급망 협력을 강화하기로 했다.', 'ko', [['critical-minerals', '핵심 광물'], ['supply-chains', '공급망']]],
    ['半導体のサプライチェーンを強化する。', 'ja', [['semiconductors', '半導体'], ['supply-chains', 'サプライチェーン']]],
    // a CJK exclude vetoes the match it covers: the ministry's name holds 通商 but is no trade topic
    ['王文涛部长会见产业通商资源部长官。', 'zh', []],
    // CJK terms are found in English sentences too
    ['The readout used the word 半导体 twice.', 'en', [['semiconductors', '半导体']]],
  ])('finds the CJK topics of %j', (text, language, expected) => {
    expect(mentionsOf(text, language)).toEqual(expected);
  });

  it('when a match is made, records the term and the pattern that made it', () => {
    const [sentence] = segmentTokenisedSentences('Chipmakers met.', 'en');

    const [match] = matcher.matchEnglish(sentence?.tokens ?? []);

    expect(match).toMatchObject({ rule: { term: 'chipmaker', pattern: 'lemma-phrase' }, confidence: 0.9 });
    expect(matcher.matchCjk('半导体', { start: 0, end: 3 })[0]).toMatchObject({ rule: { term: '半导体', pattern: 'cjk-substring' }, confidence: 0.85 });
  });
});
