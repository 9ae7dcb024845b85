import { divergenceCsvTable, meetingCsvTable } from '../../../src/domain/report/csv-records.ts';
import { divergenceReport, seedReport } from './report-fixtures.ts';

describe('meetingCsvTable', () => {
  it('when given the demo case, has one row per topic and party, the unconfirmed joint claim first', () => {
    const table = meetingCsvTable(seedReport());

    expect(table.rows.map((row) => [row[3], row[7], row[6]])).toEqual([
      ['semiconductors', 'CHN', 'yes'], ['semiconductors', 'KOR', 'yes'],
      ['supply-chains', 'CHN', 'yes'], ['supply-chains', 'KOR', 'yes'],
      ['critical-minerals', 'CHN', 'no'], ['critical-minerals', 'KOR', 'no'],
    ]);
    expect(table.rows.every((row) => row.length === table.header.length)).toBe(true);
  });
});

describe('divergenceCsvTable', () => {
  it('when given two meetings of one pair, has one row per meeting with the pair score', () => {
    const table = divergenceCsvTable(divergenceReport());

    expect(table.rows.map((row) => [row[0], row[4], row[5], row[6]])).toEqual([['9', 'CHN', 'KOR', '0.000'], ['7', 'CHN', 'KOR', '1.000']]);
  });
});
