import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Facts asked exactly (facts28, issue #13): the 2008 embassy posts asked by city, the adviser scheme's start, whether a closed post ever served a country, Røde Kors-telefonen's anonymity, Kompetanseteamet's e-mail, two
 * contacts in one message, and everyday tasks declined. Phrasings written for this test; the languages other than nb,
 * nn and en are machine-assisted.
 */
describe("conversation: history, a line's properties and two contacts asked exactly", () => {
  const runner = conversationRunnerPerFile();

  // "In which cities were the embassy advisers in 2008?": the history's six posts (domain.md §9), Colombo and Rabat too.
  it.each([
    ['nb', 'I hvilke byer hadde ambassadene integreringsrådgivere i 2008?'],
    ['nn', 'Kva byar hadde ambassadane integreringsrådgivarar i 2008?'],
    ['en', 'Which cities had integration advisers at the embassies in 2008?'],
    ['ar', 'في أي مدن كان هناك مستشارو اندماج في السفارات عام 2008؟'],
    ['fa', 'در سال 2008 در کدام شهرها مشاوران ادغام در سفارت‌ها بودند؟'],
    ['ur', '2008 میں سفارت خانوں کے انٹیگریشن مشیر کن شہروں میں تھے؟'],
    ['uk', 'У яких містах у 2008 році були радники з інтеграції при посольствах?'],
    ['ru', 'В каких городах в 2008 году работали советники по интеграции при посольствах?'],
    ['tr', '2008 yılında büyükelçiliklerdeki entegrasyon danışmanları hangi şehirlerdeydi?'],
    ['pl', 'W jakich miastach były ambasady z doradcami ds. integracji w 2008 roku?'],
    ['so', 'Sannadkii 2008 magaalooyinkee ayay safaaradaha la-taliyayaasha is-dhexgalka ku jireen?'],
  ] as const)('%s: the 2008 posts by city: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['Colombo', 'Коломбо', 'كولومبو', 'کلمبو', 'کولمبو'])).toBe(true);
    expect(containsFact(view.texts, ['Rabat', 'Рабат', 'الرباط', 'رباط'])).toBe(true);
  });

  // "Was there ever an embassy adviser for Sri Lanka / Morocco?": Colombo and Rabat served them in 2008 and have closed.
  it.each([
    ['nb', 'Har det noen gang vært en rådgiver ved ambassaden for Marokko?'],
    ['en', 'Did the embassies ever have an adviser for Bangladesh?'],
    ['ru', 'Был ли когда-нибудь советник при посольстве для Шри-Ланки?'],
    ['tr', 'Eskiden Fas için büyükelçilikte bir danışman var mıydı?'],
  ] as const)('%s: a post that served the country once: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(containsFact(view.texts, ['Colombo', 'Коломбо', 'Kolombo', 'Rabat', 'Рабат'])).toBe(true);
  });

  // "When did the advisers for minorities start, and how many at first?": thirty in June 2008 (domain.md §11).
  it.each([
    ['ru', 'С какого года в школах есть консультанты по делам меньшинств и сколько их было вначале?'],
    ['uk', 'Коли з’явилися консультанти з питань меншин у школах і скільки їх було спочатку?'],
  ] as const)('%s: the scheme began in 2008 with thirty: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.didYouMean).toBe(false);
    expect(containsFact(view.texts, ['2008'])).toBe(true);
    expect(containsFact(view.texts, ['30'])).toBe(true);
  });

  // "Will they know who I am if I ring the Red Cross line?": it is anonymous (domain.md §12).
  it.each([
    ['nb', 'Må jeg si hva jeg heter når jeg ringer Røde Kors-telefonen?', ['anonym']],
    ['en', 'If I ring the Red Cross helpline, will they know who is calling?', ['anonymous']],
    ['ar', 'إذا اتصلت بخط الصليب الأحمر هل يعرفون اسمي؟', ['مجهول']],
    ['ru', 'Если я позвоню на линию Красного Креста, они узнают моё имя?', ['аноним']],
    ['tr', 'Kızılhaç hattını ararsam adımı bilirler mi?', ['anonim']],
    ['pl', 'Czy jak zadzwonię na telefon Czerwonego Krzyża, to poznają moje imię?', ['anonim']],
  ] as const)('%s: the Red Cross line is anonymous: %s', async (lng, text, words) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['815 55 201'])).toBe(true);
    expect(containsFact(view.texts, [...words])).toBe(true);
  });

  // Kompetanseteamet's e-mail asked in Arabic: the contact card with kompetanseteamet@bufdir.no, not its article.
  it('ar: Kompetanseteamet’s e-mail address', async () => {
    const view = await runner.turn('ar', 'أريد عنوان البريد الإلكتروني الخاص بـ Kompetanseteamet من فضلك');
    expect(containsFact(view.texts, ['kompetanseteamet@bufdir.no'])).toBe(true);
  });

  // A country declined in Polish's instrumental ("Egiptem", "Marokiem") with UD's number asked beside it: both.
  it('pl: who covers a country in the instrumental, and UD’s 24/7 number', async () => {
    const view = await runner.turn('pl', 'Która ambasada zajmuje się Egiptem i jaki jest całodobowy numer MSZ?');
    expect(containsFact(view.texts, ['Amman'])).toBe(true);
    expect(containsFact(view.texts, ['23 95 00 00'])).toBe(true);
  });

  // Everyday tasks close to the field: declined politely, in the asker's language.
  it.each([
    ['nb', 'Kan du skrive engelskleksa mi om ferien vår?'],
    ['en', 'Could you do my expense report for the conference next month?'],
  ] as const)('%s: an everyday task is declined: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.cannotAnswer || view.didYouMean).toBe(true);
    expect(view.answers).toBe(0);
    expect(view.replyLanguage).toBe(lng);
  });
});
