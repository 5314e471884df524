/**
 * dev136 (issue #13, the development set general-blind-136): its one missed danger, gb136-052, was a relative's girl
 * taken to Somalia "last year" who "wants to come back to Norway, but her father does not allow it". The time long past
 * made the message a general question (situation-cues.ts: longAgo → general unless the stay goes on), and the wish
 * refused now (refusedHome) was not read: the cues knew a refusal by "them" right after the wish ("wants to come back …
 * they don't let her"), not one by a single person ("her father does not allow it") nor a wish with the destination
 * told between ("wants to come back to Norway, but her father …"). Our own probes, none of them the set's sentences.
 * The class:
 *  (1) held abroad told as a return refused by one person, the destination between: a person taken or sent abroad
 *      long ago who wants to come back now and whom one relative does not allow or let, in the twelve languages; read
 *      by the rules alone (refused-home-abroad), and kept on an elliptic follow-up that asks about a move to a
 *      neighbouring country (the envoy in Nairobi covers Kenya and Somalia and guides on Ethiopia).
 * Calm twins: the same wish and refusal told as over (she came home), supposed in a general or legal question, asked
 * for a training, the wish in the past tense, and an everyday refusal (a coach, a camp that ends on Sunday).
 * gb136-061 (a programme adviser's long story of an 8-year-old to be cut on a summer visit) got the card, but read as
 * written by a young person: "waxaan ahay la-taliye" (I am an adviser) was no adult role in Somali, nor "I am an
 * adviser" in ten more languages, and the story's own family words made a young writer, whose card leaves out the duty
 * to tell child welfare. The class:
 *  (2) a writer who names herself an adviser or counsellor is an adult (adultRole), no young writer, in the twelve
 *      languages (fa had it); the card of a child to be cut then shows child welfare. Twins: a young person whose
 *      school adviser sent her here stays a young writer ("my adviser" is no role of the writer's own).
 * gb136-011 (registering a sick pupil's absence in the school's system) was answered: the errand words knew "føre
 * fravær", not the writer between ("hvordan fører jeg fravær") nor the system named ("fravær i Visma"). The class:
 *  (3) registering absence in the school's system, asked with the writer between or the system by name, is an errand
 *      out of scope (eleven languages; ti keeps "visma flyt*"); a pupil away since the holidays and said to be abroad
 *      keeps the card though the question is how to register it.
 * The rules alone (second opinion never fires) missed two dangers of the set: gb136-043, a girl taken to Iraq who
 * wrote that she "cannot come back" in Levantine Arabic ("ما بتقدر ترجع", the b- present the cues lacked), made a rule
 * here:
 *  (4) the Levantine and Egyptian present of "cannot come back" is cannotReturn (ar only: the other languages' forms
 *      were read); beside a trip abroad it is held abroad (cannot-return-from-abroad). Twin: coming home late from a
 *      party, with nothing abroad. gb136-136 (tr: a mother watched by her ex-husband's brothers at a reception centre)
 *      is listed in second-opinion-only.json with its class and reason.
 */
import { type Lang } from '../../src/language/languages';
import { readTurn, type ConversationRunner } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, rulesOnlyRunnerOfFile, expectDeclined } from '../helpers/conversation-runner';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { alarmed, expectCalmByTheRules, isDanger } from '../helpers/danger-alarm';

type Probe = readonly [Lang, string];

