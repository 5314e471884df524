import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { commandRecognizer } from '../../src/commands/command-recognizer';
import { containsFact, readTurn } from '../../src/evaluation/conversation-eval';
import { typedUnderstanding } from '../../src/evaluation/typed-understanding';
import { createReaders, type Features } from '../../src/features';
import { memoryFeedbackStore } from '../../src/knowledge';
import type { ArticleMatch } from '../../src/knowledge/article-index';
import { DEFAULT_ARTICLE_OPTIONS, scoreMatches } from '../../src/knowledge/article-recognizer';
import { createGuidanceFeature } from '../../src/knowledge/guidance-feature';
import { createI18n } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import { createUnderstanding, prepareUtterance } from '../../src/understanding/understand';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';
import type { Chat } from '../helpers/replies';
import { oneAppPerFile } from '../helpers/test-app';

// (was article-conversations.test.ts)
/**
 * Article answers through the real bot: whom to call, said in the open part of the card, and near scores read by how
 * much of the question each article covers. One app for the file (test/helpers/test-app.ts); a describe per class,
 * each the former file named in its first line.
 */

// (was article-call-first.test.ts)
describe('article cards say whom to call, or how to write (issue #13)', () => {
  /** The open part of a card: its body without the containers a button shows (isVisible: false). */
  function openText(reply: Partial<Activity>): string {
    const content = reply.attachments?.[0]?.content as { body?: unknown[] } | undefined;
    const open = (content?.body ?? []).filter((e) => !(typeof e === 'object' && e !== null && (e as { isVisible?: boolean }).isVisible === false));
    return JSON.stringify(open);
  }

  /** The card for `question` says `says` in its open part, and how to reach the service (a number, an address). */
  const opensWith = (chat: Chat, locale: string, question: string, says: string, reach: RegExp | string) =>
    chat({ locale })
      .send(question)
      .assertReply((reply) => {
        const text = openText(reply);
        expect(text).toContain(says);
        expect(text).toMatch(reach);
      })
      .startTest();

  /**
   * What to do now, with the number: an article that names a service to call for advice (Kompetanseteamet in the FGM
   * and duty articles) says that service's number on the first screen, not only behind a "Contacts" button (#13: duty
   * questions were answered without Kompetanseteamet's number).
   */
  describe('article cards say whom to call for advice, with the number, in the open part', () => {
    // One app for the file (oneAppPerFile's beforeAll allows a build 120 s: at load 17 one passed jest's default 20 s).
    const { chat } = oneAppPerFile();

    it.each([
      ['nb-NO', 'hva er kjønnslemlestelse?', 'Ring Kompetanseteamet'],
      ['nb-NO', 'har jeg opplysningsplikt til barnevernet?', 'Ring Kompetanseteamet'],
      ['en-US', 'what is the duty to avert?', 'Call Kompetanseteamet'],
      ['ar-SA', 'ما هو ختان الإناث؟', 'Kompetanseteamet'],
    ])('%s: "%s"', async (locale, question, says) => {
      await opensWith(chat, locale, question, says, /478\s?09\s?050|478 09 050/u);
    });
  });

  /** A service with no phone is reached by e-mail: the expert team's article says where to write on the first screen. */
  describe('an article about a service reached by e-mail only says how to write to it', () => {
    const { chat } = oneAppPerFile();

    it.each([
      ['nb-NO', 'hvordan bestiller vi opplæring fra IMDis forebyggingsteam?', 'Skriv til'],
      ['en-US', 'what does the expert team at IMDi do?', 'Write to'],
    ])('%s: "%s"', async (locale, question, says) => {
      await opensWith(chat, locale, question, says, 'post@imdi.no');
    });
  });
});

