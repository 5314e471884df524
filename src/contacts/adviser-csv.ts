import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { adviserPhoneSchema, type Adviser } from './adviser-schema';
import type { NorwegianPlaces } from './norwegian-places';

/** Column names accepted in the header row, in Norwegian or English, any case. */
const COLUMNS = {
  county: ['fylke', 'county'],
  municipality: ['kommune', 'municipality'],
  school: ['skole', 'skule', 'school'],
  name: ['navn', 'namn', 'name', 'rådgiver', 'adviser'],
  email: ['e-post', 'epost', 'email', 'e-mail'],
  phone: ['telefon', 'tlf', 'phone', 'telephone'],
} as const;
type Column = keyof typeof COLUMNS;

export interface CsvError {
  /** 1-based line in the file (the header is line 1). */
  readonly line: number;
  readonly message: string;
}
export type CsvResult = { readonly ok: true; readonly advisers: Adviser[] } | { readonly ok: false; readonly errors: CsvError[] };

/** csv-parse with `info: true`: each record with the line it ends on. */
const parsedRecords = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.number().int() }) }));

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const rowSchema = z.object({
  county: z.string().trim().min(1, 'county (fylke) is empty'),
  municipality: z.string().trim().min(1, 'municipality (kommune) is empty'),
  school: z.string().trim().min(1, 'school (skole) is empty'),
  name: z.string().trim().min(1, 'name (navn) is empty'),
  email: z.preprocess(emptyToUndefined, z.string().trim().email('e-mail (e-post) is not a valid address').optional()),
  phone: z.preprocess(emptyToUndefined, adviserPhoneSchema.optional()),
});

function headerMap(header: readonly string[]): { map: Partial<Record<Column, number>>; missing: Column[] } {
  const map: Partial<Record<Column, number>> = {};
  header.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) if (names.includes(name)) map[column] = i;
  });
  const required: Column[] = ['county', 'municipality', 'school', 'name'];
  const optionalPresent = map.email !== undefined || map.phone !== undefined;
  const missing = required.filter((c) => map[c] === undefined);
  if (!optionalPresent) missing.push('email', 'phone');
  return { map, missing };
}

/**
 * Reads the adviser CSV (comma or semicolon separated, UTF-8, header row first) and checks every row:
 * required fields, e-mail and phone format, a county that exists from 2024, a municipality in that county.
 * All errors are collected with their line numbers, so an admin fixes the file in one go.
 */
export function parseAdviserCsv(text: string, places: NorwegianPlaces): CsvResult {
  let records: { record: string[]; line: number }[];
  try {
    const delimiter = (text.split(/\r?\n/, 1)[0] ?? '').includes(';') ? ';' : ',';
    const raw: unknown = parse(text.replace(/^\uFEFF/, ''), { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, info: true });
    records = parsedRecords.parse(raw).map((r) => ({ record: r.record, line: r.info.lines }));
  } catch (error) {
    const line = error instanceof Error && 'lines' in error && typeof error.lines === 'number' ? error.lines : 1;
    return { ok: false, errors: [{ line, message: `the file is not valid CSV: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const [header, ...rows] = records;
  if (!header) return { ok: false, errors: [{ line: 1, message: 'the file is empty' }] };
  const { map, missing } = headerMap(header.record);
  if (missing.length > 0) {
    return { ok: false, errors: [{ line: header.line, message: `missing column(s): ${missing.join(', ')} (expected fylke, kommune, skole, navn, e-post, telefon)` }] };
  }
  if (rows.length === 0) return { ok: false, errors: [{ line: header.line, message: 'the file has no adviser rows' }] };

  const errors: CsvError[] = [];
  const advisers: Adviser[] = [];
  for (const { record, line } of rows) {
    const cell = (c: Column) => {
      const i = map[c];
      return i === undefined ? undefined : record[i];
    };
    const parsed = rowSchema.safeParse({ county: cell('county') ?? '', municipality: cell('municipality') ?? '', school: cell('school') ?? '', name: cell('name') ?? '', email: cell('email'), phone: cell('phone') });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ line, message: issue.path.length > 0 && issue.message.startsWith('must') ? `${String(issue.path[0])} ${issue.message}` : issue.message });
      continue;
    }
    const row = parsed.data;
    if (!row.email && !row.phone) {
      errors.push({ line, message: 'give an e-mail (e-post) or a phone number (telefon)' });
      continue;
    }
    const county = places.county(row.county);
    if (!county) {
      const hint = /^viken$/i.test(row.county) ? ' – Viken was split in 2024 into Østfold, Akershus and Buskerud' : '';
      errors.push({ line, message: `county "${row.county}" is not one of Norway's counties from 2024${hint} (${places.counties.map((c) => c.name).join(', ')})` });
      continue;
    }
    const named = places.municipalitiesNamed(row.municipality);
    const inCounty = named.filter((m) => m.county.code === county.code);
    const municipality = inCounty[0];
    if (!municipality) {
      const elsewhere = named.map((m) => m.county.name);
      errors.push({
        line,
        message: elsewhere.length > 0 ? `municipality "${row.municipality}" is in ${elsewhere.join(' / ')}, not in ${county.name}` : `municipality "${row.municipality}" is not a Norwegian municipality (2024 list)`,
      });
      continue;
    }
    advisers.push({
      countyCode: county.code,
      county: county.name,
      municipalityCode: municipality.code,
      municipality: municipality.name,
      school: row.school,
      name: row.name,
      ...(row.email ? { email: row.email } : {}),
      ...(row.phone ? { phone: row.phone } : {}),
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, advisers };
}
