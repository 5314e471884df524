import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { APPROVED_BREAKDOWNS, type Breakdown, CATEGORIES, type Cell, cellAt, type Dimension, isApprovedBreakdown, MULTI_VALUED, type ProtectedTable, SMALL_COUNT_LIMIT, tabulate } from '../../src/stats/disclosure/disclosure';
import { ANNUAL_REPORT_TABLES, annualReportRows, type ExportRow, toCsv } from '../../src/stats/disclosure/export';
import type { CaseRecord } from '../../src/stats/store/case-record';
import { LowdbStatsStore } from '../../src/stats/store/lowdb-stats-store';
import { readStatsFile } from '../../src/stats/store/read-stats-file';
import { arbitraryCase, caseInput, caseRecord } from './case-fixtures';

// Declared alike by more than one former file below: kept once.
const NOW = new Date('2026-11-24T12:00:00Z');
function many(n: number, overrides: Partial<CaseRecord>): CaseRecord[] {
  return Array.from({ length: n }, () => caseRecord(overrides));
}

// (was disclosure.test.ts)

const YEAR_2025 = { fromMonth: '2025-01', toMonth: '2025-12', now: NOW } as const;
type OkTable = Extract<ProtectedTable, { status: 'ok' }>;

function ok(table: ProtectedTable): OkTable {
  if (table.status !== 'ok') throw new Error(`expected a table, got ${table.status}`);
  return table;
}

// ---------------------------------------------------------------------------------------------------------------
// An independent attacker: knows every rule (shown values are exact, 'fewer than 5' is 1–4, 'hidden' is ≥ 5,
// rows and columns add up — or add up to at least the total over a multi-valued dimension) and narrows every
// hidden value by interval propagation until nothing changes. It must never pin down a 'fewer than 5'.
// ---------------------------------------------------------------------------------------------------------------
interface Unknown {
  lo: number;
  hi: number;
  readonly truth: number;
  readonly small: boolean;
}
interface Line {
  readonly terms: readonly { readonly v: Unknown; readonly coef: 1 | -1 }[];
  readonly atLeast: boolean; // Σ coef·v ≥ 0 instead of = 0
}

function attack(table: OkTable, truth: { cells: number[][]; rowTotals: number[]; colTotals: number[]; total: number }): Unknown[] {
  const big = truth.total * 10 + 10;
  const v = (cell: Cell, value: number): Unknown =>
    cell.kind === 'count'
      ? { lo: cell.value, hi: cell.value, truth: value, small: false }
      : cell.kind === 'fewer-than-5'
        ? { lo: 1, hi: SMALL_COUNT_LIMIT - 1, truth: value, small: true }
        : { lo: SMALL_COUNT_LIMIT, hi: big, truth: value, small: false };
  const total = v(table.total, truth.total);
  const [d0, d1] = table.dims;
  const lines: Line[] = [];
  const all: Unknown[] = [total];
  if (d0 !== undefined) {
    const rowTotals = table.rowTotals.map((c, r) => v(c, truth.rowTotals[r] ?? 0));
    all.push(...rowTotals);
    lines.push({ atLeast: MULTI_VALUED.has(d0), terms: [...rowTotals.map((u) => ({ v: u, coef: 1 as const })), { v: total, coef: -1 }] });
    if (d1 !== undefined) {
      const colTotals = table.colTotals.map((c, k) => v(c, truth.colTotals[k] ?? 0));
      all.push(...colTotals);
      lines.push({ atLeast: MULTI_VALUED.has(d1), terms: [...colTotals.map((u) => ({ v: u, coef: 1 as const })), { v: total, coef: -1 }] });
      const cells = table.cells.map((row, r) => row.map((c, k) => v(c, truth.cells[r]?.[k] ?? 0)));
      for (const row of cells) all.push(...row);
      cells.forEach((row, r) =>
        lines.push({ atLeast: MULTI_VALUED.has(d1), terms: [...row.map((u) => ({ v: u, coef: 1 as const })), { v: rowTotals[r]!, coef: -1 }] }),
      );
      colTotals.forEach((colTotal, k) =>
        lines.push({ atLeast: MULTI_VALUED.has(d0), terms: [...cells.map((row) => ({ v: row[k]!, coef: 1 as const })), { v: colTotal, coef: -1 }] }),
      );
    }
  }
  for (let changed = true, rounds = 0; changed && rounds < 1000; rounds++) {
    changed = false;
    for (const line of lines) {
      for (const term of line.terms) {
        // coef·x = −Σ others (or ≥ −Σ others for at-least lines).
        let othersLo = 0;
        let othersHi = 0;
        for (const o of line.terms) {
          if (o === term) continue;
          othersLo += o.coef > 0 ? o.v.lo : -o.v.hi;
          othersHi += o.coef > 0 ? o.v.hi : -o.v.lo;
        }
        // coef·x ∈ [−othersHi, −othersLo] (equality) or coef·x ≥ −othersHi (at least)
        let lo = term.v.lo;
        let hi = term.v.hi;
        if (term.coef > 0) {
          lo = Math.max(lo, -othersHi);
          if (!line.atLeast) hi = Math.min(hi, -othersLo);
        } else {
          hi = Math.min(hi, othersHi);
          if (!line.atLeast) lo = Math.max(lo, othersLo);
        }
        if (lo > term.v.lo || hi < term.v.hi) {
          term.v.lo = lo;
          term.v.hi = hi;
          changed = true;
        }
      }
    }
  }
  return all;
}