// (was near-scores-coverage.test.ts)
describe('near scores, read by how much of the question each article covers', () => {
  /**
   * Issue #13, class 1: "did you mean" is for two readings that are really close. Two articles whose blended scores are
   * near, where the best one's phrasing covers nearly every word of the question and the runner-up's a good part less,
   * are one clear reading; near scores with near coverage stay a choice. Sentences are this file's own.
   */
  const match = (articleId: string, similarity: number, coverage: number): ArticleMatch => ({ articleId, similarity, coverage, precision: 0.5 });
  const question = 'hva sier jeg når en elev betror seg til meg';

  it('answers the article that covers far more of the question', () => {
    const [top, second] = scoreMatches([match('talking-with-young-person', 0.64, 0.92), match('what-school-staff-should-do', 0.62, 0.64)], question, DEFAULT_ARTICLE_OPTIONS);
    expect(top).toBeGreaterThanOrEqual(0.4);
    expect(second).toBeLessThan(top ?? 0);
  });

  it('keeps the choice when both cover about as much, or when neither is sure', () => {
    expect(scoreMatches([match('a', 0.64, 0.9), match('b', 0.62, 0.85)], question, DEFAULT_ARTICLE_OPTIONS)[0]).toBeLessThan(0.35);
    expect(scoreMatches([match('a', 0.45, 0.9), match('b', 0.43, 0.5)], question, DEFAULT_ARTICLE_OPTIONS)[0]).toBeLessThan(0.35);
  });

  const runner = conversationRunnerPerFile();

  it.each([
    ['en', 'How should I respond when a student confides in me?'],
    ['nb', 'Hva bør jeg si når en elev betror seg til meg?'],
  ] as const)('%s: the talk with the young person, not "did you mean" ("%s")', async (lang, message) => {
    const turn = readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);
    expect(turn.didYouMean || turn.cannotAnswer).toBe(false);
  });
});

// (was guidance-feature.test.ts)
describe('the guidance feature from the real content', () => {
  it('loads every article, recognises a question and shows real related services', async () => {
    const feature = await createGuidanceFeature({ dataDir: '/nonexistent', feedback: memoryFeedbackStore(), serviceName: (id) => `name of ${id}`, namesCountry: () => false });
    expect(feature.articles.length).toBeGreaterThanOrEqual(25);
    const [best] = feature.recognizers.flatMap((r) => r.recognize(prepareUtterance('hva er tvangsekteskap', 'nb')));
    expect(best?.intent).toEqual({ kind: 'article', articleId: 'forced-marriage' });
    expect(feature.danger.isDanger(prepareUtterance('han skal drepe meg', 'nb'))).toBe(true);
    expect(feature.cardActions.map((a) => a.verb)).toEqual(['feedback', 'show-article']);
  });

  it('opens the right article when a follow-up button sends its title', async () => {
    const feature = await createGuidanceFeature({ dataDir: '/nonexistent', feedback: memoryFeedbackStore(), serviceName: (id) => id, namesCountry: () => false });
    const understand = typedUnderstanding(createUnderstanding([commandRecognizer, ...feature.recognizers], feature.danger, { fallback: feature.fallback }));
    const misread: string[] = [];
    for (const article of feature.articles) {
      for (const lng of ['nb', 'nn', 'en'] as const) {
        const title = article.title[lng];
        if (!title) continue;
        const intent = understand(title, lng).intent;
        if (intent.kind !== 'article' || intent.articleId !== article.id) misread.push(`${lng}: ${title} → ${JSON.stringify(intent)}`);
      }
    }
    expect(misread).toEqual([]);
  });
});

// (was history-article.test.ts)
/**
 * History questions (issue #13): when Kompetanseteamet was founded, how the minority-adviser scheme started, which
 * embassies had integration advisers in 2008, what the advisers were called before, what the first action plan held.
 * Asked through the bot's own understanding (`createReaders`, as the app composes it); the chosen article must be the
 * history article, and the text a reader sees in that language (short answer and steps) must hold the dates asked for.
 * The questions are written here, apart from the phrasings, so none is a phrasing word for word.
 */
const HISTORY = 'history-special-services';

type Case = readonly [lng: Lang, question: string, mustShow: readonly string[]];

