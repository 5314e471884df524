/**
 * Export registered cases for the joint annual report, with the same disclosure control as answers in Teams.
 *
 *   npm run stats:export -- --year 2025 [--format csv] [--out report-2025.csv] [--data-dir ./data]
 *
 * Reads the store without taking its lock (safe while the bot runs). Only completed months are included.
 * Formats: csv. (xlsx is not offered: no small, well-kept xlsx writer is installed; open the CSV in Excel.)
 */
import 'dotenv/config';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { annualReportRows, EXPORT_FORMATS, toCsv } from '../src/stats/disclosure/export';
import { readStatsFile } from '../src/stats/store/read-stats-file';
import { statsDataDir } from './stats-args';

const argsSchema = z.object({
  year: z.coerce.number().int().min(2023).max(2100),
  format: z.enum(EXPORT_FORMATS, { message: 'only csv is supported (open the CSV in Excel)' }).default('csv'),
  out: z.string().min(1).optional(),
  'data-dir': z.string().min(1).optional(),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { year: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, 'data-dir': { type: 'string' } },
    strict: true,
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error('Usage: npm run stats:export -- --year 2025 [--format csv] [--out file.csv] [--data-dir ./data]');
    for (const issue of parsed.error.issues) console.error(`  --${issue.path.join('.')}: ${issue.message}`);
    process.exit(2);
  }
  const args = parsed.data;
  const file = await readStatsFile(statsDataDir(args['data-dir']));
  const csv = toCsv(annualReportRows(file.cases, args.year, new Date()));
  if (args.out) {
    writeFileSync(args.out, csv);
    console.error(`Wrote ${args.out}`);
  } else {
    process.stdout.write(csv);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
