import fc from 'fast-check';
import { splitScriptRuns } from '../../../src/domain/report/script-runs.ts';

describe('splitScriptRuns', () => {
  const cases = [
    { text: 'The two sides agreed.', language: 'en', expected: [{ text: 'The two sides agreed.', font: 'sc' }] },
    { text: '双方同意加强合作。', language: 'zh-CN', expected: [{ text: '双方同意加强合作。', font: 'sc' }] },
    // spaces and punctuation stay with the Korean words around them
    { text: '양측은 반도체, 공급망을 논의했다.', language: 'ko', expected: [{ text: '양측은 반도체, 공급망을 논의했다.', font: 'kr' }] },
    // Han in a Japanese readout takes the Japanese glyph shapes
    { text: '日本の首相は半導体について述べた。', language: 'ja', expected: [{ text: '日本の首相は半導体について述べた。', font: 'jp' }] },
    { text: 'APEC 회의', language: 'ko', expected: [{ text: 'APEC ', font: 'sc' }, { text: '회의', font: 'kr' }] },
    // no language given: the Kana tell the Han characters to use the Japanese font
    { text: '東京で会談した', language: '', expected: [{ text: '東京で会談した', font: 'jp' }] },
    { text: '', language: 'en', expected: [] },
    { text: '  ', language: 'en', expected: [{ text: '  ', font: 'sc' }] },
  ];
  it.each(cases)('splits "$text"', ({ text, language, expected }) => {
    expect(splitScriptRuns(text, language)).toEqual(expected);
  });

  it('when given arbitrary Unicode, gives runs that concatenate back to the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('', 'en', 'zh', 'ko', 'ja', 'x-junk'), (text, language) => {
      expect(splitScriptRuns(text, language).map((run) => run.text).join('')).toBe(text);
    }), { numRuns: 300 });
  });
});
