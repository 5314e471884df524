/**
 * `npm run eval:conversations -- --set=<file or folder> [--failures] [--json=<out>] [--locale=en-US]`: whole
 * conversations through the real bot, scored by what a person sees (src/evaluation/conversation-eval.ts). `--failures`
 * prints, per failing item, its id, language, kind, what failed and its English note, never the messages; `--json`
 * writes the report and per-item verdicts (no messages, no replies); `--locale` gives every item that Teams locale
 * instead of its language's (how people whose Teams runs in English are answered).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  createConversationRunner,
  evaluateConversations,
  formatConversationReport,
  loadConversationSet,
} from '../src/evaluation/conversation-eval';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

async function main(): Promise<void> {
  const set = option('set');
  if (!set) throw new Error('usage: npm run eval:conversations -- --set=<file or folder> [--failures] [--json=<out>] [--locale=<Teams locale>]');
  const items = loadConversationSet(path.resolve(set));
  const locale = option('locale');
  const runner = await createConversationRunner(locale ? { locale } : {});
  try {
    const report = await evaluateConversations(items, runner);
    console.log(`${path.basename(set)}: ${items.length} conversations\n`);
    console.log(formatConversationReport(report, { failures: process.argv.includes('--failures') }));
    const json = option('json');
    if (json) {
      mkdirSync(path.dirname(path.resolve(json)), { recursive: true });
      writeFileSync(path.resolve(json), JSON.stringify({ set: path.basename(set), ...report }, null, 2) + '\n', 'utf8');
      console.log(`\nwrote ${json}`);
    }
  } finally {
    await runner.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
