/**
 * Spelling equivalences and domain vocabulary, applied to article phrasings and to questions alike,
 * so that "kva er nsk", "hva er negativ sosial kontroll" and "what is NSC" meet on the same tokens.
 *
 * Each text family is indexed on its own:
 * - `no`: bokmål and nynorsk (nynorsk forms are mapped to bokmål, then stemmed with the Norwegian stemmer);
 * - `en`: English;
 * - each of the nine other answer languages, with its stop words and synonyms from `other-lexicons.ts`.
 * The words themselves are data: content/understanding/spelling/<family>.json (spelling-data.ts).
 * Old names map to current ones (minoritetsrådgiver → mangfoldsrådgiver, integreringsrådgiver →
 * spesialutsending), because users keep writing the names they learnt years ago.
 */
import { BoundedMemo } from './bounded-memo';
import type { Lang } from './languages';
import { foldArabicLetters, isArabicScriptFamily, OTHER_PHRASES, OTHER_STOP, type OtherFamily } from './other-lexicons';
import { spellingData, type Rule } from './spelling-data';

export type TextFamily = 'no' | 'en' | OtherFamily;

/** Every family, in index order. */
export const TEXT_FAMILIES: readonly TextFamily[] = ['no', 'en', 'ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl', 'ti'];

export function familyOf(lng: Lang): TextFamily {
  return lng === 'nb' || lng === 'nn' ? 'no' : lng;
}

const DATA = spellingData();

/** Nynorsk (and a few dialect or casual) word forms → bokmål. Whole tokens only. */
const NN_TO_NB: Readonly<Record<string, string>> = DATA.no.nynorskToBokmal ?? {};

/** Dialect forms → the standard words the situation cues are written with (Norwegian messages only). */
const DIALECT: ReadonlyMap<string, string> = new Map(Object.entries(DATA.no.dialect ?? {}));
const LETTERS = /[\p{L}\p{M}]+/gu;

/**
 * A Norwegian message with its dialect forms written as the standard words ("ho ska reinsast når dei e der" → "ho skal
 * reinsast når dei er der"), so that the described-danger cues, written in the standard forms, read it. Other words,
 * and their case and spacing, are kept.
 */
export function standardNorwegian(text: string): string {
  if (DIALECT.size === 0) return text;
  return text.replace(LETTERS, standardWord);
}

/** One word of `standardNorwegian`: made once, as an arrow made in each call loses its optimized code at every full GC. */
function standardWord(word: string): string {
  return DIALECT.get(word.toLowerCase()) ?? word;
}

/** Word endings that differ systematically between nynorsk and bokmål (rådgjevar → rådgiver). */
const NN_SUFFIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/gjevar(ar|ane|en|ar)?$/u, 'giver'],
  // "rådgivar" is nynorsk too (the nn locale writes it): "mangfaldsrådgivarar", "rådgivarane" meet the bokmål "rådgiver".
  [/givar(ar|ane|en|a)?$/u, 'giver'],
  [/mangfald/u, 'mangfold'],
  [/leg(e)?$/u, 'lig'],
  [/heit(a|en)?$/u, 'het'],
  // "aa" typed for "å" on a keyboard without it ("mangfoldsraadgiverne", "paa", "ogsaa"); Norwegian words have no "aa" of
  // their own (old names like "Aasen" read as their modern spelling).
  [/aa/gu, 'å'],
  // "oe" and "ae" typed for "ø" and "æ" the same way ("kjoennslemlesting", "laere", "vaere"); not "noe(n)", "poeng", an
  // English "does" nor a name such as "Israel" or "Michael".
  [/(?<!^n|p)oe(?!s$)/gu, 'ø'],
  [/ae(?!l$)/gu, 'æ'],
];

/**
 * Phrases and words that name the same thing. Applied on the token sequence, longest match first.
 * The right-hand side is the canonical form (a few plain words, so it still reads as text in tests).
 */
export type { Rule };

const NO_PHRASES: readonly Rule[] = DATA.no.phrases;
const EN_PHRASES: readonly Rule[] = DATA.en.phrases;

/** Words that carry no topic; dropped before indexing and searching. */
const NO_STOP: ReadonlySet<string> = new Set(DATA.no.stopWords);
const EN_STOP: ReadonlySet<string> = new Set(DATA.en.stopWords);

/** Countries most cases concern (IMDi's annual report 2023 lists Iraq, Somalia, Afghanistan, Pakistan, Syria, Russia); naming one implies "abroad". */
const COUNTRIES: Readonly<Partial<Record<TextFamily, readonly string[]>>> = { no: DATA.no.countries ?? [], en: DATA.en.countries ?? [] };

