import fc from 'fast-check';
import { renderMeetingHtml } from '../../../src/domain/report/render-html.ts';
import { makeInput } from '../comparison/comparison-fixtures.ts';
import { arbitraryReport, hostileReport, reportOf, seedReport } from './report-fixtures.ts';

describe('renderMeetingHtml', () => {
  it('when rendering the demo case, shows the meeting, the unconfirmed joint claim first and the marked evidence', () => {
    const html = renderMeetingHtml(seedReport());

    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<h1>China–South Korea trade ministers meeting at APEC</h1>');
    expect(html).toContain('Detroit, United States');
    const rows = [...html.matchAll(/<tr><td>([^<]+)<\/td><td><span class="status/g)].map((m) => m[1]);
    expect(rows).toEqual(['Semiconductors', 'Supply chains', 'Critical minerals']);
    expect(html).toContain('<mark class="omitted ujc" data-topic="semiconductors" title="Semiconductors: unconfirmed joint claim, omitted">semiconductor</mark>');
    expect(html).toContain('Taxonomy version 3, codebook plover-2.0+parallax-2.');
  });

  it('when rendering, is self-contained: inline style, print rules, no scripts and no external assets', () => {
    const html = renderMeetingHtml(seedReport());

    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
  });

  it('when every field holds markup, escapes all of it and links only web URLs', () => {
    const html = renderMeetingHtml(hostileReport());

    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('<td>javascript:alert(1)</td>');
  });

  it('when a readout is Chinese, keeps the text and tags it with its language', () => {
    const input = makeInput([
      { id: 1, party: 'CHN', sentences: ['双方同意加强半导体产业链合作。'], claims: [{ sentence: 0, topic: 'semiconductors', act: 'agree', actor: 'both', evidence: '半导体' }] },
      { id: 2, party: 'KOR', sentences: ['양측은 무역에 대해 논의했다.'] },
    ]);
    const html = renderMeetingHtml(reportOf(input, { statement: (s) => ({ ...s, language: s.party === 'CHN' ? 'zh-CN' : 'ko' }) }));

    expect(html).toContain('<span lang="zh-CN">双方同意加强<mark class="omitted ujc" data-topic="semiconductors"');
    expect(html).toContain('<span lang="ko">양측은 무역에 대해 논의했다.</span>');
  });

  it('when given arbitrary Unicode, never throws and never lets a <script through', () => {
    fc.assert(fc.property(arbitraryReport(), (report) => {
      expect(renderMeetingHtml(report)).not.toMatch(/<script/i);
    }), { numRuns: 150 });
  });
});
