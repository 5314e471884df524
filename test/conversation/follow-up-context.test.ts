import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { createReaders, type Features } from '../../src/features';
import { memoryFeedbackStore } from '../../src/knowledge';
import { createI18n } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import type { RememberedReading } from '../../src/conversation/follow-up';
import { cardMarkers, readTurn } from '../../src/evaluation/conversation-eval';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * Issue #13 (session 15): elliptic turns read in the context of the last answer, in every language: a place after a
 * figure ("and in Oslo?" after the 2008 schools), how many people a service has after its card, a person abroad at the
 * weekend after a service with office hours, a case type two turns after the year was said, and the language of a
 * short Latin-script turn in a conversation held in Urdu or Dari.
 */
const SCHOOLS_2008: RememberedReading = { kind: 'stats', query: { service: 'diversity-advisers', services: ['diversity-advisers'], metric: 'schools', fromYear: 2008, toYear: 2008, mode: 'value' } };
const ADVISERS: RememberedReading = { kind: 'contact', query: { serviceId: 'diversity-advisers' } };
const KOMPETANSETEAMET: RememberedReading = { kind: 'contact', query: { serviceId: 'kompetanseteamet' } };

describe('follow-ups that keep their context (readers)', () => {
  let readers: Features;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-follow-up-context-'));
    readers = await createReaders({ i18n: createI18n(), dataDir, now: () => new Date('2026-06-01T12:00:00Z'), feedback: memoryFeedbackStore() });
  });
  afterAll(async () => {
    await readers.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const follow = (message: string, lng: Lang, previous: RememberedReading) => readers.followUp(message, lng, readers.understand(message, lng), previous)?.intent;

  it.each([
    ['nn', 'Og kva med Oslo?'],
    ['en', 'and how many of those were in Oslo?'],
    ['ar', 'وكم منها في أوسلو؟'],
    ['ru', 'а сколько в Осло?'],
    ['pl', 'a ile w Oslo?'],
    ['fa', 'و در اسلو چند تا؟'],
  ] as const)('[%s] %j after the 2008 schools asks the schools in Oslo that year', (lng, message) => {
    expect(follow(message, lng, SCHOOLS_2008)).toMatchObject({ kind: 'stats', query: { metric: 'schools', category: 'oslo', fromYear: 2008, toYear: 2008 } });
  });

  it.each([
    ['fa', 'چند نفر هستند؟'],
    ['fa', 'تعدادشان چقدر است؟'],
    ['fa', 'کلا چند تا از اونا تو نروژ هستن؟'],
    ['fa', 'تو سراسر کشور چند تا از اینا داریم؟'],
    ['fa', 'چند تا ازشون هست؟'],
    ['ar', 'ما هو عددهم؟'],
    ['tr', 'kaç kişiler?'],
    ['pl', 'jaka jest ich liczba?'],
    ['uk', 'яка їх кількість?'],
    ['en', 'how many people are they?'],
  ] as const)('[%s] %j after the advisers asks how many advisers there are', (lng, message) => {
    expect(follow(message, lng, ADVISERS)).toMatchObject({ kind: 'stats', query: { service: 'diversity-advisers', metric: 'staff' } });
  });

  it.each([
    ['en', 'how many people did they help?'],
    ['nb', 'hvor mange saker hadde de?'],
  ] as const)('[%s] %j after the advisers counts what they did, not the advisers', (lng, message) => {
    const intent = follow(message, lng, ADVISERS);
    expect(intent?.kind === 'stats' ? intent.query.metric : undefined).not.toBe('staff');
  });

  it.each([
    ['en', 'and at the weekends, when the girl is abroad?'],
    ['pl', 'A w weekendy, kiedy dziewczyna jest za granicą?'],
    ['ru', 'А по выходным, если девочка за границей?'],
    ['nb', 'og i helgene, når jenta er i utlandet?'],
  ] as const)('[%s] %j after Kompetanseteamet (weekdays) is UD\'s operations centre, open day and night', (lng, message) => {
    expect(follow(message, lng, KOMPETANSETEAMET)).toEqual({ kind: 'contact', query: { serviceId: 'ud-operations-centre' } });
  });

  it('a country named beside the weekend is that country\'s plan for a person abroad', () => {
    expect(follow('a w sobotę, gdy ona jest w Somalii?', 'pl', KOMPETANSETEAMET)).toMatchObject({ kind: 'contact', query: { country: 'SO', whereabouts: 'abroad' } });
  });

  it('the weekend alone after Kompetanseteamet is still its card (its hours)', () => {
    expect(follow('and on Saturdays?', 'en', KOMPETANSETEAMET)).toEqual({ kind: 'contact', query: { serviceId: 'kompetanseteamet' } });
  });
});

