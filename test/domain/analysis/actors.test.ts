import { compileActorFinder } from '../../../src/domain/analysis/actors.ts';
import type { AnalysisContext } from '../../../src/domain/analysis/types.ts';
import {
  analyseSentence, chinaReadout, chinaReadoutZh, japanReadoutJa, koreaReadout, koreaReadoutKo,
} from './analysis-fixtures.ts';

describe('actors in English sentences', () => {
  const cases: { sentence: string; context: AnalysisContext; actor: string; partyCodes?: string[] }[] = [
    { sentence: 'The two sides agreed on chips.', context: chinaReadout, actor: 'both', partyCodes: ['CHN', 'KOR'] },
    { sentence: 'Both countries discussed trade.', context: chinaReadout, actor: 'both' },
    { sentence: 'The two ministers discussed trade.', context: chinaReadout, actor: 'both' },
    // "the ministers" of a bilateral readout are both sides, with or without the article
    { sentence: 'The ministers exchanged views on investment.', context: koreaReadout, actor: 'both' },
    { sentence: 'Ministers agreed to deepen cooperation on chips.', context: koreaReadout, actor: 'both' },
    // two meeting parties named as one subject act jointly; their codes in the order named
    { sentence: 'China and South Korea agreed to expand trade.', context: chinaReadout, actor: 'both', partyCodes: ['CHN', 'KOR'] },
    { sentence: 'Wang Wentao and Ahn Duk-geun held talks on trade.', context: koreaReadout, actor: 'both', partyCodes: ['CHN', 'KOR'] },
    { sentence: 'China welcomed Korean investment.', context: chinaReadout, actor: 'self', partyCodes: ['CHN'] },
    { sentence: 'China welcomed Korean investment.', context: koreaReadout, actor: 'counterpart', partyCodes: ['CHN'] },
    { sentence: 'Beijing welcomed investment.', context: chinaReadout, actor: 'self' },
    // a surname alone resolves from the full name of a person of the meeting
    { sentence: 'Wang discussed trade.', context: chinaReadout, actor: 'self' },
    { sentence: 'Ahn asked Beijing for raw materials.', context: chinaReadout, actor: 'counterpart', partyCodes: ['KOR'] },
    { sentence: 'Minister Ahn asked China to help stabilise the supply of raw materials.', context: koreaReadout, actor: 'self' },
    // the possessive names the party too
    { sentence: "Korea's trade minister asked China for raw materials.", context: koreaReadout, actor: 'self' },
    { sentence: "China's commerce ministry welcomed investment.", context: koreaReadout, actor: 'counterpart' },
    // the subject is the first name that is no object ("with Wang"), and commas alone do not join names
    { sentence: 'In talks with Wang, Ahn raised export controls.', context: koreaReadout, actor: 'self' },
    // the actor of a reported act is named after "said"
    { sentence: 'Wang said Korea welcomed investment.', context: chinaReadout, actor: 'counterpart' },
    { sentence: 'Wang said China opposes export controls.', context: koreaReadout, actor: 'counterpart' },
    // a reported proposal ("should") is the proposer's own act
    { sentence: 'Wang said the two sides should expand cooperation in trade.', context: chinaReadout, actor: 'self' },
    { sentence: 'The United States imposed export controls.', context: chinaReadout, actor: 'third-party', partyCodes: ['USA'] },
    // "the South China Sea" names a sea, not China
    { sentence: 'Tensions in the South China Sea affect trade.', context: koreaReadout, actor: 'unspecified' },
    // with no act the subject is the first party named
    { sentence: 'Investment matters to Seoul.', context: chinaReadout, actor: 'counterpart' },
    // readout convention: the issuing side calls its own principal by title or pronoun
    { sentence: 'He stressed trade.', context: chinaReadout, actor: 'self' },
    { sentence: 'The Minister emphasised supply chains.', context: koreaReadout, actor: 'self' },
    { sentence: 'The Executive Vice-President stressed trade.', context: koreaReadout, actor: 'self' },
    { sentence: 'We discussed trade.', context: chinaReadout, actor: 'self' },
    { sentence: 'They discussed trade.', context: chinaReadout, actor: 'both' },
    { sentence: 'Supply chains matter.', context: chinaReadout, actor: 'unspecified', partyCodes: [] },
  ];
  it.each(cases)('finds the actor of "$sentence" ($context.self.code readout)', ({ sentence, context, ...expected }) => {
    expect(analyseSentence(sentence, context)).toMatchObject(expected);
  });
});

