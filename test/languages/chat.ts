import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { isolateLtr } from '../../src/language/bidi';
import { LANGUAGE_NAMES, LANGUAGES, RTL_LANGUAGES, type Lang } from '../../src/language/languages';
import { conversation, type TestApp } from '../helpers/test-app';

/**
 * Helpers for conversations in every language, through the real bot (TestAdapter → VeiviserBot.run): one fresh
 * conversation per case, what the user types, and every card the bot answers that turn with.
 */

export interface Card {
  readonly lang: string;
  readonly rtl?: boolean;
  readonly body: readonly unknown[];
  readonly actions?: readonly { readonly title?: string; readonly data?: Record<string, unknown> }[];
}

let chats = 0;

/** A new one-to-one chat with its own user, so no language choice or conversation language carries over. */
export function newChat(testApp: TestApp, locale = 'nb-NO'): (text: string) => Promise<Partial<Activity>[]> {
  const id = `languages-chat-${++chats}`;
  const adapter = conversation(testApp, {
    locale,
    conversation: { id, isGroup: false, name: 'chat', conversationType: 'personal' },
    from: { id: `29:user-${id}`, name: 'User' },
  });
  return async (text) => {
    await adapter.receiveActivity(text);
    return adapter.activeQueue.splice(0).filter((a) => (a.type ?? 'message') === 'message');
  };
}

export function cardOf(activity: Partial<Activity> | undefined): Card | undefined {
  const attachment = activity?.attachments?.[0];
  return attachment?.contentType === 'application/vnd.microsoft.card.adaptive' ? (attachment.content as Card) : undefined;
}

/** Every TextBlock text in a card, depth first. */
export function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = record['type'] === 'TextBlock' && typeof record['text'] === 'string' ? [record['text']] : [];
  return [...own, ...Object.values(record).flatMap(texts)];
}

/** The data of every submit button in a card, body and bottom row. */
function submitData(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(submitData);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = record['type'] === 'Action.Submit' && record['data'] && typeof record['data'] === 'object' ? [record['data'] as Record<string, unknown>] : [];
  return [...own, ...Object.values(record).flatMap(submitData)];
}

/** The first heading of a card. */
export function headingOf(card: Card | undefined): string | undefined {
  return card ? texts(card.body)[0] : undefined;
}

/** The article an answer card is about (its 👍/👎 buttons carry the id). */
export function articleIdOf(card: Card | undefined): string | undefined {
  const vote = submitData(card).find((d) => d['verb'] === 'feedback');
  return typeof vote?.['articleId'] === 'string' ? vote['articleId'] : undefined;
}

/** The services a contact card shows, in order (each has a "details" button). */
export function serviceIdsOf(card: Card | undefined): string[] {
  return submitData(card)
    .filter((d) => d['verb'] === 'show-contact' && typeof d['serviceId'] === 'string')
    .map((d) => d['serviceId'] as string);
}

/** The languages a language card offers. */
export function languagesOffered(card: Card | undefined): string[] {
  return submitData(card)
    .filter((d) => d['verb'] === 'set-language' && typeof d['lng'] === 'string')
    .map((d) => d['lng'] as string);
}

const ROOT = path.join(__dirname, '..', '..');
const json = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;

function at(object: Record<string, unknown>, dotted: string): string {
  const value = dotted.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], object);
  if (typeof value !== 'string') throw new Error(`no string at ${dotted}`);
  return value;
}

/** Text as a card in `lng` shows it: in Arabic, Dari and Urdu its numbers and Latin names are isolated left to right. */
function asShownIn(lng: Lang, text: string): string {
  return RTL_LANGUAGES.has(lng) ? isolateLtr(text) : text;
}

/** A string from the locale files, as a card in `lng` shows it. */
export function localeString(lng: Lang, namespace: string, key: string): string {
  return asShownIn(lng, at(json(`locales/${lng}/${namespace}.json`), key));
}

/** An article's title in `lng`, as written in content/knowledge/articles and shown on its card. */
export function articleTitle(articleId: string, lng: Lang): string {
  return asShownIn(lng, at(json(`content/knowledge/articles/${articleId}.json`), `title.${lng}`));
}

/** What every card in `lng` must carry: its language, and right-to-left for Arabic, Dari and Urdu. */
export function expectCardLanguage(card: Card | undefined, lng: Lang): void {
  expect({ lang: card?.lang, rtl: card?.rtl === true }).toEqual({ lang: lng, rtl: RTL_LANGUAGES.has(lng) });
}

export function expectEmergencyCard(card: Card | undefined, lng: Lang): void {
  expectCardLanguage(card, lng);
  expect(headingOf(card)).toBe(localeString(lng, 'guidance', 'emergency.title'));
  expect(JSON.stringify(card)).toContain('tel:112');
}

export function expectLanguageCard(card: Card | undefined, lng: Lang): void {
  expectCardLanguage(card, lng);
  expect(headingOf(card)).toBe(localeString(lng, 'common', 'language.title'));
  expect(languagesOffered(card)).toEqual([...LANGUAGES]);
  const titles = JSON.stringify(card);
  for (const code of LANGUAGES) expect(titles).toContain(LANGUAGE_NAMES[code]);
}