describe('follow-ups that keep their context (conversations)', () => {
  const { chat } = oneAppPerFile();
  const markers = cardMarkers();
  const shown = (reply: Partial<Activity>) => readTurn([reply], markers);
  const text = (reply: Partial<Activity>) => shown(reply).texts.join(' | ');

  it.each([
    ['nb', 'nb-NO', ['Hvor mange saker fikk Kompetanseteamet i 2022?', 'Hvor mange av disse var trusler eller vold?', 'Og sosial kontroll?']],
    ['pl', 'pl-PL', ['Ile spraw otrzymał Kompetanseteamet w 2022 roku?', 'Ile z nich dotyczyło przemocy lub gróźb?', 'A negatywnej kontroli społecznej?']],
  ] as const)('[%s] a case type asked two turns after the year keeps the year (2022: 368 threats and violence, 135 control)', async (_lng, locale, [first, second, third]) => {
    await chat({ locale })
      .send(first)
      .assertReply((reply) => expect(text(reply)).toContain('891'))
      .send(second)
      .assertReply((reply) => expect(text(reply)).toContain('368'))
      .send(third)
      .assertReply((reply) => {
        expect(text(reply)).toContain('135');
        expect(text(reply)).toContain('2022');
      })
      .startTest();
  });

  // Session 18's regression: since the plain "социальный контроль" names the case type, "негативный" adds nothing to the
  // name, so "про" had to be a word a follow-up may carry ("а про …", like "and about …").
  it('[ru] a case type asked two turns after the year keeps the year', async () => {
    await chat({ locale: 'ru-RU' })
      .send('Сколько дел получил Kompetanseteamet в 2022 году?')
      .assertReply((reply) => expect(text(reply)).toContain('891'))
      .send('А сколько из них было про насилие и угрозы?')
      .assertReply((reply) => expect(text(reply)).toContain('368'))
      .send('А про негативный социальный контроль?')
      .assertReply((reply) => {
        expect(text(reply)).toContain('135');
        expect(text(reply)).toContain('2022');
      })
      .startTest();
  });

  it('a Roman Urdu follow-up with English words in an Urdu conversation is answered in Urdu', async () => {
    await chat({ locale: 'ur-PK' })
      .send('Kompetanseteamet ki email kya hai?')
      .assertReply((reply) => expect(shown(reply).replyLanguage).toBe('ur'))
      .send('aur unka phone number?')
      .assertReply((reply) => {
        expect(shown(reply).replyLanguage).toBe('ur');
        expect(text(reply)).toContain('478 09 050');
      })
      .startTest();
  });

  it('a word or two in Latin letters keeps a Dari conversation in Dari; an English sentence switches', async () => {
    await chat({ locale: 'fa-AF' })
      .send('شماره تلفن Kompetanseteamet چیست؟')
      .assertReply((reply) => expect(shown(reply).replyLanguage).toBe('fa'))
      .send('email?')
      .assertReply((reply) => expect(shown(reply).replyLanguage).toBe('fa'))
      .send('What is forced marriage?')
      .assertReply((reply) => expect(shown(reply).replyLanguage).toBe('en'))
      .startTest();
  });
});
