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
 * Issue #13 (session 17): a turn about the person of a case being in its country ("and if she is already there?",
 * "who helps me there?", "who at the embassy?") answers who helps a person abroad in that country (UD's operations
 * centre, the envoy who covers it), in every language; the country is the last contact answer's or the conversation's.
 * And one word of the sibling variety (nynorsk in a bokmål conversation) keeps the conversation's language.
 */
const CASE_IN_PAKISTAN: RememberedReading = { kind: 'contact', query: { country: 'PK', askerRole: 'nav' } };
const CASE_IN_SOMALIA: RememberedReading = { kind: 'contact', query: { country: 'SO', whereabouts: 'travelling-soon', minor: true } };
const CASE_IN_IRAQ: RememberedReading = { kind: 'contact', query: { country: 'IQ' } };
const ARTICLE: RememberedReading = { kind: 'article', articleId: 'involuntary-stay-abroad' };

/** The readers both reader describes ask, built once for the file (the same clock; neither writes to its folder). */
let readers: Features;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-person-there-'));
  readers = await createReaders({ i18n: createI18n(), dataDir, now: () => new Date('2026-06-01T12:00:00Z'), feedback: memoryFeedbackStore() });
});
afterAll(async () => {
  await readers.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a person of the case already in its country (readers)', () => {
  const follow = (message: string, lng: Lang, previous: RememberedReading | undefined, caseCountry?: string) =>
    readers.followUp(message, lng, readers.understand(message, lng), previous, undefined, caseCountry)?.intent;

  it.each([
    ['nb', 'hva hvis familien allerede har tatt henne med dit?', CASE_IN_PAKISTAN, 'PK'],
    ['en', 'and if she is already over there, who can help?', CASE_IN_PAKISTAN, 'PK'],
    ['ru', 'а кто поможет, если она уже там?', CASE_IN_SOMALIA, 'SO'],
    ['so', 'haddii uu hadda halkaas joogo, yaa caawin kara?', CASE_IN_SOMALIA, 'SO'],
    ['tr', 'ya çocuk şu an orada kalırsa kim yardım eder?', CASE_IN_IRAQ, 'IQ'],
    ['pl', 'a jeśli ona już tam jest, kto pomoże?', CASE_IN_IRAQ, 'IQ'],
    ['fa', 'اگر همین حالا آنجا باشد، چه کسی کمک می‌کند؟', CASE_IN_IRAQ, 'IQ'],
  ] as const)('[%s] %j after a case in a country asks who helps a person abroad there', (lng, message, previous, country) => {
    expect(follow(message, lng, previous)).toMatchObject({ kind: 'contact', query: { country, whereabouts: 'abroad' } });
  });

  it('keeps what the last answer knew of the case (the asker, a child) beside the country', () => {
    expect(follow('hva om hun allerede er reist dit?', 'nb', CASE_IN_PAKISTAN)).toEqual({ kind: 'contact', query: { country: 'PK', askerRole: 'nav', whereabouts: 'abroad' } });
    expect(follow('а если он уже там?', 'ru', CASE_IN_SOMALIA)).toEqual({ kind: 'contact', query: { country: 'SO', minor: true, whereabouts: 'abroad' } });
  });

  it('"who at the embassy can help?" after an answer that named no country asks who covers the conversation\'s country', () => {
    expect(follow('ومن في السفارة يستطيع أن يساعدنا؟', 'ar', ARTICLE, 'IQ')).toEqual({ kind: 'contact', query: { country: 'IQ' } });
  });

  it.each([
    ['uk', 'а якщо її вже туди відвезли, хто допоможе?', ARTICLE],
    ['ur', 'اگر وہ پہلے ہی وہاں ہے تو کون مدد کرے گا؟', undefined],
  ] as const)('[%s] %j after an answer that named no country uses the country of the conversation', (lng, message, previous) => {
    expect(follow(message, lng, previous, 'IQ')).toMatchObject({ kind: 'contact', query: { country: 'IQ', whereabouts: 'abroad' } });
  });

  it('asks nothing of the kind without a country, another country named, or a year asked', () => {
    expect(follow('ومن في السفارة يستطيع أن يساعدنا؟', 'ar', ARTICLE)).toBeUndefined();
    expect(follow('a jeśli jest już w Syrii?', 'pl', CASE_IN_IRAQ)).toMatchObject({ kind: 'contact', query: { country: 'SY' } });
    const year = follow('a ile było tam spraw w 2022?', 'pl', CASE_IN_IRAQ);
    expect(year?.kind === 'contact' ? year.query.whereabouts : undefined).not.toBe('abroad');
  });
});

