import fc from 'fast-check';
import { segmentSentences, segmentTokenisedSentences } from '../../../src/domain/text/segment-sentences.ts';

const sentencesOf = (text: string, language = 'en') => segmentSentences(text, language).map((span) => text.slice(span.start, span.end));

describe('segmentSentences', () => {
  it.each([
    // abbreviations wink knows: "U.S.", "Jr." and "No. 1" stay inside their sentence
    ['The U.S. delegation met Martin Luther King Jr. Foundation staff. Item No. 1 was trade.',
      ['The U.S. delegation met Martin Luther King Jr. Foundation staff.', 'Item No. 1 was trade.']],
    // titles never end a sentence, though wink splits after some of them
    ['Amb. Smith met Sec. Blinken and Pres. Biden. They discussed trade.', ['Amb. Smith met Sec. Blinken and Pres. Biden.', 'They discussed trade.']],
    // a number abbreviation joins the number it introduces
    ['Under Art. 5 of the treaty, see para. 3. Next point.', ['Under Art. 5 of the treaty, see para. 3.', 'Next point.']],
    // wink splits "China-U.S." after "U."; no white space means no sentence boundary
    ['The China-U.S. relationship matters. The Japan-U.S.-ROK summit met.', ['The China-U.S. relationship matters.', 'The Japan-U.S.-ROK summit met.']],
    // a sentence does not start in lower case: the quote is part of the reporting sentence
    ['\'Yes!\' she said. "We agree," he said.', ['\'Yes!\' she said.', '"We agree," he said.']],
    ['He said: “The talks were good.” Then he left.', ['He said: “The talks were good.”', 'Then he left.']],
    // line breaks end sentences, and list markers stay with the point they mark
    ['• First bullet\n- Second bullet.\n* Third bullet', ['• First bullet', '- Second bullet.', '* Third bullet']],
    ['1. First point.\n2. Second point.\n(3) Third point.', ['1. First point.', '2. Second point.', '(3) Third point.']],
    ['(1) First point. (2) Second point.', ['(1) First point.', '(2) Second point.']],
    ['First paragraph.\n\nSecond paragraph.\r\nThird.', ['First paragraph.', 'Second paragraph.', 'Third.']],
    // a marker alone on a line is no sentence
    ['1.\n-\n', []],
    ['   \n\t\n', []],
    ['', []],
  ])('splits %j', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it.each([
    ['双方同意。两国将沟通！', ['双方同意。', '两国将沟通！']],
    // the closing quote stays with the sentence it closes
    ['王毅表示：“中方愿意合作！”双方同意；两国将沟通', ['王毅表示：“中方愿意合作！”', '双方同意；', '两国将沟通']],
    // Korean ends sentences with "다." but writes dates as "2024. 5. 26."
    ['양측은 2024. 5. 26. 서울에서 만났다. 안 장관은 협력을 요청했다.', ['양측은 2024. 5. 26. 서울에서 만났다.', '안 장관은 협력을 요청했다.']],
    ['上川大臣は懸念を表明した。「会談は建設的だった」と述べた．', ['上川大臣は懸念を表明した。', '「会談は建設的だった」と述べた．']],
    // an English quote in a Chinese line still ends at its full stop
    ['"We agree," he said. 双方同意。', ['"We agree," he said.', '双方同意。']],
  ])('splits CJK %j on its own marks', (text, expected) => {
    expect(sentencesOf(text, 'zh')).toEqual(expected);
  });

  it('when a line has no break for 100,000 characters, cuts it at sentence marks and keeps every sentence whole', () => {
    const sentence = 'The two sides discussed trade. ';
    const text = sentence.repeat(4000);

    const sentences = sentencesOf(text);

    expect(sentences).toHaveLength(4000);
    expect(new Set(sentences)).toEqual(new Set([sentence.trim()]));
  });

  it('when English sentences are tokenised, each sentence carries exactly its own tokens', () => {
    const text = 'China welcomed investment. Korea asked for chips.';

    const [first, second] = segmentTokenisedSentences(text, 'en');

    expect(first?.tokens.map((token) => token.lower)).toEqual(['china', 'welcomed', 'investment', '.']);
    expect(second?.tokens.map((token) => token.lemma)).toEqual(['korea', 'ask', 'for', 'chip', '.']);
    expect(first?.isCjk).toBe(false);
  });
});

describe('segmentSentences invariants', () => {
  const prose = fc.array(fc.constantFrom(
    'The U.S. side met Amb. Kim.', 'Ahn asked Beijing for rare earths.', '双方同意加强合作。', '양측은 2024. 5. 26. 만났다.',
    '\n- ', '\n1. ', '  ', '"Yes," she said.', '…', 'x'.repeat(300), '\uD800', '\u0000', '\u202Eأهلا', '😀',
  ), { maxLength: 16 }).map((parts) => parts.join(' '));
  const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), prose);
  const languages = fc.constantFrom('en', 'zh-CN', 'ko', 'ja', '', 'x-junk');

  it('when given any string, answers trimmed, non-empty sentences inside the text, in order and without overlap', () => {
    fc.assert(fc.property(anyText, languages, (text, language) => {
      const spans = segmentSentences(text, language);
      return spans.every((span, i) => span.start >= 0 && span.start < span.end && span.end <= text.length
        && text.slice(span.start, span.end).trim() === text.slice(span.start, span.end)
        && (i === 0 || (spans[i - 1]?.end ?? 0) <= span.start));
    }), { numRuns: 400 });
  });

  it('when given any string twice, answers the same', () => {
    fc.assert(fc.property(anyText, (text) => JSON.stringify(segmentSentences(text)) === JSON.stringify(segmentSentences(text))), { numRuns: 100 });
  });

  it('when a text has non-space characters, every one of them lies in some sentence unless it is a lone list marker', () => {
    fc.assert(fc.property(prose, (text) => {
      const spans = segmentSentences(text);
      const covered = (i: number) => spans.some((span) => span.start <= i && i < span.end);
      return [...text].every((_, i) => /\s|[-\d.]/u.test(text[i] ?? '') || covered(i));
    }), { numRuns: 200 });
  });
});
