import { tokenize } from '../language/text';
import { fold } from '../contacts/country-names';
import type { Role } from './triage-facts';

/**
 * The words the triage conversation listens for, in all twelve languages. Recognition data, not UI text:
 * the buttons say the same things in `locales/<lng>/triage.json`. Phrases are folded like the text
 * (å → a, ş → s), so write them naturally; a trailing * matches the start of a word.
 */
export type Phrases = readonly string[];

function foldedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap((w) => foldTokens(w)));
}

/** "bekymret for", "worried about": a worry about someone. */
export const WORRY_ABOUT: Phrases = [
  'bekymret for', 'bekymra for', 'bekymrer meg for', 'bekymrar meg for', 'bekymring for', 'urolig for', 'uroa for', 'uroleg for', 'uroar meg for', 'engstelig for',
  'worried about', 'worried for', 'concerned about', 'concerned for', 'concerns about', 'concern about', 'anxious about', 'worry about', 'worrying about',
  // Common typos: the recognizer sees the text before any spelling correction.
  'bekymrt for', 'bekymert for', 'bekymeret for', 'bekyret for', 'bekymre for', 'bekymrer for', 'bekumret for', 'urolig forr', 'worred about', 'woried about', 'worryed about', 'wories about', 'conserned about', 'concered about',
];
/** Worry words in the other languages, where word order varies: they count together with a person word. */
export const WORRY_OTHER: Phrases = [
  'قلق*', 'أقلق', 'مهموم*', 'أخاف على', 'قلقة',
  'welwel*', 'walwal*', 'walaac*', 'ka welwelsan*', 'ka walwalsan*',
  'نگران*', 'تشویش*', 'پریشان*',
  'کی فکر', 'فکر ہے', 'فکرمند', 'پریشان', 'تشویش',
  'хвилю*', 'турбу*', 'непоко*', 'тривож*', 'переживаю',
  'беспоко*', 'волну*', 'тревож*', 'переживаю',
  'endişe*', 'kaygı*', 'kaygılı*',
  'martwi*', 'niepokoj*', 'obawiam się o', 'boję się o',
  'ተሻቒ*', 'ተሻቕ*', 'ሻቕሎ*', 'ተጨኒቐ*', 'ተጨነቕ*',
];
/** Words between the worry and the person: "bekymret for en av elevene mine". */
export const BETWEEN: ReadonlySet<string> = foldedSet(['en', 'ei', 'et', 'ein', 'eit', 'min', 'mi', 'mitt', 'mine', 'vår', 'var', 'våre', 'vare', 'vart', 'denne', 'dette', 'av', 'a', 'an', 'my', 'one', 'of', 'our', 'this', 'that', 'the', 'some', 'ny', 'new', 'ung', 'young', 'litt', 'little', 'særlig', 'spesielt', 'gammel', 'gamal', 'old', 'år', 'year', 'years']);
/** Who the worry is about. */
export const PERSON: Phrases = [
  'elev*', 'jente*', 'gutt*', 'gut', 'gutane', 'gutar', 'person', 'personen', 'people', 'ungdom*', 'barn*', 'born*', 'datter*', 'dotter*', 'døtre*', 'sønn*', 'son', 'sons', 'venninne*', 'venn', 'venner', 'vennen', 'ven', 'vener', 'kompis*', 'klassekamerat*', 'klassevenninne*', 'tenåring*', 'unge', 'ungen', 'kvinne*', 'kone', 'søster*', 'syster*', 'bror*', 'kusine*', 'fetter*', 'niese*', 'nevø*', 'nabo*', 'klient*', 'bruker*', 'brukar*', 'beboer*', 'bebuar*', 'deltaker*', 'deltakar*', 'pasient*', 'kollega*', 'noen', 'nokon', 'henne', 'ham', 'han', 'ho', 'hen',
  'student*', 'pupil*', 'girl*', 'boy*', 'child*', 'kid', 'kids', 'teen*', 'young person', 'young people', 'youth*', 'daughter*', 'friend*', 'classmate*', 'woman', 'women', 'wife', 'sister*', 'brother*', 'cousin*', 'niece*', 'nephew*', 'neighbour*', 'neighbor*', 'client*', 'resident*', 'participant*', 'patient*', 'colleague*', 'someone', 'somebody', 'her', 'him', 'them',
  'طالب*', 'تلميذ*', 'ابنت*', 'ابن', 'ابني', 'فتاة', 'بنت', 'شاب*', 'طفل*', 'ولد', 'صدیق*',
  'arday*', 'gabar*', 'gabadh*', 'wiil*', 'ilmo*', 'caruur*', 'carruur*', 'dhalinyar*', 'inan*', 'qof',
  'شاگرد*', 'متعلم*', 'دانش‌آموز*', 'دانش آموز', 'دختر*', 'پسر*', 'کودک*', 'جوان*', 'فرزند*',
  'طالب علم', 'طالبہ', 'بچ*', 'لڑک*', 'بیٹ*', 'نوجوان',
  'учн*', 'учениц*', 'дитин*', 'дівчин*', 'хлопц*', 'хлопч*', 'донь*', 'сина', 'син', 'підліт*', 'студент*', 'когось',
  'учени*', 'ребен*', 'ребён*', 'девочк*', 'девушк*', 'мальчик*', 'дочь', 'дочер*', 'сына', 'сын', 'подрост*', 'кого то',
  'öğrenci*', 'kız*', 'kizi*', 'oğl*', 'çocu*', 'genç*', 'birisi', 'biri',
  'ucz*', 'dzieck*', 'dzieci*', 'cork*', 'syn*', 'dziewczyn*', 'chłop*', 'chlop*', 'nastolat*', 'kogoś',
  'ተምሃ*', 'ተመሃ*', 'ቆልዓ*', 'ጓል', 'ወዲ', 'መንእሰ*',
];
/** A subject other than the asker before the worry: "foreldrene er bekymret for datteren" is about the parents' worry. */
export const THIRD_PARTY_SUBJECT: Phrases = ['foreldre*', 'parent*', 'moren', 'mora', 'mor', 'faren', 'far', 'mother', 'father', 'mamma*', 'pappa*', 'mum', 'mom', 'dad', 'hun', 'han', 'ho', 'she', 'he', 'they', 'de', 'dei', 'familie*', 'family', 'hen'];
/** Questions the contact card or an article answers better than a conversation. */
export const ASKS_WHO: Phrases = ['hvem', 'kven', 'who', 'whom', 'hvor', 'kvar', 'where', 'which service', 'telefonnummer*', 'nummer*', 'phone number*'];
export const ASKS_ABOUT: Phrases = ['meldeplikt*', 'opplysningsplikt*', 'avvergingsplikt*', 'taushetsplikt*', 'duty to', 'hva er', 'kva er', 'what is', 'what are'];

