import fc from 'fast-check';
import { APPROVED_BREAKDOWNS, tabulate, type Cell, type ProtectedTable } from '../../src/stats/disclosure/disclosure';
import { annualReportRows, type ExportRow } from '../../src/stats/disclosure/export';
import type { CaseRecord } from '../../src/stats/store/case-record';
import { arbitraryCase, caseRecord } from './case-fixtures';

/**
 * The differencing attack from issue #15: export a year, wait for one late registration, export again and diff the
 * cells. Before rule 8 one late case changed 34 cells by exactly +1 and the margins gave away all eight attributes.
 */

/** 2025's cases, all registered in January 2026: first released on 1 February 2026. */
const year: CaseRecord[] = [
  ...Array.from({ length: 14 }, () => caseRecord({ month: '2025-03', county: '03', registeredAt: '2026-01-10T10:00:00.000Z' })),
  ...Array.from({ length: 9 }, () => caseRecord({ month: '2025-06', county: '11', gender: 'boy-man', ageBand: '18-25', registeredAt: '2026-01-10T10:00:00.000Z' })),
  ...Array.from({ length: 8 }, () =>
    caseRecord({ service: 'special-envoys', month: '2025-09', county: '46', caseTypes: ['forced-marriage-completed'], whereabouts: 'abroad', registeredAt: '2026-01-11T10:00:00.000Z' }),
  ),
  ...Array.from({ length: 6 }, () => caseRecord({ month: '2025-11', county: '03', originRegion: 'east-africa', referredTo: ['police'], registeredAt: '2026-01-12T10:00:00.000Z' })),
];

/** A late registration for May 2025, registered on 20 March 2026, unlike any other case. */
const late = (registeredAt: string): CaseRecord =>
  caseRecord({
    service: 'special-envoys',
    month: '2025-05',
    caseTypes: ['physical-violence'],
    gender: 'girl-woman',
    ageBand: '13-15',
    county: '50',
    originRegion: 'south-asia',
    whereabouts: 'norway',
    referredTo: ['crisis-centre'],
    registeredAt,
  });

/** Cells whose shown value differs between two exports, with the difference. */
function diff(before: readonly ExportRow[], after: readonly ExportRow[]): string[] {
  const was = new Map(before.map((r) => [`${r.table}|${r.row}|${r.column}`, r.value] as const));
  return after.flatMap((r) => {
    const old = was.get(`${r.table}|${r.row}|${r.column}`);
    return old !== undefined && r.value !== undefined && r.value !== old ? [`${r.table} ${r.row} × ${r.column}: ${r.value - old}`] : [];
  });
}

function shownCounts(table: ProtectedTable): (Cell | undefined)[] {
  if (table.status !== 'ok') return [];
  return [table.total, ...table.rowTotals, ...table.colTotals, ...table.cells.flat()];
}

describe('differencing: no release, compared with an earlier one, singles out fewer than 5 cases', () => {
  it('holds a single late registration back: two exports a month apart show the same cells', () => {
    const march = annualReportRows(year, 2025, new Date('2026-03-15T12:00:00Z'));
    const withLate = [...year, late('2026-03-20T09:00:00.000Z')];
    const april = annualReportRows(withLate, 2025, new Date('2026-04-15T12:00:00Z'));
    expect(diff(march, april)).toEqual([]);
    // A month later still: one case alone never becomes safe to release.
    expect(diff(march, annualReportRows(withLate, 2025, new Date('2026-06-15T12:00:00Z')))).toEqual([]);
  });

  it('releases late registrations once they add 5 or more to every count they change', () => {
    const march = annualReportRows(year, 2025, new Date('2026-03-15T12:00:00Z'));
    const withLate = [...year, late('2026-03-20T09:00:00.000Z'), ...['04-02', '04-03', '04-09', '04-20'].map((d) => late(`2026-${d}T09:00:00.000Z`))];
    // April: only one of the five is past a release point; held back.
    expect(diff(march, annualReportRows(withLate, 2025, new Date('2026-04-15T12:00:00Z')))).toEqual([]);
    // May: all five together; every shown count that changed grew by 5.
    const changes = diff(march, annualReportRows(withLate, 2025, new Date('2026-05-15T12:00:00Z')));
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) expect(change).toMatch(/: 5$/);
  });

  it('the same holds for answers in Teams: no approved table, asked before and after, differs by 1 to 4 in a shown count', () => {
    fc.assert(
      fc.property(fc.array(arbitraryCase, { minLength: 0, maxLength: 40 }), fc.array(arbitraryCase, { minLength: 1, maxLength: 6 }), (first, later) => {
        const cases = [...first.map((c) => ({ ...c, registeredAt: '2026-01-10T00:00:00.000Z' })), ...later.map((c) => ({ ...c, registeredAt: '2026-02-10T00:00:00.000Z' }))];
        for (const dims of APPROVED_BREAKDOWNS) {
          const before = shownCounts(tabulate(cases, { dims, fromMonth: '2025-01', toMonth: '2025-12', now: new Date('2026-02-15T00:00:00Z') }));
          const after = shownCounts(tabulate(cases, { dims, fromMonth: '2025-01', toMonth: '2025-12', now: new Date('2026-03-15T00:00:00Z') }));
          before.forEach((cell, i) => {
            const next = after[i];
            if (cell?.kind === 'count' && next?.kind === 'count') expect(next.value - cell.value === 0 || Math.abs(next.value - cell.value) >= 5).toBe(true);
          });
        }
      }),
      { numRuns: 8 },
    );
  });
});
