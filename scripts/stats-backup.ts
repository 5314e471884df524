/**
 * Back up the statistics store: a consistent, compacted copy in DATA_DIR/backups/stats-<UTC timestamp>.json.
 *
 *   npm run stats:backup [-- --data-dir ./data]
 *
 * Respects the store's lock: it never opens the store for writing and never changes stats.json or the journal,
 * so it is safe while the bot runs (see read-stats-file.ts for how the copy stays consistent).
 * Restore: stop the bot, copy the backup over DATA_DIR/stats.json, delete DATA_DIR/stats.journal, start the bot.
 */
import 'dotenv/config';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultStoreFs, writeFileAtomic } from '../src/stats/store/durable-file';
import { backupFileName, STATS_BACKUP_DIR } from '../src/stats/store/lowdb-stats-store';
import { readStatsFile } from '../src/stats/store/read-stats-file';
import { statsDataDir } from './stats-args';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } }, strict: true });
  const dataDir = path.resolve(statsDataDir(values['data-dir']));
  const file = await readStatsFile(dataDir);
  const dir = path.join(dataDir, STATS_BACKUP_DIR);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const target = path.join(dir, backupFileName(new Date()));
  await writeFileAtomic(defaultStoreFs, target, JSON.stringify(file));
  console.log(`Backed up ${file.cases.length} registered cases and ${file.published.length} published figures to ${target}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