export const YES: Phrases = ['ja', 'jo', 'jepp', 'jada', 'yes', 'yeah', 'yep', 'yup', 'نعم', 'أي', 'أيوه', 'haa', 'haye', 'بلی', 'بله', 'اره', 'ہاں', 'جی', 'так', 'да', 'evet', 'tak', 'እወ'];
export const NO: Phrases = ['nei', 'neida', 'nope', 'no', 'nah', 'ikke akutt', 'ikkje akutt', 'not urgent', 'لا', 'maya', 'نه', 'نخیر', 'نہیں', 'ні', 'нет', 'hayır', 'hayir', 'nie', 'ኣይፋል', 'ኣይኮነን'];
export const DONT_KNOW: Phrases = ['vet ikke', 'veit ikke', 'veit ikkje', 'vet ikkje', 'usikker', 'aner ikke', 'dont know', 'don t know', 'do not know', 'not sure', 'unsure', 'no idea', 'لا أعرف', 'لا أدري', 'ma aqaan', 'ma garanayo', 'نمیدانم', 'نمی دانم', 'معلوم نیست', 'معلوم نہیں', 'نہیں معلوم', 'پتہ نہیں', 'не знаю', 'bilmiyorum', 'emin değilim', 'nie wiem', 'ኣይፈልጥን'];

