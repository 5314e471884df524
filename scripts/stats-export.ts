/**
 * Export registered cases for the joint annual report, with the same disclosure control as answers in Teams.
 *
 *   npm run stats:export -- --year 2025 [--format csv] [--out report-2025.csv] [--store embedded|postgres] [--data-dir ./data]
 *
 * The store is the bot's: PostgreSQL when DATABASE_URL is set, otherwise the embedded store in DATA_DIR. Reads it
 * without taking a lock (safe while the bot runs), with the release decisions it keeps (rule 8), so the export shows
 * the same figures as the answers in Teams. Only completed months are included.
 * Formats: csv. (xlsx is not offered: no small, well-kept xlsx writer is installed; open the CSV in Excel.)
 */
import 'dotenv/config';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { countableCases } from '../src/stats/disclosure/disclosure';
import { ANNUAL_REPORT_TABLES, annualReportRowsFromStore, EXPORT_FORMATS, toCsv } from '../src/stats/disclosure/export';
import { releasedYear } from '../src/stats/disclosure/store-tables';
import { defaultStoreKind, describeStore, fileCaseSource, readWholeStore, STORE_KINDS } from './stats-stores';

const argsSchema = z.object({
  year: z.coerce.number().int().min(2023).max(2100),
  format: z.enum(EXPORT_FORMATS, { message: 'only csv is supported (open the CSV in Excel)' }).default('csv'),
  out: z.string().min(1).optional(),
  'data-dir': z.string().min(1).optional(),
  store: z.enum(STORE_KINDS).optional(),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { year: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, 'data-dir': { type: 'string' }, store: { type: 'string' } },
    strict: true,
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error('Usage: npm run stats:export -- --year 2025 [--format csv] [--out file.csv] [--data-dir ./data]');
    for (const issue of parsed.error.issues) console.error(`  --${issue.path.join('.')}: ${issue.message}`);
    process.exit(2);
  }
  const args = parsed.data;
  const location = { dataDir: args['data-dir'] };
  const kind = args.store ?? defaultStoreKind(location);
  const file = await readWholeStore(kind, location);
  const now = new Date();
  const source = fileCaseSource(file);
  const rows = await annualReportRowsFromStore(source, args.year, now);
  const { cases, released } = await releasedYear(source, `${args.year}-01`, now);
  const counted = countableCases(cases, `${args.year}-01`, `${args.year}-12`, now).filter((c) => c.registeredAt <= released).length;
  const csv = toCsv(rows);
  if (args.out) writeFileSync(args.out, csv);
  else process.stdout.write(csv);
  // On stderr, so that stdout stays the CSV alone.
  console.error(
    `Exported ${ANNUAL_REPORT_TABLES.length} tables for ${args.year} from ${describeStore(kind, location)}: ${file.cases.length} registered cases read, ${counted} counted (completed months, released)${args.out ? `; wrote ${args.out}` : ''}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
