import fc from 'fast-check';
import { compareReadouts } from '../../../src/domain/comparison/compare-readouts.ts';
import type { ComparisonInput, ComparisonStatement } from '../../../src/domain/comparison/types.ts';
import type { Meeting } from '../../../src/domain/meeting.ts';
import { buildDivergenceReport } from '../../../src/domain/report/divergence-report.ts';
import { buildMeetingReport, type MeetingReport } from '../../../src/domain/report/report-model.ts';
import type { Statement } from '../../../src/domain/statement.ts';
import { arbitraryInput, lemmatise, makeInput, makeSeedInput } from '../comparison/comparison-fixtures.ts';

export const generatedAt = new Date('2026-11-29T12:00:00Z');

export function makeMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 7, ref: null, title: 'China–South Korea trade ministers meeting at APEC', date: new Date('2023-05-25T00:00:00Z'), endDate: null,
    location: 'Detroit, United States', forum: 'APEC Ministers Responsible for Trade', kind: 'bilateral-meeting',
    participants: [{ party: 'CHN', person: 'Wang Wentao', role: 'Minister of Commerce' }, { party: 'KOR', person: 'Ahn Duk-geun', role: null }],
    tags: [], partiesWithStatements: ['CHN', 'KOR'], statementCount: 2, divergence: 0.75, version: 1,
    createdAt: generatedAt, updatedAt: generatedAt, ...overrides,
  };
}

/** The stored statement a comparison statement was made from. */
export function toStatement(statement: ComparisonStatement, overrides: Partial<Statement> = {}): Statement {
  return {
    id: statement.id, party: statement.party, meetingId: 7, issuer: statement.issuer, title: statement.title, sourceUrl: null,
    publishedAt: new Date('2023-05-26T00:00:00Z'), retrievedAt: null, language: statement.language, text: statement.text,
    originalText: null, originalLanguage: null, contentHash: 'x', revision: 1, createdAt: generatedAt, updatedAt: generatedAt, ...overrides,
  };
}

/** A report built from a comparison input, with optional changes to the meeting and the stored statements. */
export function reportOf(input: ComparisonInput, options: { meeting?: Partial<Meeting>; statement?: (s: Statement) => Statement } = {}): MeetingReport {
  const comparison = compareReadouts(input, { lemmatise });
  const statements = input.statements.map((s) => (options.statement ?? ((x) => x))(toStatement(s)));
  return buildMeetingReport({ meeting: makeMeeting(options.meeting), comparison, statements, codebook: 'plover-2.0+parallax-2', generatedAt });
}

/** The demo case: China claims a joint semiconductor agreement, Korea only requests raw materials. */
export const seedReport = () => reportOf(makeSeedInput());

const hostile = '<script>alert(1)</script> | =HYPERLINK("http://x") **bold** [link](javascript:alert(1)) & "q" \'s\'';

/** A report where every free-text field holds markup, formula and table-breaking text. */
export function hostileReport(): MeetingReport {
  const input = makeInput([
    { id: 1, party: 'CHN', sentences: [`The two sides agreed on semiconductor ${hostile}.`], claims: [
      { sentence: 0, topic: 'semiconductors', act: 'agree', actor: 'both', evidence: 'semiconductor' },
    ] },
    { id: 2, party: 'KOR', sentences: [`Minister Ahn discussed trade.\n# heading ${hostile}`], claims: [{ sentence: 0, topic: 'trade', act: 'consult', evidence: 'trade' }] },
  ], [{ code: 'CHN', name: `China ${hostile}` }, { code: 'KOR', name: '=cmd|/C calc' }]);
  return reportOf(input, {
    meeting: { title: hostile, location: hostile, forum: '@SUM(A1)', participants: [{ party: 'CHN', person: hostile, role: '+1' }] },
    statement: (s) => ({ ...s, issuer: '-2+3', title: hostile, sourceUrl: 'javascript:alert(1)' }),
  });
}

/** Comparison inputs of arbitrary Unicode (lone surrogates, NUL, spans off the text) turned into reports. */
export function arbitraryReport(): fc.Arbitrary<MeetingReport> {
  return fc.tuple(arbitraryInput(), fc.string({ unit: 'binary', maxLength: 30 }), fc.option(fc.string({ unit: 'binary', maxLength: 30 })))
    .map(([input, title, url]) => reportOf(input, {
      meeting: { title, location: title, participants: [{ party: 'CHN', person: title, role: title }] },
      statement: (s) => ({ ...s, issuer: title, title, sourceUrl: url }),
    }));
}

const later = makeInput([
  { id: 3, party: 'CHN', sentences: ['Both sides discussed semiconductor export controls.'], claims: [{ sentence: 0, topic: 'semiconductors', act: 'consult', actor: 'both', evidence: 'semiconductor' }] },
  { id: 4, party: 'KOR', sentences: ['The ministers discussed semiconductor supply.'], claims: [{ sentence: 0, topic: 'semiconductors', act: 'consult', actor: 'both', evidence: 'semiconductor' }] },
]);

/** A divergence report of two meetings: the demo case, and a later one where both sides discuss semiconductors. */
export function divergenceReport(title = 'Video call') {
  return buildDivergenceReport({
    parties: [{ code: 'CHN', name: 'China' }, { code: 'KOR', name: 'South Korea' }],
    period: { from: new Date('2023-01-01T00:00:00Z'), to: undefined },
    meetings: [
      { meeting: makeMeeting({ id: 9, title, date: new Date('2024-06-26T00:00:00Z'), divergence: 0 }), comparison: compareReadouts(later, { lemmatise }) },
      { meeting: makeMeeting({ id: 7 }), comparison: compareReadouts(makeSeedInput(), { lemmatise }) },
    ],
    page: { limit: 2, maxLimit: 500, nextCursor: 'abc' },
    codebook: 'plover-2.0+parallax-2',
    generatedAt,
  });
}
