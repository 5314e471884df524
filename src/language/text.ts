import { newStemmer } from 'snowball-stemmers';
import { BoundedMemo } from './bounded-memo';
import { ReadingMemo } from './reading-memo';
import type { Lang } from './languages';

/** Snowball stemmer per language where Snowball has one (Arabic, Russian, Turkish among the other languages); the rest are stemmed lightly. */
const SNOWBALL: Partial<Record<Lang, string>> = {
  nb: 'norwegian',
  nn: 'norwegian',
  en: 'english',
  ar: 'arabic',
  ru: 'russian',
  tr: 'turkish',
};
const stemmers = new Map<Lang, { stem(word: string): string }>();

/**
 * Light stemming where Snowball has no stemmer: the commonest inflectional endings, longest first, stripped
 * once when at least `min` letters remain. Crude, but it lets "примусового шлюбу" meet "примусовий шлюб";
 * the index's prefix and typo matching does the rest.
 */
const LIGHT_SUFFIXES: Partial<Record<Lang, { readonly endings: readonly string[]; readonly min: number }>> = {
  uk: {
    endings: ['ами', 'ями', 'ого', 'ому', 'ими', 'ної', 'ний', 'ною', 'ів', 'ах', 'ях', 'ою', 'ею', 'ий', 'ій', 'ої', 'ей', 'ам', 'ям', 'ом', 'ем', 'им', 'ім', 'их', 'іх', 'а', 'я', 'у', 'ю', 'і', 'и', 'о', 'е', 'ь', 'ї'],
    min: 3,
  },
  pl: {
    endings: ['owie', 'ami', 'ach', 'ego', 'emu', 'ymi', 'imi', 'ich', 'ych', 'owi', 'ów', 'om', 'em', 'ie', 'ia', 'ią', 'ię', 'ej', 'ą', 'ę', 'y', 'i', 'a', 'e', 'u', 'o'],
    min: 3,
  },
  so: { endings: ['yaasha', 'yada', 'yaal', 'ooyin', 'kii', 'tii', 'dii', 'gii', 'hii', 'ka', 'ta', 'ga', 'da', 'ha', 'ku', 'tu', 'du', 'gu'], min: 3 },
  fa: { endings: ['هایش', 'هایی', 'های', 'ها', 'ترین', 'تر', 'انش', 'یم', 'ید', 'ند', 'ان', 'ش', 'ی'], min: 3 },
  ur: { endings: ['وں', 'یں', 'ئیں', 'ے', 'ی', 'ا'], min: 3 },
  ti: { endings: ['ታት', 'ትና', 'ን', 'ና', 'ት'], min: 2 },
};

function lightStem(word: string, lng: Lang): string {
  const rule = LIGHT_SUFFIXES[lng];
  if (!rule) return word;
  const letters = [...word];
  for (const ending of rule.endings) {
    const tail = [...ending];
    if (letters.length - tail.length >= rule.min && word.endsWith(ending)) return letters.slice(0, letters.length - tail.length).join('');
  }
  return word;
}

/** Stems of recent words, per language, with the language's stemming (one function, not a closure per word). */
const stems = new Map<Lang, { readonly memo: BoundedMemo<string, string>; readonly compute: (word: string) => string }>();

export function stem(word: string, lng: Lang): string {
  let language = stems.get(lng);
  if (!language) stems.set(lng, (language = { memo: new BoundedMemo(5000), compute: (w) => stemUncached(w, lng) }));
  return language.memo.get(word, language.compute);
}

function stemUncached(word: string, lng: Lang): string {
  const algorithm = SNOWBALL[lng];
  if (!algorithm) return lightStem(word, lng);
  let stemmer = stemmers.get(lng);
  if (!stemmer) {
    stemmer = newStemmer(algorithm);
    stemmers.set(lng, stemmer);
  }
  return stemmer.stem(word);
}

