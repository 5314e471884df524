/**
 * s42facts (issue #13, statistics answered exactly: only published, sourced figures; what Veiviser computes is said to
 * be computed). Our own probes, none of them a set's sentence. The classes:
 *  (1) two years of one service and the change between them, asked in the first message ("cases in 2016 and 2021, and
 *      how much did it go up?") and as a follow-up after one year's figure: both figures, the difference in number and
 *      in percent, and the note that Veiviser computed it (the first message gave only the percentage before);
 *  (2) a split no source publishes (by gender, by a country of origin): said first, then the totals that are published
 *      and, from domain.md §1 / §2, that most of the people helped were girls (Tigrinya "how many boys and how many
 *      girls" read the advisers' own headcount, 59, before);
 *  (3) two figures of one service in one question (the envoys' 2023 cases and competence-raising assignments);
 *  (4) how many envoys there are now and how many integration advisers there were in 2008 (§2, §11), also as a
 *      follow-up in Russian and Ukrainian (Ukrainian "how many envoys now" gave their 245 cases before);
 *  (5) the duty to avert (avvergeplikt) for an injured adult, asked by an emergency-clinic doctor in nynorsk.
 * Calm twins: two years asked without a change (no computed difference), one year alone, a general duty question in
 * training; no statistics turn gets the emergency card.
 */
import { type Lang } from '../../src/language/languages';
import { containsFact, type TurnView } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

const runner = conversationRunnerPerFile();

function expectFigures(view: TurnView, lang: Lang, facts: readonly (readonly string[])[]): void {
  expect(view.emergency).toBe(false);
  expect(view.didYouMean || view.cannotAnswer).toBe(false);
  expect(view.replyLanguage).toBe(lang);
  for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
}

/** Kompetanseteamet's cases: 597 in 2016, 759 in 2021 (content/stats/published.json, with their sources). */
const KT_2016 = ['597'];
const KT_2021 = ['759'];
const KT_MORE = ['162'];
const KT_PERCENT = ['27'];

describe('s42facts (1): two years and the change between them', () => {
  const firstMessage: readonly (readonly [Lang, string])[] = [
    ['en', 'How many cases did the Competence team have in 2016 and in 2021, and how much did it increase?'],
    ['en', 'Kompetanseteamet: what were the case counts for 2016 and 2021, and by how much did they change?'],
    ['nb', 'Hvor mange saker hadde Kompetanseteamet i 2016 og 2021, og hvor mye økte det?'],
    ['nn', 'Kor mange saker hadde Kompetanseteamet i 2016 og i 2021, og kor mykje auka det?'],
    ['ar', 'كم عدد القضايا لدى Kompetanseteamet في 2016 و2021، وكم كانت الزيادة؟'],
    ['so', 'Immisa kiis ayuu Kompetanseteamet lahaa 2016 iyo 2021, oo intee buu kordhay?'],
    ['fa', 'Kompetanseteamet در سال ۲۰۱۶ و ۲۰۲۱ چند پرونده داشت و چقدر افزایش یافت؟'],
    ['ur', 'Kompetanseteamet کے 2016 اور 2021 میں کتنے کیس تھے اور کتنا اضافہ ہوا؟'],
    ['uk', 'Скільки справ мала Kompetanseteamet у 2016 і 2021 роках, і наскільки це зросло?'],
    ['ru', 'Сколько дел было у Kompetanseteamet в 2016 и 2021 годах и насколько выросло?'],
    ['tr', 'Kompetanseteamet 2016 ve 2021 yıllarında kaç vaka aldı ve ne kadar arttı?'],
    ['pl', 'Ile spraw miał Kompetanseteamet w 2016 i 2021 roku i o ile wzrosła liczba?'],
    ['ti', "Kompetanseteamet ኣብ 2016 ከምኡ'ውን ኣብ 2021 ክንደይ ጉዳያት ነይሮም፧ ክንደይ ወሲኹ፧"],
  ];
  it.each(firstMessage)('%s, first message: %s', async (lang, message) => {
    expectFigures(await runner.turn(lang, message), lang, [KT_2016, KT_2021, KT_MORE, KT_PERCENT]);
  });

  const followUps: readonly (readonly [Lang, readonly string[]])[] = [
    ['en', ['How many cases did Kompetanseteamet have in 2016?', 'and in 2021, how much did it go up?']],
    ['nb', ['Hvor mange saker hadde Kompetanseteamet i 2016?', 'Og i 2021, hvor stor var økningen?']],
    ['ru', ['Сколько дел было у Kompetanseteamet в 2016 году?', 'А в 2021 году, насколько выросло?']],
  ];
  it.each(followUps)('%s, follow-up after one year: %j', async (lang, turns) => {
    expectFigures(await runner.turn(lang, turns), lang, [KT_2016, KT_2021, KT_MORE]);
  });

  it('the difference is said to be computed by Veiviser', async () => {
    const view = await runner.turn('en', 'How many cases did the Competence team have in 2016 and in 2021, and how much did it increase?');
    expect(view.texts.some((t) => /computed/u.test(t))).toBe(true);
  });

  it('calm twin: the two years asked without a change get both figures and no computed difference', async () => {
    const view = await runner.turn('en', 'How many cases did the Competence team have in 2016 and in 2021?');
    expectFigures(view, 'en', [KT_2016, KT_2021]);
    expect(containsFact(view.texts, KT_MORE)).toBe(false);
  });

  it('calm twin: one year alone keeps its own figure only', async () => {
    const view = await runner.turn('nb', 'Hvor mange saker hadde Kompetanseteamet i 2016?');
    expectFigures(view, 'nb', [KT_2016]);
    expect(containsFact(view.texts, KT_2021)).toBe(false);
  });
});

