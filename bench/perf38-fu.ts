/**
 * `npx tsx bench/perf38-fu.ts <root> [passes] [profile.cpuprofile]`: the follow-up reader's own CPU, alone, on every
 * evaluation question as a new message of a conversation (the reading remembered of the question before), with the
 * source tree at `<root>` (main's worktree or a branch's), so two trees can be timed alternately in one load (A B B A).
 * Each message is written anew (`newlyWritten`) and understood first (the memos a turn shares), then only the
 * follow-up reader is timed (process.cpuUsage around the call). perf38.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
const root = process.argv[2]!;
const passes = Number(process.argv[3] ?? 3);
const prof = process.argv[4];
async function main() {
  const { loadEvalSets } = await import(path.join(root, 'src/evaluation/eval-set'));
  const { createReaders } = await import(path.join(root, 'src/features'));
  const { memoryFeedbackStore } = await import(path.join(root, 'src/knowledge'));
  const { createI18n } = await import(path.join(root, 'src/language/i18n'));
  const { isLang } = await import(path.join(root, 'src/language/languages'));
  const { rememberReading } = await import(path.join(root, 'src/conversation/follow-up'));
  const { newlyWritten } = await import(path.join(root, 'bench/teams-traffic'));
  const now = () => new Date('2026-12-01T12:00:00Z');
  const readers = await createReaders({ i18n: createI18n(), dataDir: mkdtempSync(path.join(tmpdir(), 'p38-')), now, feedback: memoryFeedbackStore() });
  const qs = loadEvalSets(path.join(root, 'test', 'eval')).flatMap(({ q, lang }: any) => (isLang(lang) ? [{ q, lang }] : []));
  // Each message with the reading remembered of the one before (as a conversation of every-message-new traffic).
  const items: any[] = [];
  let previous: any;
  for (const { q, lang } of qs) {
    const understood = readers.understand(q, lang);
    items.push({ q, lang, previous });
    const f = readers.followUp(q, lang, understood, previous, new Map());
    previous = rememberReading(f?.intent ?? understood.intent, previous) ?? previous;
  }
  // One timed pass: each message written anew (no cache hit), understood first (the memos the turn shares), then the
  // follow-up reader alone timed.
  let us = 0;
  let calls = 0;
  const pass = (n: number) => {
    for (const it of items) {
      const text = newlyWritten(it.q, n);
      const understood = readers.understand(text, it.lang);
      const a = process.cpuUsage();
      readers.followUp(text, it.lang, understood, it.previous, new Map());
      const b = process.cpuUsage(a);
      us += b.user + b.system;
      calls += 1;
    }
  };
  pass(1);
  us = 0;
  calls = 0;
  let session: Session | undefined;
  if (prof) { session = new Session(); session.connect(); await new Promise<void>((r) => session!.post('Profiler.enable', () => session!.post('Profiler.start', () => r()))); }
  for (let r = 0; r < passes; r++) pass(r + 2);
  if (session) await new Promise<void>((r) => session!.post('Profiler.stop', (_e: any, res: any) => { writeFileSync(prof!, JSON.stringify(res.profile)); r(); }));
  console.log(`${root}: ${calls} calls, ${(us / calls).toFixed(1)} us/call`);
}
main();
