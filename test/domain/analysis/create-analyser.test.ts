import fc from 'fast-check';
import { createAnalyser } from '../../../src/domain/analysis/create-analyser.ts';
import { defaultTaxonomy } from '../../../src/domain/analysis/default-taxonomy.ts';
import { codebookVersion, type Analysis, type AnalysisContext, type Taxonomy } from '../../../src/domain/analysis/types.ts';
import { analyse, chinaReadout, chinaReadoutZh, claimsOf, koreaReadout, koreaReadoutKo } from './analysis-fixtures.ts';

const chinaSeed = 'The two sides agreed to strengthen dialogue and cooperation on semiconductor industry supply chains.';
const koreaSeed = 'Minister Ahn asked China to help stabilise the supply and demand of key raw materials and parts.';

describe('createAnalyser on the seed meeting', () => {
  it("when reading China's sentence, finds semiconductors and supply chains agreed by both sides", () => {
    const claims = claimsOf(chinaSeed, chinaReadout);

    expect(claims).toEqual([
      expect.objectContaining({ topic: 'semiconductors', act: 'agree', actor: 'both', evidence: 'semiconductor', cue: 'agreed', negated: false }),
      expect.objectContaining({ topic: 'supply-chains', act: 'agree', actor: 'both', evidence: 'supply chains', cue: 'agreed', negated: false }),
    ]);
  });

  it("when reading Korea's sentence, finds a request on raw materials by Korea and no semiconductors", () => {
    const claims = claimsOf(koreaSeed, koreaReadout);

    expect(claims).toEqual([expect.objectContaining({ topic: 'critical-minerals', act: 'request', actor: 'self', partyCodes: ['KOR'], evidence: 'raw materials', cue: 'asked' })]);
  });

  it('when the same readouts come in Chinese and Korean, answers the same topics, acts and actors', () => {
    const zh = claimsOf('双方同意加强半导体产业链合作。', chinaReadoutZh);
    const ko = claimsOf('안 장관은 중국 측에 핵심 원자재의 수급 안정을 요청했다.', koreaReadoutKo);

    expect(zh.map((claim) => [claim.topic, claim.act, claim.actor])).toEqual([['semiconductors', 'agree', 'both'], ['supply-chains', 'agree', 'both']]);
    expect(ko.map((claim) => [claim.topic, claim.act, claim.actor])).toEqual([['critical-minerals', 'request', 'self']]);
  });
});

describe('createAnalyser output', () => {
  it('when analysing, records the codebook, the taxonomy version and the language', () => {
    const analysis = analyse('Trade.', chinaReadoutZh);

    expect(analysis).toMatchObject({ codebook: codebookVersion, taxonomyVersion: 7, language: 'zh-CN' });
  });

  it('when a sentence names a topic twice, makes one claim from the first mention', () => {
    expect(claimsOf('Chips, chipmakers and semiconductors were discussed.').map((claim) => [claim.topic, claim.evidence])).toEqual([['semiconductors', 'Chips']]);
  });

  it('when claims are made, numbers sentences from 0 and sorts claims by where their evidence starts', () => {
    const text = 'Wang discussed trade. The two sides agreed on chips and climate.';

    const analysis = analyse(text, chinaReadout);

    expect(analysis.sentences.map((sentence) => [sentence.index, text.slice(sentence.span.start, sentence.span.end)])).toEqual([
      [0, 'Wang discussed trade.'], [1, 'The two sides agreed on chips and climate.'],
    ]);
    expect(analysis.claims.map((claim) => [claim.sentenceIndex, claim.topic])).toEqual([[0, 'trade'], [1, 'semiconductors'], [1, 'climate']]);
  });

  it.each([
    // a governing verb before the mention (0.9) × an English lemma match (0.9)
    { text: chinaSeed, context: chinaReadout, confidence: 0.81 },
    // the nearest cue before the mention (0.85) × 0.9
    { text: 'The two sides discussed chips.', context: chinaReadout, confidence: 0.77 },
    // no cue: the default state (0.5) × 0.9
    { text: 'Chips matter.', context: chinaReadout, confidence: 0.45 },
    // a CJK substring match is a little less sure (0.85)
    { text: '双方同意加强半导体合作。', context: chinaReadoutZh, confidence: 0.77 },
  ])('when reading "$text", scores the first claim $confidence', ({ text, context, confidence }) => {
    expect(claimsOf(text, context)[0]?.confidence).toBe(confidence);
  });

  it('when a claim has no cue, labels it a default state with no cue span', () => {
    const [claim] = analyse('Chips matter.', chinaReadout).claims;

    expect(claim?.act).toEqual({ act: 'state', confidence: 0.5, rule: { term: '', pattern: 'default-state' } });
  });

  it('when the taxonomy is invalid, fails with invalid-taxonomy before analysing anything', () => {
    const taxonomy: Taxonomy = { version: 2, topics: [{ id: 'a', label: 'A', parent: 'z', terms: { en: ['a'] } }] };

    expect(() => createAnalyser(taxonomy)).toThrow(expect.objectContaining({
      code: 'invalid-taxonomy', fields: [expect.objectContaining({ pointer: '#/topics/0/parent' })],
    }));
  });
});