describe('actors in CJK sentences', () => {
  const cases: { sentence: string; context: AnalysisContext; actor: string }[] = [
    { sentence: '双方同意加强贸易合作。', context: chinaReadoutZh, actor: 'both' },
    // 同 ("with") makes 韩方 an object: the subject is 中方
    { sentence: '中方愿同韩方加强供应链合作。', context: chinaReadoutZh, actor: 'self' },
    { sentence: '韩方要求中方稳定原材料供应。', context: chinaReadoutZh, actor: 'counterpart' },
    // a proposal ("两国应…") reported by 指出 is the speaker's act
    { sentence: '习近平指出，中韩两国应共同维护产业链稳定。', context: chinaReadoutZh, actor: 'self' },
    // the country abbreviations joined to 两国 belong to the joint subject
    { sentence: '中韩两国同意扩大投资。', context: chinaReadoutZh, actor: 'both' },
    // own officials are named without a country in a Chinese readout
    { sentence: '王毅在釜山讨论了贸易问题。', context: chinaReadoutZh, actor: 'self' },
    { sentence: '양측은 공급망 협력을 강화하기로 합의했다.', context: koreaReadoutKo, actor: 'both' },
    { sentence: '안 장관은 원자재의 안정적 공급을 요청했다.', context: koreaReadoutKo, actor: 'self' },
    // the topic particle (은) marks the actor; 중국이 is the subject of the requested act
    { sentence: '윤 대통령은 북한의 도발에 대해 중국이 건설적 역할을 해달라고 요청했다.', context: koreaReadoutKo, actor: 'self' },
    { sentence: '중국은 수출 통제에 반대했다.', context: koreaReadoutKo, actor: 'counterpart' },
    { sentence: '両国は半導体の協力で合意した。', context: japanReadoutJa, actor: 'both' },
    { sentence: '両外相は輸出管理について協議した。', context: japanReadoutJa, actor: 'both' },
    { sentence: '上川大臣は輸出管理に懸念を表明した。', context: japanReadoutJa, actor: 'self' },
    // "…from Minister Kamikawa, … was explained": から names the speaker
    { sentence: '輸出管理については、上川大臣から日本の立場を説明した。', context: japanReadoutJa, actor: 'self' },
  ];
  it.each(cases)('finds the actor of "$sentence"', ({ sentence, context, actor }) => {
    expect(analyseSentence(sentence, context)?.actor).toBe(actor);
  });
});

describe('compileActorFinder', () => {
  it('when it names the actor, gives the span of the words that name it, without the possessive', () => {
    const text = "Korea's minister asked China for chips.";

    const actor = compileActorFinder(koreaReadout)(text, { start: 0, end: text.length }, false)({ cueStart: text.indexOf('asked') });

    expect(actor).toEqual({ kind: 'self', partyCodes: ['KOR'], span: { start: 0, end: 5 } });
  });

  it('when the context holds odd names (regex marks, blanks, one letter), still resolves without throwing', () => {
    const context: AnalysisContext = {
      language: 'en', self: { code: 'X', name: 'A.*(B', aliases: ['', ' ', 'C', '[D]'], people: ['', 'E F', '\uD800'] }, others: [],
    };
    const text = 'A.*(B asked [D] for chips.';

    const actor = compileActorFinder(context)(text, { start: 0, end: text.length }, false)({ cueStart: text.indexOf('asked') });

    expect(actor.kind).toBe('self');
  });
});