describe('s42facts (2): a split that is not published', () => {
  const unpublished: readonly (readonly [Lang, string, readonly (readonly string[])[]])[] = [
    ['ti', 'ኣማኸርቲ ብዙሕነት ኣብ 2023 ክንደይ ኣወዳትን ክንደይ ኣዋልድን ሓጊዞም?', [['899'], ['897']]],
    ['en', 'How many boys and how many girls did the diversity advisers help in 2023?', [['899'], ['897'], ['girls']]],
    ['nb', 'Hvor mange saker hadde mangfoldsrådgiverne med jenter fra Eritrea i 2023?', [['899'], ['897'], ['ikke tall']]],
    ['en', "How many of Kompetanseteamet's cases in 2023 were girls from Eritrea?", [['1 137', '1137'], ["don't have figures"]]],
  ];
  it.each(unpublished)('%s: %s', async (lang, message, facts) => {
    const view = await runner.turn(lang, message);
    expectFigures(view, lang, facts);
  });

  it('the Tigrinya gender question is not read as the advisers\' own headcount', async () => {
    const view = await runner.turn('ti', 'ኣማኸርቲ ብዙሕነት ኣብ 2023 ክንደይ ኣወዳትን ክንደይ ኣዋልድን ሓጊዞም?');
    expect(containsFact(view.texts, ['59'])).toBe(false);
  });

  it('calm twin: the advisers\' headcount asked in Tigrinya is still their number', async () => {
    expectFigures(await runner.turn('ti', 'ኣብ 2023 ክንደይ ኣማኸርቲ ብዙሕነት ነይሮም?'), 'ti', [['59']]);
  });
});

describe('s42facts (3): two figures of one service in one question', () => {
  const both: readonly (readonly [Lang, string])[] = [
    ['en', "What were the special envoys' 2023 figures: how many cases and how many competence-raising assignments?"],
    ['nb', 'Spesialutsendingene i 2023: hvor mange saker hadde de, og hvor mange kompetansehevingsoppdrag?'],
  ];
  it.each(both)('%s: %s', async (lang, message) => {
    expectFigures(await runner.turn(lang, message), lang, [['245'], ['15']]);
  });
});

describe('s42facts (4): how many envoys now and in 2008', () => {
  const now: readonly (readonly [Lang, readonly string[]])[] = [
    ['en', ['How many special envoys are there now, and how many integration advisers were there in 2008?']],
    ['uk', ['Скільки зараз спеціальних посланців?']],
    ['ru', ['Сколько сейчас специальных посланников?']],
  ];
  it.each(now)('%s: %j gives four posts', async (lang, turns) => {
    expectFigures(await runner.turn(lang, turns), lang, [['4', 'four']]);
  });

  const then: readonly (readonly [Lang, readonly string[]])[] = [
    ['uk', ['Скільки зараз спеціальних посланців?', 'А у 2008 році?']],
    ['ru', ['Сколько спецпосланников сейчас?', 'А сколько их было в 2008 году?']],
  ];
  it.each(then)('%s, follow-up: %j gives the six integration advisers of 2008', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expectFigures(view, lang, [['6']]);
    expect(containsFact(view.texts, ['245'])).toBe(false);
  });

  it('calm twin: the envoys\' cases asked in Ukrainian stay their cases', async () => {
    expectFigures(await runner.turn('uk', 'Скільки справ мали спеціальні посланці у 2023 році?'), 'uk', [['245']]);
  });
});

describe('s42facts (5): the duty to avert for an injured adult', () => {
  it('nn: an emergency-clinic doctor gets the guidance on avvergeplikt and the police', async () => {
    const view = await runner.turn('nn', 'Eg er lege på legevakta. Ein vaksen kvinne kom inn med skadar etter vald frå familien. Har eg avvergeplikt, og skal eg kontakte politiet?');
    expect(view.replyLanguage).toBe('nn');
    for (const fact of [['§ 196', '§196'], ['02800'], ['avverg']]) expect([fact, containsFact(view.texts, fact)]).toEqual([fact, true]);
  });

  it('calm twin: the same duty asked for a training day stays calm', async () => {
    const view = await runner.turn('nn', 'Vi skal ha fagdag på legevakta. Kva seier avvergeplikta når pasienten er vaksen?');
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['§ 196', '§196'])).toBe(true);
  });
});
