import { z } from 'zod';
import { localizedTextSchema } from '../content/localized';
import { sourceSchema } from '../content/source';
import { envoyIdSchema } from './service-ids';

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code');
const sourceRefs = z.array(z.string().min(1)).min(1);

/** A region is either a UN geoscheme region/subregion (from world-countries) or, where none exists, a sourced list. */
const regionSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('un-geoscheme'),
      field: z.enum(['region', 'subregion']),
      value: z.string().min(1),
      name: localizedTextSchema,
      sources: sourceRefs,
    })
    .strict(),
  z
    .object({
      kind: z.literal('list'),
      codes: z.array(countryCode).min(1),
      name: localizedTextSchema,
      note: z.string().optional(),
      sources: sourceRefs,
    })
    .strict(),
]);
export type RegionDefinition = z.infer<typeof regionSchema>;

/**
 * An area people name as a place that lies in several countries whose envoys differ (Kurdistan: Iraq, Iran, Syria,
 * Turkey): the answer gives each country's envoy instead of guessing one. `words` are its names after folding, in
 * every script, matched inside a word (prefixes and endings).
 */
const spanningRegionSchema = z
  .object({
    $comment: z.string().optional(),
    countries: z.array(countryCode).min(2),
    name: localizedTextSchema,
    words: z.array(z.string().min(3)).min(1),
    sources: sourceRefs,
  })
  .strict();
export type SpanningRegion = z.infer<typeof spanningRegionSchema>;

const envoySchema = z
  .object({
    id: envoyIdSchema,
    city: z.string().min(1),
    operational: z.array(countryCode).min(1),
    primary: z.array(countryCode),
    secondary: z.object({ countries: z.array(countryCode), regions: z.array(z.string().min(1)) }).strict(),
    /** Qualifiers shown with a country, e.g. Russia: "mostly Chechnya". */
    notes: z.record(countryCode, localizedTextSchema).optional(),
    /**
     * Countries of its operational responsibility where the post also acts for nationals of other countries who are
     * there (Ankara: Turkey, "also third-country nationals in Turkey"): a person of any nationality in such a country is
     * that post's case.
     */
    thirdCountryNationals: z.array(countryCode).optional(),
    sources: sourceRefs,
  })
  .strict();
export type EnvoyDefinition = z.infer<typeof envoySchema>;

export const envoysFileSchema = z
  .object({
    $comment: z.string().optional(),
    sources: z.record(z.string(), sourceSchema),
    regions: z.record(z.string(), regionSchema),
    spanning: z.record(z.string().regex(/^[a-z-]+$/), spanningRegionSchema).default({}),
    /** Norway and its territories: a person there is not abroad. */
    notHandledAbroad: z.array(countryCode),
    envoys: z.array(envoySchema).length(4),
    /** Posts of the 2008 scheme that no longer exist: kept so we can say so, never shown as current. */
    closedPosts: z.array(z.object({ city: z.string().min(1), coveredIn2008: z.string(), sources: sourceRefs }).strict()),
    /** The 2008 table: the countries each integration adviser covered then, by name. History, never current. */
    posts2008: z.array(z.object({ city: z.string().min(1), countries: z.array(countryCode).min(1), sources: sourceRefs }).strict()).default([]),
  })
  .strict()
  .superRefine((file, ctx) => {
    const refs = [...file.envoys.flatMap((e) => e.sources), ...Object.values(file.regions).flatMap((r) => r.sources), ...file.closedPosts.flatMap((p) => p.sources), ...file.posts2008.flatMap((p) => p.sources), ...Object.values(file.spanning).flatMap((r) => r.sources)];
    for (const ref of refs) if (!(ref in file.sources)) ctx.addIssue({ code: 'custom', path: ['sources'], message: `unknown source "${ref}"` });
    for (const envoy of file.envoys) {
      for (const region of envoy.secondary.regions) {
        if (!(region in file.regions)) ctx.addIssue({ code: 'custom', path: ['envoys'], message: `${envoy.id} names unknown region "${region}"` });
      }
    }
    for (const envoy of file.envoys) {
      for (const code of envoy.thirdCountryNationals ?? []) {
        if (!envoy.operational.includes(code)) ctx.addIssue({ code: 'custom', path: ['envoys'], message: `${envoy.id}: third-country nationals in ${code}, which is not its operational responsibility` });
      }
    }
    const closed = new Set(file.closedPosts.map((p) => p.city));
    for (const envoy of file.envoys) if (closed.has(envoy.city)) ctx.addIssue({ code: 'custom', path: ['envoys'], message: `${envoy.city} is a closed post` });
  });
export type EnvoysFile = z.infer<typeof envoysFileSchema>;
