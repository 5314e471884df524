import { newStemmer } from 'snowball-stemmers';
import type { Lang } from './languages';

/** Snowball stemmer per language where Snowball has one; other languages match on normalised tokens. */
const SNOWBALL: Partial<Record<Lang, string>> = {
  nb: 'norwegian',
  nn: 'norwegian',
  en: 'english',
  ar: 'arabic',
  ru: 'russian',
  tr: 'turkish',
};
const stemmers = new Map<Lang, { stem(word: string): string }>();

export function stem(word: string, lng: Lang): string {
  const algorithm = SNOWBALL[lng];
  if (!algorithm) return word;
  let stemmer = stemmers.get(lng);
  if (!stemmer) {
    stemmer = newStemmer(algorithm);
    stemmers.set(lng, stemmer);
  }
  return stemmer.stem(word);
}

/**
 * Lower-cases, applies Unicode compatibility normalisation, and removes marks that users type
 * inconsistently (Arabic diacritics and tatweel, zero-width characters). Norwegian æ, ø, å are kept.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '') // Arabic harakat and tatweel
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '') // zero-width characters (ZWNJ is dropped, Persian words then join)
    .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '') // bidi marks and overrides
    .replace(/\p{Cs}|(?![\t\n\r])\p{Cc}/gu, ' ') // lone surrogates and control characters
    .replace(/[ي]/g, 'ی')
    .replace(/[ك]/g, 'ک')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits normalised text into word tokens (letters and digits of any script). */
export function tokenize(normalized: string): string[] {
  return normalized.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