/** (1) Taken or sent abroad long ago, wants to come back now, one relative does not allow it. */
const refusedByOne: readonly Probe[] = [
  ['nb', 'Niesen min ble sendt til Somalia i fjor. Hun vil tilbake til Norge, men faren tillater ikke det. Hvem kan hjelpe?'],
  ['nn', 'Dottera til bror min vart send til Irak for to år sidan. Ho vil heim til Noreg, men faren tillèt det ikkje.'],
  ['en', "My cousin's daughter was taken to Iraq last year. She wants to come back to Norway but her father doesn't let her. Which embassy?"],
  ['en', 'My niece has been in Pakistan since last year, she wants to return to Norway but her dad does not allow it.'],
  ['ar', 'ابنة خالتي أُخذت إلى العراق العام الماضي، تريد العودة إلى النرويج لكن أبوها لا يسمح لها. أي سفارة تساعد؟'],
  ['so', 'Inanta adeerkay waxaa la geeyay Kenya sanadkii hore, waxay rabtaa inay Norway ku soo laabato laakiin aabaheed ma oggola.'],
  ['so', 'Wiilka walaalkay sanad ka hor ayaa la geeyay Soomaaliya, wuxuu rabaa inuu Norway ku soo laabto laakiin adeerkiis ma oggola.'],
  ['fa', 'دختر خاله‌ام پارسال به افغانستان برده شد، می‌خواهد به نروژ برگردد ولی پدرش اجازه نمی‌دهد.'],
  ['ur', 'میری بھتیجی کو پچھلے سال پاکستان لے گئے، وہ ناروے واپس آنا چاہتی ہے لیکن اس کا باپ اجازت نہیں دیتا۔'],
  ['uk', 'Племінницю торік відвезли до Чечні, вона хоче повернутися до Норвегії, але батько не дозволяє.'],
  ['ru', 'Племянницу в прошлом году увезли в Дагестан, она хочет вернуться в Норвегию, но отец не разрешает.'],
  ['tr', "Yeğenim geçen yıl Irak'a götürüldü, Norveç'e geri dönmek istiyor ama babası izin vermiyor."],
  ['pl', 'Siostrzenicę zabrano w zeszłym roku do Pakistanu, chce wrócić do Norwegii, ale ojciec jej nie pozwala.'],
  ['ti', 'ጓል ሓወይ ኣብ ዝሓለፈ ዓመት ናብ ኤርትራ ተወሲዳ፡ ናብ ኖርወይ ክትምለስ ትደሊ ግን ኣቦኣ ኣይፈቕደላን።'],
];

/** Calm twins: the same words with nobody held now. */
const calmTwins: readonly Probe[] = [
  ['nb', 'Niesen min ville tilbake til Norge for to år siden, men faren tillot det ikke. Hun kom hjem i fjor og har det bra nå.'],
  ['nb', 'Kursus: hva gjør vi hvis en elev vil hjem til Norge, men faren tillater det ikke? Vi ønsker opplæring.'],
  ['en', 'What does the law say if a girl wants to come back to Norway but her father does not allow it?'],
  ['en', "My son wants to come home early from football camp but the coach doesn't let him, it ends Sunday."],
  ['so', 'Gabadhu waxay rabtay inay Norway ku soo laabato sanadkii hore laakiin aabaheed ma oggolayn; hadda way soo laabatay oo waa nabad.'],
  ['so', 'Haddii gabadh ay rabto inay Norway ku soo laabato laakiin aabaheed ma oggola, maxaa la sameeyaa guud ahaan?'],
  ['ru', 'Племянница в прошлом году хотела вернуться в Норвегию, но отец не разрешал. Она уже вернулась, всё хорошо.'],
  ['tr', "Yeğenim geçen yıl dönmek istedi ama babası izin vermedi; şimdi Norveç'te, her şey yolunda."],
];

describe('dev136: the danger reader reads the class', () => {
  it.each(refusedByOne)('(1) taken abroad long ago, return refused by one relative now (%s): %s', (lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
  });
  it.each(calmTwins)('calm twin: no danger, no concern (%s): %s', (lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });
});

/** (1) The danger kept on a follow-up asking about a move to a neighbouring country; the envoy in Nairobi is shown. */
const movedOn: readonly (readonly [Lang, readonly string[]])[] = [
  ['so', ['Wiilka walaalkay sanad ka hor ayaa la geeyay Soomaaliya, wuxuu rabaa inuu Norway ku soo laabto laakiin adeerkiis ma oggola.', 'oo haddii loo raro Itoobiya?']],
  ['en', ['My niece has been in Somalia since last year, she wants to return to Norway but her dad does not allow it.', 'and what if they move her to Ethiopia?']],
];