describe('details and anonymity asked after a contact, and a count asked with the words turned round (readers)', () => {
  const follow = (message: string, lng: Lang, previous: RememberedReading) => readers.followUp(message, lng, readers.understand(message, lng), previous)?.intent;
  const RED_CROSS: RememberedReading = { kind: 'contact', query: { serviceId: 'rode-kors-telefonen' } };
  const CHILDRENS_LINE: RememberedReading = { kind: 'contact', query: { serviceId: 'alarmtelefonen' } };
  const KT: RememberedReading = { kind: 'contact', query: { serviceId: 'kompetanseteamet' } };

  it.each([
    ['ur', 'کیا وہ اپنا نام بتائے بغیر بات کر سکتی ہے؟'],
    ['pl', 'czy mogę tam zadzwonić anonimowo?'],
    ['nb', 'går det an å være anonym?'],
  ] as const)('[%s] %j after a line asks the same contacts with the anonymous line first', (lng, message) => {
    expect(follow(message, lng, RED_CROSS)).toMatchObject({ kind: 'contact', query: { serviceId: 'rode-kors-telefonen', anonymous: true } });
  });

  it('a contact\'s details asked in eleven or twelve words, with a reason, are still that contact\'s', () => {
    expect(follow('هل يمكن أن أرسل لهم إيميل؟ لا أستطيع أن أتكلم بصوت عالٍ في غرفتي', 'ar', CHILDRENS_LINE)).toEqual({ kind: 'contact', query: { serviceId: 'alarmtelefonen' } });
    expect(follow('fadlan lambarkooda ii soo dir', 'so', KT)).toEqual({ kind: 'contact', query: { serviceId: 'kompetanseteamet' } });
  });

  it.each([
    ['nb', 'og hvis skolen ikke har noen?'],
    ['en', 'what if our school does not have one?'],
    ['tr', 'peki bizim okulda yoksa?'],
    ['pl', 'a jeśli w naszej szkole nie ma takiej osoby?'],
    ['ru', 'а если в нашей школе такого нет?'],
    ['ur', 'agar hamare school mein koi advisor na ho to kis se baat karein?'],
  ] as const)('[%s] %j after the diversity advisers asks the services for a school without one', (lng, message) => {
    const ADVISERS: RememberedReading = { kind: 'contact', query: { serviceId: 'diversity-advisers', askerRole: 'school' } };
    expect(follow(message, lng, ADVISERS)).toEqual({ kind: 'contact', query: { askerRole: 'school', noAdviser: true } });
  });

  it('"none" beside a year or a country is a question of its own', () => {
    const ADVISERS: RememberedReading = { kind: 'contact', query: { serviceId: 'diversity-advisers' } };
    const intent = follow('og hvis det ikke finnes tall for 2022?', 'nb', ADVISERS);
    expect(intent?.kind === 'contact' ? intent.query.noAdviser : undefined).toBeUndefined();
  });

  it.each([
    ['ru', 'а человек сколько было?'],
    ['uk', 'а осіб скільки?'],
  ] as const)('[%s] %j after inquiries asks the persons of the same year', (lng, message) => {
    const INQUIRIES: RememberedReading = { kind: 'stats', query: { service: 'kompetanseteamet', services: ['kompetanseteamet'], metric: 'inquiries', fromYear: 2007, toYear: 2007, mode: 'value' } };
    expect(follow(message, lng, INQUIRIES)).toMatchObject({ kind: 'stats', query: { metric: 'persons', fromYear: 2007, toYear: 2007 } });
  });
});

describe('a person of the case already in its country, and one word of the sibling variety (conversations)', () => {
  const { chat } = oneAppPerFile();
  const markers = cardMarkers();
  const shown = (reply: Partial<Activity>) => readTurn([reply], markers);
  const text = (replies: Partial<Activity>[]) => readTurn(replies, markers).texts.join(' | ');

  it('"and if he has already been sent there?" after a case in Somalia gives UD\'s operations centre and the envoy in Nairobi', async () => {
    await chat({ locale: 'nb-NO' })
      .send('Jeg jobber i barnevernet. En gutt på 15 skal sendes til Somalia i sommer mot sin vilje. Hvem kontakter vi?')
      .assertReply((reply) => expect(text([reply])).toContain('Nairobi'))
      .send('hva om han allerede er sendt dit?')
      .assertReply((reply) => {
        expect(text([reply])).toMatch(/23 95 00 00/u);
        expect(text([reply])).toContain('Nairobi');
        expect(shown(reply).replyLanguage).toBe('nb');
      })
      .startTest();
  });

  it('"do they have e-mail?" after a contact answered beside an article is the contact\'s', async () => {
    await chat({ locale: 'nb-NO' })
      .send('Kan jeg få telefonnummeret til Kompetanseteamet, og hva er egentlig negativ sosial kontroll?')
      .assertReply(() => undefined)
      .assertReply(() => undefined)
      .send('har de e-post også?')
      .assertReply((reply) => expect(text([reply])).toContain('kompetanseteamet@bufdir.no'))
      .startTest();
  });

  it('a question with one nynorsk word keeps a bokmål conversation in bokmål; a whole nynorsk message switches', async () => {
    await chat({ locale: 'nb-NO' })
      .send('Hva er telefonnummeret til Kompetanseteamet?')
      .assertReply((reply) => expect(shown(reply).replyLanguage).toBe('nb'))
      .send('og kva er e-postadressen?')
      .assertReply((reply) => expect(shown(reply).replyLanguage).toBe('nb'))
      .send('kva tid er dei opne, og kan eg ringje dei utan å seie namnet mitt?')
      .assertReply((reply) => expect(shown(reply).replyLanguage).toBe('nn'))
      .startTest();
  });
});
