/**
 * follow42 (issue #13: follow-ups and statistics asked in other words). Our own probes, none of them a set's sentence.
 * The classes:
 *  (1) a follow-up that names another service after a figure ("og rådgiverne?", "and the minority advisers?" after
 *      Kompetanseteamet's cases, or after June 2008's figures): the named service's figure for the year shown (or what
 *      is published for it), never the first card again and never "did you mean";
 *  (2) a follow-up with an adjective for a part ("How many national ones?", "og de lokale?", "وكم منها وطنية؟") after a
 *      grant's figure: the projects of that part (18 national, 111 local in 2023; 155 local in 2022, the year before),
 *      content/understanding/follow-up/<lang>.json `local` / `national`; after a figure published only whole ("how
 *      many were local?" after Kompetanseteamet's cases) the answer says the split is not published and gives the whole;
 *  (3) the envoys' training asked with no number word ("did the envoys do any competence raising?", "drev
 *      spesialutsendingene med kompetanseheving?", "رفع للكفاءة"): their 15 competence-raising assignments under that
 *      label, never under cases; training wished for ("kan de holde kurs for oss?") stays what it was;
 *  (4) a research question beside a finding ("what did Fafo find about parents, and is there more research?"): the
 *      article on IMDi's knowledge work and research, not "did you mean".
 * Calm twins: every follow-up here is statistics or knowledge, so none gets the emergency card; "and nationally?"
 * after a figure published whole asks the whole, not a split by level; a first message with "local" asks no figure.
 */
import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

type Probe = readonly [Lang, readonly string[], readonly string[]];

/** (2) A part of the grant's projects asked with an adjective alone: the figure of that part. */
const projectLevel: readonly Probe[] = [
  ['en', ['how much did the NGO grant scheme give in 2023?', 'How many national ones?'], ['18']],
  ['en', ['how much did the NGO grant scheme give in 2023?', 'and the local ones?'], ['111']],
  ['nb', ['hvor mye fikk frivillige organisasjoner i tilskudd i 2023?', 'hvor mange var nasjonale?'], ['18']],
  ['nb', ['hvor mye fikk frivillige organisasjoner i tilskudd i 2023?', 'og de lokale året før?'], ['155']],
  ['nn', ['kor mykje fekk frivillige organisasjonar i tilskot i 2023?', 'kor mange var lokale?'], ['111']],
  ['nn', ['kor mange prosjekt fekk tilskot i 2023?', 'og dei lokale i 2022?'], ['155']],
  ['ar', ['كم حصلت المنظمات التطوعية من منح في 2023؟', 'وكم منها وطنية؟'], ['18']],
  ['fa', ['در سال 2023 سازمان‌های داوطلب چقدر کمک مالی گرفتند؟', 'چند تا محلی بودند؟'], ['111']],
  ['ur', ['2023 میں رضاکار تنظیموں کو کتنی گرانٹ ملی؟', 'کتنے قومی تھے؟'], ['18']],
  ['so', ['immisa lacag ayay ururada samafalka heleen 2023?', 'immisa ayaa maxalli ahaa?'], ['111']],
  ['uk', ['скільки грантів отримали волонтерські організації у 2023 році?', 'а скільки національних?'], ['18']],
  ['ru', ['сколько денег получили общественные организации в 2023 году?', 'а сколько местных?'], ['111']],
  ['tr', ["2023'te gönüllü kuruluşlar ne kadar hibe aldı?", 'kaç tanesi ulusaldı?'], ['18']],
  ['pl', ['ile pieniędzy dostały organizacje wolontariackie w 2023?', 'a ile było lokalnych?'], ['111']],
  ['ti', ['ኣብ 2023 ወለንታዊ ውድባት ክንደይ ገንዘብ ረኺቦም?', 'ክንደይ ሃገራውያን ነይሮም?'], ['18']],
];

