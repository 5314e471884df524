import { type Lang } from '../../src/language/languages';
import { readTurn, type ConversationRunner } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, rulesOnlyRunnerOfFile } from '../helpers/conversation-runner';
import { alarmed, expectCalmByTheRules } from '../helpers/danger-alarm';
import { loadSituationReader } from '../../src/understanding/situation-cues';

/**
 * dev132 (issue #13, the development blind set general-blind-132): classes its first run missed or alarmed on, with our
 * own probes (none of them a set's sentence), each with calm twins:
 *  1. a plea relayed in writing: a message, a text or a snap from a particular person that says only "help me"
 *     ("a snap from her saying just help me", "مكتوب فيها ... ساعديني", "написано лише «допоможіть»"), shown to the
 *     writer by a friend or sent to the writer: a cry for help now, as a whispered plea is (situation concept `plea`,
 *     rule whispered-plea). The same message in a supposition ("what if a pupil sends…") or a training fires no rule;
 *     the bot shows no card where the plain check does not read "help me" itself (nb, nn, en, so, fa, ru and uk read
 *     a "help me" in a question as a plea before and after this change: a known limit, not this class);
 *  2. "no sign of danger" said by the professional ("nothing suggests she is in danger now", "ما في شي بيدل انو في
 *     خطر"): the writer's own judgement that nothing is acute (safeNow in the situation reader, notUrgent in the
 *     plain check), so a duty question about a mother with FGM and a small daughter is advised on without the card;
 *     a trip to cut the girl next week beside it keeps the card;
 *  3. "how do we recognise / how can we tell if a girl may be at risk of…" asks generally (general, 12 languages),
 *     and "może (jej) grozić", "может угрожать", "може загрожувати" ("may be at risk of") is a supposition, not a threat made: no rule alarms.
 *  4. the police line "not for emergencies" said with "for" in Levantine Arabic, Turkish, Polish and Dari ("مش
 *     للطوارئ", "acil durumlar için değil", "nie na nagłe…"): the non-emergency number 02800; and "is it anonymous? I
 *     don't want to give my name" in colloquial forms ("ناشناسه؟", "ما بدي قول اسمي") as a follow-up to a helpline:
 *     the anonymous line's reason, and in Dari the usual word for anonymous (ناشناس) beside بی‌نام;
 *  5. a veiled threat "he will find me and deal with me" ("найдёт и разберётся", "پیدام میکنه و حسابمو میرسه") told by
 *     an adult who asks whom she may call: a threat (situation concept `threat`, rule threatened), read by the rules
 *     (it rested on the second opinion alone). Calm twins: "we will find a solution and deal with the papers", the
 *     words quoted in a training.
 */
type Turns = readonly [Lang, string];

/** (1) A written plea relayed: danger by the rules alone. */
const relayedPlea: readonly Turns[] = [
  ['nb', 'Jeg er lærer. En elev har ikke vært på skolen på to uker, hun er visstnok hos slekta i utlandet. En venninne viste meg en snap der det sto bare hjelp meg.'],
  ['nn', 'Eg er lærar. Ei elev har vore borte frå skulen i tre veker og er visst hos slekta i utlandet. Ei venninne viste meg ei melding der det stod berre hjelp meg.'],
  ['en', 'I teach year 10. One of my girls has missed school for two weeks and is said to be with relatives abroad. Her friend showed me a snap from her saying just help me.'],
  ['ar', 'أنا مدرسة. تلميذة عندي غائبة منذ أسبوعين وأختها تقول إنها مع أقاربها في الخارج، وصديقتها أرتني رسالة منها مكتوب فيها فقط ساعديني'],
  ['so', 'Waxaan ahay macallin. Arday gabar ah ayaan iskuulka imaan laba toddobaad, saaxiibteed ayaa i tustay fariin ay ka soo dirtay oo leh i caawi'],
  ['fa', 'معلم هستم. دانش‌آموزی دو هفته است به مدرسه نیامده و دوستش پیامی نشانم داد که در آن نوشته بود فقط کمکم کنید'],
  ['ur', 'میں استاد ہوں۔ ایک طالبہ دو ہفتوں سے اسکول نہیں آئی، اس کی سہیلی نے بتایا کہ اس نے میسج بھیجا جس میں صرف میری مدد کرو لکھا تھا'],
  ['uk', 'Я вчителька. Учениця два тижні не ходить до школи, подруга показала мені повідомлення від неї, де написано лише «допоможіть».'],
  ['ru', 'Я учитель. Ученица две недели не ходит в школу, подруга показала сообщение от неё, где написано только «помогите».'],
  ['tr', 'Öğretmenim. Bir öğrencim iki haftadır okula gelmiyor, arkadaşı bana ondan gelen bir mesaj gösterdi, sadece yardım et yazıyordu.'],
  ['pl', 'Jestem nauczycielką. Uczennica od dwóch tygodni nie chodzi do szkoły, koleżanka pokazała mi, co napisała: tylko „pomocy”.'],
  ['ti', 'መምህር እየ። ሓንቲ ተምሃሪት ክልተ ሰሙን ናብ ቤት ትምህርቲ ኣይመጸትን፡ መሓዛ ካብኣ ዝመጸ መልእኽቲ ኣርኣየትኒ፡ ሓግዙኒ ጥራይ ይብል።'],
];

