/** How many of a group passed: the one counter every evaluation report uses. */
export interface Rate {
  readonly passed: number;
  readonly total: number;
}

/** A rate that is still being counted. */
export class RateCounter implements Rate {
  passed = 0;
  total = 0;
  add(pass: boolean): void {
    this.total++;
    if (pass) this.passed++;
  }
}

/** "92.3 % (12/13)", or "–" when there is nothing to count. */
export function formatRate(r: Rate): string {
  return r.total === 0 ? '–' : `${((100 * r.passed) / r.total).toFixed(1)} % (${r.passed}/${r.total})`;
}

/** passed / total, 0 when there is nothing to count. */
export function ratio(r: Rate): number {
  return r.total === 0 ? 0 : r.passed / r.total;
}