describe('dev136: the rules alone carry the class (second opinion never fires)', () => {
  let rulesOnly: ConversationRunner | undefined;
  beforeAll(async () => {
    rulesOnly = await rulesOnlyRunnerOfFile();
  }, 120_000);
  const viewOf = async (lng: Lang, turns: readonly string[]) => {
    if (!rulesOnly) throw new Error('the rules-only runner is built before the tests');
    const run = await rulesOnly.converse({ lang: lng, turns: [...turns] });
    return readTurn(run.replies, rulesOnly.markers);
  };

  it.each(refusedByOne)('(1) the emergency card (%s): %s', async (lng, text) => {
    expect([text, (await viewOf(lng, [text])).emergency]).toEqual([text, true]);
  });
  it.each(movedOn)('(1) a move to a neighbouring country asked next keeps the card and names Nairobi (%s): %j', async (lng, turns) => {
    const each: boolean[] = [];
    for (let k = 1; k <= turns.length; k++) each.push((await viewOf(lng, turns.slice(0, k))).emergency);
    const last = await viewOf(lng, turns);
    expect([turns, each, /Nairobi|Nayroobi/u.test(last.texts.join(' '))]).toEqual([turns, turns.map(() => true), true]);
  });
});

/** (4) "Cannot come back" in the Levantine present, told of a person taken abroad. */
const levantineCannotReturn: readonly Probe[] = [
  ['ar', 'أخوها أخذها على العراق من شهر وقال إنها زيارة، وبعتتلي رسالة إنها ما بتقدر ترجع.'],
  ['ar', 'ابن عمي بالأردن من الصيف، بيقول إنه ما بيقدر يرجع على النرويج.'],
];

describe('dev136: the rules read "cannot come back" in the Levantine present', () => {
  it.each(levantineCannotReturn)('(4) held abroad (%s): %s', (lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
  });
  it('(4) twin: home late from a party, nothing abroad, stays calm', () => {
    const text = 'ما بتقدر ترجع عالبيت قبل الساعة عشرة لأنه الحفلة بتخلص متأخر.';
    expect([text, alarmed(text, 'ar')]).toEqual([text, false]);
  });
});

/** (2) The writer names herself an adviser or counsellor. */
const adviserWrites: readonly Probe[] = [
  ['nb', 'Jeg er rådgiver i kommunen. Søsteren min sier at en familie i nabolaget vil sende datteren på 13 til Irak.'],
  ['nn', 'Eg er rådgjevar på eit asylmottak. Mora til ei jente på 12 fortel at familien vil sende henne til Somalia i sommar.'],
  ['en', "I'm an adviser at the adult education centre. My colleague says a mother fears her girl of 9 will be cut on the trip to Sudan."],
  ['ar', 'أنا مستشارة في البلدية. أخبرتني أم أن عائلتها تريد إرسال ابنتها ذات 13 عاماً إلى العراق.'],
  ['so', 'Waxaan ahay la-taliye degmada. Hooyo ayaa ii sheegtay in qoyskeedu rabaan inay gabadheeda 12 jir ah u diraan Soomaaliya.'],
  ['ur', 'میں مشیر ہوں۔ ایک ماں نے بتایا کہ خاندان اس کی 13 سالہ بیٹی کو پاکستان بھیجنا چاہتا ہے۔'],
  ['uk', 'Я радниця в комуні. Мати розповіла, що родина хоче відправити її 13-річну доньку до Чечні.'],
  ['ru', 'Я советник в коммуне. Мать рассказала, что семья хочет отправить её 13-летнюю дочь в Дагестан.'],
  ['tr', "Ben danışmanım. Bir anne, ailenin 13 yaşındaki kızını Irak'a göndermek istediğini söyledi."],
  ['pl', 'Jestem doradczynią w gminie. Matka powiedziała, że rodzina chce wysłać jej 13-letnią córkę do Pakistanu.'],
  ['ti', 'ኣብ ምምሕዳር ኣማኻሪት እየ። ሓንቲ ኣደ ስድራ ጓላ ናብ ኤርትራ ክሰዱ ከም ዝደልዩ ነጊራትኒ።'],
];
/** (2) Twins: a young person sent here by her school adviser stays a young writer. */
const youngWithAdviser: readonly Probe[] = [
  ['nb', 'Jeg er 15 og rådgiveren min på skolen sa jeg kunne skrive her. Foreldrene mine vil sende meg til Pakistan.'],
  ['en', "I'm 15 and my school adviser told me to write here. My parents want to send me to Pakistan."],
  ['tr', "15 yaşındayım, danışmanım buraya yazmamı söyledi. Ailem beni Pakistan'a göndermek istiyor."],
];

