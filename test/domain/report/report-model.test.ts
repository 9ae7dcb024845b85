import fc from 'fast-check';
import { describeDivergence, describePosition, segmentText } from '../../../src/domain/report/report-model.ts';
import { makeInput } from '../comparison/comparison-fixtures.ts';
import { arbitraryReport, reportOf, seedReport } from './report-fixtures.ts';

describe('buildMeetingReport', () => {
  it('when given the demo case, lists the unconfirmed joint claims first and the request after them', () => {
    const report = seedReport();

    expect(report.topics.map((t) => [t.topic, t.status, t.unconfirmedJointClaim])).toEqual([
      ['semiconductors', 'omitted', true],
      ['supply-chains', 'omitted', true],
      ['critical-minerals', 'omitted', false],
    ]);
    expect(report.parties.map((p) => p.code)).toEqual(['CHN', 'KOR']);
    expect(report.divergence.pairs[0]).toMatchObject({ parties: ['CHN', 'KOR'], score: 1, meaning: 'very far apart: of 3 topics, 3 omitted by one side' });
    expect(report.method).toEqual({ taxonomyVersion: 3, codebook: 'plover-2.0+parallax-2', generatedAt: '2026-11-29T12:00:00.000Z' });
  });

  it('when a sentence holds evidence, marks exactly the matched term with its topic and status', () => {
    const report = seedReport();

    const [china] = report.topics[0]!.positions;
    expect(china!.evidence[0]!.segments).toEqual([
      { text: 'The two sides agreed to strengthen dialogue and cooperation on ' },
      { text: 'semiconductor', mark: { topic: 'semiconductors', status: 'omitted' } },
      { text: ' industry supply chains.' },
    ]);
  });

  it('when two readouts are aligned, puts matched sentences on one row and the other side\'s extra sentences near their neighbours', () => {
    const report = reportOf(makeInput([
      { id: 1, party: 'CHN', sentences: ['The ministers discussed trade in Detroit.', 'China stressed semiconductor cooperation.'] },
      { id: 2, party: 'KOR', sentences: ['The ministers discussed trade in Detroit.', 'Korea raised fisheries.'] },
    ]));

    const rows = report.alignments[0]!.rows.map((row) => [row.a?.text ?? null, row.b?.text ?? null]);
    expect(rows[0]).toEqual(['The ministers discussed trade in Detroit.', 'The ministers discussed trade in Detroit.']);
    expect(rows).toContainEqual([null, 'Korea raised fisheries.']);
    expect(rows).toContainEqual(['China stressed semiconductor cooperation.', null]);
  });

  it('when a statement was edited, counts its revisions', () => {
    const report = reportOf(makeInput([{ id: 1, party: 'CHN', sentences: ['A.'] }, { id: 2, party: 'KOR', sentences: ['B.'] }]), {
      statement: (s) => ({ ...s, revision: s.id === 1 ? 3 : 1 }),
    });

    expect(report.sources.map((s) => [s.party, s.revisionCount])).toEqual([['CHN', 3], ['KOR', 1]]);
  });

  it('when built from arbitrary Unicode, never throws and its segments always give the sentence text back', () => {
    fc.assert(fc.property(arbitraryReport(), (report) => {
      const sentences = [
        ...report.topics.flatMap((t) => t.positions.flatMap((p) => p.evidence)),
        ...report.alignments.flatMap((a) => a.rows.flatMap((r) => [r.a, r.b])).filter((s) => s !== null),
      ];
      for (const sentence of sentences) expect(sentence.segments.map((s) => s.text).join('')).toBe(sentence.text);
    }), { numRuns: 200 });
  });

  it('when built twice from the same input, gives the same model', () => {
    expect(JSON.stringify(seedReport())).toBe(JSON.stringify(seedReport()));
  });
});

describe('segmentText', () => {
  const mark = (start: number, end: number, topic = 't') => ({ span: { start, end }, topic, status: 'shared' as const });
  const cases = [
    { name: 'no marks', text: 'abc', marks: [], expected: [{ text: 'abc' }] },
    { name: 'a mark in the middle', text: 'abcde', marks: [mark(1, 3)], expected: [{ text: 'a' }, { text: 'bc', mark: { topic: 't', status: 'shared' } }, { text: 'de' }] },
    // the later of two overlapping spans is dropped, so no text is shown twice
    { name: 'overlapping marks', text: 'abcde', marks: [mark(0, 3), mark(2, 4)], expected: [{ text: 'abc', mark: { topic: 't', status: 'shared' } }, { text: 'de' }] },
    // spans from a stale analysis may point past the end of the text
    { name: 'a mark outside the range', text: 'abc', marks: [mark(2, 9)], expected: [{ text: 'abc' }] },
    { name: 'an empty text', text: '', marks: [mark(0, 0)], expected: [{ text: '' }] },
    // a CJK term is marked by UTF-16 offsets like any other
    { name: 'Chinese text', text: '双方同意加强半导体合作。', marks: [mark(6, 9)], expected: [{ text: '双方同意加强' }, { text: '半导体', mark: { topic: 't', status: 'shared' } }, { text: '合作。' }] },
  ];
  it.each(cases)('splits $name', ({ text, marks, expected }) => {
    expect(segmentText(text, 0, text.length, marks)).toEqual(expected);
  });
});

describe('describeDivergence', () => {
  const cases = [
    { score: 0, counts: { shared: 2, partlyShared: 0, divergent: 0, omitted: 0 }, expected: 'the same topics with compatible acts: of 2 topics, 2 shared' },
    { score: 0.125, counts: { shared: 1, partlyShared: 1, divergent: 0, omitted: 0 }, expected: 'close: of 2 topics, 1 partly shared, 1 shared' },
    { score: 0.5, counts: { shared: 1, partlyShared: 0, divergent: 0, omitted: 1 }, expected: 'far apart: of 2 topics, 1 omitted by one side, 1 shared' },
    { score: 1, counts: { shared: 0, partlyShared: 0, divergent: 0, omitted: 1 }, expected: 'very far apart: of 1 topic, 1 omitted by one side' },
    { score: 0, counts: { shared: 0, partlyShared: 0, divergent: 0, omitted: 0 }, expected: 'no topics to compare' },
  ];
  it.each(cases)('describes $score as "$expected"', ({ score, counts, expected }) => {
    expect(describeDivergence(score, counts)).toBe(expected);
  });
});

describe('describePosition', () => {
  const base = { party: 'CHN', mentioned: true, mentionedVia: null, acts: [], negatedActs: [], actors: [], evidence: [] };
  const cases = [
    { position: { ...base, mentioned: false }, expected: 'silent' },
    { position: { ...base, acts: ['agree', 'cooperate'] as const }, expected: 'agree, cooperate' },
    { position: { ...base, negatedActs: ['agree'] as const }, expected: 'not agree' },
    { position: { ...base, mentionedVia: 'technology' }, expected: 'mentioned (via technology)' },
  ];
  it.each(cases)('describes a position as "$expected"', ({ position, expected }) => {
    expect(describePosition(position)).toBe(expected);
  });
});
