import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { RememberedReading } from '../../src/conversation/follow-up';
import { createHistoryRecognizer, HISTORY_ARTICLE } from '../../src/conversation/history-reader';
import { cardTexts } from '../../src/evaluation/conversation-eval';
import { createReaders, type Features } from '../../src/features';
import { memoryFeedbackStore } from '../../src/knowledge';
import { createI18n, fixedT } from '../../src/language/i18n';
import { type Lang, LANGUAGES } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { projectRoot } from '../../src/paths/content-root';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { statsCard } from '../../src/stats/answers/stats-card';
import type { StatsQueryModel } from '../../src/stats/answers/stats-query';
import { explicitYears, parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { prepareUtterance } from '../../src/understanding/understand';
import { queryFor } from '../helpers/figure-query';
import { conversation, oneAppPerFile, type TestApp } from '../helpers/test-app';

// (was stats-other-languages.test.ts)
/**
 * Statistics in the other languages: a split asked in the words people use, and every sentence of a reply in the
 * reply's language (issue #17). One app for the file (test/helpers/test-app.ts); a describe per class, each the former
 * file named in its first line.
 */

// (was split-asked-other-languages.test.ts)
describe('a count asked with its split in the words people use, and the nearest years (session 16)', () => {
  /**
   * Issue #13 (session 16): a count asked together with what the cases were about, or where the people came from, in
   * the words people use ("о чём в основном", "کدوم کشورها", "kis qism ke", "jakie były najczęstsze kategorie",
   * "hvilke typer"), keeps the split: the card shows the total and the published order or split beside it. And a year
   * the sources have no figure for is said first, then the nearest years' figures.
   */
  const NOW = new Date('2026-06-01T12:00:00Z');
  const read = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), NOW, lng);

  describe('a count and the countries the people came from', () => {
    it.each<[Lang, string, string]>([
      ['so', 'Sannadkii 2023 immisa kiis ayay qabteen spesialutsendinger, dalalka ugu badanna ma sheegi kartaa?', 'special-envoys'],
      ['ur', 'spesialutsendinger کے پاس 2023 میں کتنے کیس تھے اور لوگ کن ملکوں سے آئے تھے؟', 'special-envoys'],
      ['fa', 'مشاوران تنوع (mangfoldsrådgivere) در ۲۰۲۳ چند پرونده داشتند و آدم‌ها از کدوم کشورها آمده بودند؟', 'diversity-advisers'],
      ['ru', 'Откуда чаще всего были люди в делах spesialutsendinger за 2023 год и сколько было дел?', 'special-envoys'],
    ])('[%s] %s → the count and the countries of origin', (lng, text, service) => {
      expect(read(text, lng)?.query).toMatchObject({ services: [service], metric: 'cases', fromYear: 2023, breakdown: 'origin-country' });
    });

    it('"most common countries of origin" in a service\'s cases is a figure question without a year, even with "numbers" in it', () => {
      const parsed = read('most common countries of origin among the special envoys cases? need recent numbers', 'en');
      expect(parsed?.query).toMatchObject({ services: ['special-envoys'], metric: 'cases', breakdown: 'origin-country' });
      // Above the contacts recognizer's reading of "numbers" as phone numbers (0.99).
      expect(parsed?.score).toBeGreaterThan(0.99);
    });
  });

  describe('a count and what the cases were about', () => {
    it.each<[Lang, string]>([
      ['nb', 'Hvor mange saker fikk Kompetanseteamet i 2022, og hvilke typer dominerte?'],
      ['nn', 'Kor mange saker hadde Kompetanseteamet i 2022, og kva typar var vanlegast?'],
      ['ru', 'Сколько дел у Kompetanseteamet было в 2022 году и о чём в основном были эти дела?'],
      ['uk', 'Скільки справ мав Kompetanseteamet у 2022 році і про що найчастіше вони були?'],
      ['ur', '2022 mein Kompetanseteamet ke paas kitne cases the aur wo kis qism ke the?'],
      ['fa', 'Kompetanseteamet در ۲۰۲۲ چند پرونده داشت و بیشتر درباره چه بودند؟'],
      ['pl', 'Ile spraw prowadził Kompetanseteamet w 2022 roku i jakie były najczęstsze kategorie?'],
    ])('[%s] %s → the count and its case types', (lng, text) => {
      expect(read(text, lng)?.query).toMatchObject({ services: ['kompetanseteamet'], metric: 'cases', fromYear: 2022, breakdown: 'case-type' });
    });

    it('Russian "чаще всего" is "most often", not "in total" ("всего")', () => {
      expect(read('Сколько дел у Kompetanseteamet было в 2022 году и о чём в основном были эти дела?', 'ru')?.query.mode).toBe('value');
    });
  });

  describe('inquiries and the persons they concerned (Kompetanseteamet 2004–2008)', () => {
    it('nynorsk "henvendingar" are inquiries; the persons asked beside them are read too', () => {
      expect(read('Kor mange henvendingar kom inn til Kompetanseteamet i 2006, og kor mange personar var involverte?', 'nn')?.query).toMatchObject({
        metric: 'inquiries',
        alsoMetrics: ['persons'],
        fromYear: 2006,
      });
    });

    it('the count named first is the one asked, "personer" after it comes beside it', () => {
      expect(read('antall henvendelser til Kompetanseteamet i 2006 + antall personer', 'nb')?.query.metric).toBe('inquiries');
      expect(read('Kompetanseteamet 2006: how many persons, and how many inquiries?', 'en')?.query.metric).toBe('persons');
    });

    it('"the advisers in 2008, how many cases" counts their cases, not the advisers', () => {
      const query = read('mangfaldsrådgivarane i 2008 – kor mange saker hadde dei?', 'nn')?.query;
      expect(query?.metric).toBe('cases');
      expect(query?.alsoMetrics ?? []).not.toContain('staff');
    });
  });

  describe('what is counted, in the other languages and in remarks beside the question', () => {
    it('a remark that mentions figures ("har sett 28 % et sted") does not decide what the question counts', () => {
      const text = 'Skal vise utviklingen på et møte. Hvor mange henvendelser kom inn til Kompetanseteamet i 2006 og 2007? Har sett andre tall et sted.';
      expect(read(text, 'nb')?.query).toMatchObject({ metric: 'inquiries', fromYear: 2006, toYear: 2007 });
    });

    it.each<[Lang, string]>([
      ['ru', 'На сколько процентов выросло число обращений в Kompetanseteamet с 2006 по 2007?'],
      ['uk', 'На скільки відсотків зросла кількість звернень до Kompetanseteamet з 2006 по 2007?'],
      ['pl', 'O ile procent wzrosła liczba zgłoszeń do Kompetanseteamet od 2006 do 2007?'],
    ])('[%s] "by how many percent" is the change of one count, not a second count: %s', (lng, text) => {
      // Asked in percent between two years named: the difference, computed from both published figures (session 23).
      expect(read(text, lng)?.query).toMatchObject({ services: ['kompetanseteamet'], metric: 'inquiries', mode: 'difference', fromYear: 2006, toYear: 2007 });
    });

    it.each<[Lang, string, 'local' | 'national']>([
      ['uk', 'Скільки місцевих проєктів підтримали комуни у 2022 році?', 'local'],
      ['ar', 'كم عدد المشاريع المحلية في 2023؟', 'local'],
      ['pl', 'Ile projektów lokalnych sfinansowano w 2022?', 'local'],
      ['ru', 'Сколько национальных проектов профинансировал IMDi в 2023 году?', 'national'],
    ])('[%s] projects are counted as projects, local or national: %s', (lng, text, level) => {
      expect(read(text, lng)?.query).toMatchObject({ metric: 'projects', breakdown: 'project-level', category: level });
    });

    it.each<[Lang, string]>([
      ['ur', '2024 میں Kompetanseteamet کو کتنی رقم سے تقویت ملی؟'],
      ['ru', 'На какую сумму усилили Kompetanseteamet в 2024 году?'],
      ['so', 'Kompetanseteamet immisa lacag ayaa lagu xoojiyey 2024?'],
    ])('[%s] how much a service was strengthened with is an amount: %s', (lng, text) => {
      expect(read(text, lng)?.query).toMatchObject({ services: ['kompetanseteamet'], metric: 'funding-nok', fromYear: 2024 });
    });

    it.each<[Lang, string]>([
      ['tr', "2008'de azınlık danışmanları kaç okulda çalışıyordu, hangi şehirlerde?"],
      ['ru', 'Сколько школ имели советников по делам меньшинств (minoritetsrådgivere) в 2008 году и в каком городе больше всего?'],
      ['pl', 'W ilu szkołach byli doradcy ds. mniejszości (minoritetsrådgivere) w 2008 i w których miastach?'],
    ])('[%s] "in which city" of the 2008 schools asks the split the source publishes, by county: %s', (lng, text) => {
      expect(read(text, lng)?.query).toMatchObject({ metric: 'schools', fromYear: 2008, breakdown: 'county' });
    });

    it('"hangi şehirde?" alone (in which city is the embassy?) asks where, not for a split by county', () => {
      expect(read('hangi şehirde?', 'tr')?.query.breakdown).toBeUndefined();
    });

    it('"when" with a year and a case word, no service and no number asked, is no figure question', () => {
      expect(read('når ble det nye saksregistreringssystemet tatt i bruk? noen sier 2022', 'nb')).toBeUndefined();
      expect(read('when was the case registration tool launched, 2022?', 'en')).toBeUndefined();
      expect(read('saker i 2022?', 'nb')?.query).toMatchObject({ metric: 'cases', fromYear: 2022 });
    });

    it('years written short after a full one are a list ("2021, 22 og 23"); a smaller number after a year is no year', () => {
      expect(explicitYears('tilskudd delmål c 2021 22 og 23')).toEqual({ fromYear: 2021, toYear: 2023 });
      expect(explicitYears('2021/22')).toEqual({ fromYear: 2021, toYear: 2022 });
      expect(explicitYears('i 2023 12 saker')).toEqual({ fromYear: 2023, toYear: 2023 });
    });
  });

  const seen = (reply: Partial<Activity>): string => (reply.attachments ?? []).flatMap((a) => cardTexts(a.content)).join('\n');

  describe('conversation: the total and its split, and the nearest years for a year without a figure', () => {
    const { chat } = oneAppPerFile();

    it('ru: the envoys\' 2023 cases and where the people came from: 245, then the published order of countries', async () => {
      await chat({ locale: 'ru-RU' })
        .send('Откуда чаще всего были люди в делах spesialutsendinger за 2023 год и сколько было дел?')
        .assertReply((reply) => {
          const text = seen(reply);
          expect(text).toContain('245');
          expect(text).toMatch(/Ирак/u);
          expect(text).toMatch(/Сомали/u);
        })
        .startTest();
    });

    it('pl: Kompetanseteamet\'s 2022 cases and their main categories: 891 and threats and violence 368', async () => {
      await chat({ locale: 'pl-PL' })
        .send('Ile spraw prowadził Kompetanseteamet w 2022 roku i jakie były najczęstsze kategorie?')
        .assertReply((reply) => {
          const text = seen(reply);
          expect(text).toContain('891');
          expect(text).toContain('368');
        })
        .startTest();
    });

    it.each<[string, string, RegExp]>([
      ['nb-NO', 'hvor mange saker hadde kompetanseteamet i 2024?', /Jeg har ikke tall for saker \(Kompetanseteamet\) i 2024\./u],
      ['en-US', 'Kompetanseteamet: number of cases in 2024, please', /I don't have figures for cases \(Kompetanseteamet\) in 2024\./u],
    ])('(%s) Kompetanseteamet in 2024: no published figure, said first, then 1 137 in 2023 (Bufdir)', async (locale, question, noFigure) => {
      await chat({ locale })
        .send(question)
        .assertReply((reply) => {
          const text = seen(reply);
          expect(text).toMatch(noFigure);
          expect(text).toMatch(/1[\s\u00a0]137/u);
          expect(text.search(noFigure)).toBeLessThan(text.search(/1[\s\u00a0]137/u));
        })
        .startTest();
    });

    it('nb: the total inquiries 2004–2008 is the published sum with the persons beside it', async () => {
      await chat()
        .send('Kompetanseteamet: hvor mange henvendelser totalt fra 2004 til 2008?')
        .assertReply((reply) => {
          const text = seen(reply);
          expect(text).toContain('645 henvendelser');
          expect(text).toContain('712 personer');
        })
        .startTest();
    });

    it('nn: the inquiries of one year and the persons, answered by the figures, not the history article', async () => {
      await chat({ locale: 'nn-NO' })
        .send('Kor mange henvendingar kom inn til Kompetanseteamet i 2006, og kor mange personar var involverte?')
        .assertReply((reply) => {
          const text = seen(reply);
          expect(text).toContain('116');
          expect(text).toContain('129');
          expect(text).toMatch(/^Statistikk/u);
        })
        .startTest();
    });

    it('ru: the inquiries of 2006 and how many percent more in 2007: both years, the computed change and the source\'s wording', async () => {
      await chat({ locale: 'ru-RU' })
        .send('Сколько обращений получил Kompetanseteamet в 2006 и на сколько процентов их стало больше в 2007?')
        .assertReply((reply) => {
          const text = seen(reply);
          expect(text).toMatch(/^Статистика/u);
          expect(text).toContain('116');
          expect(text).toContain('177');
          expect(text).toMatch(/\+53\s?%/u);
        })
        .startTest();
    });

    it.each<[string, string, RegExp]>([
      ['uk-UA', 'Скільки українців було серед справ spesialutsendinger у 2023 році?', /немає даних/u],
      ['so-SO', 'Immisa kiis ayay spesialutsendinger qabteen 2023? Immisa ka mid ah ayaa ahaa dad Soomaali ah?', /Ma hayo tirooyin/u],
    ])('(%s) a count for one people is not published: said first, then the envoys\' 245 cases', async (locale, question, noFigure) => {
      await chat({ locale })
        .send(question)
        .assertReply((reply) => {
          const text = seen(reply);
          expect(text).toMatch(noFigure);
          expect(text).toContain('245');
          expect(text.search(noFigure)).toBeLessThan(text.indexOf('245'));
        })
        .startTest();
    });

    it('en: a year between two published ones gives both neighbours\' figures: 2017 → 597 in 2016 and 595 in 2018', async () => {
      await chat({ locale: 'en-US' })
        .send('how many cases did Kompetanseteamet have in 2017?')
        .assertReply((reply) => {
          const text = seen(reply);
          expect(text).toContain("I don't have figures for cases (Kompetanseteamet) in 2017.");
          expect(text).toContain('597');
          expect(text).toContain('595');
        })
        .startTest();
    });
  });
});

