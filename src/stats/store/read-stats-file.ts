import path from 'node:path';
import { createLogger, type Logger } from '../../logging/logger';
import { defaultStoreFs, type StoreFs } from './durable-file';
import { readJournal, SnapshotAdapter, withReleases, STATS_DATA_FILE, STATS_JOURNAL_FILE } from './lowdb-stats-store';
import type { StatsFile } from './migrations';
import { StatsStoreError } from './stats-store';

/**
 * A consistent read of the store without taking its lock and without changing any file, so exports and backups
 * work while the bot is running. The snapshot and the journal are two files; the bot may rewrite the snapshot and
 * empty the journal between our two reads. So: read the snapshot, read the journal, read the snapshot again;
 * if the snapshot moved on, or the journal does not continue where the snapshot ends, try again.
 */
export async function readStatsFile(dataDir: string, fs: StoreFs = defaultStoreFs, log: Logger = createLogger({ level: 'silent' })): Promise<StatsFile> {
  const adapter = new SnapshotAdapter(fs, path.join(dataDir, STATS_DATA_FILE));
  const journalPath = path.join(dataDir, STATS_JOURNAL_FILE);
  for (let attempt = 0; attempt < 20; attempt++) {
    const before = await adapter.read();
    if (!before) throw new StatsStoreError('corrupt', `no statistics store in ${dataDir} (${STATS_DATA_FILE} is missing)`);
    const journal = await readJournal(fs, journalPath, log);
    const after = await adapter.read();
    if (!after || after.journalSeq !== before.journalSeq) continue;
    const newer = journal.entries.filter((e) => e.seq > before.journalSeq);
    if (newer.length > 0 && newer[0]?.seq !== before.journalSeq + 1) continue;
    const cases = new Map(before.cases.map((c) => [c.id, c] as const));
    let seq = before.journalSeq;
    let releases = before.releases;
    for (const entry of newer) {
      if (entry.op === 'add') cases.set(entry.case.id, entry.case);
      else if (entry.op === 'remove') cases.delete(entry.id);
      else releases = withReleases(releases, entry.year, entry.decisions, entry.replaceFrom);
      seq = entry.seq;
    }
    return { ...before, cases: [...cases.values()], journalSeq: seq, releases };
  }
  throw new StatsStoreError('not-saved', 'the statistics store kept changing while it was read; try again');
}
