/**
 * `npm run eval:danger [-- --set=<file>] [-- --failures]`: the danger sets (test/eval/danger/*.json, or one file):
 * emergency recall on messages that signal danger (said plainly or only described), false alarms on calm messages
 * about the same topics, and whether a young person writing about themselves is recognised, per language.
 * `--failures` prints the sets' English glosses of what went wrong, never the messages.
 */
import path from 'node:path';
import { dangerSetFiles, loadDangerSet, percent, scoreDangerSet } from '../src/evaluation/danger-eval';
import { loadComposedEvaluation } from '../src/evaluation/composed';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

async function main(): Promise<void> {
  const only = option('set');
  const files = only ? [path.resolve(only)] : dangerSetFiles(path.join(__dirname, '..', 'test', 'eval', 'danger'));
  const composed = await loadComposedEvaluation();
  for (const file of files) {
    const items = loadDangerSet(file);
    const report = scoreDangerSet(items, composed.understand);
    console.log(`\n${path.basename(file)}: ${items.length} messages`);
    console.log('lang | emergency recall | of which described only | false alarms on calm | young writer recognised | adult not taken for young');
    for (const [key, r] of report.rows) {
      console.log(`${key} | ${percent(r.recall)} | ${percent(r.indirectRecall)} | ${percent(r.falseAlarms)} | ${percent(r.youngSeen)} | ${percent(r.adultsKept)}`);
    }
    if (process.argv.includes('--failures')) for (const f of report.failures) console.log(`  ${f}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
