import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tokenize } from '../language/text';
import { ADVISERS_FILE_NAME, advisersFileSchema, type Adviser } from './adviser-schema';
import { fold } from './country-names';
import type { County, Municipality, NorwegianPlaces } from './norwegian-places';
import { SCHOOL_TYPE_KEYS, schoolTypes, type SchoolType } from './school-types';

/**
 * The canonical school-type words a school's key keeps: "Hellerud videregående skole" and "Hellerud vidaregåande" are
 * "hellerud vgs", and stay apart from a "Hellerud skole" (a primary school) when both exist. The forms people write
 * are data (school-types.ts).
 */
const TYPE_WORDS: ReadonlySet<string> = new Set(SCHOOL_TYPE_KEYS);
/** The forms of each type, read with the module like the other word files (school-types.ts). */
const SCHOOL_TYPES = schoolTypes();

/** "Hellerud videregående skole" → "hellerud vgs". */
export function schoolKey(name: string, types: readonly SchoolType[] = SCHOOL_TYPES): string {
  let text = tokenize(fold(name)).join(' ');
  for (const [pattern, canonical] of types) text = text.replace(pattern, canonical);
  return text.replace(/\s+/g, ' ').trim();
}

/** "hellerud vgs" → "hellerud": the distinctive part, for "mangfoldsrådgiver på Hellerud?" */
function distinctivePart(key: string): string {
  return key
    .split(' ')
    .filter((w) => !TYPE_WORDS.has(w))
    .join(' ');
}

export type AdviserLookup =
  | { readonly kind: 'school'; readonly school: string; readonly advisers: readonly Adviser[] }
  | { readonly kind: 'municipality'; readonly municipality: Municipality; readonly advisers: readonly Adviser[] }
  | { readonly kind: 'county'; readonly county: County; readonly advisers: readonly Adviser[] }
  | { readonly kind: 'none' };

export interface AdviserDirectory {
  /** Whether the deploying organisation has loaded any advisers (without them the bot points to imdi.no). */
  readonly size: number;
  /** When the organisation imported the list (ISO), shown with the advisers so readers know whose data it is. */
  readonly importedAt?: string;
  bySchool(name: string): Adviser[];
  byMunicipality(code: string): Adviser[];
  byCounty(code: string): Adviser[];
  /** School names from the directory that the text mentions ("Hellerud vgs", or just "Hellerud"). */
  schoolsIn(text: string): string[];
  /** The most specific match in the text: a school, else a municipality, else a county. */
  lookup(text: string): AdviserLookup;
}

export function createAdviserDirectory(advisers: readonly Adviser[], places: NorwegianPlaces, importedAt?: string): AdviserDirectory {
  const bySchoolKey = new Map<string, Adviser[]>();
  const byDistinctive = new Map<string, Adviser[]>();
  for (const adviser of advisers) {
    const key = schoolKey(adviser.school);
    bySchoolKey.set(key, [...(bySchoolKey.get(key) ?? []), adviser]);
    const distinctive = distinctivePart(key);
    if (distinctive) byDistinctive.set(distinctive, [...(byDistinctive.get(distinctive) ?? []), adviser]);
  }
  const bySchool = (name: string): Adviser[] => {
    const key = schoolKey(name);
    const exact = bySchoolKey.get(key);
    if (exact) return exact;
    // "Hellerud" alone, or "Hellerud skole" for a school stored as "Hellerud vgs": accept when only one school has that name.
    const loose = byDistinctive.get(distinctivePart(key)) ?? [];
    return new Set(loose.map((a) => schoolKey(a.school))).size === 1 ? loose : [];
  };
  const schoolsIn = (text: string): string[] => {
    const padded = ` ${schoolKey(text)} `;
    const found = new Set<string>();
    for (const [key, list] of bySchoolKey) if (padded.includes(` ${key} `)) found.add(list[0]?.school ?? key);
    if (found.size === 0) {
      for (const [distinctive, list] of byDistinctive) {
        if (padded.includes(` ${distinctive} `) && new Set(list.map((a) => schoolKey(a.school))).size === 1) found.add(list[0]?.school ?? distinctive);
      }
    }
    return [...found];
  };
  const byMunicipality = (code: string) => advisers.filter((a) => a.municipalityCode === code);
  const byCounty = (code: string) => advisers.filter((a) => a.countyCode === code);
  return {
    size: advisers.length,
    ...(importedAt ? { importedAt } : {}),
    bySchool,
    byMunicipality,
    byCounty,
    schoolsIn,
    lookup(text) {
      const school = schoolsIn(text)[0];
      if (school) return { kind: 'school', school, advisers: bySchool(school) };
      const { municipalities, counties } = places.findIn(text);
      // "Oslo" is both a county and a municipality: the municipality is the more specific answer.
      const municipality = municipalities[0];
      if (municipality) return { kind: 'municipality', municipality, advisers: byMunicipality(municipality.code) };
      const county = counties[0];
      if (county) return { kind: 'county', county, advisers: byCounty(county.code) };
      return { kind: 'none' };
    },
  };
}

/**
 * Reads DATA_DIR/advisers.json when the deploying organisation has imported one; an empty directory otherwise.
 * A file that exists but does not validate stops start-up: silently showing no advisers would hide the mistake.
 */
export function loadAdviserDirectory(dataDir: string, places: NorwegianPlaces): AdviserDirectory {
  const file = path.join(dataDir, ADVISERS_FILE_NAME);
  if (!existsSync(file)) return createAdviserDirectory([], places);
  const parsed = advisersFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a valid adviser directory; re-run npm run import:advisers. ${parsed.error.issues[0]?.message ?? ''}`);
  return createAdviserDirectory(parsed.data.advisers, places, parsed.data.importedAt);
}
