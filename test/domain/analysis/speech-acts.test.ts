import { chooseCue, findCjkCues, findEnglishCues, type ActCue } from '../../../src/domain/analysis/speech-acts.ts';
import type { AnalysisContext } from '../../../src/domain/analysis/types.ts';
import { tokeniseBlock } from '../../../src/domain/text/tokens.ts';
import { chinaReadoutZh, claimsOf, japanReadoutJa, koreaReadout, koreaReadoutKo } from './analysis-fixtures.ts';

/** The claim on `topic` in a sentence, or its first claim. */
function claimOn(sentence: string, context: AnalysisContext, topic?: string) {
  const claims = claimsOf(sentence, context);
  return topic ? claims.find((claim) => claim.topic === topic) : claims[0];
}

describe('speech acts in English sentences', () => {
  const cases = [
    // the agreement is the act: "agreed" governs the cooperation it agrees to
    { sentence: 'The two sides agreed to strengthen cooperation on chips.', act: 'agree', cue: 'agreed', pattern: 'verb-cue' },
    { sentence: 'Both sides reached consensus on supply chains.', act: 'agree', cue: 'reached consensus', pattern: 'phrase-cue' },
    { sentence: 'The ministers signed a memorandum on critical minerals.', act: 'agree', cue: 'signed' },
    { sentence: 'They concluded an agreement on investment.', act: 'agree', cue: 'concluded' },
    { sentence: 'Both countries will deepen cooperation on climate.', act: 'cooperate', cue: 'deepen cooperation' },
    { sentence: 'China and Korea will work together on supply chains.', act: 'cooperate', cue: 'work together' },
    { sentence: 'They will cooperate on rare earths.', act: 'cooperate', cue: 'cooperate' },
    { sentence: 'The two sides discussed export controls.', act: 'consult', cue: 'discussed' },
    { sentence: 'The two ministers exchanged views on investment.', act: 'consult', cue: 'exchanged views' },
    { sentence: 'Wang held talks with Ahn on trade.', act: 'consult', cue: 'held talks' },
    // two words between "held" and "summit" still make the phrase, though it holds the topic
    { sentence: 'Ahn held a trilateral summit on trade.', act: 'consult', cue: 'held a trilateral summit' },
    { sentence: 'Ahn spoke by phone with Wang about chips.', act: 'consult', cue: 'spoke by phone' },
    { sentence: 'Wang met Ahn to review investment.', act: 'consult', cue: 'review' },
    { sentence: 'China welcomed Korean investment.', act: 'support', cue: 'welcomed' },
    { sentence: 'Korea praised the progress on supply chains.', act: 'support', cue: 'praised' },
    { sentence: 'China will provide assistance for climate adaptation.', act: 'aid', cue: 'provide assistance' },
    { sentence: 'Korea donated vaccines to help with climate disasters.', act: 'aid', cue: 'donated' },
    // "asked … to help" is a request even without the word "request"
    { sentence: 'Minister Ahn asked China to help stabilise the supply of raw materials.', act: 'request', cue: 'asked' },
    // the request governs the concession it asks for
    { sentence: 'Ahn urged Beijing to ease export controls.', act: 'request', cue: 'urged' },
    { sentence: 'China hoped that the Korean side would expand investment.', act: 'request', cue: 'hoped that' },
    { sentence: 'Korea called on China to lift export controls.', act: 'request', cue: 'called on' },
    // a reported "should" asks the named party to act…
    { sentence: 'She said the United States should stop its chip blockade.', act: 'request', cue: 'should', pattern: 'modal-cue' },
    // …but "any outcome must" asks nobody: the sentence states
    { sentence: 'He stressed that any outcome must respect trade rules.', act: 'state', cue: 'stressed' },
    // "expressed concern" is an accusation, not the `state` of "expressed"
    { sentence: 'Wang expressed serious concern over export controls.', act: 'accuse', cue: 'expressed serious concern' },
    { sentence: 'China criticised the export controls.', act: 'accuse', cue: 'criticised' },
    { sentence: 'China firmly opposes export controls.', act: 'reject', cue: 'firmly opposes' },
    { sentence: 'Korea rejected the claims about investment.', act: 'reject', cue: 'rejected' },
    { sentence: 'China warned against any move on Taiwan.', act: 'threaten', cue: 'warned' },
    { sentence: 'China said Taiwan is a red line.', act: 'threaten', cue: 'red line' },
    { sentence: 'China will take all necessary measures on export controls.', act: 'threaten', cue: 'take all necessary measures' },
    { sentence: 'China lodged stern representations over Taiwan.', act: 'protest', cue: 'lodged stern representations' },
    { sentence: 'China expressed strong dissatisfaction with the export controls.', act: 'protest', cue: 'expressed strong dissatisfaction' },
    { sentence: 'The United States imposed restrictions on chips.', act: 'sanction', cue: 'imposed restrictions' },
    { sentence: 'Korea eased export controls.', act: 'concede', cue: 'eased' },
    { sentence: 'Korea made concessions on trade.', act: 'concede', cue: 'made concessions' },
    { sentence: 'Korea suspended investment in the project.', act: 'retreat', cue: 'suspended' },
    { sentence: 'The firm pulled out of the chip venture.', act: 'retreat', cue: 'pulled out' },
    { sentence: 'Wang stressed the importance of supply chains.', act: 'state', cue: 'stressed' },
    { sentence: 'Ahn introduced Korea’s position on export controls.', act: 'state', cue: 'introduced' },
    // no cue at all: a readout's default is to state a position
    { sentence: 'Supply chains remain important.', act: 'state', cue: undefined, pattern: 'default-state' },
    // a noun that names an act counts only when no verb does
    { sentence: 'The two sides discussed cooperation in chips.', act: 'consult', cue: 'discussed' },
    { sentence: 'New sanctions on chips.', act: 'sanction', cue: 'sanctions', pattern: 'noun-cue' },
    { sentence: 'In talks with Wang, Ahn raised export controls.', act: 'state', cue: 'raised' },
    // "the agreed text": a participle used as an adjective is no act
    { sentence: 'The agreed text covers chips.', act: 'state', pattern: 'default-state' },
    // the second clause has its own verb: investment is welcomed, not discussed
    { sentence: 'The two sides discussed chips, and Korea welcomed investment.', act: 'support', cue: 'welcomed', topic: 'investment' },
    // "said" reports; the act reported is the stronger cue
    { sentence: 'Wang said China opposes export controls.', act: 'reject', cue: 'opposes' },
    // the cue after the mention, when none comes before it (passive voice)
    { sentence: 'Export controls were discussed.', act: 'consult', cue: 'discussed' },
  ];
  it.each(cases)('labels "$sentence"', ({ sentence, topic, ...expected }) => {
    expect(claimOn(sentence, koreaReadout, topic)).toMatchObject(expected);
  });
});