function truthOf(cases: readonly CaseRecord[], dims: Breakdown) {
  const values = (c: CaseRecord, d: Dimension): readonly string[] =>
    d === 'caseType' ? c.caseTypes : d === 'referredTo' ? c.referredTo : [c[d]];
  const [d0, d1] = dims;
  const rows = d0 ? CATEGORIES[d0] : [];
  const cols = d1 ? CATEGORIES[d1] : [];
  const count = (pred: (c: CaseRecord) => boolean) => cases.filter(pred).length;
  return {
    total: cases.length,
    rowTotals: rows.map((r) => count((c) => values(c, d0!).includes(r))),
    colTotals: cols.map((k) => count((c) => values(c, d1!).includes(k))),
    cells: rows.map((r) => cols.map((k) => count((c) => values(c, d0!).includes(r) && values(c, d1!).includes(k)))),
  };
}

function shownCells(table: OkTable): Cell[] {
  return [table.total, ...table.rowTotals, ...table.colTotals, ...table.cells.flat()];
}

describe('approved breakdowns', () => {
  it('allow at most two dimensions, never county with origin region, never two multi-valued dimensions', () => {
    expect(isApprovedBreakdown(['county'])).toBe(true);
    expect(isApprovedBreakdown(['service', 'caseType'])).toBe(true);
    expect(isApprovedBreakdown(['county', 'originRegion'])).toBe(false);
    expect(isApprovedBreakdown(['originRegion', 'county'])).toBe(false);
    expect(isApprovedBreakdown(['caseType', 'referredTo'])).toBe(false);
    expect(isApprovedBreakdown(['service', 'gender', 'ageBand'])).toBe(false);
    expect(isApprovedBreakdown(['gender', 'gender'])).toBe(false);
    expect(tabulate([], { dims: ['county', 'originRegion'], ...YEAR_2025 }).status).toBe('not-approved');
  });
});

