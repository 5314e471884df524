import { type RememberedReading, createFollowUpResolver, type FollowUpSlots, slotMemo, type SlotReader } from '../../src/conversation/follow-up';
import { createHistoryRecognizer, HISTORY_ARTICLE, loadHistoryWords } from '../../src/conversation/history-reader';
import { containsFact, LOCALE_OF, type ConversationRunner, createConversationRunner, readTurn } from '../../src/evaluation/conversation-eval';
import type { Features } from '../../src/features';
import type { Lang } from '../../src/language/languages';
import { prepareUtterance } from '../../src/understanding/understand';
import { cardTextOf, type Reply, seen, talk, textOf } from '../helpers/replies';
import { oneAppPerFile } from '../helpers/test-app';
import { readersOfFile } from '../helpers/test-readers';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadFollowUpWords } from '../../src/conversation/follow-up-words';
import { forAsker, forAskerRole, forSituation, topicBeside } from '../../src/conversation/reading-rules';
import { normalize } from '../../src/language/text';
import { parseStatsQuestion, readStatsServicesAndYears, readStatsSlots } from '../../src/stats/answers/stats-recognizer';
import type { Candidate, IntentBase, Understanding } from '../../src/understanding/types';

// (was follow-up-in-conversation.test.ts)

/**
 * Follow-ups that keep their context, a person of the case already in its country, the envoys' closed posts and needs
 * that used to be dropped: through the readers (built once for the file, test/helpers/test-readers.ts) and through the
 * real bot (one app for the file, test/helpers/test-app.ts). One class a describe, each the former file named in its
 * first line. follow-up-abroad26.test.ts and history-reader.test.ts joined below (docs/performance.md § Tests, session 34:
 * one file's start-up instead of three); they keep their own apps.
 */

// (was follow-up-context.test.ts)
describe('follow-ups that keep their context (readers and conversations)', () => {
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
    beforeAll(async () => {
      readers = await readersOfFile();
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
    const text = (reply: Reply) => textOf(reply, ' | ');

    it.each([
      ['nb', 'nb-NO', ['Hvor mange saker fikk Kompetanseteamet i 2022?', 'Hvor mange av disse var trusler eller vold?', 'Og sosial kontroll?']],
      ['pl', 'pl-PL', ['Ile spraw otrzymał Kompetanseteamet w 2022 roku?', 'Ile z nich dotyczyło przemocy lub gróźb?', 'A negatywnej kontroli społecznej?']],
    ] as const)('[%s] a case type asked two turns after the year keeps the year (2022: 368 threats and violence, 135 control)', async (_lng, locale, [first, second, third]) => {
      await talk(
        chat({ locale }),
        [first, (reply) => expect(text(reply)).toContain('891')],
        [second, (reply) => expect(text(reply)).toContain('368')],
        [third, (reply) => {
          expect(text(reply)).toContain('135');
          expect(text(reply)).toContain('2022');
        }],
      );
    });

    // Session 18's regression: since the plain "социальный контроль" names the case type, "негативный" adds nothing to the
    // name, so "про" had to be a word a follow-up may carry ("а про …", like "and about …").
    it('[ru] a case type asked two turns after the year keeps the year', async () => {
      await talk(
        chat({ locale: 'ru-RU' }),
        ['Сколько дел получил Kompetanseteamet в 2022 году?', (reply) => expect(text(reply)).toContain('891')],
        ['А сколько из них было про насилие и угрозы?', (reply) => expect(text(reply)).toContain('368')],
        ['А про негативный социальный контроль?', (reply) => {
          expect(text(reply)).toContain('135');
          expect(text(reply)).toContain('2022');
        }],
      );
    });

    it('a Roman Urdu follow-up with English words in an Urdu conversation is answered in Urdu', async () => {
      await talk(
        chat({ locale: 'ur-PK' }),
        ['Kompetanseteamet ki email kya hai?', (reply) => expect(seen(reply).replyLanguage).toBe('ur')],
        ['aur unka phone number?', (reply) => {
          expect(seen(reply).replyLanguage).toBe('ur');
          expect(text(reply)).toContain('478 09 050');
        }],
      );
    });

    it('a word or two in Latin letters keeps a Dari conversation in Dari; an English sentence switches', async () => {
      await talk(
        chat({ locale: 'fa-AF' }),
        ['شماره تلفن Kompetanseteamet چیست؟', (reply) => expect(seen(reply).replyLanguage).toBe('fa')],
        ['email?', (reply) => expect(seen(reply).replyLanguage).toBe('fa')],
        ['What is forced marriage?', (reply) => expect(seen(reply).replyLanguage).toBe('en')],
      );
    });
  });
});

// (was follow-up-keeps-context.test.ts)
describe('follow-ups keep the context of the last answer (conversations)', () => {
  /**
   * Issue #13 (session 19): follow-ups keep the context of the last answer. Each row is a conversation; every turn is
   * answered in its language, and the last answer shows each fact (any one of its spellings).
   * - after a figure: a case type named by words that name it only together ("negativ sosial kontroll"), in nynorsk
   *   words, another service with a glued Arabic "ل" or a Ukrainian "з", the origins, the advisers' own number, a doubt
   *   about the change (both years), the envoys at the embassies in Urdu (postpositions not counted), how the cases
   *   were split (by case type);
   * - after a service's card: when to call, in a dialect's "å" for "og"; whether a grown sister may call herself;
   * - after names and history: when the name changed, who was in the team then, a country after the history of the
   *   posts, which post covered a country in 2008, the years of the plan, what a post covers, the envoys' cities;
   * - a "did you mean …?" in between keeps the answer before it.
   */
  const CONVERSATIONS: ReadonlyArray<readonly [Lang, readonly string[], readonly (readonly string[])[]]> = [
    ['nb', ['Hvor mange saker hadde Kompetanseteamet i 2022?', 'hvor mange gjaldt ufrivillig utenlandsopphold?', 'Og negativ sosial kontroll, da?'], [['135'], ['2022']]],
    ['nn', ['Kor mange saker fekk kompetanseteamet i 2022?', 'kor mange av desse handla om trugsmål og vald?'], [['368']]],
    ['uk', ['Скільки справ мали спеціальні посланці у 2023 році?', 'а радники з різноманіття?'], [['899']]],
    ['ar', ['كم حالة كانت عند المبعوثين الخاصين في 2023؟', 'ولمستشاري التنوع؟'], [['899']]],
    ['ar', ['كم عدد حالات مستشاري التنوع في 2023؟', 'ومن أي بلدان كان أغلبهم؟'], [['العراق', 'Iraq']]],
    ['nn', ['Kor mange saker hadde mangfaldsrådgjevarane i 2023?', 'og kor mange rådgjevarar er det?'], [['59']]],
    ['en', ['Kompetanseteamet: number of cases in 2021?', 'and in 2022?', 'are you sure it went down?'], [['759'], ['891']]],
    ['ur', ['2023 میں mangfoldsrådgivere کے کیسز زیادہ تر کن ممالک سے تھے؟', 'اور سفارت خانوں میں خصوصی نمائندوں کے؟'], [['روس', 'Russia']]],
    ['nb', ['Hvor mange saker hadde Kompetanseteamet i 2022?', 'og hvordan fordeler de seg?'], [['368'], ['135'], ['113']]],
    ['en', ['Kompetanseteamet cases 2022', 'can you break that down?'], [['368'], ['135']]],
    ['nb', ['hva er nummeret til røde kors-telefonen?', 'å når kan vi ringe dem?'], [['9–17']]],
    ['en', ['Kompetanseteamet contact details', 'can my sister, who is 25, phone them herself?'], [['18']]],
    ['nb', ['hva het mangfoldsrådgiverne før?', 'og når ble navnet endret?'], [['2024']]],
    ['uk', ["Коли з'явився Kompetanseteamet?", 'які відомства тоді входили до команди?'], [['UDI'], ['POD']]],
    ['fa', ['ایران با کدام سفارت است؟', 'مگر قبلا آنکارا نبود؟', 'و ترکیه؟'], [['Ankara', 'آنکارا']]],
    ['ur', ['پاکستان کے لیے کون سا سفارت خانہ ہے؟', 'اور 2008 میں بنگلہ دیش کا ذمہ دار کون تھا؟'], [['Colombo', 'کولمبو']]],
    ['nn', ['kva er den gjeldande handlingsplanen mot negativ sosial kontroll?', 'kva periode gjeld den for?'], [['2025'], ['2028']]],
    ['tr', ["Ankara büyükelçiliğindeki özel görevli ne yapar?", 'hangi ülkelerle ilgileniyor?'], [['Rusya', 'Çeçen']]],
    ['en', ['How many cases did the special envoys have in 2023?', 'which cities are they based in?'], [['Nairobi'], ['Ankara']]],
    ['en', ['Kompetanseteamet phone number?', 'hmm the thing', 'are they open on saturdays?'], [['15:00']]],
  ];

  const { chat } = oneAppPerFile();

  it.each(CONVERSATIONS)('[%s] %j', async (lng, turns, facts) => {
    const answered = (last: boolean) => (reply: Reply) => {
      const view = seen(reply);
      expect(view.replyLanguage).toBe(lng);
      if (!last) return;
      expect(view.didYouMean).toBe(false);
      for (const spellings of facts) expect({ spellings, shown: containsFact(view.texts, spellings) }).toEqual({ spellings, shown: true });
    };
    await talk(chat({ locale: LOCALE_OF[lng] }), ...turns.map((message, i) => [message, answered(i === turns.length - 1)] as const));
  });
});

