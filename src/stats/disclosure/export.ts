import { stringify } from 'csv-stringify/sync';
import { COUNTIES, type CaseRecord } from '../store/case-record';
import { tabulate, type Breakdown, type Cell, type ProtectedTable } from './disclosure';
import { releasedYear, type CaseSource } from './store-tables';

/**
 * Export for the joint annual report. Every table goes through the same disclosure control as answers in Teams
 * (tabulate in disclosure.ts): approved breakdowns only, completed months only, small counts suppressed.
 * Registrar hashes, ids and registration times are never exported.
 */

/** The tables of the annual report, in the order they are written. */
export const ANNUAL_REPORT_TABLES: readonly { readonly id: string; readonly dims: Breakdown }[] = [
  { id: 'total', dims: [] },
  { id: 'by-service', dims: ['service'] },
  { id: 'service-by-case-type', dims: ['service', 'caseType'] },
  { id: 'service-by-gender', dims: ['service', 'gender'] },
  { id: 'service-by-age-band', dims: ['service', 'ageBand'] },
  { id: 'service-by-county', dims: ['service', 'county'] },
  { id: 'service-by-origin-region', dims: ['service', 'originRegion'] },
  { id: 'service-by-whereabouts', dims: ['service', 'whereabouts'] },
  { id: 'service-by-referral', dims: ['service', 'referredTo'] },
  { id: 'case-type-by-gender', dims: ['caseType', 'gender'] },
  { id: 'case-type-by-age-band', dims: ['caseType', 'ageBand'] },
];

export const EXPORT_FORMATS = ['csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRow {
  readonly table: string;
  readonly period: string;
  readonly rowDimension: string;
  readonly row: string;
  readonly columnDimension: string;
  readonly column: string;
  /** Empty when suppressed. */
  readonly value: number | undefined;
  /** '' | 'fewer-than-5' | 'hidden' | 'withheld' | 'no-completed-months' */
  readonly suppression: string;
}

const COUNTY_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(COUNTIES));

function label(dimension: string | undefined, category: string): string {
  const county = dimension === 'county' ? COUNTY_NAMES.get(category) : undefined;
  return county ? `${category} ${county}` : category;
}

function cellRow(base: Omit<ExportRow, 'value' | 'suppression'>, cell: Cell | undefined): ExportRow {
  if (!cell) return { ...base, value: undefined, suppression: 'hidden' };
  if (cell.kind === 'count') return { ...base, value: cell.value, suppression: '' };
  return { ...base, value: undefined, suppression: cell.kind };
}

function rowsOfTable(id: string, table: ProtectedTable, period: string): ExportRow[] {
  if (table.status !== 'ok') {
    const dims = 'dims' in table ? table.dims : [];
    return [{ table: id, period, rowDimension: dims[0] ?? '', row: '', columnDimension: dims[1] ?? '', column: '', value: undefined, suppression: table.status }];
  }
  const [d0, d1] = table.dims;
  const actualPeriod = `${table.fromMonth}..${table.toMonth}`;
  const base = (row: string, column: string) => ({
    table: id,
    period: actualPeriod,
    rowDimension: d0 ?? '',
    row,
    columnDimension: d1 ?? '',
    column,
  });
  const out: ExportRow[] = [];
  table.rows.forEach((r, i) => {
    if (d1 !== undefined) table.cols.forEach((c, k) => out.push(cellRow(base(label(d0, r), label(d1, c)), table.cells[i]?.[k])));
    out.push(cellRow(base(label(d0, r), 'total'), table.rowTotals[i]));
  });
  if (d1 !== undefined) table.cols.forEach((c, k) => out.push(cellRow(base('total', label(d1, c)), table.colTotals[k])));
  out.push(cellRow(base('total', 'total'), table.total));
  return out;
}

/** All annual-report tables for `year`, protected. Months of `year` not yet completed at `now` are left out. */
export function annualReportRows(cases: readonly CaseRecord[], year: number, now: Date): ExportRow[] {
  const fromMonth = `${year}-01`;
  const toMonth = `${year}-12`;
  return ANNUAL_REPORT_TABLES.flatMap(({ id, dims }) => rowsOfTable(id, tabulate(cases, { dims, fromMonth, toMonth, now }), `${fromMonth}..${toMonth}`));
}

/** The annual-report tables of a store, with the release decisions kept in it (the same releases as the answers in Teams). */
export async function annualReportRowsFromStore(source: CaseSource, year: number, now: Date): Promise<ExportRow[]> {
  const fromMonth = `${year}-01`;
  const toMonth = `${year}-12`;
  const { cases, released } = await releasedYear(source, fromMonth, now);
  return ANNUAL_REPORT_TABLES.flatMap(({ id, dims }) => rowsOfTable(id, tabulate(cases, { dims, fromMonth, toMonth, now }, released), `${fromMonth}..${toMonth}`));
}

/** The CSV columns: the header of each and the field of ExportRow it holds. */
const CSV_COLUMNS: { readonly key: keyof ExportRow; readonly header: string }[] = [
  { key: 'table', header: 'table' },
  { key: 'period', header: 'period' },
  { key: 'rowDimension', header: 'row_dimension' },
  { key: 'row', header: 'row' },
  { key: 'columnDimension', header: 'column_dimension' },
  { key: 'column', header: 'column' },
  { key: 'value', header: 'value' },
  { key: 'suppression', header: 'suppression' },
];

/**
 * RFC 4180 CSV with a header line and CRLF line ends (what spreadsheet programs expect), written by csv-stringify:
 * a field is quoted only when it holds a comma, a quote or a line break, an empty value is an empty field, no BOM.
 */
export function toCsv(rows: readonly ExportRow[]): string {
  // quote_record_delimiter: also quote a field holding a lone \n or \r (with an explicit record_delimiter,
  // csv-stringify otherwise quotes only the whole \r\n).
  return stringify(rows as ExportRow[], { header: true, columns: CSV_COLUMNS, record_delimiter: '\r\n', quote_record_delimiter: true });
}