const CASES: readonly Case[] = [
  ['nb', 'I hvilket år ble Kompetanseteamet opprettet?', ['2004', '1. januar 2008', 'UDI', 'IMDi']],
  ['nb', 'Hvilket navn hadde mangfoldsrådgiverne før?', ['minoritetsrådgivere', '2024']],
  ['nb', 'Hva var den første handlingsplanen mot tvangsekteskap, og hva fikk IMDi ansvar for?', ['2008–2011', 'integreringsrådgivere ved utenriksstasjoner']],
  ['nb', 'Hva het spesialutsendingene før?', ['integreringsrådgivere', 'Colombo', 'Rabat']],
  // "Hvilke tiltak … ansvar for" asks about measures, not whom to call; "handlingsplan mot tvangsekteskap" is a plan's name, not a figure.
  ['nb', 'Hvilke fire tiltak fikk IMDi ansvar for i 2008?', ['fire tiltak', 'minoritetsrådgivere', 'frivillige organisasjoner', 'integreringsrådgivere ved utenriksstasjoner']],
  ['nb', 'Hvilke tiltak hadde IMDi ansvar for i handlingsplan mot tvangsekteskap 2008–2011?', ['2008–2011', 'fire tiltak']],
  ['nn', 'Når vart Kompetanseteamet skipa?', ['2004', '1. januar 2008']],
  ['nn', 'Kva heitte spesialutsendingane tidlegare?', ['integreringsrådgivarar', 'spesialutsendingar']],
  ['nn', 'Korleis kom ordninga med minoritetsrådgivarar i skulen i gang?', ['juni 2008', '29', '13 av dei i Oslo']],
  ['nn', 'Kva inneheldt handlingsplanen mot tvangsekteskap 2008–2011?', ['2008–2011', 'fire tiltak']],
  ['en', 'In what year was Kompetanseteamet founded?', ['2004', '1 January 2008']],
  ['en', 'Which measures was IMDi responsible for under the action plan against forced marriage 2008–2011?', ['four measures', 'NGOs', 'integration advisers at embassies']],
  ['en', 'What were the minority advisers called before they were renamed?', ['diversity advisers', 'since 2024']],
  ['en', 'How did the minority adviser scheme begin?', ['June 2008', '30 minority advisers', '13 of them in Oslo']],
  ['en', 'Which agencies were part of Kompetanseteamet in 2008 and which are now?', ['in 2008 UDI', 'POD', 'AVdir', 'Hdir']],
  ['ar', 'متى تم إنشاء فريق الكفاءة؟', ['2004', '2008']],
  ['ar', 'ما الاسم القديم لمستشاري التنوع؟', ['minoritetsrådgivere', 'mangfoldsrådgivere', '2024']],
  ['ar', 'ما هي السفارات التي كان فيها مستشارو اندماج في 2008؟', ['كولومبو', 'الرباط', 'عمّان']],
  ['ar', 'كيف بدأت فكرة مستشاري الأقليات في المدارس؟', ['يونيو 2008', '29']],
  ['so', 'Goorma ayaa la sameeyay Kompetanseteamet?', ['2004', '1 Janaayo 2008']],
  ['so', 'Magacee la odhan jiray la-taliyayaasha kala-duwanaanshaha?', ['minoritetsrådgivere', '2024']],
  ['so', 'Safaaradee ayaa lahaa la-taliyayaal is-dhexgal 2008?', ['Colombo', 'Rabat', 'Amman']],
  ['fa', 'تیم متخصص ملی کی ایجاد شد؟', ['2004', '2008']],
  ['fa', 'نام قبلی مشاوران تنوع چه بود؟', ['minoritetsrådgivere', '2024']],
  ['fa', 'در سال 2008 کدام سفارت‌ها مشاور ادغام داشتند؟', ['کلمبو', 'رباط']],
  ['ur', 'قومی ماہر ٹیم کس سال قائم ہوئی؟', ['2004', '2008']],
  ['ur', 'تنوع کے مشیروں کو پہلے کس نام سے جانا جاتا تھا؟', ['minoritetsrådgivere', '2024']],
  ['ur', '2008 میں کن سفارت خانوں میں انضمام کے مشیر تھے؟', ['کولمبو', 'رباط']],
  ['uk', 'Коли заснували Kompetanseteamet?', ['2004', '1 січня 2008']],
  ['uk', 'Як раніше звали радників з питань різноманіття?', ['minoritetsrådgivere', '2024']],
  ['uk', 'У яких посольствах працювали радники з інтеграції у 2008 році?', ['Коломбо', 'Рабаті']],
  ['ru', 'Когда основали Kompetanseteamet?', ['2004', '1 января 2008']],
  ['ru', 'Как назывались раньше советники по многообразию?', ['minoritetsrådgivere', '2024']],
  ['ru', 'В каких посольствах в 2008 году работали советники по интеграции?', ['Коломбо', 'Рабате']],
  ['tr', 'Kompetanseteamet hangi yıl kuruldu?', ['2004', '1 Ocak 2008']],
  ['tr', 'Çeşitlilik danışmanlarına eskiden ne deniyordu?', ['minoritetsrådgivere', '2024']],
  ['tr', "2008'de hangi büyükelçiliklerde entegrasyon danışmanları vardı?", ['Colombo', 'Rabat']],
  ['pl', 'Kiedy założono Kompetanseteamet?', ['2004', '1 stycznia 2008']],
  ['pl', 'Jak dawniej nazywano doradców ds. różnorodności?', ['minoritetsrådgivere', '2024']],
  ['pl', 'W których ambasadach byli doradcy ds. integracji w 2008 roku?', ['Colombo', 'Rabat']],
  ['ti', 'Kompetanseteamet ኣብ ኣየናይ ዓመት ተመስሪቱ?', ['2004', '2008']],
  ['ti', 'ኣማኸርቲ ብዙሕነት ቀደም እንታይ ይበሃሉ ነይሮም?', ['minoritetsrådgivere', '2024']],
  ['ti', 'ብ2008 ኣየኖት ኤምባሲታት ኣማኸርቲ ውህደት ነይሮምዎም?', ['ኮሎምቦ', 'ራባት']],
];

