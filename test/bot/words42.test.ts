/**
 * words42 (issue #13, words and names the bot does not know). Our own probes, none of them a set's sentence. The classes:
 *  (1) KIN WORDS: aunts, paternal and maternal uncles, cousins and in-laws were no relative ('kin') in several languages
 *      (Polish "stryj", "ciocia", "szwagier"; Turkish "teyze", "hala-"; Arabic "عمتها", "خالتها"; Farsi "خاله"; Urdu
 *      "پھوپھی", "خالہ"; Somali "eedo", "habaryar"; Russian/Ukrainian "тётя", "тітка"; Tigrinya "ሓትኖ", "ሓወቦ"; nb/nn
 *      "tante", "kusine", "moster", "fastera"), so a relative of that kind come to take a child fired no rule. Now every
 *      form counts (content/understanding/situation/<lang>.json "kin"), and a woman come to fetch a child is read as a
 *      man is (cameToFetch in ar, fa, ur, so, ru, uk, ti). Calm twins: an aunt visiting, an aunt as the helper, an aunt
 *      who picks a child up at school, a case over.
 *  (2) THE ANONYMOUS ASK: whether one can ask, write or call without giving one's name ("isimsiz sorabilir miyim?",
 *      "kan jeg spørre uten å si navnet mitt?") lost to "did you mean", triage or an article on talking with a pupil. It
 *      is the anonymous lines' card now (content/contacts/advice-words.json askAnonymously, read only with the wish to
 *      stay anonymous; "isimsiz" and more in other-language-words.json anonymous), also in the middle of triage. "Can I
 *      ask who covers Somalia?" stays the envoy's answer.
 *  (3) SERVICE NAMES IN OTHER SCRIPTS: Kompetanseteamet written in Arabic, Farsi or Ge'ez letters or translated
 *      ("كومبيتانسه تيم", "تیم صلاحیت", "ኮምፒተንሰ ቲም", "kompetans team", "команда Компетансе"), IMDi in other
 *      scripts ("إمدي", "ایمدی", "ИМДи", "ኢምዲ") are aliases now (service-aliases.json, services.json); the Tigrinya
 *      scope word for a computer ("ኮምፒተ*") no longer catches "ኮምፒተንሰ".
 */
import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { loadSituationReader } from '../../src/understanding/situation-cues';

type Probe = readonly [Lang, string];

/** (1) Words for an aunt, an uncle, a cousin or an in-law, each a relative now. */
const kinWords: readonly string[] = [
  'stryj', 'stryjek', 'stryjenka', 'ciocia', 'ciotka', 'szwagier', 'halası', 'teyzesi', 'kayınbiraderi', 'yengesi',
  'عمتها', 'خالتها', 'خاله', 'عمه', 'پھوپھی', 'خالہ', 'تایا', 'eedo', 'eedadeed', 'habaryar', 'тётя', 'тетя', 'дяди', 'тітка',
  'дядьки', 'tante', 'tanta', 'kusine', 'moster', 'mostera', 'fastera', 'aunt', 'auntie', 'ሓትኖ', 'ሓወቦ', 'ሓብቶ',
];
/** …and everyday words that stay no relative ("faster" is also "fasts"; "hala" is also "still"). */
const noKinWords: readonly string[] = ['han faster i ramadan', 'hala bekliyorum', 'в тетради', 'ኮምፒተር'];

/** (1) An aunt or an uncle of a kind not read before, come to take a child. */
const kinCameToFetch: readonly Probe[] = [
  ['nb', 'Fasteren til eleven har kommet for å hente henne'],
  ['nn', 'Mostera til jenta har kome for å hente henne'],
  ['en', 'Her aunt has come to take the girl away'],
  ['pl', 'Stryj przyjechał, żeby zabrać dziewczynkę'],
  ['tr', 'Teyzesi kızı götürmek için geldi'],
  ['ar', 'خالتها جاءت لتأخذ البنت'],
  ['fa', 'خاله اش آمده که دختر را ببرد'],
  ['ur', 'اس کی پھوپھی لڑکی کو لینے آئی ہے'],
  ['so', 'Eedadeed ayaa u timid inay gabadha qaadato'],
  ['ru', 'Её тётя приехала, чтобы забрать девочку'],
  ['uk', 'Тітка приїхала, щоб забрати дівчинку'],
  ['ti', 'ሓትኖኣ ነታ ጓል ክትወስዳ መጺኣ'],
  ['ti', 'ሓወቦኣ ነታ ጓል ክወስዳ መጺኡ'],
];

