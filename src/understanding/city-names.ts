import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { readDataFile } from '../paths/data-file';

/**
 * The cities people name instead of the country ("a village near Konya", "til Hargeisa"), by country
 * (content/understanding/cities.json, written from GeoNames by scripts/extract-cities.mjs). A city counts as its
 * country: the country reader finds it (the envoy who covers it, the case's country) and the situation reader reads it
 * as a place abroad (a journey there). It never signals danger by itself: only the rules that need a place abroad read it.
 */

/** Where the cities are kept: the situation reader's compiled phrases are made from it too (their fingerprint reads it). */
export const CITIES_FILE = contentPath('understanding', 'cities.json');

export const citiesFileSchema = z
  .object({
    $comment: z.string().optional(),
    /** Where the names come from: the package and its version, the data and its licence. */
    source: z
      .object({
        package: z.string().regex(/^[\w@/.-]+@\d+\.\d+\.\d+$/u),
        data: z.string().min(1),
        licence: z.string().min(1),
        populationAtLeast: z.number().int().positive(),
        millionOnly: z.array(z.string().regex(/^[A-Z]{2}$/u)),
      })
      .strict(),
    /** ISO 3166-1 alpha-2 → the cities' names as GeoNames gives them. */
    countries: z.record(z.string().regex(/^[A-Z]{2}$/u), z.array(z.string().min(2)).min(1)),
    /** The same cities as their people write them ("مشهد", "ኣስመራ", "Махачкала", "Meşhed"): GeoNames' alternate names. */
    translations: z
      .object({
        $comment: z.string().optional(),
        source: z
          .object({
            package: z.string().regex(/^[\w@/.-]+@[\w.~+-]+ \(Debian\)$/u),
            data: z.string().min(1),
            licence: z.string().min(1),
            languages: z.array(z.string().regex(/^[a-z]{2,3}$/u)).min(1),
          })
          .strict(),
        countries: z.record(z.string().regex(/^[A-Z]{2}$/u), z.array(z.string().min(2)).min(1)),
      })
      .strict()
      .optional(),
    /** Regions named instead of the country ("Tigray", "Ингушетия"): GeoNames admin1 divisions, by their codes. */
    regions: z
      .object({
        $comment: z.string().optional(),
        admin1: z.array(z.string().regex(/^[A-Z]{2}\.\w+$/u)).min(1),
        countries: z.record(z.string().regex(/^[A-Z]{2}$/u), z.array(z.string().min(2)).min(1)),
      })
      .strict()
      .optional(),
  })
  .strict();
export type CitiesFile = z.infer<typeof citiesFileSchema>;

let loaded: CitiesFile | undefined;

/** The cities file, read and checked once. */
export function loadCities(file: string = CITIES_FILE): CitiesFile {
  if (file !== CITIES_FILE) return readDataFile(file, citiesFileSchema);
  return (loaded ??= readDataFile(file, citiesFileSchema));
}

/** Every city's name (GeoNames' own, then the translations), then the regions', with its country's code. */
export function cityEntries(cities: CitiesFile = loadCities()): ReadonlyArray<readonly [name: string, code: string]> {
  const named = (countries: Readonly<Record<string, readonly string[]>>) =>
    Object.entries(countries).flatMap(([code, names]) => names.map((name) => [name, code] as const));
  return [...named(cities.countries), ...named(cities.translations?.countries ?? {}), ...named(cities.regions?.countries ?? {})];
}