describe('history questions reach the history article in all twelve languages', () => {
  let readers: Features;

  beforeAll(async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-history-'));
    readers = await createReaders({ i18n: createI18n(), dataDir, now: () => new Date('2026-12-03T12:00:00Z'), feedback: memoryFeedbackStore() });
  }, 120_000);

  afterAll(() => readers.close());

  /** What a reader sees of the article in a language: the short answer and the steps. */
  const shown = (lng: Lang): string => {
    const article = readers.guidance.articles.find((a) => a.id === HISTORY);
    if (!article) throw new Error(`no article ${HISTORY}`);
    return [article.short[lng] ?? '', ...(article.steps[lng] ?? [])].join('\n');
  };

  it('asks at least three history questions in every language', () => {
    const langs: readonly Lang[] = ['nb', 'nn', 'en', 'ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl', 'ti'];
    for (const lng of langs) expect(CASES.filter(([l]) => l === lng).length).toBeGreaterThanOrEqual(3);
  });

  it.each(CASES)('[%s] %s → the history article, showing %j', (lng, question, mustShow) => {
    expect(readers.understand(question, lng).intent).toEqual({ kind: 'article', articleId: HISTORY });
    const text = shown(lng);
    for (const fact of mustShow) expect({ lng, fact, shown: text.includes(fact) }).toEqual({ lng, fact, shown: true });
  });

  it('keeps today’s questions on their own articles', () => {
    expect(readers.understand('what is the current action plan', 'en').intent).toEqual({ kind: 'article', articleId: 'action-plans' });
    expect(readers.understand('hvem er med i kompetanseteamet', 'nb').intent).toEqual({ kind: 'article', articleId: 'service-kompetanseteamet' });
    expect(readers.understand('hva gjør en mangfoldsrådgiver', 'nb').intent).toEqual({ kind: 'article', articleId: 'service-diversity-advisers' });
  });
});

/**
 * Session 24 (facts24, issue #13): a grant sought for a prevention project, a training day wished for staff at a school
 * without an adviser, a translation errand in Arabic and Somali, and a grown-up's age in brackets. Own phrasings.
 */
