import { z } from 'zod';
import type { Lang } from '../language/languages';

/*
 * What Veiviser reads of its two country packages: i18n-iso-countries' names of every country in the languages
 * Veiviser reads, and a few fields of world-countries' records (English names, spellings and demonyms, the UN region
 * and subregion). The build writes them with the country index (country-names-file.ts), so a start loads neither
 * package (world-countries is a 1.4 MB JSON file kept whole by the module cache); they are read here, from the packages,
 * by the build and by a start without the build's file.
 */

/** Languages i18n-iso-countries has names for; Tigrinya is missing from the package. */
export const PACKAGE_LANGUAGES = ['nb', 'nn', 'en', 'ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl'] as const satisfies readonly Lang[];
export type PackageLanguage = (typeof PACKAGE_LANGUAGES)[number];

/** Parts of the world-countries records we read; parsed, so a package update cannot surprise us. */
export const worldCountrySchema = z.object({
  cca2: z.string().length(2),
  name: z.object({ common: z.string(), official: z.string() }),
  altSpellings: z.array(z.string()),
  region: z.string(),
  subregion: z.string(),
  demonyms: z.record(z.string(), z.object({ f: z.string(), m: z.string() })).optional(),
});
export type WorldCountry = z.infer<typeof worldCountrySchema>;

export interface CountryPackages {
  /** Every name of each country in each language, the official one first, in the package's order. */
  readonly names: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** world-countries' records, in the package's order, with only the English demonyms. */
  readonly world: readonly WorldCountry[];
}

/** One language file of i18n-iso-countries: a name, or the official name and its short forms. */
const localeFileSchema = z.object({ locale: z.string(), countries: z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)])) });

/**
 * Reads both packages (the build's data step, and a start without its file). Required here rather than imported at
 * the top, so a start that has the build's file never loads them.
 */
export function readCountryPackages(): CountryPackages {
  const names = Object.fromEntries(
    PACKAGE_LANGUAGES.map((lng) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const file = localeFileSchema.parse(require(`i18n-iso-countries/langs/${lng}.json`));
      return [lng, Object.fromEntries(Object.entries(file.countries).map(([code, name]) => [code, typeof name === 'string' ? [name] : name]))];
    }),
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const world = z.array(worldCountrySchema).parse(require('world-countries')).map(({ cca2, name, altSpellings, region, subregion, demonyms }): WorldCountry => {
    const english = demonyms?.['eng'];
    return { cca2, name, altSpellings, region, subregion, ...(english ? { demonyms: { eng: english } } : {}) };
  });
  return { names, world };
}

/**
 * A country's name in one language as i18n-iso-countries gives it: `alias`, its short name where the package has one
 * ("Россия", not "Российская Федерация"), else its official one; `official`, the first. Undefined when the package has
 * none in that language (Tigrinya) or the code is no country.
 */
export function packageName(packages: CountryPackages, code: string, lng: string, select: 'alias' | 'official'): string | undefined {
  // As the package's own `getName`: a two-letter code in either case.
  const names = Object.hasOwn(packages.names, lng) ? packages.names[lng]?.[code.length === 2 ? code.toUpperCase() : code] : undefined;
  if (!names) return undefined;
  // As the package's own `getName`: an empty short name is no name.
  return select === 'alias' ? names[1] || names[0] : names[0];
}

/** world-countries' common English name ("Syria", not "Syrian Arab Republic"). */
export function commonEnglishName(packages: CountryPackages, code: string): string | undefined {
  // A loop, not `find` with an arrow made in each call: such an arrow loses its optimized code at every full GC.
  for (const record of packages.world) if (record.cca2 === code) return record.name.common;
  return undefined;
}
