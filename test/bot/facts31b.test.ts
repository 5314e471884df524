import { cardTexts, containsFact } from '../../src/evaluation/conversation-eval';
import { articleCard } from '../../src/knowledge/article-card';
import { toIndexable } from '../../src/knowledge/article-indexable';
import { articleView } from '../../src/knowledge/guidance-handlers';
import { loadArticles } from '../../src/knowledge/load-articles';
import { createI18n, fixedT } from '../../src/language/i18n';
import { LANGUAGES, type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Session 31, issue #13 point 8 (facts31b): the facts of ../shared/domain.md about the expert team, the diversity
 * advisers, the envoys, Kompetanseteamet and the 2008 advisers that no answer showed. They are written in each
 * article's `details` (12 languages, each with its seed source) and shown behind "Les mer". The questions are this
 * file's own, none from the evaluation sets or the coverage script's templates.
 */

const runner = conversationRunnerPerFile();

type Row = readonly [Lang, string, readonly (readonly string[])[]];

async function expectShown(lang: Lang, message: string, facts: readonly (readonly string[])[]): Promise<void> {
  const view = await runner.turn(lang, message);
  expect(view.didYouMean || view.cannotAnswer).toBe(false);
  expect(view.emergency).toBe(false);
  expect(view.replyLanguage).toBe(lang);
  for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
}

describe('the article card shows the fuller text behind "Les mer", never on the first screen', () => {
  const t = fixedT(createI18n(), 'nb');

  it('shows long and details of an article, in that order, inside the hidden "more" section', async () => {
    const articles = await loadArticles();
    const byId = new Map(articles.map((a) => [a.id, a]));
    const advisers = byId.get('service-diversity-advisers');
    if (!advisers) throw new Error('the diversity advisers article exists');
    const view = articleView(advisers, 'nb', { articles: byId, serviceName: () => undefined });
    const card = articleCard('nb', t, view);
    const json = JSON.stringify(card);
    // The hidden section is found by its id wherever it sits in the card.
    const moreAt = json.indexOf('"id":"more-service-diversity-advisers"');
    expect(moreAt).toBeGreaterThan(0);
    const more = json.slice(moreAt);
    expect(more).toContain('897');
    expect(more).toContain('ROS-analyser');
    expect(more.indexOf('897')).toBeLessThan(more.indexOf('ROS-analyser'));
    // Only once in the card: behind the toggle, not on the first screen.
    expect(json.split('ROS-analyser').length - 1).toBe(1);
    expect(cardTexts(card).some((text) => text.includes('31.10.2024'))).toBe(true);
  });

  it('writes details in every language, and keeps them out of the index (the services they name draw no questions)', async () => {
    const articles = await loadArticles();
    for (const id of ['service-expert-team', 'service-diversity-advisers', 'service-special-envoys', 'service-kompetanseteamet', 'history-special-services']) {
      const article = articles.find((a) => a.id === id);
      expect([id, LANGUAGES.filter((l) => !article?.details?.[l])]).toEqual([id, []]);
      const body = article ? toIndexable(article).body : undefined;
      for (const lng of LANGUAGES) for (const text of body?.[lng] ?? []) expect(text).not.toBe(article?.details?.[lng]);
    }
  });
});

describe("the expert team's target groups, purpose and its new strategy", () => {
  const ROWS: readonly Row[] = [
    ['nb', 'Hva er formålet med fagteamet i IMDi?', [['kjennskapen til hjelpetjenestene']]],
    ['nb', 'Hvilke målgrupper har IMDis fagteam?', [['kriminalomsorgen']]],
    ['nn', 'Kven rettar fagteamet til IMDi seg mot?', [['flyktningtenester']]],
    ['en', 'Does the expert team also train prison staff or students?', [['correctional service']]],
    ['en', 'Is there a new strategy for how the IMDi expert team trains people?', [['start of 2024']]],
    ['tr', 'IMDi uzman ekibi kimlere eğitim veriyor?', [['mülteci hizmetlerindeki']]],
  ];
  it.each(ROWS)('%s: %s', (lang, message, facts) => expectShown(lang, message, facts));
});

describe("the diversity advisers' placement, experience, media work and privacy", () => {
  const ROWS: readonly Row[] = [
    ['nb', 'Hvor er mangfoldsrådgiverne plassert?', [['voksenopplæringskontor']]],
    ['nb', 'Har mangfoldsrådgiverne vært i media?', [['radio og tv']]],
    ['nb', 'Hvordan er personvernet ivaretatt hos mangfoldsrådgiverne?', [['ROS-analyser']]],
    ['nn', 'Kva erfaringar har mangfaldsrådgivarane?', [['foreldresamarbeid']]],
    ['en', 'What have the diversity advisers learned from their work?', [['uncovers more cases']]],
    ['pl', 'Gdzie pracują doradcy ds. różnorodności?', [['kształcenia dorosłych']]],
    ['so', 'Xaggee ka shaqeeyaan la-taliyayaasha kala-duwanaanshaha?', [['waxbarasho dadka waaweyn']]],
  ];
  it.each(ROWS)('%s: %s', (lang, message, facts) => expectShown(lang, message, facts));
});

describe("the envoys' task, who is responsible abroad, and their training in Norway", () => {
  const ROWS: readonly Row[] = [
    ['nb', 'Hva gjør spesialutsendingene egentlig?', [['forsterket konsulær bistand']]],
    ['nn', 'Kva er oppgåva til spesialutsendingane?', [['konsulær']]],
    ['en', 'What exactly do the special envoys do for people abroad?', [['reinforced consular assistance']]],
    ['so', 'Waa maxay hawsha ergooyinka gaarka ah?', [['qunsuliyadeed']]],
    ['uk', 'Яке завдання спеціальних відряджених?', [['консульську допомогу']]],
  ];
  it.each(ROWS)('%s: %s', (lang, message, facts) => expectShown(lang, message, facts));
});

describe("Kompetanseteamet's two names (D04) and the 2008 advisers and team", () => {
  const ROWS: readonly Row[] = [
    ['nb', 'Hvorfor har Kompetanseteamet to forskjellige navn?', [['kjønnslemlesting og negativ sosial kontroll'], ['negativ sosial kontroll og æresrelatert vold']]],
    ['en', 'Why does Kompetanseteamet appear under two different names?', [['same team']]],
    ['nb', 'Hva gjorde Kompetanseteamet i 2008?', [['førstelinjetjenesten'], ['anonymisert']]],
    ['en', "What was Kompetanseteamet's job back in 2008?", [['front-line services']]],
    ['nb', 'Hvem var minoritetsrådgiverne som startet i 2008?', [['24 og 62']]],
    ['nn', 'Kven var minoritetsrådgivarane som starta i 2008?', [['24 og 62']]],
    ['en', 'Who were the minority advisers who started in 2008?', [['24 and 62']]],
    ['tr', "2008'deki azınlık danışmanları kimdi?", [['24 ile 62']]],
    ['ru', 'Кем были советники по делам меньшинств в 2008 году?', [['24 до 62']]],
    ['nb', 'Hvordan jobbet integreringsrådgiverne på ambassadene i 2008?', [['visumattache']]],
  ];
  it.each(ROWS)('%s: %s', (lang, message, facts) => expectShown(lang, message, facts));
});
