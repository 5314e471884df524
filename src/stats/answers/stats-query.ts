import { z } from 'zod';
import { breakdownDimensionSchema, metricSchema, serviceIdSchema, type BreakdownDimension, type Metric, type ServiceId } from '../store/published-figure';

/**
 * A statistics question, as understood. It travels inside the shared `Intent` ({ kind: 'stats', query }),
 * whose `StatsQuery` keeps only the common fields; this schema is the full shape, parsed back in `handleStats`.
 */
export const STATS_MODES = [
  /** One service (or none named): the figure(s) for the period. */
  'value',
  /** Two or more services side by side. */
  'compare',
  /** A sum across services (or across years). */
  'total',
  /** How a figure developed over the years. */
  'trend',
  /**
   * Two years of one figure and what lies between them ("how much did it go up?" after 2021 and 2022): the figure for
   * `fromYear` and for `toYear` (not the years between), their difference and, for counts, the percentage.
   */
  'difference',
] as const;
export const statsModeSchema = z.enum(STATS_MODES);
export type StatsMode = z.infer<typeof statsModeSchema>;

export const statsQuerySchema = z.object({
  /** The first service named; kept for the shared intent and evaluation. */
  service: serviceIdSchema.optional(),
  /** Every service named, in the order named. */
  services: z.array(serviceIdSchema).default([]),
  metric: metricSchema.optional(),
  /** Inclusive; relative years ("i fjor", "the last five years") are already resolved against the turn's clock. */
  fromYear: z.number().int().optional(),
  toYear: z.number().int().optional(),
  /**
   * The years the question lists one by one ("2018 og 2022", "у 2016 і 2022"), from `fromYear` to `toYear`: only these
   * are asked, not the years between them. Without it every year of the span is.
   */
  years: z.array(z.number().int()).min(2).optional(),
  breakdown: breakdownDimensionSchema.optional(),
  /**
   * The one part of the breakdown the question asks about: a case type ("saker om kjønnslemlestelse" → `fgm`), an
   * embassy ("i Amman" → `amman`), a county ("i Vestland" → `vestland`) or a country of origin ("om Afghanistan" →
   * `AF`, ISO 3166-1 alpha-2). Without it the whole breakdown is asked for.
   */
  category: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$|^[A-Z]{2}$/).optional(),
  /**
   * Other case types the message counts too, each with its own "how many" ("how many threats-and-violence cases? and
   * how many about negative social control?"): every one named is shown, and one with no figure is said to have none.
   */
  alsoCategories: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).min(1).optional(),
  /**
   * The question asks how many there are in each part of the split ("per country", "boys vs girls, exact numbers"),
   * not which parts there are ("which countries?", "were most of them girls?"): a published order without counts
   * does not answer it, and the answer says so first.
   */
  countsPerPart: z.boolean().optional(),
  /**
   * "det aller første året", "in its first year": the first year the service has a published figure for the count
   * asked (Kompetanseteamet's November–December 2004), resolved against the published figures, not guessed.
   */
  firstYear: z.boolean().optional(),
  /** A month named with the year ("i juni 2008"): a figure published for part of that year answers before the whole year's. */
  month: z.number().int().min(1).max(12).optional(),
  /** Other things the question counts too ("… og hvor mange personer nådde de?"); shown where published. */
  alsoMetrics: z.array(metricSchema).optional(),
  mode: statsModeSchema.default('value'),
  /**
   * Two services compared by how many more one had than the other ("hvor mange flere saker hadde X enn Y i 2023?"):
   * both figures and the gap computed from them, per year, labelled as computed; a range where a source disagrees.
   */
  gap: z.boolean().optional(),
  /**
   * What the question asks about the figures that no source publishes: why they changed ("hvorfor gikk det opp?",
   * "why did it drop?") or an average per year ("i snitt per år"). The answer says so first, then shows the published
   * figures; it never works out a reason or an average of its own.
   */
  unpublished: z.enum(['reason', 'average']).optional(),
  /**
   * A doubt about the answer that names another value ("er du sikker? jeg trodde det var 245", "rundt 900"): the
   * answer is restated with its source, and the published figures with that value are named. Numbers only, never
   * the user's words; never remembered after the turn.
   */
  claimed: z
    .object({ values: z.array(z.number().nonnegative()).min(1).max(3), approximate: z.boolean(), percent: z.boolean().optional() })
    .strict()
    .optional(),
});
export type StatsQueryModel = z.infer<typeof statsQuerySchema>;
/** The values a message claims a figure has ("28 %", "about 900"). */
export type ClaimedValues = NonNullable<StatsQueryModel['claimed']>;

