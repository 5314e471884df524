// The build's last step (after the bundle, see `npm run build`): starts the compiled app once, as `npm start` would,
// answers a few first messages, and writes dist/data/checked-data.json: every data file the start and those answers
// read whose zod schema accepted it as it is, by its SHA-256, for this build's program (scripts/build-id.mjs). The
// bundle then parses at start, and in its first turns, only the files that differ from what was checked here
// (src/paths/data-file.ts). It writes dist/data/word-boundaries.json too: the sources of the patterns made meanwhile
// with word boundaries of every script, which the bundle takes instead of working them out again
// (src/language/word-boundary-sources.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildId } from './build-id.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dist = (module) => path.join(root, 'dist', 'src', module);

// First, before any module that reads data at its load.
const { recordCheckedData, writeCheckedData, CHECKED_DATA_FILE } = require(dist('paths/data-file.js'));
const checked = recordCheckedData();
const { recordWordBoundarySources, writeWordBoundarySources, wordBoundariesFile } = require(dist('language/word-boundary-sources.js'));
const boundaries = recordWordBoundarySources();
const { createApp } = require(dist('app.js'));
const { parseEnv } = require(dist('config/env.js'));
const { createLogger } = require(dist('logging/logger.js'));
// botbuilder's in-memory adapter drives the app's bot as the conversation tests do (no network, no port).
const { TestAdapter } = require('botbuilder');

/**
 * First messages of the kinds every start meets: each turn reads some files on first use (the command words, the
 * statistics words, the sources' sections and the articles' short titles of a card), which would otherwise be parsed
 * with zod during a person's first question. Any message reads the command and statistics words; a guidance answer
 * the cards' files.
 */
const FIRST_MESSAGES = [
  ['nb-NO', 'hjelp'],
  ['nb-NO', 'hva er tvangsekteskap?'],
  ['nn-NO', 'kor mange saker hadde Kompetanseteamet i 2022?'],
  ['en-US', 'who can advise us about a pupil kept abroad?'],
];

const dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-check-'));
try {
  // The environment of a plain `npm start` (no .env: the values are given), its state in a directory of its own.
  const env = parseEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'error' });
  const app = await createApp(env, createLogger({ level: 'error', name: 'check-data' }));
  for (const [locale, text] of FIRST_MESSAGES) {
    const adapter = new TestAdapter((context) => app.bot.run(context));
    adapter.locale = locale;
    await adapter.send(text).startTest();
  }
  // The statistics grammar's patterns are made on first use: the rest of them now, so their boundaries are listed too.
  require(dist('stats/answers/stats-recognizer.js')).makeAllStatsPatterns();
  await app.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
writeCheckedData(CHECKED_DATA_FILE, buildId(root), checked);
process.stdout.write(`${checked.size} data files checked, listed in ${path.relative(root, CHECKED_DATA_FILE)}\n`);
// The word boundaries of every pattern the start and those answers made (src/language/word-boundary-sources.ts).
writeWordBoundarySources(wordBoundariesFile(root), buildId(root), boundaries);
process.stdout.write(`${boundaries.size} patterns' word boundaries written to ${path.relative(root, wordBoundariesFile(root))}\n`);
// Each statistics rewrite's script and required literals, worked out from its source (src/stats/answers/rewrite-facts.ts).
const { workedOutRewriteFacts } = require(dist('stats/answers/stats-words.js'));
const { writeStatsRewriteFacts, statsRewritesFile } = require(dist('stats/answers/rewrite-facts.js'));
const rewriteFacts = workedOutRewriteFacts();
const rewritesWritten = writeStatsRewriteFacts(statsRewritesFile(root), buildId(root), rewriteFacts);
process.stdout.write(`${rewritesWritten} of ${rewriteFacts.size} statistics rewrites' scripts and literals written to ${path.relative(root, statsRewritesFile(root))}\n`);
// Timers the app started (its stores' flushes) are not waited for.
process.exit(0);
