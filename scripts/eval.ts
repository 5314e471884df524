/**
 * `npm run eval [-- --failures] [-- --set=guidance] [-- --lang=nb]`: runs every test/eval/*.json set through
 * the understanding the bot uses (commands, guidance, contacts, statistics, danger) and prints accuracy per
 * language and category, out-of-scope rejection, emergency recall and the confusions.
 */
import { loadComposedEvaluation } from '../src/evaluation/composed';
import { formatReport, runEvaluation } from '../src/evaluation';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

async function main(): Promise<void> {
  const set = option('set');
  const lang = option('lang');
  const composed = await loadComposedEvaluation();
  const items = composed.items.filter((i) => (!set || i.set === set) && (!lang || i.lang === lang));
  const started = performance.now();
  const report = runEvaluation(items, composed.understand, composed.checks, { isPhrasing: composed.isPhrasing });
  const ms = performance.now() - started;
  console.log(formatReport(report, { showFailures: process.argv.includes('--failures') }));
  console.log(`\n${items.length} questions in ${ms.toFixed(0)} ms (${((ms * 1000) / Math.max(1, items.length)).toFixed(0)} µs each).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
