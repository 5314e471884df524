/**
 * Session 43 (issue #13 understanding): the helpers' test files of the session joined in one file, each in its own
 * block under its name, so the suite builds the bot once for them (conversationRunnerPerFile). Blocks: role43 (steps
 * for child welfare, the police and health staff; a pupil's "who can I talk to at school?"), calm43 (an adult who says
 * nothing is acute; training asked with its topics), safety43 (a young resident kept inside, a client who whispers her
 * fear, a hedged cutting "ceremony" before a trip, nynorsk "trua" as faith), ask43 (anonymous consultation, training
 * asked, a team's number, near-field errands declined), need43 (the children's own number in the plural, lines named
 * by description, the advisers' headcount as a follow-up), dev43 / dev43b (the development sets' classes: relatives at
 * the door, traffic fines, a website named), rules43 (a child's everyday control told by a professional: the duty
 * answer, no block), part43 (a part out of scope beside an answered question; a calm parent's story), and the short
 * wave s43safe / s43facts / s43ask.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Lang } from '../../src/language/languages';
import { containsFact, type TurnView } from '../../src/evaluation/conversation-eval';
import { nextStepsFor } from '../../src/bot/veiviser-bot';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';
import { z } from 'zod';
import { createSecondOpinion, secondOpinionModelSchema, SECOND_OPINION_FILE } from '../../src/understanding/second-opinion';
import { readDataFile } from '../../src/paths/data-file';
import { contentPath } from '../../src/paths/content-root';
import { alarmed, isDanger, expectCalmByTheRules } from '../helpers/danger-alarm';
import { createTriageRecognizer } from '../../src/triage/triage-recognizer';
import { normalize, tokenize } from '../../src/language/text';

// ─── role43.test.ts ──────────────────────────────────────────────────────────────────────────────────────

{
/**
 * role43 (issue #13 point 7: front-line professionals answered for their role). A child-welfare worker asking what
 * their duty is about a 15-year-old to be married off got the tailored opening ("the duty to notify runs to you") but
 * the article's step 1 still said "notify the municipal child welfare service": child welfare told to report to itself.
 * Our own probes, none of them a set's sentence. The classes:
 *  (1) CHILD WELFARE asking its duty or what to do: the duty article's steps for them (police at danger, the risk
 *      assessed before the family is contacted, Kompetanseteamet on the case, UD's operations centre when abroad, the
 *      school's diversity adviser), never "notify child welfare";
 *  (2) POLICE: their own duty opening without "call the police (112)" as a step, and under the emergency numbers the
 *      child's note without "call the police on 112 first" (112 stays on the card). The data has no police district
 *      coordinator, so Kompetanseteamet is their adviser, as the articles say;
 *  (3) HEALTH (GP, midwife, school nurse) on forced marriage: the health personnel's duty (helsepersonelloven § 33)
 *      and their steps; FGM keeps its health opening; NAV, refugee services and adult education asking whether they may
 *      tell child welfare without consent get the duty for every public service, which goes before confidentiality;
 *  (4) A YOUNG PERSON asking whom they can talk to at school, in the twelve languages (situation concept
 *      talkAtSchoolSelf, rule youngWriter own-talk-at-school): the children's line (116 111), the school's diversity
 *      adviser said to a pupil, the Red Cross line, ung.no; calm (no emergency block), not the article for staff.
 * Calm twins: a teacher asking whom at school to talk to about a pupil (the staff article), staff training, a parent's
 * general question; a professional's general question on forced marriage with no case. Danger twins: a pupil who asks
 * whom to talk to and tells of a wedding planned against her keeps the emergency card.
 */
type Probe = readonly [Lang, string];
type Localized<T> = Partial<Record<Lang, T>>;
interface Opening {
  roles: string[];
  short: Localized<string>;
  steps?: Localized<string[]>;
}
interface ArticleData {
  steps: Localized<string[]>;
  openings: Opening[];
}

const root = path.join(__dirname, '..', '..');
const article = (id: string): ArticleData => JSON.parse(readFileSync(path.join(root, 'content', 'knowledge', 'articles', `${id}.json`), 'utf8')) as ArticleData;
const openingOf = (a: ArticleData, role: string): Opening => {
  const found = a.openings.find((o) => o.roles.includes(role));
  if (!found) throw new Error(`no opening for ${role}`);
  return found;
};
const dutyToNotify = article('duty-to-notify');
const forcedMarriage = article('forced-marriage');
const fgm = article('fgm');
const stepsOf = (o: Opening, lng: Lang): string[] => o.steps?.[lng] ?? [];
const shown = (texts: readonly string[], sentence: string): boolean => texts.join(' ').includes(sentence);

describe('role43: front-line professionals answered for their role', () => {
  const runner = conversationRunnerPerFile();

  describe('(1) child welfare asking its duty is not told to notify child welfare', () => {
    const probes: readonly Probe[] = [
      ['nb', 'Vi i barnevernet har fått en bekymringsmelding om ei jente på 14 som familien vil gifte bort. Hva er vår plikt?'],
      ['nn', 'Eg jobbar i barnevernet. Kva plikt har vi når vi får ei melding om eit barn som kan bli gift bort?'],
      ['en', "I'm a child welfare caseworker. What are our duties when a report says a 15-year-old may be married off?"],
      ['pl', 'Pracuję w barnevernet. Jakie mamy obowiązki, gdy dostajemy zgłoszenie o 15-latce, którą rodzina chce wydać za mąż?'],
    ];
    it.each(probes)('%s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      const own = stepsOf(openingOf(dutyToNotify, 'child-welfare'), lng);
      const notify = dutyToNotify.steps[lng]?.[0] ?? '';
      expect(own.length).toBeGreaterThan(0);
      // A girl of 14-15 to be married off is a case: the numbers come first, the answer behind them.
      expect([text, view.emergency]).toEqual([text, true]);
      expect([text, own.every((s) => shown(view.texts, s))]).toEqual([text, true]);
      expect([text, notify.length > 0 && shown(view.texts, notify)]).toEqual([text, false]);
    });
    it("the opening's steps name no report to child welfare, in every language", () => {
      const own = openingOf(dutyToNotify, 'child-welfare');
      for (const lng of Object.keys(dutyToNotify.steps) as Lang[]) {
        expect([lng, stepsOf(own, lng).length]).toEqual([lng, 5]);
        expect([lng, stepsOf(own, lng).includes(dutyToNotify.steps[lng]?.[0] ?? '')]).toEqual([lng, false]);
      }
    });
  });

  describe('(2) the police are not told to call the police', () => {
    const probes: readonly Probe[] = [
      ['nb', 'Jeg er polititjenestemann. Har jeg meldeplikt til barnevernet om et barn som kan bli tvangsgiftet?'],
      ['en', "I'm a police officer. Do I have a duty to notify child welfare?"],
    ];
    it.each(probes)('their duty steps: notify child welfare, no "call the police" %s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      const callPolice = dutyToNotify.steps[lng]?.[3] ?? '';
      expect(callPolice).toContain('112');
      expect([text, shown(view.texts, dutyToNotify.steps[lng]?.[0] ?? '-'), shown(view.texts, callPolice)]).toEqual([text, true, false]);
    });
    it('under the numbers, a police officer\'s case about a girl of 16: notify child welfare, without "call the police first"', async () => {
      const view = await runner.turn('nb', 'Jeg er politibetjent. Ei jente på 16 sier at hun skal giftes bort mot sin vilje i sommer. Hva gjør jeg?');
      const all = view.texts.join(' ');
      expect([view.emergency, all.includes('meld fra til barnevernet nå'), all.includes('ring politiet på 112 først')]).toEqual([true, true, false]);
    });
    it('a teacher\'s case keeps "call the police on 112 first" under the numbers', async () => {
      const view = await runner.turn('nb', 'Jeg er lærer. Ei jente på 16 i klassen sier at hun skal giftes bort mot sin vilje i sommer. Hva gjør jeg?');
      expect([view.emergency, view.texts.join(' ').includes('ring politiet på 112 først')]).toEqual([true, true]);
    });
    it('nextStepsFor: the police get the child\'s note of their own; child welfare none; a school the child\'s note', () => {
      expect(nextStepsFor('under-18', false, 'police')).toEqual(['child-welfare-police']);
      expect(nextStepsFor('under-18', false, 'child-welfare')).toBeUndefined();
      expect(nextStepsFor(undefined, false, 'school')).toEqual(['child-welfare']);
      expect(nextStepsFor('adult', false, 'police')).toEqual(['adult']);
    });
    it('the police\'s own duty opening has no "call the police" step, in every language', () => {
      const own = openingOf(dutyToNotify, 'police');
      expect(own.roles).toEqual(['police']);
      for (const lng of Object.keys(dutyToNotify.steps) as Lang[]) {
        expect([lng, stepsOf(own, lng).includes(dutyToNotify.steps[lng]?.[3] ?? '')]).toEqual([lng, false]);
        expect([lng, stepsOf(own, lng)[0]]).toEqual([lng, dutyToNotify.steps[lng]?.[0]]);
      }
    });
  });

  describe('(3) health on forced marriage and FGM; public services asking about consent', () => {
    const health: readonly Probe[] = [
      ['nb', 'Jeg er helsesykepleier. Hva gjør jeg hvis en elev på 16 forteller at hun skal giftes bort mot sin vilje?'],
      ['en', "I'm a midwife. What should I do about forced marriage?"],
      ['nb', 'Jeg er fastlege. En pasient på 17 sier at foreldrene planlegger å gifte henne bort. Hva gjør jeg?'],
    ];
    it.each(health)('forced marriage, health personnel: their duty and steps %s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      const own = openingOf(forcedMarriage, 'health');
      expect([text, stepsOf(own, lng).every((s) => shown(view.texts, s))]).toEqual([text, true]);
      expect([text, containsFact(view.texts, ['helsepersonelloven'])]).toEqual([text, true]);
    });
    it('FGM, a midwife: the health opening (a conversation and a voluntary examination)', async () => {
      const view = await runner.turn('nb', 'Jeg er jordmor og møter en gravid kvinne som er kjønnslemlestet. Hva gjør jeg?');
      const steps = stepsOf(openingOf(fgm, 'health'), 'nb');
      expect([view.emergency, steps.some((s) => shown(view.texts, s))]).toEqual([false, true]);
    });
    const consent: readonly Probe[] = [
      ['nb', 'Jeg jobber i flyktningtjenesten. Kan jeg si fra til barnevernet uten samtykke fra foreldrene?'],
      ['nb', 'Jeg jobber i NAV. Kan jeg dele opplysninger med barnevernet uten samtykke?'],
    ];
    it.each(consent)('may a public service tell child welfare without consent: the duty for every public service %s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      const short = openingOf(dutyToNotify, 'nav').short[lng] ?? '';
      expect([text, view.emergency, shown(view.texts, short.slice(0, 80))]).toEqual([text, false, true]);
    });
    it('calm twin: a GP\'s general question on forced marriage, no case, gets no emergency card', async () => {
      const view = await runner.turn('nb', 'Jeg er fastlege. Hva sier loven om tvangsekteskap?');
      expect([view.emergency, view.answers > 0]).toEqual([false, true]);
    });
  });

  describe('(4) a young person asking whom they can talk to at school', () => {
    const young: readonly Probe[] = [
      ['nb', 'Hvem kan jeg prate med på skolen?'],
      ['nb', 'Finnes det noen på skolen jeg kan snakke med?'],
      ['nn', 'Kven kan eg snakke med på skulen?'],
      ['nn', 'Er det nokon eg kan snakke med på skulen?'],
      ['en', 'Who can I talk to at school?'],
      ['en', 'Is there someone at school I can talk to?'],
      ['so', 'Yaan la hadli karaa dugsiga?'],
      ['uk', 'З ким я можу поговорити в школі?'],
      ['ru', 'С кем я могу поговорить в школе?'],
      ['tr', 'Okulda kiminle konuşabilirim?'],
      ['pl', 'Z kim mogę porozmawiać w szkole?'],
      ['ar', 'مع من اتحدث في المدرسة؟'],
      ['fa', 'در مدرسه با کی حرف بزنم؟'],
      ['ur', 'اسکول میں کس سے بات کروں؟'],
      ['ti', 'ኣብ ቤት ትምህርቲ ምስ መን ክዛረብ?'],
    ];
    it.each(young)('the lines for young people and the school\'s adviser, calm %s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      const adviserForPupil = (JSON.parse(readFileSync(path.join(root, 'locales', lng, 'contacts.json'), 'utf8')) as { reason: { youngAdviser: string } }).reason.youngAdviser;
      expect([text, view.emergency, view.answers > 0, view.replyLanguage]).toEqual([text, false, true, lng]);
      expect([text, containsFact(view.texts, ['116 111']), containsFact(view.texts, ['815 55 201'])]).toEqual([text, true, true]);
      expect([text, containsFact(view.texts, [adviserForPupil.slice(0, 40)])]).toEqual([text, true]);
    });
    const staff: readonly Probe[] = [
      ['nb', 'Jeg er lærer. Hvem kan jeg snakke med på skolen om en elev jeg er bekymret for?'],
      ['en', "I'm a teacher. Who can I talk to at school about a pupil I'm worried about?"],
      ['nb', 'Hvem kan jeg snakke med på skolen om opplæring av personalet?'],
    ];
    it.each(staff)('calm twin: a professional\'s question is not a pupil\'s, no card %s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      const adviserForPupil = (JSON.parse(readFileSync(path.join(root, 'locales', lng, 'contacts.json'), 'utf8')) as { reason: { youngAdviser: string } }).reason.youngAdviser;
      expect([text, view.emergency, view.answers > 0, containsFact(view.texts, [adviserForPupil.slice(0, 40)])]).toEqual([text, false, true, false]);
    });
    const everydayControl: readonly Probe[] = [
      ['nb', 'Hvem kan jeg snakke med på skolen om at pappa bestemmer alt?'],
      ['nn', 'Kven kan eg snakke med på skulen om at familien bestemmer alt for meg?'],
      ['en', 'who can i talk to at school about my parents controlling everything'],
    ];
    it.each(everydayControl)('calm: whom to talk to at school about everyday control at home, the lines without the block %s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect([text, view.emergency, containsFact(view.texts, ['116 111'])]).toEqual([text, false, true]);
    });
    it('calm twin: a parent asking whom her daughter can talk to at school gets no card', async () => {
      const view = await runner.turn('nb', 'Hvem kan datteren min snakke med på skolen?');
      expect([view.emergency, view.answers > 0]).toEqual([false, true]);
    });
    const danger: readonly Probe[] = [
      ['nb', 'Hvem kan jeg snakke med på skolen? Foreldrene mine skal gifte meg bort i sommer.'],
      ['en', 'Who can I talk to at school? My parents are taking me to Pakistan next week to marry me off.'],
      ['nb', 'Hvem kan jeg snakke med på skolen? Pappa har tatt passet mitt og vi reiser til Somalia i morgen.'],
    ];
    it.each(danger)('danger twin: a wedding planned against the pupil keeps the emergency card %s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect([text, view.emergency]).toEqual([text, true]);
    });
  });
});
}

// ─── calm43.test.ts ──────────────────────────────────────────────────────────────────────────────────────

