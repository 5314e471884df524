import path from 'node:path';
import { projectRoot } from '../paths/content-root';
import { loadCompactEld, type EldLike } from './eld-model';
import { foldArabic, hasEnding, loadLanguageMarkers } from './language-markers';
import type { Lang } from './languages';
import { unicodeWords } from './word-boundary';
import { BoundedMemo } from './bounded-memo';
import { foldLookalikeLetters } from './text';

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
  /**
   * True for Norwegian whose bokmål and nynorsk words are even, or lean only by nynorsk forms many bokmål writers'
   * dialects share ("kor mange saker hadde dei i 2022", "ho e ikkje her"). `lng` is the lean; the conversation's
   * Norwegian, then a bokmål or nynorsk Teams, decide before it (chooseLanguage).
   */
  readonly variantWeak?: boolean;
  /**
   * True for English or Norwegian read from little of its own: fewer than two of that language's marker words that are
   * not typed alike in every language ("their email?", "number?"), or beside a Latin-letter word of Urdu, Dari or
   * Somali ("aur phone number?"). A conversation held in such a language keeps it then (chooseLanguage).
   */
  readonly littleOwn?: boolean;
  /**
   * True when the message is this language rather than its sibling variety (bokmål and nynorsk, Russian and Ukrainian,
   * Dari and Urdu) by one word of its own only, the rest written alike in both ("kva er nummeret?", "а скільки їх?"): a
   * conversation held in the sibling keeps its language (chooseLanguage); a whole message in the other one switches.
   */
  readonly siblingByOneWord?: boolean;
  /**
   * True for a short message read as Norwegian from the letters æ, ø, å of a Norwegian noun alone, with no Norwegian
   * function or marker word ("a rådgiverne?", "i co z mangfoldsrådgivere?"): people writing any language name Norwegian
   * services and roles so. A conversation held in another language keeps its language then (chooseLanguage).
   */
  readonly norwegianNounsOnly?: boolean;
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
 * Bokmål and nynorsk are told apart by the balance of their marker words and endings only (norwegianVariant); a
 * Norwegian message without any, or nearly even, keeps the conversation's variant (variantUnmarked, variantWeak).
 * A message mostly in another script (Chinese, Thai…), or a sentence eld is sure is French, German, Spanish… with no
 * more than a stray marker word of ours, is reported as `unsupported`, so the bot can offer the languages it has.
 */

const MARKERS = loadLanguageMarkers();
const {
  bokmal: BOKMAL, nynorsk: NYNORSK, norwegian: NORWEGIAN, english: ENGLISH, somali: SOMALI, turkish: TURKISH, polish: POLISH,
  romanUrdu: ROMAN_URDU, finglish: FINGLISH, romanRussian: ROMAN_RUSSIAN, romanUkrainian: ROMAN_UKRAINIAN, arabic: ARABIC, dari: DARI, urdu: URDU, ukrainian: UKRAINIAN, russian: RUSSIAN,
  courtesy: COURTESY, international: INTERNATIONAL, norwegianNames: NORWEGIAN_NAMES, norwegianNameTails: NAME_TAILS,
  nynorskDialect: NYNORSK_DIALECT, norwegianDialect: NORWEGIAN_DIALECT, bokmalEndings: BOKMAL_ENDINGS, nynorskEndings: NYNORSK_ENDINGS,
  dariEndings: DARI_ENDINGS,
} = MARKERS;

/**
 * Dialect words that are Norwegian evidence too ("æ", "itj", "kæm"): those no other language we read types alike
 * ("ka" is Somali and Roman Urdu as well).
 */
const DIALECT_OWN: ReadonlySet<string> = new Set(
  [...NORWEGIAN_DIALECT].filter((w) => ![ENGLISH, SOMALI, TURKISH, POLISH, ROMAN_URDU, FINGLISH].some((list) => list.has(w))),
);

/**
 * Which tokens belong to a Norwegian service's name: a word that begins one (NORWEGIAN_NAMES), and the words that
 * continue its official name right after it ("Alarmtelefonen for barn og unge", "UDs operative senter").
 */
function norwegianNameTokens(tokens: readonly string[]): boolean[] {
  const name = tokens.map((t) => NORWEGIAN_NAMES.test(t));
  for (let i = 1; i < tokens.length; i++) {
    if (!name[i - 1] || name[i]) continue;
    const tail = NAME_TAILS.find((words) => words.every((w, j) => tokens[i + j] === w));
    if (!tail) continue;
    for (let j = 0; j < tail.length; j++) name[i + j] = true;
    i += tail.length - 1;
  }
  return name;
}

