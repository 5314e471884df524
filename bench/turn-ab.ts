/**
 * `npx tsx bench/turn-ab.ts <rootA> <rootB> [blocks] [block size]`: a whole turn's CPU of two source trees (main's and
 * a branch's) in ONE process, alternating A B B A in blocks, on every-message-new traffic (the evaluation questions,
 * each written anew with `newlyWritten`, ten conversations, each message following the one before in its
 * conversation, as `turn-cpu` sends them). Each tree's own app (`createApp`, silent log, memory storage) runs the
 * turns through a TestAdapter (no HTTP: the bot's own work, the send stage's arranging and right-to-left isolation
 * included); `process.cpuUsage` around each block; a `setImmediate` between turns, as between requests of a server,
 * so the per-message memos empty as they do there. Prints each tree's CPU a turn (µs, the blocks' median and mean).
 * perf39b. Never prints a message or a reply.
 *
 * CAUTION (measured in perf39b, docs/performance.md): two module copies in one process are NOT a fair A/B: an A/A
 * run put the second-loaded tree 14 % slower (cause not shown). Swap the
 * roots and compare both orders, or time each tree in its own process (A B B A).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestAdapter, type TurnContext } from 'botbuilder';

const [rootA = '', rootB = '', blocksArg = '12', sizeArg = '300'] = process.argv.slice(2);
const NOW = new Date('2026-12-07T10:00:00Z');
const CONVERSATIONS = 10;

interface Runner {
  readonly root: string;
  turn(n: number): Promise<void>;
}

async function runnerOf(root: string): Promise<Runner> {
  const { createApp } = (await import(path.join(root, 'src/app'))) as typeof import('../src/app');
  const { parseEnv } = (await import(path.join(root, 'src/config/env'))) as typeof import('../src/config/env');
  const { createLogger } = (await import(path.join(root, 'src/logging/logger'))) as typeof import('../src/logging/logger');
  const { memoryLanguagePreferences } = (await import(path.join(root, 'src/storage/language-preferences'))) as typeof import('../src/storage/language-preferences');
  const { isolateRightToLeftReplies } = (await import(path.join(root, 'src/bot/rtl-isolation'))) as typeof import('../src/bot/rtl-isolation');
  const { loadEvalSets } = (await import(path.join(root, 'src/evaluation/eval-set'))) as typeof import('../src/evaluation/eval-set');
  const { newlyWritten } = (await import(path.join(root, 'bench/teams-traffic'))) as typeof import('./teams-traffic');
  const conv = (await import(path.join(root, 'src/evaluation/conversation-eval'))) as typeof import('../src/evaluation/conversation-eval');
  const env = parseEnv({ NODE_ENV: 'test', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'turn-ab-')), LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '10000' });
  const app = await createApp(env, createLogger({ level: 'silent' }), { preferences: memoryLanguagePreferences(), now: () => NOW });
  const questions = loadEvalSets(path.join(root, 'test', 'eval')).map(({ q, lang }) => ({ q, lang }));
  const adapters = Array.from({ length: CONVERSATIONS }, (_, c) => {
    const adapter = new TestAdapter((context) => app.bot.run(context), { conversation: { id: `turn-ab-${c}`, isGroup: false, name: 'chat', conversationType: 'personal' }, from: { id: `29:user-${c}`, name: 'User' } });
    adapter.use(isolateRightToLeftReplies);
    adapter.onTurnError = async (context: TurnContext, err: Error) => app.adapter.onTurnError(context, err);
    return adapter;
  });
  return {
    root,
    async turn(n: number) {
      const { q, lang } = questions[n % questions.length]!;
      const adapter = adapters[n % CONVERSATIONS]!;
      adapter.locale = conv.LOCALE_OF[lang as keyof typeof conv.LOCALE_OF] ?? 'nb-NO';
      await adapter.send(newlyWritten(q, Math.floor(n / questions.length) + 1)).startTest();
      adapter.activeQueue.splice(0);
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

async function block(runner: Runner, from: number, size: number): Promise<number> {
  const before = process.cpuUsage();
  for (let n = from; n < from + size; n++) await runner.turn(n);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / size;
}

async function main(): Promise<void> {
  const a = await runnerOf(path.resolve(rootA));
  const b = await runnerOf(path.resolve(rootB));
  const blocks = Number(blocksArg);
  const size = Number(sizeArg);
  // Warm-up: one block each, not counted.
  await block(a, 0, size);
  await block(b, 0, size);
  const times = new Map<Runner, number[]>([[a, []], [b, []]]);
  for (let k = 0; k < blocks; k++) {
    const order = k % 4 === 0 || k % 4 === 3 ? [a, b] : [b, a];
    for (const r of order) times.get(r)!.push(await block(r, size * (k + 1), size));
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  for (const r of [a, b]) {
    const xs = times.get(r)!;
    console.log(`${r.root}: ${blocks} blocks of ${size} turns, CPU a turn median ${median(xs).toFixed(0)} µs, mean ${mean(xs).toFixed(0)} µs`);
  }
  const ratio = mean(times.get(b)!) / mean(times.get(a)!);
  console.log(`B / A = ${ratio.toFixed(3)} (mean), ${(median(times.get(b)!) / median(times.get(a)!)).toFixed(3)} (median)`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