{
/**
 * calm43 (issue #13, false alarms; session 43): the emergency card on calm items of the tuned sets (6.1 % at main,
 * 1,101 of 18,110; long stories and duty questions most). Our own probes, in our own words, none of them a set's
 * sentence. The classes:
 *  (1) A GROWN-UP WHO ONLY WANTS TO TALK: a writer who gives their own age of 18 or more, tells of everyday control by
 *      their family (who they meet, money, "decides everything"), says in their own words that nothing is acute or
 *      urgent (the situation's notUrgent cues, twelve languages) and states a wish to talk rather than asking "who can
 *      I talk to?". A young writer's wish is read as a line asked (forYoungWriter) and was calm; a grown-up's stayed a
 *      topic's article, so the young writer's "112 if acute" block came with it. Now a grown-up's own calm word with
 *      nothing but everyday control beside it gives the lines adults call themselves, "call 112" as a plain sentence
 *      (src/understanding/understand.ts adultSaysCalm).
 *  (2) THE SECOND OPINION'S GATE (content/understanding/second-opinion-gate.json and second-opinion.json calmAsked):
 *      (2a) `notUrgent` beside everyday control only (control, a curfew, cannot talk at home, a time word) is not asked
 *           of the model;
 *      (2b) `training` (a course, training, teaching material asked for) beside only the topics it is about (honour,
 *           a harm, a killing, a cutting, control, a marriage against someone's will) is not asked of the model.
 *      A threat, a fear, a trip, a time, someone taken or any other gate concept beside either lets the model weigh the
 *      turn as before; the rules' dangers are read before the model in any case.
 * Danger twins keep the card: the same grown-up with a threat to kill or a ticket booked to marry abroad; the same
 * course beside a pupil threatened tonight.
 */
type Probe = readonly [Lang, string];

/** (1) A grown-up under everyday control who says nothing is acute and wants to talk. */
const grownUpWantsToTalk: readonly Probe[] = [
  ['nb', "jeg er 20 og familien min bestemmer alt, hvem jeg treffer og pengene mine. ikke noe akutt, vil bare prate med noen"],
  ['nn', "eg er 21 og familien min bestemmer alt for meg. ikkje noko akutt, vil berre prate med nokon"],
  ['en', "i'm 20 and my family decides everything for me, even my money. nothing acute, i just want to talk with someone"],
  ['ar', "عمري 20 سنة وعائلتي تقرر كل شيء عني. لا شيء عاجل، أريد فقط أن أتحدث مع أحد"],
  ['so', "waxaan ahay 20 jir, qoyskaygu wax walba ayay ii go'aamiyaan. wax degdeg ah ma jiraan, waxaan rabaa inaan qof la hadlo"],
  ['fa', "من ۲۰ ساله هستم و خانواده‌ام همه چیز را برایم تصمیم می‌گیرند. چیز فوری نیست، فقط می‌خواهم با کسی صحبت کنم"],
  ['ur', "میری عمر 20 سال ہے اور میرے گھر والے میرے لیے سب کچھ طے کرتے ہیں۔ کوئی فوری بات نہیں، بس کسی سے بات کرنا چاہتی ہوں"],
  ['uk', "мені 20, моя родина все вирішує за мене. нічого термінового, просто хочу з кимось поговорити"],
  ['ru', "мне 20, моя семья всё решает за меня. ничего срочного, просто хочу с кем-нибудь поговорить"],
  ['tr', "20 yaşındayım, ailem her şeye benim yerime karar veriyor. acil bir şey yok, sadece biriyle konuşmak istiyorum"],
  ['pl', "mam 20 lat i moja rodzina decyduje o wszystkim za mnie. nic pilnego, chcę tylko z kimś porozmawiać"],
  ['ti', "ዕድመይ 20 እዩ፣ ስድራይ ኩሉ ነገር ይውስኑለይ። ህጹጽ ነገር የለን፣ ምስ ሓደ ሰብ ክዛረብ ጥራይ እደሊ"],
  ['nb', "jeg er 18 og familien min bestemmer alt for meg. ikke noe akutt, vil bare snakke med noen"],
  ['nn', "eg er 18 og familien min bestemmer alt for meg. ikkje noko akutt, vil berre snakke med nokon"],
  ['en', "im 18 and my family decides everything for me. nothing acute, i just want to talk to someone"],
];

/** (1) Danger twins: the same grown-up with a threat told, or a ticket booked to marry abroad. */
const grownUpInDanger: readonly Probe[] = [
  ['nb', "jeg er 20 og familien min bestemmer alt. ikke noe akutt trodde jeg, men nå har de kjøpt billett til Pakistan neste uke så jeg skal gifte meg der"],
  ['nn', "eg er 21 og familien min bestemmer alt for meg. ikkje noko akutt, men bror min sa i går at han drep meg om eg flyttar ut"],
  ['en', "i'm 20 and my family decides everything for me. nothing acute i thought, but my brother said yesterday he will kill me if i move out"],
  ['ar', "عمري 20 سنة وعائلتي تقرر كل شيء عني. لا شيء عاجل، لكن أخي قال أمس إنه سيقتلني إذا خرجت من البيت"],
  ['so', "waxaan ahay 20 jir, qoyskaygu wax walba ayay ii go'aamiyaan. toddobaadka soo socda ayay Soomaaliya ii dirayaan si aan u guursado"],
  ['fa', "من ۲۰ ساله هستم و خانواده‌ام همه چیز را برایم تصمیم می‌گیرند. برادرم دیروز گفت اگر از خانه بروم مرا می‌کشد"],
  ['ur', "میری عمر 20 سال ہے اور میرے گھر والے سب کچھ طے کرتے ہیں۔ میرے بھائی نے کل کہا کہ اگر میں گھر چھوڑوں تو وہ مجھے مار ڈالے گا"],
  ['uk', "мені 20, моя родина все вирішує за мене. нічого термінового, але брат учора сказав, що вб'є мене, якщо я піду з дому"],
  ['ru', "мне 20, моя семья всё решает за меня. ничего срочного, но брат вчера сказал, что убьёт меня, если я уйду из дома"],
  ['tr', "20 yaşındayım, ailem her şeye benim yerime karar veriyor. acil bir şey yok ama abim dün evden çıkarsam beni öldüreceğini söyledi"],
  ['pl', "mam 20 lat i moja rodzina decyduje o wszystkim za mnie. nic pilnego, ale brat wczoraj powiedział, że mnie zabije, jeśli się wyprowadzę"],
  ['ti', "ዕድመይ 20 እዩ፣ ስድራይ ኩሉ ነገር ይውስኑለይ። ሓወይ ትማሊ ካብ ገዛ እንተወጺአ ክቐትለኒ እዩ ኢሉ"],
];

/** (2b) Training on a topic that names a harm (the languages where the rules read no danger in it). */
const trainingOnATopic: readonly Probe[] = [
  ['en', "We are planning a course for our staff on honour-related violence and honour killings. Who could teach it?"],
  ['so', "Waxaan qorsheyneynaa koorso loogu talagalay shaqaalaha oo ku saabsan rabshadaha sharafta iyo dilka. Yaa bixin kara?"],
  ['tr', "Personel için namus temelli şiddet ve namus cinayetleri hakkında bir kurs planlıyoruz. Bunu kim verebilir?"],
  ['pl', "Planujemy szkolenie dla pracowników o przemocy w imię honoru i zabójstwach honorowych. Kto może je poprowadzić?"],
  ['ti', "ንሰራሕተኛታት ብዛዕባ ምስ ክብሪ ዝተተሓሓዘ ዓመጽን ቅትለትን ስልጠና ንውጥን ኣለና። መን ክህቦ ይኽእል?"],
];

/** (2b) Danger twins: a course planned, and a pupil threatened tonight. */
const trainingBesideACase: readonly Probe[] = [
  ['nb', "Vi planlegger et kurs om æresrelatert vold, men nå i dag sa en elev at faren truer med å drepe henne i kveld. Hvem ringer vi?"],
  ['nn', "Vi planlegg eit kurs om æresrelatert vald, men i dag sa ei elev at faren trugar med å drepe henne i kveld."],
  ['en', "We are planning a course on honour violence, but today a pupil told us her father threatened to kill her tonight. Who do we call?"],
  ['ar', "نخطط لدورة عن العنف المرتبط بالشرف، لكن اليوم قالت طالبة إن والدها هددها بالقتل الليلة. بمن نتصل؟"],
  ['so', "Waxaan qorsheyneynaa koorso, laakiin maanta arday ayaa noo sheegtay in aabaheed ku hanjabay inuu dilayo caawa."],
  ['fa', "ما یک دوره آموزشی برنامه‌ریزی می‌کنیم، اما امروز یک دانش‌آموز گفت پدرش تهدید کرده امشب او را بکشد."],
  ['ur', "ہم ایک تربیتی کورس کا منصوبہ بنا رہے ہیں، لیکن آج ایک طالبہ نے بتایا کہ اس کے والد نے آج رات اسے قتل کرنے کی دھمکی دی ہے۔"],
  ['uk', "Ми плануємо курс, але сьогодні учениця сказала, що батько погрожує вбити її сьогодні ввечері."],
  ['ru', "Мы планируем курс, но сегодня ученица сказала, что отец угрожает убить её сегодня вечером."],
  ['tr', "Bir kurs planlıyoruz ama bugün bir öğrenci babasının bu akşam onu öldürmekle tehdit ettiğini söyledi."],
  ['pl', "Planujemy szkolenie, ale dziś uczennica powiedziała, że ojciec grozi, że zabije ją dziś wieczorem."],
  ['ti', "ስልጠና ንውጥን ኣለና፣ ግን ሎሚ ሓንቲ ተምሃሪት ኣቦኣ ሎሚ ምሸት ክቐትላ ምዃኑ ኣፈራሪሑዋ ኢላትና።"],
];

describe('calm43: the bot as it runs', () => {
  const runner = conversationRunnerPerFile();

  it.each(grownUpWantsToTalk)('(1) a grown-up who only wants to talk: no emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, false]);
  });
  it.each(grownUpWantsToTalk.filter(([lng]) => lng === 'nb' || lng === 'nn' || lng === 'en'))('(1) and gets the line adults call themselves (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, containsFact(view.texts, ['815 55 201', '81555201'])]).toEqual([text, true]);
  });
  it.each(grownUpInDanger)('(1) danger twin keeps the emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
  });
  it.each(trainingOnATopic)('(2b) training on a topic: no emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, false]);
  });
  it.each(trainingBesideACase)('(2b) danger twin keeps the emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
  });
});

describe("calm43: the second opinion's gate", () => {
  // The committed gate with a model that scores every turn far above its line: only the gate decides.
  const committed = readDataFile(SECOND_OPINION_FILE(), secondOpinionModelSchema);
  const alwaysAbove = createSecondOpinion({ ...committed, prior: 10, weights: {} });
  const text = 'five words or more here to pass the floor';
  const fires = (concepts: readonly string[]): boolean => alwaysAbove.fires(text, new Set(concepts));

  it('(2a) not urgent beside everyday control only is not asked', () => {
    expect(fires(['notUrgent', 'control'])).toBe(false);
    expect(fires(['notUrgent', 'control', 'curfew', 'cannotTalkHome'])).toBe(false);
  });
  it('(2a) a threat, a trip, a marriage or a fear beside it is still asked', () => {
    for (const beside of ['threat', 'trip', 'marrying', 'scared', 'harmWill', 'locked']) expect([beside, fires(['notUrgent', 'control', beside])]).toEqual([beside, true]);
  });
  it('(2b) training beside the topics it is about is not asked', () => {
    expect(fires(['training', 'honour', 'harm'])).toBe(false);
    expect(fires(['training', 'killing', 'cutting', 'againstWill'])).toBe(false);
  });
  it('(2b) a threat, a time, a trip or someone taken beside training is still asked', () => {
    for (const beside of ['threat', 'recent', 'trip', 'takenAway', 'scared', 'harmWill']) expect([beside, fires(['training', 'honour', beside])]).toEqual([beside, true]);
  });
  it('the gate file and the model file list the same calm questions', () => {
    const gateFile = z.object({ calmAsked: z.array(z.object({ asks: z.string(), besideOnly: z.array(z.string()) })) }).passthrough();
    const gate = gateFile.parse(JSON.parse(readFileSync(contentPath('understanding', 'second-opinion-gate.json'), 'utf8')));
    const sorted = (list: readonly { asks: string; besideOnly: readonly string[] }[]) => list.map((c) => ({ asks: c.asks, besideOnly: [...c.besideOnly].sort() }));
    expect(sorted(committed.calmAsked ?? [])).toEqual(sorted(gate.calmAsked));
  });
});
}

// ─── safety43.test.ts ────────────────────────────────────────────────────────────────────────────────────