/** (2) A local part asked of a figure published only whole: the whole, said to be not split that way. */
const onlyWhole: readonly Probe[] = [
  ['en', ['how many cases did the competence team have in 2022?', 'how many were local?'], ['891']],
  ['nb', ['hvor mange saker hadde spesialutsendingene i 2023?', 'hvor mange var lokale?'], ['245']],
];

/** (1) Another service named after a figure: that service's figure, the year carried over. */
const otherService: readonly Probe[] = [
  ['en', ['how many cases did the competence team have in 2023?', 'and the minority advisers?'], ['899']],
  ['nb', ['hvor mange saker hadde Kompetanseteamet i 2023?', 'og rådgiverne?'], ['899']],
  ['nn', ['kor mange saker hadde Kompetanseteamet i 2023?', 'og minoritetsrådgivarane?'], ['899']],
  ['ur', ['2023 میں کتنے کیس تھے؟', 'اور کتنے مشیر؟'], ['899']],
  ['fa', ['تیم Kompetanseteamet در سال 2023 چند پرونده داشت؟', 'و مشاوران اقلیت؟'], ['899']],
  ['tr', ["Kompetanseteamet 2023'te kaç vaka aldı?", 'peki azınlık danışmanları?'], ['899']],
  ['pl', ['ile spraw miał Kompetanseteamet w 2023?', 'a doradcy ds. mniejszości?'], ['899']],
  ['so', ['immisa kiis ayay kooxda Kompetanseteamet lahayd 2023?', 'la-taliyayaashana immisa?'], ['899']],
  // June 2008: the advisers' figure of that period is the one published with the integration advisers.
  ['en', ['how many cases in June 2008?', 'and the minority advisers?'], ['2008']],
  ['ar', ['كم عدد الحالات في يونيو 2008؟', 'والمستشارين للأقليات'], ['2008']],
  ['ur', ['جون 2008 میں کتنے کیس تھے؟', 'اور اقلیتی مشیر؟'], ['2008']],
];

/** (3) The envoys' training asked without a number word: their 15 competence-raising assignments. */
const envoysTraining: readonly (readonly [Lang, string])[] = [
  ['en', 'what training did the envoys give in 2023?'],
  ['en', 'did the envoys do any competence raising?'],
  ['nb', 'drev spesialutsendingene med kompetanseheving?'],
  ['nb', 'hvilken opplæring ga spesialutsendingene i 2023?'],
  ['nn', 'gjorde spesialutsendingane noko kompetanseheving i 2023?'],
  ['ar', 'هل قام المبعوثون الخاصون بأي رفع للكفاءة في 2023؟'],
  ['so', 'ergayaasha gaarka ah ma sameeyeen tababar 2023?'],
  ['fa', 'فرستاده‌های ویژه در سال 2023 چه آموزشی دادند؟'],
  ['ur', 'خصوصی نمائندوں نے 2023 میں کیا تربیت دی؟'],
  ['uk', 'яке навчання проводили спеціальні посланці у 2023 році?'],
  ['ru', 'проводили ли специальные посланники обучение в 2023 году?'],
  ['pl', 'czy specjalni wysłannicy prowadzili szkolenia w 2023?'],
  ['ti', 'ፍሉያት ልኡኻት ኣብ 2023 እንታይ ስልጠና ሂቦም?'],
];

/** (3) Training wished for from the envoys: no count. */
const trainingWished: readonly (readonly [Lang, string])[] = [
  ['en', 'can the envoys hold a course for our teachers?'],
  ['nb', 'kan spesialutsendingene holde kurs for oss?'],
  ['nb', 'tilbyr spesialutsendingene kurs?'],
];

/** (4) A finding named beside a wish for more research: the research article, its title's word for research. */
const research: readonly Probe[] = [
  ['en', ['what did Fafo find about parents, and is there more research?'], ['research']],
  ['nb', ['hva fant Fafo om foreldre, og finnes det mer forskning?'], ['forskning']],
  ['nn', ['kva fann Fafo om foreldre, og finst det meir forsking?'], ['forsking']],
  ['ar', ['ماذا وجدت Fafo عن الآباء، وهل هناك أبحاث أخرى؟'], ['الأبحاث']],
  ['uk', ["що Fafo з'ясувало про батьків, і чи є ще дослідження?"], ['дослідження']],
  ['pl', ['co Fafo ustaliło o rodzicach i czy są inne badania?'], ['badania']],
  ['tr', ['Fafo ebeveynler hakkında ne buldu, başka araştırma var mı?'], ['araştırma']],
];

