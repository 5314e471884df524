import { containsFact, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

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
