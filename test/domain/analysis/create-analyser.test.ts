import fc from 'fast-check';
import { createAnalyser } from '../../../src/domain/analysis/create-analyser.ts';
import { defaultTaxonomy } from '../../../src/domain/analysis/default-taxonomy.ts';
import type { AnalysisContext, Taxonomy } from '../../../src/domain/analysis/types.ts';

const china = { code: 'CHN', name: 'China', aliases: ['PRC', 'Beijing', 'Chinese'], people: ['Wang Wentao'] };
const korea = { code: 'KOR', name: 'South Korea', aliases: ['Korea', 'ROK', 'Seoul', 'Korean'], people: ['Ahn Duk-geun'] };
const chinaReadout: AnalysisContext = { language: 'en', self: china, others: [korea] };
const koreaReadout: AnalysisContext = { language: 'en', self: korea, others: [china] };
const analyse = createAnalyser(defaultTaxonomy);

function claimsOf(text: string, context: AnalysisContext = chinaReadout) {
  return analyse(text, context).claims.map((claim) => ({
    topic: claim.topic, act: claim.act.act, actor: claim.actor.kind, ...claim.modality, evidence: text.slice(claim.evidence.start, claim.evidence.end),
  }));
}

describe('createAnalyser on the seed meeting', () => {
  it("when reading China's sentence, finds semiconductors and supply chains agreed by both sides", () => {
    const claims = claimsOf('The two sides agreed to strengthen dialogue and cooperation on semiconductor industry supply chains.');

    expect(claims).toEqual([
      expect.objectContaining({ topic: 'semiconductors', act: 'agree', actor: 'both', negated: false }),
      expect.objectContaining({ topic: 'supply-chains', act: 'agree', actor: 'both', negated: false }),
    ]);
  });

  it("when reading Korea's sentence, finds a request on raw materials by Korea and no semiconductors", () => {
    const claims = claimsOf('Minister Ahn asked China to support efforts to stabilise the supply and demand of key raw materials and parts.', koreaReadout);

    expect(claims).toEqual([expect.objectContaining({ topic: 'critical-minerals', act: 'request', actor: 'self', evidence: 'raw materials' })]);
  });
});

describe('topic terms', () => {
  const cases = [
    { text: 'Chipmakers are expanding in Korea.', topics: ['semiconductors'] },
    // snack food, not semiconductors
    { text: 'Officials toured a potato chips factory.', topics: [] },
    // "supply-chain" and "supply chains" are the same term
    { text: 'They reviewed supply-chain resilience.', topics: ['supply-chains'] },
    // a job title is not a trade topic
    { text: 'Minister for Trade Ahn Duk-geun arrived.', topics: [] },
    { text: '双方同意加强半导体产业链合作。', topics: ['semiconductors', 'supply-chains'] },
    { text: '양측은 핵심 광물 공급망 협력을 강화하기로 했다.', topics: ['critical-minerals', 'supply-chains'] },
  ];
  it.each(cases)('labels "$text"', ({ text, topics }) => {
    expect(claimsOf(text).map((claim) => claim.topic).sort()).toEqual([...topics].sort());
  });
});

describe('acts, actors and modality', () => {
  const cases = [
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
  ];
  it.each(cases)('labels "$text"', ({ text, ...expected }) => {
    const first = claimsOf(text)[0];

    expect(first).toMatchObject(expected);
  });
});

describe('atmosphere', () => {
  it.each([
    ['The two sides held candid and in-depth talks.', ['candid', 'in-depth']],
    ['The meeting was constructive.', ['constructive']],
    // "open" here describes markets, not the talks
    ['Both sides support open markets.', []],
    ['双方进行了坦诚、深入的交流。', ['candid', 'in-depth']],
  ])('finds the descriptors of "%s"', (text, descriptors) => {
    expect(analyse(text, chinaReadout).atmosphere.map((term) => term.descriptor)).toEqual(descriptors);
  });
});

describe('sentences', () => {
  it('when the text has abbreviations, bullets and numbered points, splits where a reader would', () => {
    const text = '1. The U.S. delegation met Martin Luther King Jr. Foundation staff.\n- Item No. 1 was trade.\n"We agree," he said. 双方同意。两国将沟通！';

    const sentences = analyse(text, chinaReadout).sentences.map((s) => text.slice(s.span.start, s.span.end));

    expect(sentences).toEqual([
      '1. The U.S. delegation met Martin Luther King Jr. Foundation staff.', '- Item No. 1 was trade.',
      '"We agree," he said.', '双方同意。', '两国将沟通！',
    ]);
  });
});

