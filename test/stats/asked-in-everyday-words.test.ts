import { containsFact, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { listedYears, parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Statistics asked as people ask them (issue #13): exactly what was asked, and in everyday words rather than the bot's
 * terms, through the readers and through the real bot. One app for the file (test/helpers/test-app.ts); a describe per
 * class, each the former file named in its first line.
 */

// (was asked-exactly.test.ts)
describe('answer exactly what was asked: two years, a case type in other words, the total after a part (session 18)', () => {
  /**
   * Issue #13 §4, "answer exactly what was asked", for the statistics classes of session 18: two years in one question
   * are those two years; a case type told in other words is that case type's figure; "and the total that year?" after a
   * part of a figure is the whole figure for the same year; a question for the project or report the figure is for does
   * not make projects what is counted; a working-life count with no service named is no figures question.
   */

  const now = new Date('2026-12-04T12:00:00Z');
  const read = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), now, lng)?.query;

  describe('what is counted, and for which years', () => {
    it.each<[string, Lang]>([
      ['Til eit skuleprosjekt: kor mange saker hadde Kompetanseteamet i 2016 og 2022?', 'nn'],
      ['For my school project, how many cases did Kompetanseteamet get in 2016 and 2021?', 'en'],
      ['Для шкільного проєкту: скільки справ розглянув Kompetanseteamet у 2018 та 2021 роках?', 'uk'],
    ])('the count right after "how many" is counted, not the project the question is for: %s', (text, lng) => {
      expect(read(text, lng)).toMatchObject({ service: 'kompetanseteamet', metric: 'cases' });
    });

    it.each<[string, Lang, number[]]>([
      ['Hvor mange saker hadde Kompetanseteamet i 2018 og i 2021?', 'nb', [2018, 2021]],
      ['Kompetanseteamet cases in 2016, 2018 and 2022?', 'en', [2016, 2018, 2022]],
      ['Сколько дел было у Kompetanseteamet в 2016 и 2018 годах?', 'ru', [2016, 2018]],
      ['Ile spraw miał Kompetanseteamet w 2016 i 2021 roku?', 'pl', [2016, 2021]],
      ['كم عدد الحالات لدى Kompetanseteamet في عامي 2018 و2022؟', 'ar', [2018, 2022]],
      ['Immisa kiis ayuu Kompetanseteamet lahaa 2016 iyo 2021?', 'so', [2016, 2021]],
    ])('years listed one by one are the years asked: %s', (text, lng, years) => {
      expect(read(text, lng)).toMatchObject({ years, fromYear: years[0], toYear: years[years.length - 1] });
    });

    it.each<[string, Lang]>([
      ['how many cases did Kompetanseteamet have between 2018 and 2022?', 'en'],
      ['Kor mange saker hadde Kompetanseteamet frå 2016 til 2021?', 'nn'],
      ['Сколько дел было у Kompetanseteamet между 2016 и 2022 годами?', 'ru'],
    ])('a span is every year of it, not a list: %s', (text, lng) => {
      const query = read(text, lng);
      expect(query?.fromYear).toBeLessThan(query?.toYear ?? 0);
      expect(query?.years).toBeUndefined();
    });

    it('a list needs two years and no other year named beside it', () => {
      expect(listedYears('saker i 2022')).toBeUndefined();
      expect(listedYears('saker i 2018 og 2022')).toEqual([2018, 2022]);
      expect(listedYears('mellom 2018 og 2022')).toBeUndefined();
      expect(listedYears('2004–2008 og 2016 og 2018')).toBeUndefined();
    });
  });

  describe('an involuntary stay abroad told in other words is that case type', () => {
    it.each<[string, Lang]>([
      ['How many of the cases Kompetanseteamet had in 2022 were about a person held abroad against their will?', 'en'],
      ['hvor mange saker i 2022 hadde kompetanseteamet om unge som ble etterlatt i utlandet?', 'nb'],
      ['kor mange saker i 2022 galdt folk som vart haldne att i utlandet mot viljen sin, hos kompetanseteamet?', 'nn'],
      ['Сколько дел у Kompetanseteamet в 2022 году касалось людей, которых удерживали за рубежом?', 'ru'],
      ['Скільки справ у Kompetanseteamet у 2022 році стосувалися людей, яких утримували за кордоном?', 'uk'],
      ['Ile spraw w 2022 Kompetanseteamet prowadził o osoby przetrzymywane za granicą?', 'pl'],
      ['كم حالة في 2022 لدى Kompetanseteamet عن أشخاص عالقين في الخارج؟', 'ar'],
      ['2022 میں Kompetanseteamet کے کتنے کیس ایسے تھے جن میں لوگوں کو غیر ملک میں روکا گیا؟', 'ur'],
      ['Sanadkii 2022 immisa kiis ayuu Kompetanseteamet lahaa oo dad dibadda lagu hayo?', 'so'],
    ])('%s', (text, lng) => {
      expect(read(text, lng)).toMatchObject({ service: 'kompetanseteamet', metric: 'cases', fromYear: 2022, breakdown: 'case-type', category: 'involuntary-stay-abroad' });
    });
  });

  describe('the other case types in everyday words', () => {
    it.each<[string, Lang, string]>([
      ['Ile spraw dotyczących kontroli społecznej prowadził Kompetanseteamet w 2022?', 'pl', 'negative-social-control'],
      ['Сколько дел о социальном контроле было у Kompetanseteamet в 2022?', 'ru', 'negative-social-control'],
      ['2022 میں Kompetanseteamet کے پاس زبردستی شادی کے کتنے کیس تھے؟', 'ur', 'forced-marriage'],
      ['how many Kompetanseteamet cases in 2022 were about young people forced into marriage?', 'en', 'forced-marriage'],
      ['how many 2022 cases did Kompetanseteamet have of girls scared of being made to marry?', 'en', 'fear-of-forced-marriage'],
    ])('%s', (text, lng, category) => {
      expect(read(text, lng)).toMatchObject({ service: 'kompetanseteamet', fromYear: 2022, breakdown: 'case-type', category });
    });
  });

  describe('a count about working life with no service named is no figures question', () => {
    it.each<[string, Lang]>([
      ['what are the rules on sick leave without a doctor, how many days a year?', 'en'],
      ['hvor mange dager egenmelding har man rett på?', 'nb'],
      ['ile dni urlopu chorobowego przysługuje pracownikowi w Norwegii?', 'pl'],
    ])('%s', (text, lng) => {
      expect(read(text, lng)).toBeUndefined();
    });

    it("IMDi's own sick leave, named, is still its figure", () => {
      expect(read('hvor høyt var sykefraværet hos IMDi i 2025?', 'nb')).toMatchObject({ service: 'imdi', metric: 'sick-leave', fromYear: 2025 });
    });
  });

  describe('through the bot', () => {
    const runner = conversationRunnerPerFile();

    async function lastTurn(lang: Lang, turns: string[]) {
      const run = await runner.converse({ lang, turns });
      return readTurn(run.replies, runner.markers);
    }

    it.each<[Lang, string, string]>([
      ['nb', 'Hvor mange saker om kjønnslemlestelse hadde Kompetanseteamet i 2022?', 'og hvor mange var det totalt det året?'],
      ['nn', 'Kor mange saker om negativ sosial kontroll hadde Kompetanseteamet i 2022?', 'og totalt?'],
      ['en', 'How many FGM cases did Kompetanseteamet have in 2022?', 'ok and the overall number for that year?'],
      ['uk', 'Скільки справ про погрози та насильство мав Kompetanseteamet у 2022?', 'а скільки загалом того року?'],
      ['ru', 'Сколько дел о женском обрезании было у Kompetanseteamet в 2022 году?', 'а всего за тот год?'],
      ['ar', 'كم حالة ختان الإناث كانت لدى Kompetanseteamet في 2022؟', 'وكم الإجمالي في ذلك العام؟'],
      ['so', 'Immisa kiis oo gudniin ah ayuu Kompetanseteamet lahaa 2022?', 'wadar ahaan sanadkaas?'],
      ['tr', "Kompetanseteamet'in 2022'deki kadın sünneti vakası kaç?", 'peki o yıl toplam kaç vaka?'],
    ])('%s: the total after a case type is the whole figure of that year (891 in 2022)', async (lang, first, then) => {
      const view = await lastTurn(lang, [first, then]);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(view.replyLanguage).toBe(lang);
      expect(containsFact(view.texts, ['891'])).toBe(true);
    });

    it.each<[Lang, string]>([
      ['nb', 'hvor mange skilsmisser var det i Norge i 2021?'],
      ['en', 'how many burglaries were reported in Bergen in 2021?'],
      ['pl', 'ile było kradzieży w Oslo w 2022?'],
      ['ar', 'كم حالة طلاق سجلت في النرويج في 2021؟'],
      ['tr', "2022'de Norveç'te kaç kızamık vakası görüldü?"],
      ['ru', 'сколько было краж в Осло в 2021 году?'],
    ])('%s: a count of an everyday matter is declined, not answered with our case figures', async (lang, text) => {
      const view = await lastTurn(lang, [text]);
      expect(view.didYouMean || view.cannotAnswer).toBe(true);
      expect(view.answers).toBe(0);
    });

    it('two years asked: those two years, not the one between them', async () => {
      const view = await lastTurn('en', ['How many cases did Kompetanseteamet handle in 2018 and 2022?']);
      expect(containsFact(view.texts, ['595'])).toBe(true);
      expect(containsFact(view.texts, ['891'])).toBe(true);
      expect(containsFact(view.texts, ['759'])).toBe(false);
    });

    it('an unpublished split for two years says it for those years, then gives their totals', async () => {
      const view = await lastTurn('en', ['how many FGM cases did Kompetanseteamet record in 2016 and in 2022?']);
      expect(view.texts.join(' ')).toMatch(/I don't have figures for [^.]*\(Kompetanseteamet, 2016 and 2022\)/u);
      expect(containsFact(view.texts, ['597'])).toBe(true);
      expect(containsFact(view.texts, ['891'])).toBe(true);
    });

    it.each<[Lang, string]>([
      ['en', "In 2022, how many of Kompetanseteamet's cases involved someone kept abroad against their will?"],
      ['pl', 'Ile spraw Kompetanseteamet w 2022 dotyczyło osób zatrzymanych za granicą wbrew ich woli?'],
    ])('%s: the described case type is answered with its published figure (113 of 891)', async (lang, text) => {
      const view = await lastTurn(lang, [text]);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['113'])).toBe(true);
      expect(containsFact(view.texts, ['891'])).toBe(true);
    });

    it('a school-project question for two years gets both figures, not "no data for projects"', async () => {
      const view = await lastTurn('nn', ['Til eit skuleprosjekt: kor mange saker hadde Kompetanseteamet i 2016 og 2022?']);
      expect(containsFact(view.texts, ['597'])).toBe(true);
      expect(containsFact(view.texts, ['891'])).toBe(true);
    });
  });
});

