import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createReaders, type Features } from '../../src/features';
import { memoryFeedbackStore } from '../../src/knowledge';
import { createI18n } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import type { RememberedReading } from '../../src/conversation/follow-up';
import { createHistoryRecognizer, HISTORY_ARTICLE } from '../../src/conversation/history-reader';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { prepareUtterance } from '../../src/understanding/understand';

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