/** (1) Calm twins: the same message supposed, taught or long over, and "help me" asked of the bot beside a message. */
const relayedPleaCalm: readonly Turns[] = [
  ['nb', 'Hva bør en lærer gjøre hvis en elev sender en melding der det står bare hjelp meg?'],
  ['nn', 'Kva skal skulen gjere dersom ei elev sender ei melding der det stod berre hjelp meg?'],
  ['en', 'What should a teacher do if a pupil sends a message saying help me?'],
  ['en', 'In our training we discussed a case where a girl sent a snap saying just help me. What are the steps for the school?'],
  ['en', 'I got a message from her mum this morning; can you help me figure out who to call for advice?'],
  ['ar', 'ماذا يجب أن يفعل المعلم إذا أرسلت طالبة رسالة مكتوب فيها فقط ساعديني؟'],
  ['so', 'Maxay tahay in macallinku sameeyo haddii arday soo dirto fariin oo leh i caawi?'],
  ['fa', 'اگر دانش‌آموزی پیامی بفرستد که در آن نوشته بود فقط کمکم کنید، معلم چه باید بکند؟'],
  ['ur', 'اگر کوئی طالبہ میسج بھیجے جس میں لکھا تھا میری مدد کرو تو استاد کو کیا کرنا چاہیے؟'],
  ['ru', 'Что должен делать учитель, если ученица прислала сообщение, где написано «помогите»?'],
  ['tr', 'Bir öğrenci sadece yardım et yazan bir mesaj gönderirse öğretmen ne yapmalı?'],
  ['pl', 'Co powinien zrobić nauczyciel, jeśli uczennica napisała wiadomość tylko „pomocy”?'],
  ['ti', 'ተምሃሪት ሓግዙኒ ዝብል መልእኽቲ እንተ ሰዲዳ መምህር እንታይ ክገብር ኣለዎ?'],
];

/** (2) "No sign of danger" in a duty question about a mother with FGM and a small daughter: advised on, no card. */
const noSignOfDanger: readonly Turns[] = [
  ['nb', 'Jeg er jordmor. En mor med kjønnslemlestelse fødte i går og har ei jente på 3 hjemme. Ingenting tyder på at hun er i fare nå. Må jeg melde til barnevernet?'],
  ['nn', 'Eg er jordmor. Ei mor med kjønnslemlesting fødde i går og har ei jente på 3 heime. Ingenting tyder på at ho er i fare no. Må eg melde til barnevernet?'],
  ['en', 'I am a midwife. A mother with FGM type 3 gave birth yesterday and has a girl of 3 at home. There is no sign of danger for the girl now. Must I notify child welfare?'],
  ['ar', 'أنا قابلة. أم مختونة ولدت أمس وعندها بنت عمرها ٣ سنوات. لا شيء يدل على خطر على البنت الآن. هل يجب أن أبلغ حماية الطفل؟'],
  ['ru', 'Я акушерка. У матери, перенёсшей калечение, есть дочь 3 лет. Признаков опасности нет. Должна ли я сообщить в barnevern?'],
  ['uk', 'Я акушерка. У матері, яка пережила обрізання, є донька 3 років. Ознак небезпеки немає. Чи маю я повідомити barnevern?'],
  ['pl', 'Jestem położną. Matka po okaleczeniu ma 3-letnią córkę. Nic nie wskazuje na zagrożenie. Czy muszę zgłosić to do barnevernet?'],
  ['tr', 'Ebeyim. Sünnet edilmiş bir annenin 3 yaşında bir kızı var. Tehlike belirtisi yok. Barnevern’e bildirmem gerekir mi?'],
];
/** …and its danger twin: the girl to be cut abroad next week keeps the card. */
const noSignButTrip: readonly Turns[] = [
  ['en', 'I am a midwife. A mother with FGM has a girl of 3. There is no sign of danger, but the mother says the grandmother will cut the girl in Sudan next week.'],
];

