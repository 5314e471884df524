import { isLang, type Lang } from '../language/languages';
import { foldArabicKeyboard, normalize } from '../language/text';
import type { Candidate, Recognizer, Utterance } from '../understanding/types';
import type { ChooseLanguageIntent, HelpIntent } from './intents';


/** Phrases compared with the normalised message, so Arabic-keyboard ي/ك match their Persian forms. */
const phrases = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(normalize));

/**
 * Whole messages that ask for help (or just greet), in every supported language. The manifest's localised
 * command titles ("مساعدة", "допомога", "yardım"…) are among them, so the Teams command menu works in every language.
 */
const HELP = phrases([
  // nb, nn, en
  'hjelp', 'help', '?', 'meny', 'menu', 'hjelp meg å bruke boten', 'kva kan du', 'hva kan du', 'hva kan du gjøre', 'kva kan du gjere', 'what can you do', 'start', 'hei', 'hallo', 'hello', 'hi',
  // ar
  'مساعدة', 'مساعده', 'المساعدة', 'قائمة', 'ماذا تستطيع أن تفعل', 'مرحبا', 'السلام عليكم',
  // so
  'caawimaad', 'caawimo', 'gargaar', 'maxaad qaban kartaa', 'salaan', 'haye', 'iska warran',
  // fa (Dari)
  'کمک', 'رهنمایی', 'راهنما', 'چه کار می توانی', 'سلام',
  // ur
  'مدد', 'رہنمائی', 'آپ کیا کر سکتے ہیں',
  // uk
  'допомога', 'довідка', 'меню', 'що ти вмієш', 'привіт', 'вітаю',
  // ru
  'помощь', 'справка', 'что ты умеешь', 'привет', 'здравствуйте',
  // tr
  'yardım', 'yardim', 'menü', 'neler yapabilirsin', 'merhaba', 'selam',
  // pl
  'pomoc', 'co potrafisz', 'cześć', 'czesc', 'dzień dobry',
  // ti
  'ሓገዝ', 'እንታይ ክትገብር ትኽእል', 'ሰላም',
]);

/** Whole messages that ask for the language card. */
const LANGUAGE = phrases([
  'språk', 'sprak', 'mål', 'language', 'languages', 'velg språk', 'vel språk', 'change language', 'choose language',
  'لغة', 'اللغة', 'تغيير اللغة', 'اختيار اللغة', 'اختر اللغة',
  'luqad', 'luuqad', 'luqadda', 'luuqadda', 'beddel luqadda', 'dooro luqadda',
  'زبان', 'زبان ها', 'تغییر زبان', 'انتخاب زبان', 'زبان را تغییر بده',
  'زبان تبدیل کریں', 'زبان منتخب کریں',
  'мова', 'мови', 'змінити мову', 'вибрати мову', 'обрати мову',
  'язык', 'сменить язык', 'выбрать язык', 'изменить язык',
  'dil', 'dil seç', 'dil sec', 'dili değiştir', 'dil değiştir',
  'język', 'jezyk', 'zmień język', 'zmien jezyk', 'wybierz język',
  'ቋንቋ', 'ቋንቋ ቀይር', 'ቋንቋ ምረጽ',
]);

/**
 * Names of our languages as people write them in each language ("engelsk", "الإنجليزية", "англійською",
 * "po polsku", "ብትግርኛ"…), matched anywhere in a short request. Nynorsk comes before bokmål because "nynorsk"
 * contains "norsk".
 */
const LANGUAGE_NAMES: ReadonlyArray<readonly [Lang, readonly string[]]> = [
  ['nn', ['nynorsk', 'ny norsk']],
  ['nb', ['bokmål', 'bokmal', 'norsk', 'norwegian', 'النرويجية', 'نارویژی', 'نروژی', 'نارویجین', 'ناروے', 'норвезьк', 'норвежск', 'norveççe', 'norvecce', 'norwesku', 'noorwiiji', 'norwiiji', 'ኖርወይኛ']],
  ['en', ['english', 'engelsk', 'الإنجليزية', 'الانجليزية', 'انگلیسی', 'انگریزی', 'англійськ', 'английск', 'ingilizce', 'angielsku', 'ingiriis', 'እንግሊዝኛ']],
  ['ar', ['arabic', 'arabisk', 'العربية', 'بالعربي', 'عربی', 'арабськ', 'арабск', 'arapça', 'arapca', 'arabsku', 'carabi', 'ዓረብኛ']],
  ['so', ['somali', 'somalisk', 'soomaali', 'الصومالية', 'سومالیایی', 'صومالی', 'сомалійськ', 'сомалийск', 'somalice', 'somalijsku', 'ሶማልኛ']],
  ['fa', ['dari', 'persian', 'persisk', 'دری', 'فارسی', 'الدارية', 'الفارسية', 'дарі', 'дари', 'darice', 'farsça', 'ዳሪ']],
  ['ur', ['urdu', 'اردو', 'الأردية', 'урду', 'urduca', 'ኡርዱ']],
  ['uk', ['ukrainian', 'ukrainsk', 'українськ', 'украинск', 'الأوكرانية', 'اوکراینی', 'ukraynaca', 'ukraińsku', 'ukrainsku', 'ዩክሬንኛ']],
  ['ru', ['russian', 'russisk', 'русск', 'російськ', 'الروسية', 'روسی', 'rusça', 'rusca', 'rosyjsku', 'ruush', 'ሩስያኛ']],
  ['tr', ['turkish', 'tyrkisk', 'türkçe', 'turkce', 'التركية', 'ترکی', 'турецьк', 'турецк', 'turecku', 'turki', 'ቱርክኛ']],
  ['pl', ['polish', 'polsk', 'polski', 'البولندية', 'پولندی', 'польськ', 'польск', 'lehçe', 'lehce', 'booland', 'ፖሊሽ']],
  ['ti', ['tigrinya', 'tigrinja', 'ትግርኛ', 'التغرينية', 'تیگرینیا', 'тигринья', 'тигринія', 'tigrinyaca']],
];
const LANGUAGE_NAME_PATTERNS: ReadonlyArray<readonly [RegExp, Lang]> = LANGUAGE_NAMES.map(([lng, names]) => [
  // A name counts at the start of a word, or after the Arabic ب/بال or Ethiopic ብ meaning "in" ("روسی" is not in "عروسی").
  new RegExp(`(?:^|[\\s-])(?:ب|بال|ብ)?(?:${names.map((n) => normalize(n).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})`, 'u'),
  lng,
]);