export const CANCEL: Phrases = ['avbryt', 'stopp', 'stop', 'slutt', 'avslutt', 'glem det', 'gløym det', 'cancel', 'quit', 'exit', 'never mind', 'nevermind', 'إلغاء', 'توقف', 'jooji', 'ka noqo', 'لغو', 'منسوخ', 'ختم کریں', 'بند کریں', 'скасувати', 'скасуй', 'стоп', 'зупинити', 'отмена', 'отменить', 'отмени', 'iptal', 'dur', 'vazgeç', 'anuluj', 'przerwij', 'ሰርዝ', 'ኣቋርጽ'];
export const RESTART: Phrases = ['start på nytt', 'begynn på nytt', 'start igjen', 'byrj på nytt', 'byrj igjen', 'ny sak', 'restart', 'start over', 'start again', 'begin again', 'new case', 'ابدأ من جديد', 'من البداية', 'dib u bilow', 'ka bilow bilowga', 'از نو شروع', 'دوباره شروع', 'دوبارہ شروع', 'почати знову', 'почати спочатку', 'спочатку', 'начать заново', 'начать сначала', 'сначала', 'baştan başla', 'yeniden başla', 'zacznij od nowa', 'od nowa', 'ካብ መጀመርታ', 'እንደገና ጀምር'];

export const IN_NORWAY: Phrases = ['i norge', 'i noreg', 'in norway', 'fortsatt i norge', 'still in norway', 'norge', 'noreg', 'norway', 'النرويج', 'noorweey*', 'ناروی', 'ناروے', 'норвегі*', 'норвеги*', 'norveç*', 'norweg*', 'ኖርወይ'];
/** Only as the answer to "where is the person?": "her" is also English "her". */
export const IN_NORWAY_ANSWER: Phrases = ['her', 'hjemme', 'heime', 'here', 'at home', 'på skolen', 'i klassen', 'هنا', 'halkan', 'اینجا', 'یہاں', 'тут', 'тут', 'здесь', 'burada', 'tutaj', 'ኣብዚ'];
export const ABROAD: Phrases = ['utlandet', 'utenlands', 'utanlands', 'utenfor norge', 'utanfor noreg', 'abroad', 'overseas', 'outside norway', 'في الخارج', 'الخارج', 'dibadda', 'dalka dibadiisa', 'خارج', 'خارج از کشور', 'بیرون ملک', 'за кордоном', 'закордон*', 'за границей', 'за рубежом', 'yurt dışı*', 'yurtdışı*', 'za granicą', 'ወጻኢ*'];
export const TRAVELLING: Phrases = ['skal reise', 'skal dra', 'skal sendes', 'skal sendast', 'skal på ferie', 'reiser snart', 'reise snart', 'før ferien', 'før reisa', 'about to travel', 'going to travel', 'will travel', 'travelling soon', 'traveling soon', 'leaving soon', 'will be sent', 'before the holiday', 'سيسافر', 'ستسافر', 'سوف يسافر', 'سوف تسافر', 'safar*', 'u safri*', 'سفر میرود', 'سفر خواهد', 'سفر کرے', 'سفر پر', 'поїде', 'виїжджа*', 'поедет', 'уедет', 'уезжа*', 'seyahat*', 'gidecek', 'wyjeżdża', 'wyjedzie', 'ክጓዓዝ*', 'ክትጓዓዝ*'];

