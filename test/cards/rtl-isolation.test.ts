import { readdirSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { TestAdapter, type Activity } from 'botbuilder';
import { isolateRightToLeftReplies } from '../../src/bot/rtl-isolation';
import { SEARCH_CONTACTS_COMMAND, SEARCH_PARAMETER } from '../../src/contacts/message-extension';
import { SERVICE_IDS } from '../../src/contacts/service-ids';
import { isolateLtr } from '../../src/language/bidi';
import { createI18n, fixedT } from '../../src/language/i18n';
import { loadEmergencyContacts } from '../../src/knowledge/emergency-contacts';
import { emergencyCard } from '../../src/cards/emergency-card';
import { helpCard } from '../../src/cards/help-card';
import { languageCard } from '../../src/cards/language-card';
import { registerCaseCard } from '../../src/stats/registration/register-case-card';
import { welcomeCard } from '../../src/cards/welcome-card';
import { triageQuestionCard } from '../../src/triage/triage-cards';
import type { Lang } from '../../src/language/languages';
import { startFakeConnector } from '../helpers/fake-connector';
import { TEAMS_REGISTRATION_FORM } from '../helpers/registration-form';
import { BOT_ID, TENANT_ID, teamsMessage } from '../helpers/teams-activity';
import { buildTestApp, startTestServer, type TestApp } from '../helpers/test-app';

/**
 * Issue #12, point 3: in Arabic, Dari and Urdu a phone number must read as it is dialled ("116 111", not
 * "111 116"). Through the real bot, with the adapter middleware app.ts installs, each language is toured through
 * every kind of card the bot sends (welcome, help, language, emergency, every article, did-you-mean, cannot-answer,
 * every contact, statistics, every triage step and the plan, the registration form and its confirmation) and the
 * plain-text replies; every string a reader sees must have each digit and Latin letter inside an LRI … PDI isolate.
 */

jest.setTimeout(120_000);

const RTL: readonly Lang[] = ['ar', 'fa', 'ur'];
const REGISTRAR = '11111111-1111-4111-8111-111111111111';
const NOW = new Date('2026-11-24T12:00:00Z');
const LOCALES: Readonly<Record<string, string>> = { ar: 'ar-SA', fa: 'fa-AF', ur: 'ur-PK' };
const ARTICLE_IDS = readdirSync(path.join(__dirname, '..', '..', 'content', 'knowledge', 'articles')).map((f) => f.replace(/\.json$/, ''));

/**
 * Messages whose answers are a did-you-mean card (a vague message near several topics) or an honest "I can't answer
 * that", per language. The weather is an everyday subject the scope reading declines, so it is no "did you mean".
 */
const OFF_TOPIC: Readonly<Record<string, { readonly suggest: string; readonly cannot: string }>> = {
  ar: { suggest: 'عائلة وثقافة', cannot: 'كم الساعة الآن في طوكيو' },
  fa: { suggest: 'فرهنگ و خانواده', cannot: 'ساعت چند است در توکیو' },
  ur: { suggest: 'خاندان', cannot: 'ٹوکیو میں کیا وقت ہے' },
};
/**
 * Words a user types, per language: an emergency, a topic, a contact question naming a country, help, language,
 * statistics, and a worry about a pupil (which starts the triage).
 */
interface Says {
  readonly emergency: string;
  readonly topic: string;
  readonly contact: string;
  readonly help: string;
  readonly language: string;
  readonly statistics: string;
  readonly worry: string;
}
const SAYS: Readonly<Record<string, Says>> = {
  ar: { emergency: 'أخي يقول إنه سيقتلني', topic: 'ما معنى الزواج القسري', contact: 'طالبة عالقة في العراق بمن أتصل', help: 'مساعدة', language: 'اللغة', statistics: 'إحصاءات', worry: 'أنا قلق على طالبة' },
  fa: {
    emergency: 'برادرم می‌گوید که مرا می‌کشد',
    topic: 'ازدواج زوری یعنی چه',
    contact: 'یک شاگرد ما در افغانستان گیر مانده به کی زنگ بزنم',
    help: 'کمک',
    language: 'زبان',
    statistics: 'آمار',
    worry: 'نگران یک شاگرد هستم',
  },
  ur: {
    emergency: 'میرا بھائی کہتا ہے کہ وہ مجھے جان سے مار دے گا',
    topic: 'جبری شادی کسے کہتے ہیں',
    contact: 'ہماری ایک طالبہ کو پاکستان میں روک لیا گیا ہے کس سے رابطہ کریں',
    help: 'مدد',
    language: 'زبان',
    statistics: 'مجھے اعداد و شمار دکھائیں',
    worry: 'مجھے ایک طالبہ کی فکر ہے',
  },
};

// ---- What a reader sees -------------------------------------------------------------------------------------------

/**
 * Card properties whose strings are not shown as text. Any other string counts as shown, so a new kind of element
 * or property is checked until someone decides it is not text.
 */
const NOT_TEXT = new Set([
  'type', '$schema', 'version', 'lang', 'url', 'id', 'verb', 'style', 'weight', 'size', 'color', 'spacing', 'width', 'height',
  'horizontalAlignment', 'verticalContentAlignment', 'contentType', 'targetElements', 'fallback', 'msteams', 'mode', 'iconUrl',
  // A bar chart's cells (src/stats/answers/bar-chart.ts): a layout length, not shown.
  'minHeight',
]);

interface Shown {
  readonly where: string;
  readonly text: string;
}

/** Every string of a card a reader sees, with where it is. `value` is text only in a fact; `data` only in a chart. */
function shownStrings(node: unknown, where = ''): Shown[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => shownStrings(n, `${where}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const isFact = 'title' in record && 'value' in record && !('type' in record) && typeof record['value'] === 'string' && !where.includes('choices');
  const isChart = typeof record['type'] === 'string' && record['type'].startsWith('Chart.');
  return Object.entries(record).flatMap(([key, value]): Shown[] => {
    const at = `${where}.${key}`;
    if (typeof value === 'string') return NOT_TEXT.has(key) || (key === 'value' && !isFact) ? [] : [{ where: at, text: value }];
    if (key === 'data' && !isChart) return [];
    if (key === 'value') return [];
    return shownStrings(value, at);
  });
}

/** A reply's shown strings: its text, summary and every attachment (a search result's preview too). */
function shownInReply(reply: Partial<Activity>): Shown[] {
  return [
    ...(typeof reply.text === 'string' ? [{ where: 'text', text: reply.text }] : []),
    ...(typeof reply.summary === 'string' ? [{ where: 'summary', text: reply.summary }] : []),
    ...(reply.attachments ?? []).flatMap((a, i) => shownStrings(a.content, `attachments[${i}]`)),
  ];
}

/** What is left outside isolates, Markdown link targets and list numbers at line starts (list syntax, not text). */
function outsideIsolates(text: string): string {
  return text
    .replace(/\u2066[^\u2066-\u2069]*\u2069/gu, '')
    .replace(/\]\([^)\s]*\)/gu, '](')
    .replace(/^[ \t]*\d{1,9}[.)](?=[ \t])/gmu, '');
}

/** A digit or a Latin letter (every e-mail, URL and Latin name has one) outside an isolate. */
const LEFT_TO_RIGHT = /[\p{Nd}\p{Script=Latin}]/u;

function unisolated(shown: readonly Shown[]): Shown[] {
  return shown.filter((s) => LEFT_TO_RIGHT.test(outsideIsolates(s.text)));
}

// ---- Which card is which ------------------------------------------------------------------------------------------

type Card = Record<string, unknown>;

/** Every card in a reply, and the cards inside its show-card buttons (a danger turn puts the answer behind one). */
function cardsIn(reply: Partial<Activity>): Card[] {
  const nested = (node: unknown): Card[] => {
    if (Array.isArray(node)) return node.flatMap(nested);
    if (node === null || typeof node !== 'object') return [];
    const record = node as Card;
    const own = record['type'] === 'AdaptiveCard' ? [record] : [];
    return [...own, ...Object.values(record).flatMap(nested)];
  };
  return (reply.attachments ?? []).flatMap((a) => nested(a.content));
}

function textBlocks(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(textBlocks);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Card;
  const own = record['type'] === 'TextBlock' && typeof record['text'] === 'string' ? [record['text']] : [];
  // A nested card is its own card.
  return [...own, ...Object.entries(record).flatMap(([key, value]) => (key === 'card' ? [] : textBlocks(value)))];
}

const CARD_KINDS = [
  'welcome', 'help', 'language', 'emergency', 'article', 'did-you-mean', 'cannot-answer', 'contact', 'contact-envoy', 'contact-details',
  'stats-overview', 'stats-figure', 'triage-danger', 'triage-whereabouts', 'triage-country', 'triage-age', 'triage-role', 'triage-plan',
  'registration-form', 'registration-confirmation',
] as const;
type CardKind = (typeof CARD_KINDS)[number];

const i18n = createI18n();

/** The kinds a card is, from its texts and buttons, as a card in `lng` shows them. */
function kindsOf(card: Card, lng: Lang): CardKind[] {
  const t = fixedT(i18n, lng);
  const texts = textBlocks(card['body']);
  const json = JSON.stringify(card);
  const has = (key: string) => texts.includes(isolateLtr(t(key)));
  const kinds: [CardKind, boolean][] = [
    ['welcome', has('welcome.title')],
    ['help', has('help.title')],
    ['language', json.includes('"verb":"set-language"')],
    ['emergency', has('guidance:emergency.title') && json.includes('tel:112')],
    ['article', json.includes('"verb":"feedback"')],
    ['did-you-mean', has('guidance:suggest.title')],
    ['cannot-answer', has('guidance:cannot.title')],
    ['contact', has('contacts:card.title')],
    ['contact-envoy', has('contacts:card.title') && /"serviceId":"envoy-/.test(json)],
    ['contact-details', has('contacts:card.titleService')],
    ['stats-overview', has('stats:overview.title')],
    ['stats-figure', has('stats:published')],
    ['triage-danger', has('triage:question.danger')],
    ['triage-whereabouts', has('triage:question.whereabouts')],
    ['triage-country', has('triage:question.country') && json.includes('"Input.Text"')],
    ['triage-age', has('triage:question.age')],
    ['triage-role', has('triage:question.role')],
    ['triage-plan', has('triage:plan.title')],
    ['registration-form', has('stats:register.title') && json.includes('"Input.ChoiceSet"')],
    ['registration-confirmation', has('stats:register.confirmedTitle')],
  ];
  return kinds.filter(([, is]) => is).map(([kind]) => kind);
}

// ---- The tour -----------------------------------------------------------------------------------------------------

type Say = string | Partial<Activity>;
const press = (value: Record<string, unknown>): Partial<Activity> => ({ type: 'message', value });

let chats = 0;

/** A fresh one-to-one chat through the bot and the app's reply middleware; returns everything the bot sends per message. */
function newChat(testApp: TestApp, lng: Lang, aadObjectId?: string): (say: Say) => Promise<Partial<Activity>[]> {
  const id = `rtl-${lng}-${++chats}`;
  const adapter = new TestAdapter((context) => testApp.app.bot.run(context), {
    locale: LOCALES[lng],
    conversation: { id, isGroup: false, name: 'chat', conversationType: 'personal' },
    from: { id: `29:${id}`, name: 'User', ...(aadObjectId ? { aadObjectId } : {}) },
  }).use(isolateRightToLeftReplies);
  adapter.locale = LOCALES[lng] ?? adapter.locale;
  return async (say) => {
    await adapter.receiveActivity(say);
    return adapter.activeQueue.splice(0).filter((a) => (a.type ?? 'message') === 'message');
  };
}

function examples(lng: Lang, key: string): string[] {
  const list: unknown = fixedT(i18n, lng)(key, { returnObjects: true });
  return Array.isArray(list) ? list.filter((e): e is string => typeof e === 'string') : [];
}

/** Everything the bot sends in `lng` when used every way it can be. */
async function tour(testApp: TestApp, lng: Lang): Promise<Partial<Activity>[]> {
  const says = SAYS[lng]!;
  const replies: Partial<Activity>[] = [];
  /** One chat, as `user` (an Entra object id) when given. */
  const chatAs = async (user: string | undefined, ...steps: Say[]) => {
    const chat = newChat(testApp, lng, user);
    for (const step of steps) replies.push(...(await chat(step)));
  };
  const once = (...steps: Say[]) => chatAs(undefined, ...steps);

  await once({ type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'Veiviser' }], recipient: { id: 'bot', name: 'Veiviser' } });
  // "زبان" is Dari and Urdu alike: after the help command the chat's language decides.
  await once(says.help, says.language);
  for (const text of [says.statistics, says.emergency, says.topic, says.contact, OFF_TOPIC[lng]!.suggest, OFF_TOPIC[lng]!.cannot]) await once(text);
  for (const text of [...examples(lng, 'help.examples'), ...examples(lng, 'stats:overview.examples')]) await once(text);
  for (const articleId of ARTICLE_IDS) await once(press({ verb: 'show-article', articleId }));
  for (const serviceId of SERVICE_IDS) await once(press({ verb: 'show-contact', serviceId }));
  await once(press({ verb: 'feedback', articleId: ARTICLE_IDS[0], vote: 'up' }));

  // The triage, every question: abroad (so the country is asked), then the plan; and a "yes, danger" answer.
  await once(
    says.worry,
    press({ verb: 'triage', set: 'danger', value: 'no' }),
    press({ verb: 'triage', set: 'whereabouts', value: 'abroad' }),
    '???',
    press({ verb: 'triage', set: 'country', value: 'SO' }),
    press({ verb: 'triage', set: 'age', value: 'minor' }),
    press({ verb: 'triage', set: 'role', value: 'school' }),
  );
  await once(says.worry, press({ verb: 'triage', set: 'danger', value: 'yes' }), press({ verb: 'triage', command: 'cancel' }));

  // Registration: a registrar who chose this language gets the form and its confirmation; anyone else a refusal.
  const register = [press({ verb: 'set-language', lng }), 'registrer sak', press({ verb: 'register-case', ...TEAMS_REGISTRATION_FORM })];
  await chatAs(REGISTRAR, ...register);
  await chatAs(randomUUID(), ...register);
  return replies;
}

/**
 * One app for the three tours and the emergency card (a build costs seconds): every chat of a tour is a conversation
 * and user of its own, each tour chooses its language first, and the registrar's three registrations stay under the
 * per-minute limit.
 */
let shared: Promise<TestApp> | undefined;
const sharedApp = () => (shared ??= buildTestApp({ RATE_LIMIT_PER_MINUTE: '10000', REGISTRAR_AAD_IDS: REGISTRAR }, { now: () => NOW }));
afterAll(async () => {
  if (shared) await (await shared).close();
});

describe.each(RTL)('right-to-left replies in %s', (lng) => {
  let replies: Partial<Activity>[] = [];
  beforeAll(async () => {
    replies = await tour(await sharedApp(), lng);
  }, 120_000);

  it('the tour shows every kind of card the bot sends, in this language', () => {
    const cards = replies.flatMap(cardsIn);
    expect(cards.length).toBeGreaterThan(60);
    for (const card of cards) expect({ lang: card['lang'] ?? lng, rtl: card['rtl'] ?? true }).toEqual({ lang: lng, rtl: true });
    const seen = new Set(cards.flatMap((card) => kindsOf(card, lng)));
    expect(CARD_KINDS.filter((kind) => !seen.has(kind))).toEqual([]);
    // Plain-text replies too: thanks for a vote, the triage stopped, the language confirmation, the registration refusal.
    expect(replies.filter((r) => typeof r.text === 'string' && r.text.length > 0).length).toBeGreaterThanOrEqual(4);
  });

  it('shows every digit, e-mail, address and Latin name isolated left to right', () => {
    const shown = replies.flatMap(shownInReply);
    expect(shown.length).toBeGreaterThan(1000);
    expect(unisolated(shown)).toEqual([]);
  });

  it('isolates the plain-text replies that carry numbers and Latin names', () => {
    const t = fixedT(i18n, lng);
    const texts = replies.map((r) => r.text).filter((text): text is string => typeof text === 'string');
    expect(texts).toContain(isolateLtr(t('stats:register.notAvailable')));
    expect(texts.filter((text) => text.includes('\u2066IMDi\u2069')).length).toBeGreaterThan(0);
    // "Call 112 now" after a "yes, danger" answer: a reply of its own, or a note on the emergency card.
    expect(replies.flatMap(shownInReply).map((s) => s.text)).toContain(isolateLtr(t('triage:dangerContinue')));
  });
});

describe('card builders isolate by themselves (adaptiveCard), before any middleware', () => {
  const contacts = loadEmergencyContacts();
  const cardsIn = (lng: Lang) => {
    const t = fixedT(i18n, lng);
    return [
      welcomeCard(lng, t),
      helpCard(lng, t),
      languageCard(lng, t),
      emergencyCard(lng, t, contacts),
      triageQuestionCard(lng, t, 'country', { intro: true }),
      registerCaseCard(lng, t, NOW),
    ];
  };

  it.each(RTL)('%s', (lng) => {
    const shown = cardsIn(lng).flatMap((card) => shownStrings(card));
    expect(unisolated(shown)).toEqual([]);
    expect(shown.map((s) => s.text)).toEqual(expect.arrayContaining(['\u2066116 111\u2069', '\u2066+47 23 95 00 00\u2069']));
  });

  it('leaves left-to-right cards as they are', () => {
    for (const lng of ['nb', 'en', 'so'] as const) expect(JSON.stringify(cardsIn(lng))).not.toMatch(/[\u2066-\u2069]/u);
  });
});

describe('the emergency card in Arabic', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await sharedApp();
  }, 120_000);

  it('shows 116 111 and +47 23 95 00 00 as they are dialled, in the table and on the call buttons', async () => {
    const replies = await newChat(testApp, 'ar')(SAYS['ar']!.emergency);
    const emergency = replies.flatMap(cardsIn).find((card) => kindsOf(card, 'ar').includes('emergency'));
    const shown = shownStrings(emergency).map((s) => s.text);
    // content/contacts/emergency.json: the children's line and the foreign ministry's operations centre.
    expect(shown).toEqual(expect.arrayContaining(['\u2066116 111\u2069', '\u2066+47 23 95 00 00\u2069']));
    expect(shown.filter((s) => s.startsWith('اتصل بـ '))).toEqual(expect.arrayContaining([expect.stringContaining('اتصل بـ \u2066116 111'), expect.stringContaining('اتصل بـ \u2066+47 23 95 00 00')]));
    expect(shown.some((s) => s.includes('111 116') || s.includes('00 00 95 23'))).toBe(false);
    // The dialler gets the number itself.
    expect(JSON.stringify(emergency)).toContain('"url":"tel:116111"');
    expect(JSON.stringify(emergency)).toContain('"url":"tel:+4723950000"');
  });
});

describe('through the HTTP server: app.ts installs the middleware', () => {
  it('isolates a plain-text reply and the message extension’s previews in Arabic', async () => {
    const connector = await startFakeConnector();
    const server = await startTestServer();
    try {
      const post = (body: unknown) => fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      // A user who is not a registrar asks to register a case, in Arabic: the refusal names IMDi.
      await post(teamsMessage({ value: { verb: 'set-language', lng: 'ar' }, serviceUrl: connector.url, locale: 'ar-SA' }));
      await connector.waitFor(1);
      await post(teamsMessage({ text: 'registrer sak', serviceUrl: connector.url, locale: 'ar-SA' }));
      const [, refusal] = await connector.waitFor(2);
      expect(refusal?.body['text']).toBe(isolateLtr(fixedT(i18n, 'ar')('stats:register.notAvailable')));
      expect(refusal?.body['text']).toContain('\u2066IMDi\u2069');

      const res = await post({
        type: 'invoke',
        name: 'composeExtension/query',
        id: `f:${randomUUID()}`,
        serviceUrl: connector.url,
        channelId: 'msteams',
        from: { id: '29:user-2', aadObjectId: randomUUID() },
        conversation: { id: '19:group@thread.v2', conversationType: 'groupChat', tenantId: TENANT_ID },
        recipient: { id: BOT_ID, name: 'Veiviser' },
        locale: 'ar-SA',
        channelData: { tenant: { id: TENANT_ID }, source: { name: 'compose' } },
        value: { commandId: SEARCH_CONTACTS_COMMAND, parameters: [{ name: SEARCH_PARAMETER, value: 'Kompetanseteamet' }], queryOptions: { skip: 0, count: 25 } },
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { composeExtension: { attachments: { content: unknown; preview?: { content: unknown } }[] } };
      const results = body.composeExtension.attachments;
      expect(results.length).toBeGreaterThan(0);
      const shown = results.flatMap((a, i) => [...shownStrings(a.content, `[${i}].content`), ...shownStrings(a.preview?.content, `[${i}].preview`)]);
      expect(shown.filter((s) => s.where.includes('preview')).length).toBeGreaterThan(0);
      expect(unisolated(shown)).toEqual([]);
    } finally {
      await server.close();
      await connector.close();
    }
  });
});