// (was stats-reply-language.test.ts)
describe('no English sentence inside a statistics reply in another language (issue #17)', () => {
  /**
   * Issue #17, "English inside other languages": every sentence of a statistics reply is in the reply's language.
   * The English texts a reply could borrow are the English notes of the published figures and the English stats
   * strings; none of them (longer than 20 characters) may appear in a reply in another language — neither on the
   * cards built for every published figure, nor in what the real bot answers to statistics questions in each language.
   */

  const i18n = createI18n();
  const published = loadPublishedSeed().figures;
  const OTHER_LANGUAGES = LANGUAGES.filter((l) => l !== 'en');
  const MIN_LENGTH = 20;

  /** Direction marks and isolates (right-to-left replies wrap numbers and Latin names) say nothing about the words. */
  const plain = (text: string) => text.replace(/[\u200e\u200f\u2066-\u2069]/gu, '').replace(/\s+/gu, ' ').trim();

  function strings(node: unknown): string[] {
    if (typeof node === 'string') return [node];
    if (Array.isArray(node)) return node.flatMap(strings);
    if (node !== null && typeof node === 'object') return Object.values(node).flatMap(strings);
    return [];
  }

  /** Each English sentence, and each run of words between {{placeholders}}, of at least MIN_LENGTH characters. */
  function englishSentences(): string[] {
    const english = JSON.parse(readFileSync(path.join(projectRoot(), 'locales', 'en', 'stats.json'), 'utf8')) as unknown;
    const notes = published.flatMap((f) => (f.note?.en ? [f.note.en] : []));
    const pieces = [...strings(english), ...notes].flatMap((text) => text.split(/\{\{[^}]+\}\}/u)).flatMap((piece) => [piece, ...piece.split(/(?<=[.;:!?])\s+/u)]);
    return [...new Set(pieces.map(plain).filter((p) => p.length >= MIN_LENGTH))];
  }
  const ENGLISH = englishSentences();

  function englishIn(shown: readonly string[]): string[] {
    const texts = shown.map(plain);
    return ENGLISH.filter((sentence) => texts.some((t) => t.includes(sentence)));
  }

  /** Strings in a card a person reads (TextBlock text, titles, chart labels, fallback text). */
  function visibleStrings(node: unknown, key = ''): string[] {
    if (typeof node === 'string') return ['text', 'title', 'value', 'fallbackText', 'label', 'legend', 'x', 'altText'].includes(key) ? [node] : [];
    if (Array.isArray(node)) return node.flatMap((n) => visibleStrings(n, key));
    if (node === null || typeof node !== 'object') return [];
    return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => visibleStrings(v, k === 'data' ? '' : k));
  }

  /** Answers that are not one figure: a series with its chart, a sum, a comparison, years without data, a missing split. */
  const EXTRA_QUERIES: readonly StatsQueryModel[] = [
    { services: [], mode: 'value' },
    { services: ['kompetanseteamet'], metric: 'inquiries', fromYear: 2004, toYear: 2008, mode: 'trend' },
    { services: ['diversity-advisers', 'special-envoys', 'kompetanseteamet'], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'total' },
    { services: ['diversity-advisers', 'special-envoys'], metric: 'cases', fromYear: 2022, toYear: 2024, mode: 'compare' },
    { services: ['diversity-advisers'], metric: 'cases', fromYear: 2015, toYear: 2015, mode: 'value' },
    { services: ['diversity-advisers'], metric: 'cases', fromYear: 2023, toYear: 2023, breakdown: 'county', mode: 'value' },
    { services: ['special-envoys'], metric: 'cases', fromYear: 2023, toYear: 2023, breakdown: 'embassy', category: 'amman', mode: 'value' },
    { services: ['imdi'], metric: 'staff', fromYear: 2019, toYear: 2025, mode: 'trend' },
    { services: ['ngo-grants'], metric: 'funding-nok', fromYear: 2021, toYear: 2023, mode: 'value' },
  ];

  describe('the English texts the test looks for', () => {
    it('include the notes and the stats strings of issue #17', () => {
      expect(ENGLISH).toEqual(expect.arrayContaining(['The data are anonymised, so the figures carry reservations (IMDi annual report 2008).']));
      expect(ENGLISH.some((s) => s.startsWith('The 2023 annual report gives 899 cases'))).toBe(true);
      expect(ENGLISH).toEqual(expect.arrayContaining(['I do not guess figures I have no source for.']));
      expect(ENGLISH.length).toBeGreaterThan(80);
    });
  });

  describe.each(OTHER_LANGUAGES)('statistics cards in %s carry no English sentence', (lng) => {
    const t = fixedT(i18n, lng);

    it('for every published figure', () => {
      const found = new Map<string, string[]>();
      for (const figure of published) {
        const english = englishIn(visibleStrings(statsCard(answerStats(queryFor(figure), published), lng, t)));
        if (english.length > 0) found.set(figure.id, english);
      }
      expect(Object.fromEntries(found)).toEqual({});
    });

    it('for series, sums, comparisons, missing years and missing splits', () => {
      const found = EXTRA_QUERIES.flatMap((query) => englishIn(visibleStrings(statsCard(answerStats(query, published), lng, t))));
      expect(found).toEqual([]);
    });

    it('in every note of the published figures, and every stats string', () => {
      const notes = published.flatMap((f) => (f.note ? [f.note[lng] ?? `${f.id}: no ${lng} note`] : []));
      expect(englishIn(notes)).toEqual([]);
      expect(notes.filter((n) => n.endsWith(`no ${lng} note`))).toEqual([]);
      const own = JSON.parse(readFileSync(path.join(projectRoot(), 'locales', lng, 'stats.json'), 'utf8')) as unknown;
      expect(englishIn(strings(own))).toEqual([]);
    });
  });

  /** The statistics questions of the language evaluation set (test/eval/languages-contacts-stats.json). */
  const evalItemSchema = z.object({ q: z.string(), lang: z.string(), expect: z.unknown() }).passthrough();
  const QUESTIONS: ReadonlyArray<readonly [Lang, string]> = z
    .array(evalItemSchema)
    .parse(JSON.parse(readFileSync(path.join(projectRoot(), 'test', 'eval', 'languages-contacts-stats.json'), 'utf8')))
    .filter((item) => JSON.stringify(item.expect).includes('"stats"'))
    .flatMap((item) => {
      const lng = LANGUAGES.find((l) => l === item.lang);
      return lng && lng !== 'en' ? [[lng, item.q] as const] : [];
    });

  const LOCALES: Readonly<Record<Lang, string>> = {
    nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB', ar: 'ar-SA', so: 'so-SO', fa: 'fa-AF', ur: 'ur-PK', uk: 'uk-UA', ru: 'ru-RU', tr: 'tr-TR', pl: 'pl-PL', ti: 'ti-ER',
  };

  /** Bokmål and nynorsk questions, with figures that carry notes (anonymised data, two sources, sub-goal C). */
  const NORWEGIAN: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Hvor mange henvendelser fikk Kompetanseteamet 2004–2008?'],
    ['nb', 'Hvor mange saker hadde mangfoldsrådgiverne i 2023?'],
    ['nb', 'Hvor mye penger fikk frivillige organisasjoner i 2022?'],
    ['nn', 'Kor mange førespurnader fekk Kompetanseteamet 2004–2008?'],
    ['nn', 'Kor mange saker hadde mangfaldsrådgivarane i 2023?'],
  ];

  describe('what the bot answers to statistics questions in each language', () => {
    // The file's app (test/helpers/test-app.ts), shared with its other describes; each conversation has its own id and user.
    const fileApp = oneAppPerFile();
    let app: TestApp;
    beforeAll(() => {
      app = fileApp.testApp();
    });

    it('has questions in every language but English', () => {
      expect(new Set([...QUESTIONS, ...NORWEGIAN].map(([lng]) => lng))).toEqual(new Set(OTHER_LANGUAGES));
    });

    it.each([...NORWEGIAN, ...QUESTIONS])('%s: "%s"', async (lng, question) => {
      const shown: string[] = [];
      const languages: unknown[] = [];
      const adapter = conversation(app, {
        locale: LOCALES[lng],
        // One person per question: the rate limiter counts messages per person.
        from: { id: `29:language-${lng}-${question}`, name: 'Test' },
        conversation: { id: `language-${lng}-${question}`, isGroup: false, conversationType: 'personal', name: 'x' },
      });
      await adapter.send(question).startTest();
      // Every activity of the turn: the card, and any note the bot adds to it.
      for (const reply of adapter.activeQueue.splice(0)) {
        if (reply.text) shown.push(reply.text);
        for (const attachment of reply.attachments ?? []) {
          shown.push(...visibleStrings(attachment.content));
          languages.push((attachment.content as { lang?: unknown } | undefined)?.lang);
        }
      }
      // A statistics card in a language other than English. (One-word questions such as "статистика" are the same
      // word in Ukrainian and Russian; the bot may answer those in the other language, which must hold no English either.)
      expect(languages.length).toBeGreaterThan(0);
      expect(languages.filter((l) => l === 'en' || !LANGUAGES.some((known) => known === l))).toEqual([]);
      expect(shown.length).toBeGreaterThan(0);
      expect(englishIn(shown)).toEqual([]);
    });
  });
});