describe('createAnalyser with the default taxonomy', () => {
  const analyseDefault = createAnalyser(defaultTaxonomy);
  const firstClaim = (text: string, context: AnalysisContext) => {
    const claim = analyseDefault(text, context).claims[0];
    return claim && { topic: claim.topic, act: claim.act.act, actor: claim.actor.kind, ...claim.modality };
  };

  it('when compiled, answers the seed meeting as the product issue asks', () => {
    const china = analyseDefault(chinaSeed, chinaReadout).claims.map((claim) => [claim.topic, claim.act.act, claim.actor.kind]);
    const korea = analyseDefault(koreaSeed, koreaReadout).claims.map((claim) => [claim.topic, claim.act.act, claim.actor.kind]);

    expect(china).toEqual(expect.arrayContaining([['semiconductors', 'agree', 'both'], ['supply-chains', 'agree', 'both']]));
    expect(korea).toContainEqual(['critical-minerals', 'request', 'self']);
    expect(korea.map(([topic]) => topic)).not.toContain('semiconductors');
  });

  it.each([
    { text: 'Chipmakers are expanding in Korea.', topics: ['semiconductors'] },
    // snack food, not semiconductors
    { text: 'Officials toured a potato chips factory.', topics: [] },
    // "supply-chain" and "supply chains" are the same term
    { text: 'They reviewed supply-chain resilience.', topics: ['supply-chains'] },
    // a job title is not a trade topic
    { text: 'Minister for Trade Ahn Duk-geun arrived.', topics: [] },
    { text: '双方同意加强半导体产业链合作。', topics: ['semiconductors', 'supply-chains'] },
    { text: '양측은 핵심 광물 공급망 협력을 강화하기로 했다.', topics: ['critical-minerals', 'supply-chains'] },
  ])('finds the topics of "$text"', ({ text, topics }) => {
    expect(analyseDefault(text, chinaReadout).claims.map((claim) => claim.topic).sort()).toEqual([...topics].sort());
  });

  it.each([
    { text: 'The two sides discussed tariffs.', act: 'consult', actor: 'both' },
    { text: 'China welcomed the progress on fentanyl.', act: 'support', actor: 'self' },
    // "asked … to help" is a request even when the helped act is support
    { text: 'Ahn asked Beijing to help stabilise the supply of rare earths.', act: 'request', actor: 'counterpart' },
    { text: 'China firmly opposes the export controls.', act: 'reject', actor: 'self' },
    { text: 'Wang expressed concern over the sanctions.', act: 'accuse', actor: 'self' },
    { text: 'China warned against any move on Taiwan.', act: 'threaten', actor: 'self' },
    { text: 'Both countries will deepen cooperation on climate.', act: 'cooperate', actor: 'both', future: true },
    { text: 'The sides did not discuss Taiwan.', act: 'consult', actor: 'both', negated: true },
    // "consider" is no act of its own: the default state, flagged hypothetical
    { text: 'Korea may consider new investment.', act: 'state', actor: 'counterpart', hypothetical: true },
    { text: 'Wang recalled the 1992 normalisation of diplomatic relations.', act: 'state', actor: 'self', historical: true },
    // no cue: a readout's default is to state a position
    { text: 'Energy security matters to Seoul.', act: 'state', actor: 'counterpart' },
    // Korean is verb-final: the governing 합의 (agree) comes after the cooperation it governs
    { text: '양측은 공급망 협력을 강화하기로 합의했다.', act: 'agree', actor: 'both' },
    // a party not at the meeting is a third party
    { text: 'The United States imposed export controls.', act: 'sanction', actor: 'third-party' },
  ])('labels "$text"', ({ text, ...expected }) => {
    expect(firstClaim(text, /\p{Script=Hangul}/u.test(text) ? koreaReadoutKo : chinaReadout)).toMatchObject(expected);
  });

  it('when the default taxonomy is loaded, has at least 40 topics with terms in all four languages', () => {
    expect(defaultTaxonomy.topics.length).toBeGreaterThanOrEqual(40);
    for (const topic of defaultTaxonomy.topics) {
      expect([topic.id, Object.keys(topic.terms).sort()]).toEqual([topic.id, ['en', 'ja', 'ko', 'zh']]);
    }
  });
});

