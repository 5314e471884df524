import { type Lang } from '../../src/language/languages';
import { readTurn } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * dym38 (issue #13 kind 1): "did you mean" on messages whose role and asked thing are clear. Fixed as classes with our
 * own probes (none of them an evaluation item's text), in several languages each:
 *  1. A duty asked in plain words by someone whose role is said ("har eg nokon plikt her?", "czy muszę to zgłosić?",
 *     "maxaa waajib igu ah", "мы обязаны что-то делать?", "what is our role as the child welfare service"), with the
 *     role said as "X here", "as X", "we are staff of X": the duty article for the role (for a grown-up, the article
 *     for people over 18), with Kompetanseteamet's advice line.
 *  2. When the case-registration tool came (January 2023).
 *  3. What the current action plan is called and how long it runs (Sjef i eget liv, 2025–2028).
 *  4. Which study asked for a double focus on young people and parents (Fafo 2023).
 *  5. A term's meaning asked, then a story ("what does X actually mean?? my cousin says…"): the question decides.
 *  6. UD's 24/7 line asked with the ministry's name inflected (Russian "МИДа", "МИДом").
 *  7. Who helps with housing once a young person turns 18 (Kompetanseteamet, for people over 18).
 * Twins that really could mean two things keep "did you mean": a role said beside two topics and nothing asked.
 */
type Probe = readonly [string, Lang, string, readonly (readonly string[])[]];

const KT = ['478 09 050'];
const probes: readonly Probe[] = [
  ['duty', 'nn', 'eg er lærar. ei elev seier foreldra ikkje lèt henne vere med på leirskule. har eg nokon plikt her?', [KT]],
  ['duty', 'nb', 'jobber på nav. en bruker sier svigerforeldrene tar lønna hennes. må vi gjøre noe?', [KT]],
  ['duty', 'pl', 'nauczyciel tu. uczennica mówi, że rodzice nie pozwalają jej chodzić na urodziny koleżanek. czy muszę to zgłosić?', [KT]],
  ['duty', 'so', 'Macallimad ahaan, maxaa waajib igu ah haddii ardayad ay sheegto in aabaheed uusan u oggolayn inay dabaasho?', [KT]],
  ['duty', 'ru', 'мы сотрудники NAV. клиентке 24 года, муж забирает её деньги. мы обязаны что-то делать?', [KT]],
  ['duty', 'uk', "ми працівники NAV. доросла клієнтка каже, що свекри вирішують, з ким їй дружити. чи зобов'язані ми щось робити?", [KT]],
  ['duty', 'en', 'what is our role as the child welfare service when we suspect a family controls their son?', [KT]],
  ['duty', 'en', 'what do reception centre staff need to do if we suspect a resident is kept from the language course by her brother?', [KT]],
  ['tool', 'nb', 'når ble verktøyet for saksregistrering tatt i bruk egentlig?', [['2023']]],
  ['tool', 'nn', 'kor lenge har rådgivarane hatt registreringsverktøyet?', [['2023']]],
  ['tool', 'en', 'when did the case registration tool come in?', [['2023']]],
  ['tool', 'pl', 'od kiedy jest narzędzie do rejestracji spraw?', [['2023']]],
  ['plan', 'nb', 'hva heter handlingsplanen som gjelder nå?', [['Sjef i eget liv'], ['2028']]],
  ['plan', 'nn', 'kva heiter handlingsplanen som gjeld no, og kor lenge varer han?', [['Sjef i eget liv'], ['2028']]],
  ['plan', 'en', 'which action plan is in force now, and until when?', [['Sjef i eget liv'], ['2028']]],
  ['plan', 'tr', 'şimdiki eylem planının adı ne?', [['Sjef i eget liv'], ['2028']]],
  ['plan', 'fa', 'اسم برنامه اقدام فعلی چیه؟', [['Sjef i eget liv'], ['2028', '۲۰۲۸']]],
  ['plan', 'ru', 'как называется нынешний план действий?', [['Sjef i eget liv'], ['2028']]],
  ['study', 'nn', 'kven stod bak studien om dobbelt fokus på ungdom og foreldre?', [['Fafo']]],
  ['study', 'nb', 'hvilken forskning sier at hjelpen må ha dobbelt fokus på ungdom og foreldre?', [['Fafo']]],
  ['study', 'en', 'who wrote the study on a double focus on youth and parents?', [['Fafo']]],
  ['study', 'pl', 'kto zrobił badanie o podwójnym podejściu do młodzieży i rodziców?', [['Fafo']]],
  ['term', 'nb', 'hva betyr egentlig negativ sosial kontroll?? kusina mi sier jeg har det sånn siden jeg ikke får gå på fotballtrening eller ha instagram', [['Nora', 'ung.no', 'mangfoldsrådgiver', '815 55 201']]],
  ['ud', 'ru', 'круглосуточный телефон МИДа для норвежцев, застрявших за границей?', [['23 95 00 00']]],
  ['ud', 'ru', 'как связаться с МИДом ночью, если норвежец задержан за границей?', [['23 95 00 00']]],
  ['after 18', 'uk', 'ми з barnevernet. хлопцю 17, скоро 18 — хто тоді допомагає з житлом?', [['Kompetanseteamet']]],
  ['after 18', 'en', 'we are child welfare. she turns 18 in a month; who helps with housing after that?', [['Kompetanseteamet']]],
];

/** A role said beside two topics, or two things named with nothing asked: these could mean two things. */
const twins: ReadonlyArray<readonly [Lang, string]> = [
  ['nn', 'eg er lærar. verktøy eller plan?'],
  ['nb', 'hva med nettverk eller foreldre?? jeg lurer på det etter at kusina mi nevnte noe om det i går på trening'],
  ['nb', 'jobber på nav. nettverk og foreldre'],
  ['pl', 'nauczyciel tu. rodzice i młodzież?'],
  ['en', 'tool or plan?'],
];

describe('dym38: clear duty and history questions are answered, not "did you mean"', () => {
  const runner = conversationRunnerPerFile();

  it.each(probes)('%s (%s): %s', async (_class, lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });

  it.each(probes.filter(([c]) => c === 'duty'))('a calm duty question (%s, %s) gets no emergency card: %s', async (_class, lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
  });

  it.each(twins)('a message that could mean two things (%s) keeps "did you mean": %s', async (lang, message) => {
    const run = await runner.converse({ lang, turns: [message] });
    const view = readTurn(run.replies, runner.markers);
    expect(view.didYouMean).toBe(true);
    expect(view.emergency).toBe(false);
  });
});
