import path from 'node:path';
import { projectRoot } from '../paths/content-root';
import { loadCompactEld, type EldLike } from './eld-model';
import type { Lang } from './languages';

/** The result of reading a message's language. `reliable` is false for a few words with no clear signal. */
export interface Detection {
  readonly lng: Lang | undefined;
  readonly reliable: boolean;
  /**
   * True when the message is clearly in a language Veiviser does not answer in (French, German, Chinese…): the bot
   * then replies in the conversation's language and offers the language card. `lng` is undefined then.
   */
  readonly unsupported?: boolean;
  /**
   * True for text that is plainly Norwegian but has no word that tells bokmål from nynorsk ("faren min truer med å
   * drepe meg"): the conversation's variant (or a nynorsk Teams) decides which, never another language.
   */
  readonly variantUnmarked?: boolean;
}

export interface LanguageDetector {
  detect(text: string): Detection;
}

/** The part of eld's API we use (eld-model.ts); re-exported for the code that passes a detector in. */
export type { EldLike } from './eld-model';

/*
 * Short chat messages ("hjelp meg", "پولیس کا نمبر", "допомога") are too short for n-gram models alone, so the
 * detector scores each candidate language from three signals and lets eld only break near-ties:
 *   1. script (Ethiopic is Tigrinya here; Arabic script is ar/fa/ur; Cyrillic is uk/ru; Latin is the rest),
 *   2. letters only one candidate uses (Urdu ے ہ ں ٹ, Arabic ة and the Arabic-keyboard ي ك, Ukrainian і ї є ґ,
 *      Russian ы э ъ ё, Turkish ğ ı ş, Polish ą ę ł ń ś ź ż, Norwegian æ ø å),
 *   3. frequent function and domain words (marker words), including Somali, which eld has no model for.
 * Bokmål and nynorsk are told apart by marker words only; a short Norwegian message without any keeps the
 * conversation's variant (reported as not reliable).
 * A message mostly in another script (Chinese, Thai…), or a sentence eld is sure is French, German, Spanish… with no
 * more than a stray marker word of ours, is reported as `unsupported`, so the bot can offer the languages it has.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/u).filter((w) => w.length > 0));
const foldArabic = (token: string): string => token.replace(/[يى]/gu, 'ی').replace(/ك/gu, 'ک');
const arabicScriptWords = (list: string): ReadonlySet<string> => new Set([...words(list)].map(foldArabic));

const NYNORSK = words(`
  ikkje kva korleis kvifor kven kvar kvart kor eg ho honom dei deira deim dykk dykkar me berre frå noko nokon nokre mykje
  skule skulen skular skuleåret ein eit vere vera verte vert vart gjere gjer gjeld gjev gjeve sjå heime heim heimen heimlandet
  høyrer desse rådgjevar rådgjevarar rådgivar rådgivarar mangfaldsrådgjevar mangfaldsrådgjevarar mangfaldsrådgivar
  mangfaldsrådgivarar lærar lærarar elevar elevane vald valdsutsett rettleiing meldeplikta òg no enno framleis fyrst sjølv
  saman fleire mogleg moglege mogeleg tenesta teneste tenester tilsett tilsette hjelpa ringje ringjer uroa uroleg kjem
  heilt heile einaste veit ynskjer ønskjer eigen eiga eige eigentleg difor halden haldne att sommar sommaren finst finnst
  vore sidan bur etterlaten send treng meiner tek fekk snakkar hjå utanlands utanlandsopphald opphald anna
  foreldra borna gutane ungdomane teikn vaksne seier talet endra medan kvarandre eitt æresvald heitte heiter førre noverande gjeldande kvifor`);
const BOKMAL = words(`
  ikke hva hvordan hvorfor hvem hvor hvilke hvilken jeg hun de bare fra noe noen mye skole skolen skoler en et være gjøre
  gjør gjelder se hjemme hjem hjemlandet hører disse vold voldsutsatt veiledning rådgiver rådgivere mangfoldsrådgiver
  mangfoldsrådgivere lærer lærere elever elevene også nå ennå fremdeles selv sammen flere dere ble mulig tjenesten
  tjeneste tjenester ansatt ansatte hjelpen bekymret urolig kommer helt hele eneste vet ønsker egen eget derfor igjen
  sommer sommeren finnes vært siden bor etterlatt trenger mener tar fikk snakker ringer utenlands utenlandsopphold
  opphold annet foreldrene guttene ungdommene tegn voksne sier tallet endret mens hverandre ett æresvold`);
/** Words both written forms share; they say "Norwegian" without saying which. */
const NORWEGIAN = words(`
  er og det meg deg seg takk hjelp skal kan til på om for med som har han vi å av elev eleven elever jente gutt foreldre
  familie familien ferie ferien etter tilbake telefonnummer nummer ring ringe politi politiet barnevernet tvangsekteskap
  æresrelatert kontroll sosial negativ sak saker hei hallo tusen ja nei nå ut får gå vil må bør tegn hva kva ho hun eg jeg
  utlandet sommerferien klassen min mitt mine tema språk svar norsk`);