{
/**
 * safety43 (issue #13, safety: emergency recall must be 100 %). Session 42's held-back sets, joined as tuned sets
 * general-blind-134 and -135, missed three dangers (gb134-025, gb134-196, gb135-036). Our own probes, none of them a
 * set's sentence, keep each one's structure (who tells it, the hedge, the order, a question beside it). The classes:
 *  (1) a professional (reception centre, refugee service, introduction programme, adult education) telling of a young
 *      woman resident or participant kept inside, not let out or watched by her family, often beside "whom do we
 *      contact?": 'locked' now reads "held inside by", "has not been out of her room", "not allowed to go out" in the
 *      languages that lacked them, 'guarded' reads "they watch her all the time" (rules locked-in, controlled-guarded);
 *  (2) a client who hints at danger while a relative watches or speaks for her (NAV, a GP, an interpreter): "she
 *      whispered that she is afraid", "she cannot talk here", "a note saying she is afraid" are a plea said under the
 *      breath ('plea', rule whispered-plea), in the twelve languages;
 *  (3) a hedged FGM risk told by health or school staff ("maybe I'm overreacting, but the mother spoke of a ceremony to
 *      make her clean on the trip this summer"; a girl who, someone tells, looks forward to a party abroad "where they
 *      become proper girls"): the girl's own joy no longer makes the rite a wanted plan when someone else tells it
 *      (src/understanding/danger-reader.ts, wantedCalm), and "become proper girls" is a rite word ('girlsRite').
 * Calm twins: a past case that is over, a general or training question, statistics, a relative who interprets with no
 * fear told, FGM after-effects in an adult, a naming or birthday party on a trip abroad (second-opinion-gate.json,
 * calmAsked everydayRite), and nynorsk "trua" as faith ("ho har trua på seg sjølv"), while "dei truar henne" and "ho
 * vart trua med" stay threats.
 */
type Probe = readonly [Lang, string];

/** (1) A young woman resident or participant kept inside or watched by her family, told by staff. */
const keptInside: readonly Probe[] = [
  ['nb', 'Jeg jobber på et asylmottak. En ung kvinne som bor her får ikke lov å gå ut av leiligheten, familien passer på henne hele tiden. Hvem kontakter vi?'],
  ['nb', 'vi har en deltaker på introduksjonsprogrammet, ei ung jente, som ikke har møtt på to uker. naboer sier at hun holdes inne av familien. hvem ringer vi'],
  ['nb', 'en ung kvinne på mottaket har ikke vært ute av rommet sitt siden fredag. onkelen sitter på gangen hele dagen og han har mobilen hennes. hun ser livredd ut når vi kommer inn'],
  ['nn', 'Eg jobbar på asylmottaket. Ei ung kvinne som bur her får ikkje gå ut, familien passar på henne heile tida. Kven kontaktar vi?'],
  ['en', 'a young woman at the reception centre hasn\'t left her room since friday. her uncle sits in the corridor all day and he has her phone. she looks terrified when we knock'],
  ['en', 'refugee service here: a young female participant in the introduction programme has been kept inside by her relatives for a week and hasn\'t come to class. who should we call?'],
  ['ar', 'أعمل في مركز استقبال اللاجئين. شابة تسكن هنا لا يسمح لها أهلها بالخروج ويراقبونها طوال الوقت. بمن نتصل؟'],
  ['so', 'Waxaan ka shaqeeyaa xarunta qaxootiga. Gabadh dhallinyaro ah oo halkan degan qoyskeeda uma oggola inay banaanka u baxdo, way ilaaliyaan had iyo jeer. Yaan la xiriirnaa?'],
  ['fa', 'در کمپ پناهجویان کار می‌کنم. یک زن جوان که اینجا زندگی می‌کند اجازه ندارد بیرون برود و خانواده‌اش همیشه مراقبش هستند. با چه کسی تماس بگیریم؟'],
  ['ur', 'میں پناہ گزین مرکز میں کام کرتی ہوں۔ یہاں رہنے والی ایک نوجوان خاتون کو اس کا خاندان باہر جانے نہیں دیتا اور ہر وقت اس پر نظر رکھتا ہے۔ ہم کس سے رابطہ کریں؟'],
  ['uk', 'Я працюю в центрі прийому біженців. Молодій жінці, яка тут живе, родина не дозволяє виходити, за нею весь час стежать. До кого нам звернутися?'],
  ['ru', 'Я работаю в центре приема беженцев. Молодой женщине, которая здесь живет, семья не разрешает выходить, за ней все время следят. К кому нам обратиться?'],
  ['tr', 'Sığınmacı kabul merkezinde çalışıyorum. Burada kalan genç bir kadının ailesi onun dışarı çıkmasına izin vermiyor, sürekli onu gözetliyorlar. Kiminle iletişime geçmeliyiz?'],
  ['pl', 'Pracuję w ośrodku dla uchodźców. Młoda kobieta, która tu mieszka, nie może wychodzić, rodzina cały czas jej pilnuje. Z kim mamy się skontaktować?'],
  ['ti', 'ኣብ መዓስከር ስደተኛታት እየ ዝሰርሕ። ሓንቲ ኣብዚ እትቕመጥ መንእሰይ ጓል ኣንስተይቲ ስድራኣ ንደገ ክትወጽእ ኣይፈቕዱላን፣ ኩሉ ግዜ ይከታተልዋ። ምስ መን ንራኸብ?'],
];

/** (2) A client who whispers her fear, cannot talk here or passes a note while a relative speaks for her. */
const relativeSpeaksForHer: readonly Probe[] = [
  ['nb', 'Jeg er fastlege. En pasient kom sammen med mannen sin, og han svarte på alt. Da han gikk ut, hvisket hun at hun er redd og ikke kan snakke her.'],
  ['nb', 'Fastlegen her: en pasient kom med mannen sin som tolket for henne. Hun ga meg en lapp der det sto at hun trenger hjelp og er redd hjemme.'],
  ['nn', 'Ho kom til NAV saman med bror sin som svara på alt. Då han gjekk ut, kviskra ho at ho er redd og ikkje kan snakke her.'],
  ['en', 'She came to the NAV meeting with her brother, who answered every question for her. When he stepped out she whispered that she is scared and can\'t talk here.'],
  ['ar', 'أعمل في نافا. جاءت موكلتي مع أخيها الذي أجاب عن كل الأسئلة. عندما خرج همست لي بأنها خائفة ولا تستطيع الكلام هنا.'],
  ['so', 'Waxaan ka shaqeeyaa NAV. Macmiil ayaa la timid walaalkeed oo ka jawaabay su\'aal kasta. Markuu baxay ayay ii sheekeysay si hoose inay baqayso oo aysan halkan ka hadli karin.'],
  ['fa', 'در ناو کار می‌کنم. مراجع من با برادرش آمد که به همه سؤال‌ها جواب داد. وقتی او بیرون رفت، آهسته گفت که می‌ترسد و اینجا نمی‌تواند حرف بزند.'],
  ['ur', 'میں ناو میں کام کرتا ہوں۔ میری کلائنٹ اپنے بھائی کے ساتھ آئی جس نے ہر سوال کا جواب دیا۔ جب وہ باہر گیا تو اس نے سرگوشی میں کہا کہ وہ ڈری ہوئی ہے اور یہاں بات نہیں کر سکتی۔'],
  ['uk', 'Я працюю в NAV. Клієнтка прийшла з братом, який відповідав на всі питання. Коли він вийшов, вона прошепотіла, що боїться і не може тут говорити.'],
  ['ru', 'Я работаю в NAV. Клиентка пришла с братом, который отвечал на все вопросы. Когда он вышел, она прошептала, что боится и не может здесь говорить.'],
  ['tr', "NAV'da çalışıyorum. Danışanım ağabeyiyle geldi, her soruyu ağabeyi cevapladı. O dışarı çıkınca kadın bana korktuğunu ve burada konuşamayacağını fısıldadı."],
  ['pl', 'Pracuję w NAV. Klientka przyszła z bratem, który odpowiadał na wszystkie pytania. Kiedy wyszedł, szepnęła, że się boi i nie może tu rozmawiać.'],
  ['ti', 'ኣብ NAV እየ ዝሰርሕ። ዓማዊለይ ምስ ሓዋ መጸት፣ ንኹሉ ሕቶታት ንሱ መለሰ። ንሱ ምስ ወጸ፣ ከም እትፈርሕን ኣብዚ ክትዛረብ ከም ዘይትኽእልን ብሕሹኽታ ነጊራትኒ።'],
];

/** (3) A hedged FGM risk: a ceremony to make the girl clean, or a party where girls "become proper girls", on a trip. */
const hedgedCutting: readonly Probe[] = [
  ['nb', 'Kanskje jeg overreagerer, men moren fortalte at jenta skal «gjøres ren» når familien drar til Sudan i sommer. Hva gjør jeg?'],
  ['nb', 'en elev i 6. klasse fortalte meg at hun gleder seg til juli, da skal hun og søstrene til Sudan på en stor feiring der de skal bli ordentlige jenter. bestemor blir med. hva gjør jeg'],
  ['nn', 'Kanskje eg overreagerer, men mora sa at dei skal ha ein seremoni for jenta når dei reiser til Somalia i sommar, for å gjere henne rein.'],
  ['nb', 'ei jente i 6. klasse fortalte meg i går at hun gleder seg til ferien, da skal hun og søskenbarna til Sudan på en stor fest der de blir ordentlige jenter. faren blir med. hva bør jeg gjøre'],
  ['en', 'a girl in grade 6 told me today she is excited for the holidays because she and her cousins go to Sudan for a big party where they become proper girls. her dad comes too. should I do anything'],
  ['nb', 'ei jente i 5. klasse sa i dag at hun gleder seg til påske, da skal hun og tantene til Sudan og ha en stor fest der de blir skikkelige jenter. bør jeg si fra?'],
  ['nn', 'ei elev i 5. klasse sa at ho gler seg til sommaren, då skal ho og systrene til Egypt på ein stor fest der dei skal bli ordentlege jenter. bør eg gjere noko?'],
  ['en', 'I might be overreacting, but the mother told me they will have a ceremony for her girl to make her clean when they go to Sudan this summer.'],
  ['en', "a pupil in year 5 told me she can't wait for the summer holiday because she and her cousins are going to Somalia for a big celebration where they become proper girls. her mum is going too. should I do something?"],
  ['ar', 'ربما أبالغ، لكن الأم تحدثت عن حفلة لابنتها لتطهيرها عندما يسافرون إلى مصر هذا الصيف.'],
  ['so', 'Waxaa laga yaabaa inaan xad dhaafayo, laakiin hooyadu waxay ka hadashay xaflad gabadha lagu nadiifinayo marka ay Soomaaliya u safrayaan xagaagan.'],
  ['fa', 'شاید زیاده‌روی می‌کنم، اما مادر از مراسمی برای دخترش صحبت کرد که وقتی تابستان به مصر می‌روند او را پاک کنند.'],
  ['ur', 'شاید میں زیادہ سوچ رہی ہوں، لیکن ماں نے بتایا کہ اس گرمی میں جب وہ صومالیہ جائیں گے تو بیٹی کی ایک رسم ہوگی تاکہ اسے پاک کیا جائے۔'],
  ['uk', 'Можливо, я перебільшую, але мати говорила про церемонію для дочки, щоб зробити її чистою, коли вони поїдуть до Єгипту цього літа.'],
  ['ru', 'Возможно, я преувеличиваю, но мать говорила о церемонии для дочери, чтобы сделать её чистой, когда они поедут в Египет этим летом.'],
  ['tr', "Belki abartıyorum ama anne, bu yaz Sudan'a gittiklerinde kızı için onu temizlemek amacıyla bir tören yapılacağını söyledi."],
  ['pl', 'Może przesadzam, ale matka mówiła o ceremonii dla córki, żeby uczynić ją czystą, kiedy pojadą tego lata do Egiptu.'],
  ['ti', 'ምናልባት እየጋነንኩ ክኸውን እኽእል እየ፣ ግን እታ ኣደ ኣብዚ ሓጋይ ናብ ሱዳን ክኸዱ ከለዉ ንጓላ ንምጽራያ ስነ-ስርዓት ከም ዘሎ ተዛሪባ።'],
];

/** Nynorsk "trua" said of a threat stays a threat. */
const truaThreat: readonly Probe[] = [
  ['nn', 'dei truar henne med at ho skal sendast til Pakistan'],
  ['nn', 'ho vart trua med juling om ho gjekk ut'],
  ['nn', 'Ho er trua av brørne sine og torer ikkje gå heim.'],
  ['nn', 'Ho har vorte trua av onkelen.'],
];

/** Calm twins: the same topics with no present danger. The rules read neither danger nor a concern. */
const calmTwins: readonly Probe[] = [
  ['nb', 'En ung kvinne på mottaket ble holdt inne av familien i fjor, men saken er avsluttet og hun bor nå for seg selv. Hvordan følger vi opp?'],
  ['nb', 'Hva gjør mottaksansatte hvis en beboer blir holdt inne av familien? Et generelt spørsmål til opplæring.'],
  ['en', 'How many women in reception centres reported being kept inside by relatives last year?'],
  ['nb', 'En pasient kom med broren som tolket for henne, alt gikk greit og hun var fornøyd. Bør vi bruke profesjonell tolk?'],
  ['en', 'A patient came with her brother who interpreted for her. Should we use a professional interpreter instead?'],
  ['nb', 'En voksen kvinne som ble omskåret som barn har smerter. Hvor kan hun få hjelp?'],
  ['nb', 'En pasient ble omskåret som barn og har fortsatt plager. Hvordan snakker jeg med henne om det?'],
  ['en', 'We have a training day on FGM next week. What should health staff know about the duty to avert?'],
  ['nb', 'Familien skal ha en navnefest for babyen når de reiser til Somalia i sommer. Er det noe jeg må tenke på?'],
  ['en', 'We go to Egypt this summer for a naming party for the baby. Anything I should know?'],
  ['nb', 'Mor fortalte at de skal feire jentas bursdag hos besteforeldrene i Egypt i sommer.'],
  ['nn', 'ho har trua på seg sjølv og vil studere'],
  ['nn', 'trua hennar er viktig for henne, korleis snakkar eg med henne om det?'],
  ['nn', 'Eleven min har mista trua på at skulen kan hjelpe.'],
  ['nn', 'Det er trua hennar som gjev henne styrke.'],
  ['nb', 'jeg gleder meg til sommerferien, da skal jeg og kusinene til Egypt på bryllup'],
  ['ru', 'врач. пациентке 19, говорит что братья следят за ней и решают с кем ей встречаться. должен ли я сообщать?'],
  ['ar', 'أنا أعمل في مركز اللاجئين. امرأة عمرها 25 تقول إن زوجها يمنعها من الخروج وحدها. هل علي أن أبلغ؟'],
];

describe('safety43: the danger reader reads the classes', () => {
  it.each(keptInside)('(1) a resident kept inside or watched by family (%s): %s', (lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
  });
  it.each(relativeSpeaksForHer)('(2) a plea under the breath beside a relative who speaks for her (%s): %s', (lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
  });
  it.each(hedgedCutting)('(3) a hedged cutting planned on a trip (%s): %s', (lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
  });
  it.each(truaThreat)('nynorsk "trua" of a threat stays a threat (%s): %s', (lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
  });
  it.each(calmTwins)('calm twin: no danger, no concern (%s): %s', (lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });
});

describe('safety43: the bot as it runs', () => {
  const runner = conversationRunnerPerFile();
  it.each([...keptInside, ...relativeSpeaksForHer, ...hedgedCutting, ...truaThreat])('danger: the emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.replyLanguage]).toEqual([text, true, lng]);
  });
  it.each(calmTwins)('calm twin: no emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, false]);
  });
  it('the card puts 112 first and names Kompetanseteamet for a resident kept inside', async () => {
    const view = await runner.turn('nb', 'Jeg jobber i flyktningtjenesten. En ung kvinne vi følger har ikke vært ute av rommet på en uke, broren passer på henne hele tiden. Hvem ringer vi?');
    const all = view.texts.join(' ');
    expect([view.emergency, all.indexOf('112') >= 0 && all.indexOf('112') < all.indexOf('478 09 050')]).toEqual([true, true]);
  });
});
}

// ─── ask43.test.ts ───────────────────────────────────────────────────────────────────────────────────────

