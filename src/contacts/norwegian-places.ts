import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { sourceSchema } from '../content/source';
import { fold } from './country-names';
import { tokenize } from '../language/text';
import { readDataFile } from '../paths/data-file';

/**
 * Norway's counties from 2024 and the municipalities in them (SSB's code list, content/contacts/municipalities.json).
 * The county is the first two digits of the municipality number, so the list cannot disagree with itself.
 */
const placeSchema = z.object({ code: z.string(), name: z.string().min(1), aliases: z.array(z.string().min(1)).optional() }).strict();
export const municipalitiesFileSchema = z
  .object({
    $comment: z.string().optional(),
    source: sourceSchema,
    validFrom: z.string(),
    counties: z.array(placeSchema.extend({ code: z.string().regex(/^\d{2}$/) })),
    municipalities: z.array(placeSchema.extend({ code: z.string().regex(/^\d{4}$/) })),
  })
  .strict()
  .superRefine((file, ctx) => {
    const counties = new Set(file.counties.map((c) => c.code));
    for (const m of file.municipalities) {
      if (!counties.has(m.code.slice(0, 2))) ctx.addIssue({ code: 'custom', path: ['municipalities'], message: `${m.code} ${m.name} has no county` });
    }
  });
export type MunicipalitiesFile = z.infer<typeof municipalitiesFileSchema>;

export interface County {
  readonly code: string;
  readonly name: string;
}
export interface Municipality {
  readonly code: string;
  readonly name: string;
  readonly county: County;
}

export interface NorwegianPlaces {
  readonly counties: readonly County[];
  readonly municipalities: readonly Municipality[];
  /** "Oslo", "oslo", "Hordaland" (old name) → the county. */
  county(name: string): County | undefined;
  /** "Våler" is two municipalities: both are returned. "Herøy (Nordland)" matches exactly. */
  municipalitiesNamed(name: string): Municipality[];
  /** Counties and municipalities named in free text (whole words; longest match first). */
  findIn(text: string): { counties: County[]; municipalities: Municipality[] };
}

/** "Herøy (Nordland)" → "herøy"; the bracket only tells two same-named municipalities apart. */
function baseName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '');
}
export function placeKey(name: string): string {
  return tokenize(fold(name)).join(' ');
}

export function readMunicipalitiesFile(file: string = contentPath('contacts', 'municipalities.json')): MunicipalitiesFile {
  return readDataFile(file, municipalitiesFileSchema);
}

export function createNorwegianPlaces(file: MunicipalitiesFile = readMunicipalitiesFile()): NorwegianPlaces {
  const counties: County[] = file.counties.map((c) => ({ code: c.code, name: c.name }));
  const countyByCode = new Map(counties.map((c) => [c.code, c]));
  const countyByKey = new Map<string, County>();
  for (const c of file.counties) {
    const county = countyByCode.get(c.code);
    if (!county) continue;
    for (const name of [c.name, ...(c.aliases ?? [])]) countyByKey.set(placeKey(name), county);
  }
  const municipalities: Municipality[] = [];
  const municipalityByKey = new Map<string, Municipality[]>();
  for (const m of file.municipalities) {
    const county = countyByCode.get(m.code.slice(0, 2));
    if (!county) continue;
    const municipality = { code: m.code, name: m.name, county };
    municipalities.push(municipality);
    for (const name of new Set([m.name, baseName(m.name), ...(m.aliases ?? [])])) {
      const key = placeKey(name);
      municipalityByKey.set(key, [...(municipalityByKey.get(key) ?? []), municipality]);
    }
  }
  const longest = Math.max(...[...countyByKey.keys(), ...municipalityByKey.keys()].map((k) => k.split(' ').length));

  return {
    counties,
    municipalities,
    county: (name) => countyByKey.get(placeKey(name)),
    municipalitiesNamed: (name) => municipalityByKey.get(placeKey(name)) ?? [],
    findIn(text) {
      const tokens = tokenize(fold(text));
      const foundCounties: County[] = [];
      const foundMunicipalities: Municipality[] = [];
      for (let i = 0; i < tokens.length; i++) {
        for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
          const key = tokens.slice(i, i + n).join(' ');
          const county = countyByKey.get(key);
          const named = municipalityByKey.get(key);
          if (county || named) {
            if (county) foundCounties.push(county);
            if (named) foundMunicipalities.push(...named);
            i += n - 1;
            break;
          }
        }
      }
      return { counties: foundCounties, municipalities: foundMunicipalities };
    },
  };
}
