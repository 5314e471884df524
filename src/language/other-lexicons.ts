/**
 * Stop words and synonyms for the nine answer languages beyond Norwegian and English, so that a question in
 * Arabic, Somali, Dari, Urdu, Ukrainian, Russian, Turkish, Polish or Tigrinya is read with the same machinery
 * (see `spelling.ts`): words that carry no topic are dropped, and common variants, loanwords and Norwegian
 * service names typed in another script meet the words the phrasings use.
 *
 * The words are data (content/understanding/spelling/<family>.json, spelling-data.ts), written by the team
 * (machine-assisted), not yet reviewed by native speakers. Entries are written as people type them; they are
 * normalised here when loaded, so Arabic ي/ك and Persian ی/ک meet.
 */
import { spellingData, type Rule } from './spelling-data';
import { normalize } from './text';

export type { Rule } from './spelling-data';

export type OtherFamily = 'ar' | 'so' | 'fa' | 'ur' | 'uk' | 'ru' | 'tr' | 'pl' | 'ti';

/**
 * Letter variants people type interchangeably in Arabic-script languages: hamza forms of alif, taa marbuta,
 * alif maqsura (after `normalize` has already made ي/ك Persian ی/ک).
 */
/** The letters `foldArabicLetters` writes otherwise: a token with none of them (any Latin word) is kept as it is. */
const ARABIC_FOLDABLE = /[أإآٱةىؤئ]/;

export function foldArabicLetters(token: string): string {
  if (!ARABIC_FOLDABLE.test(token)) return token;
  return token.replace(/[أإآٱ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ی').replace(/ؤ/g, 'و').replace(/ئ/g, 'ی');
}

const ARABIC_SCRIPT_FAMILIES: ReadonlySet<OtherFamily> = new Set(['ar', 'fa', 'ur']);

export function isArabicScriptFamily(family: string): boolean {
  return ARABIC_SCRIPT_FAMILIES.has(family as OtherFamily);
}

/** Polish letters without their marks, as `foldAscii` in spelling.ts does (repeated here to keep the import one-way). */
function foldPolish(token: string): string {
  return token.replace(/[ąćęłńóśźż]/g, (c) => 'acelnoszz'['ąćęłńóśźż'.indexOf(c)] ?? c);
}

function prepared(text: string, family: OtherFamily): string {
  const words = normalize(text).replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
  if (ARABIC_SCRIPT_FAMILIES.has(family)) return words.split(' ').map(foldArabicLetters).join(' ');
  return family === 'pl' ? foldPolish(words) : words;
}

function normalizedRules(rules: readonly Rule[], family: OtherFamily): Rule[] {
  return rules.map(([from, to]) => [prepared(from, family), prepared(to, family)] as const);
}

const FAMILIES: readonly OtherFamily[] = ['ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl', 'ti'];

function perFamily<T>(make: (family: OtherFamily) => T): Record<OtherFamily, T> {
  const [ar, so, fa, ur, uk, ru, tr, pl, ti] = FAMILIES.map(make) as [T, T, T, T, T, T, T, T, T];
  return { ar, so, fa, ur, uk, ru, tr, pl, ti };
}

export const OTHER_STOP: Readonly<Record<OtherFamily, ReadonlySet<string>>> = perFamily(
  (family) => new Set(prepared(spellingData()[family].stopWords.join(' '), family).split(' ')),
);

export const OTHER_PHRASES: Readonly<Record<OtherFamily, readonly Rule[]>> = perFamily((family) => normalizedRules(spellingData()[family].phrases, family));
