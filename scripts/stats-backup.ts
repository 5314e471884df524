/**
 * Back up the statistics store: a consistent copy of every registered case, the published figures and the release
 * decisions, as one JSON file in the embedded store's layout.
 *
 *   npm run stats:backup [-- --store embedded|postgres] [--data-dir ./data] [--out file.json]
 *
 * The store is the bot's: PostgreSQL when DATABASE_URL is set, otherwise the embedded store in DATA_DIR. The copy
 * goes to DATA_DIR/backups/stats-<UTC timestamp>.json unless --out names a file. Safe while the bot runs: the
 * embedded store is read without its lock (read-stats-file.ts), PostgreSQL in one REPEATABLE READ transaction.
 * Restore (embedded): stop the bot, copy the backup over DATA_DIR/stats.json, delete DATA_DIR/stats.journal, start.
 * Restore into PostgreSQL: put the backup in an empty DATA_DIR as stats.json and run
 *   npm run stats:migrate -- --from embedded --to postgres --data-dir <that folder>
 * (see docs/deployment.md).
 */
import 'dotenv/config';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { defaultStoreFs, writeFileAtomic } from '../src/stats/store/durable-file';
import { backupFileName, STATS_BACKUP_DIR } from '../src/stats/store/lowdb-stats-store';
import { statsDataDir } from './stats-args';
import { defaultStoreKind, describeStore, readWholeStore, STORE_KINDS } from './stats-stores';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, store: { type: 'string' }, out: { type: 'string' } }, strict: true });
  const location = { dataDir: values['data-dir'] };
  const kind = values.store === undefined ? defaultStoreKind(location) : z.enum(STORE_KINDS).parse(values.store);
  const file = await readWholeStore(kind, location);
  let target = values.out;
  if (!target) {
    const dir = path.join(path.resolve(statsDataDir(values['data-dir'])), STATS_BACKUP_DIR);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    target = path.join(dir, backupFileName(new Date()));
  }
  await writeFileAtomic(defaultStoreFs, target, JSON.stringify(file));
  console.log(`Backed up ${file.cases.length} registered cases and ${file.published.length} published figures from ${describeStore(kind, location)} to ${target}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