function ruleMap(rules: readonly Rule[], family: TextFamily): Map<string, string[]> {
  const map = new Map<string, string[]>((COUNTRIES[family] ?? []).map((c) => [c, [...c.split(' '), family === 'no' ? 'utlandet' : 'abroad']]));
  for (const [from, to] of rules) map.set(from, to.split(' '));
  return map;
}
const PHRASES: Readonly<Record<TextFamily, Map<string, string[]>>> = {
  no: ruleMap(NO_PHRASES, 'no'),
  en: ruleMap(EN_PHRASES, 'en'),
  ar: ruleMap(OTHER_PHRASES.ar, 'ar'),
  so: ruleMap(OTHER_PHRASES.so, 'so'),
  fa: ruleMap(OTHER_PHRASES.fa, 'fa'),
  ur: ruleMap(OTHER_PHRASES.ur, 'ur'),
  uk: ruleMap(OTHER_PHRASES.uk, 'uk'),
  ru: ruleMap(OTHER_PHRASES.ru, 'ru'),
  tr: ruleMap(OTHER_PHRASES.tr, 'tr'),
  pl: ruleMap(OTHER_PHRASES.pl, 'pl'),
  ti: ruleMap(OTHER_PHRASES.ti, 'ti'),
};
/** First words of every phrase, per family: a token that starts none of them is never the start of a match. */
const PHRASE_STARTS = new Map<TextFamily, ReadonlySet<string>>(
  TEXT_FAMILIES.map((family) => [family, new Set([...PHRASES[family].keys()].map((from) => from.split(' ')[0] ?? ''))]),
);
const MAX_PHRASE = Math.max(...[...NO_PHRASES, ...EN_PHRASES, ...Object.values(OTHER_PHRASES).flat()].map(([from]) => from.split(' ').length));
const STOP: Readonly<Record<TextFamily, ReadonlySet<string>>> = { no: NO_STOP, en: EN_STOP, ...OTHER_STOP };

/** Recent `toBokmal` results (the suffix rules are regular expressions). */
const bokmalForms = new BoundedMemo<string, string>(5000);

/** As a Map: a plain object would answer "constructor" with Object's own function. */
const NYNORSK_WORDS: ReadonlyMap<string, string> = new Map(Object.entries(NN_TO_NB));

/** One nynorsk (or casual) token → its bokmål form; other tokens unchanged. */
export function toBokmal(token: string): string {
  return NYNORSK_WORDS.get(token) ?? bokmalForms.get(token, bokmalBySuffix);
}

/** The suffix rules' form, then its word's bokmål form: "kjoennslemlesting" is "kjønnslemlesting", so "kjønnslemlestelse". */
function bokmalBySuffix(token: string): string {
  const word = NN_SUFFIXES.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), token);
  return NYNORSK_WORDS.get(word) ?? word;
}

/**
 * Replaces known phrases by their canonical words, longest match first. Each phrase is tried on the
 * tokens as written and on their bokmål forms (so "ung no" stays ung.no while a lone nynorsk "no" is "nå").
 */
export function applyPhrases(tokens: readonly string[], family: TextFamily): string[] {
  const bokmal = family === 'no' ? tokens.map(toBokmal) : tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) i += phraseStep(tokens, bokmal, i, family, out);
  return out;
}

/**
 * One step of `applyPhrases`' walk, at `at` of tokens as written and their bokmål forms (the same tokens outside
 * Norwegian): pushes the longest phrase starting there as its canonical words, else the token's bokmål form, and returns
 * how many tokens it took. The walk and a reading of one place (`canonicalWordsAt`) share it, so both stay the same.
 */
function phraseStep(written: readonly string[], bokmal: readonly string[], at: number, family: TextFamily, out: string[]): number {
  const starts = PHRASE_STARTS.get(family);
  if (starts !== undefined && (starts.has(written[at] ?? '') || starts.has(bokmal[at] ?? ''))) {
    const rules = PHRASES[family];
    for (let len = Math.min(MAX_PHRASE, written.length - at); len >= 1; len--) {
      const replacement = rules.get(written.slice(at, at + len).join(' ')) ?? rules.get(bokmal.slice(at, at + len).join(' '));
      if (replacement) {
        for (const word of replacement) out.push(word);
        return len;
      }
    }
  }
  out.push(bokmal[at] ?? '');
  return 1;
}

