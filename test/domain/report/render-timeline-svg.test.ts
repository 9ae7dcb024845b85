import fc from 'fast-check';
import type { TopicTimelineChart } from '../../../src/domain/report/divergence-report.ts';
import { renderTimelineSvg } from '../../../src/domain/report/render-timeline-svg.ts';

const chart: TopicTimelineChart = {
  parties: [{ code: 'CHN', name: 'China' }, { code: 'KOR', name: 'South Korea' }],
  meetings: [{ id: 1, date: '2023-05-25', title: 'APEC trade' }, { id: 2, date: '2024-06-26', title: 'Video call' }],
  topics: [{ topic: 'critical-minerals', label: 'Critical minerals' }, { topic: 'semiconductors', label: 'Semiconductors' }],
  topicsLeftOut: 0,
  mentions: [
    { meetingId: 1, topic: 'semiconductors', parties: ['CHN'] },
    { meetingId: 2, topic: 'semiconductors', parties: ['CHN', 'KOR'] },
    { meetingId: 1, topic: 'critical-minerals', parties: ['KOR'] },
  ],
};

describe('renderTimelineSvg', () => {
  it('when a party mentions a topic at a meeting, draws one bar for it with a tooltip saying so', () => {
    const svg = renderTimelineSvg(chart);

    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(4);
    expect(svg).toContain('<title>China mentioned Semiconductors at APEC trade (2023-05-25)</title>');
    expect(svg).toContain('<title>South Korea mentioned Critical minerals at APEC trade (2023-05-25)</title>');
    expect(svg).not.toContain('South Korea mentioned Semiconductors at APEC trade');
  });

  it('when labels hold markup, escapes them and stays free of scripts and links', () => {
    const svg = renderTimelineSvg({
      ...chart,
      parties: [{ code: 'CHN', name: '<script>alert(1)</script>' }, { code: 'KOR', name: '"><a href="javascript:x">' }],
      topics: [{ topic: 'semiconductors', label: '</text><script>x</script>' }, { topic: 'critical-minerals', label: '반도체 & 半导体' }],
    });

    expect(svg).not.toMatch(/<script|<a[\s>]|<foreignObject/i);
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;x&lt;/script&gt;');
    expect(svg).toContain('반도체 &amp; 半导体');
  });

  it('when there are no meetings, says so instead of drawing an empty grid', () => {
    expect(renderTimelineSvg({ ...chart, meetings: [], mentions: [] })).toContain('No meetings with readouts of all these parties');
  });

  it('when given arbitrary Unicode labels, never throws and never lets markup through', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { minLength: 3, maxLength: 3 }), ([party, topic, title]) => {
      const svg = renderTimelineSvg({
        ...chart,
        parties: [{ code: 'CHN', name: party! }, { code: 'KOR', name: 'Korea' }],
        topics: [{ topic: 'semiconductors', label: topic! }],
        meetings: [{ id: 1, date: '2023-05-25', title: title! }],
      });
      expect(svg).not.toMatch(/<script/i);
      expect(svg).not.toMatch(/[\ud800-\udfff]/u);
    }), { numRuns: 200 });
  });
});