// (was most-of-people-and-unpublished.test.ts)
/**
 * Issue #13 (statistics and history follow-ups, session 16): "what was there most of" asks how a count splits by case
 * type; a case type named in the words people use (a Turkish "stay abroad against one's will", "honour killings")
 * is that case type, so a count the sources do not publish is said to be missing before the broader figure; a
 * follow-up of people words alone after a count of inquiries asks for the persons; and asking when IMDi took over
 * the coordination of Kompetanseteamet is its history, while asking whether the team can take over a case is not.
 */
const NOW = new Date('2026-06-01T12:00:00Z');
const parse = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), NOW, lng);

describe('"what was there most of" asks the case-type split', () => {
  it.each<[Lang, string]>([
    ['nb', 'Kompetanseteamet i 2022: antall saker, og hva var det flest av?'],
    ['nn', 'Kor mange saker fekk Kompetanseteamet i 2022, og kva var det mest av?'],
    ['en', 'Kompetanseteamet in 2022 - how many cases, and what was there most of?'],
    ['ru', 'Сколько дел было у Kompetanseteamet в 2022 году и чего было больше всего?'],
    ['uk', 'Скільки справ мав Kompetanseteamet у 2022 році і чого було найбільше?'],
    ['pl', 'Ile spraw miał Kompetanseteamet w 2022 i czego było najwięcej?'],
  ])('[%s] %s', (lng, text) => {
    expect(parse(text, lng)?.query).toMatchObject({ services: ['kompetanseteamet'], metric: 'cases', fromYear: 2022, breakdown: 'case-type' });
  });

  it('a count alone is not split', () => {
    expect(parse('Hvor mange saker hadde Kompetanseteamet i 2022?', 'nb')?.query.breakdown).toBeUndefined();
  });
});

