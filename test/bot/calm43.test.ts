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
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { createSecondOpinion, secondOpinionModelSchema, SECOND_OPINION_FILE } from '../../src/understanding/second-opinion';
import { readDataFile } from '../../src/paths/data-file';
import { contentPath } from '../../src/paths/content-root';

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
