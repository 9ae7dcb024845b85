import { isCjkCode, isMostlyCjk, isVerbFinal, primaryLanguage } from '../../../src/domain/text/scripts.ts';

describe('isMostlyCjk', () => {
  it.each([
    ['双方同意加强合作。', '', true],
    ['The two sides agreed.', '', false],
    ['', '', false],
    // digits and punctuation are no letters: a CJK sentence with a date is still CJK
    ['2024년 5월 26일', '', true],
    // a CJK character counts double: 5 CJK against 13 Latin letters is English…
    ['Semiconductor 반도체 협력', 'en', false],
    // …but four times in a Korean statement, where English acronyms and names are guests
    ['Semiconductor 반도체 협력', 'ko', true],
    ['Semiconductor 반도체 협력', 'ko-KR', true],
  ])('when given %j in language %j, answers %s', (text, language, expected) => {
    expect(isMostlyCjk(text, 0, text.length, language)).toBe(expected);
  });

  it('when given a range, looks only inside it', () => {
    const text = 'English words here 双方';

    expect(isMostlyCjk(text, 0, 17)).toBe(false);
    expect(isMostlyCjk(text, 19, text.length)).toBe(true);
  });
});

describe('isVerbFinal', () => {
  it.each([
    ['양측은 합의했다', true],
    ['上川大臣は述べた', true],
    // Chinese puts the verb before the object, like English
    ['双方同意加强合作', false],
    ['The sides agreed', false],
  ])('when given %j, answers %s', (text, expected) => {
    expect(isVerbFinal(text, 0, text.length)).toBe(expected);
  });
});

describe('isCjkCode and primaryLanguage', () => {
  it('when given Han, Kana, Hangul and Latin code units, tells them apart', () => {
    expect(['中', 'か', 'カ', '한', 'a', '。'].map((char) => isCjkCode(char.charCodeAt(0)))).toEqual([true, true, true, true, false, false]);
  });

  it('when given BCP 47 tags, answers the lower-case primary subtag', () => {
    expect(['zh-CN', 'KO', 'ja_JP', '', 'en'].map(primaryLanguage)).toEqual(['zh', 'ko', 'ja', '', 'en']);
  });
});