const ENGLISH = words(`
  the what who how why where when which is are was were do does did me my you your should could would can please help
  thanks thank call phone number with she he her his they them it this that have has not yes there about pupil student
  school girl boy parents family holiday holidays after back missing afraid home going signs forced marriage honour
  honor violence abroad emergency advice adviser contact hi hello an of from to duty notify report concerned worried
  teacher class told says said wants want need will get go out being been sent taken kept married marry daughter son
  mother father brother sister mum dad police explain describe define meaning mean means tell negative social control
  controlling violent threat threats threatened cousin wedding engaged relatives community culture religion religious
  girls boys children child young people person woman women man men case cases year years many much any some
  envoy envoys embassy embassies covers cover special`);
const SOMALI = words(`
  waa maxay iyo ayaa oo waxaan waxay sidee yaa halkee aan ku la ka u gabadh gabar wiil carruurta caruurta guur guurka
  qasab qasabka dhibaato gargaar caawimo caawimaad caawin iga ii fadlan mahadsanid waalidka waalidkeed waalidkiis dugsiga
  ardayga ardayda arday xaaska khatar degdeg degdeg ah walaal hooyo aabe soomaaliya luqadda luuqadda luqad af soomaali
  lambarka taleefanka wac ma ka hor kadib hadda gurigeeda gurigiisa qof lagu haystaa baa yahay tahay yihiin sideen
  caawi maxaan sameeyaa sameeyo yaan wacaa wacdaa kama soo laaban fasaxa fasax caawimaadda booliska boolis baqaysaa
  gabadhu wiilka macallin macallinka iskuul iskuulka jawaab ka baqaa immisa imisa meeqa kiis kiisas kiisaska ayay ayuu
  sannadkii sanadkii sannad sanad sannadka lahaayeen lahaa heshay helay kala duwanaanshaha la-taliyayaasha la-taliye
  talo tallo xiriir xiriirka kooxda hay'adda dowladda dalka dibadda dhaqan celis gudniin gudniinka fircooni
  hablaha gabdhaha ilmaha ilmo reer qoyska qoys xaaskiisa ninkeeda naag haweeney haween dhallinyarada`);
/**
 * Names of Norwegian services and roles that people keep in Norwegian whatever language they write
 * ("Immisa kiis ayay mangfoldsrådgivere lahaayeen…", "Ile spraw mieli mangfoldsrådgivere…"). They say nothing about
 * the message's language, so their words and their æ/ø/å do not count as Norwegian when other words are present.
 * Matched as word beginnings, on the lower-cased word.
 */