export const MINOR_WORDS: Phrases = ['under 18', 'mindreårig*', 'barn', 'minor', 'a child', 'child', 'teenager', 'قاصر', 'أقل من 18', 'ka yar 18', 'زیر 18', 'نابالغ', '18 سے کم', 'неповнолітн*', 'несовершеннолет*', '18 yaş altı', 'reşit değil', 'niepełnolet*', 'ትሕቲ 18'];
export const ADULT_WORDS: Phrases = ['over 18', '18 eller eldre', 'voksen', 'vaksen', 'myndig', 'adult', 'grown up', '18 or older', 'بالغ', 'qaangaar', 'بالای 18', 'بزرگسال', 'повнолітн*', 'доросл*', 'совершеннолет*', 'взросл*', 'yetişkin', 'reşit', 'pełnolet*', 'dorosł*', 'ልዕሊ 18'];
/** A 1–2 digit number is an age next to one of these ("15 år", "aged 15", "15 سال"), or on its own as the answer to "how old?". */
export const AGE_UNITS: ReadonlySet<string> = foldedSet(['år', 'ar', 'års', 'ars', 'åring', 'aring', 'åringen', 'aringen', 'aar', 'year', 'years', 'yr', 'yrs', 'yo', 'سنة', 'سنوات', 'عام', 'عاما', 'sano', 'jir', 'سال', 'سالہ', 'سالە', 'років', 'рік', 'роки', 'лет', 'год', 'года', 'yaş', 'yaşında', 'lat', 'lata', 'ዓመት', 'ዓመቱ', 'ዓመታ']);
export const AGE_BEFORE: ReadonlySet<string> = foldedSet(['er', 'is', 's', 'aged', 'age', 'alder', 'only', 'bare', 'berre', 'kun']);

export const ROLE_WORDS: Readonly<Record<Role, Phrases>> = {
  school: ['lærer*', 'lærar*', 'teacher*', 'rektor*', 'principal', 'head teacher', 'skole', 'skolen', 'skule', 'skulen', 'school', 'kontaktlærer*', 'miljøarbeider*', 'miljøterapeut*', 'mangfoldsrådgiver*', 'minoritetsrådgiver*', 'rådgiver i skolen', 'barnehage*', 'kindergarten', 'nursery', 'معلم*', 'مدرس*', 'مدرسة', 'macallin*', 'dugsi*', 'iskuul*', 'مکتب', 'استاد', 'ٹیچر', 'اسکول', 'سکول', 'вчител*', 'учител*', 'школ*', 'педагог*', 'öğretmen*', 'okul*', 'nauczyciel*', 'szkoł*', 'szkol*', 'መምህ*', 'ቤት ትምህርቲ'],
  'child-welfare': ['barnevern*', 'child welfare', 'child protection', 'cps', 'bufetat', 'حماية الطفل', 'رعاية الطفل', 'daryeelka carruurta', 'حمایت از اطفال', 'چائلڈ ویلفیئر', 'служба у справах дітей', 'опік*', 'опек*', 'çocuk esirgeme', 'sosyal hizmet*', 'opieka społeczna', 'pomoc społeczna', 'ድሕንነት ህጻናት'],
  police: ['politi*', 'police*', 'شرطة', 'الشرطة', 'booliis*', 'پولیس', 'поліці*', 'полици*', 'polis*', 'policj*', 'ፖሊስ'],
  health: ['helse*', 'lege', 'legen', 'fastlege*', 'legevakt*', 'sykepleier*', 'sjukepleiar*', 'helsesykepleier*', 'helsesøster*', 'psykolog*', 'jordmor', 'doctor*', 'nurse*', 'health*', 'gp', 'psychologist*', 'midwife', 'طبيب*', 'ممرض*', 'صحة', 'dhakhtar*', 'kalkaal*', 'caafimaad*', 'داکتر*', 'نرس*', 'صحت', 'ڈاکٹر*', 'лікар*', 'медсестр*', 'медич*', 'медик*', 'врач*', 'медиц*', 'doktor*', 'hemşire*', 'sağlık*', 'lekarz*', 'pielęgniar*', 'zdrow*', 'ሓኪም*', 'ነርስ*', 'ጥዕና'],
  'nav-refugee': ['nav', 'flyktning*', 'introduksjonsprogram*', 'bosetting*', 'asylmottak*', 'mottak', 'refugee*', 'asylum*', 'resettlement', 'introduction programme', 'introduction program', 'لاجئ*', 'اللاجئ*', 'qaxooti*', 'پناهنده*', 'مهاجر*', 'پناہ گزین*', 'біженц*', 'беженц*', 'mülteci*', 'uchodźc*', 'ስደተኛ*'],
  volunteer: ['frivillig*', 'volunteer*', 'annet', 'anna', 'other', 'privatperson', 'venn', 'friend', 'nabo', 'neighbour', 'neighbor', 'متطوع*', 'tabarruc*', 'volunteer', 'داوطلب*', 'رضاکار*', 'волонтер*', 'доброволец', 'доброволь*', 'gönüllü*', 'wolontariusz*', 'ወለንታዊ*'],
  'young-person': ['meg selv', 'meg sjølv', 'det gjelder meg', 'det gjeld meg', 'det er meg', 'om meg', 'myself', 'it s me', 'its me', 'about me', 'it is me', 'me', 'meg', 'ungdommen selv', 'نفسي', 'أنا نفسي', 'aniga', 'aniga naftayda', 'خودم', 'میں خود', 'خود', 'я сам', 'я сама', 'про мене', 'обо мне', 'kendim', 'benim', 'ja sam', 'ja sama', 'o mnie', 'ንዓይ', 'ባዕለይ'],
};
/** School words that name a place, not a job: on their own they do not say who is asking ("skolen" may answer "where?"). */
export const SCHOOL_PLACE: Phrases = ['skole', 'skolen', 'skule', 'skulen', 'school', 'barnehage*', 'kindergarten', 'nursery', 'مدرسة', 'dugsi*', 'iskuul*', 'مکتب', 'اسکول', 'سکول', 'школ*', 'okul*', 'szkoł*', 'szkol*', 'ቤት ትምህርቲ'];
/** "jobber i barnevernet", "work at a school": before a workplace that names the asker's role. */
export const WORK_AT: Phrases = ['jobber i', 'jobber på', 'jobbar i', 'jobbar på', 'arbeider i', 'arbeider på', 'arbeider ved', 'jobber ved', 'work in', 'work at', 'work for', 'working in', 'working at', 'working for'];
/** "jeg er lærer", "I work at a school": a role stated in a first message. */
export const I_AM: Phrases = ['jeg er', 'eg er', 'jeg jobber', 'eg jobbar', 'jeg arbeider', 'eg arbeider', 'i am a', 'i m a', 'im a', 'i am an', 'i m an', 'i work', 'as a', 'som'];

