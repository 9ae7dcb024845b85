import { analyseSentence, chinaReadoutZh, koreaReadoutKo } from './analysis-fixtures.ts';

const plain = { negated: false, future: false, hypothetical: false, historical: false };

describe('modality of English claims', () => {
  const cases = [
    { sentence: 'The two sides discussed trade.', ...plain },
    { sentence: 'The two sides did not discuss Taiwan.', ...plain, negated: true },
    // the negator stands before the cue phrase, not the verb
    { sentence: 'No agreement was reached on chips.', ...plain, negated: true },
    { sentence: 'There was no agreement on chips.', ...plain, negated: true },
    { sentence: 'Neither side discussed chips.', ...plain, negated: true },
    { sentence: 'China never accepted the export controls.', ...plain, negated: true },
    { sentence: "Korea didn't raise export controls.", ...plain, negated: true },
    // "not only … but also" affirms
    { sentence: 'They not only discussed chips but also trade.', ...plain },
    // a negation in another clause does not reach this one
    { sentence: 'They did not meet last week, but they discussed trade today.', ...plain },
    { sentence: 'The two sides will hold talks on trade.', ...plain, future: true },
    { sentence: 'They agreed to hold talks on trade.', ...plain, future: true },
    { sentence: 'Korea plans to expand investment.', ...plain, future: true },
    // reported "would" is a future in the past
    { sentence: 'Wang said China would expand investment.', ...plain, future: true },
    { sentence: 'Korea may consider new investment.', ...plain, hypothetical: true },
    { sentence: 'China would consider investment in Korea.', ...plain, hypothetical: true },
    // a condition anywhere in the sentence makes its claims hypothetical
    { sentence: 'China will expand investment if Korea lifts the tariffs.', ...plain, future: true, hypothetical: true },
    { sentence: 'They discussed whether to resume trade talks.', ...plain, hypothetical: true },
    // "May" the month is no modal
    { sentence: 'Investment rose in May.', ...plain },
    { sentence: 'Wang recalled the 1992 normalisation of trade ties.', ...plain, historical: true },
    { sentence: 'Trade has grown since 1992.', ...plain, historical: true },
    { sentence: 'Trade grew last year.', ...plain, historical: true },
    { sentence: 'In the past, investment was small.', ...plain, historical: true },
    { sentence: 'In 2019 the two sides discussed trade.', ...plain, historical: true },
    // a year with a future marker is a plan, not history
    { sentence: 'In 2030 the two sides will discuss trade.', ...plain, future: true },
  ];
  it.each(cases)('flags "$sentence"', ({ sentence, ...expected }) => {
    expect(analyseSentence(sentence)).toMatchObject(expected);
  });
});

describe('modality of CJK claims', () => {
  const cases = [
    { sentence: '双方没有讨论台湾问题。', context: chinaReadoutZh, ...plain, negated: true },
    { sentence: '双方未就贸易达成共识。', context: chinaReadoutZh, ...plain, negated: true },
    { sentence: '双方不同意扩大投资。', context: chinaReadoutZh, ...plain },
    // 不断 is "continuously": it negates nothing
    { sentence: '双方不断深化贸易合作。', context: chinaReadoutZh, ...plain },
    { sentence: '双方将加强贸易合作。', context: chinaReadoutZh, ...plain, future: true },
    { sentence: '如果韩方取消出口管制，中方将扩大投资。', context: chinaReadoutZh, ...plain, future: true, hypothetical: true },
    { sentence: '双方回顾了建交以来的贸易合作。', context: chinaReadoutZh, ...plain, historical: true },
    { sentence: '양측은 무역 문제를 논의하지 않았다.', context: koreaReadoutKo, ...plain, negated: true },
    // 차질 없이 is "without a hitch": 없 negates nothing here
    { sentence: '양측은 투자 협력을 차질 없이 추진하기로 했다.', context: koreaReadoutKo, ...plain, future: true },
    { sentence: '양측은 내년에 투자 협의를 할 예정이다.', context: koreaReadoutKo, ...plain, future: true },
  ];
  it.each(cases)('flags "$sentence"', ({ sentence, context, ...expected }) => {
    expect(analyseSentence(sentence, context)).toMatchObject(expected);
  });
});
