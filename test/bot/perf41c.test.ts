import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Lang } from '../../src/language/languages';
import { readTurn } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { createReaders, type Features } from '../../src/features';
import { createI18n } from '../../src/language/i18n';
import { createNeedsReader } from '../../src/conversation/needs';
import { loadNeedsWords } from '../../src/conversation/needs-words';
import { rememberReading, slotMemo, type RememberedReading } from '../../src/conversation/follow-up';
import { parsedOfKind, readingOfKind } from '../../src/understanding/intent-of-kind';
import { contactIntentSchema } from '../../src/contacts/intents';
import { articleIntentSchema, suggestIntentSchema } from '../../src/knowledge/intents';
import { statsIntentSchema } from '../../src/stats/intents';

/**
 * perf41c (issue #16, throughput): the readers asked zod to parse the turn's own readings ~27 times a message
 * (`parsedOfKind`: "is this a contact reading, and its query?" of every candidate, part and answer), though none of
 * them came from outside: a recognizer built each (typed by `Recognizer<I>`, `I` = `z.infer` of the schema) or the
 * conversation state gave it back, parsed by the state's schema when it was loaded. Those readings are now narrowed by
 * their kind (`readingOfKind`); zod stays at the boundaries (a card's payload, the state, the inbound activity, the
 * data files). A speed change: nothing may answer otherwise. The classes:
 *  (a) for every reading the app makes of our own messages in the twelve languages (the understanding's intent and
 *      candidates, the follow-up's reading, each need of a two-needs message), `readingOfKind` gives exactly what the
 *      schema's parse gave, for each of the kinds the readers ask (contact, statistics, article, suggestion);
 *  (b) `parsedOfKind` still parses what comes from outside: a reading that breaks its schema is refused;
 *  (c) through the bot, the turns that ask those questions of readings answer as before: a follow-up that changes only
 *      the country or the year, a case abroad keeps the short emergency line, a danger keeps the card, and its calm twins
 *      (a past case, a general question, staff training, statistics) do not get it.
 */

type AnySchema = { safeParse(value: unknown): { readonly data?: unknown } };
const SCHEMAS: readonly (readonly [string, AnySchema])[] = [
  ['contact', contactIntentSchema],
  ['stats', statsIntentSchema],
  ['article', articleIntentSchema],
  ['suggest', suggestIntentSchema],
];

/** Our own messages, each language with a contact, a figure and a topic question, then a short follow-up. */
const MESSAGES: readonly (readonly [Lang, readonly string[]])[] = [
  ['nb', ['Hvem er spesialutsending for Pakistan?', 'og Somalia?', 'Hvor mange saker om tvangsekteskap hadde Kompetanseteamet i 2022?', 'og i 2021?', 'Hva er kjønnslemlestelse?', 'Eleven vår er holdt igjen i Irak og kommer ikke tilbake til skolen']],
  ['nn', ['Kven er spesialutsending for Irak?', 'og Syria?', 'Kor mange saker hadde Kompetanseteamet i 2023?', 'Kva er negativ sosial kontroll?', 'Ho er 15 år og er halden att i Somalia']],
  ['en', ['Which envoy covers Afghanistan?', 'and Iran?', 'How many cases did the expert team handle in 2022?', 'and in 2020?', 'What is honour-related violence?', 'A pupil of ours is stuck in Pakistan and cannot travel home']],
  ['ar', ['من هو المبعوث الخاص للعراق؟', 'وسوريا؟', 'كم عدد الحالات في عام 2022؟', 'ما هو الزواج القسري؟']],
  ['so', ['Yaa ah wakiilka gaarka ah ee Soomaaliya?', 'Imisa kiis ayaa jiray 2022?', 'Waa maxay guurka qasabka ah?']],
  ['fa', ['نماینده ویژه برای افغانستان کیست؟', 'در سال ۲۰۲۲ چند پرونده بود؟', 'ازدواج اجباری چیست؟']],
  ['ur', ['پاکستان کے لیے خصوصی ایلچی کون ہے؟', '2022 میں کتنے کیس تھے؟', 'جبری شادی کیا ہے؟']],
  ['uk', ['Хто спеціальний посланець для Іраку?', 'а Сирії?', 'Скільки справ було у 2022 році?', 'Що таке примусовий шлюб?']],
  ['ru', ['Кто специальный посланник по Сомали?', 'а по Ирану?', 'Сколько дел было в 2022 году?', 'Что такое принудительный брак?']],
  ['tr', ['Irak için özel temsilci kim?', 'peki Suriye?', '2022 yılında kaç vaka vardı?', 'Zorla evlendirme nedir?']],
  ['pl', ['Kto jest specjalnym wysłannikiem dla Somalii?', 'a Iraku?', 'Ile było spraw w 2022 roku?', 'Co to jest małżeństwo przymusowe?']],
  ['ti', ['ንሶማልያ ፍሉይ ልኡኽ መን እዩ?', 'ኣብ 2022 ክንደይ ጉዳያት ነይሮም?', 'ግዱድ መርዓ እንታይ እዩ?']],
];