// (was follow-up-person-there.test.ts)
describe('a person of the case already in its country, details and anonymity after a contact', () => {
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
  beforeAll(async () => {
    readers = await readersOfFile();
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
    const text = (replies: Reply[]) => textOf(replies, ' | ');

    it('"and if he has already been sent there?" after a case in Somalia gives UD\'s operations centre and the envoy in Nairobi', async () => {
      await talk(
        chat({ locale: 'nb-NO' }),
        ['Jeg jobber i barnevernet. En gutt på 15 skal sendes til Somalia i sommer mot sin vilje. Hvem kontakter vi?', (reply) => expect(text([reply])).toContain('Nairobi')],
        ['hva om han allerede er sendt dit?', (reply) => {
          expect(text([reply])).toMatch(/23 95 00 00/u);
          expect(text([reply])).toContain('Nairobi');
          expect(seen(reply).replyLanguage).toBe('nb');
        }],
      );
    });

    it('"do they have e-mail?" after a contact answered beside an article is the contact\'s', async () => {
      await talk(
        chat({ locale: 'nb-NO' }),
        // Two replies: the contact, then the article.
        ['Kan jeg få telefonnummeret til Kompetanseteamet, og hva er egentlig negativ sosial kontroll?', undefined, undefined],
        ['har de e-post også?', (reply) => expect(text([reply])).toContain('kompetanseteamet@bufdir.no')],
      );
    });

    it('a question with one nynorsk word keeps a bokmål conversation in bokmål; a whole nynorsk message switches', async () => {
      await talk(
        chat({ locale: 'nb-NO' }),
        ['Hva er telefonnummeret til Kompetanseteamet?', (reply) => expect(seen(reply).replyLanguage).toBe('nb')],
        ['og kva er e-postadressen?', (reply) => expect(seen(reply).replyLanguage).toBe('nb')],
        ['kva tid er dei opne, og kan eg ringje dei utan å seie namnet mitt?', (reply) => expect(seen(reply).replyLanguage).toBe('nn')],
      );
    });
  });
});

// (was history-former-posts.test.ts)
describe("the envoys' closed posts, and who coordinated before", () => {
  /**
   * Issue #13 (session 16): the embassy posts of 2008 that are closed now (Colombo, Rabat), asked about with the envoys
   * or the integration advisers, are their past: the history tells it (what each covered, that both are closed, where
   * those countries belong today), not today's contact card for the country. And who coordinated Kompetanseteamet before
   * IMDi, asked in Arabic, is history too.
   */
  const reader = createHistoryRecognizer({ now: () => new Date('2026-06-01T12:00:00Z') });
  const read = (text: string, lng: Lang) => reader.recognize(prepareUtterance(text, lng));

  describe('a closed post named with the envoys, and who coordinated before', () => {
    it.each<[Lang, string]>([
      ['en', 'did Norway have an envoy in Rabat at some point?'],
      ['nb', 'hadde IMDi integreringsrådgivere i Colombo en gang?'],
      ['nn', 'var det ein spesialutsending i Rabat tidlegare?'],
      ['ru', 'Был ли когда-то spesialutsending в Коломбо?'],
      ['ar', 'هل كان هناك مبعوث خاص (spesialutsending) في الرباط سابقا؟'],
      ['ar', 'منذ متى تنسق IMDi عمل Kompetanseteamet، ومن كان قبلها؟'],
    ])('[%s] %s → the history article', (lng, text) => {
      expect(read(text, lng)).toEqual([expect.objectContaining({ intent: HISTORY_ARTICLE })]);
    });

    it.each<[Lang, string]>([
      ['en', 'which envoy covers Sri Lanka today?'],
      ['nb', 'hvem dekker Marokko nå, er det Amman?'],
    ])('[%s] %s → not history (today\'s posts)', (lng, text) => {
      expect(read(text, lng)).toEqual([]);
    });
  });

  describe('conversation: the closed posts', () => {
    const { chat } = oneAppPerFile();

    it('en: an envoy in Colombo once? the history: what it covered, that it is closed', async () => {
      await talk(
        chat({ locale: 'en-US' }),
        ['did Norway ever have an envoy in Colombo?', (reply) => {
          const text = cardTextOf(reply);
          expect(text).toMatch(/^History/u);
          expect(text).toContain('Colombo – Sri Lanka, Bangladesh and India');
          expect(text).toContain('Colombo and Rabat are no longer listed');
        }],
      );
    });

    it('fa: the 2008 posts in Persian spelling, Colombo as Persian writes it (کلمبو)', async () => {
      await talk(
        chat({ locale: 'fa-AF' }),
        ['در سال ۲۰۰۸ مشاوران ادغام در کدام سفارت‌ها کار می‌کردند؟', (reply) => {
          const text = cardTextOf(reply);
          expect(text).toContain('کلمبو');
          expect(text).toContain('رباط');
        }],
      );
    });
  });
});

// (was self-contact-and-details.test.ts)
/**
 * Issue #13 (session 16): a need asked beside another, or after it, that the answer used to drop:
 * - whether the exposed person may contact Kompetanseteamet herself (people over 18 may; someone under 18 has the
 *   children's line and the Red Cross line), asked in the same message as its number or right after its card;
 * - Kompetanseteamet's opening hours, asked in the first message in another language than Norwegian or English;
 * - how many advisers there are, after their case count;
 * - an envoy asked for by the embassy in Urdu, then how to reach them;
 * - somewhere to talk without giving one's name, in Somali, then the number;
 * - whether a named line may be called without giving a name, beside its number;
 * - how many advisers there are after their card ("in all of Norway") or their case count ("in total");
 * - the names the advisers had before, beside how many there are; FGM's Norwegian term beside whom to call.
 */