/** Words after a number that make it an age, Norwegian and English alike: people mix them ("16 years" in a Norwegian question). */
const AGE_WORDS: ReadonlySet<string> = new Set([...(DATA.no.ageWords ?? []), ...(DATA.en.ageWords ?? [])]);

/** "19 år", "16-åring", "17 years": an age says adult (18 or more) or young person, which matters for the answer. */
function withAges(tokens: readonly string[], family: TextFamily): readonly string[] {
  if (family !== 'no' && family !== 'en') return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1] ?? '';
    const age = ageOf(token, next, family);
    if (age !== undefined) {
      out.push(age);
      i++;
    } else {
      out.push(token);
    }
  }
  return out;
}

/** The word a number and the token after it are read as together (an age), else `undefined`: `withAges`' test. */
function ageOf(token: string, next: string, family: TextFamily): string | undefined {
  if (!/^\d{1,2}$/.test(token) || !AGE_WORDS.has(next)) return undefined;
  const adult = Number(token) >= 18;
  return family === 'no' ? (adult ? 'voksen' : 'ungdom') : adult ? 'adult' : 'youth';
}

/** Compounds on "æres-" (æreskultur, æresnormer, æresbegrepet) all concern honour. */
function honourCompound(token: string): string[] | undefined {
  return /^(æres|aeres)\p{L}{3,}$/u.test(token) && !/^(æres|aeres)relatert/u.test(token) ? ['æresrelatert', token] : undefined;
}

export function isStopWord(token: string, family: TextFamily): boolean {
  return STOP[family].has(token);
}

const LATIN = /\p{Script=Latin}/u;
/** Only Latin letters (and digits), or no Latin letter at all: nothing to split. */
const ONE_SCRIPT = /^[\p{Script=Latin}\p{N}\p{M}]*$|^[^\p{Script=Latin}]*$/u;