/** What to count when the question names a service but no metric ("statistikk for Kompetanseteamet 2022"). */
export function defaultMetric(service: ServiceId | undefined): Metric {
  switch (service) {
    case 'expert-team':
      return 'assignments';
    case 'nora':
      return 'views';
    case 'rvts':
    case 'ngo-grants':
    case 'national-resource-environments':
    case 'voluntary-integration-grant':
      return 'funding-nok';
    case 'imdi':
      return 'staff';
    default:
      return 'cases';
  }
}

/**
 * Metrics that the sources use for the same thing: the 2008 report counts Kompetanseteamet's "henvendelser"
 * (inquiries) where Bufdir later counts "saker" (cases). An answer says which word the source used.
 */
export function equivalentMetrics(metric: Metric): readonly Metric[] {
  switch (metric) {
    case 'cases':
      return ['cases', 'inquiries'];
    case 'inquiries':
      return ['inquiries', 'cases'];
    default:
      return [metric];
  }
}

/**
 * Breakdowns that describe cases: asked with another metric ("oppdrag" and then "fordelt på sakstype?"), they still
 * ask about cases, never about assignments or staff. (Origin is not one: staff have a country background too.)
 */
export const CASE_DIMENSIONS: readonly BreakdownDimension[] = ['case-type', 'referrer', 'outcome', 'school-type'];

/**
 * A case type asked about, and the published categories that count it: "tvangsekteskap" is counted as forced
 * marriages that took place, fear of forced marriage, both together, or the risk of one.
 */
export const CASE_TYPE_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  'forced-marriage': ['forced-marriage-occurred', 'fear-of-forced-marriage', 'forced-marriage-all', 'forced-marriage-risk'],
  // The sources count the feared marriages beside those that took place (91 and 50 of 248 in 2008): one is read with the other.
  'fear-of-forced-marriage': ['fear-of-forced-marriage', 'forced-marriage-occurred', 'forced-marriage-all'],
  fgm: ['fgm'],
  'honour-violence': ['honour-violence'],
  'negative-social-control': ['negative-social-control'],
  'involuntary-stay-abroad': ['involuntary-stay-abroad'],
  'threats-and-violence': ['threats-and-violence'],
};

/**
 * Today's counties and the former counties they were made of: the 2008 figures count Sør-Trøndelag and Hordaland, so
 * "skolene i Trøndelag" or "i Vestland" is answered with the former counties' figures, each under its own name.
 */
export const COUNTY_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  trondelag: ['trondelag', 'sor-trondelag', 'nord-trondelag'],
  vestland: ['vestland', 'hordaland', 'sogn-og-fjordane'],
  viken: ['viken', 'akershus', 'buskerud', 'ostfold'],
  innlandet: ['innlandet', 'hedmark', 'oppland'],
  agder: ['agder', 'vest-agder', 'aust-agder'],
};

/** The published categories that answer a question about `category` of `dimension` (the category itself when no family). */
export function categoryFamily(dimension: BreakdownDimension, category: string): readonly string[] {
  if (dimension === 'case-type') return CASE_TYPE_FAMILIES[category] ?? [category];
  if (dimension === 'county') return COUNTY_FAMILIES[category] ?? [category];
  return [category];
}

/** The services whose figures can be summed into "all the special services" (same metric, same year). */
export const CASE_HANDLING_SERVICES: readonly ServiceId[] = ['diversity-advisers', 'special-envoys', 'kompetanseteamet'];