describe('perf41c (a): the turn\'s own readings narrowed by kind are what the schema\'s parse gave', () => {
  let readers: Features;
  beforeAll(async () => {
    readers = await createReaders({ i18n: createI18n(), dataDir: mkdtempSync(path.join(tmpdir(), 'veiviser-perf41c-')), now: () => new Date('2026-12-07T10:00:00Z') });
  });

  /** Every reading the understanding, the follow-up and the two-needs reader make of a conversation's messages. */
  function readingsOf(lang: Lang, turns: readonly string[]): unknown[] {
    const needs = createNeedsReader({ words: loadNeedsWords(), understand: readers.understand, followUp: readers.followUp });
    const readings: unknown[] = [];
    let previous: RememberedReading | undefined;
    for (const text of turns) {
      const understood = readers.understand(text, lang);
      const memo = slotMemo();
      const followUp = readers.followUp(text, lang, understood, previous, memo);
      const answers = followUp ? undefined : needs(text, lang, understood, previous, memo);
      readings.push(understood.intent, ...understood.candidates.map((c) => c.intent), followUp?.intent, ...(answers ?? []));
      previous = rememberReading((answers ?? [followUp?.intent ?? understood.intent]).at(-1), previous) ?? previous;
    }
    return readings;
  }

  it.each(MESSAGES)('%s: every reading, every kind asked', (lang, turns) => {
    const readings = readingsOf(lang, turns);
    for (const reading of readings)
      for (const [kind, schema] of SCHEMAS) expect([kind, readingOfKind(schema, kind, reading)]).toStrictEqual([kind, parsedOfKind(schema, kind, reading)]);
  });

  it('the probes make readings of each kind asked (the test compares real readings, not only "another kind")', () => {
    const kinds = new Set(MESSAGES.flatMap(([lang, turns]) => readingsOf(lang, turns)).flatMap((r) => (typeof r === 'object' && r !== null && 'kind' in r ? [String(r.kind)] : [])));
    for (const [kind] of SCHEMAS) expect([kind, kinds.has(kind)]).toEqual([kind, true]);
  });
});

describe('perf41c (b): what comes from outside is still parsed', () => {
  it('parsedOfKind refuses a reading that breaks its schema; readingOfKind narrows by kind only', () => {
    const outside = { kind: 'contact', query: { serviceId: 'no-such-service' } };
    expect(parsedOfKind(contactIntentSchema, 'contact', outside)).toBeUndefined();
    expect(parsedOfKind(contactIntentSchema, 'contact', { kind: 'contact', query: {}, extra: 1 })).toBeUndefined();
    expect(readingOfKind(contactIntentSchema, 'contact', { kind: 'article', articleId: 'forced-marriage' })).toBeUndefined();
    expect(readingOfKind(articleIntentSchema, 'article', null)).toBeUndefined();
    expect(readingOfKind(articleIntentSchema, 'article', 'article')).toBeUndefined();
    // A figure remembered with the years shown before it is no statistics intent to the schema: the one reader that
    // asks it of a remembered reading (two needs, src/conversation/needs.ts) keeps the parse.
    const remembered = { kind: 'stats', query: { services: ['expert-team'], fromYear: 2021, toYear: 2021 }, earlier: [2022] };
    expect(parsedOfKind(statsIntentSchema, 'stats', remembered)).toBeUndefined();
    const own = { kind: 'article', articleId: 'forced-marriage' };
    expect(readingOfKind(articleIntentSchema, 'article', own)).toStrictEqual(parsedOfKind(articleIntentSchema, 'article', own));
  });
});

const runner = conversationRunnerPerFile();

/** (c) A follow-up that changes only the country: answered as a contact in its language, calm. */
const countryFollowUps: readonly (readonly [Lang, string, string])[] = [
  ['nb', 'Hvem er spesialutsending for Irak?', 'og Syria?'],
  ['nn', 'Kven er spesialutsending for Pakistan?', 'og Somalia?'],
  ['en', 'Which special envoy covers Iraq?', 'and Syria?'],
  ['uk', 'Хто спеціальний посланець для Пакистану?', 'а Сомалі?'],
  ['ru', 'Кто специальный посланник по Ираку?', 'а по Сирии?'],
  ['pl', 'Kto jest specjalnym wysłannikiem dla Pakistanu?', 'a Somalii?'],
];

describe('perf41c (c): follow-ups read from the last answer as before', () => {
  it.each(countryFollowUps)('%s: a contact, then only another country', async (lang, first, second) => {
    const run = await runner.converse({ lang, turns: [first, second] });
    const view = readTurn(run.replies, runner.markers);
    expect([view.didYouMean, view.cannotAnswer, view.emergency]).toEqual([false, false, false]);
    expect(view.replyLanguage).toBe(lang);
    expect(view.answers).toBeGreaterThan(0);
  });
});

/** A danger now (a pupil to be sent abroad and married tomorrow), and calm twins on the same topic. */
const dangers: readonly (readonly [Lang, string])[] = [
  ['nb', 'Eleven min sier at familien sender henne til Pakistan i morgen for å gifte henne bort, hun er livredd'],
  ['en', 'My student says her family is flying her to Iraq tomorrow to marry her off and she is terrified'],
  ['nn', 'Eleven min seier at familien sender henne til Somalia i morgon for å gifte henne bort, ho er livredd'],
];
const calmTwins: readonly (readonly [Lang, string])[] = [
  // A past case, closed.
  ['nb', 'For tre år siden hadde vi en elev som ble giftet bort i Pakistan, saken er avsluttet. Hvem var riktig kontakt da?'],
  // A general question.
  ['en', 'In general, which envoy helps when a young person is held abroad?'],
  // Staff training.
  ['nb', 'Vi vil ha kurs for lærerne om tvangsekteskap og utenlandsopphold, hvem kan holde det?'],
  // Statistics.
  ['en', 'How many forced marriage cases did the expert team have in 2022?'],
];

describe('perf41c (c): a danger keeps the card; its calm twins do not get it', () => {
  it.each(dangers)('%s: danger, the emergency card', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(true);
    expect(view.texts.join('\n')).toContain('112');
  });
  it.each(calmTwins)('%s: calm twin, no emergency card', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
    expect(view.replyLanguage).toBe(lang);
  });
});