{
/**
 * ask43 (issue #13, session 43): clear questions answered with "did you mean", "cannot answer", a figure that was not
 * asked, or not declined. The held-back sets -134 and -135, tuned this session, failed at main on such items; these are
 * our own probes of their classes, none of them a set's sentence. The classes:
 *  (a) a professional asking whether she may consult Kompetanseteamet without names or personal details ("without
 *      giving their names", "bez podawania danych", "kişisel bilgi vermeden"): the service named and the wish to stay
 *      anonymous, Kompetanseteamet's card (478 09 050), not "did you mean" (content/contacts/other-language-words.json
 *      anonymous);
 *  (b) what kind of training or course a service gives ("ne tür eğitim", "jakiego rodzaju szkolenia", "what kind of
 *      training"): the service and those who train staff (IMDi's expert team), not its cases split by type (a "what
 *      kind" cue beside a training word is no split: content/stats/stats-words.json "what kind of training";
 *      content/contacts/training-words.json, training-wish-words.json);
 *  (c) the phone number of "the team at Bufdir" that advises on these cases: Kompetanseteamet's number, not a count of
 *      cases (a phone number asked with no count, year or figures word is no statistics question:
 *      src/stats/answers/stats-recognizer.ts; the Bufdir team as a name of Kompetanseteamet: services.json,
 *      service-aliases.json);
 *  (d) the number children can call themselves, with children and "themselves" in the plural (Tigrinya ቆልዑ ባዕላቶም,
 *      Arabic الأطفال بأنفسهم, Russian дети сами …): Alarmtelefonen 116 111 (content/understanding/who-will-call);
 *  (e) which embassy helps people of a country named by its people in the plural ("ایرانی‌ها", "иранцам", "Irańczykom"):
 *      the envoy's post, Amman for Iran (content/contacts/country-aliases.json);
 *  (f) near-field errands declined: looking up whether a named family has had cases with a service (even with the
 *      service and a town named, which read as a figure split by county: src/conversation/reading-rules.ts
 *      forOutOfScope), and proofreading a text named by a compound ("nynorskteksten min");
 *  (g) after two years' figures, how much "higher" or "up" the second is ("how much higher is that", "насколько
 *      больше?", "ne kadar fazla?"): the change, 162 more (+27 %), not "cannot answer" (content/understanding/follow-up
 *      difference).
 * Calm twins (the words of the classes in questions that stay what they were): the envoys' case types of a year stay a
 * figure (tr, pl, ru "what kind of cases"), a count of Kompetanseteamet's cases of a year, Kompetanseteamet's number
 * asked by its name, Iran's own name in a coverage question, the post in Amman asked by its city.
 */
type Probe = readonly [Lang, string];

const KOMPETANSETEAMET = ['478 09 050', '47809050', 'Kompetanseteamet'];
const CHILDREN_LINE = ['116 111', '116111'];
const AMMAN = ['Amman', 'عمان', 'عمّان', 'Амман', 'ዓማን', 'ዓንማን', 'Ammaan', 'Ammân', 'Ammanie', 'Ammanu', 'Ammanın', 'Ammanda'];
const EXPERT_TEAM = ['IMDi'];

/** (a) Kompetanseteamet consulted without names or personal details. */
const anonymousConsultation: readonly Probe[] = [
  ['nb', 'Jeg er helsesykepleier. Kan jeg ringe Kompetanseteamet om en familie uten å navngi dem?'],
  ['nn', 'Kan eg drøfte ei sak med Kompetanseteamet utan personopplysningar?'],
  ['en', 'practice nurse here, privacy question: may I consult Kompetanseteamet about a worrying family without giving their names?'],
  ['ar', 'هل أستطيع استشارة فريق الكفاءة بخصوص عائلة دون ذكر الأسماء؟'],
  ['so', 'Ma la tashan karaa Kompetanseteamet anigoo magacyada sheegin?'],
  ['fa', 'آیا می‌توانم بدون ذکر اسامی با Kompetanseteamet مشورت کنم؟'],
  ['ur', 'کیا میں ذاتی معلومات کے بغیر Kompetanseteamet سے مشورہ کر سکتی ہوں؟'],
  ['uk', 'Чи можу я порадитися з Kompetanseteamet без персональних даних клієнтки?'],
  ['ru', 'Можно ли проконсультироваться с Kompetanseteamet без личных данных клиента?'],
  ['tr', "Kompetanseteamet'e kişisel bilgi vermeden danışabilir miyim?"],
  ['pl', 'Czy mogę skonsultować się z Kompetanseteamet bez podawania danych osobowych klientki?'],
  ['ti', 'ብዘይ ውልቃዊ ሓበሬታ ምስ Kompetanseteamet ክማኸር ይኽእል ድየ?'],
];

/** (b) What kind of training a service gives. */
const kindOfTraining: readonly Probe[] = [
  ['nb', 'Hva slags kurs holder Kompetanseteamet?'],
  ['nn', 'Kva slags opplæring gjev Kompetanseteamet?'],
  ['en', 'What kind of training does Kompetanseteamet offer?'],
  ['ar', 'ما نوع التدريب الذي يقدمه فريق الكفاءة؟'],
  ['so', 'Kompetanseteamet nooca tababar ee ay bixiyaan?'],
  ['fa', 'Kompetanseteamet چه نوع آموزشی ارائه می‌دهد؟'],
  ['ur', 'Kompetanseteamet کس قسم کی تربیت دیتی ہے؟'],
  ['uk', 'Які тренінги проводить Kompetanseteamet?'],
  ['ru', 'Какое обучение проводят специальные посланники?'],
  ['tr', 'Özel elçiler ne tür eğitim veriyor?'],
  ['pl', 'Jakiego rodzaju szkolenia prowadzi Kompetanseteamet?'],
  ['ti', 'Kompetanseteamet እንታይ ዓይነት ስልጠና ይህብ?'],
];

/** (c) The phone number of the team at Bufdir. */
const bufdirTeamNumber: readonly Probe[] = [
  ['nb', 'Hva er telefonnummeret til teamet i Bufdir som gir råd om tvangsekteskap?'],
  ['nn', 'Kva er telefonnummeret til teamet i Bufdir som gir råd om æresvald?'],
  ['en', "What's the phone number of the Bufdir team that gives advice on honour violence cases? I need to ring today"],
  ['tr', 'Bufdir ekibinin telefon numarası nedir?'],
];

/** (d) The number children can call themselves. */
const childrenCallThemselves: readonly Probe[] = [
  ['nb', 'Hvilket nummer kan barn ringe selv?'],
  ['nn', 'Kva nummer kan born ringje sjølve?'],
  ['en', 'What number can children call themselves?'],
  ['ar', 'ما هو الرقم الذي يستطيع الأطفال الاتصال به بأنفسهم؟'],
  ['so', 'Waa maxay lambarka carruurtu ay iyagu wici karaan?'],
  ['fa', 'کودکان خودشان به چه شماره‌ای می‌توانند زنگ بزنند؟'],
  ['ur', 'بچے خود کس نمبر پر فون کر سکتے ہیں؟'],
  ['uk', 'За яким номером діти можуть зателефонувати самі?'],
  ['ru', 'По какому номеру дети могут позвонить сами?'],
  ['tr', 'Çocukların kendilerinin arayabileceği numara hangisi?'],
  ['pl', 'Pod jaki numer dzieci mogą zadzwonić same?'],
  ['ti', 'ህጻናት ባዕሎም ክድውሉ ዝኽእሉ ቁጽሪ ኣሎ ድዩ?'],
];

/** (e) Which embassy helps the people of Iran, named by its people. */
const countryByItsPeople: readonly Probe[] = [
  ['nb', 'Hvilken ambassade hjelper iranere?'],
  ['nn', 'Kva ambassade hjelper iranarar?'],
  ['en', 'Which Norwegian embassy helps Iranians with forced marriage?'],
  ['ar', 'أي سفارة نرويجية تساعد الإيرانيين؟'],
  ['so', 'Safaaradee ayaa caawisa dadka Iiraaniyiinta ah?'],
  ['fa', 'برای ایرانی‌ها کدام سفارت کمک می‌کند؟'],
  ['ur', 'ایرانیوں کی مدد کون سا سفارت خانہ کرتا ہے؟'],
  ['uk', 'Яке посольство допомагає іранцям?'],
  ['ru', 'Какое посольство помогает иранцам?'],
  ['tr', 'İranlılara hangi Norveç büyükelçiliği yardım ediyor?'],
  ['pl', 'Która ambasada pomaga Irańczykom?'],
  ['ti', 'ንኢራናውያን ኣየናይ ኤምባሲ ይሕግዝ?'],
];

/** (f) Near-field errands: a named family's case history, proofreading a text named by a compound. */
const errands: readonly Probe[] = [
  ['nb', 'Kan du sjekke om familien Ahmadi i Skien har hatt saker hos Kompetanseteamet tidligere?'],
  ['nn', 'Kan du sjå om familien Noor i Ålesund har hatt saker hjå barnevernet før?'],
  ['en', 'Can you see if the Hussein family in Oslo had cases with Kompetanseteamet?'],
  ['pl', 'Czy możesz sprawdzić czy rodzina Nowak z Bergen miała sprawy w barnevernet?'],
  ['ru', 'Можешь проверить были ли у семьи Ивановых дела в Kompetanseteamet?'],
  ['nn', 'Kan du rette nynorskteksten min? «Eg sykla til skulen i dag»'],
  ['nb', 'Kan du rette norskteksten min? «Vi dro på tur i går»'],
];

/** (g) The change between two years asked as how much higher or up (Kompetanseteamet: 597 in 2016, 759 in 2021). */
const changeAsked: readonly (readonly [Lang, readonly string[]])[] = [
  ['en', ['number of cases at Kompetanseteamet in 2016?', 'what about 2021?', 'how much higher is that']],
  ['en', ['number of cases at Kompetanseteamet in 2016?', 'what about 2021?', 'how much up is it then']],
  ['nb', ['antall saker hos Kompetanseteamet i 2016?', 'og 2021?', 'hvor mye høyere er det?']],
  ['ru', ['сколько дел было у Kompetanseteamet в 2016 году?', 'а в 2021?', 'насколько больше?']],
  ['tr', ["Kompetanseteamet 2016'da kaç vaka vardı?", 'peki 2021?', 'ne kadar fazla?']],
];

/** Calm twins: the same words in questions the bot answers. */
const answeredTwins: readonly (readonly [Lang, string, readonly string[]])[] = [
  ['nb', 'Hvor mange saker hadde Kompetanseteamet i 2023?', ['1 137', '1137']],
  ['en', 'How many cases did Kompetanseteamet have in 2021?', ['759']],
  ['nb', 'Hvilket land dekker ambassaden i Amman?', ['Amman']],
  ['fa', 'کدام سفارت نروژ مسئول ایران است؟', AMMAN],
  ['nb', 'Hva er telefonnummeret til Kompetanseteamet?', KOMPETANSETEAMET],
];

/** Calm twins read as figures: a "what kind" of the cases with a year is still a split by case type (the envoys' 2023 cases). */
const caseTypeFigures: readonly Probe[] = [
  ['tr', "2023'te elçilerin vakaları ne tür idi?"],
  ['pl', 'Jakiego rodzaju sprawy mieli wysłannicy w 2023?'],
  ['ru', 'Какого рода дела были у посланников в 2023 году?'],
];

describe('ask43: clear questions answered, errands declined', () => {
  const runner = conversationRunnerPerFile();

  async function expectAnswered(lng: Lang, text: string, facts: readonly string[]): Promise<void> {
    const view = await runner.turn(lng, text);
    expect([text, view.didYouMean, view.cannotAnswer, view.replyLanguage, view.emergency]).toEqual([text, false, false, lng, false]);
    expect([text, containsFact(view.texts, facts)]).toEqual([text, true]);
  }

  it.each(anonymousConsultation)('(a) Kompetanseteamet consulted without names (%s): %s', (lng, text) => expectAnswered(lng, text, KOMPETANSETEAMET));
  it.each(kindOfTraining)('(b) the kind of training a service gives: those who train staff (%s): %s', (lng, text) => expectAnswered(lng, text, EXPERT_TEAM));
  it.each(bufdirTeamNumber)('(c) the Bufdir team\'s number: Kompetanseteamet (%s): %s', (lng, text) => expectAnswered(lng, text, ['478 09 050', '47809050']));
  it.each(childrenCallThemselves)('(d) the number children call themselves: 116 111 (%s): %s', (lng, text) => expectAnswered(lng, text, CHILDREN_LINE));
  it.each(countryByItsPeople)('(e) the embassy for Iran, named by its people: Amman (%s): %s', (lng, text) => expectAnswered(lng, text, AMMAN));
  it.each(changeAsked)('(g) how much higher after two years: the change (%s): %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.didYouMean, view.cannotAnswer, containsFact(view.texts, ['162']), containsFact(view.texts, ['27'])]).toEqual([turns, false, false, true, true]);
  });
  it.each(errands)('(f) a near-field errand declined (%s): %s', async (lng, text) => {
    expectDeclined(await runner.turn(lng, text), lng);
  });
  it.each(answeredTwins)('calm twin answered (%s): %s', (lng, text, facts) => expectAnswered(lng, text, facts));
  it.each(caseTypeFigures)('calm twin: case types of a year stay a figure (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    // The envoys' 245 cases of 2023 and what most were about (content/stats/published.json), not who trains staff.
    expect([text, view.didYouMean, view.cannotAnswer, containsFact(view.texts, ['245'])]).toEqual([text, false, false, true]);
  });
});
}

// ─── need43.test.ts ──────────────────────────────────────────────────────────────────────────────────────

{
/**
 * need43 (issue #13 points 2 and 3: two needs in one message, and follow-ups). In the full tuned run at main the weakest
 * kinds were two-needs, follow-up and long-story; their failures grouped by the need that was dropped. The classes
 * mended here, with our own probes (none of them a set's sentence), in the twelve languages:
 *  (1) a line children or pupils can call themselves, asked in the plural ("діти", "дети", "الأطفال", "بچے", "ቆልዑ",
 *      "they themselves") beside another need or alone: read as a young caller, so Alarmtelefonen 116 111 is answered
 *      (content/understanding/who-will-call/<lng>.json: plural young words, plural "themselves", plural call verbs);
 *  (2) the children's line and the adults' violence line named by a description ("barnas hjelpetelefon", "дитячої
 *      телефонної лінії", "a separate number for grown-ups about violence in the family"): the line itself, not a
 *      "did you mean" (content/contacts/services.json, service-aliases.json);
 *  (3) a follow-up counting the people of the service just answered ("А скільки було самих радників?", "а скільки їх
 *      загалом?"), and after their case figure "how many are they themselves?" ("а скільки їх самих?", "og hvor mange er
 *      de selv?"): the advisers' headcount (59 in 2023, §1), not their cases again (content/understanding/follow-up/
 *      <lng>.json `being` and `self`, content/stats/stats-grammar.json `headcountNew`, src/conversation/follow-up.ts).
 * Safety twins: a child in present danger who asks for a line children can call still gets the emergency card first.
 * Calm twins: a parent's story naming the children's phone (a device, not a line) gets no Alarmtelefonen card and no
 * alarm; a count of cases asked after the advisers stays the cases' figure.
 */
type Probe = readonly [Lang, string];

const KT = ['478 09 050', '47809050', '٤٧٨ ٠٩ ٠٥٠', '۴۷۸ ۰۹ ۰۵۰'];
const CHILD_LINE = ['116 111', '116111', '١١٦ ١١١', '۱۱۶ ۱۱۱'];
const ADULT_LINE = ['116 006', '116006', '١١٦ ٠٠٦', '۱۱۶ ۰۰۶'];
const ADVISERS_2023 = ['59', '٥٩', '۵۹'];

/** (1) A named service's number, and a number children can call themselves, in one message. */
const serviceAndChildLine: readonly Probe[] = [
  ['nb', 'Hva er nummeret til Kompetanseteamet, og finnes det et nummer barn selv kan ringe?'],
  ['nn', 'Kva er nummeret til Kompetanseteamet, og finst det eit nummer born sjølve kan ringje?'],
  ['en', 'What is the number for Kompetanseteamet, and is there a number kids can ring on their own?'],
  ['uk', 'Який номер у Kompetanseteamet, і чи є номер, куди діти можуть подзвонити самі?'],
  ['ru', 'Какой номер у Kompetanseteamet, и есть ли номер, куда дети могут позвонить сами?'],
  ['pl', 'Jaki jest numer do Kompetanseteamet i czy jest numer, pod który dzieci mogą same zadzwonić?'],
  ['tr', "Kompetanseteamet'in numarası nedir, bir de çocukların kendileri arayabileceği bir numara var mı?"],
  ['so', 'Waa maxay lambarka Kompetanseteamet, oo ma jiraa lambar ay carruurtu iyagu wici karaan?'],
  ['ar', 'ما هو رقم Kompetanseteamet، وهل يوجد رقم يستطيع الأطفال الاتصال به بأنفسهم؟'],
  ['fa', 'شماره Kompetanseteamet چیست، و آیا شماره‌ای هست که بچه‌ها خودشان بتوانند زنگ بزنند؟'],
  ['ur', 'Kompetanseteamet کا نمبر کیا ہے، اور کیا کوئی نمبر ہے جس پر بچے خود فون کر سکیں؟'],
  ['ti', 'ቁጽሪ Kompetanseteamet እንታይ እዩ፧ ቆልዑ ባዕሎም ክድውሉሉ ዝኽእሉ ቁጽሪ ኣሎ ድዩ፧'],
];

/** (1) The same line asked alone, in the plural. */
const childLineAlone: readonly Probe[] = [
  ['uk', 'чи є номер, куди діти можуть подзвонити самі?'],
  ['ru', 'есть ли телефон, по которому дети могут позвонить сами?'],
  ['ar', 'هل يوجد رقم يستطيع الأطفال الاتصال به بأنفسهم؟'],
  ['ur', 'کیا کوئی نمبر ہے جس پر بچے خود فون کر سکیں؟'],
  ['ti', 'ቆልዑ ባዕሎም ክድውሉሉ ዝኽእሉ ቁጽሪ ኣሎ ድዩ፧'],
];

/** (2) The children's line named by a description. */
const childLineDescribed: readonly Probe[] = [
  ['nb', 'Hva er nummeret til barnas hjelpetelefon?'],
  ['nn', 'Kva er nummeret til hjelpetelefonen for born?'],
  ['en', "What's the kids' helpline number?"],
  ['uk', 'Який номер дитячої телефонної лінії?'],
  ['ru', 'Какой номер у детской линии помощи?'],
  ['pl', 'Jaki jest numer dziecięcej linii pomocy?'],
  ['tr', 'Çocuk yardım hattının numarası nedir?'],
  ['ar', 'ما هو رقم خط مساعدة الأطفال؟'],
  ['fa', 'شماره خط کمک کودکان چیست؟'],
  ['ur', 'بچوں کی ہیلپ لائن کا نمبر کیا ہے؟'],
];

/** (2) The adults' line on violence in the family, asked as "a separate number for adults". */
const adultLineDescribed: readonly Probe[] = [
  ['nb', 'Finnes det et eget nummer for voksne om vold i familien?'],
  ['nn', 'Finst det eit eige nummer for vaksne om vald i familien?'],
  ['en', 'Is there a separate number for grown-ups about violence in the family?'],
  ['uk', 'Чи є окремий номер для дорослих про насильство в родині?'],
  ['ru', 'Есть ли отдельный номер для взрослых по поводу насилия в семье?'],
  ['pl', 'Czy jest osobny numer dla dorosłych w sprawie przemocy w rodzinie?'],
  ['tr', 'Aile içi şiddet için yetişkinlere ayrı bir numara var mı?'],
  ['so', 'Ma jiraa lambar gaar ah oo dadka waaweyn loogu talagalay rabshadda qoyska?'],
  ['ar', 'هل يوجد رقم منفصل للبالغين بخصوص العنف في الأسرة؟'],
  ['fa', 'آیا شماره جداگانه‌ای برای بزرگسالان درباره خشونت در خانواده هست؟'],
  ['ur', 'کیا خاندان میں تشدد کے بارے میں بالغوں کے لیے الگ نمبر ہے؟'],
  ['ti', 'ንዓበይቲ ብዛዕባ ዓመጽ ኣብ ስድራ ዝኸውን ፍሉይ ቁጽሪ ኣሎ ድዩ፧'],
];

/** (3) After the advisers' cases or their role, how many advisers there are. */
const headcountAfter: ReadonlyArray<readonly [Lang, readonly [string, string]]> = [
  ['nb', ['Hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'Og hvor mange rådgivere var det?']],
  ['nn', ['Kva gjer ein mangfaldsrådgjevar?', 'Kor mange av dei finst det?']],
  ['en', ['How many cases did the diversity advisers have in 2023?', 'and how many advisers were there in total?']],
  ['uk', ['Скільки справ мали mangfoldsrådgivere у 2023 році?', 'А скільки було самих радників?']],
  ['uk', ['Чим займається радник з питань різноманіття (mangfoldsrådgiver)?', 'А скільки їх загалом?']],
  ['ru', ['Сколько дел было у mangfoldsrådgivere в 2023 году?', 'А сколько было самих советников?']],
  ['ru', ['Чем занимается советник по многообразию (mangfoldsrådgiver)?', 'а сколько их вообще?']],
  ['pl', ['Ile spraw mieli mangfoldsrådgivere w 2023 roku?', 'A ilu było samych doradców?']],
  ['pl', ['Czym zajmuje się doradca ds. różnorodności (mangfoldsrådgiver)?', 'a ilu ich jest w ogóle?']],
  ['tr', ['Çeşitlilik danışmanı (mangfoldsrådgiver) ne yapar?', 'Peki kaç tane var?']],
  ['so', ['Maxay qabtaa mangfoldsrådgiver?', 'Immisa ayay yihiin?']],
  ['ar', ['كم عدد الحالات لدى mangfoldsrådgivere في 2023؟', 'وكم كان عدد المستشارين أنفسهم؟']],
  ['fa', ['مشاور تنوع (mangfoldsrådgiver) چه کار می‌کند؟', 'چند نفر هستند؟']],
  ['ur', ['mangfoldsrådgiver کیا کرتا ہے؟', 'ان کی تعداد کتنی ہے؟']],
  ['ti', ['mangfoldsrådgiver እንታይ ይገብር፧', 'ክንደይ እዮም፧']],
];

/** (3) After the advisers' case figure, "how many are they themselves?": the people set against what they counted. */
const headcountThemselves: ReadonlyArray<readonly [Lang, readonly [string, string]]> = [
  ['nb', ['Hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'og hvor mange er de selv?']],
  ['nn', ['Kor mange saker hadde mangfaldsrådgjevarane i 2023?', 'og kor mange er dei sjølve?']],
  ['en', ['How many cases did the diversity advisers have in 2023?', 'and how many are they themselves?']],
  ['uk', ['Скільки справ мали mangfoldsrådgivere у 2023 році?', 'а скільки їх самих?']],
  ['ru', ['Сколько дел было у mangfoldsrådgivere в 2023 году?', 'а сколько их самих?']],
  ['pl', ['Ile spraw mieli mangfoldsrådgivere w 2023 roku?', 'a ilu jest ich samych?']],
  ['tr', ["mangfoldsrådgivere 2023'te kaç vaka aldı?", 'peki kendileri kaç kişi?']],
  ['so', ['Immisa kiis ayay mangfoldsrådgivere lahaayeen 2023?', 'iyaga laftooda immisa ayay yihiin?']],
  ['ar', ['كم عدد الحالات لدى mangfoldsrådgivere في 2023؟', 'وكم عددهم هم أنفسهم؟']],
  ['fa', ['mangfoldsrådgivere در سال ۲۰۲۳ چند پرونده داشتند؟', 'خودشان چند نفر هستند؟']],
  ['ur', ['2023 میں mangfoldsrådgivere کے پاس کتنے کیس تھے؟', 'اور وہ خود کتنے ہیں؟']],
  ['ti', ['mangfoldsrådgivere ኣብ 2023 ክንደይ ጉዳያት ነይሮም፧', 'ባዕሎም ክንደይ እዮም፧']],
];

/** Safety twins: a child in present danger asking for a line children can call. */
const dangerWithChildLine: readonly Probe[] = [
  ['uk', 'Мою сестру 15 років завтра везуть до Чечні, щоб видати заміж. Чи є номер, куди діти можуть подзвонити самі?'],
  ['ar', 'سيأخذون أختي ذات الـ15 عامًا غدًا إلى العراق لتزويجها. هل يوجد رقم يستطيع الأطفال الاتصال به بأنفسهم؟'],
  ['nb', 'Faren slår lillebroren min hver kveld og truer ham nå. Hva er nummeret til barnas hjelpetelefon?'],
];

describe('need43: a second need asking a line, the lines named by description, a follow-up counting the advisers', () => {
  const runner = conversationRunnerPerFile();

  it.each(serviceAndChildLine)('(1) the service and Alarmtelefonen, both answered (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, containsFact(view.texts, KT), containsFact(view.texts, CHILD_LINE)]).toEqual([text, false, false, true, true]);
  });

  it.each(childLineAlone)('(1) a line children can call themselves is Alarmtelefonen (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.didYouMean, containsFact(view.texts, CHILD_LINE)]).toEqual([text, false, true]);
  });

  it.each(childLineDescribed)('(2) the children\'s line named by a description (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, containsFact(view.texts, CHILD_LINE)]).toEqual([text, false, false, true]);
  });

  it.each(adultLineDescribed)('(2) the adults\' line on violence in the family (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, containsFact(view.texts, ADULT_LINE)]).toEqual([text, false, false, true]);
  });

  it.each(headcountAfter)('(3) a follow-up counting the advisers gets 59 (%s): %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.didYouMean, view.cannotAnswer, containsFact(view.texts, ADVISERS_2023)]).toEqual([turns, false, false, true]);
  });

  it.each(headcountThemselves)('(3) "themselves" after the advisers\' cases asks their headcount, 59 (%s): %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.didYouMean, view.cannotAnswer, containsFact(view.texts, ADVISERS_2023)]).toEqual([turns, false, false, true]);
  });

  it('calm twin: cases they handled themselves stay the case figure (899 or 897)', async () => {
    const view = await runner.turn('nb', ['Hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'og hvor mange saker løste de selv?']);
    expect([view.emergency, containsFact(view.texts, ['899', '897'])]).toEqual([false, true]);
  });

  it.each(dangerWithChildLine)('safety twin: present danger keeps the emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.texts.join(' ').includes('112')]).toEqual([text, true, true]);
  });

  it('calm twin: the children\'s phone as a device in a parent\'s story is no line and no alarm', async () => {
    const view = await runner.turn('nb', 'Vi foreldre sjekker barnas telefon hver kveld. Er det negativ sosial kontroll?');
    expect([view.emergency, containsFact(view.texts, CHILD_LINE) && !view.texts.join(' ').includes('negativ sosial kontroll')]).toEqual([false, false]);
  });

  it('calm twin: the cases asked after the advisers stay the cases (899 or 897 in 2023), not the headcount', async () => {
    const view = await runner.turn('en', ['What does a diversity adviser do?', 'and how many cases did they have in 2023?']);
    expect([view.emergency, containsFact(view.texts, ['899', '897'])]).toEqual([false, true]);
  });
});
}

