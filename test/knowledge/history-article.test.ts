import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createReaders, type Features } from '../../src/features';
import { memoryFeedbackStore } from '../../src/knowledge';
import { createI18n } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';

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
  ['tr', "2008'de hangi büyükelçiliklerde entegrasyon danışmanları vardı?", ['Kolombo', 'Rabat']],
  ['pl', 'Kiedy założono Kompetanseteamet?', ['2004', '1 stycznia 2008']],
  ['pl', 'Jak dawniej nazywano doradców ds. różnorodności?', ['minoritetsrådgivere', '2024']],
  ['pl', 'W których ambasadach byli doradcy ds. integracji w 2008 roku?', ['Kolombo', 'Rabacie']],
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
