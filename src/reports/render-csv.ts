import { stringify } from 'csv-stringify/sync';
import type { CsvTable } from '../domain/report/csv-records.ts';

/**
 * A CSV table as RFC 4180 text (CRLF, fields quoted as needed), with a UTF-8 byte order
 * mark so spreadsheets read Chinese, Korean and Japanese correctly. `escape_formulas`
 * prefixes a quote to cells starting with = + - @ tab or CR (OWASP CSV injection), so a
 * hostile readout cannot run a formula in the analyst's spreadsheet.
 */
export function renderCsv(table: CsvTable): string {
  return stringify([table.header, ...table.rows].map((row) => [...row]), { bom: true, record_delimiter: 'windows', escape_formulas: true });
}