/** (3) How to recognise a risk, asked generally: no rule alarms. */
const recogniseAsked: readonly Turns[] = [
  ['pl', 'Pracuję w przedszkolu. Jak rozpoznać, że dziewczynce może grozić obrzezanie? Gdzie dzwonić po radę?'],
  ['en', 'I work in a nursery. How can we tell if a little girl may be at risk of cutting? Who gives advice?'],
  ['nb', 'Jeg jobber i barnehage. Hvordan kan vi oppdage at en jente kan bli utsatt for kjønnslemlestelse? Hvem gir råd?'],
  ['ru', 'Я работаю в детском саду. Как распознать, что девочке может угрожать калечение? Куда звонить за советом?'],
  ['uk', 'Я працюю в дитсадку. Як розпізнати, що дівчинці може загрожувати обрізання? Куди дзвонити по пораду?'],
];
/** …and its danger twin: a threat made by a father stays danger. */
const recogniseButThreat: readonly Turns[] = [
  ['pl', 'Jestem pedagogiem. Ojciec grozi uczennicy, że ją wywiezie. Może jej grozić przymusowe małżeństwo. Co robić?'],
  ['ru', 'Я учительница. Отец угрожает ученице, что увезёт её. Ей может угрожать принудительный брак. Что делать?'],
];

describe('dev132: the rules alone read the classes (second opinion never fires)', () => {
  let rulesOnly: ConversationRunner | undefined;
  beforeAll(async () => {
    rulesOnly = await rulesOnlyRunnerOfFile();
  }, 120_000);
  const emergencyOf = async (lng: Lang, text: string): Promise<boolean> => {
    if (!rulesOnly) throw new Error('the rules-only runner is built before the tests');
    const run = await rulesOnly.converse({ lang: lng, turns: [text] });
    return readTurn(run.replies, rulesOnly.markers).emergency;
  };
  it.each(relayedPlea)('(1) a written plea relayed gets the emergency card (%s): %s', async (lng, text) => {
    expect([text, await emergencyOf(lng, text)]).toEqual([text, true]);
  });
  it.each([...noSignButTrip, ...recogniseButThreat])('danger twins keep the card (%s): %s', async (lng, text) => {
    expect([text, await emergencyOf(lng, text)]).toEqual([text, true]);
  });
});

describe('dev132: the situation reader', () => {
  const situation = loadSituationReader();
  it.each(relayedPlea)('(1) a written plea relayed is the plea rule (%s): %s', (_lng, text) => {
    expect([text, situation.read(text).danger.includes('whispered-plea')]).toEqual([text, true]);
  });
  it.each(relayedPleaCalm)('(1) calm twin: the plea supposed, taught or asked of the bot fires no rule (%s): %s', (_lng, text) => {
    expect([text, situation.read(text).danger]).toEqual([text, []]);
  });
});

/** (1) The calm twins whose plea word the plain check does not read in a question: no card from the bot either. */
const relayedPleaCalmInTheBot = relayedPleaCalm.filter(([lng]) => ['ar', 'ur', 'tr', 'pl', 'ti'].includes(lng));

describe('dev132: the bot as it runs', () => {
  const runner = conversationRunnerPerFile();
  it.each(relayedPleaCalmInTheBot)('(1) calm twin: the plea supposed, no card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.answers > 0]).toEqual([text, false, true]);
  });
  it.each(noSignOfDanger)('(2) no sign of danger: advised without the card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.answers > 0]).toEqual([text, false, true]);
  });
  it.each(recogniseAsked)('(3) how to recognise a risk, asked generally: calm by the rules (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
    expectCalmByTheRules(view, text, lng);
  });
});

