import { meetingCsvTable } from '../../src/domain/report/csv-records.ts';
import { renderCsv } from '../../src/reports/render-csv.ts';
import { hostileReport, seedReport } from '../domain/report/report-fixtures.ts';

/** Parses RFC 4180 text back into rows, to check the file as a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (char === '"') quoted = false; else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { row.push(field); field = ''; } else if (char === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; } else field += char;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

describe('renderCsv', () => {
  it('when rendering the demo case, writes a header and one row per topic and party', () => {
    const csv = renderCsv(meetingCsvTable(seedReport()));

    expect(csv.startsWith('\ufeffmeeting_id,')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(1 + 3 * 2);
    expect(rows[1]!.slice(3, 10)).toEqual(['semiconductors', 'Semiconductors', 'omitted', 'yes', 'CHN', 'China', 'yes']);
    expect(rows[2]!.slice(7, 10)).toEqual(['KOR', 'South Korea', 'no']);
  });

  it('when cells start with = + - @, prefixes a quote so spreadsheets do not run them as formulas', () => {
    const rows = parseCsv(renderCsv(meetingCsvTable(hostileReport())).slice(1));

    const cells = rows.slice(1).flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/u.test(cell))).toEqual([]);
    expect(cells).toContain("'=cmd|/C calc");
  });

  it('when a cell holds commas, quotes and line breaks, keeps it one cell', () => {
    const csv = renderCsv({ header: ['a', 'b'], rows: [['x, "y"\nz', '中国 한국 日本']] });

    expect(parseCsv(csv.slice(1))).toEqual([['a', 'b'], ['x, "y"\nz', '中国 한국 日本']]);
  });
});