describe('follow42: follow-ups and statistics asked in other words', () => {
  const runner = conversationRunnerPerFile();

  it.each(projectLevel)('(2) a part of the grant\'s projects (%s): %j gives %j', async (lng, turns, facts) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.didYouMean, view.emergency, view.answers > 0]).toEqual([turns, false, false, true]);
    for (const fact of facts) expect([turns, fact, containsFact(view.texts, [fact])]).toEqual([turns, fact, true]);
  });

  it.each(onlyWhole)('(2) a local part of a figure published whole: the whole, said so (%s): %j', async (lng, turns, facts) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.didYouMean, view.emergency]).toEqual([turns, false, false]);
    for (const fact of facts) expect([turns, fact, containsFact(view.texts, [fact])]).toEqual([turns, fact, true]);
    // The first text after the title says the split asked is not published.
    expect(view.texts.slice(0, 3).join(' ')).toMatch(/don't have figures|har ikke tall/u);
  });

  it.each(otherService)('(1) another service named after a figure (%s): %j', async (lng, turns, facts) => {
    const first = await runner.turn(lng, turns.slice(0, 1));
    const view = await runner.turn(lng, turns);
    expect([turns, view.didYouMean, view.emergency, view.answers > 0]).toEqual([turns, false, false, true]);
    expect([turns, view.texts[0] === first.texts[0]]).toEqual([turns, false]);
    for (const fact of facts) expect([turns, fact, containsFact(view.texts, [fact])]).toEqual([turns, fact, true]);
  });

  it.each(envoysTraining)('(3) the envoys\' training: 15 assignments, not cases (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.didYouMean, view.emergency, containsFact(view.texts, ['15']), containsFact(view.texts, ['245'])]).toEqual([text, false, false, true, false]);
  });

  it.each(trainingWished)('(3) training wished for from the envoys is no count (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    // No figure card: the assignments' label ("competence-raising assignments", "kompetansehevingsoppdrag") is not shown.
    expect([text, view.emergency, containsFact(view.texts, ['competence-raising assignments']), containsFact(view.texts, ['kompetansehevingsoppdrag'])]).toEqual([text, false, false, false]);
  });

  it.each(research)('(4) a research question beside a finding (%s): %j', async (lng, turns, words) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.didYouMean, view.emergency]).toEqual([turns, false, false]);
    for (const word of words) expect([turns, (view.texts[0] ?? '').toLowerCase().includes(word)]).toEqual([turns, true]);
  });

  describe('calm twins', () => {
    it('"and nationally?" after a figure published whole asks no split by level', async () => {
      const view = await runner.turn('en', ['how many cases did the competence team have in 2022?', 'and nationally?']);
      expect([view.emergency, view.texts.slice(0, 3).join(' ').includes('by level')]).toEqual([false, false]);
    });
    it('a first message with "local" asks for no figure', async () => {
      const view = await runner.turn('nb', 'vi har et lokalt foreldrenettverk på skolen, hvordan kan vi samarbeide med mangfoldsrådgiveren?');
      expect([view.emergency, containsFact(view.texts, ['111']), containsFact(view.texts, ['lokale prosjekter'])]).toEqual([false, false, false]);
    });
    it('the national resource environments asked after a grant are their own figure, not the national projects', async () => {
      const view = await runner.turn('nb', ['hvor mye fikk frivillige organisasjoner i tilskudd i 2023?', 'og de nasjonale ressursmiljøene?']);
      expect([view.emergency, view.didYouMean, containsFact(view.texts, ['14'])]).toEqual([false, false, true]);
    });
  });
});