/** (4) The non-emergency police line asked with "not for emergencies". */
const notForEmergencies: readonly Turns[] = [
  ['ar', 'بدي رقم الشرطة مش للطوارئ، بس عندي سؤال'],
  ['ar', 'ما رقم الشرطة ليس للطوارئ بل للاستفسار؟'],
  ['tr', 'Polisin acil durumlar için değil, normal numarası hangisi?'],
  ['pl', 'Jaki jest numer na policję nie na nagłe wypadki?'],
];
/** (4) "Is it anonymous? I don't want to say my name" after a helpline: the anonymous line's reason, in the reply language. */
const anonymousFollowUp: readonly (readonly [Lang, readonly string[], string])[] = [
  ['fa', ['شماره تلفن صلیب سرخ را می‌خواهم', 'ناشناسه؟ نمیخوام اسمم رو بگم'], 'ناشناس'],
  ['ar', ['شو رقم خط الصليب الأحمر؟', 'ما بدي قول اسمي، بيصير؟'], 'مجهولة الهوية'],
  ['tr', ['Kızılhaç hattının numarası nedir?', 'ismimi söylemek istemiyorum, olur mu?'], 'anonim'],
];

describe('dev132: contacts', () => {
  const runner = conversationRunnerPerFile();
  it.each(notForEmergencies)('(4) the police line not for emergencies is 02800 (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.texts.join(' ').includes('02800')]).toEqual([text, false, true]);
  });
  it.each(anonymousFollowUp)('(4) anonymous asked after a helpline (%s): %j', async (lng, turns, word) => {
    const view = await runner.turn(lng, turns);
    const shown = view.texts.join(' ');
    expect([turns, shown.includes('815 55 201'), shown.toLowerCase().includes(word)]).toEqual([turns, true, true]);
  });
});

/** (5) "Will find me and deal with me": a threat the rules read. */
const findAndDeal: readonly Turns[] = [
  ['ru', 'Мне 22, брат написал, что найдёт меня и разберётся. Можно ли позвонить в Kompetanseteamet самой?'],
  ['uk', 'Мені 21, брат написав, що знайде мене і розбереться. Чи можу я сама подзвонити в Kompetanseteamet?'],
  ['en', "I'm 21 and my brother texted that he will find me and deal with me. Can I call Kompetanseteamet myself?"],
  ['nb', 'Jeg er 20. Broren min skrev at han skal finne meg og ta meg. Kan jeg ringe Kompetanseteamet selv?'],
  ['pl', 'Mam 20 lat. Brat napisał, że znajdzie mnie i się rozprawi. Czy mogę sama zadzwonić do Kompetanseteamet?'],
  ['fa', '۲۰ سالمه. برادرم نوشته که پیدام میکنه و حسابمو میرسه. میتونم خودم به Kompetanseteamet زنگ بزنم؟'],
];
const findAndDealCalm: readonly Turns[] = [
  ['ru', 'Мы найдём решение и разберёмся с документами. Можно ли позвонить в Kompetanseteamet?'],
  ['en', "In a training we discussed threats like 'he will find her and deal with her'. What are the steps in general?"],
];

describe('dev132: a veiled threat to find and deal with her', () => {
  const situation = loadSituationReader();
  it.each(findAndDeal)('(5) the rules read a threat (%s): %s', (_lng, text) => {
    expect([text, situation.read(text).danger.includes('threatened')]).toEqual([text, true]);
  });
  it.each(findAndDealCalm)('(5) calm twin fires no rule (%s): %s', (_lng, text) => {
    expect([text, situation.read(text).danger]).toEqual([text, []]);
  });
  it('(5) the bot with its rules alone shows the card (ru)', async () => {
    const rulesOnly = await rulesOnlyRunnerOfFile();
    const [lng, text] = findAndDeal[0]!;
    const run = await rulesOnly.converse({ lang: lng, turns: [text] });
    expect(readTurn(run.replies, rulesOnly.markers).emergency).toBe(true);
  });
});