/**
 * Spellings typical of Somali and rare in the other Latin-script languages here: x and q as consonants between vowels,
 * dh, long vowels at the end of a word (sameeyaa, caawimaad), and the possessive endings glued to a noun
 * ("lambarkeeda", her number; "xaruntooda", their centre).
 */
const SOMALI_SHAPE = /(?:[aeiou]x[aeiou]|^x[aeiou]|q[aeiou]|dh[aeiou]|(?:aa|ee|ii|oo|uu)(?:d|n|y)?$|[kt](?:eeda|ooda|iisa|ayaga)$)/u;

/** Whether a word is one of the detector's marker words in Norwegian or English (function and common domain words). */
export function isMarkerWord(word: string): boolean {
  return NORWEGIAN.has(word) || BOKMAL.has(word) || NYNORSK.has(word) || ENGLISH.has(word);
}


/**
 * Spellings of Persian that Urdu writes otherwise: a word ending in ه (Urdu writes ہ: "کہ", "یہ"), and a verb with
 * the glued prefix می ("میکردم", "میخواهد"; Urdu's میں, میرا, میری are shorter or end in ں or ے). Arabic writes
 * final ه too, so these count only where no Arabic letter is seen.
 */
/**
 * Spellings of Russian and Ukrainian typed in Latin letters that our other Latin-script languages do not write: zh
 * and shch for ж and щ ("mozhno", "pomoshch"), and the endings -ogo, -ykh, -yy ("drugogo", "takikh", "prinuditelnyy").
 * "kh" and "sh" are left out: Somali and Roman Urdu write them too ("khatar", "shaqo", "khud").
 */
const TRANSLIT_SLAVIC_SHAPE = /(?:zh|shch|..(?:ogo|ykh|yy)$)/u;
/** Ukrainian typed in Latin letters: infinitives in -ty/-aty ("pohovoryty", "zrobyty"), where Russian types -t'. */
const TRANSLIT_UKRAINIAN_SHAPE = /..[aiy]ty$/u;

