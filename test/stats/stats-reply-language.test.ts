import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../src/paths/content-root';
import { createI18n, fixedT } from '../../src/language/i18n';
import { LANGUAGES, type Lang } from '../../src/language/languages';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { statsCard } from '../../src/stats/answers/stats-card';
import type { StatsQueryModel } from '../../src/stats/answers/stats-query';
import { queryFor } from '../helpers/figure-query';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { buildTestApp, conversation, type TestApp } from '../helpers/test-app';

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
  let app: TestApp;
  beforeAll(async () => {
    app = await buildTestApp();
  }, 120_000);
  afterAll(async () => {
    await app.close();
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