describe('needs that used to be dropped (conversations)', () => {
  const { chat } = oneAppPerFile();
  const text = (reply: Reply) => textOf(reply, ' | ');

  it.each([
    ['nb-NO', 'Hva er nummeret til Kompetanseteamet?', 'Kan kvinnen ta kontakt med dem selv?'],
    ['nn-NO', 'Kva er telefonnummeret til Kompetanseteamet?', 'Kan ein vaksen brukar ringje dei sjølv?'],
    ['en-US', "What is Kompetanseteamet's phone number?", 'Can an adult woman call them herself?'],
  ] as const)('[%s] after Kompetanseteamet\'s card, whether she may call it herself is answered: over 18 she may', async (locale, first, second) => {
    await talk(
      chat({ locale }),
      [first, (reply) => expect(text(reply)).toContain('478 09 050')],
      [second, (reply) => {
        expect(text(reply)).toContain('478 09 050');
        expect(text(reply)).toMatch(/\b18\b/u);
      }],
    );
  });

  it.each([
    ['nb-NO', 'Hva er nummeret til Kompetanseteamet?', 'Kan eleven ringe dem selv? Hun er 15.'],
    ['ur-PK', 'Kompetanseteamet کا فون نمبر کیا ہے؟', 'کیا طالبہ خود ان کو فون کر سکتی ہے؟ اس کی عمر 15 سال ہے'],
  ] as const)('[%s] for a pupil under 18 the answer says the age rule and gives the children\'s line', async (locale, first, second) => {
    await talk(
      chat({ locale }),
      [first, (reply) => expect(text(reply)).toContain('478 09 050')],
      [second, (reply) => {
        expect(text(reply)).toMatch(/\b18\b/u);
        expect(text(reply)).toContain('116 111');
      }],
    );
  });

  it.each([
    ['nb-NO', 'Hva er e-posten til Kompetanseteamet, og kan en bruker på 24 ringe dem selv?', 'kompetanseteamet@bufdir.no'],
    ['nb-NO', 'Hvilken spesialutsending dekker Somalia, og kan brukere over 18 kontakte Kompetanseteamet selv?', 'Nairobi'],
  ] as const)('[%s] %j: both needs in one answer', async (locale, message, first) => {
    const adapter = chat({ locale });
    await adapter.receiveActivity(message);
    const shown = textOf(adapter.activeQueue.splice(0), ' | ');
    expect(shown).toContain(first);
    expect(shown).toMatch(/\b18\b/u);
  });

  it.each([
    ['nb-NO', 'Når har Kompetanseteamet åpent, og hva er nummeret?', 'kl. 9–15'],
    ['tr-TR', 'Kompetanseteamet cumartesi açık mı?', '09:00–15:00'],
    ['pl-PL', 'W jakich godzinach Kompetanseteamet jest czynne?', '09:00–15:00'],
  ] as const)('[%s] %j shows Kompetanseteamet\'s hours', async (locale, message, hours) => {
    await talk(
      chat({ locale }),
      [message, (reply) => {
        expect(text(reply)).toContain('478 09 050');
        expect(text(reply)).toContain(hours);
      }],
    );
  });

  it.each([
    ['pl-PL', 'Ile spraw mieli doradcy ds. różnorodności w 2023 roku?', 'A ilu jest tych doradców?'],
    ['en-US', 'How many cases did the diversity advisers have in 2023?', 'and how many of these advisers are there?'],
  ] as const)('[%s] after the advisers\' case count, how many advisers there are is their headcount (59 in 2023)', async (locale, first, second) => {
    await talk(chat({ locale }), [first, (reply) => expect(text(reply)).toContain('899')], [second, (reply) => expect(text(reply)).toMatch(/\b59\b/u)]);
  });

  it('[ur] an adviser at the embassy in Somalia is the envoy covering it; "how do I reach them?" gives UD\'s 24-hour number', async () => {
    await talk(
      chat({ locale: 'ur-PK' }),
      ['کیا صومالیہ کے لیے ناروے کی ایمبیسی میں جبری شادی کے معاملات کا کوئی مشیر ہے؟', (reply) => expect(text(reply)).toContain('Nairobi')],
      ['ان تک کیسے پہنچوں، نمبر کیا ہے؟', (reply) => expect(text(reply)).toContain('23 95 00 00')],
    );
  });

  it('[so] someone to talk to without giving one\'s name is the anonymous Red Cross line; then its number', async () => {
    await talk(
      chat({ locale: 'so-SO' }),
      ['ma jiraa cid aan la hadli karo oo aan magacayga sheegin?', (reply) => expect(text(reply)).toContain('815 55 201')],
      ['lambarka fadlan?', (reply) => expect(text(reply)).toContain('815 55 201')],
    );
  });

  it.each([
    ['en-US', "What's the number of the Red Cross line, and can a client ring them without giving her name?", 'Anonymous'],
    ['ar-SA', 'ما رقم خط الصليب الأحمر؟ وهل تستطيع الفتاة الاتصال بدون ما تذكر اسمها؟', 'مجهولة'],
  ] as const)('[%s] a line\'s number and whether she may stay anonymous: the card says it is anonymous', async (locale, message, anonymous) => {
    const adapter = chat({ locale });
    await adapter.receiveActivity(message);
    const shown = textOf(adapter.activeQueue.splice(0), ' | ');
    expect(shown).toContain('815 55 201');
    expect(shown).toContain(anonymous);
  });

  it.each([
    ['nb-NO', 'Hva er nummeret til mangfoldsrådgiverne?', 'Hvor mange finnes det i hele Norge?'],
    ['ar-SA', 'ما رقم مستشاري التنوع في المدارس؟', 'وكم عددهم في النرويج كلها؟'],
  ] as const)('[%s] after the advisers\' card, how many there are in all of Norway is their headcount', async (locale, first, second) => {
    await talk(chat({ locale }), first, [second, (reply) => expect(text(reply)).toMatch(/\b59\b/u)]);
  });

  it('[uk] after the advisers\' cases in 2023 (899, not a country Mali), how many advisers in total is 59', async () => {
    await talk(
      chat({ locale: 'uk-UA' }),
      ['Скільки справ мали радники з питань різноманіття у 2023?', (reply) => {
        expect(text(reply)).toContain('899');
        expect(text(reply)).not.toMatch(/Малі/u);
      }],
      ['А скільки всього цих радників?', (reply) => expect(text(reply)).toMatch(/\b59\b/u)],
    );
  });

  it('[nb] how many advisers there are and what they were called before: both answered', async () => {
    const adapter = chat({ locale: 'nb-NO' });
    await adapter.receiveActivity('Hvor mange mangfoldsrådgivere har vi i Norge, og hva het de før?');
    const shown = textOf(adapter.activeQueue.splice(0), ' | ');
    expect(shown).toMatch(/\b59\b/u);
    expect(shown).toMatch(/minoritetsrådgiver/iu);
  });

  it('[en] the Norwegian word for FGM and whom to ask about a case: the term and Kompetanseteamet', async () => {
    const adapter = chat({ locale: 'en-US' });
    await adapter.receiveActivity('What is FGM in Norwegian, and who can advise us on a case?');
    const shown = textOf(adapter.activeQueue.splice(0), ' | ');
    expect(shown).toContain('kjønnslemlestelse');
    expect(shown).toContain('478 09 050');
  });

  it("[en] the VO line's number beside the Red Cross line's", async () => {
    const adapter = chat({ locale: 'en-US' });
    await adapter.receiveActivity('could I have the numbers of the VO line and of the Red Cross line?');
    const shown = textOf(adapter.activeQueue.splice(0), ' | ');
    expect(shown).toContain('116 006');
    expect(shown).toContain('815 55 201');
  });

  it.each([
    ['nb-NO', 'Hva er oppgaven til en mangfoldsrådgiver, og hvor mange av dem er det i hele landet?'],
    ['en-US', 'What does a diversity adviser do, and how many advisers are there in the whole country?'],
  ] as const)('[%s] "in the whole country" is nationwide, not a split by country of origin: the headcount beside the article', async (locale, message) => {
    const adapter = chat({ locale });
    await adapter.receiveActivity(message);
    const shown = textOf(adapter.activeQueue.splice(0), ' | ');
    expect(shown).toMatch(/\b59\b/u);
  });

  it('[nb] a figure and, at some length, how to find the nearest one\'s phone: the headcount and where the numbers are', async () => {
    const adapter = chat({ locale: 'nb-NO' });
    await adapter.receiveActivity('Hvor mange mangfoldsrådgivere har IMDi, og hvordan finner jeg tlf til rådgiveren som er nærmest oss her i Bergen?');
    const shown = textOf(adapter.activeQueue.splice(0), ' | ');
    expect(shown).toMatch(/\b59\b/u);
    expect(shown).toContain('imdi.no');
  });
});

// (was follow-up-caller-school-source.test.ts)

/**
 * Issue #13 point 3 (session 20): follow-ups keep their context in every language.
 * - A young person asking who at school they can talk to gets the school's diversity adviser beside the lines for young
 *   people, also when the question read as nothing sure, and when it follows the lines ("and who at school?").
 * - A doubt that cites another report or source ("why does another report say 897?") after a figure is pushback: the
 *   figure again, with what the sources say, not "did you mean".
 * - After Kompetanseteamet's card, an age said or a word for oneself ("I'm 22, can I call them myself?") asks whether
 *   that person may call it: people over 18 may.
 * - A message nothing answered that names a service makes it what "how do I reach them?" asks about next; after an
 *   article of no one service (the history, for "are they still called minority advisers?"), the service the message
 *   named is the one whose number is asked.
 * - "which schools do they work at?" in Turkish after the advisers' article: where they work, not their card again.
 * - A parent asking for a line "my kids/teenagers can call themselves" asks for the children's line (who-will-call words).
 */
