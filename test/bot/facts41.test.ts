import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * facts41 (issue #13, facts and statistics answered exactly). Our own probes, none of them a tuned set's sentence;
 * every figure below is in content/stats/published.json with its seed and lines (IMDi årsrapport 2008 and 2023).
 * The classes:
 *  (a) "national resource organisations" name the national resource environments (2023: 14 organisations, NOK 37.5 m),
 *      not the regional resource centres (RVTS); "what was the total amount / загальна сума / toplam tutar" beside a
 *      count asks the amount as well (stats words in nb, nn, en and the nine other languages);
 *  (b) an adviser part asked beside another service for 2008 is answered by the joint 2008 figure of the minority and
 *      integration advisers (forced marriages that took place: Kompetanseteamet 50, the advisers 14), said to be joint;
 *  (c) a growth asked with no service ("how much did the number of persons grow 2007→2008?") is drawn within the
 *      service with both ends (Kompetanseteamet 196 → 269), not beside the 2008 advisers' 391 (session 40's note);
 *  (d) "and the minority advisers in that same year?" after a figure is the same figure of the service named, not
 *      the advisers' article (session 40's note), in the twelve languages' "same year" words;
 *  (e) "and the minority advisers, June to December 2008?" after case-type figures (fear of forced marriage) keeps
 *      the case types for the service and period named (63 fear, 14 taken place), in the twelve languages;
 *  (f) a second count of another kind asked beside a split of the cases ("how many lectures in 2008, and how many of
 *      the June 2008 cases came from the minority advisers?"): about 40 lectures beside the 18 of 28 (session 40's
 *      note on gb108-163's class: the month named beside one clause made the whole message June 2008), and the note
 *      "for some years the source counts …" only beside figures of that count.
 * Calm twins: every question here is about figures and stays calm; danger told in a follow-up keeps the card.
 */
type Probe = readonly [Lang, readonly string[], readonly (readonly string[])[]];

const NOK_37_5 = ['37,5', '37.5', '37٫5'];

const resourceOrganisations: readonly Probe[] = [
  ['en', ['How many national resource organisations received grants in 2023, and what was the total amount?'], [['14'], NOK_37_5]],
  ['en', ['Number of national resource organisations funded in 2023?'], [['14']]],
  ['nb', ['Hvor mange nasjonale ressursorganisasjoner fikk penger i 2023, og hva var samlet beløp?'], [['14'], NOK_37_5]],
  ['nn', ['Kor mange nasjonale ressursorganisasjonar fekk pengar i 2023, og kva var samla beløp?'], [['14'], NOK_37_5]],
  ['uk', ['Скільки національних ресурсних організацій отримали гранти у 2023 році і яка загальна сума?'], [['14'], NOK_37_5]],
  ['ru', ['Сколько национальных ресурсных организаций получили гранты в 2023 году и какова общая сумма?'], [['14'], NOK_37_5]],
  ['tr', ["2023'te kaç ulusal kaynak kuruluşu hibe aldı ve toplam tutar neydi?"], [['14'], NOK_37_5]],
  ['pl', ['Ile krajowych organizacji zasobowych dostało dotacje w 2023 i jaka była całkowita kwota?'], [['14'], NOK_37_5]],
  ['ar', ['كم عدد منظمات الموارد الوطنية التي نالت منحًا في 2023 وما هو المبلغ الإجمالي؟'], [['14'], NOK_37_5]],
  ['fa', ['در سال 2023 چند سازمان منابع ملی کمک مالی گرفتند و کل مبلغ چقدر بود؟'], [['14'], NOK_37_5]],
  ['ur', ['2023 میں کتنی قومی ریسورس تنظیموں کو گرانٹ ملی اور کل رقم کتنی تھی؟'], [['14'], NOK_37_5]],
  ['so', ['Sannadkii 2023 immisa ururada kheyraadka qaranka ayaa deeq helay, wadarta lacagtuna immisa ahayd?'], [['14'], NOK_37_5]],
  ['ti', ['ኣብ 2023 ክንደይ ሃገራውያን ውድባት ጸጋ ሓገዝ ረኺቦም፡ ጠቕላላ ገንዘብ ክንደይ ነይሩ?'], [['14'], NOK_37_5]],
];

const jointBesideAnother: readonly Probe[] = [
  ['en', ['For 2008, how many already-concluded forced marriages did Kompetanseteamet and the minority advisers each register?'], [['50'], ['14']]],
  ['nb', ['Hvor mange saker om inngåtte tvangsekteskap hadde Kompetanseteamet og minoritetsrådgiverne hver i 2008?'], [['50'], ['14']]],
  ['tr', ["2008 yılında Kompetanseteamet'te ve azınlık danışmanlarında kaç gerçekleşmiş zorla evlilik vakası vardı?"], [['50'], ['14']]],
];

const sameYear: readonly Probe[] = [
  ['en', ['How many cases did Kompetanseteamet have in 2008?', 'and the minority advisers in that same year?'], [['381']]],
  ['nb', ['Hvor mange saker hadde Kompetanseteamet i 2008?', 'og minoritetsrådgiverne samme år?'], [['381']]],
  ['nn', ['Kor mange saker hadde Kompetanseteamet i 2008?', 'og minoritetsrådgjevarane same året?'], [['381']]],
  ['ru', ['Сколько дел было у Kompetanseteamet в 2008 году?', 'а у советников по делам меньшинств в том же году?'], [['381']]],
  ['uk', ['Скільки справ мав Kompetanseteamet у 2008 році?', 'а радники з питань меншин того ж року?'], [['381']]],
  ['pl', ['Ile spraw miał Kompetanseteamet w 2008 roku?', 'a doradcy ds. mniejszości w tym samym roku?'], [['381']]],
  ['tr', ["Kompetanseteamet'in 2008'de kaç vakası vardı?", 'peki azınlık danışmanlarının aynı yıl?'], [['381']]],
  ['ar', ['كم عدد حالات Kompetanseteamet في 2008؟', 'وماذا عن مستشاري الأقليات في نفس السنة؟'], [['381']]],
  ['fa', ['Kompetanseteamet در سال 2008 چند پرونده داشت؟', 'و مشاوران اقلیت در همان سال؟'], [['381']]],
  ['ur', ['2008 میں Kompetanseteamet کے پاس کتنے کیس تھے؟', 'اور اقلیتی مشیروں کے پاس اسی سال؟'], [['381']]],
  ['so', ['Immisa kiis ayuu Kompetanseteamet lahaa 2008?', 'oo la-taliyayaasha laga-tirada-yar isla sanadkaas?'], [['381']]],
  ['ti', ['Kompetanseteamet ኣብ 2008 ክንደይ ጉዳያት ነይርዎ?', 'ኣማኸርቲ ውሑዳትከ ኣብ ተመሳሳሊ ዓመት?'], [['381']]],
  ['en', ['How many cases did the diversity advisers have in 2023?', 'and the envoys in the same year?'], [['245']]],
];

const caseTypesKept: readonly Probe[] = [
  ['en', ['In 2008, how many Kompetanseteamet cases concerned fear of forced marriage, and how many forced marriages that had taken place?', 'and the minority advisers from June to December 2008?'], [['63'], ['14']]],
  ['nb', ['Hvor mange saker om frykt for tvangsekteskap hadde Kompetanseteamet i 2008?', 'og minoritetsrådgiverne juni–desember 2008?'], [['63']]],
  ['nn', ['Kor mange saker om frykt for tvangsekteskap hadde Kompetanseteamet i 2008?', 'og minoritetsrådgjevarane juni–desember 2008?'], [['63']]],
  ['ru', ['Сколько дел о страхе принудительного брака было у Kompetanseteamet в 2008 году?', 'а у советников по делам меньшинств с июня по декабрь 2008?'], [['63']]],
  ['uk', ['Скільки справ про страх примусового шлюбу мав Kompetanseteamet у 2008 році?', 'а радники з питань меншин з червня по грудень 2008?'], [['63']]],
  ['pl', ['Ile spraw dotyczących obawy przed małżeństwem z przymusu miał Kompetanseteamet w 2008?', 'a doradcy ds. mniejszości od czerwca do grudnia 2008?'], [['63']]],
  ['tr', ["2008'de Kompetanseteamet'in kaç vakası zorla evlilik korkusuyla ilgiliydi?", 'peki azınlık danışmanlarının Haziran–Aralık 2008?'], [['63']]],
  ['ar', ['كم عدد حالات Kompetanseteamet المتعلقة بالخوف من الزواج القسري في 2008؟', 'وماذا عن مستشاري الأقليات من يونيو إلى ديسمبر 2008؟'], [['63']]],
  ['fa', ['Kompetanseteamet در سال 2008 چند پرونده درباره ترس از ازدواج اجباری داشت؟', 'و مشاوران اقلیت از ژوئن تا دسامبر 2008؟'], [['63']]],
  ['ur', ['2008 میں Kompetanseteamet کے کتنے کیس جبری شادی کے خوف کے بارے میں تھے؟', 'اور اقلیتی مشیر جون سے دسمبر 2008؟'], [['63']]],
  ['so', ['2008 Kompetanseteamet, imisa kiis ayaa ahaa cabsi guur qasab?', 'oo la-taliyayaasha laga-tirada-yar June ilaa December 2008?'], [['63']]],
  ['ti', ['ኣብ 2008 ክንደይ ጉዳያት Kompetanseteamet ብዛዕባ ፍርሒ ግዱድ መርዓ ነይሮም?', 'ኣማኸርቲ ውሑዳትከ ካብ ሰነ ክሳብ ታሕሳስ 2008?'], [['63']]],
];

const lecturesBesideReferrers: readonly Probe[] = [
  ['en', ['Kompetanseteamet in 2008: how many lectures did it hold, and how many of the June 2008 cases were sent by minority advisers?'], [['40'], ['18']]],
  ['nb', ['Hvor mange foredrag holdt Kompetanseteamet i 2008, og hvor mange av sakene i juni 2008 kom fra minoritetsrådgiverne?'], [['40'], ['18']]],
  ['nn', ['Kor mange føredrag heldt Kompetanseteamet i 2008, og kor mange av sakene i juni 2008 kom frå minoritetsrådgjevarane?'], [['40'], ['18']]],
  ['ru', ['Сколько лекций провёл Kompetanseteamet в 2008 году и сколько из дел в июне 2008 пришло от советников по делам меньшинств?'], [['40'], ['18']]],
  ['uk', ['Скільки лекцій провів Kompetanseteamet у 2008 році і скільки справ у червні 2008 надійшло від радників з питань меншин?'], [['40'], ['18']]],
  ['pl', ['Ile wykładów wygłosił Kompetanseteamet w 2008 roku i ile spraw w czerwcu 2008 przyszło od doradców ds. mniejszości?'], [['40'], ['18']]],
  ['tr', ['Kompetanseteamet 2008\'de kaç konferans verdi ve Haziran 2008 vakalarından kaçı azınlık danışmanlarından geldi?'], [['40'], ['18']]],
  ['ar', ['كم محاضرة قدم Kompetanseteamet في 2008، وكم من حالات يونيو 2008 جاءت من مستشاري الأقليات؟'], [['40'], ['18']]],
  ['fa', ['Kompetanseteamet در سال 2008 چند سخنرانی داشت و چند پرونده در ژوئن 2008 از مشاوران اقلیت آمد؟'], [['40'], ['18']]],
  ['ur', ['Kompetanseteamet نے 2008 میں کتنے لیکچر دیے، اور جون 2008 کے کتنے کیس اقلیتی مشیروں سے آئے؟'], [['40'], ['18']]],
  ['so', ['Kompetanseteamet immisa muxaadaro ayuu bixiyay 2008, immisa kiis oo June 2008 ah ayaa ka yimid la-taliyayaasha laga-tirada-yar?'], [['40'], ['18']]],
  ['ti', ['Kompetanseteamet ኣብ 2008 ክንደይ መደረታት ሂቡ፡ ካብ ጉዳያት ሰነ 2008 ድማ ክንደይ ካብ minoritetsrådgivere መጺኦም?'], [['40'], ['18']]],
];

describe('facts41: statistics answered exactly', () => {
  const runner = conversationRunnerPerFile();

  const expectFigures = async (lng: Lang, turns: readonly string[], facts: readonly (readonly string[])[]): Promise<void> => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.emergency, view.didYouMean]).toEqual([turns, false, false]);
    expect([turns, facts.filter((f) => !containsFact(view.texts, f))]).toEqual([turns, []]);
  };

  it.each(resourceOrganisations)('(a) national resource organisations, count and amount (%s): %j', expectFigures, 120_000);
  it.each(jointBesideAnother)('(b) the 2008 advisers beside Kompetanseteamet are the joint figure (%s): %j', expectFigures, 120_000);
  it.each(sameYear)('(d) "the same year" after a figure is that figure of the service named (%s): %j', expectFigures, 120_000);
  it.each(caseTypesKept)('(e) the case types are kept for the advisers June–December 2008 (%s): %j', expectFigures, 120_000);

  it.each(lecturesBesideReferrers)('(f) lectures beside the June 2008 referrers (%s): %j', expectFigures, 120_000);

  it('(f) no "counts inquiries" note where no inquiries are shown', async () => {
    const view = await runner.turn('nb', 'Hvor mange foredrag holdt Kompetanseteamet i 2008, og hvor mange av sakene i juni 2008 kom fra minoritetsrådgiverne?');
    expect(view.texts.join('\n')).not.toMatch(/teller kilden henvendelser/u);
  });

  it('(b) the joint figure is said to be joint, each figure under its own service', async () => {
    const view = await runner.turn('en', 'For 2008, how many already-concluded forced marriages did Kompetanseteamet and the minority advisers each register?');
    const text = view.texts.join('\n');
    expect(text).toContain('The figure covers the minority and integration advisers together.');
    expect(text).not.toMatch(/I don't have figures for cases about forced marriage/u);
  });

  it.each<readonly [Lang, string]>([
    ['en', 'how much did the number of persons grow from 2007 to 2008?'],
    ['nb', 'hvor mye økte antall personer fra 2007 til 2008?'],
  ])('(c) a growth with no service is drawn within one service: 196 → 269, not the advisers\' 391 (%s)', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['196'])).toBe(true);
    expect(containsFact(view.texts, ['269'])).toBe(true);
    expect(containsFact(view.texts, ['391'])).toBe(false);
  }, 120_000);

  it('(a) "national resource organisations" are not the regional resource centres', async () => {
    const view = await runner.turn('en', 'Number of national resource organisations funded in 2023?');
    expect(view.texts.join('\n')).not.toMatch(/\bRVTS\b/u);
  });

  // Calm twins and safety: a follow-up that tells danger keeps the card before any figure.
  it.each<readonly [Lang, readonly string[]]>([
    ['nb', ['Hvor mange saker om frykt for tvangsekteskap hadde Kompetanseteamet i 2008?', 'og nå er eleven min sendt til Pakistan for å giftes i morgen, hva gjør jeg?']],
    ['en', ['How many cases did Kompetanseteamet have in 2008?', 'my sister is being taken abroad to marry tomorrow, same year as that?']],
  ])('danger told in a follow-up keeps the emergency card (%s): %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['112'])).toBe(true);
  }, 120_000);

  it.each<readonly [Lang, readonly string[]]>([
    ['en', ['How many FGM cases did Kompetanseteamet have in 2022?', 'and the envoys?']],
    ['nb', ['Hvor mange saker hadde Kompetanseteamet i 2008?', 'og spesialutsendingene samme år, i undervisningen min?']],
    ['en', ['What is a national resource environment?', 'how many national resource organisations were there in 2023?']],
  ])('calm twin: figures questions stay calm (%s): %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.emergency]).toEqual([turns, false]);
  }, 120_000);
});