describe('tabulate', () => {
  it('shows 1–4 as fewer than 5 and 0 and ≥ 5 as numbers', () => {
    const cases = [...many(7, { gender: 'girl-woman' }), ...many(3, { gender: 'boy-man' })];
    const table = ok(tabulate(cases, { dims: ['gender'], ...YEAR_2025 }));
    expect(table.total).toEqual({ kind: 'count', value: 10 });
    expect(cellAt(table, 'boy-man')).toEqual({ kind: 'fewer-than-5' });
    expect(cellAt(table, 'other')).toEqual({ kind: 'count', value: 0 });
    // 10 − 3 would give the 3 away if girls were shown: girls are hidden too.
    expect(cellAt(table, 'girl-woman')).toEqual({ kind: 'hidden' });
  });

  it('hides a second cell in a row so that a small cell cannot be worked out from the row total', () => {
    const cases = [
      ...many(20, { service: 'diversity-advisers', gender: 'girl-woman' }),
      ...many(6, { service: 'diversity-advisers', gender: 'boy-man' }),
      ...many(2, { service: 'diversity-advisers', gender: 'other' }),
      ...many(9, { service: 'special-envoys', gender: 'girl-woman' }),
      ...many(8, { service: 'special-envoys', gender: 'boy-man' }),
      ...many(3, { service: 'special-envoys', gender: 'other' }),
    ];
    const table = ok(tabulate(cases, { dims: ['service', 'gender'], ...YEAR_2025 }));
    expect(cellAt(table, 'diversity-advisers', 'other')).toEqual({ kind: 'fewer-than-5' });
    expect(cellAt(table, 'special-envoys', 'other')).toEqual({ kind: 'fewer-than-5' });
    const hidden = table.cells.flat().filter((c) => c.kind === 'hidden');
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(cellAt(table, 'special-envoys')).toEqual({ kind: 'count', value: 20 });
  });

  it('counts only completed months, from a snapshot at the start of the current month', () => {
    const now = new Date('2026-03-15T12:00:00Z');
    const cases = [
      ...many(6, { month: '2026-02', registeredAt: '2026-02-20T10:00:00.000Z' }),
      // This month: not counted yet.
      ...many(6, { month: '2026-03', registeredAt: '2026-03-02T10:00:00.000Z' }),
      // A late registration for February, made this month: counted from April on.
      caseRecord({ month: '2026-02', registeredAt: '2026-03-10T10:00:00.000Z' }),
    ];
    const table = ok(tabulate(cases, { dims: [], fromMonth: '2026-01', toMonth: '2026-12', now }));
    expect(table.total).toEqual({ kind: 'count', value: 6 });
    expect(table.toMonth).toBe('2026-02');
    expect(table.asOf).toBe('2026-03-01T00:00:00.000Z');
    const april = ok(tabulate(cases, { dims: [], fromMonth: '2026-01', toMonth: '2026-12', now: new Date('2026-04-01T00:00:00Z') }));
    expect(april.total).toEqual({ kind: 'count', value: 13 });
    expect(tabulate(cases, { dims: [], fromMonth: '2026-01', toMonth: '2026-12', now: new Date('2026-01-15T00:00:00Z') }).status).toBe(
      'no-completed-months',
    );
  });

  it('answers for whole calendar years only, so overlapping periods cannot be subtracted', () => {
    const cases = many(9, { month: '2025-01' });
    expect(tabulate(cases, { dims: [], fromMonth: '2025-01', toMonth: '2025-02', now: NOW }).status).toBe('not-approved');
    expect(tabulate(cases, { dims: [], fromMonth: '2025-02', toMonth: '2025-12', now: NOW }).status).toBe('not-approved');
    expect(tabulate(cases, { dims: [], fromMonth: '2024-01', toMonth: '2025-12', now: NOW }).status).toBe('not-approved');
  });

  it('gives the same answer before and after a registration made this month, whatever month it is for', () => {
    fc.assert(
      fc.property(fc.array(arbitraryCase, { maxLength: 60 }), arbitraryCase, fc.constantFrom(...APPROVED_BREAKDOWNS), (cases, extra, dims) => {
        const now = new Date('2026-01-20T12:00:00Z');
        const before = tabulate(cases, { dims, fromMonth: '2025-01', toMonth: '2025-12', now });
        const after = tabulate([...cases, { ...extra, registeredAt: '2026-01-20T11:59:00.000Z' }], { dims, fromMonth: '2025-01', toMonth: '2025-12', now });
        expect(after).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it('never shows a count from 1 to 4, and shown counts are the true counts', () => {
    fc.assert(
      fc.property(fc.array(arbitraryCase, { maxLength: 120 }), fc.constantFrom(...APPROVED_BREAKDOWNS), (cases, dims) => {
        const result = tabulate(cases, { dims, ...YEAR_2025 });
        // Withheld: every way of showing it would give a small count away (e.g. 4 cases in 4 different cells).
        if (result.status === 'withheld') return;
        const table = ok(result);
        // Each cell's check is collected and the run's cells are asserted at once: one `expect` a run instead of one a
        // cell (docs/performance.md § Tests, twentieth pass); a wrong cell is listed with its shown and true values.
        expect(shownCells(table).filter((cell) => cell.kind === 'count' && !(cell.value === 0 || cell.value >= SMALL_COUNT_LIMIT))).toEqual([]);
        const truth = truthOf(cases, dims);
        const wrong: Array<[Cell, number]> = [];
        const check = (cell: Cell, value: number) => {
          if (cell.kind === 'count' && !Object.is(cell.value, value)) wrong.push([cell, value]);
          if (cell.kind === 'fewer-than-5' && !(value >= 1 && value < SMALL_COUNT_LIMIT)) wrong.push([cell, value]);
          if (cell.kind === 'hidden' && !(value >= SMALL_COUNT_LIMIT)) wrong.push([cell, value]);
        };
        check(table.total, truth.total);
        table.rowTotals.forEach((c, i) => check(c, truth.rowTotals[i] ?? -1));
        table.colTotals.forEach((c, i) => check(c, truth.colTotals[i] ?? -1));
        table.cells.forEach((row, r) => (dims.length === 2 ? row.forEach((c, k) => check(c, truth.cells[r]?.[k] ?? -1)) : undefined));
        expect(wrong).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a hidden small count be worked out from the totals and the other cells', () => {
    fc.assert(
      fc.property(fc.array(arbitraryCase, { maxLength: 120 }), fc.constantFrom(...APPROVED_BREAKDOWNS), (cases, dims) => {
        const table = tabulate(cases, { dims, ...YEAR_2025 });
        if (table.status === 'withheld') return;
        const known = attack(ok(table), truthOf(cases, dims));
        // The attacker's reasoning is sound: the truth is always inside what it worked out…
        expect(known.filter((u) => !(u.truth >= u.lo && u.truth <= u.hi))).toEqual([]);
        // …and it never narrows a 'fewer than 5' down to one value.
        expect(known.filter((u) => u.small && !(u.hi > u.lo))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('counts cases appended to the same array since the last question (the store appends in place)', () => {
    const cases = many(6, { gender: 'boy-man' });
    expect(ok(tabulate(cases, { dims: ['gender'], ...YEAR_2025 })).total).toEqual({ kind: 'count', value: 6 });
    cases.push(...many(3, { gender: 'girl-woman' }));
    const after = ok(tabulate(cases, { dims: ['gender'], ...YEAR_2025 }));
    expect(after.total).toEqual({ kind: 'count', value: 9 });
    expect(cellAt(after, 'girl-woman')).toEqual({ kind: 'fewer-than-5' });
    const fewer = cases.filter((c) => c.gender === 'boy-man');
    expect(ok(tabulate(fewer, { dims: ['gender'], ...YEAR_2025 })).total).toEqual({ kind: 'count', value: 6 });
  });

  it('withholds a table whose small counts would all be given away (4 cases, 4 cells: each must be 1)', () => {
    const cases = [
      caseRecord({ originRegion: 'east-africa', whereabouts: 'norway' }),
      caseRecord({ originRegion: 'east-africa', whereabouts: 'abroad' }),
      caseRecord({ originRegion: 'south-asia', whereabouts: 'norway' }),
      caseRecord({ originRegion: 'south-asia', whereabouts: 'abroad' }),
    ];
    expect(tabulate(cases, { dims: ['originRegion', 'whereabouts'], ...YEAR_2025 }).status).toBe('withheld');
    expect(ok(tabulate(cases, { dims: ['originRegion'], ...YEAR_2025 })).total).toEqual({ kind: 'fewer-than-5' });
  });

  it('shows the same totals in a two-way table as in the one-way tables of its dimensions', () => {
    fc.assert(
      fc.property(fc.array(arbitraryCase, { maxLength: 120 }), (cases) => {
        for (const dims of APPROVED_BREAKDOWNS.filter((d) => d.length === 2)) {
          const two = tabulate(cases, { dims, ...YEAR_2025 });
          if (two.status !== 'ok') continue;
          const [d0, d1] = dims;
          const one0 = ok(tabulate(cases, { dims: [d0!], ...YEAR_2025 }));
          const one1 = ok(tabulate(cases, { dims: [d1!], ...YEAR_2025 }));
          expect(two.rowTotals).toEqual(one0.rowTotals);
          expect(two.colTotals).toEqual(one1.rowTotals);
          expect(two.total).toEqual(one0.total);
        }
      }),
      { numRuns: 40 },
    );
  });
});

// (was differencing.test.ts)

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

// (was export.test.ts)

describe('annual report export', () => {
  const cases = [
    ...many(12, { service: 'diversity-advisers', county: '03', month: '2025-02' }),
    ...many(2, { service: 'diversity-advisers', county: '46', month: '2025-05' }),
    ...many(7, { service: 'special-envoys', county: 'unknown', whereabouts: 'abroad', month: '2025-09' }),
    ...many(3, { service: 'special-envoys', county: '03', month: '2025-10' }),
    // Another year: not in the 2025 export.
    ...many(40, { month: '2024-06', registeredAt: '2024-07-01T10:00:00.000Z' }),
  ];
  const csv = toCsv(annualReportRows(cases, 2025, NOW));
  const lines = csv.trimEnd().split('\r\n');

  it('writes one CSV with a header and every report table', () => {
    expect(lines[0]).toBe('table,period,row_dimension,row,column_dimension,column,value,suppression');
    for (const { id } of ANNUAL_REPORT_TABLES) expect(lines.some((l) => l.startsWith(`${id},`))).toBe(true);
    expect(lines).toContain('total,2025-01..2025-12,,total,,total,24,');
  });

  it('applies the same suppression as answers in Teams', () => {
    expect(lines).toContain('service-by-county,2025-01..2025-12,service,diversity-advisers,county,46 Vestland,,fewer-than-5');
    expect(lines).toContain('service-by-county,2025-01..2025-12,service,special-envoys,county,03 Oslo,,fewer-than-5');
    expect(
      lines.slice(1).filter((line) => {
        const value = line.split(',')[6];
        return value !== '' && value !== undefined && !(Number(value) === 0 || Number(value) >= 5);
      }),
    ).toEqual([]);
  });

  it('exports no ids, registrar hashes or registration times', () => {
    for (const c of cases) {
      expect(csv).not.toContain(c.id);
      expect(csv).not.toContain(c.registeredBy);
      expect(csv).not.toContain(c.registeredAt);
    }
  });

  it('leaves out months that have not ended', () => {
    const during = toCsv(annualReportRows(cases, 2025, new Date('2025-06-15T00:00:00Z')));
    expect(during).toContain('total,2025-01..2025-05,,total,,total,14,');
  });
});

describe('reading the store without its lock (export and backup while the bot runs)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-stats-read-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('sees every acknowledged registration, including those only in the journal', async () => {
    const store = await LowdbStatsStore.open({ dataDir: dir, registrationsPerMinute: 1000, compactEvery: 7 });
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await store.register(caseInput(), { aadObjectId: 'reader-test' })).id);
    const file = await readStatsFile(dir);
    expect(file.cases.map((c) => c.id).sort()).toEqual([...ids].sort());
    await store.close();
  });

  it('reads consistently while registrations and snapshot rewrites go on', async () => {
    const store = await LowdbStatsStore.open({ dataDir: dir, registrationsPerMinute: 100_000, compactEvery: 5 });
    const acknowledged = new Set<string>();
    let stop = false;
    const writer = (async () => {
      while (!stop) acknowledged.add((await store.register(caseInput(), { aadObjectId: 'w' })).id);
    })();
    for (let i = 0; i < 30; i++) {
      const before = new Set(acknowledged);
      const file = await readStatsFile(dir);
      const seen = new Set(file.cases.map((c) => c.id));
      for (const id of before) expect(seen.has(id)).toBe(true);
    }
    stop = true;
    await writer;
    await store.close();
  });
});
