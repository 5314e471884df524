import path from 'node:path';
import type { Activity } from 'botbuilder';
import { loadArticles } from '../../src/knowledge/load-articles';
import { pickRequired } from '../../src/content/localized';
import {
  cardTexts,
  classifyCard,
  createConversationRunner,
  loadConversationSet,
  type ConversationItem,
  type ConversationRunner,
} from '../../src/evaluation/conversation-eval';
import { LANGUAGES, type Lang } from '../../src/language/languages';

/**
 * Issue #17: "no card anywhere shows a seed file name or a line number". File names and line ranges stay in the data
 * for reviewers and `npm run content:check`; a reader gets a document's title, year, section and link. The real bot
 * is driven, in all twelve languages, through every conversation of the tuned sets (test/eval/conversations: topics,
 * contacts, countries, statistics, danger, follow-ups, two needs) and every article asked by its title; every text a
 * person can read in a reply is checked – the open part, what "show" buttons open in place and the answers behind
 * "show the answer" buttons.
 */

jest.setTimeout(600_000);

const SEED_FILE = /\d{3}_[0-9a-f]{16}\.txt/u;
/** "l. 1343", "linje 12", "lines 3–4", "line 7": a line reference, not the words themselves ("VO-linjen", "helpline"). */
const LINE_NUMBER = /(?:^|[\s(,])l\.\s?\d|\blinje\s+\d|\blines?\s+\d/iu;

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A card without the cards behind its ShowCard buttons, and those cards: each is judged as the card it is. */
function split(card: Json): { readonly own: Json; readonly behind: Json[] } {
  const behind: Json[] = [];
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (!isRecord(node)) return node;
    if (node['type'] === 'Action.ShowCard' && isRecord(node['card'])) {
      behind.push(node['card']);
      const { card: _card, ...rest } = node;
      return rest;
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, strip(v)]));
  };
  return { own: strip(card) as Json, behind };
}

interface Seen {
  readonly kind: 'article, emergency, did you mean, cannot answer' | 'contacts, statistics and other cards';
  readonly where: string;
  readonly text: string;
}

function readable(card: Json): string[] {
  return [...cardTexts(card), ...(typeof card['fallbackText'] === 'string' ? [card['fallbackText']] : [])];
}

function seeCard(card: Json, where: string, runner: ConversationRunner, out: Seen[]): void {
  const { own, behind } = split(card);
  const kind = classifyCard(own, runner.markers);
  const isArticle = JSON.stringify(own).includes('"verb":"feedback"');
  const mine = kind === 'emergency' || kind === 'did-you-mean' || kind === 'cannot-answer' || isArticle;
  for (const text of readable(own)) out.push({ kind: mine ? 'article, emergency, did you mean, cannot answer' : 'contacts, statistics and other cards', where, text });
  for (const inner of behind) seeCard(inner, `${where} (behind a button)`, runner, out);
}

function seeReplies(replies: readonly Partial<Activity>[], where: string, runner: ConversationRunner, out: Seen[]): void {
  for (const reply of replies) {
    if (typeof reply.text === 'string' && reply.text) out.push({ kind: 'contacts, statistics and other cards', where: `${where} (text)`, text: reply.text });
    for (const attachment of reply.attachments ?? []) if (isRecord(attachment.content)) seeCard(attachment.content, where, runner, out);
  }
}

const offending = (seen: readonly Seen[], kind: Seen['kind']) =>
  seen.filter((s) => s.kind === kind && (SEED_FILE.test(s.text) || LINE_NUMBER.test(s.text))).map((s) => `${s.where}: ${s.text.slice(0, 160)}`);

describe('no card shows a seed file name or a line number', () => {
  let runner: ConversationRunner;
  const seen: Seen[] = [];
  const perLanguage = new Map<Lang, number>();

  beforeAll(async () => {
    runner = await createConversationRunner({ now: () => new Date('2026-11-24T12:00:00Z') });
    const items: ConversationItem[] = loadConversationSet(path.join(__dirname, '..', 'eval', 'conversations'));
    for (const item of items) {
      const run = await runner.converse(item);
      seeReplies(run.replies, `${item.id} (${item.lang})`, runner, seen);
      perLanguage.set(item.lang, (perLanguage.get(item.lang) ?? 0) + 1);
    }
    const articles = await loadArticles();
    for (const lng of LANGUAGES) {
      for (const article of articles) {
        const run = await runner.converse({ lang: lng, turns: [pickRequired(article.title, lng).value] });
        seeReplies(run.replies, `article ${article.id} asked by title (${lng})`, runner, seen);
        perLanguage.set(lng, (perLanguage.get(lng) ?? 0) + 1);
      }
    }
  });
  afterAll(() => runner.close());

  it('drives the bot in all twelve languages and reads every kind of card', () => {
    expect(LANGUAGES.filter((lng) => (perLanguage.get(lng) ?? 0) < 30)).toEqual([]);
    expect(seen.some((s) => s.kind === 'article, emergency, did you mean, cannot answer')).toBe(true);
    expect(seen.some((s) => s.kind === 'contacts, statistics and other cards')).toBe(true);
    // The rule itself: it catches what cards used to show, and not a helpline's name.
    expect(SEED_FILE.test('IMDi årsrapport 2023 (001_e2d92cbbfe31b5d0.txt, l. 1343–1343)')).toBe(true);
    expect(LINE_NUMBER.test('(001_e2d92cbbfe31b5d0.txt, l. 1343–1343)')).toBe(true);
    expect(LINE_NUMBER.test('VO-linjen – hjelpetelefon, 116 006')).toBe(false);
  });

  it('in article, emergency, "did you mean" and "cannot answer" cards', () => {
    expect(offending(seen, 'article, emergency, did you mean, cannot answer')).toEqual([]);
  });

  it('in contact, statistics and every other card', () => {
    expect(offending(seen, 'contacts, statistics and other cards')).toEqual([]);
  });
});
