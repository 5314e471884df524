import { z } from 'zod';
import type { ServiceId } from './published-figure';

/**
 * One registered case: only categorical fields, so a record never identifies a person.
 * No free text, no names, no dates of birth, no exact dates (the month is the finest time unit).
 *
 * Two schemas: `caseInputSchema` is what the registration form sends (strict: unknown fields are refused);
 * `caseRecordSchema` is what the store keeps (the input plus id, pseudonymous registrar and a timestamp for undo).
 */

/** The services that register cases (a subset of the published-figure services). */
export const CASE_SERVICES = ['diversity-advisers', 'special-envoys', 'kompetanseteamet', 'expert-team'] as const satisfies readonly ServiceId[];
export const caseServiceSchema = z.enum(CASE_SERVICES);
export type CaseService = z.infer<typeof caseServiceSchema>;

export const CASE_TYPES = [
  'negative-social-control',
  'honour-related-violence',
  'forced-marriage-fear',
  'forced-marriage-completed',
  'fgm',
  'involuntary-stay-abroad',
  'psychological-violence',
  'physical-violence',
  'other',
] as const;
export const caseTypeSchema = z.enum(CASE_TYPES);
export type CaseType = z.infer<typeof caseTypeSchema>;

export const GENDERS = ['girl-woman', 'boy-man', 'other', 'unknown'] as const;
export const genderSchema = z.enum(GENDERS);
export type Gender = z.infer<typeof genderSchema>;

export const AGE_BANDS = ['under-13', '13-15', '16-17', '18-25', 'over-25', 'unknown'] as const;
export const ageBandSchema = z.enum(AGE_BANDS);
export type AgeBand = z.infer<typeof ageBandSchema>;

/**
 * Norway's 15 counties from 1 January 2024, with their official two-digit numbers.
 * Source: Statistics Norway, KLASS classification 104 "Standard for fylkesinndeling", version valid from 2024-01-01,
 * https://www.ssb.no/klass/klassifikasjoner/104 (not reachable offline in this session; the numbering agrees with
 * Kartverket's municipality-number list at objektkatalog.geonorge.no, where 0301 Oslo, 11xx Rogaland,
 * 15xx Møre og Romsdal and 18xx Nordland carry their county's number; checked 2026-11-24).
 * 'unknown' is for cases where the county is not known or the person lives abroad.
 */
export const COUNTY_CODES = ['03', '11', '15', '18', '31', '32', '33', '34', '39', '40', '42', '46', '50', '55', '56', 'unknown'] as const;
export type CountyCode = (typeof COUNTY_CODES)[number];
export const countySchema = z.enum(COUNTY_CODES);

/** Official names, by county number. */
export const COUNTIES: { readonly [C in Exclude<CountyCode, 'unknown'>]: string } = {
  '03': 'Oslo',
  '11': 'Rogaland',
  '15': 'Møre og Romsdal',
  '18': 'Nordland',
  '31': 'Østfold',
  '32': 'Akershus',
  '33': 'Buskerud',
  '34': 'Innlandet',
  '39': 'Vestfold',
  '40': 'Telemark',
  '42': 'Agder',
  '46': 'Vestland',
  '50': 'Trøndelag',
  '55': 'Troms',
  '56': 'Finnmark',
};

/** Coarse regions only: a country of origin together with a county could point at one family. */
export const ORIGIN_REGIONS = [
  'middle-east-north-africa',
  'east-africa',
  'other-africa',
  'south-asia',
  'central-asia',
  'europe',
  'other',
  'unknown',
] as const;
export const originRegionSchema = z.enum(ORIGIN_REGIONS);
export type OriginRegion = z.infer<typeof originRegionSchema>;

export const WHEREABOUTS = ['norway', 'abroad', 'unknown'] as const;
export const whereaboutsSchema = z.enum(WHEREABOUTS);
export type Whereabouts = z.infer<typeof whereaboutsSchema>;

export const REFERRALS = ['child-welfare', 'police', 'kompetanseteamet', 'special-envoy', 'health', 'crisis-centre', 'none'] as const;
export const referralSchema = z.enum(REFERRALS);
export type Referral = z.infer<typeof referralSchema>;

/** The first month a case can be registered for; the registration tool started in January 2023 (001_e2d92cbbfe31b5d0.txt, 1650). */
export const FIRST_CASE_MONTH = '2023-01';

/** 'YYYY-MM', month 01–12. */
export const monthSchema = z.string().regex(/^(20\d{2})-(0[1-9]|1[0-2])$/, { message: 'must be YYYY-MM' });
export type Month = z.infer<typeof monthSchema>;

function uniqueList<T extends z.ZodType<string>>(item: T) {
  return z.array(item).refine((list) => new Set(list).size === list.length, { message: 'must not repeat a value' });
}

/** What the registration form sends. Strict: a field that is not listed here (free text, a name, a date) is refused. */
export const caseInputSchema = z
  .object({
    service: caseServiceSchema,
    month: monthSchema,
    caseTypes: uniqueList(caseTypeSchema).min(1, { message: 'choose at least one case type' }),
    gender: genderSchema,
    ageBand: ageBandSchema,
    county: countySchema,
    originRegion: originRegionSchema,
    whereabouts: whereaboutsSchema,
    referredTo: uniqueList(referralSchema)
      .min(1, { message: "choose at least one, or 'none'" })
      .refine((list) => !list.includes('none') || list.length === 1, { message: "'none' cannot be combined with a referral" }),
  })
  .strict();
export type CaseInput = z.infer<typeof caseInputSchema>;

/** HMAC-SHA256 hex of the registrar's Entra object id with the per-install secret (see registrar-hash.ts). */
export const registrarHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * What the store writes instead of the registrar hash once undo and rate limiting no longer need it
 * (REGISTRAR_KEPT_MS after registering), so that in the long run no stored case can be linked to who registered it.
 */
export const EXPIRED_REGISTRAR = '0'.repeat(64);

/** What the store keeps. */
export const caseRecordSchema = caseInputSchema
  .extend({
    id: z.uuid(),
    /** Pseudonymous; used only for undo and rate limiting, then replaced by EXPIRED_REGISTRAR. Never exported or shown. */
    registeredBy: registrarHashSchema,
    /**
     * Date.toISOString() form (UTC, milliseconds), so times compare as strings. Used for the undo window, the rate
     * limit and the monthly snapshot cut-off (disclosure.ts); never exported, never a breakdown dimension.
     */
    registeredAt: z.iso.datetime({ precision: 3 }),
  })
  .strict();
export type CaseRecord = z.infer<typeof caseRecordSchema>;

/** 'YYYY-MM' of a date, in UTC. */
export function monthOf(date: Date): Month {
  return date.toISOString().slice(0, 7);
}

/**
 * Checks that depend on the clock: the month must not be in the future, nor before the registration tool existed.
 * Returns the problem, or undefined when the month is acceptable.
 */
export function monthProblem(month: Month, now: Date): 'future-month' | 'too-early' | undefined {
  if (month > monthOf(now)) return 'future-month';
  if (month < FIRST_CASE_MONTH) return 'too-early';
  return undefined;
}
