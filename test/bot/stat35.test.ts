import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { expectCalmByTheRules } from '../helpers/danger-alarm';

/**
 * Statistics that answer exactly what was asked, in every language (issue #13, stat35). Our own probes, typed as
 * people type them; each is calm and answered in its language with the facts shown (no "did you mean", no "cannot
 * answer"), and each class has its neighbour twins below.
 *  O: the countries the cases came from, asked in idioms ("откуда чаще всего", "звідки найчастіше", "سب سے عام ممالک",
 *     "en çok nereden", "skąd najczęściej", "بیشتر از کجا"): the published order of the countries of origin.
 *  K: Kompetanseteamet's 2023 cases: the press release's 1 137, and plainly that the annual material publishes no 2023
 *     figure (891 in 2022 is its latest).
 *  H: a figure of a history year asked with a word the history also uses ("скільки осіб охоплювали звернення"): the
 *     figures; the 2008 advisers' ages with their headcount.
 *  W: words for what is counted: "چند مورد" (cases), "szkoleń" (trainings), national resource environments,
 *     "sivil toplum projeleri … ulusal / yerel", "got money … and how many in total".
 *  S: a share asked beside a count ("what share … and how many views"): both figures.
 *  B: a split that is not published (boys among the cases, cases from Afghanistan): said first, then what is published.
 *  U: when IMDi took over Kompetanseteamet's coordination, asked in Urdu as typed (romanized or in its script): the history.
 *  F: "are many controlled by their family — are there numbers?": the published figures on negative social control.
 */