const NORWEGIAN_NAMES = new RegExp(
  `^(?:${[
    'mangfolds?r[åa]dgiv', 'mangfalds?r[åa]dg', 'minoritetsr[åa]dgiv', 'integreringsr[åa]dgiv', 'kompetanse?team', 'spesialutsend',
    'tildelingsbrev', 'barnevern', 'helsestasjon', 'helsesykepleier', 'helsesøster', 'legevakt', 'fagteam', 'introduksjonsprogram',
    'voksenopplæring', 'flyktningtjeneste', 'bufdir', 'imdi', 'rvts', 'statsforvalter', 'alarmtelefon', 'nav-',
  ].join('|')})`,
  'u',
);

/**
 * Spellings typical of Somali and rare in the other Latin-script languages here: x and q as consonants between vowels,
 * dh, and long vowels at the end of a word (sameeyaa, caawimaad).
 */
const SOMALI_SHAPE = /(?:[aeiou]x[aeiou]|^x[aeiou]|q[aeiou]|dh[aeiou]|(?:aa|ee|ii|oo|uu)(?:d|n|y)?$)/u;
const TURKISH = words(`
  ne nasıl nasil kim kime bir ve için icin mi mı mu mü yardım yardim lütfen lutfen teşekkürler tesekkurler teşekkür
  evlilik evliliği nedir yok ben bana benim okul okulda öğrenci ogrenci aile ailesi kız kiz polis numara numarası
  numarasi dil türkçe turkce zorla şiddet siddet namus yapmalıyım yapmaliyim arayabilirim aramalıyım korkuyor tatilden
  dönmedi donmedi acil durum olumsuz sosyal kontrol hakkında cevap ver`);
const POLISH = words(`
  ile ilu spraw sprawy sprawa sprawie mieli miał miała miało było były roku rok lat w z ze przez przy dla
  nowych nowe nowy stanowisk stanowiska przewiduje przewiduje jakie jaki jaka który która których kiedy dlaczego
  wyjaśnij wyjasnij znaczy oznacza rodzina rodziny córka corka matka ojciec nauczyciel nauczycielka
  pomoc proszę prosze jak co czy nie jest się sie ma kogo czego dziękuję dziekuje zadzwonić zadzwonic uczeń uczen uczennica
  małżeństwo malzenstwo kto gdzie mam mnie ona jej jego szkoła szkola szkole rodzice numer język jezyk po polsku
  pomóż pomoz pomocy zrobić zrobic mogę moge boi wróciła wrocila wakacjach wakacji przymusowe przymusowy przemoc
  kontrola społeczna spoleczna odpowiadaj teraz niebezpieczeństwie dziecko dziewczyna chłopak policja`);
/**
 * Urdu typed in Latin letters (Roman Urdu: "meri beti 17 saal ki hai … kya karoon?"), as many Pakistani Norwegians
 * write on a phone. Only words no other of our Latin-script languages uses ("se", "ho", "to", "na", "main" are left out).
 */
const ROMAN_URDU = words(`
  hai hain nahi nahin kya kyun kyon kaise kahan meri mera mere hamari hamara beti beta bachi bacha bachay shadi shaadi
  zabardasti madad karoon karun karein karna karta karti raha rahi rahe hoon hun tha thi sakta sakti sakte chahti chahta
  chahte bilkul abhi phir kuch koi bohat bahut saal ammi abbu bhai behan chacha chachi mamu rishta jayenge jaayenge keh
  kehte kehti rahay woh yeh aur ka ki ke ko hum tum aap apni apna apne wahan yahan kab kaun kisko kisi ghar walay wale
  larki larka larkee dar darr lagta lagti batao bataen bataein shukriya meherbani assalam alaikum salaam khatra mein kitne kitna kitni zyada ziada qisam liye milega milegi chahiye`);
/**
 * Persian typed in Latin letters (Finglish: "dokhtaram 16 salashe, pedaresh tahdid mikone"). Only words no other of
 * our Latin-script languages uses.
 */
