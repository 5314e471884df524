import { CASE_SERVICES, type CaseService } from '../store/case-record';
import type { RegisteredCount, RegisteredSummary } from './answer-stats';
import { SMALL_COUNT_LIMIT } from '../disclosure/disclosure';
import { tabulateStore, type CaseSource } from '../disclosure/store-tables';
import type { ServiceId } from '../store/published-figure';
import type { StatsQueryModel } from './stats-query';

/** Registration in Veiviser started with the 2023 tool; earlier years have no registered cases. */
const FIRST_REGISTERED_YEAR = 2023;

function isCaseService(service: ServiceId): service is CaseService {
  return (CASE_SERVICES as readonly string[]).includes(service);
}

/**
 * Registered case counts per service and year for a question about cases, through disclosure control only
 * (completed months, small counts suppressed). Undefined when the question is not about cases of a registering
 * service, or nothing has been registered in the years asked about.
 */
export async function registeredSummary(store: CaseSource, query: StatsQueryModel, now: Date): Promise<RegisteredSummary | undefined> {
  if (query.metric !== undefined && query.metric !== 'cases' && query.metric !== 'inquiries') return undefined;
  const asked = query.services.length > 0 ? query.services : [...CASE_SERVICES];
  const services = asked.filter(isCaseService);
  if (services.length === 0) return undefined;
  const currentYear = now.getUTCFullYear();
  const from = Math.max(query.fromYear ?? FIRST_REGISTERED_YEAR, FIRST_REGISTERED_YEAR);
  const to = Math.min(query.toYear ?? currentYear, currentYear);

  const counts: RegisteredCount[] = [];
  let asOf: string | undefined;
  for (let year = from; year <= to; year++) {
    const table = await tabulateStore(store, { dims: ['service'], fromMonth: `${year}-01`, toMonth: `${year}-12`, now });
    if (table.status !== 'ok' || (table.total.kind === 'count' && table.total.value === 0)) continue;
    asOf = table.asOf;
    for (const service of services) {
      const cell = table.rowTotals[table.rows.indexOf(service)];
      if (cell) counts.push({ service, year, cell });
    }
  }
  if (counts.length === 0 || asOf === undefined) return undefined;
  return { asOf: new Date(asOf), counts, suppressedBelow: SMALL_COUNT_LIMIT };
}
