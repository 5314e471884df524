import type { RememberedReading } from '../../src/conversation/follow-up';
import { createHistoryRecognizer, HISTORY_ARTICLE } from '../../src/conversation/history-reader';
import { containsFact, LOCALE_OF } from '../../src/evaluation/conversation-eval';
import type { Features } from '../../src/features';
import type { Lang } from '../../src/language/languages';
import { prepareUtterance } from '../../src/understanding/understand';
import { cardTextOf, type Reply, seen, talk, textOf } from '../helpers/replies';
import { oneAppPerFile } from '../helpers/test-app';
import { readersOfFile } from '../helpers/test-readers';

// (was follow-up-in-conversation.test.ts)

/**
 * Follow-ups that keep their context, a person of the case already in its country, the envoys' closed posts and needs
 * that used to be dropped: through the readers (built once for the file, test/helpers/test-readers.ts) and through the
 * real bot (one app for the file, test/helpers/test-app.ts). One class a describe, each the former file named in its
 * first line.
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