const FINGLISH = words(`
  dokhtar dokhtaram dokhtare pesar pesaram pedar pedaram pedaresh madar madaram maman baba khanevade khanevadeh khanevadam
  mikhad mikhan mikham mikonam mikone mikonan nemikham nemikhad nemitoonam nemidoonam chikar chekar chera koja kojast
  lotfan komak komakam ezdevaj ezdevaje ejbari tahdid mitarsam mitarse emshab farda baradar baradaram khahar khaharam
  gofte gofteh mige migan migoft bayad hast hastam hasti nist mishe shode shod kardan kard khodam manam shohar shoharam
  amoo amu amooham salashe salesh chand chetor chejuri kasi kasio mikonid befrestan bebaran afghanestan afghanistan`);
// Arabic-script words are matched after folding Arabic ي/ك/ى to the Persian ی/ک, so one spelling covers both keyboards.
const ARABIC = arabicScriptWords(`
  في على الی إلی ماذا کیف هل أن ان لا هو هی هذا هذه التی الذی عن مع کان کانت شکرا مساعدة أرید ارید أفعل افعل أتصل اتصل
  ماهو هو الزواج القسری رقم هاتف الشرطة خائفة خائف أهلها اهلها طالبة طالب لم تعد الإجازة الاجازة المدرسة فضلک
  العنف الشرف لغة اللغة أجب اجب بالعربیة العربیة ابنتی أخی اختی الآن الان`);
const DARI = arabicScriptWords(`
  است چیست چه چی کنم کنید کرد کند می نمی را از به در این آن برای با هست شده کجا چطور چرا تشکر لطفا لطفاً زنگ بزنم
  بزنید خانه مکتب شاگرد کمک زبان دری فارسی جواب بده بدهید ازدواج اجباری خشونت ناموس پولیس نمبر تیلفون خانواده
  خانواده‌اش میترسد می‌ترسد ترسد رخصتی برنگشته حالا کار باید دختر پسر مشاور سوال ببخشید نشانه ها های هایی
  تماس شماره چقدر کدام معلم معلمین مکاتب شاگردان اطفال طفل کودک والدینش پدر مادر برادر خواهر
  شوهر همسر نامزد کشور افغانستان ایران مهاجر پناهجو سال امسال پارسال قضیه قضایا موارد کنترل اجتماعی
  ختنه زنان دختران میخواهم میخواهد نمیتواند بگیرم بگیرد بپرسم توضیح بدهید`);
const URDU = arabicScriptWords(`
  کا کی کے ہے ہیں میں نہیں کیا کو سے اور کریں کروں کرنا مدد شکریہ براہ کرم مجھے کس چاہیے چاہئے اب بہت پولیس فون
  نمبر شادی جبری طالبہ طالب علم واپس نہیں آئی گھر والوں ڈرتی ڈرتا زبان اردو جواب دیں بتائیں ہوں ہو تھا تھی
  زبردستی رابطہ لڑکی لڑکا لڑکیوں بچی بچہ بچوں بیٹی بیٹا والد والدہ استاد سکول اسکول پاکستان کتنے کتنی کتنا
  کیسے کیوں کون کہاں جب تک لیے لئے ساتھ بارے چاہتا چاہتی سکتا سکتی سکتے گا گی گے رہا رہی رہے وہ یہ اس
  سماجی کنٹرول غیرت ختنہ وضاحت سمجھائیں`);
const UKRAINIAN = words(`
  що як мені мене допомога допоможіть дякую будь ласка мова чи та для про шлюб телефонувати дитина дівчина
  учень учениця робити зробити вона він його її вдома школа батьки зараз треба де хто коли небезпеці примусовий
  номер поліції поліція українською відповідай сім'я родина боїться повернулася канікул`);
