import type { LocalizedText } from '../content/localized';
import type { WorldCountry } from './country-names';
import type { Source } from '../content/source';
import type { EnvoysFile, SpanningRegion } from './envoy-schema';
import { ENVOY_IDS, type EnvoyId } from './service-ids';

export type Responsibility = 'operational' | 'primary' | 'secondary';

export type EnvoyRoute =
  | {
      readonly kind: 'envoy';
      readonly envoyId: EnvoyId;
      readonly city: string;
      readonly level: Responsibility;
      /** The region that gave a secondary responsibility, e.g. "other African countries". */
      readonly region?: LocalizedText;
      /** A qualifier from the table, e.g. Russia: "mostly Chechnya". */
      readonly note?: LocalizedText;
    }
  /** No envoy covers the country: the Ministry's operations centre and Kompetanseteamet help. */
  | { readonly kind: 'no-envoy' }
  /** Norway: the person is not abroad. */
  | { readonly kind: 'norway' };

/** What one post covers, as the table names it: its countries by level with their qualifiers, and its regions. */
export interface EnvoyPost {
  readonly city: string;
  readonly operational: readonly { readonly code: string; readonly note?: LocalizedText }[];
  readonly primary: readonly { readonly code: string; readonly note?: LocalizedText }[];
  readonly secondaryCountries: readonly string[];
  readonly secondaryRegions: readonly LocalizedText[];
}

export interface EnvoyRouter {
  route(countryCode: string): EnvoyRoute;
  /** Every country an envoy covers, with its level (for tests and the message extension). */
  coverage(): ReadonlyMap<string, EnvoyRoute & { kind: 'envoy' }>;
  /** Cities of posts that have closed (Colombo, Rabat): never shown as current. */
  readonly closedPosts: readonly string[];
  /** The countries a post covered in 2008, by name (the 2008 table); undefined when the table names none for it. */
  coveredIn2008(city: string): readonly string[] | undefined;
  /** What a current post covers ("which countries does Ankara cover?"). */
  post(envoyId: EnvoyId): EnvoyPost | undefined;
  /** Whether the post of a country also acts there for nationals of other countries (Turkey: Ankara). */
  actsForThirdCountryNationals(countryCode: string): boolean;
  /** Areas named as a place that lie in several countries whose envoys differ (Kurdistan), by id. */
  readonly spanning: ReadonlyMap<string, SpanningRegion & { readonly sourceList: readonly Source[] }>;
}

/**
 * Builds the country → envoy table once. Operational beats primary beats secondary; a region
 * ("other African countries") never covers a country that another envoy has by name, which is why
 * Egypt goes to Amman and not to Nairobi.
 */
export function createEnvoyRouter(file: EnvoysFile, world: readonly WorldCountry[]): EnvoyRouter {
  const table = new Map<string, EnvoyRoute & { kind: 'envoy' }>();
  const excluded = new Set(file.notHandledAbroad);
  const levels = ['operational', 'primary'] as const;
  for (const level of levels) {
    for (const envoy of file.envoys) {
      for (const code of envoy[level]) {
        if (table.has(code)) throw new Error(`${code} is assigned to two envoys`);
        const note = envoy.notes?.[code];
        table.set(code, { kind: 'envoy', envoyId: envoy.id, city: envoy.city, level, ...(note ? { note } : {}) });
      }
    }
  }
  for (const envoy of file.envoys) {
    for (const code of envoy.secondary.countries) {
      if (!table.has(code)) table.set(code, { kind: 'envoy', envoyId: envoy.id, city: envoy.city, level: 'secondary' });
    }
    for (const regionId of envoy.secondary.regions) {
      const region = file.regions[regionId];
      if (!region) throw new Error(`unknown region ${regionId}`);
      const codes = region.kind === 'list' ? region.codes : world.filter((c) => c[region.field] === region.value).map((c) => c.cca2);
      for (const code of codes) {
        if (table.has(code) || excluded.has(code)) continue;
        table.set(code, { kind: 'envoy', envoyId: envoy.id, city: envoy.city, level: 'secondary', region: region.name });
      }
    }
  }
  const thirdCountry = new Set(file.envoys.flatMap((e) => e.thirdCountryNationals ?? []));
  return {
    spanning: new Map(Object.entries(file.spanning).map(([id, r]) => [id, { ...r, sourceList: r.sources.flatMap((ref) => (file.sources[ref] ? [file.sources[ref]] : [])) }])),
    actsForThirdCountryNationals: (code) => thirdCountry.has(code.toUpperCase()),
    route(code) {
      const upper = code.toUpperCase();
      if (excluded.has(upper)) return { kind: 'norway' };
      return table.get(upper) ?? { kind: 'no-envoy' };
    },
    coverage: () => table,
    closedPosts: file.closedPosts.map((p) => p.city),
    coveredIn2008: (city) => file.posts2008.find((p) => p.city === city)?.countries,
    post(envoyId) {
      const envoy = file.envoys.find((e) => e.id === envoyId);
      if (!envoy) return undefined;
      const withNotes = (codes: readonly string[]) => codes.map((code) => ({ code, ...(envoy.notes?.[code] ? { note: envoy.notes[code] } : {}) }));
      return {
        city: envoy.city,
        operational: withNotes(envoy.operational),
        primary: withNotes(envoy.primary),
        secondaryCountries: envoy.secondary.countries,
        secondaryRegions: envoy.secondary.regions.flatMap((id) => (file.regions[id] ? [file.regions[id].name] : [])),
      };
    },
  };
}

/**
 * The post still open that covered a country in 2008 when another post covers it today (Iran: Ankara in the 2008 table,
 * Amman now; domain.md §9 and §12). Undefined when the same post covers it as then, or the 2008 post has closed.
 */
export function formerPostOf(router: EnvoyRouter, countryCode: string): EnvoyId | undefined {
  const now = router.route(countryCode);
  if (now.kind !== 'envoy') return undefined;
  for (const id of ENVOY_IDS) {
    const post = id === now.envoyId ? undefined : router.post(id);
    if (post && router.coveredIn2008(post.city)?.includes(countryCode.toUpperCase())) return id;
  }
  return undefined;
}
