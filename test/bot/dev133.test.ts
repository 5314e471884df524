import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { alarmed, isDanger } from '../helpers/danger-alarm';

/**
 * dev133 (issue #13, session 41): the classes behind the first-run failures of the development set general-blind-133
 * (nb, nn with dialect spellings, en) and behind its dangers that only the learned second opinion read. Our own probes,
 * none of them a set's sentence. The classes:
 *  (a) a male person held back or not let home abroad ("holder ham igjen i", "lar ham ikke reise hjem", "won't let him
 *      go home", "не отпускают его домой"): the pronoun forms the female ones had (notBack, neverReturn);
 *  (b) a stay abroad "since last year" goes on now (recent): the "last year" inside it no longer makes the case general;
 *  (c) "which embassy helps people who are not let home from X?": a kind of person in a coverage question, no case
 *      (people), while a relative not let home stays danger;
 *  (d) a removal feared for when a course or programme ends (a coming time, season), in twelve languages;
 *  (e) a girl's cutting asked for, with a relative who will have it done otherwise (rule cutting-or-else-by-kin);
 *  (f) a death foretold as not waking up the next day or again (threat), not a baby who will not wake up at night;
 *  (g) nynorsk "avvergeplikta, gjeld ho …": the duty's pronoun is no person at risk;
 *  (i) a day outing with a packed lunch ("ta med matpakke", "bring a packed lunch": scope 'outing', twelve languages)
 *      beside a trip word and a day is an errand about the outing (everyday-outing), declined with no card; a trip
 *      abroad against someone's will with a packed lunch keeps the card;
 *  (h) facts: the police's non-emergency line asked in dialect or with a hyphen ("ikkj-akutt"), the violence helpline
 *      named plainly (VO-linjen 116 006), the Norwegian word for FGM in both forms, people the 2008 minority advisers
 *      helped asked as "people", and a marriage that had already taken place asked as a follow-up to 2008's figures.
 * Calm twins: a stay that ended, a statistic, a course followed by a training wish, a supposition, a training
 * discussion, a mother's own past cutting, a baby's sleep, a duty question with no one at risk.
 */
type Probe = readonly [Lang, string];

const heldMale: readonly Probe[] = [
  ['nb', 'Fetteren min på 17 er i Irak, og onklene holder ham igjen der nede'],
  ['nb', 'eleven vår på 16 er i Pakistan og familien lar ham ikke reise hjem'],
  ['nn', 'farbroren held han att i Somalia, han er 16 og vil heim'],
  ['en', 'his uncles are keeping him back in Iraq and he is only 16'],
  ['en', "our pupil is in Pakistan and the family won't let him go home, he's 17"],
  ['ar', 'ابن أختي في العراق وعائلته لا يسمحون له بالعودة'],
  ['uk', 'мій учень у Сомалі, родичі не відпускають його додому'],
  ['ru', 'мой ученик в Сомали, родственники не отпускают его домой'],
  ['pl', 'mój uczeń jest w Pakistanie, krewni nie pozwalają mu wrócić'],
];

const sinceLastYear: readonly Probe[] = [
  ['nb', 'kusinen min på 19 har vært i Somalia siden i fjor, og familien lar henne ikke reise hjem'],
  ['nn', 'kusina mi har vore i Irak sidan i fjor, og familien lèt ho ikkje reise heim'],
  ['en', "my niece has been in Iraq since last year and they won't let her go home"],
];
const sinceLastYearCalm: readonly Probe[] = [
  ['nb', 'hun var i Somalia i fjor og kom hjem i august, hvordan snakker vi med henne om det?'],
  ['en', 'how many people were held abroad last year?'],
];

const peopleNotLetHome: readonly Probe[] = [
  ['nb', 'hvilken ambassade hjelper folk som ikke får reise hjem fra Somalia?'],
  ['nn', 'kva ambassade hjelper folk som ikkje får reise heim frå Irak?'],
  ['en', "which embassy helps people who aren't allowed home from Pakistan?"],
];
const relativeNotLetHome: readonly Probe[] = [
  ['nb', 'søsteren min får ikke reise hjem fra Somalia, hvilken ambassade hjelper?'],
  ['nn', 'syster mi får ikkje reise heim frå Irak, kva ambassade hjelper?'],
];

const courseEnds: readonly Probe[] = [
  ['nb', 'en kursdeltaker er redd for at hun blir sendt til Irak når kurset er ferdig'],
  ['nn', 'ein deltakar er redd for at ho blir send til Somalia når kurset er slutt'],
];
const courseEndsCalm: readonly Probe[] = [
  ['nb', 'når kurset er ferdig ønsker vi opplæring om tvangsekteskap for alle lærerne'],
  ['en', 'a learner went to Iraq when the course ended last year and came back, she is fine now'],
];

const cuttingOrElse: readonly Probe[] = [
  ['en', 'a mother asked which doctor here can circumcise her girl (4), otherwise grandma will do it'],
  ['nb', 'en mor spurte hvor datteren på 5 kan omskjæres her, ellers gjør farmora det'],
];
const cuttingOrElseCalm: readonly Probe[] = [
  ['en', 'in training we discussed how some families say a girl must be cut or else she cannot marry'],
  ['en', 'if a mother says her mother-in-law will cut the girl otherwise, what do we do?'],
  ['nn', 'mora mi vart omskoren som barn, elles ville bestemor gjere det'],
];