const RUSSIAN = words(`
  что как мне помощь помогите спасибо пожалуйста язык или брак кто где когда делать сделать звонить позвонить сейчас
  надо нужно она он его её ее дома родители ученик ученица девочка девушка опасности школе школа это номер полиции
  полиция по-русски русском отвечай семья боится вернулась каникул принудительный`);

/** Whether a word is one of the detector's marker words in Norwegian or English (function and common domain words). */
export function isMarkerWord(word: string): boolean {
  return NORWEGIAN.has(word) || BOKMAL.has(word) || NYNORSK.has(word) || ENGLISH.has(word);
}

/** Greetings and thanks people type in any language they know; a message of only these keeps the conversation's language. */
const COURTESY = words('ok okay takk tusen mange thanks thank you thx hei hi hey hallo hello ja nei yes no please fint bra good');

const SCRIPT_ETHIOPIC = /[\u1200-\u139F\u2D80-\u2DDF]/u;
const SCRIPT_ARABIC = /[\u0600-\u06FF\u0750-\u077F]/u;
const SCRIPT_CYRILLIC = /[\u0400-\u04FF]/u;
const URDU_LETTERS = /[ٹڈڑںےۓہۂھ]/gu;
/** ة and ى, and ي/ك as typed on an Arabic keyboard (Persian and Urdu keyboards type ی/ک). */
const ARABIC_LETTERS = /[ةىيكأإؤ]/gu;
/** Letters Persian and Urdu use but Arabic does not. */
const NON_ARABIC_LETTERS = /[پچژگ]/gu;
const UKRAINIAN_LETTERS = /[іїєґ]/gu;
const RUSSIAN_LETTERS = /[ыэъё]/gu;
const TURKISH_LETTERS = /[ğış]/gu;
const POLISH_LETTERS = /[ąćęłńśźż]/gu;
const NORWEGIAN_LETTERS = /[æøå]/gu;

/** eld's codes for the languages we read. Danish and Swedish guesses on short text are almost always Norwegian here. */
const ELD_TO_LANG: Readonly<Record<string, Lang>> = {
  no: 'nb', nb: 'nb', nn: 'nb', da: 'nb', sv: 'nb', en: 'en', ar: 'ar', fa: 'fa', ur: 'ur', uk: 'uk', ru: 'ru', tr: 'tr', pl: 'pl', am: 'ti', ti: 'ti',
};

/**
 * When eld names a language we do not answer in, it must be this sure, and this far ahead of every language we
 * do answer in, before the message counts as "a language we don't speak". On real questions in our languages eld's
 * foreign guesses ("kontakter" → de, "статистика" → sr, Somali → tl/et) come within a few hundredths of our own
 * language or stay below 0.7; French, German, Spanish… sentences score about 0.8 with a lead of 0.1 or more.
 */
const FOREIGN_MIN_SCORE = 0.7;
const FOREIGN_MIN_LEAD = 0.1;
/** Letters of the scripts our languages are written in; a message mostly in another script (Han, Hangul, Thai…) is foreign. */
const OUR_SCRIPTS = /[\p{Script=Latin}\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Ethiopic}]/gu;
const ANY_LETTER = /\p{L}/gu;