// ─── dev43.test.ts ───────────────────────────────────────────────────────────────────────────────────────

{
/**
 * dev43 (issue #13, the session's development sets general-blind-140/-141, written blind and now tuned). The first run
 * of -141 missed one danger: a professional (nynorsk) telling that her client's relatives stand outside the client's
 * door now and that the client promised to tell nobody. Our own probes, none of them a set's sentence. The classes:
 *  (1) relatives waiting or standing at a particular person's door, flat or house NOW, told by a worker (waited-for):
 *      in nynorsk the promise "ho har lova å teie" (has promised) was read as the law ('general': "har lova" beside
 *      "lova seier", "etter lova"), which calmed the rule; "har lova" is no longer general (the law's own phrases stay).
 *      Arabic, Dari, Turkish and Polish read waiting only at a school, a gate or in a car: a door, a flat or a home is
 *      now a place of waiting too (content/understanding/situation/<lang>.json, waitedFor). Checked in twelve languages.
 * Calm twins: the same scene as a past case now safe, a training question that supposes it, a parent's promise that a
 * young person may choose her own spouse, statistics.
 */
/** (1) A worker's client whose relatives are at her door now, in the twelve languages. */
const relativesAtTheDoorNow: readonly (readonly [Lang, string])[] = [
  ['nn', 'Eg er sakshandsamar. Ei kvinne eg følgjer opp ringde akkurat no: fedrane og onklane hennar står utanfor døra hennar, og ho har lova dei å ikkje fortelje det til nokon.'],
  ['nn', 'klienten min sende melding no, tre av brørne hennar står utanfor leilegheita og ho har lova å teie'],
  ['nb', 'Jeg er veileder i NAV. En bruker ringte nettopp og sa at brødrene hennes står utenfor døra hennes nå, og hun har lovet å ikke si det til noen.'],
  ['en', "I'm a caseworker. A client of mine just phoned: her brothers are standing outside her door right now and she has promised not to tell anyone."],
  ['ar', 'أنا موظفة في نافا. اتصلت بي عميلة الآن وقالت إن إخوتها يقفون خارج باب شقتها ووعدت ألا تخبر أحداً'],
  ['ar', 'مراجعة عندي في الخدمة قالت لي قبل قليل إن أعمامها ينتظرون أمام باب بيتها الآن'],
  ['so', 'Waxaan ahay shaqaale NAV. Macmiil ayaa hadda i soo wacday, walaalaheed ayaa albaabka banaankiisa taagan hadda, waxayna ballan qaaday inaysan cidna u sheegin'],
  ['fa', 'من کارمند ناو هستم. یکی از مراجعانم همین الان زنگ زد و گفت برادرهایش الان پشت در خانه‌اش ایستاده‌اند و قول داده به کسی چیزی نگوید'],
  ['fa', 'مددجوی من الان پیام داد که عموهایش جلوی خانه‌اش منتظرش هستند'],
  ['ur', 'میں ناو میں کام کرتی ہوں۔ میری ایک کلائنٹ نے ابھی فون کیا کہ اس کے بھائی اس وقت اس کے دروازے کے باہر کھڑے ہیں اور اس نے وعدہ کیا ہے کہ کسی کو نہیں بتائے گی'],
  ['uk', 'Я працюю в NAV. Моя клієнтка щойно подзвонила: її брати зараз стоять під її дверима, і вона пообіцяла нікому не казати'],
  ['ru', 'Я работаю в NAV. Моя клиентка только что позвонила: её братья сейчас стоят у её двери, и она пообещала никому не говорить'],
  ['tr', "NAV'da çalışıyorum. Bir danışanım az önce aradı, ağabeyleri şu anda kapısının önünde bekliyor ve kimseye söylemeyeceğine söz vermiş"],
  ['tr', 'danışanım mesaj attı, amcaları şimdi evinin önünde duruyormuş'],
  ['pl', 'Pracuję w NAV. Moja klientka właśnie zadzwoniła, jej bracia stoją teraz pod jej drzwiami, a ona obiecała nikomu nie mówić'],
  ['pl', 'klientka napisała przed chwilą, że wujkowie czekają pod jej domem'],
  ['ti', 'ኣብ NAV እሰርሕ። ሓንቲ ዓማዊለይ ሕጂ ደዊላ፡ ኣሕዋታ ሕጂ ኣብ ደገ ማዕጾ ገዛኣ ደው ኢሎም ኣለዉ፡ ንዝኾነ ሰብ ከይትነግር ቃል ኣትያ'],
];

/** Calm twins: the same scene over and safe, supposed in training, a promise that is no secret, statistics. */
const calmTwins: readonly (readonly [Lang, string])[] = [
  ['nn', 'Ei kvinne eg følgjer opp fortalde i fjor at brørne hennar stod utanfor døra hennar ein kveld. No bur ho trygt. Kva bør vi lære av det?'],
  ['nn', 'Eg har lova elevane mine å halde eit foredrag om negativ sosial kontroll. Kvar finn eg godt materiell?'],
  ['nn', 'Foreldra har lova meg at eg får velje sjølv kven eg skal gifte meg med. Kvar kan eg lese meir om rettane mine?'],
  ['en', 'In a training session: what should a caseworker do if a client says relatives are waiting outside her door?'],
  ['ar', 'في تدريب للموظفين: ماذا نفعل إذا قالت مراجعة إن أقاربها يقفون أمام باب بيتها؟'],
  ['fa', 'سال گذشته یکی از مراجعانم گفت برادرهایش پشت در خانه‌اش ایستاده بودند. حالا او در امنیت است. از آن چه یاد بگیریم؟'],
  ['tr', 'Eğitim için genel bir soru: bir danışan akrabalarının kapısının önünde beklediğini söylerse ne yapmalıyız?'],
  ['pl', 'Rok temu klientka mówiła, że bracia stali pod jej drzwiami. Teraz mieszka bezpiecznie. Jak mamy to udokumentować?'],
  ['nb', 'Hvor mange saker om æresrelatert vold hadde Kompetanseteamet i 2023?'],
];

describe('dev43: the danger reader reads relatives at a client\'s door now', () => {
  it.each(relativesAtTheDoorNow)('(1) danger (%s): %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('dev43: the bot as it runs', () => {
  const runner = conversationRunnerPerFile();
  it.each(relativesAtTheDoorNow)('(1) the emergency card with 112 (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([view.emergency, view.texts.join(' ').includes('112')]).toEqual([true, true]);
  });
  // A card on a calm twin could only be the second opinion's short line, which shares their words.
  it.each(calmTwins)('calm twin: no card from the rules (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expectCalmByTheRules(view, text, lng);
  });
});
}

// ─── rules43.test.ts ─────────────────────────────────────────────────────────────────────────────────────

{
/**
 * rules43 (issue #13, safety: no danger may rest on the learned second opinion alone). Fourteen of the fifteen
 * rules-missed dangers of sets 134/135/140/141 are listed with their classes in content/understanding/second-opinion-only.json
 * (test/bot/session-35.test.ts (b)); gb141-157 is a rule (dev43). New control words 'decides who she talks to' in the
 * twelve languages. rules43 also made dev37c's child twin a concern (minor-controlled-by-kin-role); the lead took the
 * rule out at the merge: the same everyday control of a child told by a professional (no threat, harm, trip or
 * marriage) is the calm twin of duty36, help34 and calm39 (the duty article: child welfare, Kompetanseteamet), and the
 * rule gave the block to seven calm tuned items and thirteen older calm twins. The probes below are kept as that
 * policy's tests: the rules read none of them as danger or a concern, and the bot answers the duty question.
 * Probes are our own words.
 */
describe('rules43: a minor under everyday control by a parent or relative, told by a professional: the duty answer, no block', () => {
  const runner = conversationRunnerPerFile();

  const childControl: ReadonlyArray<[Lang, string]> = [
    ['nb', 'jeg er lærer. en elev på 14 sier moren bestemmer hvem hun kan snakke med. hva gjør jeg?'],
    ['nn', 'eg er lærar. ein elev på 14 seier at far hennar bestemmer kven ho får snakke med. kva gjer eg?'],
    ['en', 'I am a teacher. A pupil of 14 says her father decides who she may talk to. What do I do?'],
    ['ar', 'أنا معلمة. طالبة عمرها 14 سنة تقول إن والدها يقرر مع من تتكلم. ماذا أفعل؟'],
    ['so', 'Waxaan ahay macallin. Arday 14 jir ah ayaa sheegtay in aabaheed go\'aamiyo cidda ay la hadli karto. Maxaan sameeyaa?'],
    ['fa', 'من معلم هستم. یک دانش‌آموز ۱۴ ساله می‌گوید پدرش تعیین می‌کند با چه کسی حرف بزند. چه کار کنم؟'],
    ['ur', 'میں استاد ہوں۔ ایک 14 سالہ طالبہ کہتی ہے کہ اس کا باپ طے کرتا ہے کہ وہ کس سے بات کرے۔ میں کیا کروں؟'],
    ['uk', 'Я вчителька. Учениця 14 років каже, що батько вирішує, з ким їй можна розмовляти. Що мені робити?'],
    ['ru', 'Я учитель. Ученица 14 лет говорит, что отец решает, с кем ей можно общаться. Что мне делать?'],
    ['tr', 'Öğretmenim. 14 yaşındaki bir öğrencim babasının kiminle konuşacağına karar verdiğini söylüyor. Ne yapmalıyım?'],
    ['pl', 'Jestem nauczycielką. Uczennica (14) mówi, że ojciec decyduje, z kim może rozmawiać. Co mam zrobić?'],
    ['ti', 'ኣነ መምህር እየ። ሓንቲ ተምሃሪት 14 ዓመት ኣቦኣ ምስ መን ክትዛረብ ከም ዝውስን ትብል። እንታይ ክገብር?'],
  ];
  it.each(childControl)('%s: the rules read no danger and no concern (duty36\'s policy): %s', (lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });
  it.each(childControl.filter(([lng]) => ['nb', 'nn'].includes(lng)))('%s: the bot answers the duty question, child welfare named, no block: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.texts.join(' ')).toMatch(/barnevern/i);
  });

  const calm: ReadonlyArray<[Lang, string]> = [
    ['nb', 'jeg er lærer. på kurset i går lærte vi om foreldre som bestemmer hvem en elev på 14 får snakke med'],
    ['en', 'I am a teacher. Last year a pupil of 14 said her father decided who she may talk to, the case is closed now.'],
    ['en', 'I am a teacher. Is it negative social control if a father decides who his daughter of 14 may talk to?'],
    ['nb', 'jeg er lærer. hvis en elev på 14 sier moren bestemmer hvem hun kan snakke med, hva gjør jeg da?'],
    ['nb', 'jeg er lærer på voksenopplæringen. en kvinne på 30 sier mannen bestemmer hvem hun får snakke med. hva gjør jeg?'],
    ['ru', 'Я учитель. На семинаре обсуждали, что делать, если отец решает, с кем ученице 14 лет можно общаться.'],
    ['pl', 'Jestem nauczycielką. Na szkoleniu rozmawialiśmy o tym, co robić, gdy ojciec decyduje, z kim uczennica (14) może rozmawiać.'],
    ['tr', 'Öğretmenim. Geçen yıl 14 yaşındaki bir öğrencinin babası kiminle konuşacağına karar veriyordu, o vaka kapandı.'],
    ['ar', 'أنا معلمة. في الدورة التدريبية تحدثنا عن أب يقرر مع من تتكلم ابنته عمرها 14 سنة.'],
    ['uk', 'Я вчителька. Жінка 35 років з мого курсу каже, що чоловік вирішує, з ким їй розмовляти. Що мені робити?'],
  ];
  it.each(calm)('%s: the rules read the calm twin as neither danger nor a concern: %s', (lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });
  // The Russian seminar twin shows the block at main already (before this rule; not the rules' reading, see above):
  // left to calm43, so the bot-level check runs on the others.
  it.each(calm.filter(([lng]) => lng !== 'ru'))('%s: the bot keeps the calm twin calm by the rules: %s', async (lng, text) => {
    expectCalmByTheRules(await runner.turn(lng, text), text, lng);
  });
});
}

// ─── part43.test.ts ──────────────────────────────────────────────────────────────────────────────────────