describe('statistics that answer exactly what was asked (stat35)', () => {
  const runner = conversationRunnerPerFile();

  it.each<[string, Lang, string, string[][]]>([
    ['O-ru-envoys', 'ru', 'у спецпредставителей в 2023 откуда чаще всего были дела', [['245'], ['Росси']]],
    ['O-ru-advisers', 'ru', 'сколько дел было у мангфолдс-советников в 2023 году и откуда в основном?', [['899'], ['Афганистан']]],
    ['O-uk-envoys', 'uk', 'скільки справ мали спецпредставники у 2023 і звідки найчастіше?', [['245'], ['Росі']]],
    ['O-ur-advisers', 'ur', '2023 میں mangfoldsrådgivere کے کیسز زیادہ تر ممالک کون سے تھے؟', [['899'], ['افغانستان']]],
    ['O-ur-roman', 'ur', 'spesialutsendinger ke cases 2023 mein sab se aam mulk kaun se the?', [['245'], ['روس']]],
    ['O-tr-envoys', 'tr', "2023'te özel temsilcilerin vakaları en çok nereden geliyordu?", [['245'], ['Rusya']]],
    ['O-pl-envoys', 'pl', 'skąd najczęściej pochodziły sprawy specjalnych wysłanników w 2023?', [['245'], ['Rosja']]],
    ['O-fa-envoys', 'fa', 'پرونده‌های نمایندگان ویژه در ۲۰۲۳ بیشتر از کجا بودند؟', [['245'], ['روسیه']]],
    ['K-nb', 'nb', 'hvor mange saker fikk kompetanseteamet i fjor 2023?', [['1 137'], ['ikke publisert'], ['891']]],
    ['K-en', 'en', 'how many cases did the competence team handle in 2023', [['1 137'], ['no published figure'], ['891']]],
    ['K-ru', 'ru', 'сколько обращений получил Kompetanseteamet в 2023 году?', [['1 137'], ['не опубликовано'], ['891']]],
    ['K-pl', 'pl', 'ile spraw miał Kompetanseteamet w 2023?', [['1137', '1 137'], ['nie opublikowano'], ['891']]],
    ['H-uk-2006', 'uk', 'скільки людей охоплювали звернення до Kompetanseteamet у 2006?', [['129']]],
    ['H-ru-2007', 'ru', 'сколько человек охватывали обращения в Kompetanseteamet в 2007 году?', [['196']]],
    ['H-pl-2008', 'pl', 'ilu osób dotyczyły zapytania do Kompetanseteamet w 2008?', [['269']]],
    ['H-en-age', 'en', 'how many minority advisers were hired in 2008 and how old were they', [['30'], ['24'], ['62']]],
    ['H-pl-age', 'pl', 'ilu doradców ds. mniejszości zatrudniono w 2008 i w jakim byli wieku?', [['30'], ['24']]],
    ['W-fa-cases', 'fa', 'مشاوران تنوع در ۲۰۲۳ چند مورد داشتند؟', [['899', '۸۹۹']]],
    ['W-pl-trainings', 'pl', 'ile szkoleń mieli doradcy ds. różnorodności w 2023', [['200']]],
    ['W-pl-trainings-2', 'pl', 'doradcy ds. różnorodności – ile szkoleń zrobili w zeszłym roku 2023?', [['200']]],
    ['W-tr-local', 'tr', "2023'te kaç sivil toplum projesi yereldi?", [['111']]],
    ['W-tr-both', 'tr', 'sivil toplum projeleri 2023: kaç ulusal kaç yerel?', [['18'], ['111']]],
    ['W-ru-resource', 'ru', 'сколько организаций получили деньги как национальные ресурсные среды в 2023 и сколько всего?', [['14'], ['37,5']]],
    ['W-uk-resource', 'uk', 'скільки організацій були національними ресурсними середовищами у 2023?', [['14']]],
    ['W-tr-resource', 'tr', "2023'te kaç kuruluş ulusal kaynak ortamı olarak destek aldı?", [['14']]],
    ['W-pl-money', 'pl', 'ile pieniędzy dostały krajowe środowiska zasobów w 2024?', [['37,51']]],
    ['S-nb', 'nb', 'hvor stor andel av trafikken til Nora kom fra sosiale medier, og hvor mange visninger fikk sommerkampanjen i 2023?', [['70'], ['2 358 198']]],
    ['S-nn', 'nn', 'kor stor del av trafikken til nora kjem frå sosiale medium? og kor mange visingar fekk sommarkampanja 2023', [['70'], ['2 358 198']]],
    ['B-nb-boys', 'nb', 'hvor mange av sakene til spesialutsendingene i 2023 gjaldt gutter?', [['245'], ['ikke publisert']]],
    ['B-fa-somalia', 'fa', 'نمایندگان ویژه سال ۲۰۲۳ چند مورد مربوط به سومالی داشتند؟', [['245'], ['ندارم']]],
    ['F-nb', 'nb', 'er det mange i Norge som blir kontrollert av familien sin? finnes det tall på det?', [['899'], ['891']]],
    ['U-ur-roman', 'ur', 'Kompetanseteamet ki coordination IMDi ko kab mili?', [['2008'], ['UDI']]],
    ['U-ur-script', 'ur', 'کمپیٹنس ٹیم (Kompetanseteamet) کی رابطہ کاری IMDi کو کب ملی اور پہلے کس کے پاس تھی؟', [['2008'], ['UDI']]],
    ['F-en', 'en', 'are there many people in norway who are controlled by their family? are there numbers on that?', [['899'], ['891']]],
    // stat35b: a which/where question beside a count in a history year keeps the history (the cities, the members).
    ['R-uk-cities', 'uk', 'скільки радників з інтеграції було при посольствах у 2008 і в яких містах?', [['Коломбо', 'Colombo'], ['Рабат', 'Rabat']]],
    ['R-ru-orgs', 'ru', 'сколько было членов Kompetanseteamet в 2008 году и какие организации туда входили?', [['UDI'], ['Bufdir']]],
    // stat35b: "which organisations" in Dari, colloquial or written, asks who sat in the team, not how many organisations.
    ['R-fa-which', 'fa', 'سال ۲۰۰۸ کدوم سازمانها تو Kompetanseteamet بودن؟', [['UDI'], ['Bufdir']]],
    ['R-fa-which-2', 'fa', 'Kompetanseteamet در ۲۰۰۸ از چه سازمان‌هایی بود؟', [['UDI'], ['Bufdir']]],
    // …while "how many organisations" is still a count.
    ['R-fa-count', 'fa', 'چند سازمان در ۲۰۲۳ به عنوان محیط منابع ملی پول گرفتند؟', [['14', '۱۴']]],
    // stat35b: sent out of the country against one's will, with a figure asked: involuntary stays abroad.
    ['A-nb', 'nb', 'blir mange unge sendt ut av landet mot sin vilje? har dere noen tall', [['245'], ['113']]],
    ['A-nn', 'nn', 'kor mange vert sende ut or landet mot viljen sin? finst det tal på det', [['245'], ['113']]],
    ['A-en', 'en', 'are lots of kids taken out of the country against their will, are there any figures?', [['245'], ['113']]],
    // stat35b: a share asked in its own sentence after an amount adds the share to the amount.
    ['P-nb', 'nb', 'hvor mye fikk frivillige organisasjoner til forebygging av tvangsekteskap i 2023? og hvor stor andel var det', [['10,4'], ['28']]],
    ['P-nb-2', 'nb', 'hvor mye penger ga imdi til frivillige org mot negativ sosial kontroll i 2023? hvor stor andel av tilskuddet utgjorde det', [['10,4'], ['28']]],
    ['P-nn', 'nn', 'kor mykje fekk frivillige organisasjonar til førebygging av tvangsekteskap i 2023? og kor stor del var det', [['10,4'], ['28']]],
  ])('%s', async (_id, lang, message, facts) => {
    const view = await runner.turn(lang, [message]);
    expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, language: view.replyLanguage, emergency: view.emergency }).toEqual({ didYouMean: false, cannotAnswer: false, language: lang, emergency: false });
    expectCalmByTheRules(view, message, lang);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  });

  describe('the neighbour twins', () => {
    it.each<[string, Lang, string, string[], string[]]>([
      // "sent out of the country" is no country of origin: the campaign's views, not "no figures by country".
      ['out-of-the-country-nb', 'nb', 'hvor mange visninger fikk sommerkampanjen om unge som blir sendt ut av landet', ['2 358 198'], ['opprinnelsesland', 'opphavsland']],
      ['out-of-the-country-nn', 'nn', 'kor mange såg kampanja mot at unge vert sende ut av landet i 2023?', ['2 358 198'], ['opphavsland']],
      // A then-word of the history with no figure phrase keeps the history (the 2008 posts and members).
      ['history-covered-uk', 'uk', 'які країни охоплювали посольства у 2008 році?', ['Коломбо'], []],
      ['history-members-uk', 'uk', 'хто входив до Kompetanseteamet у 2008?', ['Bufdir'], []],
      // A then-word the statistics words also read ("в каких городах", which cities), with no "how many": the history.
      ['history-cities-ru', 'ru', 'в каких городах были советники по интеграции при посольствах в 2008 году?', ['Коломбо'], []],
      ['history-cities-tr', 'tr', '2008 yılında entegrasyon danışmanları hangi şehirlerdeki büyükelçiliklerdeydi?', ['Colombo', 'Kolombo'], []],
      // A count asked of the 2008 advisers without their age: the figure alone.
      ['headcount-nb', 'nb', 'hvor mange minoritetsrådgivere ble ansatt i 2008', ['30'], ['fordelt på alder']],
      // Kompetanseteamet's 2022 figure is in the annual material: no "not published" for it.
      // "When did we get the number?" asks for the number, not when the coordination moved.
      ['number-ur', 'ur', 'Kompetanseteamet ka number kab mila? mujhe unka phone number chahiye', ['478 09 050'], []],
      ['kt-2022-nb', 'nb', 'hvor mange saker hadde kompetanseteamet i 2022', ['891'], ['ikke publisert']],
      // stat35b: what "sent out of the country against one's will" means, with no figure asked: the article, no figures.
      ['out-of-the-country-calm-nb', 'nb', 'hva betyr det når noen blir sendt ut av landet mot sin vilje?', ['utenlandsopphold'], ['245', '113']],
    ])('%s', async (_id, lang, message, present, absent) => {
      const view = await runner.turn(lang, [message]);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(view.emergency).toBe(false);
      expect([present, containsFact(view.texts, present)]).toEqual([present, true]);
      for (const word of absent) expect([word, containsFact(view.texts, [word])]).toEqual([word, false]);
    });

    it.each<[Lang, string]>([
      ['nb', 'jeg blir kontrollert av familien min, hva kan jeg gjøre?'],
      ['en', 'my friend is controlled by her family, who can help her?'],
    ])('%s "%s": a person controlled by the family asks for help, not figures', async (lang, message) => {
      const view = await runner.turn(lang, [message]);
      expect(containsFact(view.texts, ['899'])).toBe(false);
      expect(containsFact(view.texts, ['891'])).toBe(false);
    });
  });
});
