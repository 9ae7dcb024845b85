import { renderDivergenceHtml, renderDivergenceMarkdown } from '../../../src/domain/report/render-divergence.ts';
import { divergenceReport as report } from './report-fixtures.ts';

describe('renderDivergenceHtml', () => {
  it('when a title holds markup, escapes it and embeds the chart inline', () => {
    const html = renderDivergenceHtml(report('<script>x</script>'));

    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('<div class="chart"><svg');
    expect(html).toContain('cursor=abc');
  });
});

describe('renderDivergenceMarkdown', () => {
  it('when a title holds a pipe, escapes it so the table row stays whole', () => {
    const markdown = renderDivergenceMarkdown(report('a | b'));

    expect(markdown).toContain('| 2024-06-26 | a \\| b | China / South Korea: 0.000 | 0.000 |   |');
    expect(markdown).toContain('| 2023-05-25 | China–South Korea trade ministers meeting at APEC | China / South Korea: 1.000 | 0.750 | Semiconductors (unconfirmed joint claim (omitted)); Supply chains');
  });
});
