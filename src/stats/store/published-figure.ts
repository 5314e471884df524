import { z } from 'zod';
import { localizedTextSchema } from '../../content/localized';
import { sourceSchema } from '../../content/source';

/**
 * A figure someone has published about the special services (IMDi reports, the 2024 allocation letter, bufdir.no).
 * Published figures are read-only seed data (content/stats/published.json); registered cases live in the stats store.
 */

/** The scheme or body a figure is about. Old names map to the current scheme (minority advisers → diversity advisers). */
export const SERVICE_IDS = [
  /** Mangfoldsrådgivere, formerly minoritetsrådgivere (at schools). */
  'diversity-advisers',
  /** Spesialutsendinger for integreringssaker, formerly integreringsrådgivere (at embassies). */
  'special-envoys',
  /** The 2008 report counts minority and integration advisers together (381 cases). */
  'advisers-and-envoys',
  /** Kompetanseteamet mot negativ sosial kontroll og æresrelatert vold (formerly … mot tvangsekteskap). */
  'kompetanseteamet',
  /** IMDi's national expert team for prevention (fagteamet). */
  'expert-team',
  /** IMDi as an organisation (headcount). */
  'imdi',
  /** imdi.no/nora and IMDi's youth campaigns. */
  'nora',
  /** Regional resource centres on violence, traumatic stress and suicide prevention. */
  'rvts',
  /** Grants to voluntary organisations (sub-goal C and the 2008 forced-marriage projects). */
  'ngo-grants',
  /** National resource environments (14 organisations in 2023). */
  'national-resource-environments',
  /**
   * The whole grant scheme for integration work run by voluntary organisations (post 71: 132,5 mill. kroner in 2023),
   * administered by IMDi and 40 municipalities; sub-goal C (`ngo-grants`) is a part of it.
   */
  'voluntary-integration-grant',
] as const;
export const serviceIdSchema = z.enum(SERVICE_IDS);
export type ServiceId = z.infer<typeof serviceIdSchema>;

/** What is counted. */
export const METRICS = [
  'cases',
  'inquiries',
  'persons',
  'staff',
  'assignments',
  'people-reached',
  'lectures',
  'answers',
  'positions',
  'funding-nok',
  'funding-share',
  'views',
  'unique-users',
  'traffic-share',
  'projects',
  'organisations',
  'schools',
  // IMDi's equality reports (likestillingsredegjørelse 2023 and 2025): shares of IMDi's own staff, not of any cases.
  /** Women's share of employees (percent); by staff group: top management, middle managers, caseworkers. */
  'women-share',
  /** Women's pay as a percentage of men's, all staff groups together. */
  'pay-ratio',
  /** Medically certified sick leave (percent). */
  'sick-leave',
  /** Employees on temporary contracts (persons). */
  'temporary-staff',
  /** Employees working part time (persons). */
  'part-time-staff',
  /** Share of employees with an immigrant background (percent). */
  'immigrant-background-share',
] as const;
export const metricSchema = z.enum(METRICS);
export type Metric = z.infer<typeof metricSchema>;

/** How a breakdown splits a total. Category ids are kebab-case; origin countries are ISO 3166-1 alpha-2 codes. */
export const BREAKDOWN_DIMENSIONS = [
  'case-type',
  'gender',
  'origin-country',
  /** Who brought the case (e.g. minority advisers → Kompetanseteamet). */
  'referrer',
  /** National (IMDi) or local (municipality) grant projects. */
  'project-level',
  'traffic-source',
  'campaign',
  /** Where new positions go (adult-education pilot, placed by IMDi). */
  'placement',
  /** A member organisation's share (IMDi in Kompetanseteamet). */
  'organisation',
  'funder',
  /** A published change, e.g. "+28 % from the previous year". */
  'change',
  /** Per embassy (envoy post): Amman, Ankara, Islamabad, Nairobi. Asked for, never published per post in the sources. */
  'embassy',
  /** Per county (fylke). Asked for; the sources publish no case figures per county. */
  'county',
  /** What happened in the cases ("how many came home?"). Asked for; no outcome counts in the sources. */
  'outcome',
  /** Per age or age group. Asked for; no age breakdown of cases in the sources. */
  'age',
  /** Per school (the advisers' cases at each school). Asked for; the sources publish only the national total. */
  'school',
  /**
   * Per type of school (upper secondary, lower secondary, adult education). Asked for; the sources say where the
   * advisers work, never how their cases split between those schools.
   */
  'school-type',
  /** The organisations a grant went to, each with its amount (the national resource environments, allocation letter 2024). */
  'recipient',
  /** IMDi's own staff groups in the equality reports: top management, middle managers, caseworkers. */
  'staff-group',
] as const;
export const breakdownDimensionSchema = z.enum(BREAKDOWN_DIMENSIONS);
export type BreakdownDimension = z.infer<typeof breakdownDimensionSchema>;

export const breakdownSchema = z
  .object({
    dimension: breakdownDimensionSchema,
    category: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$|^[A-Z]{2}$/),
  })
  .strict();
export type Breakdown = z.infer<typeof breakdownSchema>;

