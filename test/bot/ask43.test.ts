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
import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';

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
