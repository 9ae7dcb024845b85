import { buildAnalysisContext } from '../../../src/domain/analysis/analysis-context.ts';

describe('buildAnalysisContext', () => {
  it('when a meeting has participants and readouts, gives self and every other party with their people', () => {
    const context = buildAnalysisContext({
      language: 'en', selfCode: 'KOR',
      known: [
        { code: 'CHN', name: 'China', aliases: ['Beijing'] },
        { code: 'KOR', name: 'South Korea', aliases: ['Seoul'] },
      ],
      participants: [{ party: 'CHN', person: 'Wang Wentao' }, { party: 'KOR', person: 'Ahn Duk-geun' }],
      meetingPartyCodes: ['KOR', 'JPN'],
    });

    expect(context).toEqual({
      language: 'en',
      self: { code: 'KOR', name: 'South Korea', aliases: ['Seoul'], people: ['Ahn Duk-geun'] },
      others: [
        { code: 'CHN', name: 'China', aliases: ['Beijing'], people: ['Wang Wentao'] },
        // JPN has a readout but no stored name: its code stands in
        { code: 'JPN', name: 'JPN', aliases: [], people: [] },
      ],
    });
  });
});
