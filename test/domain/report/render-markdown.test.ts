import fc from 'fast-check';
import { renderMeetingMarkdown } from '../../../src/domain/report/render-markdown.ts';
import { arbitraryReport, hostileReport, seedReport } from './report-fixtures.ts';

/** The cells of a GFM table row, split at unescaped pipes. */
const cellsOf = (row: string) => row.slice(2, -2).split(/(?<!\\)\|/).length;

describe('renderMeetingMarkdown', () => {
  it('when rendering the demo case, lists the topics with the unconfirmed joint claim first and bolds the matched terms', () => {
    const markdown = renderMeetingMarkdown(seedReport());

    expect(markdown).toMatch(/^# China–South Korea trade ministers meeting at APEC\n/);
    const topicRows = markdown.split('## Topics')[1]!.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && !line.startsWith('| Topic'));
    expect(topicRows[0]).toBe('| Semiconductors | unconfirmed joint claim (omitted) | agree | silent | joint claim by CHN, not backed by KOR |');
    expect(markdown).toContain('- China: The two sides agreed to strengthen dialogue and cooperation on **semiconductor** industry supply chains.');
    // side by side, every matched term of the sentence is marked
    expect(markdown).toContain('| The two sides agreed to strengthen dialogue and cooperation on **semiconductor** industry **supply chains**. |');
  });

  it('when every field holds markup, pipes and line breaks, keeps each table row whole and adds no markup', () => {
    const markdown = renderMeetingMarkdown(hostileReport());

    const tables = markdown.split('\n\n').map((block) => block.split('\n')).filter((lines) => lines[0]?.startsWith('| '));
    for (const lines of tables) {
      expect(lines.map(cellsOf)).toEqual(lines.map(() => cellsOf(lines[0]!)));
    }
    expect(markdown).not.toMatch(/(?<!\\)<script|(?<!\\)\]\(javascript/);
    expect(markdown).toContain('\\<script\\>');
    expect(markdown).toContain('| javascript:alert(1) |');
  });

  it('when given arbitrary Unicode, never throws and never emits raw HTML', () => {
    fc.assert(fc.property(arbitraryReport(), (report) => {
      expect(renderMeetingMarkdown(report)).not.toMatch(/(?<!\\)<[a-z]/i);
    }), { numRuns: 150 });
  });
});