const PERSIAN_SHAPE = /(?:^[\p{L}]+ه$|^می[\p{L}]{3,}$)/u;

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
/** An apostrophe inside a Cyrillic word (п'ять, зв'язатися, сім'я): Ukrainian writes it where Russian writes ъ or ь. */
const UKRAINIAN_APOSTROPHE = /[а-щьюяіїєґ]['’ʼ][а-щьюяіїєґ]/gu;
const CYRILLIC_LETTERS = /[а-яёіїєґ]/gu;
/**
 * Spellings of Ukrainian written without і, ї, є or ґ: the soft sign in -ськ-, -зьк-, -цьк- (норвезькою, українська;
 * Russian норвежский, украинский) and infinitives in -ати, -ити, -яти (написати, зробити; Russian -ать, -ить).
 */
const UKRAINIAN_SHAPE = /(?:[сзц]ьк|..[аия]ти$)/u;
/**
 * A Turkish case ending written after an apostrophe on a name ("Oslo'da", "Norveç'ten", "Ahmet'in"): no other language
 * we read writes one.
 */
const TURKISH_CASE_AFTER_NAME = /\p{L}['’](?:d[ae]n?|t[ae]n?|y?[ıiuü]n?|n[ıiuü]n|y[ae]|l[ae])$/u;
/** Cyrillic letters in a message from which the absence of і, ї, є and ґ says Russian. */
const WITHOUT_I_IS_RUSSIAN = 30;
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
  return foldLookalikeLetters(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
    .replace(/[\u200C]/gu, ' ')
    .replace(/[\u200B\u200D\u2060\uFEFF]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Web addresses say nothing about the language ("ung.no" is not the nynorsk "no"). */
const WEB_ADDRESS = unicodeWords(/\b(?:https?:\/\/)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:no|com|org|net|gov|eu|uk)\b\S*/gu);

function tokensOf(prepared: string): string[] {
  return prepared
    .replace(WEB_ADDRESS, ' ').match(/[\p{L}\p{M}\p{N}'’ʼ-]+/gu)?.map(withoutEdgeQuotes).filter(hasLetter) ?? [];
}

function withoutEdgeQuotes(token: string): string {
  return token.replace(/^['’ʼ-]+|['’ʼ-]+$/gu, '');
}

function hasLetter(token: string): boolean {
  return /[\p{L}]/u.test(token);
}

/** Made once: a comparator made in each call loses its optimized code at every full GC, and V8 compiled it again and again. */
function descending(a: number, b: number): number {
  return b - a;
}

function count(tokens: readonly string[], list: ReadonlySet<string>): number {
  let n = 0;
  for (const t of tokens) if (list.has(t)) n++;
  return n;
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

/**
 * Recent answers of whether a word is one edit from an English marker word: each costs ~50 set look-ups per letter of
 * the word, people reuse their words all day, and `latinScript` reads the words of a message naming a service twice.
 */
const englishTypoMemo = new BoundedMemo<string, boolean>(5000);
const isEnglishTypo = (word: string): boolean => englishTypoMemo.get(word, (w) => oneEditFrom(w, ENGLISH));

/**
 * What a nynorsk form that dialects share ("ho", "kor", "ikkje") weighs against a marker word of either standard: many
 * bokmål writers type their dialect so.
 */
const DIALECT_SHARED_WEIGHT = 0.5;
/**
 * A lead of less than one marker word is a lean, not a verdict: a tie ("hva" beside "ikkje", a long message mixing
 * both) or only dialect-shared forms ("kor mange saker hadde dei i 2022?"). The conversation's Norwegian, then a
 * bokmål or nynorsk Teams, decide (chooseLanguage). One word of a standard, and nothing against it, decides.
 */
const DECIDING_MARGIN = 1;

const NORWEGIAN_LETTER = /[æøå]/u;

/** A word as typed on a keyboard without æ, ø, å (å and æ as a, ø as o, æ also as e). */
function withoutNorwegianLetters(word: string): string[] {
  const base = word.replace(/å/gu, 'a').replace(/ø/gu, 'o');
  return [base.replace(/æ/gu, 'e'), base.replace(/æ/gu, 'a')];
}

/**
 * Marker words of one standard that are a word of the other typed without æ, ø, å: "fra" is bokmål, and nynorsk "frå"
 * without å; "vere" nynorsk, and bokmål "være" without æ. In a message with none of those letters they tell nothing.
 */
const EITHER_WITHOUT_LETTERS: ReadonlySet<string> = new Set([
  ...[...NYNORSK].flatMap(withoutNorwegianLetters).filter((w) => BOKMAL.has(w)),
  ...[...BOKMAL].flatMap(withoutNorwegianLetters).filter((w) => NYNORSK.has(w)),
]);

/**
 * In a message typed as spoken ("æ", "itj", "kæm"), the writer's standard shows only through a few words, and a
 * Trønder or Nordlending who writes nynorsk types "skolen" as readily as one who writes bokmål: a lead of fewer than
 * this many marker words is a lean there, and the conversation or a nynorsk/bokmål Teams decides (variantWeak).
 */
const SPOKEN_DECIDING_MARGIN = 2;

/**
 * Tells bokmål from nynorsk by the balance of their marker words and word endings; a tie is bokmål, the more common
 * written form (reported as weak by the detector, so the conversation or Teams can say otherwise). In a message
 * written as spoken ("æ", "itj", "kæm"), the nynorsk forms dialects share lean as elsewhere, and the verdict needs a
 * larger lead (SPOKEN_DECIDING_MARGIN); in one typed without æ, ø, å, the words that are the other standard's without
 * those letters ("fra", "vere") say nothing. A bokmål word that begins a service's or role's official name
 * ("mangfoldsrådgiver", "helsesykepleier") says nothing either: nynorsk writers keep the names as they are published.
 */
export function norwegianVariant(tokens: readonly string[]): { lng: 'nb' | 'nn'; markers: number; margin: number; spoken: boolean } {
  const spoken = tokens.some((t) => NORWEGIAN_DIALECT.has(t));
  const withoutLetters = !tokens.some((t) => NORWEGIAN_LETTER.test(t));
  let nn = 0;
  let nb = 0;
  for (const t of tokens) {
    if (withoutLetters && EITHER_WITHOUT_LETTERS.has(t)) continue;
    if (NYNORSK_DIALECT.has(t)) nn += DIALECT_SHARED_WEIGHT;
    else if (NYNORSK.has(t)) nn += 1;
    else if (BOKMAL.has(t)) nb += NORWEGIAN_NAMES.test(t) ? 0 : 1;
    else if (NORWEGIAN.has(t) || NORWEGIAN_DIALECT.has(t)) continue;
    else if (hasEnding(t, NYNORSK_ENDINGS)) nn += 1;
    else if (hasEnding(t, BOKMAL_ENDINGS)) nb += 1;
  }
  return nn > nb ? { lng: 'nn', markers: nn, margin: nn - nb, spoken } : { lng: 'nb', markers: nb, margin: nb - nn, spoken };
}

type Scores = Partial<Record<Lang, number>>;

interface Verdict {
  readonly lng: Lang;
  readonly score: number;
  readonly margin: number;
  /** A letter no other candidate uses: enough even for a one-word message. */
  readonly unique: boolean;
  /**
   * The part of the score that words every language types alike gave ("e-mail", "chat" are English marker words too):
   * they may tip a choice, never make it sure, so "A e-mail?" in a Polish conversation stays Polish.
   */
  readonly borrowed?: number;
  /** English or Norwegian: the marker words of that language that are not typed alike in every language. */
  readonly ownWords?: number;
  readonly alsoWords?: readonly Lang[];
  /** Russian, Ukrainian, Dari or Urdu: how many words are that language's own rather than its sibling's. */
  readonly siblingOwn?: number;
  /** Norwegian: read from its letters (æ, ø, å) only, with no Norwegian marker word. */
  readonly lettersOnly?: boolean;
}

type EldResult = ReturnType<EldLike['detect']>;

/** Roman Urdu or Finglish words from which a Latin-letter sentence is read as Urdu or Dari carrying English nouns. */
const LATIN_FRAME_WORDS = 3;

/** English or Norwegian words of their own (not "phone", "e-mail") that make a message plainly that language. */
const PLAIN_OWN_WORDS = 2;

/** The longest message read as Norwegian from its letters alone that is a follow-up naming a Norwegian service or role. */
const NOUNS_ONLY_TOKENS = 4;

/** A word of English, Somali, Turkish, Polish, Roman Urdu or Finglish as well (see latinWords). */
function otherThanNorwegian(t: string): boolean {
  return ENGLISH.has(t) || SOMALI.has(t) || TURKISH.has(t) || POLISH.has(t) || ROMAN_URDU.has(t) || FINGLISH.has(t);
}

/** See `Detection.littleOwn`. */
function littleOwn(verdict: Verdict): boolean {
  if (verdict.ownWords === undefined) return false;
  return verdict.ownWords < PLAIN_OWN_WORDS || (verdict.alsoWords ?? []).length > 0;
}

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
    const [first = 0, second = 0] = Object.values(result.getScores()).sort(descending);
    return { lng, weight: result.isReliable() && first - second >= 0.03 ? 1 : 0.5 };
  }

  function arabicScript(text: string, tokens: readonly string[], guess: EldResult): Verdict | undefined {
    const folded = tokens.map(foldArabic);
    const urduLetters = letters(text, URDU_LETTERS);
    const arabicLetters = letters(text, ARABIC_LETTERS) + tokens.filter((t) => t.startsWith('ال') && t.length > 3).length;
    const nonArabic = letters(text, NON_ARABIC_LETTERS);
    const scores: Scores = {
      ar: 2 * count(folded, ARABIC) + 2 * arabicLetters - 3 * nonArabic,
      // Persian verbs in -ند (شدند, هستند, می‌کنند): Urdu conjugates with ہیں, not an ending.
      fa: 2 * count(folded, DARI) + 2 * folded.filter((t) => !DARI.has(t) && !URDU.has(t) && hasEnding(t, DARI_ENDINGS)).length +
        (arabicLetters === 0 ? folded.filter((t) => PERSIAN_SHAPE.test(t) && !URDU.has(t)).length : 0),
      ur: 2 * count(folded, URDU) + 3 * urduLetters,
    };
    const vote = eldVote(guess, ['ar', 'fa', 'ur']);
    if (vote) scores[vote.lng] = (scores[vote.lng] ?? 0) + vote.weight;
    const unique = new Set<Lang>();
    if (urduLetters > 0) unique.add('ur');
    if (arabicLetters > 0 && nonArabic === 0) unique.add('ar');
    const verdict = best(scores, unique) ?? { lng: nonArabic > 0 ? 'fa' : 'ar', score: 0, margin: 0, unique: false };
    if (verdict.lng === 'ar') return verdict;
    const own = (t: string) =>
      verdict.lng === 'ur' ? URDU.has(t) || letters(t, URDU_LETTERS) > 0 : DARI.has(t) || (!URDU.has(t) && (hasEnding(t, DARI_ENDINGS) || (arabicLetters === 0 && PERSIAN_SHAPE.test(t))));
    return { ...verdict, siblingOwn: folded.filter(own).length };
  }

  function cyrillicScript(text: string, tokens: readonly string[], guess: EldResult): Verdict | undefined {
    const ukLetters = letters(text, UKRAINIAN_LETTERS) + letters(text, UKRAINIAN_APOSTROPHE);
    // і is among Ukrainian's most frequent letters: a sentence of some length without any (nor ї, є, ґ) is Russian
    // written without ы, э, ъ, ё ("Какой номер у телефона доверия для детей?"), as much as one of those letters says;
    // not when a word only Ukrainian writes is there ("Добрий ранок, який номер телефону у них?" has no і either).
    const ukShapes = tokens.filter((t) => UKRAINIAN_SHAPE.test(t) && !RUSSIAN.has(t)).length;
    const ukWords = tokens.filter((t) => UKRAINIAN.has(t) && !RUSSIAN.has(t)).length;
    const withoutI = ukLetters === 0 && ukShapes === 0 && ukWords === 0 && letters(text, CYRILLIC_LETTERS) >= WITHOUT_I_IS_RUSSIAN;
    const ruLetters = letters(text, RUSSIAN_LETTERS) + (withoutI ? 1 : 0);
    const scores: Scores = { uk: 2 * count(tokens, UKRAINIAN) + 3 * ukLetters + ukShapes, ru: 2 * count(tokens, RUSSIAN) + 3 * ruLetters };
    const vote = eldVote(guess, ['uk', 'ru']);
    if (vote) scores[vote.lng] = (scores[vote.lng] ?? 0) + vote.weight;
    const unique = new Set<Lang>();
    if (ukLetters > 0 && ruLetters === 0) unique.add('uk');
    if (ruLetters > 0 && ukLetters === 0) unique.add('ru');
    const verdict = best(scores, unique) ?? { lng: 'ru', score: 0, margin: 0, unique: false };
    const own = (t: string) =>
      verdict.lng === 'uk' ? UKRAINIAN.has(t) || letters(t, UKRAINIAN_LETTERS) > 0 || (UKRAINIAN_SHAPE.test(t) && !RUSSIAN.has(t)) : RUSSIAN.has(t) || letters(t, RUSSIAN_LETTERS) > 0;
    return { ...verdict, siblingOwn: tokens.filter(own).length };
  }

  function latinScript(text: string, allTokens: readonly string[], guess: EldResult): Verdict | undefined {
    // Norwegian service names inside another language's sentence are no Norwegian evidence (see norwegianNameTokens);
    // when the other words say nothing either, the names decide as before.
    const names = norwegianNameTokens(allTokens);
    const others = allTokens.filter((_, i) => !names[i]);
    if (others.length > 0 && others.length < allTokens.length) {
      // eld read the names too ("lambarka VO-linjen?" looks Norwegian to it): its vote is left out here.
      const verdict = latinWords(others.join(' '), others, undefined);
      if (verdict) return verdict;
    }
    return latinWords(text, allTokens, guess);
  }

  function latinWords(own: string, tokens: readonly string[], guess: EldResult | undefined): Verdict | undefined {
    const trLetters = letters(own, TURKISH_LETTERS);
    const plLetters = letters(own, POLISH_LETTERS);
    const noLetters = letters(own, NORWEGIAN_LETTERS);
    const norwegianWords = tokens.filter((t) => NORWEGIAN.has(t) || NYNORSK.has(t) || BOKMAL.has(t) || DIALECT_OWN.has(t)).length;
    const englishWords = count(tokens, ENGLISH);
    // English typed in a hurry ("controll", "mariage", "honur"): a word one letter from an English marker word counts
    // half, so a typo does not hand the message to Somali or Polish. Words of any other of our languages are left out.
    const englishTypos = tokens.filter((t) => t.length >= 5 && !ENGLISH.has(t) && !SOMALI.has(t) && !POLISH.has(t) && !TURKISH.has(t) && !NORWEGIAN.has(t) && !BOKMAL.has(t) && !NYNORSK.has(t) && isEnglishTypo(t)).length;
    const somaliWords = count(tokens, SOMALI);
    // Urdu and Dari typed in Latin letters carry English nouns ("forced marriage cases ke liye kis embassy mein…");
    // English sentences carry no Urdu or Dari grammar. With a few words of those, an English word weighs half.
    const latinFrame = count(tokens, ROMAN_URDU) + count(tokens, FINGLISH) >= LATIN_FRAME_WORDS;
    // Russian and Ukrainian typed in Latin letters ("gde mozhno pogovorit?"): their words, and a spelling only they
    // write (zh, shch, -ogo) on a word of no other language, read as the one whose words the message has more of.
    const otherLatin = (t: string) => ENGLISH.has(t) || SOMALI.has(t) || TURKISH.has(t) || POLISH.has(t) || NORWEGIAN.has(t) || BOKMAL.has(t) || NYNORSK.has(t);
    const slavicShapes = tokens.filter((t) => TRANSLIT_SLAVIC_SHAPE.test(t) && !otherLatin(t) && !ROMAN_URDU.has(t) && !FINGLISH.has(t)).length;
    const ukShapes = tokens.filter((t) => TRANSLIT_UKRAINIAN_SHAPE.test(t) && !otherLatin(t) && !ROMAN_RUSSIAN.has(t)).length;
    const ruWords = count(tokens, ROMAN_RUSSIAN);
    const ukWords = count(tokens, ROMAN_UKRAINIAN) + ukShapes;
    const slavicLead: Lang = ukWords > ruWords ? 'uk' : 'ru';
    // In a sentence framed by Roman Urdu or Finglish, a Norwegian word that another of our languages also writes ("me" is
    // nynorsk "we", English "me" and Roman Urdu "in") weighs half, as English words do there.
    const sharedNorwegian = latinFrame ? tokens.filter((t) => (NORWEGIAN.has(t) || NYNORSK.has(t) || BOKMAL.has(t) || DIALECT_OWN.has(t)) && otherThanNorwegian(t)).length : 0;
    const scores: Scores = {
      nb: 2 * norwegianWords - sharedNorwegian + 2 * noLetters,
      en: (latinFrame ? 1 : 2) * englishWords + englishTypos,
      // A Somali-looking spelling counts only for a word that is no English or Norwegian word.
      so: 2 * somaliWords + tokens.filter((t) => SOMALI_SHAPE.test(t) && !ENGLISH.has(t) && !NORWEGIAN.has(t) && !BOKMAL.has(t) && !NYNORSK.has(t)).length,
      tr: 2 * count(tokens, TURKISH) + 3 * trLetters + 2 * tokens.filter((t) => TURKISH_CASE_AFTER_NAME.test(t)).length,
      pl: 2 * count(tokens, POLISH) + 3 * plLetters,
      ur: 2 * count(tokens, ROMAN_URDU),
      fa: 2 * count(tokens, FINGLISH),
      ru: 2 * ruWords + (slavicLead === 'ru' ? slavicShapes : 0),
      uk: 2 * ukWords + (slavicLead === 'uk' ? slavicShapes : 0),
    };
    const vote = guess && eldVote(guess, ['nb', 'en', 'tr', 'pl']);
    if (vote) scores[vote.lng] = (scores[vote.lng] ?? 0) + vote.weight;
    const unique = new Set<Lang>();
    if (trLetters > 0) unique.add('tr');
    if (plLetters > 0) unique.add('pl');
    const verdict = best(scores, unique);
    const borrowed = 2 * tokens.filter((t) => INTERNATIONAL.has(t) && ENGLISH.has(t)).length;
    const latinMarkers = { ur: ROMAN_URDU, fa: FINGLISH, so: SOMALI } as const;
    const foreign = tokens.filter((t) => !ENGLISH.has(t) && !NORWEGIAN.has(t) && !BOKMAL.has(t) && !NYNORSK.has(t));
    const alsoWords = (['ur', 'fa', 'so'] as const).filter((l) => count(foreign, latinMarkers[l]) > 0);
    const also = alsoWords.length > 0 ? { alsoWords } : {};
    if (verdict?.lng === 'en') return { ...verdict, ...(borrowed > 0 ? { borrowed } : {}), ownWords: tokens.filter((t) => ENGLISH.has(t) && !INTERNATIONAL.has(t)).length, ...also };
    // Norwegian is plainly Norwegian by its letters too ("hun får ikke gå ut"): only a word of another language beside it
    // makes it little of its own.
    if (verdict?.lng !== 'nb') return verdict;
    return { ...verdict, ownWords: alsoWords.length > 0 ? norwegianWords : PLAIN_OWN_WORDS, ...also, ...(norwegianWords === 0 && noLetters > 0 ? { lettersOnly: true } : {}) };
  }

  return {
    detect(raw: string): Detection {
      const text = prepare(raw);
      const tokens = tokensOf(text);
      if (tokens.length === 0) return { lng: undefined, reliable: false };

      // Chinese, Korean, Thai, Hindi…: no language we answer in is written in those scripts.
      if (2 * letters(text, OUR_SCRIPTS) < letters(text, ANY_LETTER)) return UNSUPPORTED;
      if (SCRIPT_ETHIOPIC.test(text)) return { lng: 'ti', reliable: true };
      // "email Kompetanseteamet?", "chat Røde Kors?": words every language types alike, with service names, say
      // nothing of the writer's language; the conversation's language or Teams' locale decides (chooseLanguage).
      const names = norwegianNameTokens(tokens);
      if (tokens.some((t) => INTERNATIONAL.has(t)) && tokens.every((t, i) => INTERNATIONAL.has(t) || COURTESY.has(t) || names[i])) {
        return { lng: undefined, reliable: false };
      }
      const guess = eld.detect(text);
      const verdict = SCRIPT_ARABIC.test(text)
        ? arabicScript(text, tokens, guess)
        : SCRIPT_CYRILLIC.test(text)
          ? cyrillicScript(text, tokens, guess)
          : latinScript(text, tokens, guess);
      // A few words ("merci", "danke schön") keep the conversation's language; a sentence eld is sure of does not.
      if (tokens.length >= 3 && eldSaysForeign(guess) && !(verdict && ownEvidence(verdict, tokens))) return UNSUPPORTED;
      if (!verdict) return { lng: undefined, reliable: false };

      const borrowed = verdict.borrowed ?? 0;
      const clear = verdict.margin - borrowed >= 1.5 && verdict.score - borrowed >= 2;
      // One word decides only when it belongs to one of our languages and no other ("hjelp", "språk"), not "ok".
      const courtesyOnly = tokens.every((t) => COURTESY.has(t));
      const enough = !courtesyOnly && (tokens.length >= 2 || (clear && (tokens[0]?.length ?? 0) >= 4 && verdict.margin >= 2));
      if (verdict.lng === 'nb') {
        // Plainly Norwegian is Norwegian whatever Teams' locale or the conversation's earlier language. Which
        // Norwegian: with no bokmål/nynorsk marker word the conversation's variant decides (see chooseLanguage), so
        // a nynorsk user is not switched to bokmål by "skal vi bestille tolk".
        const variant = norwegianVariant(tokens);
        const reliable = clear && enough;
        const latin = {
          ...(littleOwn(verdict) ? { littleOwn: true } : {}),
          ...(verdict.lettersOnly && tokens.length <= NOUNS_ONLY_TOKENS ? { norwegianNounsOnly: true } : {}),
        };
        if (variant.markers === 0 && reliable) return { lng: variant.lng, reliable, variantUnmarked: true, ...latin };
        const deciding = variant.spoken ? SPOKEN_DECIDING_MARGIN : DECIDING_MARGIN;
        if (reliable && variant.margin < deciding) return { lng: variant.lng, reliable, variantWeak: true, ...latin };
        // "kva er nummeret deira?" after bokmål answers: one word of the other standard is no change of language.
        const byOne = variant.margin >= DECIDING_MARGIN && variant.margin < DECIDING_MARGIN + 1 ? { siblingByOneWord: true } : {};
        return { lng: variant.lng, reliable, ...latin, ...byOne };
      }
      const reliable = (enough && clear) || (verdict.unique && verdict.margin > 0);
      const byOne = verdict.siblingOwn !== undefined && verdict.siblingOwn <= 1 ? { siblingByOneWord: true } : {};
      return littleOwn(verdict) ? { lng: verdict.lng, reliable, littleOwn: true, ...byOne } : { lng: verdict.lng, reliable, ...byOne };
    },
  };
}

/** Where the build writes eld's medium model in compact form (see eld-model.ts). */
export const COMPACT_ELD_MODEL = path.join(projectRoot(), 'dist', 'data', 'eld-medium.bin');

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