// (was everyday-words.test.ts)
describe('statistics asked in everyday words: a short year, a split, what no source publishes (session 17)', () => {
  /**
   * Issue #13 (session 17): statistics asked in everyday words rather than the bot's terms. A year written short, a split
   * by province or outcome, "how many girls" in Turkish, an average per year and "why did it go up?" are read as what
   * they ask; what no source publishes (an outcome, an average, a reason for a change) is said first, then the figures
   * that are published; "and the envoys?" and "and before that?" after a figure change only what they name.
   */
  const NOW = new Date('2026-12-04T12:00:00Z');
  const parse = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), NOW, lng)?.query;

  describe('a year written with two digits', () => {
    it.each<[Lang, string]>([
      ['nb', 'hvor mange saker fikk kompetanseteamet i 22?'],
      ['nn', 'kor mange saker fekk kompetanseteamet i 22?'],
      ['en', "Kompetanseteamet's case count in '22, please"],
      ['en', 'how many cases did Kompetanseteamet get in 22?'],
      ['tr', "Kompetanseteamet 22'de kaç vakayla ilgilendi?"],
      ['ru', 'сколько дел получил Kompetanseteamet в 22 году?'],
      ['uk', 'скільки справ отримав Kompetanseteamet у 22 році?'],
      ['pl', 'ile spraw dostał Kompetanseteamet w 22 roku?'],
    ])('[%s] %s → 2022', (lng, text) => {
      expect(parse(text, lng)).toMatchObject({ services: ['kompetanseteamet'], metric: 'cases', fromYear: 2022, toYear: 2022 });
    });

    it.each<[Lang, string, number]>([
      ['nb', 'hvor mange saker fikk kompetanseteamet i tjueto?', 2022],
      ['nb', 'antall saker hos kompetanseteamet i tjuetjueen', 2021],
      ['nb', 'hvor mange saker hadde minoritetsrådgiverne i totusenogåtte?', 2008],
      ['en', "what was Kompetanseteamet's case count in twenty twenty-one?", 2021],
      ['en', 'how many cases did Kompetanseteamet get in two thousand and sixteen?', 2016],
    ])('[%s] %s → a year written as words', (lng, text, year) => {
      expect(parse(text, lng)).toMatchObject({ fromYear: year, toYear: year });
    });

    it('"twenty twenty-two" is 2022 alone, not 2020 too', () => {
      expect(parse('cases at Kompetanseteamet in twenty twenty-two?', 'en')).toMatchObject({ fromYear: 2022, toYear: 2022 });
    });

    it.each<[Lang, string]>([
      ['ru', 'сколько дел было у Kompetanseteamet за последние три года?'],
      ['uk', 'скільки справ мав Kompetanseteamet за останні три роки?'],
      ['tr', 'Kompetanseteamet son üç yılda kaç vaka aldı?'],
      ['pl', 'ile spraw miał Kompetanseteamet w ostatnich trzech latach?'],
      ['ar', 'كم حالة لدى Kompetanseteamet في آخر ثلاث سنوات؟'],
      ['fa', 'Kompetanseteamet در سه سال گذشته چند پرونده داشت؟'],
      ['ur', 'پچھلے تین سالوں میں Kompetanseteamet کے کتنے کیس تھے؟'],
      ['so', 'immisa kiis ayay Kompetanseteamet lahayd saddexdii sano ee la soo dhaafay?'],
      ['ti', 'Kompetanseteamet ኣብ ዝሓለፉ ሰለስተ ዓመታት ክንደይ ጉዳያት ነይሩዎ?'],
    ])('[%s] %s → the last three years, not last year alone', (lng, text) => {
      expect(parse(text, lng)).toMatchObject({ fromYear: 2023, toYear: 2025 });
    });

    it('two digits that count something are no year', () => {
      expect(parse('hvor mange saker hadde de 22 skolene?', 'nb')?.fromYear).toBeUndefined();
      expect(parse('how many cases came from 22 schools?', 'en')?.fromYear).toBeUndefined();
    });
  });

  describe('a split asked in everyday words', () => {
    it.each<[Lang, string]>([
      ['nb', 'hvordan endte sakene til spesialutsendingene, ble mange løst?'],
      ['nn', 'korleis enda sakene til utsendingane i 2023?'],
      ['en', 'how many of the advisers’ cases were resolved in 2023?'],
      ['ru', 'сколько дел посланников было решено в 2023 году?'],
      ['tr', 'elçilerin vakaları nasıl sonuçlandı?'],
      ['pl', 'jak się skończyły sprawy wysłanników w 2023?'],
    ])('[%s] %s → the outcome', (lng, text) => {
      expect(parse(text, lng)?.breakdown).toBe('outcome');
    });

    it.each<[Lang, string]>([
      ['ru', 'сколько дел у посланников по каждой области?'],
      ['uk', 'скільки справ мали радники в кожній області?'],
      ['ur', 'ہر صوبے میں مشیروں کے کتنے کیس تھے؟'],
      ['fa', 'مشاوران تنوع در هر استان چند پرونده داشتند؟'],
    ])('[%s] %s → by county', (lng, text) => {
      expect(parse(text, lng)?.breakdown).toBe('county');
    });

    it.each<[Lang, string]>([
      ['en', 'the advisers and the envoys together, how many cases in 2023?'],
      ['ru', 'сколько дел вели посланники и советники вместе в 2023 году?'],
      ['pl', 'ile spraw w 2023 mieli razem doradcy ds. różnorodności i wysłannicy?'],
      ['tr', 'elçiler ve danışmanlar 2023te birlikte kaç vakayla ilgilendi?'],
    ])('[%s] %s → the sum of both', (lng, text) => {
      expect(parse(text, lng)).toMatchObject({ metric: 'cases', fromYear: 2023, mode: 'total' });
      expect(parse(text, lng)?.services).toEqual(expect.arrayContaining(['special-envoys', 'diversity-advisers']));
    });

    it('"work together" asks no figure', () => {
      expect(parse('how do the advisers and the envoys work together?', 'en')).toBeUndefined();
    });

    it.each<[string]>([['how many people versus how many inquiries did Kompetanseteamet have in 2007?'], ['how many inquiries and how many people did Kompetanseteamet get in 2005?']])(
      '[en] %s → the inquiries and the persons they concerned',
      (text) => {
        expect(parse(text, 'en')).toMatchObject({ metric: 'inquiries', alsoMetrics: ['persons'] });
      },
    );

    it('Turkish "kaç kıza" counts girls, not the advisers themselves', () => {
      expect(parse("2008'de danışmanlar kaç kıza destek oldu?", 'tr')).toMatchObject({ metric: 'persons', breakdown: 'gender', fromYear: 2008 });
    });
  });

  describe('what no source publishes about the figures', () => {
    it.each<[Lang, string]>([
      ['nb', 'hvor mange saker får kompetanseteamet i snitt hvert år?'],
      ['nn', 'kor mange saker får kompetanseteamet i gjennomsnitt kvart år?'],
      ['en', 'roughly how many cases a year does Kompetanseteamet get on average?'],
      ['tr', 'Kompetanseteamet her yıl ortalama kaç vaka alır?'],
      ['ru', 'сколько дел в среднем за год у Kompetanseteamet?'],
      ['fa', 'Kompetanseteamet به طور میانگین سالانه چند پرونده دارد؟'],
    ])('[%s] %s → an average', (lng, text) => {
      expect(parse(text, lng)).toMatchObject({ services: ['kompetanseteamet'], unpublished: 'average' });
    });

    it.each<[Lang, string]>([
      ['nb', 'hvorfor steg antall saker hos kompetanseteamet fra 2021 til 2022?'],
      ['en', 'why did Kompetanseteamet’s case count increase between 2021 and 2022?'],
      ['ru', 'почему у Kompetanseteamet стало больше дел с 2021 по 2022?'],
    ])('[%s] %s → a reason for the change', (lng, text) => {
      expect(parse(text, lng)).toMatchObject({ fromYear: 2021, toYear: 2022, unpublished: 'reason' });
    });

    it('"why" beside one figure asks no change', () => {
      expect(parse('hvor mange saker hadde kompetanseteamet i 2022, og hvorfor?', 'nb')?.unpublished).toBeUndefined();
    });
  });

  describe('in a conversation', () => {
    const runner = conversationRunnerPerFile();
    const turn = async (lang: Lang, turns: string[]) => readTurn((await runner.converse({ lang, turns })).replies, runner.markers);
    const at = (texts: readonly string[], spelling: string) => texts.findIndex((t) => t.includes(spelling));

    it.each<[Lang, string, string]>([
      ['ar', 'كم حالة تابعها مستشارو التنوع في 2023؟', 'وماذا عن المبعوثين؟'],
      ['so', 'immisa kiis ayay la-taliyayaasha kala duwanaanshuhu qabteen 2023?', 'ergooyinka-na?'],
      ['fa', 'مشاوران تنوع در ۲۰۲۳ به چند پرونده رسیدگی کردند؟', 'و فرستادگان؟'],
      ['ur', 'تنوع کے مشیروں کے پاس 2023 میں کتنے کیس آئے؟', 'اور ایلچیوں کے پاس؟'],
      ['uk', 'скільки справ вели радники з питань різноманіття у 2023 році?', 'а посланці?'],
      ['ru', 'сколько дел вели советники по многообразию в 2023 году?', 'а посланники?'],
      ['tr', "çeşitlilik danışmanları 2023'te kaç vakayla ilgilendi?", 'ya elçiler?'],
    ])('[%s] the envoys named bare after the advisers\' count: their count for the same year', async (lng, first, second) => {
      const view = await turn(lng, [first, second]);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(containsFact(view.texts, ['245'])).toBe(true);
      expect(containsFact(view.texts, ['899'])).toBe(false);
    });

    it.each<[Lang, string, string]>([
      ['nn', 'kor mange saker fekk kompetanseteamet i 2022?', 'og før det?'],
      ['en', 'how many cases did Kompetanseteamet get in 2022?', 'and before that?'],
      ['ru', 'сколько дел получил Kompetanseteamet в 2022 году?', 'а до этого?'],
      ['pl', 'ile spraw dostał Kompetanseteamet w 2022?', 'a wcześniej?'],
      ['tr', "Kompetanseteamet 2022'de kaç vakayla ilgilendi?", 'peki ondan önce?'],
      ['ur', 'Kompetanseteamet کو 2022 میں کتنے کیس ملے؟', 'اور اس سے پہلے؟'],
    ])('[%s] "and before that?" after 2022: the year before (759 in 2021)', async (lng, first, second) => {
      const view = await turn(lng, [first, second]);
      expect(containsFact(view.texts, ['759'])).toBe(true);
      expect(containsFact(view.texts, ['891'])).toBe(false);
    });

    it.each<[Lang, string, string, string]>([
      ['nb', 'fikk kompetanseteamet flere saker i 2022 enn i 2021?', 'hvorfor det?', 'oppgir ingen grunn'],
      ['nn', 'kor mange saker fekk kompetanseteamet i 2022?', 'kvifor gjekk talet opp?', 'oppgir ingen grunn'],
      ['en', 'how many cases did Kompetanseteamet get in 2021 and in 2022?', 'why did it go up?', 'give no reason'],
      ['pl', 'czy Kompetanseteamet miał w 2022 więcej spraw niż w 2021?', 'czemu?', 'nie podają przyczyny'],
      ['ar', 'هل كانت حالات Kompetanseteamet في 2022 أكثر من 2021؟', 'ما السبب؟', 'لا تذكر المصادر'],
    ])('[%s] a reason for a change: none is given, said before the figures', async (lng, first, second, said) => {
      const view = await turn(lng, [first, second]);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(at(view.texts, said)).toBeGreaterThanOrEqual(0);
      expect(at(view.texts, said)).toBeLessThan(at(view.texts, '891'));
    });

    it.each<[Lang, string, string]>([
      ['nb', 'hvordan har antall saker hos rådgiverne endret seg fra 2008 til 2023?', '899'],
      ['en', 'compare the envoys’ case numbers in 2008 and 2023', '245'],
    ])('[%s] a comparison back to 2008: the joint 2008 figure (381), labelled joint, beside the later one', async (lng, message, later) => {
      const view = await turn(lng, [message]);
      expect(containsFact(view.texts, ['381'])).toBe(true);
      expect(containsFact(view.texts, [later])).toBe(true);
      expect(at(view.texts, lng === 'nb' ? 'til sammen' : 'together')).toBeGreaterThanOrEqual(0);
    });

    it('"why is that?" after one figure alone claims no change', async () => {
      const view = await turn('en', ['how many cases did the envoys have in 2023?', 'why is that?']);
      expect(at(view.texts, 'no reason for the change')).toBe(-1);
    });

    it('"why do the figures differ?" after one figure with two sources asks about the sources, not a change', async () => {
      const view = await turn('nb', ['hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'hvorfor er det forskjell på tallene?']);
      expect(at(view.texts, 'ingen grunn til endringen')).toBe(-1);
      expect(containsFact(view.texts, ['897'])).toBe(true);
    });

    it.each<[Lang, string, string]>([
      ['nb', 'hvor mange saker har kompetanseteamet i snitt i året?', 'ikke publisert noe gjennomsnitt'],
      ['en', 'on average, how many cases does Kompetanseteamet handle per year?', 'No average is published'],
      ['tr', 'Kompetanseteamet yılda ortalama kaç vakayla ilgileniyor?', 'yayımlanmış bir ortalama yok'],
    ])('[%s] an average per year: none is published, said before the yearly figures', async (lng, message, said) => {
      const view = await turn(lng, [message]);
      expect(at(view.texts, said)).toBeGreaterThanOrEqual(0);
      expect(at(view.texts, said)).toBeLessThan(at(view.texts, '891'));
    });

    it.each<[Lang, string, string]>([
      ['nb', 'hvor mange av sakene til mangfoldsrådgiverne ble løst i 2023?', 'Jeg har ikke tall for hvordan det gikk'],
      ['en', 'what happened with the envoys’ cases in 2023 — how many were resolved?', "I don't have figures for how the cases ended"],
    ])('[%s] the outcome: not published, said before the total', async (lng, message, said) => {
      const view = await turn(lng, [message]);
      expect(at(view.texts, said)).toBeGreaterThanOrEqual(0);
    });
  });
});

