/**
 * Imports the diversity-adviser directory from a CSV file into DATA_DIR/advisers.json.
 *
 *   npm run import:advisers -- advisers.csv [--data-dir DIR]
 *
 * The CSV is UTF-8, comma- or semicolon-separated, with a header row. Columns (Norwegian or English names):
 *   fylke/county, kommune/municipality, skole/school, navn/name, and e-post/email and/or telefon/phone.
 * Counties are Norway's from 2024; the municipality must lie in that county (content/contacts/municipalities.json).
 * See test/contacts/fixtures/advisers.csv for a (fictional) example.
 *
 * Every row is checked; errors are printed with their line numbers and nothing is written if any row is bad.
 * The file is written atomically (temporary file, then rename), so the bot never reads half a file.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseDataDir } from '../src/config/env';
import { parseAdviserCsv } from '../src/contacts/adviser-csv';
import { ADVISERS_FILE_NAME, advisersFileSchema, type AdvisersFile } from '../src/contacts/adviser-schema';
import { createNorwegianPlaces } from '../src/contacts/norwegian-places';

export interface ImportOptions {
  readonly csvFile: string;
  readonly dataDir: string;
  readonly now?: Date;
}
export type ImportOutcome = { readonly ok: true; readonly count: number; readonly file: string } | { readonly ok: false; readonly errors: readonly string[] };

export function importAdvisers(options: ImportOptions): ImportOutcome {
  let text: string;
  try {
    text = readFileSync(options.csvFile, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`cannot read ${options.csvFile}: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const result = parseAdviserCsv(text, createNorwegianPlaces());
  if (!result.ok) return { ok: false, errors: result.errors.map((e) => `${path.basename(options.csvFile)}:${e.line}: ${e.message}`) };
  const data: AdvisersFile = advisersFileSchema.parse({
    version: 1,
    importedAt: (options.now ?? new Date()).toISOString(),
    importedFrom: path.basename(options.csvFile),
    advisers: result.advisers,
  });
  mkdirSync(options.dataDir, { recursive: true });
  const target = path.join(options.dataDir, ADVISERS_FILE_NAME);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(data, null, 2) + '\n', 'utf8');
  renameSync(temporary, target);
  return { ok: true, count: data.advisers.length, file: target };
}

const argsSchema = z.object({ csvFile: z.string().min(1), dataDir: z.string().min(1) });

export function parseArgs(argv: readonly string[], defaultDataDir: string): z.infer<typeof argsSchema> | undefined {
  let csvFile: string | undefined;
  let dataDir = defaultDataDir;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data-dir') dataDir = argv[++i] ?? '';
    else if (arg?.startsWith('--data-dir=')) dataDir = arg.slice('--data-dir='.length);
    else if (arg && !arg.startsWith('--')) csvFile = arg;
  }
  const parsed = argsSchema.safeParse({ csvFile, dataDir });
  return parsed.success ? parsed.data : undefined;
}

function main(): number {
  // Same variable and default as the bot (src/config/env.ts); this script needs nothing else from the environment.
  const args = parseArgs(process.argv.slice(2), parseDataDir(process.env));
  if (!args) {
    console.error('usage: npm run import:advisers -- advisers.csv [--data-dir DIR]');
    return 2;
  }
  const outcome = importAdvisers(args);
  if (!outcome.ok) {
    for (const error of outcome.errors) console.error(error);
    console.error(`No advisers were imported (${outcome.errors.length} error${outcome.errors.length === 1 ? '' : 's'}). Fix the lines above and run again.`);
    return 1;
  }
  console.log(`Imported ${outcome.count} adviser${outcome.count === 1 ? '' : 's'} into ${outcome.file}.`);
  return 0;
}

if (require.main === module) process.exitCode = main();
