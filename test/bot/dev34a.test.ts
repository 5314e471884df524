import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';

/**
 * Issue #13, development set general-blind-104 (dev34a): the classes its failures stand for, probed with our own
 * sentences in the nine other languages (and en/nb where the class is the same), as people type them in Teams.
 * Each probe is read to its answer: the facts shown, no "did you mean", no "cannot answer", no emergency card.
 */
describe('general-blind-104 classes (dev34a)', () => {
  const runner = conversationRunnerPerFile();

  async function expectFigure(lang: Lang, turns: readonly string[], facts: readonly (readonly string[])[]): Promise<void> {
    const view = await runner.turn(lang, turns);
    expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, emergency: view.emergency, language: view.replyLanguage }).toEqual({ didYouMean: false, cannotAnswer: false, emergency: false, language: lang });
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  }

  // The envoys' competence-raising assignments in 2023 (IMDi årsrapport 2023: 15), asked as "training tasks".
  it.each<[Lang, string]>([
    ['pl', 'Ile zadań szkoleniowych zrobili spesialutsendinger w 2023 roku?'],
    ['ru', 'сколько учебных заданий провели spesialutsendinger в 2023?'],
    ['uk', 'скільки навчальних завдань виконали spesialutsendinger у 2023 році?'],
    ['ti', 'ብ2023 spesialutsendinger ክንደይ ናይ ስልጠና ዕማማት ገይሮም?'],
  ])('training assignments of the envoys (%s): %s', async (lang, text) => {
    await expectFigure(lang, [text], [['15']]);
  });

  // "The most common type of case" is a ranking, not the bare total (245 cases): the envoys' cases were mostly
  // involuntary stays abroad; the answer names the ranking's source line ([1]) beside the total.
  it.each<[Lang, string]>([
    ['ti', 'spesialutsendinger ብ2023 ዝበዝሑ ዓይነታት ጉዳያት እንታይ ነበሩ?'],
    ['pl', 'jaki był najczęstszy typ spraw u spesialutsendinger w 2023?'],
    ['tr', "2023'te spesialutsendinger'de en yaygın vaka türü neydi?"],
    ['ru', 'какой самый частый тип дел был у spesialutsendinger в 2023?'],
    ['uk', 'який найпоширеніший тип справ у spesialutsendinger у 2023?'],
    ['ur', '2023 mein spesialutsendinger ke paas sab se zyada kis qism ke cases the?'],
    ['so', '2023 spesialutsendinger nooca ugu badan ee kiisaska waa maxay?'],
    ['fa', 'در 2023 بیشترین نوع پرونده‌های spesialutsendinger چه بود؟'],
    ['ar', 'ما هو أكثر نوع من الحالات عند spesialutsendinger في 2023؟'],
  ])('most common case type of the envoys (%s): %s', async (lang, text) => {
    await expectFigure(lang, [text], [['245'], ['[1]']]);
  });

  // Fear of forced marriage said in roman and script Urdu without 'forced' (Kompetanseteamet 2022: 113).
  it.each<[Lang, string]>([
    ['ur', 'Kompetanseteamet 2022: shadi ke khauf wale kitne cases the?'],
    ['ur', '2022 mein jabri shaadi ke dar ke kitne cases the Kompetanseteamet ke paas?'],
    ['ur', '2022 میں Kompetanseteamet کے پاس شادی کے ڈر والے کتنے کیس تھے؟'],
  ])('fear of forced marriage (%s): %s', async (lang, text) => {
    await expectFigure(lang, [text], [['113', '۱۱۳']]);
  });

  // Persons the inquiries covered (Kompetanseteamet 2008: 269), not the reach of a campaign.
  it.each<[Lang, string]>([
    ['uk', 'скільки осіб охоплювали справи Kompetanseteamet у 2008 році?'],
    ['ru', 'сколько человек охватывали обращения в Kompetanseteamet в 2008?'],
    ['pl', 'ilu osób dotyczyły zgłoszenia do Kompetanseteamet w 2008?'],
  ])('persons covered by inquiries (%s): %s', async (lang, text) => {
    await expectFigure(lang, [text], [['269']]);
  });

  // The share of Nora's traffic from social media (IMDi årsrapport 2023: 70 %), asked of users or visitors.
  it.each<[Lang, string]>([
    ['ti', 'ካብ ተጠቀምቲ Nora ክንደይ ሚእታዊት ካብ ማሕበራዊ ሚድያ ይመጹ?'],
    ['ru', 'какая доля людей на Nora пришла из соцсетей?'],
    ['tr', "Nora'ya gelenlerin yüzde kaçı sosyal medyadan geliyor?"],
    ['pl', 'jaki procent użytkowników Nory przychodzi z mediów społecznościowych?'],
    ['fa', 'چند درصد کاربران Nora از شبکه‌های اجتماعی میان؟'],
    ['ur', 'Nora ke kitne fisad users social media se aate hain?'],
  ])('share of traffic from social media (%s): %s', async (lang, text) => {
    await expectFigure(lang, [text], [['70']]);
  });

  // "The year after", as people say it, after a year's figure (Kompetanseteamet 2022: 891).
  it.each<[Lang, string, string]>([
    ['ar', 'كم قضية سجل Kompetanseteamet في 2021؟', 'والسنة اللي بعدها؟'],
    ['ar', 'قديش كان عدد الحالات عند Kompetanseteamet بـ 2021؟', 'طيب والسنة يلي بعدها؟'],
    ['fa', 'Kompetanseteamet در 2021 چند پرونده داشت؟', 'سال بعدیش چی؟'],
    ['ur', 'Kompetanseteamet ke paas 2021 mein kitne cases the?', 'aur agle saal?'],
    ['uk', 'скільки справ мав Kompetanseteamet у 2021?', 'а наступного року?'],
    ['ru', 'сколько дел было у Kompetanseteamet в 2021?', 'а в следующем году?'],
    ['pl', 'ile spraw miał Kompetanseteamet w 2021?', 'a kolejny rok?'],
    ['so', 'immisa kiis ayuu Kompetanseteamet lahaa 2021?', 'sanadkii ku xigay?'],
    ['tr', "Kompetanseteamet 2021'de kaç vaka aldı?", 'peki bir sonraki sene?'],
  ])('the year after (%s): %s → %s', async (lang, first, second) => {
    await expectFigure(lang, [first, second], [['891', '٨٩١', '۸۹۱']]);
  });

  // Somali 'imisa' (one m) asks a count after the advisers' article (59 advisers in 2023).
  it.each<[Lang, string, string]>([
    ['so', 'mangfoldsrådgiver ma jiraan xarumaha voksenopplæring?', 'imisa bay ahaayeen 2023?'],
    ['so', 'la taliyayaasha kala duwanaanshaha ma ka shaqeeyaan dugsiyada dadka waaweyn?', '2023 imisa ayay ahaayeen wadar ahaan?'],
    ['so', 'mangfoldsrådgiverne xaggee ka shaqeeyaan?', 'imisa ayay ahaayeen sanadkii 2023?'],
  ])('imisa after the advisers (%s): %s → %s', async (lang, first, second) => {
    await expectFigure(lang, [first, second], [['59']]);
  });

  // The gender-equality report named in Norwegian is the other source (897), never 'positions' (stilling).
  it.each<[Lang, string, string]>([
    ['en', 'according to the annual report, how many cases did mangfoldsrådgivere have in 2023?', 'but in the likestillingsrapport the number is something else, right? what is it?'],
    ['ur', 'سالانہ رپورٹ کے مطابق 2023 میں mangfoldsrådgivere کے کتنے کیس تھے؟', 'لیکن likestillingsrapport میں کتنے ہیں؟'],
    ['nb', 'hvor mange saker hadde mangfoldsrådgiverne i 2023 ifølge årsrapporten?', 'og i likestillingsredegjørelsen?'],
    ['pl', 'ile spraw mieli mangfoldsrådgivere w 2023 według raportu rocznego?', 'a w likestillingsrapport jest inna liczba? jaka?'],
  ])('the gender-equality report as the other source (%s)', async (lang, first, second) => {
    await expectFigure(lang, [first, second], [['897']]);
  });

  it('positions are still positions (nb: stillinger)', async () => {
    await expectFigure('nb', ['hvor mange stillinger fikk mangfoldsrådgiverne i 2024?'], [['6']]);
  });

  // KT, Kompetanseteamet's short name, with Turkish case endings: the history answer (coordination moved in 2008).
  it.each<[Lang, string]>([
    ['tr', "KT'nin koordinasyonu UDI'dan IMDi'ye ne zaman geçti?"],
    ['tr', 'KT ne zaman kuruldu?'],
    ['pl', 'kiedy koordynacja KT przeszła z UDI do IMDi?'],
    ['so', 'goorma ayuu KT ka wareegay UDI una wareegay IMDi?'],
    ['uk', 'коли координація KT перейшла від UDI до IMDi?'],
  ])('KT is Kompetanseteamet (%s): %s', async (lang, text) => {
    await expectFigure(lang, [text], [['2008'], ['2004']]);
  });

  // A site asked for beside a lesson (nobody in danger): Nora.
  it.each<[Lang, string, string[][]]>([
    ['tr', 'Öğretmenim, gençlerle aile baskısı hakkında konuşmak istiyorum, kimse tehlikede değil. Hangi siteyi tavsiye edersiniz? Öğretmenlere eğitim veren biri var mı?', [['Nora'], ['post@imdi.no', 'fagteam']]],
    ['tr', 'Öğrencilerim için haklarını anlatan bir site önerir misiniz?', [['Nora']]],
    ['pl', 'Jestem nauczycielką, przygotowuję lekcję o wolności. Jaką stronę polecacie dla młodzieży?', [['Nora']]],
    ['ru', 'Я учитель, готовлю урок о свободе выбора. Какой сайт посоветуете для подростков?', [['Nora']]],
    ['uk', 'Я вчителька, готую урок про свободу. Який сайт порадите для підлітків?', [['Nora']]],
  ])('a site for young people (%s): %s', async (lang, text, facts) => {
    await expectFigure(lang, [text], facts);
  });

  // A notice to write for parents (the kindergarten closed on a day) is an everyday task: declined.
  it.each<[Lang, string]>([
    ['ru', 'составьте объявление для родителей: садик закрыт в пятницу из-за ремонта'],
    ['uk', 'напишіть оголошення для батьків, що садочок закритий 1 травня, норвезькою'],
    ['tr', "velilere anaokulunun 17 Mayıs'ta kapalı olduğunu bildiren bir duyuru yazar mısın?"],
    ['ar', 'اكتب لي إعلان للأهالي أن الروضة مغلقة يوم 17 مايو بالنرويجي'],
    ['fa', 'یک اطلاعیه برای والدین بنویس که مهدکودک روز جمعه تعطیل است'],
    ['ur', 'والدین کے لیے نوٹس لکھ دیں کہ کنڈرگارٹن 17 مئی کو بند ہے'],
  ])('a notice to write is out of scope (%s): %s', async (lang, text) => {
    expectDeclined(await runner.turn(lang, [text]), lang);
  });

  // Its twin: the same request with a child harmed and threatened keeps the emergency card.
  it('a notice request that tells of a child beaten and threatened is a danger (ru)', async () => {
    const view = await runner.turn('ru', ['напишите объявление для родителей: девочку из группы отец бьёт и угрожает увезти, что нам делать?']);
    expect(view.emergency).toBe(true);
  });
});
