import fs from 'node:fs';
import fc from 'fast-check';
import { renderMeetingPdf, type PdfFonts } from '../../src/reports/render-pdf.ts';
import { makeInput } from '../domain/comparison/comparison-fixtures.ts';
import { arbitraryReport, hostileReport, reportOf, seedReport } from '../domain/report/report-fixtures.ts';

const font = (file: string) => fs.readFileSync(require.resolve(file));
const fonts: PdfFonts = {
  sc: font('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  kr: font('@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf'),
  jp: font('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
};
/** The embedded font names of a PDF (font dictionaries are never compressed). */
const embeddedFonts = (pdf: Buffer) => [...new Set([...pdf.toString('latin1').matchAll(/\/FontName \/[A-Z]{6}\+([A-Za-z-]+)/g)].map((m) => m[1]))].sort();

describe('renderMeetingPdf', () => {
  it('when rendering the demo case on A4, gives a PDF with A4 pages and the Latin text in Noto Sans SC only', async () => {
    const pdf = await renderMeetingPdf(seedReport(), fonts, { paper: 'a4' });

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(embeddedFonts(pdf)).toEqual(['NotoSansSC-Regular']);
  });

  it('when asked for Letter paper, lays the pages out on Letter', async () => {
    const pdf = await renderMeetingPdf(seedReport(), fonts, { paper: 'letter' });

    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 612 792]');
  });

  it('when readouts are Chinese, Korean and Japanese, embeds the font of each script', async () => {
    const input = makeInput([
      { id: 1, party: 'CHN', sentences: ['双方同意加强半导体产业链合作。'] },
      { id: 2, party: 'KOR', sentences: ['양측은 반도체 공급망에 대해 논의했다.'] },
      { id: 3, party: 'JPN', sentences: ['両国は半導体について協議した。'] },
    ], [{ code: 'CHN', name: '中国' }, { code: 'KOR', name: '한국' }, { code: 'JPN', name: '日本' }]);
    const languages: Record<string, string> = { CHN: 'zh-CN', KOR: 'ko', JPN: 'ja' };

    const pdf = await renderMeetingPdf(reportOf(input, { statement: (s) => ({ ...s, language: languages[s.party] ?? 'en' }) }), fonts, { paper: 'a4' });

    expect(embeddedFonts(pdf)).toEqual(['NotoSansJP-Regular', 'NotoSansKR-Regular', 'NotoSansSC-Regular']);
  });

  it('when rendered twice from the same model, gives the same bytes', async () => {
    const report = hostileReport();

    const [first, second] = [await renderMeetingPdf(report, fonts, { paper: 'a4' }), await renderMeetingPdf(report, fonts, { paper: 'a4' })];

    expect(first.equals(second)).toBe(true);
  });

  it('when given arbitrary Unicode, never throws', async () => {
    await fc.assert(fc.asyncProperty(arbitraryReport(), async (report) => {
      const pdf = await renderMeetingPdf(report, fonts, { paper: 'letter' });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }), { numRuns: 15 });
  });
});
