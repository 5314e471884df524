/**
 * Move the statistics store between the embedded store (DATA_DIR) and PostgreSQL (DATABASE_URL), with nothing lost:
 *
 *   npm run stats:migrate -- --from embedded --to postgres [--data-dir ./data] [--database-url postgres://…]
 *   npm run stats:migrate -- --from postgres --to embedded [--data-dir ./copy]      (a local copy)
 *
 * Copies every registered case exactly (id, fields, registration time, registrar hash while it is kept) and the
 * release decisions; a case already in the target (same id) is left alone, so running it twice copies nothing
 * twice. Then reads the target back and checks that every case of the source is there with the same contents,
 * and says how many cases it copied. Stop the bot first when the source is the embedded store (the copy takes
 * the store's lock, so a running bot makes it stop with "locked"); see docs/deployment.md.
 * Language choices and feedback counts stay where they are (both start empty in the new store: a language choice
 * is asked again, feedback counts are a tally, not records).
 */
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { CaseRecord } from '../src/stats/store/case-record';
import { describeStore, openWritableStore, STORE_KINDS, type StoreLocation } from './stats-stores';

const argsSchema = z
  .object({
    from: z.enum(STORE_KINDS),
    to: z.enum(STORE_KINDS),
    'data-dir': z.string().min(1).optional(),
    'database-url': z.string().regex(/^postgres(ql)?:\/\//).optional(),
  })
  .refine((a) => a.from !== a.to, { message: '--from and --to must differ', path: ['to'] });

/** A case's contents without the registrar hash (the source erases it on its own clock). */
function contents(c: CaseRecord): string {
  const { registeredBy: _registeredBy, ...rest } = c;
  return JSON.stringify(rest, Object.keys(rest).sort());
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, to: { type: 'string' }, 'data-dir': { type: 'string' }, 'database-url': { type: 'string' } },
    strict: true,
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error('Usage: npm run stats:migrate -- --from embedded|postgres --to postgres|embedded [--data-dir ./data] [--database-url postgres://…]');
    for (const issue of parsed.error.issues) console.error(`  --${issue.path.join('.')}: ${issue.message}`);
    process.exit(2);
  }
  const args = parsed.data;
  const location: StoreLocation = { dataDir: args['data-dir'], databaseUrl: args['database-url'] };
  const source = await openWritableStore(args.from, location);
  try {
    const file = await source.store.exportFile();
    const target = await openWritableStore(args.to, location);
    try {
      const added = await target.store.importFile(file);
      const after = await target.store.exportFile();
      const there = new Map(after.cases.map((c) => [c.id, contents(c)] as const));
      const missing = file.cases.filter((c) => there.get(c.id) !== contents(c));
      if (missing.length > 0) throw new Error(`${missing.length} of ${file.cases.length} cases are not in the target with the same contents; nothing was removed from the source`);
      console.log(
        `Copied ${added} registered cases from ${describeStore(args.from, location)} to ${describeStore(args.to, location)} ` +
          `(${file.cases.length - added} were there already); the target holds ${after.cases.length} cases, every one of the source's ${file.cases.length} with the same contents.`,
      );
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
