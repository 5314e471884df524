import type { Month } from '../store/case-record';
import type { StatsStore } from '../store/stats-store';
import { decideReleases, latestBefore, snapshotCutoff, tabulate, type ProtectedTable, type TabulateRequest } from './disclosure';

/** What disclosure control needs of a store: the year's cases and the kept release decisions. */
export type CaseSource = Pick<StatsStore, 'cases' | 'releaseDecisions' | 'saveReleaseDecisions'>;

/**
 * The year's countable cases and what the release rule (rule 8) released of them as of `now`, with the decisions
 * kept in the store: every instance and every export uses the same releases, and a new month costs one set of
 * tables instead of one per month since the year's first registration.
 */
export async function releasedYear(source: CaseSource, fromMonth: Month, now: Date) {
  const year = fromMonth.slice(0, 4);
  // Only what can be counted this month: the year's cases registered before the cut-off (rule 2).
  const [cases, known] = await Promise.all([
    source.cases({ fromMonth: `${year}-01`, toMonth: `${year}-12`, registeredUpTo: latestBefore(snapshotCutoff(now)) }),
    source.releaseDecisions(year),
  ]);
  const result = decideReleases(cases, year, now, known);
  if (result.added.length > 0) await source.saveReleaseDecisions(year, result.added, result.replaceFrom);
  return { cases, released: result.released };
}

/** `tabulate` over a store: the same table as over all its cases, with the release decisions kept in the store. */
export async function tabulateStore(source: CaseSource, request: TabulateRequest): Promise<ProtectedTable> {
  const { cases, released } = await releasedYear(source, request.fromMonth, request.now);
  return tabulate(cases, request, released);
}