describe('follow-ups keep the caller, the school, the source and the service', () => {
  const { chat } = oneAppPerFile();
  const text = (reply: Reply) => textOf(reply, ' | ');
  const turn = async (adapter: ReturnType<typeof chat>, message: string) => {
    await adapter.receiveActivity(message);
    return seen(adapter.activeQueue.splice(0));
  };

  it.each([
    ['ar-SA', 'عمري ١٥ وأخي يفتش تلفوني كل يوم. في حدا بالمدرسة أقدر أحكي معه؟', 'mangfoldsrådgiver'],
    ['nb-NO', 'jeg er 14 og mamma leser alle meldingene mine og sier jeg ikke får ha venner. er det noen på skolen jeg kan si det til?', 'mangfoldsrådgiveren'],
  ] as const)('[%s] a young writer asking about someone at school gets the school\'s adviser beside the lines', async (locale, message, adviser) => {
    const shown = await turn(chat({ locale }), message);
    const all = shown.texts.join(' | ');
    expect(all).toContain('116 111');
    expect(all).toContain(adviser);
  });

  it.each([
    ['ar-SA', 'عمري ١٦ وأبوي ما بيخليني أروح عند صحباتي أبدا', 'وطيب مين بالمدرسة ممكن يساعدني؟', 'mangfoldsrådgiver'],
    ['fa-IR', '۱۵ سالمه و برادرم همه پیام‌هامو چک می‌کنه', 'تو مدرسه کسی هست که بتونم باهاش حرف بزنم؟', 'mangfoldsrådgiver'],
  ] as const)('[%s] after the lines for young people, "and who at school?" adds the school\'s adviser', async (locale, first, second, adviser) => {
    const adapter = chat({ locale });
    const before = await turn(adapter, first);
    expect(before.texts.join(' | ')).toContain('116 111');
    const after = await turn(adapter, second);
    expect(after.texts.join(' | ')).toContain(adviser);
    expect(after.texts.join(' | ')).toContain('imdi.no');
  });

  it.each([
    ['en-US', 'how many cases did the diversity advisers register in 2023?', 'but another source I saw says 897, so which?'],
    ['nb-NO', 'hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'hvorfor står det 897 i en annen rapport?'],
    ['nn-NO', 'kor mange saker hadde mangfaldsrådgivarane i 2023?', 'kvifor står det 897 i ein annan rapport?'],
    ['pl-PL', 'ile spraw mieli doradcy ds. różnorodności w 2023?', 'a w innym raporcie jest 897, dlaczego?'],
    ['ru-RU', 'сколько дел было у консультантов по разнообразию в 2023 году?', 'почему в другом отчёте 897?'],
  ] as const)('[%s] a doubt citing another report is the figure again, both sources, not "did you mean"', async (locale, first, second) => {
    const adapter = chat({ locale });
    await turn(adapter, first);
    const shown = await turn(adapter, second);
    expect(shown.didYouMean).toBe(false);
    expect(shown.texts.join(' | ')).toContain('899');
    expect(shown.texts.join(' | ')).toContain('897');
  });

  it.each([
    ['en-US', "what's kompetanseteamet's phone number?", "i'm 22. am i allowed to call them myself or does a social worker have to?", 'People over 18 who are affected can contact Kompetanseteamet themselves'],
    ['nb-NO', 'hva er nummeret til kompetanseteamet?', 'jeg er 19, kan jeg ringe dem selv?', 'Personer over 18 år som er utsatt, kan kontakte Kompetanseteamet selv'],
    ['ar-SA', 'ما هو رقم Kompetanseteamet؟', 'عمري ١٩ سنة، هل أستطيع الاتصال بهم بنفسي؟', 'المعرّضين للخطر التواصل مع فريق الكفاءة'],
    ['fa-IR', 'شماره تلفن Kompetanseteamet چیه؟', 'من ۲۰ سالمه، خودم میتونم زنگ بزنم یا باید مددکار زنگ بزنه؟', '478 09 050'],
  ] as const)('[%s] after Kompetanseteamet\'s card, a grown-up asking to call it herself is told she may', async (locale, first, second, answer) => {
    await talk(
      chat({ locale }),
      [first, (reply) => expect(text(reply)).toContain('478 09 050')],
      [second, (reply) => {
        expect(text(reply)).toContain(answer);
        expect(text(reply)).toMatch(/18|۱۸|١٨/u);
      }],
    );
  });

  it('[nb-NO] a message nothing answered that names Kompetanseteamet makes it what "how do I reach them?" asks next', async () => {
    const adapter = chat({ locale: 'nb-NO' });
    const first = await turn(adapter, 'er 21 og vil flytte, familien følger med på alt og jeg er helt utslitt. kan kompetanseteamet hjelpe meg å finne bolig eller er det bare for folk under 18');
    expect(first.didYouMean).toBe(true);
    const shown = await turn(adapter, 'og hvordan når jeg dem?');
    expect(shown.cannotAnswer).toBe(false);
    expect(shown.texts.join(' | ')).toContain('478 09 050');
  });

  it.each([
    ['nb-NO', 'kalles de fortsatt minoritetsrådgivere?', 'ok, og hvor finner jeg telefonnummeret til den som jobber på skolen vår?'],
    ['nn-NO', 'heiter dei framleis minoritetsrådgivarar?', 'og kvar finn eg telefonnummeret til den på skulen vår?'],
  ] as const)('[%s] after the history answers the old name, the number asked is the advisers\' (listed per school on imdi.no)', async (locale, first, second) => {
    const adapter = chat({ locale });
    await turn(adapter, first);
    const shown = await turn(adapter, second);
    expect(shown.didYouMean).toBe(false);
    expect(shown.texts.join(' | ')).toContain('imdi.no');
  });

  it('[tr-TR] "which schools do they work at?" after the advisers\' article says where they work', async () => {
    const adapter = chat({ locale: 'tr-TR' });
    await turn(adapter, 'mangfoldsrådgiver kimdir?');
    const shown = await turn(adapter, 'peki hangi okullarda çalışıyorlar?');
    expect(shown.texts.join(' | ')).toMatch(/lise/iu);
  });

  it('[en-US] a line "my teenagers could ring on their own" is the children\'s line, and its e-mail is the next answer', async () => {
    const adapter = chat({ locale: 'en-US' });
    const first = await turn(adapter, 'is there a number my teenagers could ring on their own if home gets bad?');
    expect(first.texts.join(' | ')).toContain('116 111');
    const shown = await turn(adapter, 'and do they have an email address too?');
    expect(shown.texts.join(' | ')).toContain('alarm@116111.no');
  });
});

// (was follow-up-abroad26.test.ts)
/**
 * Issue #13 (abroad26): after a person held abroad, "and if they move her to <another country>?" is about the same
 * person, still held: the emergency numbers stay. A general coverage question followed by another country stays calm.
 * Sentences written for this test.
 */
describe('abroad26: the person of the case moved on to another country', () => {
  let runner: ConversationRunner;
  beforeAll(async () => {
    runner = await createConversationRunner();
  }, 60_000);
  afterAll(async () => {
    await runner.close();
  });

  const emergencyOf = async (lang: Lang, turns: string[]): Promise<boolean> => {
    const run = await runner.converse({ lang, turns });
    return readTurn(run.replies, runner.markers).emergency;
  };

  it.each([
    ['en', ['My cousin is held by her father’s family in Iraq and cannot come back. Which embassy helps?', 'And if they move her to Syria?']],
    ['nb', ['Kusina mi holdes tilbake hos slekta i Irak. Hvilken ambassade hjelper?', 'Og hvis de flytter henne til Syria?']],
    ['ar', ['ابنة عمي محتجزة عند أهل أبيها في العراق. أي سفارة تساعد؟', 'وإذا أخذوها إلى سوريا؟']],
    ['ru', ['Мою сестру удерживают у родственников в Ираке. Какое посольство поможет?', 'А если её увезут в Сирию?']],
  ] as const)('%s: the numbers stay', async (lang, turns) => {
    expect(await emergencyOf(lang, [...turns])).toBe(true);
  }, 60_000);

  it('en: a general coverage question and another country stay calm', async () => {
    expect(await emergencyOf('en', ['Which embassy covers Iraq?', 'And Syria?'])).toBe(false);
  }, 60_000);
});

// (was history-reader.test.ts: in a block, its readers and its own runner on a fixed clock at the block's top)
{
  /**
   * Issue #13 (history asked directly): how the work began, the names before, and what a year of the history was like
   * reach the history article in any language, above a statistics card with one figure of that year; a number asked
   * about such a year, and questions about today, are left to the other readers.
   */
  const reader = createHistoryRecognizer({ now: () => new Date('2026-06-01T12:00:00Z') });
  const read = (text: string, lng: Lang) => reader.recognize(prepareUtterance(text, lng));

  describe('history asked directly', () => {
    it.each<[Lang, string]>([
      ['nb', 'når startet minoritetsrådgiverordningen egentlig og hvor mange var de i starten?'],
      ['nb', 'Hvem satt i Kompetanseteamet i 2008 da IMDi tok over koordineringen?'],
      ['en', 'When did the embassy adviser scheme start and which embassies had them originally?'],
      ['uk', 'коли почали працювати перші радники з питань меншин (minoritetsrådgivere) і скільки їх було?'],
      ['uk', 'Як раніше називалися mangfoldsrådgivere і коли назву змінили?'],
      ['fa', 'در سال ۲۰۰۸ کدام سازمان‌ها عضو Kompetanseteamet بودند؟'],
      ['tr', "2008'de azınlık danışmanları kaç okulda ve hangi illerde başladı?"],
      ['tr', '2008 yılında uyum danışmanları hangi kentlerde görev yapıyordu?'],
      ['tr', "entegrasyon danışmanları 2008'de neredeydi, hangi büyükelçiliklerde?"],
      ['ti', 'ኣብ 2008 ጉዳያት ምብራቕ ኣፍሪቃን ቀርኒ ኣፍሪቃን ብኣየናይ ኤምባሲ ይሽፈኑ ነይሮም?'],
      ['en', 'back in 2008 what did the Colombo post cover?'],
      ['pl', 'Ile osób liczyła Forebyggingsenheten w 2008 i gdzie się mieściła?'],
      ['ur', '2008 میں انقرہ کا سفارت خانہ کون سے ممالک دیکھتا تھا؟'],
      ['ur', 'Amman embassy mein integreringsrådgiver kab se hain? shuru mein kon se mulk cover karte the?'],
      ['ru', 'Когда переименовали minoritetsrådgivere?'],
      ['uk', 'Коли перейменували minoritetsrådgivere і як вони тепер називаються?'],
    ])('[%s] %s → the history article', (lng, text) => {
      expect(read(text, lng)).toEqual([expect.objectContaining({ intent: HISTORY_ARTICLE })]);
      expect(read(text, lng)[0]?.score).toBeGreaterThan(0.995);
    });

    it.each<[Lang, string]>([
      ['nb', 'hvor mange henvendelser fikk Kompetanseteamet i 2006?'],
      ['en', 'how many cases did the advisers have in 2008?'],
      ['en', 'how many minority advisers were there in 2008'],
      ['nb', 'hvor mange integreringsrådgivere var det i 2008'],
      ['nb', 'i 2008, hvor mange av kompetanseteamets saker gjaldt tvangsekteskap, og hvor mange gjaldt frykt for tvangsekteskap?'],
      ['nb', 'hvor mange saker hadde mangfoldsrådgiverne i 2023?'],
      ['en', 'who are the members of Kompetanseteamet?'],
      ['nb', 'når ble koordineringen flyttet?'],
      ['en', 'when did the school year start?'],
      ['tr', "2023'te vakalar en çok hangi şehirlerden geldi?"],
    ])('[%s] %s → left to the other readers', (lng, text) => {
      expect(read(text, lng)).toEqual([]);
    });
  });

  describe('when a scheme was renamed, asked in the other languages', () => {
    it.each<[Lang, string]>([
      ['ru', 'Когда переименовали integreringsrådgivere?'],
      ['uk', 'Коли перейменували minoritetsrådgivere?'],
      ['pl', 'Kiedy przemianowano minoritetsrådgivere?'],
      ['tr', 'minoritetsrådgiver ne zaman yeniden adlandırıldı?'],
      ['ar', 'متى تم تغيير اسم minoritetsrådgivere؟'],
      ['fa', 'تغییر نام minoritetsrådgivere چه زمانی بود؟'],
    ])('%s: %s → the history', (lng, text) => {
      expect(read(text, lng)[0]?.intent).toEqual(HISTORY_ARTICLE);
    });
  });

  describe('the action plan of the history years, asked directly', () => {
    it.each<[Lang, string]>([
      ['nb', 'hva gikk handlingsplanen 2008–2011 ut på?'],
      ['nn', 'kva var handlingsplanen 2008-2011?'],
      ['en', 'What was the action plan 2008-2011?'],
      ['ar', 'ما هي خطة العمل 2008-2011؟'],
      ['so', 'maxay ahayd qorshaha hawlgalka 2008-2011?'],
      ['fa', 'پلان عمل ۲۰۰۸–۲۰۱۱ چه بود؟'],
      ['ur', 'ایکشن پلان 2008-2011 کیا تھا؟'],
      ['uk', 'Що таке план дій 2008–2011?'],
      ['ru', 'Что предусматривал план действий 2008–2011?'],
      ['tr', '2008-2011 eylem planı neydi?'],
      ['pl', 'Czym był plan działania 2008–2011?'],
      ['ti', 'ትልሚ ተግባር 2008-2011 እንታይ ነይሩ?'],
    ])('%s: %s → the history', (lng, text) => {
      expect(read(text, lng)[0]?.intent).toEqual(HISTORY_ARTICLE);
    });

    it.each<[Lang, string]>([
      ['en', 'what is the current action plan?'],
      ['en', 'action plan 2021-2024'],
      ['nb', 'når startet handlingsplanen Sjef i eget liv?'],
    ])('%s: %s → left to the action-plans article', (lng, text) => {
      expect(read(text, lng)).toEqual([]);
    });
  });

  /** Who coordinated Kompetanseteamet before IMDi, asked without a year: the history (UDI until 1 January 2008). */
  describe('the move of Kompetanseteamet from UDI to IMDi, asked without a year', () => {
    it.each<[Lang, string]>([
      ['nb', 'hvem koordinerte Kompetanseteamet før IMDi tok over?'],
      ['nn', 'kven koordinerte Kompetanseteamet før IMDi?'],
      ['en', 'when did IMDi take over Kompetanseteamet from UDI?'],
      ['ar', 'متى انتقل تنسيق فريق الكفاءة من UDI إلى IMDi؟'],
      ['pl', 'kiedy IMDi przejęło koordynację Kompetanseteamet od UDI?'],
      ['ru', 'когда координация Kompetanseteamet перешла от UDI к IMDi?'],
      ['tr', "Kompetanseteamet'in koordinasyonunu IMDi ne zaman devraldı?"],
    ])('[%s] %s → the history article', (lng, text) => {
      expect(read(text, lng)).toEqual([expect.objectContaining({ intent: HISTORY_ARTICLE })]);
    });

    it.each<[Lang, string]>([
      ['en', 'I coordinated with Kompetanseteamet last week, what now?'],
      ['nb', 'kan Kompetanseteamet ta over saken?'],
    ])('[%s] %s → not history', (lng, text) => {
      expect(read(text, lng)).toEqual([]);
    });
  });

  /**
   * Issue #16: the history reader reads a message's services and years first, and what is counted and the split only
   * for a message about a service's past. Both come from the same reading of the slots, in either order. Own phrasings.
   */
  describe('the services and years read before what is counted and the split', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const turnEnds = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
    const messages: ReadonlyArray<readonly [string, Lang]> = [
      ['Hvor mange saker per fylke hadde minoritetsrådgiverne i 2009?', 'nb'],
      ['Kva slags saker fekk Kompetanseteamet mest av i fjor, fordelt på sakstype?', 'nn'],
      ['Which embassies had integration counsellors in 2010, and how many cases each?', 'en'],
      ['Ile spraw według województw mieli doradcy ds. integracji w 2011 roku?', 'pl'],
      ['Jeg lurer på hvordan vi snakker med en elev om ferien.', 'nb'],
    ];

    it.each(messages)('"%s" (%s): the same services and years alone, before and after the whole slots', async (text, lng) => {
      const normalized = normalize(text);
      await turnEnds();
      const alone = readStatsServicesAndYears(normalized, now, lng);
      const whole = readStatsSlots(normalized, now, lng);
      expect({ services: whole.services, ...(whole.years ? { years: whole.years } : {}) }).toEqual(alone);
      await turnEnds();
      const wholeFirst = readStatsSlots(normalized, now, lng);
      expect(readStatsServicesAndYears(normalized, now, lng)).toEqual(alone);
      expect(wholeFirst).toEqual(whole);
    });

    it('reads a year of the history with a split asked the same whether or not the slots were read before', async () => {
      const text = 'Hvem var minoritetsrådgivere i 2008, fordelt på fylke?';
      await turnEnds();
      const first = read(text, 'nb');
      await turnEnds();
      readStatsSlots(normalize(text), now, 'nb');
      expect(read(text, 'nb')).toEqual(first);
      expect(readStatsServicesAndYears(normalize(text), now, 'nb').years).toEqual({ fromYear: 2008, toYear: 2008 });
    });
  });

  describe('an order-of-contacts question naming services is a contact question, not the history (issue #13, session 23)', () => {
    it.each<[Lang, string]>([
      ['uk', 'Я поліцейський. Кого треба повідомити спочатку: барневерн чи Kompetanseteamet?'],
      ['uk', 'Працюю в поліції. Куди спочатку звертатися у справі про примусовий шлюб — до Kompetanseteamet чи до барневерну?'],
      ['ru', 'Я следователь. В каком порядке обращаться: Kompetanseteamet или барневерн?'],
      ['ru', 'Кому сначала звонить, в барневерн или в Kompetanseteamet?'],
      ['en', "I'm a police officer. Should we call child welfare or Kompetanseteamet first?"],
      ['nb', 'Jeg er politi. Skal vi kontakte barnevernet eller Kompetanseteamet først?'],
      ['pl', 'Jestem policjantem. Z kim najpierw się kontaktować: z barnevernet czy z Kompetanseteamet?'],
      ['tr', "Polis memuruyum. Önce kime haber vermeliyiz, Kompetanseteamet'e mi barnevern'e mi?"],
      ['ar', 'أنا شرطي. بمن نتصل أولاً: بحماية الطفل أم بـ Kompetanseteamet؟'],
    ])('%s: %s → not the history', (lng, text) => {
      expect(read(text, lng)).toEqual([]);
    });

    it.each<[Lang, string]>([
      ['ru', 'Кто сначала координировал Kompetanseteamet?'],
      ['uk', 'Коли спочатку створили Kompetanseteamet?'],
      ['en', 'Who coordinated Kompetanseteamet at first?'],
    ])('a start word about the services still reads the history (%s): %s', (lng, text) => {
      expect(read(text, lng)[0]?.intent).toEqual(HISTORY_ARTICLE);
    });
  });

  // (was history-words.test.ts)

  /**
   * The history words' phrases (content/understanding/history): a phrase matches as whole words, any spacing between
   * them; one ending in * also matches longer words. The patterns are made so that a start builds few Unicode classes
   * (src/conversation/history-reader.ts); these are the matches they must keep.
   */
  describe('history words: whole words, and prefixes marked with *', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'history-words-'));
    writeFileSync(
      path.join(dir, 'nb.json'),
      JSON.stringify({
        lang: 'nb',
        review: 'machine-assisted',
        began: ['ble opprettet', 'grunnla*', 'i oppstarts*', 'oppretting'],
        renamed: ['het tidligere'],
        then: ['på den tiden'],
        subjects: ['sekretariat*'],
        plans: ['tiltaksplan'],
        own: [],
      }),
    );
    const words = loadHistoryWords(dir).get('nb');
    const began = (text: string): boolean => words?.began.test(normalize(text)) === true;

    it.each([
      'når ble opprettet ordningen?',
      'når ble   opprettet ordningen?',
      'hvem grunnla teamet',
      'da teamet ble grunnlagt',
      'hvordan var det i oppstartsfasen',
      'oppretting av stillingene',
    ])('%s → matches', (text) => {
      expect(began(text)).toBe(true);
    });

    it.each([
      // A letter before the phrase: part of another word.
      'hvem omgrunnla teamet',
      'når ble gjenopprettet',
      // A whole-word phrase followed by more letters, or a prefix phrase missing its space.
      'når ble opprettetes',
      'opprettingen av stillingene',
      'ioppstartsfasen',
      // A combining mark after a whole-word phrase belongs to its last letter.
      'oppretting\u0301 av stillingene',
    ])('%s → no match', (text) => {
      expect(began(text)).toBe(false);
    });

    it('reads each list of the file for itself', () => {
      expect(words?.subjects.test(normalize('Sekretariatets arbeid'))).toBe(true);
      expect(words?.plans.test(normalize('tiltaksplanen'))).toBe(false);
      expect(words?.renamed.test(normalize('hva het tidligere teamet'))).toBe(true);
      expect(words?.own).toBeUndefined();
    });
  });

  // (was reading-rules.test.ts)

  const article = (articleId: string, askerRole?: string): IntentBase => {
    const intent = { kind: 'article', articleId, ...(askerRole ? { askerRole } : {}) };
    return intent;
  };
  const contact = (query: object): IntentBase => {
    const intent = { kind: 'contact', query };
    return intent;
  };

  describe('forAsker: the answer fits who is asking', () => {
    it('NAV or adult education asking about one of their own gets the article for a person over 18, not the advice about a pupil', () => {
      for (const id of ['what-school-staff-should-do', 'talking-with-young-person', 'signs-at-school']) {
        expect(forAsker(article(id), { role: 'nav', duties: [] }, [])).toEqual(article('adults-over-18', 'nav'));
        expect(forAskerRole(article(id), 'adult-education')).toEqual(article('adults-over-18', 'adult-education'));
      }
    });

    it('a child-welfare caseworker asking what to do about a child gets the duty-to-notify article, with the opening for child welfare', () => {
      for (const id of ['what-school-staff-should-do', 'talking-with-young-person', 'signs-at-school']) {
        expect(forAsker(article(id), { role: 'child-welfare', duties: [] }, [])).toEqual(article('duty-to-notify', 'child-welfare'));
      }
      expect(forAsker(article('forced-marriage'), { role: 'police', duties: ['notify'] }, [])).toEqual(article('duty-to-notify', 'police'));
    });

    it('keeps the article for a school, and any other article for NAV', () => {
      expect(forAsker(article('what-school-staff-should-do'), { role: 'school', duties: [] }, [])).toEqual(article('what-school-staff-should-do', 'school'));
      expect(forAskerRole(article('forced-marriage'), 'nav')).toEqual(article('forced-marriage', 'nav'));
    });

    it('a front-line service with a case abroad gets the contact plan for the country, a school keeps its article', () => {
      const candidates: Candidate[] = [
        { intent: article('involuntary-stay-abroad'), score: 0.8, source: 'articles' },
        { intent: contact({ country: 'KE', whereabouts: 'travelling-soon', minor: true }), score: 0.7, source: 'contacts' },
      ];
      expect(forAsker(article('involuntary-stay-abroad'), { role: 'child-welfare', duties: [] }, candidates)).toEqual(
        contact({ country: 'KE', whereabouts: 'travelling-soon', minor: true, askerRole: 'child-welfare' }),
      );
      expect(forAsker(article('involuntary-stay-abroad'), { role: 'school', duties: [] }, candidates)).toEqual(article('involuntary-stay-abroad', 'school'));
      expect(forAsker(article('involuntary-stay-abroad'), { role: 'police', duties: [] }, candidates.slice(0, 1))).toEqual(article('involuntary-stay-abroad', 'police'));
    });

    it('a child-welfare caseworker asking about a topic and no duty gets the topic, which opens for them, not the duty their workplace drew', () => {
      const read = (top: number, topic: number): Candidate[] => [
        { intent: article('duty-to-notify'), score: top, source: 'articles' },
        { intent: article('fgm'), score: topic, source: 'articles' },
      ];
      expect(forAsker(article('duty-to-notify'), { role: 'child-welfare', duties: [] }, read(0.62, 0.58))).toEqual(article('fgm', 'child-welfare'));
      // "What do we do" as the school staff's article is drawn by the same words.
      const school: Candidate[] = [{ intent: article('what-school-staff-should-do'), score: 0.7, source: 'articles' }, ...read(0.62, 0.66).slice(1)];
      expect(forAsker(article('what-school-staff-should-do'), { role: 'child-welfare', duties: [] }, school)).toEqual(article('fgm', 'child-welfare'));
      // A topic read far below the top one, or below "probably", is no question of its own.
      expect(forAsker(article('duty-to-notify'), { role: 'child-welfare', duties: [] }, read(0.88, 0.55))).toEqual(article('duty-to-notify', 'child-welfare'));
      expect(forAsker(article('duty-to-notify'), { role: 'child-welfare', duties: [] }, read(0.47, 0.45))).toEqual(article('duty-to-notify', 'child-welfare'));
      // The duty asked, or another role, keeps the duty article.
      expect(forAsker(article('duty-to-notify'), { role: 'child-welfare', duties: ['notify'] }, read(0.62, 0.58))).toEqual(article('duty-to-notify', 'child-welfare'));
      expect(forAsker(article('duty-to-notify'), { role: 'police', duties: [] }, read(0.62, 0.58))).toEqual(article('duty-to-notify', 'police'));
    });

    it('the duty to notify asked about a grown-up gets the article for a person over 18', () => {
      expect(forAsker(contact({ adultCaller: true }), { role: 'refugee-services', duties: ['notify'] }, [])).toEqual(article('adults-over-18', 'refugee-services'));
      expect(forAsker(contact({}), { role: 'refugee-services', duties: ['notify'] }, [])).toEqual(article('duty-to-notify', 'refugee-services'));
      expect(forAsker(contact({ adultCaller: true }), { role: 'nav', duties: ['avert'] }, [])).toEqual(article('duty-to-avert', 'nav'));
    });
  });

  describe('forAsker: parents and a particular child (issue #13 point 7)', () => {
    const suggest = (articleIds: string[]): IntentBase => {
      const intent = { kind: 'suggest', articleIds };
      return intent;
    };
    const parent = { role: 'parent' as const, duties: [] };

    it('a parent’s story of pressure in the family that nothing read surely gets the lines for parents', () => {
      expect(forAsker(suggest(['what-school-staff-should-do', 'fgm']), parent, [], new Set(['control', 'someone']))).toEqual(contact({ askerRole: 'parent' }));
      expect(forAsker({ kind: 'unknown' }, parent, [], new Set(['helpline']))).toEqual(contact({ askerRole: 'parent' }));
      // The articles for parents offered in the choice are enough: "does my son's school have an adviser?"
      expect(forAsker(suggest(['service-diversity-advisers', 'history-special-services']), parent, [], new Set())).toEqual(contact({ askerRole: 'parent' }));
    });

    it('an everyday matter a parent asks about (screen time, a passport, bullying) stays as it was read', () => {
      expect(forAsker({ kind: 'unknown' }, parent, [], new Set(['someone', 'firstPerson']))).toEqual({ kind: 'unknown' });
      expect(forAsker(suggest(['involuntary-stay-abroad', 'fgm']), parent, [], new Set(['adultRole']))).toEqual(suggest(['involuntary-stay-abroad', 'fgm']));
    });

    it('a professional’s case about a particular child adds the child to the plan (child welfare), not for people in general', () => {
      expect(forAsker(contact({}), { role: 'health', duties: [] }, [], new Set(['minor', 'someone']))).toEqual(contact({ minor: true, askerRole: 'health' }));
      expect(forAsker(contact({}), { role: 'health', duties: [] }, [], new Set(['minor', 'someone', 'people']))).toEqual(contact({ askerRole: 'health' }));
      expect(forAsker(contact({}), parent, [], new Set(['minor', 'someone']))).toEqual(contact({ askerRole: 'parent' }));
    });
  });

  describe('the topic of a described case (issue #13, kinds 1 and 2)', () => {
    /** What the danger reader says a described case is about (src/understanding/danger-reader.ts `ABOUT`). */
    const about = (...concepts: string[]): ReadonlySet<string> => new Set(concepts.map((c) => `about:${c}`));
    const nothing: ReadonlySet<string> = new Set();

    it('a cutting described in any words replaces a look-alike article or nothing sure with the FGM article', () => {
      expect(forSituation(article('service-nora'), about('cutting', 'someone'))).toEqual(article('fgm'));
      expect(forSituation(article('forced-marriage', 'kindergarten'), about('cuttingPlanned'))).toEqual(article('fgm', 'kindergarten'));
      const choice: IntentBase = { kind: 'suggest', ...{ articleIds: ['involuntary-stay-abroad'] } };
      expect(forSituation(choice, about('pastCutting', 'trip'))).toEqual(article('fgm'));
      expect(forSituation({ kind: 'unknown' }, about('cutting'))).toEqual(article('fgm'));
    });

    it('keeps a duty article, a contact plan, and any reading when no cutting is described', () => {
      expect(forSituation(article('duty-to-notify'), about('cutting'))).toEqual(article('duty-to-notify'));
      expect(forSituation(contact({ country: 'SD', whereabouts: 'travelling-soon' }), about('cutting'))).toEqual(contact({ country: 'SD', whereabouts: 'travelling-soon' }));
      expect(forSituation(article('forced-marriage'), about('wedding', 'someone'))).toEqual(article('forced-marriage'));
      // The concept said outside any fired rule ("tradition" in a general question) is no case: no `about:` signal.
      expect(forSituation(article('negative-social-control'), new Set(['cutting']))).toEqual(article('negative-social-control'));
    });

    it('puts the FGM article, for the asker, before the contact plan of a cutting case', () => {
      const plan = contact({ country: 'SO', whereabouts: 'travelling-soon', minor: true, askerRole: 'health' });
      expect(topicBeside(plan, about('cutting', 'trip'), { whatToDo: false, role: 'health' })).toEqual(article('fgm', 'health'));
      expect(topicBeside(contact({}), about('cuttingPlanned'), { whatToDo: false })).toEqual(article('fgm'));
    });

    it('puts the article on stays abroad before the plan when school or front-line staff ask what to do about a trip', () => {
      const trip = contact({ country: 'PK', whereabouts: 'travelling-soon', minor: true, askerRole: 'school' });
      expect(topicBeside(trip, about('trip', 'season'), { whatToDo: true, role: 'school' })).toEqual(article('involuntary-stay-abroad', 'school'));
      expect(topicBeside(contact({ askerRole: 'kindergarten' }), about('neverReturn', 'someone'), { whatToDo: true, role: 'kindergarten' })).toEqual(
        article('involuntary-stay-abroad', 'kindergarten'),
      );
      // Asking only whom to call, or who covers a country, keeps the plan alone.
      expect(topicBeside(trip, about('trip', 'season'), { whatToDo: false, role: 'school' })).toBeUndefined();
      expect(topicBeside(contact({ country: 'PK' }), nothing, { whatToDo: true })).toBeUndefined();
    });

    it('never beside a service asked for by name, a young person\'s own lines, or an article', () => {
      expect(topicBeside(contact({ serviceId: 'kompetanseteamet' }), about('cutting'), { whatToDo: true })).toBeUndefined();
      expect(topicBeside(contact({ youngSelf: true, minor: true }), about('cutting'), { whatToDo: true })).toBeUndefined();
      expect(topicBeside(article('fgm'), about('cutting'), { whatToDo: true })).toBeUndefined();
    });
  });

  // (was reading-work.test.ts)

  /**
   * Work the readers skip or share for a new message (docs/performance.md, branch turn21): the answers are the same,
   * only what is read to reach them is less.
   */

  const words = loadFollowUpWords();
  const notUnderstood: Understanding = { danger: false, intent: { kind: 'unknown' }, candidates: [] };
  /** A topic's article, whose card names a service to call for advice: a detail asked after it reads the message's slots. */
  const topicArticle: RememberedReading = { kind: 'article', articleId: 'negative-social-control' };

  function countingReader(): { readonly read: SlotReader; readonly calls: string[] } {
    const calls: string[] = [];
    const read: SlotReader = (text: string, lng: Lang): FollowUpSlots => {
      calls.push(`${lng}|${text}`);
      return {};
    };
    return { read, calls };
  }

  const resolverWith = (read: SlotReader) =>
    createFollowUpResolver({ words, readSlots: read, adviceServiceOfArticle: () => 'kompetanseteamet', serviceOfArticle: () => undefined });

  describe('a message too long to be a follow-up is not read for one', () => {
    const LONG: ReadonlyArray<readonly [Lang, string]> = [
      ['nb', 'Vi har en elev i niende klasse som har fortalt kontaktlæreren at familien skal reise bort i sommer og at hun ikke vet når de kommer tilbake, hva bør skolen gjøre nå?'],
      ['en', 'A colleague at the health centre told me that a young woman she sees has stopped coming to her appointments and her phone is always answered by her mother, what is the email of the team that advises on this?'],
      ['pl', 'Pracuję w przedszkolu i jedna z matek powiedziała mi, że jej teściowie chcą zabrać córkę do swojej rodziny za granicę na całe lato, kto może nam doradzić i jaki jest ich numer telefonu?'],
    ];
    it.each(LONG)('%s: a long question after a topic article reads no slots and is no follow-up', (lng, text) => {
      const { read, calls } = countingReader();
      expect(resolverWith(read)(text, lng, notUnderstood, topicArticle, slotMemo())).toBeUndefined();
      expect(calls).toEqual([]);
    });

    const LONG_THEN_REMARK: ReadonlyArray<readonly [Lang, string]> = [
      ['nb', 'Jeg lurer på hvordan vi som barnehage skal gå fram når vi er bekymret for at et barn kan bli sendt ut av landet i ferien og ikke komme tilbake til høsten? Takk for svar.'],
      ['en', 'Could you tell me what the rules are for schools when a pupil has been away for several weeks after the holidays and nobody at home answers the phone? Thanks a lot.'],
    ];
    it.each(LONG_THEN_REMARK)('%s: a long first sentence before a remark reads no slots of the remark', (lng, text) => {
      const { read, calls } = countingReader();
      expect(resolverWith(read)(text, lng, notUnderstood, topicArticle, slotMemo())).toBeUndefined();
      expect(calls).toEqual([]);
    });

    it('a short detail asked after the same article is still read, and answered by the advising service', () => {
      const { read, calls } = countingReader();
      const followUp = resolverWith(read)('har de e-post?', 'nb', notUnderstood, topicArticle, slotMemo());
      expect(calls.length).toBeGreaterThan(0);
      expect(followUp?.intent).toMatchObject({ kind: 'contact', query: { serviceId: 'kompetanseteamet' } });
    });
  });

  describe('the statistics reader finds the countries a message names only when the reading needs them', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const NO_FIGURES: ReadonlyArray<readonly [Lang, string]> = [
      ['nb', 'Hvordan kan jeg snakke med foreldrene til en elev fra Somalia om dette?'],
      ['en', 'What should I say to a pupil from Iraq who is worried about the summer?'],
      ['pl', 'Jak rozmawiać z rodzicami dziewczynki z Pakistanu o wyjeździe?'],
    ];
    it.each(NO_FIGURES)('%s: a question for no figure is no figure question, and no country is looked for', (lng, text) => {
      let asked = 0;
      const countries = () => {
        asked++;
        return ['SO'];
      };
      expect(parseStatsQuestion(normalize(text), now, lng, countries)).toBeUndefined();
      expect(asked).toBe(0);
    });

    const FIGURES: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
      ['nb', 'Hvor mange saker om jenter fra Somalia hadde Kompetanseteamet i 2023?', ['SO']],
      ['en', 'How many cases from Iraq did the minority advisers have in 2022?', ['IQ']],
      ['nb', 'Hvor mange henvendelser fikk Kompetanseteamet i 2021?', []],
    ];
    it.each(FIGURES)('%s: a figure question reads as it does with the countries given at once', (lng, text, codes) => {
      let asked = 0;
      const lazy = parseStatsQuestion(normalize(text), now, lng, () => {
        asked++;
        return codes;
      });
      expect(lazy).toBeDefined();
      expect(lazy).toEqual(parseStatsQuestion(normalize(text), now, lng, codes));
      expect(asked).toBe(1);
    });

    it("a message's statistics slots are read once while it is being read, for its year", () => {
      const text = normalize('Hvor mange saker hadde minoritetsrådgiverne i fjor?');
      const first = readStatsSlots(text, now, 'nb');
      expect(readStatsSlots(text, now, 'nb')).toBe(first);
      expect(first.years).toEqual({ fromYear: 2025, toYear: 2025 });
      // Another year's "last year" is another reading.
      expect(readStatsSlots(text, new Date('2024-06-01T12:00:00Z'), 'nb').years).toEqual({ fromYear: 2023, toYear: 2023 });
    });
  });

  // (was published-facts-asked.test.ts)

  /**
   * Statistics and history questions that must reach a published fact, asked in several languages (issue #13, session
   * 15): what a person sees after the last message, read as the conversation evaluation reads it.
   */
  let runner: ConversationRunner;
  beforeAll(async () => {
    runner = await createConversationRunner({ now: () => new Date('2026-06-01T12:00:00Z') });
  }, 60_000);
  afterAll(async () => {
    await runner.close();
  });

  async function shown(lang: Lang, ...turns: string[]): Promise<string> {
    const run = await runner.converse({ lang, turns });
    return readTurn(run.replies, runner.markers).texts.join(' | ');
  }

  describe("the advisers' first months (June–December 2008): the whole published statement", () => {
    it.each<[Lang, string]>([
      ['en', 'How many people did the integration advisers help in 2008?'],
      ['en', 'I work as an envoy: how many cases did the integration advisers have in 2008?'],
      ['nn', 'Kor mange saker hadde rådgjevarane frå juni til desember 2008?'],
      ['nn', 'Kor mange kvinner og menn fekk hjelp av minoritetsrådgjevarane og integreringsrådgjevarane i 2008?'],
    ])('[%s] %s → 381 cases, 391 persons, 282 women', async (lang, text) => {
      const seen = await shown(lang, text);
      expect(seen).toContain('381');
      expect(seen).toContain('391');
      expect(seen).toContain('282');
    });
  });

  describe("the integration advisers' 2008 posts, asked in the nine other languages", () => {
    it.each<[Lang, string, string]>([
      ['fa', 'در سال ۲۰۰۸ مشاور ادغام در اسلام‌آباد مسئول کدام کشورها بود؟', 'افغانستان'],
      ['uk', 'За які країни відповідав радник з інтеграції в Ісламабаді у 2008 році?', 'Афганістан'],
      ['so', "Sannadkii 2008, la-taliyaha is-dhexgalka ee Islamabad wuxuu mas'uul ka ahaa waddamadee?", 'Afgaanistaan'],
      ['ru', 'За какие страны отвечал советник по интеграции в Исламабаде в 2008 году?', 'Афганистан'],
    ])('[%s] %s → the history, with what Islamabad covered', async (lang, text, afghanistan) => {
      expect(await shown(lang, text)).toContain(afghanistan);
    });
  });

  describe('"which countries is it responsible for?" after an envoy answer: what that post covers', () => {
    it.each<[Lang, string, string, string]>([
      ['tr', "Ankara'da özel elçi var mı?", 'Hangi ülkelerden sorumlu?', 'Rusya'],
      ['nn', 'Finst det ein spesialutsending i Ankara?', 'Kva land har han ansvar for?', 'Russland'],
      ['ru', 'Есть ли спецпредставитель в Анкаре?', 'За какие страны он отвечает?', 'Россия'],
      ['pl', 'Czy w Ankarze jest specjalny wysłannik?', 'Za jakie kraje odpowiada?', 'Rosja'],
      ['uk', 'Чи є спецпредставник в Анкарі?', 'За які країни він відповідає?', 'Росія'],
    ])('[%s] %s / %s', async (lang, first, second, russia) => {
      const seen = await shown(lang, first, second);
      expect(seen).toContain(russia);
    });
  });

  describe('countries of origin asked as "where were they from"', () => {
    it.each<[Lang, string]>([
      ['fa', 'مشاوران تنوع چند پرونده داشتند؟ اکثر افراد اهل کجا بودند؟'],
      ['fa', 'مراجعین مشاوران تنوع بیشتر اصلیت کدام کشور ها را داشتند؟'],
      ['ur', 'تنوع مشیروں کے پاس آنے والے زیادہ تر لوگ کہاں سے تھے؟'],
    ])('[%s] %s → Iraq first among the origins', async (lang, text) => {
      expect(await shown(lang, text)).toContain('عراق');
    });
  });

  describe("Kompetanseteamet's 2022 categories", () => {
    it.each<[Lang, string, string]>([
      ['tr', 'Yetkinlik ekibi 2022 yılında kaç negatif sosyal kontrol vakası ele aldı?', '135'],
      ['so', 'Immisa kiis oo xakameyn bulsho ah ayuu Kompetanseteamet lahaa 2022?', '135'],
    ])('[%s] %s → %s of 891', async (lang, text, figure) => {
      const seen = await shown(lang, text);
      expect(seen).toContain(figure);
      expect(seen).toContain('891');
    });
  });

  describe('who runs a service: its own article says', () => {
    it.each<[Lang, string]>([
      ['tr', "ung.no'yu kim yönetiyor?"],
      ['so', 'Yaa maamula ung.no?'],
      ['en', 'Which agency is behind ung.no?'],
    ])('[%s] %s → run by Bufdir', async (lang, text) => {
      expect(await shown(lang, text)).toContain('Bufdir');
    });
  });
}
