/**
 * `node dist/bench/understanding-bench.js [passes]` (built by `npm run bench`; or `npx tsx bench/understanding-bench.ts`): the understanding step alone (no HTTP, no cache of readings), on
 * every evaluation question written differently on each pass (as `npm run bench -- --new` sends them). Prints ms per
 * message; run under `node --cpu-prof --import tsx` to see where a new message's reading goes.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadEvalSets } from '../src/evaluation/eval-set';
import { createReaders } from '../src/features';
import { memoryFeedbackStore } from '../src/knowledge';
import { createI18n } from '../src/language/i18n';
import { isLang } from '../src/language/languages';
import { projectRoot } from '../src/paths/content-root';
import { newlyWritten } from './teams-traffic';

async function main(): Promise<void> {
  const passes = Number(process.argv[2] ?? 3);
  const now = () => new Date('2026-12-01T12:00:00Z');
  const readers = await createReaders({ i18n: createI18n(), dataDir: mkdtempSync(path.join(tmpdir(), 'veiviser-ubench-')), now, feedback: memoryFeedbackStore() });
  const questions = loadEvalSets(path.join(projectRoot(), 'test', 'eval')).flatMap(({ q, lang }) => (isLang(lang) ? [{ q, lang }] : []));
  let n = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let pass = 0; pass < passes; pass++) {
    for (const { q, lang } of questions) {
      readers.understand(newlyWritten(q, pass + 1), lang);
      n += 1;
    }
  }
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  // CPU time as well as wall time: on a shared machine the wall time mostly measures the other processes.
  const cpuMs = (used.user + used.system) / 1000;
  process.stdout.write(`${n} new messages understood in ${Math.round(ms)} ms (${Math.round(cpuMs)} ms of CPU): ${(ms / n).toFixed(3)} ms each, ${(cpuMs / n).toFixed(3)} ms of CPU\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