describe('statistics and history asked in everyday words: against an earlier year, a split not published, two figures, the beginnings (session 22)', () => {
  /**
   * Issue #13, the classes of general-blind-53: "more than before / compared with <year>" shows both years' figures,
   * not only the year named; a split that is not published (a county, a country of origin asked after a count) says so
   * first, then gives the nearest published figure; two figures in one question get both; the scheme's start and the
   * team's first (partial) year are told with their figures.
   */
  const now = new Date('2026-12-05T09:00:00Z');
  const read = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), now, lng);

  describe('a year set against today', () => {
    it.each<[string, Lang]>([
      ['Får Kompetanseteamet flere saker nå enn i 2018?', 'nb'],
      ['er antallet saker hos Kompetanseteamet høyere sammenlignet med 2016?', 'nb'],
      ['Har Kompetanseteamet fått fleire saker samanlikna med 2018?', 'nn'],
      ['Is Kompetanseteamet getting more cases compared to 2016?', 'en'],
      ['У Kompetanseteamet сейчас больше дел по сравнению с 2018 годом?', 'ru'],
      ['Чи зросла кількість справ Kompetanseteamet порівняно з 2016 роком?', 'uk'],
      ['Czy Kompetanseteamet ma teraz więcej spraw niż w 2018 roku?', 'pl'],
      ["Kompetanseteamet'in vaka sayısı 2016'ya göre arttı mı?", 'tr'],
      ['آیا تعداد پرونده‌های Kompetanseteamet در مقایسه با سال 2018 بالا رفته؟', 'fa'],
    ])('runs from the year named to today: %s', (text, lng) => {
      const parsed = read(text, lng);
      expect(parsed?.query).toMatchObject({ service: 'kompetanseteamet', metric: 'cases', toYear: 2026 });
      expect([2016, 2018]).toContain(parsed?.query.fromYear);
    });

    it.each<[string, Lang]>([
      ['får Kompetanseteamet flere saker enn før?', 'nb'],
      ['does Kompetanseteamet get more cases than it did earlier?', 'en'],
      ['у Kompetanseteamet стало больше дел, чем прежде?', 'ru'],
      ['czy Kompetanseteamet dostaje więcej spraw niż przedtem?', 'pl'],
      ['هل صارت قضايا Kompetanseteamet أكثر من السابق؟', 'ar'],
      ['Kompetanseteamet kiisaskiisu ma ka badan yihiin hore?', 'so'],
    ])('more than before, no year named, is a figures question above a contact card: %s', (text, lng) => {
      const parsed = read(text, lng);
      expect(parsed?.query).toMatchObject({ service: 'kompetanseteamet', metric: 'cases' });
      expect(parsed?.score).toBeGreaterThan(0.9);
    });

    it('two services set against each other stay a comparison of services', () => {
      expect(read('hvor mange saker hadde Kompetanseteamet sammenlignet med mangfoldsrådgiverne i 2023?', 'nb')?.query).toMatchObject({ mode: 'compare', fromYear: 2023, toYear: 2023 });
    });
  });

  describe('a county in the other languages\' words', () => {
    it.each<[string, Lang, string]>([
      ['скільки справ мали радники з питань різноманіття в Нурланні у 2023 році?', 'uk', 'nordland'],
      ['сколько дел вели советники по многообразию в Телемарке в 2023 году?', 'ru', 'telemark'],
      ['ile spraw mieli doradcy ds. różnorodności w Vestlandzie w 2023 roku?', 'pl', 'vestland'],
      ['ile spraw prowadzili doradcy ds. różnorodności w Agderze w 2023?', 'pl', 'agder'],
    ])('the county is the split asked, and no figure of its own is guessed: %s', (text, lng, county) => {
      expect(read(text, lng)?.query).toMatchObject({ service: 'diversity-advisers', breakdown: 'county', category: county, fromYear: 2023 });
    });
  });

  describe('two figures, and what the cases were mostly about', () => {
    it.each<[string, Lang]>([
      ['ilu jest wszystkich doradców ds. różnorodności i ile spraw mieli w 2023?', 'pl'],
      ['сколько всего мангфолдс-советников и сколько дел они вели в 2023?', 'ru'],
    ])('the headcount beside the cases: %s', (text, lng) => {
      expect(read(text, lng)?.query).toMatchObject({ service: 'diversity-advisers', metric: 'cases', alsoMetrics: ['staff'] });
    });

    it.each<[string, Lang]>([
      ['ile spraw prowadzili specjalni wysłannicy w 2023 roku i czego one najczęściej dotyczyły?', 'pl'],
      ['сколько дел было у спецпредставителей в 2023 году и о чём они чаще всего были?', 'ru'],
      ["özel temsilciler 2023'te kaç vaka aldı, bunlar genellikle ne hakkındaydı?", 'tr'],
    ])('the count with what the cases were about: %s', (text, lng) => {
      expect(read(text, lng)?.query).toMatchObject({ service: 'special-envoys', metric: 'cases', breakdown: 'case-type', fromYear: 2023 });
    });

    it.each<[string, Lang]>([
      ["what was the number of inquiries to Kompetanseteamet in its first partial year?", 'en'],
      ['kor mange førespurnader fekk Kompetanseteamet det fyrste halve året?', 'nn'],
    ])('the first (partial) year is the first year with a figure: %s', (text, lng) => {
      expect(read(text, lng)?.query).toMatchObject({ service: 'kompetanseteamet', firstYear: true });
    });
  });

  describe('through the bot', () => {
    const runner = conversationRunnerPerFile();
    const at = (texts: readonly string[], spelling: string) => texts.findIndex((t) => t.includes(spelling));

    it.each<[Lang, string]>([
      ['nb', 'har Kompetanseteamet fått flere saker enn de hadde i 2021?'],
      ['en', "Kompetanseteamet's caseload compared with 2021 — up or down?"],
      ['pl', 'czy Kompetanseteamet ma więcej spraw w porównaniu z 2021?'],
      ['ar', 'هل ازداد عدد حالات Kompetanseteamet مقارنة بعام 2021؟'],
    ])('[%s] against 2021: the figures from 2021 on, not 2021 alone', async (lng, message) => {
      const view = await runner.turn(lng, message);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(containsFact(view.texts, ['759'])).toBe(true);
      expect(containsFact(view.texts, ['891'])).toBe(true);
    });

    it.each<[Lang, string, string]>([
      ['nb', 'hvor mange saker var det i Nordland i 2025?', 'Jeg har ikke tall for saker i Nordland'],
      ['nn', 'kor mange saker var det i Vestland i 2025?', 'Eg har ikkje tal for saker i Vestland'],
      ['en', 'how many cases were there in Troms in 2025?', "I don't have figures for cases in Troms"],
    ])('[%s] a county in a year without figures: not published for the county, then the nearest year\'s totals', async (lng, message, said) => {
      const view = await runner.turn(lng, message);
      expect(at(view.texts, said)).toBeGreaterThanOrEqual(0);
      expect(containsFact(view.texts, ['899', '897'])).toBe(true);
      expect(containsFact(view.texts, ['245'])).toBe(true);
    });

    it.each<[Lang, string, string]>([
      ['nb', 'hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'hvor mange av disse gjaldt Irak?'],
      ['en', 'how many cases did the diversity advisers handle in 2023?', 'how many of them involved Somalia?'],
      ['ar', 'كم حالة تابعها مستشارو التنوع في 2023؟', 'كم منها من العراق؟'],
      ['ru', 'сколько дел вели советники по многообразию в 2023 году?', 'сколько из них из Ирака?'],
      ['uk', 'скільки справ вели радники з питань різноманіття у 2023 році?', 'скільки з них з Афганістану?'],
      ['tr', "çeşitlilik danışmanları 2023'te kaç vakayla ilgilendi?", "bunların kaçı Irak'tandı?"],
    ])('[%s] "how many of them from <country>?" after the count: no count per country, then the total and the order', async (lng, first, second) => {
      const view = await runner.turn(lng, [first, second]);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(containsFact(view.texts, ['899', '897'])).toBe(true);
      expect(view.cards.every((c) => c.lang === lng)).toBe(true);
      // The order is published: the country asked is named among the most common, without a count of its own.
      expect(view.texts.join(' ')).not.toMatch(/478 09 050/u);
    });

    it.each<[Lang, string, string[]]>([
      ['pl', 'ile spraw prowadzili specjalni wysłannicy w 2023 roku i czego one najczęściej dotyczyły?', ['za granic']],
      ['ru', 'сколько дел было у спецпредставителей в 2023 году и о чём они чаще всего были?', ['за границ', 'за рубеж']],
    ])('[%s] the envoys\' count and what it was mostly about: 245, mostly involuntary stays abroad', async (lng, message, abroad) => {
      const view = await runner.turn(lng, message);
      expect(containsFact(view.texts, ['245'])).toBe(true);
      expect(containsFact(view.texts, abroad)).toBe(true);
    });

    it('the advisers\' headcount and cases asked together in Russian: both', async () => {
      const view = await runner.turn('ru', 'сколько всего мангфолдс-советников и сколько дел они вели в 2023?');
      expect(containsFact(view.texts, ['59'])).toBe(true);
      expect(containsFact(view.texts, ['899', '897'])).toBe(true);
    });

    it('the scheme\'s start and how many began: the history, spring 2008 and thirty', async () => {
      const view = await runner.turn('en', 'when did the minority adviser scheme begin, and how many advisers were there at first?');
      expect(containsFact(view.texts, ['2008'])).toBe(true);
      expect(containsFact(view.texts, ['30'])).toBe(true);
    });

    it.each<[Lang, string, string]>([
      ['nb', 'hvordan fordeler sakene til mangfoldsrådgiverne seg mellom ungdomsskole og videregående?', 'Jeg har ikke tall for saker fordelt på skoletype'],
      ['nn', 'korleis er sakene til mangfaldsrådgjevarane fordelte mellom ungdomsskular og vaksenopplæring?', 'Eg har ikkje tal for saker fordelt på skuletype'],
    ])('[%s] a split between school types: not published, then the total (no school called "Mellom")', async (lng, message, said) => {
      const view = await runner.turn(lng, message);
      expect(at(view.texts, said)).toBeGreaterThanOrEqual(0);
      expect(containsFact(view.texts, ['899', '897'])).toBe(true);
      expect(view.texts.join(' ')).not.toMatch(/Mellom/u);
    });

    it('the first advisers\' schools in one county, asked with "the first": the schools by name, in 2008', async () => {
      const view = await runner.turn('nn', 'kva skular i Oslo fekk dei fyrste minoritetsrådgjevarane, og kva år var det?');
      expect(containsFact(view.texts, ['Stovner'])).toBe(true);
      expect(containsFact(view.texts, ['2008'])).toBe(true);
    });

    it('the team\'s first partial year: 11 inquiries about 13 persons (November–December 2004)', async () => {
      const view = await runner.turn('en', 'what was the number of inquiries to Kompetanseteamet in its first partial year?');
      expect(containsFact(view.texts, ['11'])).toBe(true);
      expect(containsFact(view.texts, ['13'])).toBe(true);
      expect(containsFact(view.texts, ['2004'])).toBe(true);
    });
  });
});