{
/**
 * part43 (issue #13): a message with one part in scope and one out of scope. Before, a message that asked an everyday
 * errand (the weather, homework, a fine, a recipe) beside a question of ours was answered as if the errand were not
 * there: the reader could not tell it had left part of the message unanswered. Now the in-scope part is answered and
 * one short line (guidance:cannot.aside, twelve languages) says the rest is outside what the bot helps with. The
 * scope reader marks it (`aside`: an 'unrelated' subject read, no out-of-scope rule fired), the understanding keeps it
 * only for a calm, understood question (never beside danger, a case, a young writer's story or the second opinion).
 * Our own probes, none of them a set's sentence.
 * Twins: the errand alone is still declined as before; the in-scope question alone gets no extra line; a danger told
 * beside an everyday question keeps the emergency card and gets no line.
 * Class 2: a calm parent's long story (where the family came from long ago, a teen who wants out with friends or to the
 * cinema, people in the community who talk, "nobody is in danger") ending in "is there anyone who helps parents with
 * this?". Before, the story's words won: "er i fare" / "is in danger" read as a person placed abroad ("er i", "is in":
 * contact words `held`), so the envoy for the country of origin answered; the cinema read as an everyday errand and
 * the whole message was declined; "er det noen som hjelper" was no question of who advises. Now the lines that also
 * talk with parents answer (Røde Kors-telefonen, the diversity advisers, who also work with parents), no emergency
 * card; danger twins (a beating and a threat tonight, a trip to keep a boy abroad) keep the card.
 */
/** The aside line in each language (locales/<lng>/guidance.json cannot.aside), by a part of it. */
const ASIDE: Readonly<Record<Lang, string>> = {
  nb: 'utenfor det jeg hjelper med',
  nn: 'utanfor det eg hjelper med',
  en: 'outside what I help with',
  ar: 'خارج ما أساعد فيه',
  so: 'waxaan ka caawiyo',
  fa: 'در آن کمک می‌کنم',
  ur: 'میں مدد کرتا ہوں',
  uk: 'з чим я допомагаю',
  ru: 'с чем я помогаю',
  tr: 'yardımcı olduğum konuların dışında',
  pl: 'w czym pomagam',
  ti: 'ዝሕግዘሉ',
};
const hasAside = (texts: readonly string[], lng: Lang): boolean => texts.some((t) => t.includes(ASIDE[lng]));

/** An everyday errand beside a question of ours: [language, message, a fact of the in-scope answer]. */
const mixed: readonly (readonly [Lang, string, readonly string[]])[] = [
  ['nb', 'Blir det regn i Stavanger i morgen? Og hva er nummeret til Kompetanseteamet?', ['Kompetanseteamet']],
  ['nb', 'Jeg trenger en oppskrift på fiskesuppe. Hva betyr meldeplikt for lærere?', ['barnevern']],
  ['nb', 'Jeg har fått en fartsbot. Ellers lurer jeg på hvem som er spesialutsending for Pakistan.', ['Islamabad']],
  ['nb', 'Kan du hjelpe meg med mattelekser, og hvor mange saker hadde Kompetanseteamet i 2023?', ['1 137', '1137']],
  ['nn', 'Kjem det snø i Tromsø i morgon? Og kva er nummeret til Kompetanseteamet?', ['Kompetanseteamet']],
  ['en', 'Will it rain in Bergen tomorrow? Also, what number do I call for the Red Cross line?', ['815 55 201']],
  ['en', 'Could you help with my maths homework, and what does the duty to notify mean for a teacher?', ['child welfare']],
  ['ar', 'كيف سيكون الطقس غدا في بيرغن؟ وما رقم Kompetanseteamet؟', ['Kompetanseteamet', '478', '٤٧٨']],
  ['so', 'Cimiladu sidee bay tahay berri? Oo waa maxay lambarka Kompetanseteamet?', ['Kompetanseteamet', '478']],
  ['fa', 'هوای فردا در برگن چطور است؟ و شماره Kompetanseteamet چیست؟', ['Kompetanseteamet', '478', '۴۷۸']],
  ['ur', 'کل برگن میں موسم کیسا ہوگا؟ اور Kompetanseteamet کا نمبر کیا ہے؟', ['Kompetanseteamet', '478', '۴۷۸']],
  ['uk', 'Яка завтра погода в Бергені? І який номер Kompetanseteamet?', ['Kompetanseteamet', '478']],
  ['ru', 'Какая завтра погода в Бергене? И какой номер Kompetanseteamet?', ['Kompetanseteamet', '478']],
  ['tr', "Yarın Bergen'de hava nasıl olacak? Ve Kompetanseteamet'in numarası ne?", ['Kompetanseteamet', '478']],
  ['pl', 'Jaka jutro będzie pogoda w Bergen? I jaki jest numer do Kompetanseteamet?', ['Kompetanseteamet', '478']],
  ['ti', 'ጽባሕ ኣብ በርገን ኩነታት ኣየር ከመይ እዩ? ቁጽሪ Kompetanseteamet እንታይ እዩ?', ['Kompetanseteamet', '478']],
];

/** The errand alone: declined as before, with no aside line. */
const whollyOut: readonly (readonly [Lang, string])[] = [
  ['nb', 'Blir det regn i Stavanger i morgen?'],
  ['nb', 'Kan du hjelpe meg med mattelekser?'],
  ['en', 'Will it rain in Bergen tomorrow?'],
  ['uk', 'Яка завтра погода в Бергені?'],
];

/** The question of ours alone: answered, with no aside line. */
const inScopeOnly: readonly (readonly [Lang, string])[] = [
  ['nb', 'Hva er nummeret til Kompetanseteamet?'],
  ['en', 'What does the duty to notify mean for a teacher?'],
  ['ru', 'Какой номер Kompetanseteamet?'],
  ['tr', "Kompetanseteamet'in numarası ne?"],
];

/** A present danger told beside an everyday question: the emergency card, no aside line. */
const dangerBeside: readonly (readonly [Lang, string])[] = [
  ['nb', 'Svigerfaren min skal gifte bort datteren min og truer henne nå. Forresten, hvordan blir været i morgen?'],
];

/** Class 2: a calm parent's long story asking who helps parents. */
const parentStories: readonly (readonly [Lang, string])[] = [
  ['nb', 'Hei, jeg er mor til en gutt på 13. Vi kom fra Irak for ti år siden og jeg jobber på sykehjem. Han vil være med venner i helgene, og folk i moskeen prater om hvem som gjør hva. Jeg vil ikke være så streng som min mor var. Ingen er i fare. Finnes det noen som hjelper foreldre med slikt?'],
  ['nn', 'Eg er far til ei jente på 14. Ho vil på kino med venninner og vi krangler, og folk i miljøet snakkar. Ingen er i fare. Er det nokon som hjelper foreldre med slikt?'],
  ['en', "I'm a mum. We came here from Somalia long ago. My son of 14 wants to go to the cinema with friends and we argue, and people at the mosque talk. No one is in danger. Is there anyone who helps parents with this?"],
  ['ar', 'أنا أب لولد عمره 14 سنة. جئنا من العراق قبل سنوات طويلة وأنا أعمل بالليل. ابني يريد أن يذهب إلى السينما مع أصدقائه ونتخانق كثيرا، والناس في الجالية يتكلمون. لا أحد في خطر. هل يوجد أحد يساعد الأهل في هذا؟'],
  ['so', 'Waxaan ahay aabe gabar 14 jir ah leh. Waxaan ka nimid Soomaaliya sanado badan ka hor. Waxay rabtaa inay saaxiibadeed la baxdo, waanu murannaa, dadka bulshaduna way hadlaan. Qofna khatar kuma jiro. Ma jiraa qof caawiya waalidiinta arrintan?'],
  ['fa', 'من پدر یک دختر ۱۴ ساله هستم. سال‌ها پیش از افغانستان آمدیم. دخترم می‌خواهد با دوستانش بیرون برود و ما زیاد دعوا می‌کنیم، مردم جامعه حرف می‌زنند. هیچ کس در خطر نیست. آیا کسی هست که به والدین کمک کند؟'],
  ['ru', 'Я отец дочери 14 лет. Мы приехали из Дагестана много лет назад. Она хочет гулять с подругами, мы часто ссоримся, а люди в общине сплетничают. Никто не в опасности. Есть ли кто-то, кто помогает родителям с этим?'],
  ['ti', 'ኣነ ኣቦ ጓል 14 ዓመት እየ። ቅድሚ ብዙሕ ዓመታት ካብ ኤርትራ መጺእና። ምስ መሓዙታ ክትወጽእ ትደሊ፡ ብዙሕ ንባኣስ፡ ሰባት ኣብ ማሕበረሰብ ይዛረቡ። ዝኾነ ሰብ ኣብ ሓደጋ የለን። ንወለዲ ዝሕግዝ ሰብ ኣሎ ድዩ?'],
];
/** The Red Cross line's number (any digits) or the diversity advisers' card. */
const PARENT_LINES = ['815 55 201', '81555201', '٨١٥ ٥٥ ٢٠١', '۸۱۵ ۵۵ ۲۰۱', 'imdi.no', 'Mangfoldsrådgiver', 'Mangfaldsrådgivar'];
/** Danger twins: the same kind of story with a present danger told. */
const parentStoriesDanger: readonly (readonly [Lang, string])[] = [
  ['nb', 'Jeg er far til ei jente på 14. Hun vil på kino med venninner og vi krangler, og folk i menigheten snakker. Broren hennes slo henne i går og truer med å gjøre det igjen i kveld. Er det noen som hjelper foreldre med slikt?'],
  ['en', "I'm a mum. My son of 14 wants to go to the cinema with friends and we argue. His uncle says he will take him to Somalia next week and keep him there. Is there anyone who helps parents with this?"],
];

describe('part43: a calm parent\'s long story asking who helps parents', () => {
  const runner = conversationRunnerPerFile();

  it.each(parentStories)('who helps parents answers, no emergency card, no envoy (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.cannotAnswer, view.didYouMean]).toEqual([text, false, false, false]);
    expect([text, containsFact(view.texts, PARENT_LINES)]).toEqual([text, true]);
    // The envoy for the country of origin answered first before (an envoy among "more contacts" further down is fine).
    expect([text, view.texts.slice(0, 4).some((t) => /Nairobi|Amman|Islamabad|Ankara/u.test(t))]).toEqual([text, false]);
    expect(hasAside(view.texts, lng)).toBe(false);
  });

  it.each(parentStoriesDanger)('danger twin keeps the emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
  });
});

describe('part43: an everyday errand beside a question of ours', () => {
  const runner = conversationRunnerPerFile();

  it.each(mixed)('the in-scope part answered, and one line that the rest is not ours (%s): %s', async (lng, text, fact) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.cannotAnswer, view.answers > 0]).toEqual([text, false, false, true]);
    expect([text, containsFact(view.texts, fact)]).toEqual([text, true]);
    expect([text, hasAside(view.texts, lng)]).toEqual([text, true]);
    expect(view.texts.filter((t) => t.includes(ASIDE[lng]))).toHaveLength(1);
  });

  it.each(whollyOut)('wholly out of scope: still declined, no aside line (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expectDeclined(view, lng);
    expect(view.cannotAnswer).toBe(true);
    expect(hasAside(view.texts, lng)).toBe(false);
  });

  it.each(inScopeOnly)('in scope with no errand: answered, no aside line (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.cannotAnswer, view.answers > 0, hasAside(view.texts, lng)]).toEqual([text, false, true, false]);
  });

  it.each(dangerBeside)('danger beside an everyday question keeps the card, no aside line (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, hasAside(view.texts, lng)]).toEqual([text, true, false]);
  });
});
}

// ─── dev43b.test.ts ──────────────────────────────────────────────────────────────────────────────────────

{
/**
 * dev43b (issue #13, the development sets general-blind-140 and -141). Two classes mended, each in the twelve
 * languages, with our own probes (none of them a set's sentence):
 *  (1) a traffic fine (speeding, a speed camera, driving over the limit in the limit's definite forms, "fartsgrensa")
 *      is a subject next to the field ('nearField' in content/understanding/scope/<lang>.json, rule near-field-subject):
 *      declined politely, with no emergency card. Twins: the same traffic words beside a harm or a threat at home stay
 *      in scope, and the danger keeps its card.
 *  (2) a worried parent asking whether a website of ours exists ("is there a site called Nora?") asks about a service,
 *      so the triage does not start ('asksAbout' in content/understanding/triage/words.json): the site's card answers,
 *      and "its address?" after it gives imdi.no/nora. Twins: a plain "I'm worried about my pupil" still starts the
 *      triage; a website asked beside a trip abroad next week keeps the emergency card.
 */
type Probe = readonly [Lang, string];

/** (1) A traffic fine, asked in each language. */
const trafficFines: readonly Probe[] = [
  ['nb', 'hvor mye må man betale hvis man blir tatt i fotoboks på E6?'],
  ['nn', 'kor høg blir bota om ein køyrer 25 km/t over fartsgrensa på landevegen?'],
  ['en', 'how big is the fine for speeding if a camera catches me 15 over the limit?'],
  ['ar', 'كم تبلغ غرامة السرعة في النرويج إذا تجاوزت الحد بعشرين كيلومتراً؟'],
  ['so', 'immisa ayuu yahay ganaaxa xawaaraha haddii aan ku dhaqsado 20 km?'],
  ['fa', 'جریمه سرعت در نروژ برای ۲۰ کیلومتر بیشتر چقدر است؟'],
  ['ur', 'ناروے میں تیز رفتاری کا جرمانہ کتنا ہوتا ہے؟'],
  ['uk', 'який штраф за перевищення швидкості на 20 км/год у Норвегії?'],
  ['ru', 'сколько стоит штраф за превышение скорости на 30 км/ч?'],
  ['tr', 'Norveç\'te otoyolda hız cezası ne kadar oluyor?'],
  ['pl', 'jaki jest mandat za przekroczenie prędkości o 30 km/h w Norwegii?'],
  ['ti', 'ኣብ ኖርወይ መቕጻዕቲ ፍጥነት ክንደይ እዩ?'],
];

/** (1) Twins: traffic words beside a present harm or threat at home; the danger keeps its card. */
const trafficBesideDanger: readonly Probe[] = [
  ['en', 'my dad drives way too fast on purpose to scare us and then hits my mum when we get home'],
  ['nb', 'faren min kjører altfor fort for å skremme oss, og i kveld truet han med å drepe mamma'],
];

/** (2) A worried parent asks whether a website of ours exists, then its address. */
const websiteAsked: readonly (readonly [Lang, string, string])[] = [
  ['en', "I'm a little worried about my son, is there a website called Nora for teenagers?", 'and its address?'],
  ['nb', 'jeg er bekymret for sønnen min, finnes det en nettside for ungdom som heter Nora?', 'hva er adressen dit'],
  ['tr', 'oğlum için endişeliyim, gençlere yönelik Nora adında bir site duydum, gerçekten var mı?', 'adresi neydi?'],
  ['ru', 'я беспокоюсь за сына, есть ли сайт Nora для молодёжи?', 'какой у него адрес?'],
];

describe('dev43b: a traffic fine is declined; a website asked beside a worry is answered', () => {
  const runner = conversationRunnerPerFile();

  it.each(trafficFines)('(1) a traffic fine is declined politely (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expectDeclined(view, lng);
    expect(view.cannotAnswer).toBe(true);
  });

  it.each(trafficBesideDanger)('(1) twin: traffic words beside a harm keep the emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([view.emergency, view.texts.join(' ').includes('112')]).toEqual([true, true]);
  });

  it.each(websiteAsked)('(2) the website is answered, then its address (%s): %s / %s', async (lng, first, second) => {
    const opening = await runner.turn(lng, first);
    expect([opening.didYouMean, opening.cannotAnswer, opening.emergency, containsFact(opening.texts, ['imdi.no/nora'])]).toEqual([false, false, false, true]);
    const follow = await runner.turn(lng, [first, second]);
    expect([follow.didYouMean, follow.cannotAnswer, containsFact(follow.texts, ['imdi.no/nora'])]).toEqual([false, false, true]);
  });

  it('(2) a website word stops the triage; a plain worry about a person still starts it', () => {
    const triage = createTriageRecognizer();
    const read = (text: string): number | undefined => {
      const normalized = normalize(text);
      return triage.recognize({ text, lng: 'en', normalized, tokens: tokenize(normalized) })[0]?.score;
    };
    expect(read('I am worried about a pupil, is there a website for young people?')).toBeUndefined();
    expect(read('jeg er bekymret for en elev, finnes det en nettside for ungdom?')).toBeUndefined();
    expect(read('I am worried about a pupil')).toBe(1);
    expect(read('jeg er bekymret for en elev')).toBe(1);
  });

  it('(2) twin: a website asked beside a trip abroad next week keeps the emergency card', async () => {
    const view = await runner.turn('en', "I'm worried about my daughter, her father is sending her to Somalia next week to be married. Is there a website that can help?");
    expect(view.emergency).toBe(true);
  });
});
}

// ─── s43safe.test.ts ─────────────────────────────────────────────────────────────────────────────────────