const wakeUpThreat: readonly Probe[] = [
  ['en', "my client's husband told her that if she leaves him she won't wake up the next day"],
  ['nb', 'samboeren sa til henne at hvis hun går til politiet, så våkner hun ikke neste dag'],
  ['ru', 'муж сказал ей, что если она уйдёт, она больше не проснётся'],
  ['pl', 'mąż powiedział jej, że jeśli odejdzie, już się nie obudzi'],
  ['tr', 'kocası ona giderse bir daha uyanmaz dedi'],
];
const wakeUpCalm: readonly Probe[] = [['en', "the baby won't wake up at night anymore, is that normal?"]];

const dutyPronounCalm: readonly Probe[] = [
  ['nn', 'opplysningsplikta, gjeld ho for oss i barnehagen òg?'],
  ['nn', 'avvergeplikta: gjeld ho når det er snakk om kjønnslemlesting?'],
];
const dutyPronounDanger: readonly Probe[] = [['nn', 'ho vert slegen heime, gjeld avvergeplikta då?']];

describe('dev133: what the rules read', () => {
  it.each([...heldMale, ...sinceLastYear, ...relativeNotLetHome, ...courseEnds, ...cuttingOrElse, ...wakeUpThreat, ...dutyPronounDanger])(
    'danger %s: %s',
    (lng, text) => {
      expect([text, isDanger(text, lng)]).toEqual([text, true]);
    },
  );
  it.each([...sinceLastYearCalm, ...peopleNotLetHome, ...courseEndsCalm, ...cuttingOrElseCalm, ...wakeUpCalm, ...dutyPronounCalm])(
    'calm twin %s: %s',
    (lng, text) => {
      expect([text, isDanger(text, lng)]).toEqual([text, false]);
    },
  );
  it.each([...peopleNotLetHome, ...dutyPronounCalm])('no "112 if acute" line either %s: %s', (lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });
});

/** [language, turns, facts the last turn shows (each a list of spellings)]. */
type FactProbe = readonly [Lang, readonly string[], readonly (readonly string[])[]];

const facts: readonly FactProbe[] = [
  // (h) the non-emergency police line, dialect and hyphen spellings
  ['nn', ['ka e nummeret te politiet når det e ikkj-akutt?'], [['02800']]],
  ['nb', ['hva er nummeret til politiet for ikke-akutt?'], [['02800']]],
  // (h) the violence helpline named plainly
  ['en', ["what's the violence hotline?"], [['116 006', '116006']]],
  ['nb', ['nummeret til voldslinjen?'], [['116 006', '116006']]],
  ['ru', ['горячая линия по насилию, какой номер?'], [['116 006', '116006']]],
  // (h) the Norwegian word for FGM, both forms
  ['en', ["what's the Norwegian word for FGM?"], [['kjønnslemlesting'], ['kjønnslemlestelse']]],
  ['pl', ['jak po norwesku nazywa się okaleczanie żeńskich narządów płciowych?'], [['kjønnslemlesting']]],
  // (h) people the minority advisers helped in 2008, and women among them
  ['en', ['how many people did minority advisers assist in 2008 and how many were women?'], [['391'], ['282']]],
  // (h) a marriage already entered, asked after the 2008 fear-of-forced-marriage figure
  ['en', ['Kompetanseteamet 2008: how many cases about fear of forced marriage?', 'what about marriages that had already taken place?'], [['50']]],
  ['nb', ['hvor mange henvendelser om frykt for tvangsekteskap hadde Kompetanseteamet i 2008?', 'og der ekteskapet allerede var inngått?'], [['50']]],
  ['pl', ['ile zgłoszeń w sprawie obawy przed małżeństwem z przymusu miał Kompetanseteamet w 2008?', 'a ile, gdzie małżeństwo zostało już zawarte?'], [['50']]],
];

describe('dev133: the bot as it runs', () => {
  const runner = conversationRunnerPerFile();

  it.each<Probe>([
    ['en', 'can you write a note to parents: class outing to the forest on Thursday, bring a packed lunch'],
    ['nb', 'kan du skrive en melding til foreldrene: vi går på tur til skogen torsdag, husk matpakke'],
    ['nn', 'kan du skrive ei melding til foreldra: vi skal på tur til fjellet onsdag, ta med matpakke'],
  ])('(i) a note about a day outing with a packed lunch is declined, no card %s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.answers]).toEqual([text, false, 0]);
  });
  it('(i) a trip abroad against her will keeps the card beside a packed lunch', async () => {
    const view = await runner.turn('nb', 'eleven skal på tur til Pakistan fredag og vil ikke reise, moren sa hun skal ta med matpakke');
    expect(view.emergency).toBe(true);
  });

  it.each(facts)('%s %j shows the facts', async (lng, turns, wanted) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.didYouMean, view.cannotAnswer, view.replyLanguage]).toEqual([turns, false, false, lng]);
    for (const spellings of wanted) expect([turns, spellings, containsFact(view.texts, spellings)]).toEqual([turns, spellings, true]);
  });
  it.each<Probe>([
    ['nb', 'eleven vår på 15 er i Pakistan og familien holder ham igjen der, hvem ringer vi?'],
    ['en', 'a mum asked where her daughter (6) can be cut here, or else her mother-in-law will do it on holiday'],
  ])('danger gets the emergency card %s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
  });
  it.each<Probe>([
    ['nb', 'hvilken ambassade hjelper folk som ikke får reise hjem fra Afghanistan?'],
    ['nn', 'avvergeplikta, gjeld ho meg som jobbar i NAV?'],
  ])('calm twin gets no card %s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.answers > 0]).toEqual([text, false, true]);
  });
});
