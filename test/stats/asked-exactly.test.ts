import { containsFact, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { listedYears, parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

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