/** When a figure applies: a calendar year, part of a year (the 2004 and 2008 start-ups), or a span of years (a sum). */
export const periodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year'), year: z.number().int().min(2000).max(2100) }).strict(),
  z
    .object({
      kind: z.literal('part-year'),
      year: z.number().int().min(2000).max(2100),
      fromMonth: z.number().int().min(1).max(12),
      toMonth: z.number().int().min(1).max(12),
    })
    .strict()
    .refine((p) => p.fromMonth <= p.toMonth, { message: 'fromMonth must not be after toMonth' }),
  z
    .object({
      kind: z.literal('range'),
      fromYear: z.number().int().min(2000).max(2100),
      toYear: z.number().int().min(2000).max(2100),
    })
    .strict()
    .refine((p) => p.fromYear < p.toYear, { message: 'fromYear must be before toYear' }),
]);
export type Period = z.infer<typeof periodSchema>;

/** "just under 200", "about 3 500": the published wording, so the answer never claims more precision than the source. */
export const qualifierSchema = z.enum(['exact', 'about', 'just-under']);
export type Qualifier = z.infer<typeof qualifierSchema>;

export const unitSchema = z.enum(['count', 'nok', 'percent']);
export type Unit = z.infer<typeof unitSchema>;

/** One source's value. Two observations with different values are a discrepancy, and both are shown. */
export const observationSchema = z
  .object({
    value: z.number().nonnegative(),
    qualifier: qualifierSchema.default('exact'),
    source: sourceSchema,
    /** The exact words on the cited line(s), so a test can check the citation against the seed. */
    quote: z.string().min(1).optional(),
  })
  .strict();
export type Observation = z.infer<typeof observationSchema>;

const figureBase = {
  /** Stable id, e.g. `diversity-advisers.cases.2023`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9-]+)+$/),
  service: serviceIdSchema,
  metric: metricSchema,
  period: periodSchema,
  /** Why a reader should be careful, e.g. "anonymised data; figures carry reservations". */
  note: localizedTextSchema.optional(),
  /**
   * The figure the note points a reader to (Kompetanseteamet's 2023 note names the 891 cases of 2022): where the card
   * shows that figure too, the note is left out, as the table says it already.
   */
  noteUnlessShown: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9-]+)+$/).optional(),
  /** Discrepancy id in domain-facts.json (D01–D14), when the sources disagree. */
  discrepancy: z.string().regex(/^D\d{2}$/).optional(),
};

/** A number. Without `breakdown` it is the total for the service, metric and period. */
export const valueFigureSchema = z
  .object({
    ...figureBase,
    /** What the figure counts, by name ("Skolene: Rud, Lillestrøm, Lørenskog, Dønski."): shown when this one figure answers. */
    detail: localizedTextSchema.optional(),
    kind: z.literal('value'),
    unit: unitSchema.default('count'),
    /**
     * What an amount of money is: granted to recipients (the annual report's "innvilga beløp") or allocated to IMDi for
     * the year (the allocation letter). Said beside each amount where both kinds stand together.
     */
    amountKind: z.enum(['granted', 'allocated']).optional(),
    breakdown: breakdownSchema.optional(),
    observations: z.array(observationSchema).min(1),
  })
  .strict();
export type ValueFigure = z.infer<typeof valueFigureSchema>;

/**
 * "The most common countries of origin were Iraq, Somalia, …": an ordered list without counts.
 * No counts exist for these, so none are ever shown or computed.
 */
export const rankingFigureSchema = z
  .object({
    ...figureBase,
    kind: z.literal('ranking'),
    dimension: breakdownDimensionSchema,
    /** Most common first. */
    categories: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$|^[A-Z]{2}$/)).min(1),
    /** Also present, in no published order ("… but also risk of forced marriage, FGM …"). */
    alsoIncluded: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).optional(),
    source: sourceSchema,
    quote: z.string().min(1).optional(),
  })
  .strict();
export type RankingFigure = z.infer<typeof rankingFigureSchema>;

export const publishedFigureSchema = z.discriminatedUnion('kind', [valueFigureSchema, rankingFigureSchema]);
export type PublishedFigure = z.infer<typeof publishedFigureSchema>;

/** content/stats/published.json. Bump `seedVersion` whenever a figure changes, so a stored answer can say which seed it came from. */
export const publishedSeedSchema = z
  .object({
    seedVersion: z.number().int().positive(),
    figures: z.array(publishedFigureSchema),
  })
  .strict()
  .superRefine((seed, ctx) => {
    const seen = new Set<string>();
    for (const figure of seed.figures) {
      if (seen.has(figure.id)) ctx.addIssue({ code: 'custom', message: `duplicate figure id ${figure.id}` });
      seen.add(figure.id);
    }
  });
export type PublishedSeed = z.infer<typeof publishedSeedSchema>;

/** The years a period touches, for "which years have data" and nearest-year answers. */
export function periodYears(period: Period): readonly number[] {
  switch (period.kind) {
    case 'year':
    case 'part-year':
      return [period.year];
    case 'range': {
      const years: number[] = [];
      for (let y = period.fromYear; y <= period.toYear; y++) years.push(y);
      return years;
    }
  }
}

/** True when the observations disagree (D01: 899 against 897). */
export function hasDiscrepancy(figure: ValueFigure): boolean {
  return new Set(figure.observations.map((o) => o.value)).size > 1;
}
