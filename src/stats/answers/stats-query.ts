import { z } from 'zod';
import { breakdownDimensionSchema, metricSchema, serviceIdSchema, type Metric, type ServiceId } from '../store/published-figure';

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
  breakdown: breakdownDimensionSchema.optional(),
  mode: statsModeSchema.default('value'),
});
export type StatsQueryModel = z.infer<typeof statsQuerySchema>;

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

/** The services whose figures can be summed into "all the special services" (same metric, same year). */
export const CASE_HANDLING_SERVICES: readonly ServiceId[] = ['diversity-advisers', 'special-envoys', 'kompetanseteamet'];