describe('createAnalyser invariants', () => {
  const prose = fc.array(fc.constantFrom(
    chinaSeed, koreaSeed, 'Ahn asked Beijing for rare earths.', '双方同意加强半导体合作。', '양측은 공급망 협력을 강화하기로 했다.',
    'U.S. officials did not discuss Taiwan.', 'The talks were candid and in-depth.', '会谈是建设性的。', 'Potato chips!', '\n- ', '\n1. ',
    '  ', 'x'.repeat(500), '\uD800', '\u0000', '\u202Eأهلا', '😀', 'supply-chain', 'Wang said the two sides should expand trade.',
  ), { maxLength: 14 }).map((parts) => parts.join(' '));
  const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary-ascii' }), prose);
  const contexts = fc.constantFrom<AnalysisContext>(chinaReadout, koreaReadout, chinaReadoutZh, koreaReadoutKo);

  const isInside = (text: string, span: { start: number; end: number } | undefined) =>
    span === undefined || (Number.isInteger(span.start) && span.start >= 0 && span.start < span.end && span.end <= text.length);

  function isWellFormed(text: string, analysis: Analysis): boolean {
    const sentences = analysis.sentences;
    const sentencesOk = sentences.every((s, i) => s.index === i && isInside(text, s.span) && (i === 0 || (sentences[i - 1]?.span.end ?? 0) <= s.span.start));
    const claimsOk = analysis.claims.every((claim, i) => {
      const sentence = sentences[claim.sentenceIndex]?.span;
      const evidence = text.slice(claim.evidence.start, claim.evidence.end);
      const inSentence = sentence !== undefined && claim.evidence.start >= sentence.start && claim.evidence.end <= sentence.end;
      // CJK evidence is the term itself; English evidence is the term's words as written ("Chipmakers" for "chipmaker").
      const spelled = claim.topicRule.pattern === 'cjk-substring'
        ? evidence === claim.topicRule.term
        : evidence.slice(0, 2).toLowerCase() === claim.topicRule.term.slice(0, 2).toLowerCase() && evidence.trim() === evidence;
      const sorted = i === 0 || (analysis.claims[i - 1]?.evidence.start ?? 0) <= claim.evidence.start;
      const rounded = [claim.confidence, claim.act.confidence].every((c) => c >= 0 && c <= 1 && Math.round(c * 100) / 100 === c);
      return inSentence && spelled && sorted && rounded && isInside(text, claim.act.span) && isInside(text, claim.actor.span);
    });
    const atmosphereOk = analysis.atmosphere.every((term) => isInside(text, term.span) && term.descriptor === term.descriptor.toLowerCase());
    return sentencesOk && claimsOk && atmosphereOk;
  }

  it('when given any string, never throws and answers a well-formed analysis: spans inside the text, evidence equal to its term, order kept', () => {
    fc.assert(fc.property(anyText, contexts, (text, context) => isWellFormed(text, analyse(text, context))), { numRuns: 400 });
  });

  it('when given any string twice, answers the same', () => {
    fc.assert(fc.property(anyText, contexts, (text, context) => JSON.stringify(analyse(text, context)) === JSON.stringify(analyse(text, context))), { numRuns: 150 });
  });

  it('when the parties have arbitrary names, aliases and people, still answers', () => {
    const party = fc.record({
      code: fc.string({ minLength: 1, maxLength: 4 }), name: fc.string({ unit: 'binary', maxLength: 12 }),
      aliases: fc.array(fc.string({ unit: 'binary', maxLength: 8 }), { maxLength: 4 }), people: fc.array(fc.string({ unit: 'grapheme', maxLength: 16 }), { maxLength: 3 }),
    });
    fc.assert(fc.property(prose, party, fc.array(party, { maxLength: 3 }), fc.string(), (text, self, others, language) =>
      isWellFormed(text, analyse(text, { language, self, others }))), { numRuns: 150 });
  });

  it('when given hostile input (lone surrogates, NUL, RTL, a 100,000-character word, a megabyte), still answers', () => {
    const hostile = `\uD800 \u0000 \u202Eأهلا ${'a'.repeat(100_000)} chips. ${'supply chain '.repeat(80_000)}\n${'半导体'.repeat(30_000)}`;

    const analysis = analyse(hostile, chinaReadout);

    expect(isWellFormed(hostile, analysis)).toBe(true);
    expect(new Set(analysis.claims.map((claim) => claim.topic))).toEqual(new Set(['semiconductors', 'supply-chains']));
  });

  it('when the text is empty or white space, answers no sentences and no claims', () => {
    expect(analyse('', chinaReadout)).toMatchObject({ sentences: [], claims: [], atmosphere: [] });
    expect(analyse(' \n\t ', chinaReadout)).toMatchObject({ sentences: [], claims: [], atmosphere: [] });
  });
});