/** "svar på nynorsk", "answer in English", "bytt språk til engelsk", "på polsk", "in Arabic". */
const ANSWER_IN_NORWEGIAN_OR_ENGLISH =
  /^(kan du )?(svar|svare|skriv|skrive|snakk|answer|reply|write|speak|talk)( meg| me)? (på|pa|in)(?= )|^(på|in) \p{L}+$|^(bytt|endre|change|switch)( språk| language)? (til|to)(?= )/u;

/** "Answer / speak / write" in the other languages; only a request when a language is also named. */
const ANSWER_VERB_OTHER = new RegExp(
  [
    '^(أجب|اجب|أجبني|اجبني|رد|تكلم|تحدث|اكتب|جاوب|جاوبني)(?= |$)',
    '(?:^|\\s)(jawaab|ku hadal|ku qor)(?=\\s|$)',
    '(جواب|پاسخ|صحبت|بنویس)',
    '(جواب|بات|لکھیں|لکھو|بولیں)',
    '^(відповідай|відповідайте|відповідати|говори|говоріть|пиши|пишіть|перейди|перейдіть|змінити мову на)(?= )',
    '^(отвечай|отвечайте|ответь|ответьте|говори|говорите|пиши|пишите|перейди|перейдите|смени язык на|поменяй язык на)(?= )',
    '(?:^|\\s)(cevap ver|yanıt ver|yanit ver|cevapla|yanıtla|konuş|konus|yaz)$', // Turkish puts the verb last; "yaz" is also "summer"
    '^(odpowiadaj|odpowiedz|odpowiadać|mów|mow|pisz|napisz|zmień język na|zmien jezyk na|przełącz na)(?= )',
    '(መልስ|ምለስ|ተዛረብ|ጽሓፍ)',
  ]
    .map(foldArabicKeyboard)
    .join('|'),
  'u',
);

/** A language named on its own in the form that means "in X": بالعربية, українською, по-русски, po polsku, به دری, اردو میں, ብትግርኛ, af-soomaali. */
const BARE_IN_LANGUAGE = new RegExp(
  ['^(ب|بال|باللغة )\\S+$', '^\\S+ою( мовою)?$', '^(по-\\S+|на \\S+ом( языке)?)$', '^(po|w) \\S+$', '^\\S+(ça|ce|çe|ca)$', '^به (زبان )?\\S+$', '^\\S+ میں$', '^ብ\\S+$', '^af[- ]\\S+$']
    .map(foldArabicKeyboard)
    .join('|'),
  'u',
);

function requestedLanguage(text: string): Lang | undefined {
  if (isLang(text)) return text;
  for (const [pattern, lng] of LANGUAGE_NAME_PATTERNS) if (pattern.test(text)) return lng;
  return undefined;
}

const chooseLanguage = (lng: Lang | undefined): Candidate<HelpIntent | ChooseLanguageIntent>[] => [
  { intent: lng ? { kind: 'choose-language', lng } : { kind: 'choose-language' }, score: 1, source: 'commands' },
];

/** Bot commands: help and language choice. Matches whole, short messages only, so questions are left to the features. */
export const commandRecognizer: Recognizer<HelpIntent | ChooseLanguageIntent> = {
  name: 'commands',
  recognize(u: Utterance): Candidate<HelpIntent | ChooseLanguageIntent>[] {
    // Turkish İ lower-cases to i + a combining dot; punctuation at the ends is not part of a command.
    const text = u.normalized.replace(/\u0307/gu, '').replace(/^[¿¡«"“]+|[.!؟?»"”]+$/gu, '').trim();
    const bare = u.normalized.replace(/[.!]+$/u, '').trim();
    if (HELP.has(bare) || HELP.has(text)) return [{ intent: { kind: 'help' }, score: 1, source: 'commands' }];
    if (LANGUAGE.has(text)) return chooseLanguage(undefined);
    if (u.tokens.length > 6) return [];
    if (ANSWER_IN_NORWEGIAN_OR_ENGLISH.test(text)) return chooseLanguage(requestedLanguage(text));
    if (ANSWER_VERB_OTHER.test(text) || (u.tokens.length <= 3 && BARE_IN_LANGUAGE.test(text))) {
      const lng = requestedLanguage(text);
      if (lng) return chooseLanguage(lng);
    }
    return [];
  },
};