export interface CompiledPhrases {
  /** True when a phrase occurs in the folded tokens. */
  test(tokens: readonly string[]): boolean;
  /** Token index just after the first occurrence of a phrase, or -1. */
  endOf(tokens: readonly string[]): number;
  /** Token index where the first occurrence starts, or -1. */
  startOf(tokens: readonly string[]): number;
}

export function foldTokens(text: string): string[] {
  return tokenize(fold(text));
}

/** Compiles phrases once; matching is on whole tokens, with `*` for a word prefix on the last word. */
export function compile(phrases: Phrases): CompiledPhrases {
  const compiled = phrases.map((p) => {
    const prefix = p.endsWith('*');
    const words = foldTokens(prefix ? p.slice(0, -1) : p);
    return { words, prefix };
  }).filter((p) => p.words.length > 0);
  // Plain loops: every message meets every phrase at every position (the triage recognizer reads each message), and a
  // closure per try was a twentieth of what a turn allocated.
  const wordsAt = (words: readonly string[], prefix: boolean, tokens: readonly string[], i: number): boolean => {
    const last = words.length - 1;
    for (let j = 0; j <= last; j++) {
      const token = tokens[i + j] ?? '';
      const w = words[j] ?? '';
      if (j === last && prefix ? !token.startsWith(w) : token !== w) return false;
    }
    return true;
  };
  const find = (tokens: readonly string[]): { start: number; end: number } | undefined => {
    let start = -1;
    let end = -1;
    for (const { words, prefix } of compiled) {
      // Only an earlier start can replace the best so far (the first phrase found there keeps it).
      const until = start < 0 ? tokens.length - words.length : Math.min(start - 1, tokens.length - words.length);
      for (let i = 0; i <= until; i++) {
        if (wordsAt(words, prefix, tokens, i)) {
          start = i;
          end = i + words.length;
          break;
        }
      }
    }
    return start < 0 ? undefined : { start, end };
  };
  return {
    test: (tokens) => find(tokens) !== undefined,
    endOf: (tokens) => find(tokens)?.end ?? -1,
    startOf: (tokens) => find(tokens)?.start ?? -1,
  };
}