/** (1) Calm twins: the same relatives visiting, helping, picking up at school, or a case over. */
const kinCalm: readonly Probe[] = [
  ['nb', 'Fasteren til eleven kom på besøk i helgen og de hadde det hyggelig'],
  ['nb', 'Tanta hennes hjelper henne med leksene og vil gjerne snakke med oss'],
  ['nn', 'Mostera hentar henne i barnehagen kvar dag'],
  ['en', 'Her aunt is the one supporting her and wants advice on what to do'],
  ['en', 'Her auntie picks her up from school every Friday'],
  ['en', 'Last year her aunt came to take her abroad, but that case is closed now'],
  ['pl', 'Stryj odwiedził rodzinę w weekend'],
  ['pl', 'Ciocia pomaga jej w nauce i chce z nami porozmawiać'],
  ['tr', 'Teyzesi hafta sonu ziyarete geldi'],
  ['ar', 'خالتها جاءت لزيارتهم في العطلة'],
  ['ar', 'عمتها تساعدها وتريد أن تعرف ماذا تفعل'],
  ['ur', 'اس کی خالہ اسے اسکول سے لینے آتی ہے'],
  ['ru', 'Её тётя приехала в гости на выходные'],
  ['uk', 'Тітка допомагає їй і хоче порадитися з нами'],
];

/** (2) Whether one can ask, write or call without giving one's name. */
const anonymousAsk: readonly Probe[] = [
  ['nb', 'Kan jeg spørre uten å si navnet mitt?'],
  ['nn', 'Kan eg ringje utan å seie namnet mitt?'],
  ['en', 'Can I ask without giving my name?'],
  ['tr', 'isimsiz sorabilir miyim?'],
  ['tr', 'Kimliğimi söylemeden arayabilir miyim?'],
  ['pl', 'Czy mogę zapytać anonimowo?'],
  ['ar', 'هل يمكنني السؤال بدون ذكر اسمي؟'],
  ['fa', 'آیا می‌توانم بدون گفتن اسمم سوال کنم؟'],
  ['ur', 'کیا میں اپنا نام بتائے بغیر پوچھ سکتا ہوں؟'],
  ['so', 'Ma weydiin karaa anigoon magacayga sheegin?'],
  ['ru', 'Можно спросить анонимно?'],
  ['uk', 'Чи можна запитати анонімно?'],
  ['ti', 'ስመይ ከይሃብኩ ክሓትት ይኽእል ድየ?'],
];
/** (2) The same asked in the middle of triage: the lines, not the next triage question. */
const anonymousAskInTriage: readonly (readonly [Lang, readonly string[]])[] = [
  ['nb', ['jeg er bekymret for en elev', 'kan jeg spørre uten å si navnet mitt?']],
  ['tr', ['bir öğrencim için endişeleniyorum', 'isimsiz sorabilir miyim?']],
];
/** (2) Twins: "can I ask" with no wish to stay anonymous asks what it asks (the envoy covering the country). */
const askNotAnonymous: readonly Probe[] = [
  ['nb', 'kan jeg spørre hvem som dekker Somalia?'],
  ['en', 'can I ask who covers Somalia?'],
  ['tr', "Somali'den kim sorumlu, sorabilir miyim?"],
];

/** The Red Cross line's number (content/contacts/services.json; domain.md §12). */
const RED_CROSS = ['815 55 201'];
/** Kompetanseteamet's number (content/contacts/services.json). */
const KOMPETANSETEAMET = ['478 09 050'];