{
/**
 * s43safe (issue #13, safety, short wave). Classes found on sets nobody may read; the probes are our own words.
 *  (1) A parent telling that a grown-up child (18+) is threatened now by an ex-partner, a brother-in-law or the
 *      husband's family ("she will regret it if she leaves") and asking where to turn: the emergency card (112 first),
 *      then the adults' lines (Red Cross 815 55 201, Kompetanseteamet 478 09 050). Already read by the rules at main;
 *      kept here so it stays so.
 *  (2) A midwife, a health station or a GP who hears that a grandmother or an aunt wants a small child cut,
 *      "circumcised" or "made clean", said with a modal of necessity ("must be", "has to", "må", "يجب", "нужно"),
 *      asked as a duty question: the future forms of cuttingPlanned missed it (only the concern line came), so the new
 *      rule cutting-elder-someone (content/understanding/situation/rules.json) reads a cutting word, an elder relative
 *      and a particular child, in every language at once.
 *  (3) A teacher's duty question about a 14-year-old beaten by her father, told as happening (Tigrinya and others):
 *      the emergency card by the rule `beaten`, and the children's line.
 * Calm twins: a case closed, a general question about the duty or the law, statistics, an adult's FGM after-effects, a
 * supposition with nothing told. Every danger must come from the rules (session-35: no danger on the second opinion).
 */
type Probe = readonly [Lang, string];

/** (1) A grown-up child threatened now, a parent asking where to turn. */
const adultChildThreatened: readonly Probe[] = [
  ['nb', 'Jeg er mor til en jente på 20. Hun flyttet fra mannen sin for to uker siden og bor nå hos oss. Svogeren hennes har ringt flere ganger og sagt at hun kommer til å angre. Vi vet ikke hva vi skal gjøre, hvem kan vi kontakte?'],
  ['nb', 'Min eldste datter er voksen, 25 år, og har flyttet ut. Mannens familie har sagt at hun vil angre hvis hun skiller seg. Hvor kan hun og vi få hjelp?'],
  ['nn', 'Dottera vår er 22. Svogeren hennar har sagt at ho kjem til å angre om ho går frå mannen. Kvar kan vi vende oss?'],
  ['en', "My daughter is 24. Her ex-husband's family told her she will regret it if she leaves him, and her brother-in-law keeps turning up at her flat. Where can we turn?"],
  ['ar', 'ابنتي عمرها 23 سنة. عائلة زوجها قالت إنها ستندم إذا تركته، وأخو زوجها يهددها. إلى أين نلجأ؟'],
  ['so', 'Gabadhaydu waa 22 jir. Qoyska ninkeeda waxay yiraahdeen way ka qoomamayn doontaa haddii ay ka tagto. Xaggee baan u jeesan karnaa?'],
  ['fa', 'دخترم ۲۴ سال دارد. خانواده شوهرش گفته‌اند اگر از او جدا شود پشیمان می‌شود و برادرشوهرش تهدیدش کرده است. به کجا مراجعه کنیم؟'],
  ['ur', 'میری بیٹی 23 سال کی ہے۔ اس کے شوہر کے گھر والوں نے کہا ہے کہ اگر اس نے اسے چھوڑا تو وہ پچھتائے گی۔ ہم کہاں جائیں؟'],
  ['uk', 'Моїй доньці 22 роки. Родина її чоловіка сказала, що вона пошкодує, якщо піде від нього, а його брат їй погрожує. Куди нам звернутися?'],
  ['ru', 'Моей дочери 23 года. Семья её мужа сказала, что она пожалеет, если уйдёт от него, а брат мужа ей угрожает. Куда нам обратиться?'],
  ['tr', 'Kızım 22 yaşında. Kocasının ailesi onu terk ederse pişman olacağını söyledi, kayınbiraderi de onu tehdit ediyor. Nereye başvurabiliriz?'],
  ['pl', 'Moja córka ma 24 lata. Rodzina jej męża powiedziała, że pożałuje, jeśli od niego odejdzie, a szwagier jej grozi. Gdzie możemy się zwrócić?'],
  ['ti', 'ጓለይ 23 ዓመታ እያ። ስድራ ሰብኣያ እንተ ገዲፋቶ ክትጠዓስ እያ ኢሎምዋ፣ ሓው ሰብኣያ ድማ የፈራርሃ ኣሎ። ናበይ ክንከይድ ንኽእል?'],
];

/** (2) An elder relative who wants a small child cut, heard by a health worker who asks her duty. */
const elderWantsChildCut: readonly Probe[] = [
  ['nn', 'Eg jobbar på helsestasjonen. Farmora til ei jente på 1 år seier at ho må gjerast rein. Skal eg melde frå?'],
  ['nn', 'Eg er jordmor. Bestemora seier at den vesle på to år må omskjerast før ho byrjar i barnehagen. Kva må eg gjere?'],
  ['nn', 'Eg er fastlege. Tanta til ein baby seier at jenta må bli rein slik som alle jentene i familien. Skal eg melde?'],
  ['nb', 'Jeg jobber på helsestasjonen. Mormoren til en toåring sier at jenta må gjøres ren. Hva må jeg gjøre?'],
  ['nb', 'Jeg er jordmor. Farmoren sier at babyen må omskjæres. Skal jeg melde fra?'],
  ['en', "I'm a health visitor. The grandmother of a 2-year-old girl says the child must be made clean. What must I do?"],
  ['en', "I'm a midwife. An aunt told me the baby has to be circumcised. Should I report?"],
  ['ar', 'أنا قابلة. الجدة تقول إن الطفلة ذات السنتين يجب أن تُختن. ماذا يجب أن أفعل؟'],
  ['so', 'Waxaan ahay umuliso. Ayeeyada ayaa sheegtay in gabadha yar ee 2 jirka ah ay tahay in la gudo. Maxaan sameeyaa?'],
  ['fa', 'من ماما هستم. مادربزرگ می‌گوید دختر دو ساله باید ختنه شود. چه باید بکنم؟'],
  ['ur', 'میں دائی ہوں۔ دادی کہتی ہیں کہ دو سال کی بچی کا ختنہ ہونا چاہیے۔ مجھے کیا کرنا چاہیے؟'],
  ['uk', 'Я акушерка. Бабуся каже, що дворічну дівчинку треба обрізати. Що я маю робити?'],
  ['ru', 'Я акушерка. Бабушка говорит, что двухлетнюю девочку нужно обрезать. Что мне делать?'],
  ['tr', 'Ebeyim. Kızın babaannesi iki yaşındaki kızın sünnet edilmesi gerektiğini söylüyor. Ne yapmalıyım?'],
  ['pl', 'Jestem położną. Babcia mówi, że dwuletnia dziewczynka musi zostać obrzezana. Co mam zrobić?'],
  ['ti', 'ኣነ መሕረሲት እየ። ዓባይ እታ ናይ ክልተ ዓመት ቘልዓ ክትግዘር ኣለዋ ትብል። እንታይ ክገብር ኣለኒ?'],
];

/** (3) A teacher's duty question about a pupil beaten by her father now. */
const pupilBeaten: readonly Probe[] = [
  ['ti', 'ሓንቲ ናይ 14 ዓመት ተምሃሪት ኣቦኣ ይወቕዓ ከም ዘሎ ትብል። ክንሕብር ኣለና ዶ? ቅድም ንወለዲ ክንድውል ንኽእል ዶ?'],
  ['nn', 'Ein 14 år gammal elev seier at faren slår henne. Skal vi melde? Kan vi ringe foreldra først?'],
  ['nb', 'En elev på 14 forteller at faren slår henne. Må vi melde, og kan vi snakke med foreldrene først?'],
  ['en', 'A 14-year-old pupil says her father hits her. Should we report it? May we call the parents first?'],
];

/** Calm twins: the same topics with no present danger. */
const calmTwins: readonly Probe[] = [
  ['nb', 'Datteren min ble truet av eksmannen for fem år siden, men saken er avsluttet og hun har det bra nå. Hvor kan voksne få hjelp generelt?'],
  ['nb', 'Hvordan kan foreldre hjelpe et voksent barn som utsettes for trusler fra svigerfamilien? Vi har et kurs om dette.'],
  ['nn', 'Kva seier lova om meldeplikt ved fare for omskjering av småbarn?'],
  ['nb', 'Hvor mange jenter i Norge antas å være omskåret?'],
  ['en', 'What if a grandmother wanted a toddler cut, what would the duty be?'],
  ['nb', 'Hvor mange voksne over 18 fikk hjelp av Kompetanseteamet i 2023?'],
];

/**
 * An adult's own after-effects of FGM: the rules read a concern (its "112 if acute" line, cutting-someone, as at main,
 * which the turn's view counts as its attention block), never danger: no elder wants a child cut.
 */
const adultAfterEffects: Probe = ['nn', 'Eg er jordmor og møter kvinner med plager etter kjønnslemlesting. Kva rettleiing finst?'];

describe('s43safe: the rules read each class as danger, its calm twins stay calm', () => {
  test.each([...adultChildThreatened, ...elderWantsChildCut, ...pupilBeaten])('%s danger by the rules: %s', (lang, text) => {
    expect(isDanger(text, lang)).toBe(true);
  });
});

describe('s43safe: what the bot shows', () => {
  const runner = conversationRunnerPerFile();

  test.each(adultChildThreatened)('(1) %s emergency card, 112 first, then the adults\' lines: %s', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['112'])).toBe(true);
    expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
  });

  test('(1) a bokmål parent hears of the Red Cross line besides the card', async () => {
    const view = await runner.turn('nb', adultChildThreatened[0]![1]);
    expect(containsFact(view.texts, ['815 55 201'])).toBe(true);
  });

  test.each(elderWantsChildCut)('(2) %s emergency card and child welfare: %s', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['112'])).toBe(true);
    expect(containsFact(view.texts, ['barnevern'])).toBe(true);
  });

  test.each(pupilBeaten)('(3) %s emergency card, child welfare: %s', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['112'])).toBe(true);
    expect(containsFact(view.texts, ['barnevern'])).toBe(true);
  });

  test.each(calmTwins)('calm twin %s: %s', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expectCalmByTheRules(view, text, lang);
  });

  // The bot's turn for it shows the attention block and no answer card, at main as here: not this wave's class.
  test("an adult's FGM after-effects: no danger by the rules (the new rule needs an elder and a child)", () => {
    const [lang, text] = adultAfterEffects;
    expect(isDanger(text, lang)).toBe(false);
  });
});
}

// ─── s43facts.test.ts ────────────────────────────────────────────────────────────────────────────────────

{
/**
 * s43facts (issue #13, facts and statistics answered exactly; short wave). Our own probes, none of them a set's
 * sentence. Every figure is a sourced entry of content/stats/published.json or of the history article
 * (content/knowledge/articles/history-special-services.json), checked against ../shared/domain.md. The classes:
 *  (1) a long story comparing the first year with now (an adviser or a team member preparing a talk): the 2008
 *      figure (the minority and integration advisers' 381 cases, June–December 2008) beside 2023 (899, and the
 *      gender-equality report's 897 shown as a discrepancy): both parts. Russian and Ukrainian "с самого начала" /
 *      "із самого початку" (from the very start) read "самого" as Samoa declined and asked for a split by Samoa:
 *      "самого" and its kin are now notADeclinedCountry (content/understanding/countries/ru.json, uk.json);
 *  (2) history asked in other languages: when the coordination moved from UDI to IMDi (1 January 2008); when the
 *      case-registration tool was launched (January 2023), asked inside a long story: a story was always read as a
 *      case, so the history was never asked. The tool's words ('tools', twelve languages) with a start word now reach
 *      the history in a story too (src/conversation/history-reader.ts, content/understanding/history/<lang>.json,
 *      with launch verbs added to 'began' where missing: 'запустили', 'uruchomiono', 'başlatıldı' …);
 *  (3) a breakdown not published asked as a share ("what share of those helped were boys?"): the split is not
 *      published, then what is (the counts, and that most of those helped were girls). Dari put the boy in the
 *      singular ("پسر بودند"), which the statistics words did not read: 'پسر' and 'دختر' now read boys and girls
 *      (content/stats/stats-words.json); the expert team asked with how to book it: post@imdi.no;
 *  (4) follow-ups on the envoys: "which countries did most cases come from?" after the envoys' 2023 figure (the
 *      published order: Iraq, Somalia, Russia, Pakistan, Syria), and "and Egypt?" after a country's envoy (Amman
 *      guides on Egypt, per the envoys' table).
 * Calm twins: every probe here is a question about figures or history; none may show the emergency card. A story
 * that tells the past (a case in 2008) stays calm; a general share question keeps the counts.
 */
type Probe = readonly [Lang, readonly string[], readonly (readonly string[])[]];

const runner = conversationRunnerPerFile();

function expectFacts(view: TurnView, lang: Lang, facts: readonly (readonly string[])[]): void {
  expect(view.emergency).toBe(false);
  expect(view.didYouMean || view.cannotAnswer).toBe(false);
  expect(view.replyLanguage).toBe(lang);
  for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
}

const FIRST_YEAR_AND_NOW: readonly Probe[] = [
  ['nn', ['Eg har vore mangfaldsrådgjevar lenge og skal snakke på ein fagdag om korleis arbeidet har vakse. Kor mange saker hadde rådgjevarane i 2008, og kor mange hadde dei i 2023?'], [['381'], ['899'], ['897']]],
  ['nb', ['Jeg skal holde et innlegg for nye kolleger om hvordan rådgiverordningen har utviklet seg siden oppstarten. Hvor mange saker hadde rådgiverne i 2008, og hvor mange i 2023?'], [['381'], ['899'], ['897']]],
  ['ru', ['Я готовлю доклад для новых коллег о том, как росла работа советников с самого начала. Сколько дел было у советников в 2008 году и сколько в 2023 году?'], [['381'], ['899'], ['897']]],
  ['uk', ['Я готую виступ для нових колег про те, як зростала робота радників із самого початку. Скільки справ мали радники у 2008 році і скільки у 2023 році?'], [['381'], ['899'], ['897']]],
  ['pl', ['Przygotowuję prezentację dla nowych kolegów o tym, jak rozwijała się praca doradców od początku. Ile spraw mieli doradcy w 2008 roku, a ile w 2023?'], [['381'], ['899'], ['897']]],
  ['en', ['I am preparing a talk for new colleagues about how the adviser scheme has grown since it began. How many cases did the advisers have in 2008, and how many in 2023?'], [['381'], ['899'], ['897']]],
];

const HISTORY_ASKED: readonly Probe[] = [
  ['ur', ['IMDi کو جبری شادی کے خلاف کام کی ذمہ داری UDI سے کب منتقل ہوئی؟'], [['2008']]],
  ['en', ['When did IMDi take over the coordination of the work against forced marriage from UDI?'], [['2008']]],
  ['pl', ['Kiedy koordynacja pracy przeciw małżeństwom przymusowym przeszła z UDI do IMDi?'], [['2008']]],
  ['tr', ["Zorla evliliğe karşı çalışmanın koordinasyonu UDI'den IMDi'ye ne zaman geçti?"], [['2008']]],
  ['ru', ['Когда координация работы против принудительных браков перешла от UDI к IMDi?'], [['2008']]],
];

/** Long, calm stories (over 32 words) that end asking when the case-registration tool came. */
const TOOL_IN_A_STORY: readonly Probe[] = [
  ['ur', ['میں ایک اسکول میں تنوع کی مشیر ہوں۔ ہم ہر کیس کو ایک نظام میں درج کرتے ہیں اور میری نئی ساتھی پوچھ رہی تھی کہ یہ نظام کب سے ہے اور پہلے کیسے کام ہوتا تھا۔ کیسز درج کرنے کا نیا ٹول کب شروع کیا گیا؟'], [['2023']]],
  ['en', ["I'm new as a diversity adviser and my colleague told me about the old days when everything was written down on paper in folders, which sounded awful to me. When was the new case registration tool for advisers and envoys launched?"], [['January 2023']]],
  ['ru', ['Я работаю советником по многообразию в школе уже несколько лет, и мы каждый случай записываем в систему. Новая коллега спросила меня, как это было раньше, и я не смогла ответить. Когда запустили инструмент для регистрации дел?'], [['2023']]],
  ['pl', ['Pracuję jako doradczyni w szkole od kilku lat i każdą sprawę wpisujemy do systemu. Nowa koleżanka zapytała mnie, jak to wyglądało wcześniej, a ja nie umiałam odpowiedzieć. Kiedy uruchomiono narzędzie do rejestracji spraw?'], [['2023']]],
  ['tr', ['Birkaç yıldır okulda çeşitlilik danışmanı olarak çalışıyorum ve her vakayı bir sisteme giriyoruz. Yeni bir meslektaşım bana bunun eskiden nasıl olduğunu sordu ve cevap veremedim. Vaka kayıt aracı ne zaman başlatıldı?'], [['2023']]],
  ['nb', ['Jeg har jobbet som mangfoldsrådgiver på en videregående skole i noen år, og vi fører alle saker inn digitalt. En ny kollega spurte meg hvordan det var før, og jeg visste ikke svaret. Når ble registreringsverktøyet for saker tatt i bruk, og når startet det?'], [['2023']]],
];

const SHARE_OF_BOYS: readonly Probe[] = [
  ['fa', ['چند درصد از کسانی که مشاوران تنوع در سال ۲۰۲۳ کمک کردند پسر بودند؟'], [['899']]],
  ['fa', ['نمایندگان ویژه در سال ۲۰۲۳ به چند نفر کمک کردند و چند درصد آنها پسر بودند؟'], [['245']]],
  ['en', ['Of the people the special envoys helped in 2023, what percentage were boys?'], [['245']]],
  ['nb', ['Hvor stor andel av dem mangfoldsrådgiverne hjalp i 2023 var gutter?'], [['899']]],
];

const EXPERT_TEAM_BOOKED: readonly Probe[] = [
  ['nn', ['Kor mange personar jobbar i fagteamet til IMDi, og korleis kan vi bestille dei til eit personalmøte?'], [['post@imdi.no']]],
];

const ENVOY_FOLLOW_UPS: readonly Probe[] = [
  ['ru', ['Сколько дел было у специальных посланников в 2023 году?', 'Из каких стран было больше всего дел?'], [['Ирак'], ['Сомали'], ['Росси']]],
  ['en', ['How many cases did the special envoys have in 2023?', 'Which countries did most of the cases come from?'], [['Iraq'], ['Somalia'], ['Russia']]],
  ['nb', ['Hvor mange saker hadde spesialutsendingene i 2023?', 'Hvilke land kom flest saker fra?'], [['Irak'], ['Somalia'], ['Russland']]],
  ['en', ['Which envoy covers Jordan?', 'And Egypt?'], [['Amman'], ['Egypt']]],
  ['pl', ['Który wysłannik obejmuje Jordanię?', 'A Egipt?'], [['Amman'], ['Egipt']]],
];

describe('s43facts (1): the first year beside now, in a long story', () => {
  it.each(FIRST_YEAR_AND_NOW)('%s: %j gives 2008 (381) and 2023 (899 / 897)', async (lang, turns, facts) => {
    expectFacts(await runner.turn(lang, turns), lang, facts);
  });
});

describe('s43facts (2): history asked in other languages', () => {
  it.each(HISTORY_ASKED)('%s: %j gives 1 January 2008', async (lang, turns, facts) => {
    expectFacts(await runner.turn(lang, turns), lang, facts);
  });
});

describe('s43facts (2b): the case-registration tool asked inside a long story', () => {
  it.each(TOOL_IN_A_STORY)('%s: %j gives the history with January 2023, no emergency card', async (lang, turns, facts) => {
    const view = await runner.turn(lang, turns);
    expectFacts(view, lang, facts);
    expect(view.texts.some((t) => t.includes('2004'))).toBe(true);
  });
  it('calm twin: a long story of a pupil who has started to be kept home is a case, not the history', async () => {
    const view = await runner.turn('en', "A pupil of mine started missing school on Fridays this autumn and says her brother checks her phone every evening. She is not in danger today and has not asked for anything, but I would like to know what I should do next and whom I could ask for advice.");
    expect(view.texts.some((t) => t.includes('1 January 2008'))).toBe(false);
  });
});

describe('s43facts (3): a share that is not published', () => {
  it.each(SHARE_OF_BOYS)('%s: %j gives the counts published, not a split', async (lang, turns, facts) => {
    expectFacts(await runner.turn(lang, turns), lang, facts);
  });
  it('Dari: the split is said to be unpublished (the "by gender" line) before the counts', async () => {
    const view = await runner.turn('fa', 'چند درصد از کسانی که مشاوران تنوع در سال ۲۰۲۳ کمک کردند پسر بودند؟');
    const gender = view.texts.findIndex((t) => t.includes('جنسیت'));
    const count = view.texts.findIndex((t) => t.includes('899'));
    expect(gender).toBeGreaterThanOrEqual(0);
    expect(gender).toBeLessThan(count);
  });
  it.each(EXPERT_TEAM_BOOKED)('%s: %j gives how to book the team', async (lang, turns, facts) => {
    expectFacts(await runner.turn(lang, turns), lang, facts);
  });
  it('safety: a Dari message about one boy sent abroad who does not come back keeps the emergency card (the new word is no statistic)', async () => {
    const view = await runner.turn('fa', 'پسر ۱۵ ساله‌ام را به کشور دیگری فرستاده‌اند و برنمی‌گردد');
    expect(view.emergency).toBe(true);
  });
});

describe('s43facts: calm twins', () => {
  it.each([
    ['nn', 'Eg hugsar ei sak frå 2008 då ei elev var redd for å bli gift bort i ferien. Ho fekk hjelp den gongen. Kor mange saker hadde rådgjevarane det året?'],
    ['en', 'Back in 2008 a pupil of mine feared being married off on holiday; she got help then and is fine now. How many cases did the advisers have that year?'],
  ] as const)('%s: a past case told beside a figure stays calm and gets the figure: %s', async (lang, text) => {
    expectFacts(await runner.turn(lang, text), lang, [['381']]);
  });
});

describe('s43facts (4): follow-ups on the envoys', () => {
  it.each(ENVOY_FOLLOW_UPS)('%s: %j', async (lang, turns, facts) => {
    expectFacts(await runner.turn(lang, turns), lang, facts);
  });
});
}