/** Splits a token where Latin letters meet letters of another script. */
function splitScripts(token: string): string[] {
  if (ONE_SCRIPT.test(token)) return [token];
  const parts: string[] = [];
  let current = '';
  let latin: boolean | undefined;
  for (const ch of token) {
    const isLatin = LATIN.test(ch) ? true : /\p{L}/u.test(ch) ? false : latin;
    if (current && isLatin !== undefined && latin !== undefined && isLatin !== latin) {
      parts.push(current);
      current = '';
    }
    current += ch;
    if (isLatin !== undefined) latin = isLatin;
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * Canonical word tokens for a family, before stemming: nynorsk → bokmål, synonyms and old names →
 * current names, stop words removed. Input is `tokenize(normalize(text))`.
 */
export function canonicalWords(tokens: readonly string[], family: TextFamily): string[] {
  return canonicalWordsOfSplit(splitAtScripts(tokens), family);
}

/**
 * "ንbarnevernet", "IMDiنی": a Norwegian name glued to another script's prefix or suffix is two words. Most messages
 * have no such token: then the tokens are returned as they are, without an array per token.
 */
export function splitAtScripts(tokens: readonly string[]): readonly string[] {
  return tokens.every((token) => ONE_SCRIPT.test(token)) ? tokens : tokens.flatMap(splitScripts);
}

/** `canonicalWords` of tokens `splitAtScripts` gave (a message read for every family is split once). */
export function canonicalWordsOfSplit(tokens: readonly string[], family: TextFamily): string[] {
  // Polish is often typed without its marks ("malzenstwo"); it has no Snowball stemmer to feed, so fold first.
  const letters = isArabicScriptFamily(family) ? tokens.map(foldArabicLetters) : family === 'pl' ? tokens.map(foldAscii) : tokens;
  const words = applyPhrases(withAges(letters, family), family);
  const expanded = family === 'no' ? words.flatMap((w) => honourCompound(w) ?? [w]) : words;
  return expanded.filter((t) => t.length > 0 && !isStopWord(t, family));
}

/**
 * The canonical words of one token of tokens `splitAtScripts` gave, when they are the same whatever its neighbours,
 * else `undefined`. A token that starts no phrase (as written or in bokmål) and is no one- or two-digit number before
 * an age word in Norwegian or English gives the same words wherever it stands in `canonicalWordsOfSplit`, so tokens
 * that all give words here give, together, `canonicalWordsOfSplit`'s words in order (the article index reads a token
 * once a message for all its families, and each family once per token met). Mirrors `canonicalWordsOfSplit` step by step.
 */
export function canonicalWordsOfLoneToken(token: string, family: TextFamily): string[] | undefined {
  const letters = isArabicScriptFamily(family) ? foldArabicLetters(token) : family === 'pl' ? foldAscii(token) : token;
  // withAges: a number before an age word is read with it.
  if ((family === 'no' || family === 'en') && /^\d{1,2}$/.test(letters)) return undefined;
  const bokmal = family === 'no' ? toBokmal(letters) : letters;
  // applyPhrases: a phrase start may be read with the tokens after it.
  const starts = PHRASE_STARTS.get(family);
  if (starts === undefined || starts.has(letters) || starts.has(bokmal)) return undefined;
  const expanded = family === 'no' ? (honourCompound(bokmal) ?? [bokmal]) : [bokmal];
  return expanded.filter((t) => t.length > 0 && !isStopWord(t, family));
}

/**
 * The canonical words `canonicalWordsOfSplit` writes at `at` of tokens `splitAtScripts` gave, pushed to `out`, and how
 * many tokens they take, where its walks stand at `at`: the start, or just after tokens read alone
 * (`canonicalWordsOfLoneToken`) or a step before. A phrase start or a number is read with the few tokens after it (one
 * step of the age walk and of `applyPhrases`' walk, over at most the longest phrase's tokens), not with the whole message.
 * Mirrors `canonicalWordsOfSplit` step by step and shares `applyPhrases`' step, so both read a place alike.
 */
export function canonicalWordsAt(tokens: readonly string[], at: number, family: TextFamily, out: string[]): number {
  const fold = isArabicScriptFamily(family) ? foldArabicLetters : family === 'pl' ? foldAscii : undefined;
  const letters = (i: number): string => (fold === undefined ? (tokens[i] ?? '') : fold(tokens[i] ?? ''));
  // withAges, as far as the longest phrase reaches: each of its tokens with how many of the message's it stands for.
  const written: string[] = [];
  const spans: number[] = [];
  for (let i = at; i < tokens.length && written.length < MAX_PHRASE; ) {
    const token = letters(i);
    const age = family === 'no' || family === 'en' ? ageOf(token, letters(i + 1), family) : undefined;
    written.push(age ?? token);
    spans.push(age === undefined ? 1 : 2);
    i += age === undefined ? 1 : 2;
  }
  const words: string[] = [];
  const taken = phraseStep(written, family === 'no' ? written.map(toBokmal) : written, 0, family, words);
  for (const word of words) {
    for (const w of family === 'no' ? (honourCompound(word) ?? [word]) : [word]) if (w.length > 0 && !isStopWord(w, family)) out.push(w);
  }
  let consumed = 0;
  for (let k = 0; k < taken; k++) consumed += spans[k] ?? 1;
  return consumed;
}

/**
 * The words `canonicalWords` may put in place of a family's tokens, as [what it replaces, what it writes] texts: its
 * phrases and countries, nynorsk forms, the words an age is read as, the honour compound's word. The article index
 * reads from them which writing systems a message's letters can turn into (`ArticleIndex`'s pre-check); splitting,
 * stop words and the letter folds keep a letter's script.
 */
export function canonicalRewrites(family: TextFamily): ReadonlyArray<readonly [string, string]> {
  const rewrites: Array<readonly [string, string]> = [...PHRASES[family]].map(([from, to]) => [from, to.join(' ')] as const);
  if (family === 'no') {
    rewrites.push(...NYNORSK_WORDS, ...NN_SUFFIXES.map(([pattern, replacement]) => [pattern.source, replacement] as const), ['æres', 'æresrelatert']);
  }
  if (family === 'no' || family === 'en') rewrites.push(['0123456789', family === 'no' ? 'voksen ungdom' : 'adult youth']);
  return rewrites;
}

const FOLDABLE = /[æøåéòąćęłńóśźżışğçöüâîûёґ]/;

/** Letters people often type without their marks (Polish ą ł ż, Turkish ı ş ğ, Russian ё) and their plain form. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z',
  ı: 'i', ş: 's', ğ: 'g', ç: 'c', ö: 'o', ü: 'u', â: 'a', î: 'i', û: 'u',
  ё: 'е', ґ: 'г',
};

/**
 * æ/ø/å folded to ASCII, so "kjonnslemlestelse" typed on an English keyboard meets "kjønnslemlestelse"; likewise
 * Polish, Turkish and Cyrillic letters typed without their marks ("spoleczna", "sunnet", "еще").
 */
export function foldAscii(token: string): string {
  if (!FOLDABLE.test(token)) return token;
  return token
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/é/g, 'e')
    .replace(/ò/g, 'o')
    .replace(/[ąćęłńóśźżışğçöüâîûёґ]/g, (c) => PLAIN_LETTERS[c] ?? c);
}
