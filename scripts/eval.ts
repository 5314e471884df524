/**
 * `npm run eval [-- --failures] [-- --set=guidance] [-- --lang=nb] [-- --no-conversations]`: runs every
 * test/eval/*.json set through the understanding the bot uses (commands, guidance, contacts, statistics, danger) and
 * prints accuracy per language and category, out-of-scope rejection, emergency recall and the confusions; then
 * (unless a set or language is chosen, or --no-conversations) every conversation set in test/eval/conversations
 * through the real bot, one line per set: core, "did you mean", emergency recall and core per language against the
 * bar for a fresh blind set. `npm run eval:conversations` shows one set in detail.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadComposedEvaluation } from '../src/evaluation/composed';
import { formatReport, runEvaluation } from '../src/evaluation';
import {
  createConversationRunner,
  evaluateConversations,
  formatConversationSetsTable,
  loadConversationSet,
  type ConversationReport,
} from '../src/evaluation/conversation-eval';

const CONVERSATION_SETS = path.resolve(__dirname, '../test/eval/conversations');

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
  if (!set && !lang && !process.argv.includes('--no-conversations')) await printConversationSets();
}

async function printConversationSets(): Promise<void> {
  const files = readdirSync(CONVERSATION_SETS)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const runner = await createConversationRunner();
  try {
    const rows: { name: string; report: ConversationReport }[] = [];
    for (const file of files) {
      rows.push({ name: file.replace(/\.json$/, ''), report: await evaluateConversations(loadConversationSet(path.join(CONVERSATION_SETS, file)), runner) });
    }
    console.log('\nConversation sets through the real bot (test/eval/conversations; npm run eval:conversations -- --set=<file> --failures for one set):\n');
    console.log(formatConversationSetsTable(rows));
  } finally {
    await runner.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