describe('createAnalyser invariants', () => {
  const prose = fc.array(fc.constantFrom(
    'The two sides agreed to strengthen cooperation on chips.', 'Ahn asked Beijing for rare earths.', '双方同意加强合作。',
    '양측은 공급망 협력을 강화했다.', 'U.S. officials did not discuss Taiwan.', '\n- ', '  ', 'x'.repeat(500),
  ), { maxLength: 12 }).map((parts) => parts.join(' '));
  const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), prose);

  it('when given any string, never throws and keeps every span inside the text', () => {
    fc.assert(fc.property(anyText, (text) => {
      const analysis = analyse(text, chinaReadout);
      const inside = (span: { start: number; end: number }) => span.start >= 0 && span.start < span.end && span.end <= text.length;
      return analysis.sentences.every((s) => inside(s.span)) && analysis.claims.every((c) => inside(c.evidence))
        && analysis.atmosphere.every((a) => inside(a.span));
    }), { numRuns: 300 });
  });

  it('when given any string, sentences are in order and do not overlap', () => {
    fc.assert(fc.property(anyText, (text) => {
      const spans = analyse(text, chinaReadout).sentences.map((s) => s.span);
      return spans.every((span, i) => i === 0 || (spans[i - 1]?.end ?? 0) <= span.start);
    }), { numRuns: 200 });
  });

  it('when given any string twice, answers the same', () => {
    fc.assert(fc.property(anyText, (text) => JSON.stringify(analyse(text, chinaReadout)) === JSON.stringify(analyse(text, chinaReadout))), { numRuns: 100 });
  });

  it('when the evidence is sliced out, it is exactly the matched term', () => {
    fc.assert(fc.property(prose, (text) => analyse(text, chinaReadout).claims
      .every((claim) => text.slice(claim.evidence.start, claim.evidence.end).length === claim.evidence.end - claim.evidence.start
        && (claim.topicRule.pattern !== 'cjk-substring' || text.slice(claim.evidence.start, claim.evidence.end) === claim.topicRule.term))), { numRuns: 200 });
  });

  it('when given hostile input (lone surrogates, NUL, RTL, a 100,000-character word), still answers', () => {
    const hostile = `\uD800 \u0000 \u202Eأهلا ${'a'.repeat(100_000)} chips.`;

    const analysis = analyse(hostile, chinaReadout);

    expect(analysis.claims.map((claim) => claim.topic)).toContain('semiconductors');
  });
});

describe('createAnalyser taxonomy checks', () => {
  it.each([
    ['a duplicate id', [{ id: 'a', label: 'A', terms: { en: ['a'] } }, { id: 'a', label: 'B', terms: { en: ['b'] } }], '#/topics/1/id'],
    ['a missing parent', [{ id: 'a', label: 'A', parent: 'z', terms: { en: ['a'] } }], '#/topics/0/parent'],
    ['a cycle', [{ id: 'a', label: 'A', parent: 'b', terms: { en: ['a'] } }, { id: 'b', label: 'B', parent: 'a', terms: { en: ['b'] } }], '#/topics/0/parent'],
    ['no terms', [{ id: 'a', label: 'A', terms: {} }], '#/topics/0/terms'],
    ['a bad id', [{ id: 'Not Kebab', label: 'A', terms: { en: ['a'] } }], '#/topics/0/id'],
  ])('when the taxonomy has %s, fails with invalid-taxonomy naming it', (_name, topics, pointer) => {
    const taxonomy: Taxonomy = { version: 2, topics };

    expect(() => createAnalyser(taxonomy)).toThrow(expect.objectContaining({
      code: 'invalid-taxonomy', fields: expect.arrayContaining([expect.objectContaining({ pointer })]),
    }));
  });

  it('when the default taxonomy is loaded, has at least 40 topics with terms in all four languages', () => {
    expect(defaultTaxonomy.topics.length).toBeGreaterThanOrEqual(40);
    for (const topic of defaultTaxonomy.topics) {
      expect([topic.id, Object.keys(topic.terms).sort()]).toEqual([topic.id, ['en', 'ja', 'ko', 'zh']]);
    }
  });
});
