import { z } from 'zod';

/** Every language Veiviser answers in. Order is the order of the language card. */
export const LANGUAGES = ['nb', 'nn', 'en', 'ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl', 'ti'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const langSchema = z.enum(LANGUAGES);

/** Languages written right to left: cards set `rtl` on their containers. */
export const RTL_LANGUAGES: ReadonlySet<Lang> = new Set<Lang>(['ar', 'fa', 'ur']);

/** The name of each language in that language, for the language card. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  en: 'English',
  ar: 'العربية',
  so: 'Soomaali',
  fa: 'دری',
  ur: 'اردو',
  uk: 'Українська',
  ru: 'Русский',
  tr: 'Türkçe',
  pl: 'Polski',
  ti: 'ትግርኛ',
};

/** The script each language is written in (Roman Urdu and Finglish are read as Urdu and Dari, written in Latin letters). */
export const SCRIPT_OF: Readonly<Record<Lang, 'latin' | 'arabic' | 'cyrillic' | 'ethiopic'>> = {
  nb: 'latin',
  nn: 'latin',
  en: 'latin',
  so: 'latin',
  tr: 'latin',
  pl: 'latin',
  ar: 'arabic',
  fa: 'arabic',
  ur: 'arabic',
  uk: 'cyrillic',
  ru: 'cyrillic',
  ti: 'ethiopic',
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Which languages to try, in order, when content is missing in `lng`.
 * Nynorsk readers read bokmål; everyone else is better served by English than by Norwegian.
 */
export function fallbackChain(lng: Lang): readonly Lang[] {
  switch (lng) {
    case 'nb':
      return ['nb', 'nn', 'en'];
    case 'nn':
      return ['nn', 'nb', 'en'];
    case 'en':
      return ['en', 'nb'];
    default:
      return [lng, 'en', 'nb'];
  }
}

/** Maps a BCP-47 locale from Teams (`nb-NO`, `nn-NO`, `no`, `en-US`, `ar-SA`, `prs-AF`) to a supported language. */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  if (!locale) return undefined;
  const primary = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'no') return 'nb';
  if (primary === 'prs') return 'fa'; // Dari
  return isLang(primary) ? primary : undefined;
}