describe('grants, a training day, translation errands and an age in brackets (facts24)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Vi driver en frivillig forening og planlegger et opplegg mot tvangsekteskap. Hvor søker man om støtte til sånt?'],
    ['nn', 'Foreininga vår vil starte eit prosjekt for å førebyggje negativ sosial kontroll. Kan vi søkje om tilskot nokon stad?'],
    ['en', 'We are a small migrant association and want to start a project against FGM. Is there a grant we could apply for?'],
    ['ar', 'جمعيتنا تخطط لمشروع توعية ضد السيطرة الاجتماعية السلبية، هل توجد منحة يمكن أن نتقدم بطلب لها؟'],
    ['so', 'Ururkayagu wuxuu qorsheynayaa mashruuc wacyigelin ah oo ka dhan ah gudniinka. Xagee laga helaa deeq mashruuc?'],
    ['fa', 'انجمن ما برای یک پروژه آگاهی‌دهی دربارهٔ ازدواج اجباری بودجه لازم دارد. کمک مالی از کجا می‌شود گرفت؟'],
    ['ur', 'ہماری انجمن غیرت کے نام پر تشدد کی روک تھام کے لیے منصوبہ بنا رہی ہے۔ اس کے لیے گرانٹ کہاں سے ملتی ہے؟'],
    ['uk', 'Наша спільнота планує проєкт про негативний соціальний контроль. Чи є грант, на який можна подати заявку?'],
    ['ru', 'Наше объединение готовит проект о профилактике принудительных браков. Есть ли грант, на который можно подать?'],
    ['tr', 'Derneğimiz namus şiddetine karşı bir farkındalık projesi planlıyor. Hangi hibeye başvurabiliriz?'],
    ['pl', 'Nasza fundacja planuje projekt o zapobieganiu kontroli społecznej. Skąd można dostać dotację na taki projekt?'],
    ['ti', 'ማሕበርና ኣንጻር ምቁራጽ ኣካል ጾታ ፕሮጀክት ንሓስብ ኣለና። ካበይ ሓገዝ ገንዘብ ንረክብ?'],
  ] as const)('%s: a grant for a prevention project is IMDi’s sub-goal C, sourced, with no deadline invented ("%s")', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    expect(containsFact(view.texts, ['IMDi'])).toBe(true);
    expect(containsFact(view.texts, ['10,4', '10.4'])).toBe(true);
    expect(view.emergency).toBe(false);
  });

  it.each([
    ['nn', 'Eg er rektor ved ein skule utan mangfaldsrådgjevar. Personalet vil ha ein fagdag om æresrelatert vald i vår. Kven kan kome og halde han?'],
    ['nb', 'Jeg leder en ungdomsskole uten mangfoldsrådgiver. Lærerne ønsker en temadag om negativ sosial kontroll. Hvem kan komme og holde den for oss?'],
    ['en', 'I run a small school with no diversity adviser, and the teachers asked for a staff day on forced marriage. Who could come and run it for us?'],
  ] as const)('%s: a training day for staff at a school without an adviser is IMDi’s expert team, no "did you mean" ("%s")', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, ['fagteam', 'expert team'])).toBe(true);
  });

  it.each([
    ['ar', 'هل تستطيع أن تترجم للأهل رسالة المدرسة عن الرحلة المدرسية إلى حديقة الحيوان؟'],
    ['ar', 'أحتاج ترجمة إعلان اجتماع أولياء الأمور إلى الصومالية'],
    ['so', 'Ma ii turjumi kartaa ogeysiiska dalxiiska dugsiga ee waalidiinta?'],
    ['so', 'Fadlan u turjun warqadda kulanka waalidiinta af Carabi'],
  ] as const)('%s: a translation errand for the parents is declined ("%s")', async (lang, message) => {
    expectDeclined(await runner.turn(lang, message), lang);
  });

  it.each([
    ['en', 'My patient (31, two kids) says her husband checks her phone and takes her wages. Which line can she call?', ['Alarmtelefonen', '116 111']],
    ['nb', 'Pasienten (29 år, tre barn) forteller at mannen tar lønna hennes og leser meldingene hennes. Hvem kan hun ringe?', ['Alarmtelefonen', '116 111']],
  ] as const)('%s: an age in brackets after the person is a grown-up’s, not a child’s ("%s")', async (lang, message, childLine) => {
    const view = await runner.turn(lang, message);
    // The grown-ups' lines answer it (with the second opinion's "call 112" line on top since session 29, the card reads
    // as the attention block's, so the lines are checked by their numbers).
    expect(containsFact(view.texts, ['815 55 201', '116 006'])).toBe(true);
    expect(containsFact(view.texts, [...childLine])).toBe(false);
  });
});

// (session 24, issue #13: hb24d)
describe('near the field but outside it: what interpreters cost, and where to find a Norwegian course', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['en', 'does the municipality or the family pay for the interpreter at a parent meeting?'],
    ['nb', 'hvem betaler for tolken når vi har foreldremøte på skolen?'],
    ['nn', 'kva kostar det å bruke tolk på helsestasjonen?'],
    ['ar', 'من يدفع أجرة المترجم في المستشفى؟'],
    ['pl', 'kto płaci za tłumacza w przychodni?'],
    ['ti', 'ክፍሊት ተርጓሚ ኣብ ሆስፒታል መን ይኸፍሎ?'],
  ] as const)('%s: who pays an interpreter, or what one costs, is declined politely ("%s")', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.replyLanguage).toBe(lang);
    expect(view.cannotAnswer).toBe(true);
    expect(view.emergency).toBe(false);
  });

  it.each([
    ['en', 'where can my mother find a Norwegian course for adults?'],
    ['nb', 'hvor finner jeg norskkurs for voksne i Bergen?'],
    ['ar', 'أين أجد دورة لتعلم اللغة النرويجية للكبار؟'],
    ['so', 'xagee ka heli karaa koorso af noorwiiji ah?'],
    ['ti', 'ኣበይ ኮርስ ቋንቋ ኖርወይኛ ክመሃር ይኽእል?'],
  ] as const)('%s: where to find a Norwegian course is declined politely ("%s")', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.replyLanguage).toBe(lang);
    expect(view.cannotAnswer).toBe(true);
  });

  it.each([
    ['en', 'How should I use an interpreter when I talk with a pupil about control at home?'],
    ['nb', 'Hvordan bør jeg bruke tolk i en samtale med foreldrene om negativ sosial kontroll?'],
  ] as const)('%s: using an interpreter in a case is still answered ("%s")', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.cannotAnswer).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });
});
