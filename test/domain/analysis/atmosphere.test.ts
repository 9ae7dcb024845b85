import type { AnalysisContext } from '../../../src/domain/analysis/types.ts';
import { analyse, chinaReadout, chinaReadoutZh, japanReadoutJa, koreaReadoutKo } from './analysis-fixtures.ts';

const descriptorsOf = (text: string, context: AnalysisContext = chinaReadout) =>
  analyse(text, context).atmosphere.map((term) => [term.descriptor, text.slice(term.span.start, term.span.end)]);

describe('atmosphere in English', () => {
  it.each([
    ['The two sides held candid and in-depth talks.', [['candid', 'candid'], ['in-depth', 'in-depth']]],
    ['The meeting was constructive.', [['constructive', 'constructive']]],
    // after the linking verb, a list of descriptors describes the talks
    ['The talks were candid, in-depth and constructive.', [['candid', 'candid'], ['in-depth', 'in-depth'], ['constructive', 'constructive']]],
    ['The talks were held in a friendly and frank atmosphere.', [['friendly', 'friendly'], ['frank', 'frank']]],
    // modifiers may stand between the descriptor and the talks: "productive phone call", "frank high-level talks"
    ['Wang and Ahn had a productive phone call.', [['productive', 'productive']]],
    ['They held frank, high-level talks.', [['frank', 'frank']]],
    ['They had a Candid exchange of views.', [['candid', 'Candid']]],
    // "open" describes markets, not the talks
    ['Both sides support open markets.', []],
    // a constructive role is no talk
    ['Korea wants China to play a constructive role.', []],
    // "good" describes neighbourliness here, not the talks
    ['They pledged good-neighbourly relations and dialogue.', []],
  ])('finds the descriptors of %j', (text, expected) => {
    expect(descriptorsOf(text)).toEqual(expected);
  });
});

describe('atmosphere in CJK', () => {
  it.each([
    ['双方进行了坦诚、深入的交流。', chinaReadoutZh, [['candid', '坦诚'], ['in-depth', '深入']]],
    ['双方就经贸合作深入交换意见。', chinaReadoutZh, [['in-depth', '深入']]],
    ['会谈是建设性的。', chinaReadoutZh, [['constructive', '建设性']]],
    ['会谈在友好气氛中进行。', chinaReadoutZh, [['friendly', '友好']]],
    // 积极 here is "actively" promoting cooperation, not the tone of the talks
    ['双方积极推进贸易合作。', chinaReadoutZh, []],
    ['양측은 솔직하고 심도 있는 논의를 했다.', koreaReadoutKo, [['candid', '솔직'], ['in-depth', '심도 있']]],
    // 건설적 역할 is a constructive role, not constructive talks
    ['윤 대통령은 중국이 건설적 역할을 해달라고 요청했다.', koreaReadoutKo, []],
    ['회담은 건설적이었다.', koreaReadoutKo, [['constructive', '건설적']]],
    ['率直な意見交換を行った。', japanReadoutJa, [['candid', '率直']]],
    ['会談は建設的だった。', japanReadoutJa, [['constructive', '建設的']]],
  ])('finds the descriptors of %j', (text, context, expected) => {
    expect(descriptorsOf(text, context)).toEqual(expected);
  });

  it('when a descriptor is found, records the sentence it is in', () => {
    const text = 'Trade was discussed. The meeting was warm.';

    expect(analyse(text, chinaReadout).atmosphere).toEqual([{ descriptor: 'warm', span: { start: 37, end: 41 }, sentenceIndex: 1 }]);
  });
});