// ─── s43ask.test.ts ──────────────────────────────────────────────────────────────────────────────────────

{
/**
 * s43ask (issue #13, contacts and professionals' questions, short wave). The classes were found on sets nobody may
 * read; every probe below is our own wording, none of them a set's sentence. Contacts only from sourced entries
 * (content/contacts/services.json, emergency.json, envoys.json; ../shared/domain.md).
 *  (1) a police officer asking whether they may consult Kompetanseteamet about a concrete case: the team advises the
 *      police in concrete cases, 478 09 050; the officer asking whether they may share what they know of a closed
 *      forced-marriage case with the school's adviser gets an answer (no card, no "did you mean");
 *  (2) a parent asking for a not-urgent helpline for adults about violence at home: VO-linjen 116 006, no emergency
 *      card. Before: Arabic "العنف في البيت" and the other languages' "violence at home" named no service (the parent
 *      got the Red Cross line): the words are now VO-linjen's aliases (content/contacts/service-aliases.json);
 *  (3) a line's e-mail asked as a follow-up ("and do they have an e-mail?" after Alarmtelefonen): alarm@116111.no,
 *      the follow-up keeps the service;
 *  (4) a young person held abroad now, told with a Norwegian citizenship, in a country the Nairobi envoy covers: the
 *      emergency card, UD's 24/7 operations centre (+47 23 95 00 00) and the Nairobi envoy;
 *  (5) "what is negative social control?" and then "who can I talk to at school?": the follow-up names the school's
 *      diversity adviser (mangfoldsrådgiver). Before: Somali "yaan kula hadli karaa" was no contact question, so the
 *      follow-up repeated the article (content/contacts/other-language-words.json, generic).
 * Calm twins: the same topics with no present danger (a past stay abroad, a general question about an envoy, a
 * parent's not-urgent question); a danger twin (violence happening now at home) keeps the card.
 */
type Probe = readonly [Lang, string];
type TwoTurns = readonly [Lang, readonly [string, string]];

const VO_LINJEN = ['116 006'];
const ALARM_MAIL = ['alarm@116111.no'];
const KOMPETANSETEAMET = ['478 09 050'];
const UD_OPS = ['+47 23 95 00 00', '23 95 00 00'];

/** (1) A police officer asking whether they may consult Kompetanseteamet about a concrete case. */
const policeConsult: readonly Probe[] = [
  ['nb', 'Jeg jobber i politiet. Kan jeg drøfte en konkret sak med Kompetanseteamet?'],
  ['en', "I'm a police officer. Can I consult Kompetanseteamet about a specific case I'm working on?"],
  ['pl', 'Jestem policjantem. Czy mogę skonsultować konkretną sprawę z Kompetanseteamet?'],
  ['ar', 'أنا شرطي. هل يمكنني استشارة Kompetanseteamet بشأن قضية محددة؟'],
];

/** (1) The officer asking whether they may share what they know of a closed case with the school's adviser. */
const policeShare: readonly Probe[] = [
  ['nb', 'Jeg er politi. Kan jeg dele opplysninger om en avsluttet tvangsekteskapssak med rådgiveren på skolen?'],
  ['en', "I'm a police officer. May I share information about a closed forced marriage case with the school's adviser?"],
];

/** (2) A parent's not-urgent question for a helpline for adults about violence at home, in the twelve languages. */
const violenceAtHomeLine: readonly Probe[] = [
  ['nb', 'Jeg er mor. Finnes det en hjelpetelefon for voksne om vold i hjemmet? Det haster ikke.'],
  ['nn', 'Eg er far. Finst det ein hjelpetelefon for vaksne om vald i heimen? Det hastar ikkje.'],
  ['en', "I'm a dad. Is there a helpline for adults about violence at home? It's not urgent."],
  ['ar', 'أنا أب. هل يوجد رقم مساعدة للكبار بخصوص العنف في المنزل؟ ليس أمرا عاجلا'],
  ['ar', 'هل يوجد خط مساعدة غير طارئ للكبار بخصوص العنف في البيت؟ أنا أم'],
  ['so', 'Waxaan ahay hooyo. Ma jiraa khad caawin oo dadka waaweyn ah oo ku saabsan rabshadda guriga? Ma degdeg aha.'],
  ['fa', 'من مادر هستم. آیا خط کمکی برای بزرگسالان درباره خشونت در خانه هست؟ فوری نیست.'],
  ['ur', 'میں والد ہوں۔ کیا بڑوں کے لیے گھر میں تشدد کے بارے میں کوئی ہیلپ لائن ہے؟ فوری نہیں ہے۔'],
  ['uk', 'Я мама. Чи є лінія допомоги для дорослих щодо насильства вдома? Це не терміново.'],
  ['ru', 'Я отец. Есть ли телефон помощи для взрослых по поводу насилия дома? Не срочно.'],
  ['tr', 'Ben bir anneyim. Yetişkinler için evde şiddet konusunda bir yardım hattı var mı? Acil değil.'],
  ['pl', 'Jestem ojcem. Czy jest telefon dla dorosłych w sprawie przemocy w domu? To nie jest pilne.'],
  ['ti', 'ኣነ ኣደ እየ። ንዓበይቲ ብዛዕባ ዓመጽ ኣብ ገዛ መስመር ሓገዝ ኣሎ ድዩ? ህጹጽ ኣይኮነን።'],
];

/** (3) A line's e-mail asked as a follow-up after Alarmtelefonen, in the twelve languages. */
const mailFollowUp: readonly TwoTurns[] = [
  ['nb', ['Hvordan får jeg tak i Alarmtelefonen?', 'har de en e-postadresse også?']],
  ['nn', ['Korleis får eg tak i Alarmtelefonen?', 'har dei e-postadresse òg?']],
  ['en', ['How can I get in touch with Alarmtelefonen?', 'do they have an email address as well?']],
  ['ar', ['كيف أتواصل مع Alarmtelefonen؟', 'وهل لديهم بريد إلكتروني؟']],
  ['so', ['Sideen ula xiriiraa Alarmtelefonen?', 'ma leeyihiin email?']],
  ['fa', ['چطور با Alarmtelefonen تماس بگیرم؟', 'ایمیل هم دارند؟']],
  ['ur', ['میں Alarmtelefonen سے کیسے رابطہ کروں؟', 'کیا ان کا ای میل بھی ہے؟']],
  ['uk', ["Як зв'язатися з Alarmtelefonen?", 'А електронна адреса в них є?']],
  ['ru', ['Как связаться с Alarmtelefonen?', 'а электронная почта у них есть?']],
  ['tr', ["Alarmtelefonen'e nasıl ulaşırım?", 'e-posta adresleri de var mı?']],
  ['pl', ['Jak skontaktować się z Alarmtelefonen?', 'a mają też adres e-mail?']],
  ['ti', ['ምስ Alarmtelefonen ብኸመይ ክራኸብ እኽእል?', 'ኢመይል ድማ ኣለዎም ድዩ?']],
];

/** (4) A young person held now, told with a Norwegian citizenship, in a country the Nairobi envoy covers. */
const heldNairobi: readonly (readonly [Lang, string, readonly string[]])[] = [
  ['en', 'My friend is 17 and a Norwegian citizen. She is being held in Kenya right now and cannot come home.', ['Nairobi']],
  ['ti', 'ሓፍተይ ኖርወጃዊት ዜግነት ኣለዋ፡ ሕጂ ኣብ ኤርትራ ተታሒዛ ኣላ፡ ክትምለስ ኣይፈቕዱላን', ['ናይሮቢ']],
  ['ti', 'ኣነ ኖርወጃዊ ዜግነት ኣለኒ፡ ሕጂ ኣብ ሱዳን ሒዞምኒ ኣለዉ፡ ክምለስ ኣይፈቕዱለይን', ['ናይሮቢ']],
  ['ti', 'ወዲ ሓወይ 16 ዓመቱ ኖርወጃዊ ዜግነት ኣለዎ፡ ሕጂ ኣብ ኢትዮጵያ ተዓጊቱ ኣሎ', ['ናይሮቢ']],
];

/** (5) What negative social control is, then who to talk to at school, in the twelve languages. */
const talkAtSchool: readonly TwoTurns[] = [
  ['nb', ['Hva er negativ sosial kontroll?', 'hvem kan jeg prate med på skolen?']],
  ['nn', ['Kva er negativ sosial kontroll?', 'kven kan eg snakke med på skulen?']],
  ['en', ['what does negative social control mean?', 'who could I talk to at my school?']],
  ['ar', ['ما هي الرقابة الاجتماعية السلبية؟', 'مع من يمكنني أن أتحدث في المدرسة؟']],
  ['so', ['Waa maxay xakamaynta bulshada ee taban?', 'Yaan kula hadli karaa dugsiga?']],
  ['fa', ['کنترل اجتماعی منفی چیست؟', 'در مدرسه با کی می‌توانم صحبت کنم؟']],
  ['ur', ['منفی سماجی کنٹرول کیا ہے؟', 'اسکول میں میں کس سے بات کر سکتا ہوں؟']],
  ['uk', ['Що таке негативний соціальний контроль?', 'з ким я можу поговорити в школі?']],
  ['ru', ['Что такое негативный социальный контроль?', 'с кем я могу поговорить в школе?']],
  ['tr', ['Olumsuz sosyal kontrol nedir?', 'okulda kiminle konuşabilirim?']],
  ['pl', ['Co to jest negatywna kontrola społeczna?', 'z kim mogę porozmawiać w szkole?']],
  ['ti', ['ኣሉታዊ ማሕበራዊ ቁጽጽር እንታይ እዩ?', 'ኣብ ቤት ትምህርቲ ምስ መን ክዛረብ እኽእል?']],
];

/** Calm twins: the same topics with no present danger. */
const calmTwins: readonly Probe[] = [
  ['en', 'A pupil of ours was kept in Kenya last year; she has been home since the summer. How do we follow up?'],
  ['nb', 'Hvilken spesialutsending dekker Etiopia?'],
  ['ar', 'سؤال عام: ما هو الرقم الذي يمكن للكبار الاتصال به بشأن العنف في البيت؟'],
  ['pl', 'Na szkolenie: jaki numer mają dorośli w sprawie przemocy w domu?'],
];

/** Danger twins: violence happening now keeps the card. */
const dangerTwins: readonly Probe[] = [
  ['nb', 'Mannen min slår meg nå, han står utenfor døra og jeg er redd'],
  ['en', 'my husband is hitting me right now at home, I am scared for my life'],
];

describe('s43ask: contacts and professionals\' questions', () => {
  const runner = conversationRunnerPerFile();

  it.each(policeConsult)('(1) police may consult Kompetanseteamet %s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, containsFact(view.texts, KOMPETANSETEAMET)]).toEqual([text, false, false, true]);
  });
  it.each(policeShare)('(1) police sharing a closed case with the school is answered %s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, view.answers > 0]).toEqual([text, false, false, true]);
  });

  it.each(violenceAtHomeLine)('(2) a not-urgent line for violence at home is VO-linjen %s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, containsFact(view.texts, VO_LINJEN)]).toEqual([text, false, false, true]);
  });

  it.each(mailFollowUp)('(3) the e-mail follow-up keeps Alarmtelefonen %s: %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.emergency, view.didYouMean, containsFact(view.texts, ALARM_MAIL)]).toEqual([turns, false, false, true]);
  });

  it.each(heldNairobi)('(4) held now in a Nairobi country: card, UD ops and the envoy %s: %s', async (lng, text, envoy) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, containsFact(view.texts, UD_OPS), containsFact(view.texts, envoy)]).toEqual([text, true, true, true]);
  });

  it.each(talkAtSchool)('(5) who to talk to at school names the diversity adviser %s: %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.emergency, view.didYouMean, containsFact(view.texts, ['mangfoldsrådgiver', 'mangfoldsrådgivere'])]).toEqual([
      turns,
      false,
      false,
      true,
    ]);
  });

  it.each(calmTwins)('calm twin gets no card %s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.answers > 0]).toEqual([text, false, true]);
  });
  it.each(dangerTwins)('danger twin keeps the card %s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
  });
});
}