describe('dev136: who writes', () => {
  const reader = loadSituationReader();
  it.each(adviserWrites)('(2) an adviser writing is an adult, no young writer (%s): %s', (_lng, text) => {
    const read = reader.read(text);
    expect([text, read.concepts.has('adultRole'), read.youngWriter]).toEqual([text, true, false]);
  });
  it.each(youngWithAdviser)('(2) twin: a young person with her school adviser stays a young writer (%s): %s', (_lng, text) => {
    expect([text, reader.read(text).youngWriter]).toEqual([text, true]);
  });
});

/** (3) Registering a sick pupil's absence in the school's system: an errand. */
const absenceErrand: readonly Probe[] = [
  ['nb', 'hvordan registrerer jeg fravær i Visma for en elev som var syk med feber i to dager?'],
  ['en', 'how do I record absence in Visma for a pupil who had a cold for a week?'],
  ['ru', 'как внести пропуск в Visma за ученика, который болел гриппом?'],
  ['tr', "gripten dolayı okula gelmeyen öğrencinin devamsızlığını Visma'ya nasıl girerim?"],
];

describe('dev136: the bot as it runs', () => {
  const runner = conversationRunnerPerFile();
  // The Somali supposition ("Haddii gabadh …, maxaa la sameeyaa guud ahaan?") is calm by the rules (above) but gets the
  // card from the bot as it ran before this change too, by no rule and no second opinion: a supposed case is calm42a's
  // class (supposed() in danger-reader.ts), left to it.
  const calmInTheBot = calmTwins.filter(([lng, text]) => !(lng === 'so' && text.startsWith('Haddii')));
  it.each(calmInTheBot)('calm twin: no card from the rules (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, [text]);
    expectCalmByTheRules(view, text, lng);
  });
  it('(2) a programme adviser told of a girl of 7 to be cut on a summer visit: the card, and child welfare on it (so)', async () => {
    const view = await runner.turn('so', 'Salaan. Waxaan ahay la-taliye xafiiska degmada. Hooyo ayaa ii sheegtay in ayeeyada Itoobiya ay rabto in gabadheeda 7 jirka ah la gudo xagaaga. Maxaan sameeyaa?');
    expect([view.emergency, /barnevern|daryeelka carruurta/u.test(view.texts.join(' '))]).toEqual([true, true]);
  });
  it.each(absenceErrand)('(3) registering a sick pupil\'s absence is declined (%s): %s', async (lng, text) => {
    expectDeclined(await runner.turn(lng, [text]), lng);
  });
  it('(3) twin: a pupil away since the holidays and said to be abroad keeps the card, though the ask is the register', async () => {
    const view = await runner.turn('nb', 'eleven har vært borte siden sommerferien, familien sier hun er i Somalia og ikke kommer tilbake. hvordan fører jeg fravær i visma?');
    expect(view.emergency).toBe(true);
  });
});