describe('speech acts in CJK sentences', () => {
  const cases = [
    { sentence: '双方同意加强半导体产业链合作。', context: chinaReadoutZh, act: 'agree', cue: '同意' },
    { sentence: '双方一致同意扩大投资。', context: chinaReadoutZh, act: 'agree', cue: '一致同意' },
    { sentence: '中方坚决反对出口管制。', context: chinaReadoutZh, act: 'reject', cue: '坚决反对' },
    { sentence: '韩方要求中方稳定原材料供应。', context: chinaReadoutZh, act: 'request', cue: '要求' },
    { sentence: '双方就贸易问题交换意见。', context: chinaReadoutZh, act: 'consult', cue: '交换意见' },
    // 关切 (concern) outranks 表示 (expressed), as "expressed concern" does in English
    { sentence: '中方对出口管制表示关切。', context: chinaReadoutZh, act: 'accuse', cue: '关切' },
    // the bare noun 合作 counts only when no verb does: the talks exchanged views on trade cooperation
    { sentence: '双方就经贸合作深入交换意见。', context: chinaReadoutZh, act: 'consult', cue: '交换意见' },
    { sentence: '中方愿同韩方加强供应链合作。', context: chinaReadoutZh, act: 'cooperate', cue: '加强' },
    // the clause after the comma has its own act
    { sentence: '中方反对出口管制，双方同意加强半导体合作。', context: chinaReadoutZh, act: 'agree', cue: '同意', topic: 'semiconductors' },
    // a formula of Chinese readouts: "will take all necessary measures" is a threat
    { sentence: '中方将采取一切必要措施应对出口管制。', context: chinaReadoutZh, act: 'threaten', cue: '采取一切必要措施' },
    // 应 in 供应链 (supply chain) is no "should"
    { sentence: '王毅介绍了供应链情况。', context: chinaReadoutZh, act: 'state', cue: '介绍' },
    // Korean puts the verb last: the last governing cue after the mention wins (agree over cooperate)
    { sentence: '양측은 공급망 협력을 강화하기로 합의했다.', context: koreaReadoutKo, act: 'agree', cue: '합의' },
    // "-기로 했다" (decided to) is an agreement
    { sentence: '양측은 한중 FTA 후속 협상을 가속화하기로 했다. 양측은 투자를 확대하기로 했다.', context: koreaReadoutKo, act: 'agree', cue: '기로 했' },
    { sentence: '안 장관은 원자재의 안정적 공급을 요청했다.', context: koreaReadoutKo, act: 'request', cue: '요청' },
    { sentence: '양측은 반도체 협력을 논의했다.', context: koreaReadoutKo, act: 'consult', cue: '논의' },
    { sentence: '両国は半導体の協力で合意した。', context: japanReadoutJa, act: 'agree', cue: '合意' },
    { sentence: '日本は輸出管理に反対した。', context: japanReadoutJa, act: 'reject', cue: '反対' },
  ];
  it.each(cases)('labels "$sentence"', ({ sentence, context, topic, ...expected }) => {
    expect(claimOn(sentence, context, topic)).toMatchObject(expected);
  });
});

