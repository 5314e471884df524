/**
 * `node dist/bench/conversation-reading-bench.js [passes]` (built with the other benchmark programs): what the bot
 * reads of a new message besides understanding it: the follow-up of the last answer and two needs in one message,
 * with the previous question's reading remembered, as `veiviser-bot.ts` calls them. Prints CPU ms per message for
 * understanding and for the conversation reading separately; run under `node --cpu-prof` to see where it goes.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadEvalSets } from '../src/evaluation/eval-set';
import { createReaders } from '../src/features';
import { memoryFeedbackStore } from '../src/knowledge';
import { createI18n } from '../src/language/i18n';
import { isLang } from '../src/language/languages';
import { projectRoot } from '../src/paths/content-root';
import { createNeedsReader } from '../src/conversation/needs';
import { loadNeedsWords } from '../src/conversation/needs-words';
import { rememberReading, type RememberedReading, type SlotMemo } from '../src/conversation/follow-up';
import { newlyWritten } from './teams-traffic';

async function main(): Promise<void> {
  const passes = Number(process.argv[2] ?? 3);
  const now = () => new Date('2026-12-01T12:00:00Z');
  const readers = await createReaders({ i18n: createI18n(), dataDir: mkdtempSync(path.join(tmpdir(), 'veiviser-cbench-')), now, feedback: memoryFeedbackStore() });
  const needs = createNeedsReader({ words: loadNeedsWords(), understand: readers.understand, followUp: readers.followUp });
  const questions = loadEvalSets(path.join(projectRoot(), 'test', 'eval')).flatMap(({ q, lang }) => (isLang(lang) ? [{ q, lang }] : []));
  let n = 0;
  let understandingUs = 0;
  let conversationUs = 0;
  let previous: RememberedReading | undefined;
  for (let pass = 0; pass < passes; pass++) {
    for (const { q, lang } of questions) {
      const text = newlyWritten(q, pass + 1);
      const a = process.cpuUsage();
      const understood = readers.understand(text, lang);
      const b = process.cpuUsage();
      // A Map, as `slotMemo()` makes: the bench also runs against builds from before it.
      const slots: SlotMemo = new Map();
      const followUp = readers.followUp(text, lang, understood, previous, slots);
      const answers = followUp ? undefined : needs(text, lang, understood, previous, slots);
      const c = process.cpuUsage();
      understandingUs += b.user + b.system - a.user - a.system;
      conversationUs += c.user + c.system - b.user - b.system;
      previous = rememberReading((answers ?? [followUp?.intent ?? understood.intent]).at(-1), previous) ?? previous;
      n += 1;
    }
  }
  process.stdout.write(`${n} new messages: understanding ${(understandingUs / 1000 / n).toFixed(3)} ms of CPU each, conversation reading ${(conversationUs / 1000 / n).toFixed(3)} ms\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