describe('a case type named in everyday words', () => {
  it.each<[Lang, string]>([
    ['tr', "2022'de Kompetanseteamet'e gelen vakalardan kaçı yurt dışında isteği dışında kalan gençlerle ilgiliydi?"],
    ['tr', "Kompetanseteamet 2022'de kaç vaka aldı, kaçı istemeden yurt dışında kalmayla ilgili?"],
  ])('[%s] %s → involuntary stay abroad', (lng, text) => {
    expect(parse(text, lng)?.query).toMatchObject({ services: ['kompetanseteamet'], breakdown: 'case-type', category: 'involuntary-stay-abroad' });
  });

  it.each<[Lang, string]>([
    ['en', 'are there any figures for honour murders in Norway per year?'],
    ['nb', 'Har dere statistikk over antall æresdrap i Norge?'],
    ['ru', 'Есть ли цифры, сколько убийств чести бывает в Норвегии?'],
    ['pl', 'Czy są statystyki, ile zabójstw honorowych jest w Norwegii?'],
  ])('[%s] %s → honour violence, a count the sources do not publish', (lng, text) => {
    expect(parse(text, lng)?.query).toMatchObject({ metric: 'cases', breakdown: 'case-type', category: 'honour-violence' });
  });
});

describe('people words alone after a count of inquiries', () => {
  let readers: Features;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-people-follow-up-'));
    readers = await createReaders({ i18n: createI18n(), dataDir, now: () => NOW, feedback: memoryFeedbackStore() });
  });
  afterAll(async () => {
    await readers.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const inquiries2006: RememberedReading = {
    kind: 'stats',
    query: { service: 'kompetanseteamet', services: ['kompetanseteamet'], metric: 'inquiries', fromYear: 2006, toYear: 2006, mode: 'value' },
  };
  const read = (lng: Lang, message: string) => readers.followUp(message, lng, readers.understand(message, lng), inquiries2006)?.intent;

  it.each<readonly [Lang, string]>([
    ['en', 'and the people?'],
    ['nb', 'og folk da?'],
    ['nn', 'og personar?'],
    ['ru', 'а людей?'],
    ['uk', 'а людей?'],
    ['pl', 'a ludzi?'],
  ])('[%s] %j → the persons of the same year', (lng, message) => {
    expect(read(lng, message)).toMatchObject({ kind: 'stats', query: { service: 'kompetanseteamet', metric: 'persons', fromYear: 2006, toYear: 2006 } });
  });
});