/** (3) Kompetanseteamet named in other letters or in translation, asked its number or what it does. */
const kompetanseteametNamed: readonly Probe[] = [
  ['ar', 'ما هو رقم كومبيتانسه تيم'],
  ['fa', 'شماره تیم صلاحیت چیست؟'],
  ['ti', 'ቁጽሪ ኮምፒተንሰ ቲም እንታይ እዩ?'],
  ['ti', 'ቁጽሪ ተሌፎን ናይ ኮምፒተንሰ ቲም'],
  ['nb', 'hva er nummeret til kompetans team?'],
  ['en', 'what is the number of the competence team?'],
  ['so', 'waa maxay lambarka kompetanse team?'],
  ['ur', 'کمپیٹنس ٹیم کا نمبر کیا ہے؟'],
  ['ru', 'какой номер у Компетансетеамет?'],
  ['uk', 'який номер Компетанс-теаму?'],
  ['tr', 'Kompetans ekibinin numarası ne?'],
  ['pl', 'jaki jest numer do Kompetanseteam?'],
];
const kompetanseteametWhatItDoes: readonly Probe[] = [
  ['ti', 'ኮምፒተንሰ ቲም እንታይ ይገብር?'],
  ['fa', 'تیم صلاحیت چه کار می‌کند؟'],
  ['ru', 'что делает команда Компетансе?'],
  ['pl', 'czym zajmuje się zespół kompetencji?'],
  ['tr', 'Yetkinlik ekibi ne yapar?'],
];
/** (3) IMDi and the other services named in other scripts: an answer, never "did you mean" or "cannot answer". */
const otherServicesNamed: readonly Probe[] = [
  ['ar', 'ما هو إمدي؟'],
  ['fa', 'ایمدی چه کاری انجام میدهد؟'],
  ['ru', 'что такое ИМДи?'],
  ['ti', 'ኢምዲ እንታይ እዩ?'],
  ['ur', 'آئی ایم ڈی آئی کیا ہے؟'],
  ['ti', 'ቁጽሪ ፍሉይ ልኡኽ'],
  ['ti', 'መማኸሪ ብዙሕነት እንታይ ይገብር?'],
  ['ar', 'رقم مستشار التنوع'],
];
/** (3) Twins: a computer in Tigrinya is still no question of ours. */
const computerTi: readonly Probe[] = [['ti', 'ኮምፒተረይ ኣይሰርሕን ዘሎ'], ['ti', 'ኮምፒተር ክገዝእ እደሊ']];

describe('words42 (1): aunts, uncles, cousins and in-laws are relatives (the situation reader)', () => {
  const reader = loadSituationReader();
  it.each(kinWords)('kin: %s', (word) => {
    expect([word, reader.read(word).concepts.has('kin')]).toEqual([word, true]);
  });
  it.each(noKinWords)('no kin: %s', (text) => {
    expect([text, reader.read(text).concepts.has('kin')]).toEqual([text, false]);
  });
  it.each(kinCameToFetch)('a relative come to take a child fires relative-came-to-fetch (%s): %s', (_lng, text) => {
    expect([text, reader.read(text).danger]).toEqual([text, expect.arrayContaining(['relative-came-to-fetch'])]);
  });
  it.each(kinCalm)('calm twin fires no danger rule (%s): %s', (_lng, text) => {
    expect([text, reader.read(text).danger]).toEqual([text, []]);
  });
});

describe('words42: what the bot shows', () => {
  const runner = conversationRunnerPerFile();

  it.each(kinCameToFetch)('(1) danger: the emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
  });
  it.each(kinCalm)('(1) calm twin: no emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, false]);
  });

  it.each(anonymousAsk)('(2) the anonymous lines, with the Red Cross number (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, view.cannotAnswer, view.replyLanguage]).toEqual([text, false, false, false, lng]);
    expect([text, containsFact(view.texts, RED_CROSS)]).toEqual([text, true]);
  });
  it.each(anonymousAskInTriage)('(2) asked in the middle of triage, still the lines (%s): %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.didYouMean, view.cannotAnswer, containsFact(view.texts, RED_CROSS)]).toEqual([turns, false, false, true]);
  });
  it.each(askNotAnonymous)('(2) twin: "can I ask" a lookup is the envoy in Nairobi, not the lines (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, containsFact(view.texts, ['Nairobi']), containsFact(view.texts, RED_CROSS)]).toEqual([text, true, false]);
  });

  it.each(kompetanseteametNamed)("(3) Kompetanseteamet's number, named in other letters (%s): %s", async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.didYouMean, view.cannotAnswer, view.replyLanguage]).toEqual([text, false, false, lng]);
    expect([text, containsFact(view.texts, KOMPETANSETEAMET)]).toEqual([text, true]);
  });
  it.each(kompetanseteametWhatItDoes)('(3) what Kompetanseteamet does, named in other letters (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.didYouMean, view.cannotAnswer, view.answers > 0]).toEqual([text, false, false, true]);
    expect([text, containsFact(view.texts, ['Kompetanseteamet'])]).toEqual([text, true]);
  });
  it.each(otherServicesNamed)('(3) IMDi, the envoys and the advisers named in other scripts are answered (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.didYouMean, view.cannotAnswer, view.answers > 0, view.replyLanguage]).toEqual([text, false, false, true, lng]);
  });
  it.each(otherServicesNamed.slice(0, 5))('(3) IMDi named in other scripts: the card names IMDi (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, containsFact(view.texts, ['IMDi'])]).toEqual([text, true]);
  });
  it.each(computerTi)('(3) twin: a computer in Tigrinya stays outside what the bot knows (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.cannotAnswer, view.emergency]).toEqual([text, true, false]);
  });
});
