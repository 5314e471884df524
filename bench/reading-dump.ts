/**
 * `npx tsx bench/reading-dump.ts > file`: what the readers make of every text the evaluation holds, one JSON line a
 * text, to compare two trees' readings exactly (`diff`): the understanding (intent, candidates and flags), the
 * follow-up reading and the two-needs reading of every evaluation question (each after the question before it, as
 * `bench/conversation-reading-bench.ts` runs them) and of every turn of every tuned conversation (each after the turns
 * before it in its conversation), the statistics recognizer's reading with the countries found, and the age band.
 * Prints no text, only each line's number and its readings.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadEvalSets } from '../src/evaluation/eval-set';
import { createReaders } from '../src/features';
import { memoryFeedbackStore } from '../src/knowledge';
import { createI18n } from '../src/language/i18n';
import { isLang } from '../src/language/languages';
import { parseConversationSet } from '../src/evaluation/conversation-eval';
import { forAskerRole } from '../src/conversation/reading-rules';
import { projectRoot } from '../src/paths/content-root';
import { createNeedsReader } from '../src/conversation/needs';
import { loadNeedsWords } from '../src/conversation/needs-words';
import { rememberReading, type RememberedReading, type SlotMemo } from '../src/conversation/follow-up';

async function main(): Promise<void> {
  const now = () => new Date('2026-12-01T12:00:00Z');
  const readers = await createReaders({ i18n: createI18n(), dataDir: mkdtempSync(path.join(tmpdir(), 'veiviser-dump-')), now, feedback: memoryFeedbackStore() });
  // The two-needs reader as the app makes it (src/app.ts).
  const needs = createNeedsReader({
    words: loadNeedsWords(),
    understand: readers.understand,
    followUp: readers.followUp,
    serviceOfArticle: readers.serviceOfArticle,
    forRole: forAskerRole,
    namedService: (text, lng) => readers.contacts.recognizer.namedService(text, lng),
  });
  const root = projectRoot();
  const questions = loadEvalSets(path.join(root, 'test', 'eval')).flatMap(({ q, lang }) => (isLang(lang) ? [[{ text: q, lang }]] : []));
  const dir = path.join(root, 'test', 'eval', 'conversations');
  const conversations = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => parseConversationSet(f, JSON.parse(readFileSync(path.join(dir, f), 'utf8'))).map((item) => item.turns.map((text) => ({ text, lang: item.lang }))));
  let line = 0;
  let previous: RememberedReading | undefined;
  for (const [i, conversation] of [...questions, ...conversations].entries()) {
    // The evaluation questions follow one another; each conversation starts afresh.
    if (i >= questions.length) previous = undefined;
    for (const { text, lang } of conversation) {
      const understood = readers.understand(text, lang);
      const slots: SlotMemo = new Map();
      const followUp = readers.followUp(text, lang, understood, previous, slots);
      const answers = followUp ? undefined : needs(text, lang, understood, previous, slots);
      process.stdout.write(`${JSON.stringify({ line: line++, understood, followUp, answers, age: readers.ageBand(text, lang) })}\n`);
      previous = rememberReading((answers ?? [followUp?.intent ?? understood.intent]).at(-1), previous) ?? previous;
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