describe('when IMDi took over the coordination', () => {
  const reader = createHistoryRecognizer({ now: () => NOW });
  const read = (text: string, lng: Lang) => reader.recognize(prepareUtterance(text, lng));

  it.each<[Lang, string]>([
    ['en', 'what year did IMDi take over the coordination of Kompetanseteamet?'],
    ['en', 'when did IMDi start coordinating the competence team?'],
    ['nb', 'Når tok IMDi over ansvaret for Kompetanseteamet?'],
    ['ru', 'В каком году IMDi стал координировать Kompetanseteamet?'],
    ['pl', 'Kiedy IMDi przejął koordynację Kompetanseteamet?'],
    ['tr', 'IMDi Kompetanseteamet koordinasyonunu hangi yıl devraldı?'],
  ])('[%s] %s → the history article', (lng, text) => {
    expect(read(text, lng)).toEqual([expect.objectContaining({ intent: HISTORY_ARTICLE })]);
  });

  it.each<[Lang, string]>([
    ['en', 'Could the competence team take over this case from us?'],
    ['nb', 'Kan Kompetanseteamet ta over saken vår?'],
    ['tr', 'Kompetanseteamet bu vakayı bizden devralabilir mi?'],
  ])('[%s] %s → not history', (lng, text) => {
    expect(read(text, lng)).toEqual([]);
  });
});
