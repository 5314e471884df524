/**
 * `npx tsx scripts/same-replies-check.ts <root> <out>`: every turn of every tuned conversation (test/eval/conversations)
 * and every danger question (test/eval/danger) through the app of the source tree at `<root>` (main's or a branch's
 * worktree), one fresh conversation an item, the day fixed; writes one line a turn: the item's id, the turn's number
 * and a SHA-256 of the replies a person sees (text, cards, suggested actions). Two roots' files compared line by line
 * (`cmp`) prove a change answer-neutral over the tuned turns (perf38). Never prints a message or a reply.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';

const [root = path.join(__dirname, '..'), out = '/tmp/same-replies.txt'] = process.argv.slice(2);
const NOW = new Date('2026-12-07T10:00:00Z');

async function main(): Promise<void> {
  const { createApp } = (await import(path.join(root, 'src/app'))) as typeof import('../src/app');
  const { parseEnv } = (await import(path.join(root, 'src/config/env'))) as typeof import('../src/config/env');
  const { createLogger } = (await import(path.join(root, 'src/logging/logger'))) as typeof import('../src/logging/logger');
  const { memoryLanguagePreferences } = (await import(path.join(root, 'src/storage/language-preferences'))) as typeof import('../src/storage/language-preferences');
  const { isolateRightToLeftReplies } = (await import(path.join(root, 'src/bot/rtl-isolation'))) as typeof import('../src/bot/rtl-isolation');
  const conv = (await import(path.join(root, 'src/evaluation/conversation-eval'))) as typeof import('../src/evaluation/conversation-eval');
  const danger = (await import(path.join(root, 'src/evaluation/danger-eval'))) as typeof import('../src/evaluation/danger-eval');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'same-replies-'));
  const env = parseEnv({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const app = await createApp(env, createLogger({ level: 'silent' }), { preferences: memoryLanguagePreferences(), now: () => NOW });
  const items = [
    ...conv.loadConversationSet(path.join(root, 'test/eval/conversations')).map((i) => ({ id: i.id, lang: i.lang, turns: i.turns })),
    ...danger.dangerSetFiles(path.join(root, 'test/eval/danger')).flatMap((f) => danger.loadDangerSet(f).map((d, n) => ({ id: `${path.basename(f)}#${n}`, lang: d.lang, turns: [d.q] }))),
  ];
  const limit = Number(process.env.SAME_REPLIES_LIMIT ?? items.length);
  const lines: string[] = [];
  let k = 0;
  for (const item of items.slice(0, limit)) {
    const id = `same-replies-${++k}`;
    const locale = conv.LOCALE_OF[item.lang];
    const adapter = new TestAdapter((context) => app.bot.run(context), { locale, conversation: { id, isGroup: false, name: 'chat', conversationType: 'personal' }, from: { id: `29:user-${id}`, name: 'User' } });
    adapter.locale = locale;
    adapter.use(isolateRightToLeftReplies);
    adapter.onTurnError = async (context: TurnContext, err: Error) => app.adapter.onTurnError(context, err);
    for (const [t, text] of item.turns.entries()) {
      let seen: string;
      try {
        await adapter.receiveActivity(text);
        const replies = adapter.activeQueue.splice(0).filter((a: Partial<Activity>) => (a.type ?? 'message') === 'message');
        seen = JSON.stringify(replies.map(({ text: x, attachments, suggestedActions, inputHint, textFormat, attachmentLayout }) => ({ x, attachments, suggestedActions, inputHint, textFormat, attachmentLayout })));
      } catch (err) {
        seen = `error ${err instanceof Error ? err.name : 'Error'}`;
      }
      lines.push(`${item.id} ${t} ${createHash('sha256').update(seen).digest('hex').slice(0, 16)}`);
    }
  }
  writeFileSync(out, lines.join('\n') + '\n', 'utf8');
  console.log(`${items.length} items, ${lines.length} turns written to ${out}`);
  await app.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
