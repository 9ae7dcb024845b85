import { divergenceReport as report } from './report-fixtures.ts';

describe('buildDivergenceReport', () => {
  it('when given two meetings, lists each with its pair score and the unconfirmed joint claims as top topics', () => {
    const model = report();

    expect(model.meetings.map((m) => [m.id, m.pairs[0]?.score, m.topTopics.map((t) => t.topic)])).toEqual([
      [9, 0, []],
      [7, 1, ['semiconductors', 'supply-chains', 'critical-minerals']],
    ]);
    expect(model.period).toEqual({ from: '2023-01-01', to: null });
  });

  it('when building the timeline, orders meetings by date and records who mentioned each topic', () => {
    const { timeline } = report();

    expect(timeline.meetings.map((m) => m.id)).toEqual([7, 9]);
    expect(timeline.mentions).toContainEqual({ meetingId: 7, topic: 'semiconductors', parties: ['CHN'] });
    expect(timeline.mentions).toContainEqual({ meetingId: 9, topic: 'semiconductors', parties: ['CHN', 'KOR'] });
    expect(timeline.topics.map((t) => t.topic)).toEqual(['critical-minerals', 'semiconductors', 'supply-chains']);
  });
});