/** Lower-case, compatibility-normalised, without Arabic vowel marks or zero-width joiners; ZWNJ separates (می‌کنم → می کنم). */
function prepare(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
    .replace(/[\u200C]/gu, ' ')
    .replace(/[\u200B\u200D\u2060\uFEFF]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Web addresses say nothing about the language ("ung.no" is not the nynorsk "no"). */
const WEB_ADDRESS = /\b(?:https?:\/\/)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:no|com|org|net|gov|eu|uk)\b\S*/gu;

function tokensOf(prepared: string): string[] {
  return prepared
    .replace(WEB_ADDRESS, ' ').match(/[\p{L}\p{M}\p{N}'’ʼ-]+/gu)?.map((t) => t.replace(/^['’ʼ-]+|['’ʼ-]+$/gu, '')).filter((t) => /[\p{L}]/u.test(t)) ?? [];
}

function count(tokens: readonly string[], list: ReadonlySet<string>): number {
  return tokens.reduce((n, t) => n + (list.has(t) ? 1 : 0), 0);
}

function letters(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Whether one letter deleted, added, changed or two swapped turns `word` into a word of `list`. */
function oneEditFrom(word: string, list: ReadonlySet<string>): boolean {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    if (i < word.length && list.has(head + word.slice(i + 1))) return true;
    if (i < word.length - 1 && list.has(head + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2))) return true;
    for (const letter of LATIN_LETTERS) {
      if (list.has(head + letter + word.slice(i))) return true;
      if (i < word.length && list.has(head + letter + word.slice(i + 1))) return true;
    }
  }
  return false;
}

/** Tells bokmål from nynorsk by marker words; ties go to bokmål, the more common written form. */
export function norwegianVariant(tokens: readonly string[]): { lng: 'nb' | 'nn'; markers: number } {
  // Nynorsk definite plurals in -ane/-arane (elevane, rådgivarane) have bokmål -ene/-erne.
  const nn = count(tokens, NYNORSK) + tokens.filter((t) => !NYNORSK.has(t) && t.length > 6 && /(?:arane|ane)$/u.test(t)).length;
  const nb = count(tokens, BOKMAL);
  return nn > nb ? { lng: 'nn', markers: nn } : { lng: 'nb', markers: nb };
}

type Scores = Partial<Record<Lang, number>>;

interface Verdict {
  readonly lng: Lang;
  readonly score: number;
  readonly margin: number;
  /** A letter no other candidate uses: enough even for a one-word message. */
  readonly unique: boolean;
}

type EldResult = ReturnType<EldLike['detect']>;

const UNSUPPORTED: Detection = { lng: undefined, reliable: false, unsupported: true };

/** eld is sure the message is in a language we do not answer in, and well ahead of every language we do. */
function eldSaysForeign(guess: EldResult): boolean {
  if (!guess.language || ELD_TO_LANG[guess.language] || !guess.isReliable()) return false;
  const scores = guess.getScores();
  const top = scores[guess.language] ?? 0;
  const ours = Math.max(0, ...Object.entries(scores).filter(([code]) => ELD_TO_LANG[code]).map(([, score]) => score));
  return top >= FOREIGN_MIN_SCORE && top - ours >= FOREIGN_MIN_LEAD;
}

/**
 * The message's own words and letters say which of our languages it is, whatever eld thinks: a letter only that
 * language uses, or marker words making up a third of the message (at least two). One shared word ("de", "ne",
 * "was") in a French or German sentence is not enough.
 */
function ownEvidence(verdict: Verdict, tokens: readonly string[]): boolean {
  return verdict.unique || verdict.score >= 2 * Math.max(2, tokens.length / 3);
}

function best(scores: Scores, unique: ReadonlySet<Lang>): Verdict | undefined {
  const ranked = (Object.entries(scores) as Array<[Lang, number]>).filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first) return undefined;
  return { lng: first[0], score: first[1], margin: first[1] - (second?.[1] ?? 0), unique: unique.has(first[0]) };
}

export function createLanguageDetector(eld: EldLike): LanguageDetector {
  /**
   * eld's guess, only if it is one of `allowed`. On a few words eld often calls a near-tie "reliable", so its vote
   * weighs one point only when its best score clearly beats the runner-up, half a point otherwise.
   */
  function eldVote(result: EldResult, allowed: readonly Lang[]): { lng: Lang; weight: number } | undefined {
    const lng = ELD_TO_LANG[result.language];
    if (!lng || !allowed.includes(lng)) return undefined;
    const [first = 0, second = 0] = Object.values(result.getScores()).sort((a, b) => b - a);
    return { lng, weight: result.isReliable() && first - second >= 0.03 ? 1 : 0.5 };
  }

  function arabicScript(text: string, tokens: readonly string[], guess: EldResult): Verdict | undefined {
    const folded = tokens.map(foldArabic);
    const urduLetters = letters(text, URDU_LETTERS);
    const arabicLetters = letters(text, ARABIC_LETTERS) + tokens.filter((t) => t.startsWith('ال') && t.length > 3).length;
    const nonArabic = letters(text, NON_ARABIC_LETTERS);
    const scores: Scores = {
      ar: 2 * count(folded, ARABIC) + 2 * arabicLetters - 3 * nonArabic,
      fa: 2 * count(folded, DARI),
      ur: 2 * count(folded, URDU) + 3 * urduLetters,
    };
    const vote = eldVote(guess, ['ar', 'fa', 'ur']);
    if (vote) scores[vote.lng] = (scores[vote.lng] ?? 0) + vote.weight;
    const unique = new Set<Lang>();
    if (urduLetters > 0) unique.add('ur');
    if (arabicLetters > 0 && nonArabic === 0) unique.add('ar');
    return best(scores, unique) ?? { lng: nonArabic > 0 ? 'fa' : 'ar', score: 0, margin: 0, unique: false };
  }

  function cyrillicScript(text: string, tokens: readonly string[], guess: EldResult): Verdict | undefined {
    const ukLetters = letters(text, UKRAINIAN_LETTERS);
    const ruLetters = letters(text, RUSSIAN_LETTERS);
    const scores: Scores = { uk: 2 * count(tokens, UKRAINIAN) + 3 * ukLetters, ru: 2 * count(tokens, RUSSIAN) + 3 * ruLetters };
    const vote = eldVote(guess, ['uk', 'ru']);
    if (vote) scores[vote.lng] = (scores[vote.lng] ?? 0) + vote.weight;
    const unique = new Set<Lang>();
    if (ukLetters > 0 && ruLetters === 0) unique.add('uk');
    if (ruLetters > 0 && ukLetters === 0) unique.add('ru');
    return best(scores, unique) ?? { lng: 'ru', score: 0, margin: 0, unique: false };
  }

  function latinScript(text: string, allTokens: readonly string[], guess: EldResult): Verdict | undefined {
    // Norwegian service names inside another language's sentence are no Norwegian evidence (see NORWEGIAN_NAMES);
    // when the other words say nothing either, the names decide as before.
    const others = allTokens.filter((t) => !NORWEGIAN_NAMES.test(t));
    if (others.length > 0 && others.length < allTokens.length) {
      const verdict = latinWords(others.join(' '), others, guess);
      if (verdict) return verdict;
    }
    return latinWords(text, allTokens, guess);
  }

  function latinWords(own: string, tokens: readonly string[], guess: EldResult): Verdict | undefined {
    const trLetters = letters(own, TURKISH_LETTERS);
    const plLetters = letters(own, POLISH_LETTERS);
    const noLetters = letters(own, NORWEGIAN_LETTERS);
    const norwegianWords = tokens.filter((t) => NORWEGIAN.has(t) || NYNORSK.has(t) || BOKMAL.has(t)).length;
    const englishWords = count(tokens, ENGLISH);
    // English typed in a hurry ("controll", "mariage", "honur"): a word one letter from an English marker word counts
    // half, so a typo does not hand the message to Somali or Polish. Words of any other of our languages are left out.
    const englishTypos = tokens.filter((t) => t.length >= 5 && !ENGLISH.has(t) && !SOMALI.has(t) && !POLISH.has(t) && !TURKISH.has(t) && !NORWEGIAN.has(t) && !BOKMAL.has(t) && !NYNORSK.has(t) && oneEditFrom(t, ENGLISH)).length;
    const somaliWords = count(tokens, SOMALI);
    const scores: Scores = {
      nb: 2 * norwegianWords + 2 * noLetters,
      en: 2 * englishWords + englishTypos,
      // A Somali-looking spelling counts only for a word that is no English or Norwegian word.
      so: 2 * somaliWords + tokens.filter((t) => SOMALI_SHAPE.test(t) && !ENGLISH.has(t) && !NORWEGIAN.has(t) && !BOKMAL.has(t) && !NYNORSK.has(t)).length,
      tr: 2 * count(tokens, TURKISH) + 3 * trLetters,
      pl: 2 * count(tokens, POLISH) + 3 * plLetters,
      ur: 2 * count(tokens, ROMAN_URDU),
      fa: 2 * count(tokens, FINGLISH),
    };
    const vote = eldVote(guess, ['nb', 'en', 'tr', 'pl']);
    if (vote) scores[vote.lng] = (scores[vote.lng] ?? 0) + vote.weight;
    const unique = new Set<Lang>();
    if (trLetters > 0) unique.add('tr');
    if (plLetters > 0) unique.add('pl');
    return best(scores, unique);
  }

  return {
    detect(raw: string): Detection {
      const text = prepare(raw);
      const tokens = tokensOf(text);
      if (tokens.length === 0) return { lng: undefined, reliable: false };

      // Chinese, Korean, Thai, Hindi…: no language we answer in is written in those scripts.
      if (2 * letters(text, OUR_SCRIPTS) < letters(text, ANY_LETTER)) return UNSUPPORTED;
      if (SCRIPT_ETHIOPIC.test(text)) return { lng: 'ti', reliable: true };
      const guess = eld.detect(text);
      const verdict = SCRIPT_ARABIC.test(text)
        ? arabicScript(text, tokens, guess)
        : SCRIPT_CYRILLIC.test(text)
          ? cyrillicScript(text, tokens, guess)
          : latinScript(text, tokens, guess);
      // A few words ("merci", "danke schön") keep the conversation's language; a sentence eld is sure of does not.
      if (tokens.length >= 3 && eldSaysForeign(guess) && !(verdict && ownEvidence(verdict, tokens))) return UNSUPPORTED;
      if (!verdict) return { lng: undefined, reliable: false };

      const clear = verdict.margin >= 1.5 && verdict.score >= 2;
      // One word decides only when it belongs to one of our languages and no other ("hjelp", "språk"), not "ok".
      const courtesyOnly = tokens.every((t) => COURTESY.has(t));
      const enough = !courtesyOnly && (tokens.length >= 2 || (clear && (tokens[0]?.length ?? 0) >= 4 && verdict.margin >= 2));
      if (verdict.lng === 'nb') {
        // Plainly Norwegian is Norwegian whatever Teams' locale or the conversation's earlier language. Which
        // Norwegian: with no bokmål/nynorsk marker word the conversation's variant decides (see chooseLanguage), so
        // a nynorsk user is not switched to bokmål by "skal vi bestille tolk".
        const variant = norwegianVariant(tokens);
        const reliable = clear && enough;
        return variant.markers > 0 || !reliable ? { lng: variant.lng, reliable } : { lng: variant.lng, reliable, variantUnmarked: true };
      }
      const reliable = (enough && clear) || (verdict.unique && verdict.margin > 0);
      return { lng: verdict.lng, reliable };
    },
  };
}

/** Where the build writes eld's medium model in compact form (see eld-model.ts). */
export const COMPACT_ELD_MODEL = path.join(projectRoot(), 'dist', 'data', 'eld-medium.json');

/**
 * Loads eld (ESM-only) once. The medium model covers every language we detect with eld: the compact copy the build
 * writes when there is one (a fraction of the start-up time and memory, the same scores), else eld's own module.
 */
export async function loadLanguageDetector(modelFile: string = COMPACT_ELD_MODEL): Promise<LanguageDetector> {
  const compact = await loadCompactEld(modelFile);
  if (compact) return createLanguageDetector(compact);
  const { eld } = await import('eld/medium');
  return createLanguageDetector(eld);
}
