/**
 * `npm run eval:snapshot -- --out=<file>`: every answer the bot gives to every evaluation question, written one per
 * line, so a refactoring or an optimisation can prove "same answers before and after" with a plain `diff`.
 *
 * - Each question of test/eval/*.json: the understanding step's reading (intent, danger, young writer, the first
 *   three candidates with their scores).
 * - Each conversation of test/eval/conversations and each message of test/eval/danger, through the real bot
 *   (TestAdapter, the app as `npm start` builds it): the replies to the last message, without ids and timestamps.
 *
 * The clock is fixed, so relative years ("i fjor") read the same on every run. The file holds the evaluation's
 * own questions and the bot's answers to them; it is a developer's artefact and is never written by the bot.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { loadComposedEvaluation } from '../src/evaluation/composed';
import { createConversationRunner, loadConversationSet } from '../src/evaluation/conversation-eval';
import { loadDangerSet } from '../src/evaluation/danger-eval';
import { projectRoot } from '../src/paths/content-root';

const NOW = new Date('2026-12-01T12:00:00Z');

/** JSON with object keys sorted, so two snapshots differ only where an answer does (not in the order of keys). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

/** The parts of a reply a person sees or a client acts on. */
function visible(activity: Partial<Activity>): unknown {
  const { text, attachments, suggestedActions, inputHint, textFormat, attachmentLayout } = activity;
  return { text, attachments, suggestedActions, inputHint, textFormat, attachmentLayout };
}

async function main(): Promise<void> {
  const out = option('out');
  if (!out) throw new Error('usage: npm run eval:snapshot -- --out=<file>');
  const lines: string[] = [];
  const composed = await loadComposedEvaluation(() => NOW);
  for (const item of composed.items) {
    const u = composed.understand(item.q, item.lang);
    const candidates = u.candidates.slice(0, 3).map((c) => ({ intent: c.intent, score: Number(c.score.toFixed(6)), source: c.source }));
    lines.push(canonical({ set: item.set, lang: item.lang, q: item.q, intent: u.intent, danger: u.danger, young: u.youngWriter ?? false, candidates }));
  }
  const evalDir = path.join(projectRoot(), 'test', 'eval');
  const runner = await createConversationRunner({ now: () => NOW });
  try {
    for (const file of readdirSync(path.join(evalDir, 'conversations')).filter((f) => f.endsWith('.json')).sort()) {
      for (const item of loadConversationSet(path.join(evalDir, 'conversations', file))) {
        const run = await runner.converse(item);
        lines.push(canonical({ set: file, id: item.id, error: run.error ?? null, replies: run.replies.map(visible) }));
      }
    }
    for (const file of readdirSync(path.join(evalDir, 'danger')).filter((f) => f.endsWith('.json')).sort()) {
      for (const [index, item] of loadDangerSet(path.join(evalDir, 'danger', file)).entries()) {
        const run = await runner.converse({ lang: item.lang, turns: [item.q] });
        lines.push(canonical({ set: file, index, error: run.error ?? null, replies: run.replies.map(visible) }));
      }
    }
  } finally {
    await runner.close();
  }
  writeFileSync(path.resolve(out), lines.join('\n') + '\n', 'utf8');
  console.log(`wrote ${lines.length} answers to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