describe('findEnglishCues', () => {
  const cuesOf = (text: string) => findEnglishCues(tokeniseBlock(text, 0).tokens).map((cue) => [cue.act, text.slice(cue.span.start, cue.span.end), cue.pattern]);

  it.each([
    ['The agreed text was signed.', [['agree', 'signed', 'verb-cue']]],
    // "hope to" is a wish, not a request; the stop phrase keeps "hope" from matching
    ['China hopes to expand trade.', [['cooperate', 'expand', 'verb-cue']]],
    ['They held a press conference.', []],
    ['They asked China to help.', [['request', 'asked', 'verb-cue']]],
    ['The talks went on.', [['consult', 'talks', 'noun-cue']]],
  ])('finds the cues of %j', (text, expected) => {
    expect(cuesOf(text)).toEqual(expected);
  });
});

describe('findCjkCues', () => {
  it('when a longer cue holds a shorter one, reports the longer; stop phrases hide their cue', () => {
    const text = '双方一致同意发表共同声明';

    expect(findCjkCues(text, { start: 0, end: text.length }).map((cue) => [cue.act, cue.term])).toEqual([['agree', '一致同意']]);
  });
});

describe('chooseCue', () => {
  const cue = (act: ActCue['act'], start: number, pattern: ActCue['pattern'] = 'verb-cue'): ActCue => ({ act, span: { start, end: start + 5 }, term: act, pattern });
  const topic = { start: 50, end: 55 };
  const sentence = { start: 0, end: 100 };

  it.each([
    // SVO: the first governing cue before the mention, though a nearer one follows it
    [[cue('agree', 0), cue('cooperate', 20), cue('support', 30)], false, 'agree', 0.9],
    [[cue('consult', 0), cue('cooperate', 20)], false, 'cooperate', 0.85],
    [[cue('consult', 60)], false, 'consult', 0.7],
    // `state` counts only when nothing else does, at two thirds of the position's score
    [[cue('state', 0), cue('consult', 60)], false, 'consult', 0.7],
    [[cue('state', 0)], false, 'state', 0.57],
    // a modal ranks between the verbs and `state`
    [[cue('state', 0), cue('request', 20, 'modal-cue')], false, 'request', 0.72],
    [[cue('sanction', 0, 'noun-cue')], false, 'sanction', 0.6],
    // SOV: the last governing cue after the mention
    [[cue('cooperate', 60), cue('agree', 70), cue('request', 80)], true, 'request', 0.9],
    [[cue('consult', 60), cue('cooperate', 70)], true, 'consult', 0.85],
    [[cue('consult', 0)], true, 'consult', 0.7],
  ] as const)('when the cues are %j (verb-final: %s), chooses %s at %d', (cues, isVerbFinal, act, confidence) => {
    const chosen = chooseCue(cues, topic, { clause: sentence, isVerbFinal });

    expect([chosen?.cue.act, chosen?.confidence]).toEqual([act, confidence]);
  });

  it('when the only cue lies outside the mention\'s clause, takes it 0.1 less sure', () => {
    const chosen = chooseCue([cue('agree', 0)], topic, { clause: { start: 40, end: 100 }, isVerbFinal: false });

    expect([chosen?.cue.act, chosen?.confidence]).toEqual(['agree', 0.8]);
  });

  it('when there is no cue, chooses none', () => {
    expect(chooseCue([], topic, { clause: sentence, isVerbFinal: false })).toBeUndefined();
  });
});