/** Latin letters that look like Cyrillic ones, as typed inside a Cyrillic word by a keyboard without і or ї. */
const LATIN_LOOKALIKE: Readonly<Record<string, string>> = {
  i: 'і', I: 'І', ï: 'ї', Ï: 'Ї', a: 'а', A: 'А', e: 'е', E: 'Е', o: 'о', O: 'О', c: 'с', C: 'С', p: 'р', P: 'Р', x: 'х', X: 'Х', y: 'у',
};
const CYRILLIC = /\p{Script=Cyrillic}/u;
const WORD_RUN = /[\p{L}\p{M}]+/gu;
const MIXED_LATIN = /[iIïÏaAeEoOcCpPxXy]/gu;
/** The same letters, for a yes/no test (a global pattern's `test` moves its `lastIndex`). */
const HAS_MIXED_LATIN = /[iIïÏaAeEoOcCpPxXy]/u;
const OTHER_LATIN = /[\p{Script=Latin}]/u;

/**
 * Latin look-alike letters inside a Cyrillic word as their Cyrillic letters ("скiльки", "украiнцями" → "скільки",
 * "українцями"): Ukrainians on a Russian or Latin keyboard type the Latin i for і. The lone word "i" between Cyrillic
 * words is the Ukrainian "і" ("батьки i діти"). A word of Latin letters only ("Kompetanseteamet") is left alone.
 */
export function foldLookalikeLetters(text: string): string {
  if (!CYRILLIC.test(text) || !HAS_MIXED_LATIN.test(text)) return text;
  const words = [...text.matchAll(WORD_RUN)];
  let out = '';
  let at = 0;
  words.forEach((m, k) => {
    const word = m[0];
    const index = m.index ?? 0;
    const latinOnly = word.replace(MIXED_LATIN, '');
    const mixed = CYRILLIC.test(word) && !OTHER_LATIN.test(latinOnly);
    const loneI = (word === 'i' || word === 'I') && CYRILLIC.test(words[k - 1]?.[0] ?? '') && CYRILLIC.test(words[k + 1]?.[0] ?? '');
    if (!mixed && !loneI) return;
    out += text.slice(at, index) + word.replace(MIXED_LATIN, (letter) => LATIN_LOOKALIKE[letter] ?? letter);
    at = index + word.length;
  });
  return out + text.slice(at);
}

const ARABIC_KEYBOARD = /[يك]/gu;

/**
 * The Arabic keyboard's ي and ك as the Persian/Urdu keyboards' ی and ک, so one spelling of a word covers all three
 * (the one place this folding is written; `normalize` applies it).
 */
export function foldArabicKeyboard(text: string): string {
  return text.replace(ARABIC_KEYBOARD, (letter) => (letter === 'ي' ? 'ی' : 'ک'));
}

/**
 * The normalised texts of the message being read: the readers of one message normalise the same few texts ~45 times
 * (the message, its clauses, their cue texts), each a Unicode normalisation and six replacements (see `ReadingMemo`:
 * nothing is kept past the current turn of the event loop).
 */
const normalizedTexts = new ReadingMemo<string>();
/** The tokens of the texts of the message being read (~60 calls a message for a few texts); each caller gets its own copy. */
const tokensOfTexts = new ReadingMemo<readonly string[]>();

/**
 * Lower-cases, applies Unicode compatibility normalisation, and removes marks that users type
 * inconsistently (Arabic diacritics and tatweel, zero-width characters). Norwegian æ, ø, å are kept.
 */
export function normalize(text: string): string {
  return normalizedTexts.get(text, normalizeOnce);
}

function normalizeOnce(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '') // Arabic harakat and tatweel
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '') // zero-width characters (ZWNJ is dropped, Persian words then join)
    .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '') // bidi marks and overrides
    .replace(/\p{Cs}|(?![\t\n\r])\p{Cc}/gu, ' ') // lone surrogates and control characters
    .replace(ARABIC_KEYBOARD, (letter) => (letter === 'ي' ? 'ی' : 'ک'))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits normalised text into word tokens (letters and digits of any script). */
export function tokenize(normalized: string): string[] {
  return tokensOfTexts.get(normalized, tokensOf).slice();
}

function tokensOf(normalized: string): readonly string[] {
  return normalized.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
