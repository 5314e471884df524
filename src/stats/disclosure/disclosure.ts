import {
  AGE_BANDS,
  CASE_SERVICES,
  CASE_TYPES,
  COUNTY_CODES,
  GENDERS,
  ORIGIN_REGIONS,
  REFERRALS,
  WHEREABOUTS,
  monthOf,
  type CaseRecord,
  type Month,
} from '../store/case-record';
import { columnsOf, monthIndex, UNKNOWN_CATEGORY, type CaseColumns } from '../store/case-columns';
import { UNDO_WINDOW_MS, type ReleaseDecision, type ShownCounts } from '../store/stats-store';

/**
 * Disclosure control for registered cases: the only way registered data may reach a person.
 * The rules are written out in docs/disclosure-control.md; keep the two in step.
 *
 * 1. Only approved breakdowns: at most two dimensions; origin only as region, never together with county;
 *    never two multi-valued dimensions together.
 * 2. Whole calendar years only, counting completed months only, from a snapshot taken at the start of the current
 *    month, so an answer cannot change during a month and cannot be compared before and after one registration.
 * 3. Primary suppression: every cell and total from 1 to 4 is shown as 'fewer than 5'.
 * 4. Secondary suppression: further cells are hidden until no hidden small count can be worked out exactly
 *    from the totals, the other cells and the known bounds (1–4 for 'fewer than 5', 5 or more for 'hidden').
 * 5. Margins are protected first and reused: a two-way table shows exactly the same totals as the one-way tables
 *    of its dimensions, so a total hidden in one table is never shown in another.
 */

export const DIMENSIONS = ['service', 'caseType', 'gender', 'ageBand', 'county', 'originRegion', 'whereabouts', 'referredTo'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Dimensions where one case may fall in several categories: their categories add up to more than the total. */
export const MULTI_VALUED: ReadonlySet<Dimension> = new Set<Dimension>(['caseType', 'referredTo']);

export const SMALL_COUNT_LIMIT = 5;

export const CATEGORIES: { readonly [D in Dimension]: readonly string[] } = {
  service: CASE_SERVICES,
  caseType: CASE_TYPES,
  gender: GENDERS,
  ageBand: AGE_BANDS,
  county: COUNTY_CODES,
  originRegion: ORIGIN_REGIONS,
  whereabouts: WHEREABOUTS,
  referredTo: REFERRALS,
};

export type Breakdown = readonly [] | readonly [Dimension] | readonly [Dimension, Dimension];

export function isApprovedBreakdown(dims: readonly Dimension[]): dims is Breakdown {
  if (dims.length > 2) return false;
  if (dims.length < 2) return true;
  const [a, b] = dims;
  if (a === undefined || b === undefined || a === b) return false;
  const pair = new Set([a, b]);
  if (pair.has('county') && pair.has('originRegion')) return false;
  if (MULTI_VALUED.has(a) && MULTI_VALUED.has(b)) return false;
  return true;
}

/**
 * Periods are whole calendar years (clamped to completed months). Any other range would let a reader subtract
 * two overlapping answers (January–February minus January) and get a count that was never protected.
 */
export function isWholeYear(fromMonth: Month, toMonth: Month): boolean {
  return /^\d{4}-01$/.test(fromMonth) && toMonth === `${fromMonth.slice(0, 4)}-12`;
}

/** Every approved breakdown (order of the two dimensions matters only for layout). */
export const APPROVED_BREAKDOWNS: readonly Breakdown[] = [
  [],
  ...DIMENSIONS.map((d) => [d] as const),
  ...DIMENSIONS.flatMap((a, i) => DIMENSIONS.slice(i + 1).map((b) => [a, b] as const)).filter((pair) => isApprovedBreakdown(pair)),
];

export type Cell =
  | { readonly kind: 'count'; readonly value: number }
  /** Primary suppression: the true value is 1–4. */
  | { readonly kind: 'fewer-than-5' }
  /** Secondary suppression: hidden so that a 'fewer than 5' elsewhere cannot be worked out. */
  | { readonly kind: 'hidden' };

export interface TabulateRequest {
  readonly dims: readonly Dimension[];
  /** 'YYYY-01': periods are whole calendar years (see isWholeYear). */
  readonly fromMonth: Month;
  /** 'YYYY-12' of the same year; clamped to the last completed month. */
  readonly toMonth: Month;
  readonly now: Date;
}

export type ProtectedTable =
  | {
      readonly status: 'ok';
      readonly dims: Breakdown;
      readonly fromMonth: Month;
      readonly toMonth: Month;
      /** Registrations made from this moment on are not counted yet (start of the current month, UTC). */
      readonly asOf: string;
      /** Categories of dims[0]; empty for a plain total. */
      readonly rows: readonly string[];
      /** Categories of dims[1]; empty for a one-way table. */
      readonly cols: readonly string[];
      /** rows × cols for a two-way table; rows × 1 for a one-way table; empty for a plain total. */
      readonly cells: readonly (readonly Cell[])[];
      readonly rowTotals: readonly Cell[];
      readonly colTotals: readonly Cell[];
      readonly total: Cell;
    }
  /** Not an approved breakdown, or not a whole calendar year. */
  | { readonly status: 'not-approved'; readonly dims: readonly Dimension[] }
  | { readonly status: 'no-completed-months'; readonly fromMonth: Month; readonly toMonth: Month }
  /** Too few cases to protect the table at all: say so instead of showing it. */
  | { readonly status: 'withheld'; readonly dims: Breakdown; readonly fromMonth: Month; readonly toMonth: Month };

/** The month before `month`. */
export function previousMonth(month: Month): Month {
  const [y, m] = month.split('-').map(Number);
  const year = y ?? 0;
  const mon = m ?? 1;
  return mon === 1 ? `${year - 1}-12` : `${year}-${String(mon - 1).padStart(2, '0')}`;
}

/** Start of the current month (UTC), in ms: the snapshot moment for every answer during this month. */
export function snapshotCutoff(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
}

/**
 * Cases that may be counted now: in a completed month within [from, to], and registered (and past the undo window)
 * before the start of the current month. Late registrations for old months appear from the next month on,
 * together with everything else registered this month.
 */
export function countableCases(cases: readonly CaseRecord[], fromMonth: Month, toMonth: Month, now: Date): readonly CaseRecord[] {
  const w = countWindow(fromMonth, toMonth, now);
  return cases.filter((c) => c.month >= w.fromMonth && c.month <= w.toMonth && c.registeredAt <= w.latest);
}

interface CountWindow {
  readonly fromMonth: Month;
  readonly toMonth: Month;
  /** Latest registeredAt that counts. */
  readonly latest: string;
}

function countWindow(fromMonth: Month, toMonth: Month, now: Date): CountWindow {
  const lastComplete = previousMonth(monthOf(now));
  // registeredAt is always toISOString() form (caseRecordSchema requires millisecond precision and Z),
  // so comparing strings compares times, without parsing 100 000 dates per question.
  // Strictly before the cut-off minus the undo window: no counted case can still be undone once the month has begun.
  const latest = new Date(snapshotCutoff(now) - UNDO_WINDOW_MS - 1).toISOString();
  return { fromMonth, toMonth: toMonth < lastComplete ? toMonth : lastComplete, latest };
}

const CATEGORY_INDEX: { readonly [D in Dimension]: ReadonlyMap<string, number> } = {
  service: indexOf(CATEGORIES.service),
  caseType: indexOf(CATEGORIES.caseType),
  gender: indexOf(CATEGORIES.gender),
  ageBand: indexOf(CATEGORIES.ageBand),
  county: indexOf(CATEGORIES.county),
  originRegion: indexOf(CATEGORIES.originRegion),
  whereabouts: indexOf(CATEGORIES.whereabouts),
  referredTo: indexOf(CATEGORIES.referredTo),
};

function indexOf(categories: readonly string[]): ReadonlyMap<string, number> {
  return new Map(categories.map((c, i) => [c, i]));
}

interface Counts {
  readonly total: number;
  /** Per category of d0. */
  readonly rowSums: number[];
  /** Per category of d1. */
  readonly colSums: number[];
  /** d0 × d1. */
  readonly grid: number[][];
}

/** The category indexes of dimension `d` for case `i`, written into `out`; returns how many. */
function indexesAt(columns: CaseColumns, d: Dimension, i: number, out: Int32Array): number {
  if (d === 'caseType' || d === 'referredTo') {
    let mask = columns.multi[d][i] ?? 0;
    let n = 0;
    for (let bit = 0; mask !== 0; bit++, mask >>>= 1) if (mask & 1) out[n++] = bit;
    return n;
  }
  const v = columns.single[d][i] ?? UNKNOWN_CATEGORY;
  if (v === UNKNOWN_CATEGORY) return 0;
  out[0] = v;
  return 1;
}

/** Every count a table needs, in one pass over the (column-encoded) cases. */
function countAll(cases: readonly CaseRecord[], window: CountWindow, d0: Dimension | undefined, d1: Dimension | undefined): Counts {
  const columns = columnsOf(cases, CATEGORY_INDEX);
  const rowCount = d0 ? CATEGORIES[d0].length : 0;
  const colCount = d1 ? CATEGORIES[d1].length : 0;
  const rows = new Int32Array(16);
  const cols = new Int32Array(16);
  const rowSums = new Int32Array(rowCount);
  const colSums = new Int32Array(colCount);
  const grid = new Int32Array(rowCount * colCount);
  const from = monthIndex(window.fromMonth);
  const to = monthIndex(window.toMonth);
  const latest = Date.parse(window.latest);
  let total = 0;
  for (let i = 0; i < columns.length; i++) {
    const month = columns.month[i] ?? 0;
    if (month < from || month > to || (columns.registeredAt[i] ?? Infinity) > latest) continue;
    total++;
    if (!d0) continue;
    const nr = indexesAt(columns, d0, i, rows);
    for (let j = 0; j < nr; j++) {
      const r = rows[j] ?? 0;
      rowSums[r] = (rowSums[r] ?? 0) + 1;
    }
    if (!d1) continue;
    const nc = indexesAt(columns, d1, i, cols);
    for (let k = 0; k < nc; k++) {
      const c = cols[k] ?? 0;
      colSums[c] = (colSums[c] ?? 0) + 1;
    }
    for (let j = 0; j < nr; j++) {
      const base = (rows[j] ?? 0) * colCount;
      for (let k = 0; k < nc; k++) {
        const g = base + (cols[k] ?? 0);
        grid[g] = (grid[g] ?? 0) + 1;
      }
    }
  }
  return {
    total,
    rowSums: Array.from(rowSums),
    colSums: Array.from(colSums),
    grid: Array.from({ length: rowCount }, (_, r) => Array.from(grid.subarray(r * colCount, (r + 1) * colCount))),
  };
}

/**
 * The protected table. `released` is the release rule's answer for the year (decideReleases); without it, it is
 * worked out from `cases` alone (releasedUpTo).
 */
export function tabulate(cases: readonly CaseRecord[], request: TabulateRequest, released?: string): ProtectedTable {
  const dims = request.dims;
  if (!isApprovedBreakdown(dims) || !isWholeYear(request.fromMonth, request.toMonth)) return { status: 'not-approved', dims };
  const lastComplete = previousMonth(monthOf(request.now));
  const toMonth = request.toMonth < lastComplete ? request.toMonth : lastComplete;
  const fromMonth = request.fromMonth;
  if (fromMonth > toMonth) return { status: 'no-completed-months', fromMonth: request.fromMonth, toMonth: request.toMonth };
  const window = countWindow(fromMonth, toMonth, request.now);
  const upTo = released ?? releasedUpTo(cases, fromMonth, request.now);
  return tabulateWindow(cases, dims, { ...window, latest: upTo < window.latest ? upTo : window.latest }, new Date(snapshotCutoff(request.now)).toISOString());
}

function tabulateWindow(cases: readonly CaseRecord[], dims: Breakdown, window: CountWindow, asOf: string): ProtectedTable {
  const { fromMonth, toMonth } = window;
  const [d0, d1] = dims;
  const counts = countAll(cases, window, d0, d1);

  const total = counts.total;
  const totalCell = protectTotal(total);
  const base = { status: 'ok' as const, dims, fromMonth, toMonth, asOf };
  if (d0 === undefined) return { ...base, rows: [], cols: [], cells: [], rowTotals: [], colTotals: [], total: totalCell };

  const oneWay0 = protectOneWay(counts.rowSums, d0, total);
  if (!oneWay0) return { status: 'withheld', dims, fromMonth, toMonth };
  if (d1 === undefined) {
    return { ...base, rows: CATEGORIES[d0], cols: [], cells: oneWay0.map((c) => [c]), rowTotals: oneWay0, colTotals: [], total: totalCell };
  }
  const oneWay1 = protectOneWay(counts.colSums, d1, total);
  if (!oneWay1) return { status: 'withheld', dims, fromMonth, toMonth };
  const twoWay = protectTwoWay(counts, d0, d1, oneWay0, oneWay1);
  if (!twoWay) return { status: 'withheld', dims, fromMonth, toMonth };
  return { ...base, rows: CATEGORIES[d0], cols: CATEGORIES[d1], cells: twoWay, rowTotals: oneWay0, colTotals: oneWay1, total: totalCell };
}

// ---------------------------------------------------------------------------------------------------------------
// Releases and differencing (rule 8 in docs/disclosure-control.md).
//
// A year's figures are released at month boundaries: at the start of each month, what was registered for that
// year before it (less the undo window). Two releases of the same year differ by the registrations made between
// them; compared cell by cell, a difference of 1–4 between two exactly shown counts singles out fewer than 5 cases
// (one late registration changed 34 cells by exactly +1 and gave away all eight attributes). So a batch is
// released only if, in every table that can be asked for, no count shown in both releases grows by 1–4, compared
// with every earlier release of the year; otherwise the released figures stay frozen and the batch is held back
// and joins the next month's, until together they are safe. The first release of a year is protected by the
// table rules alone (there is nothing to compare it with).
// Which batches are released is a function of the registrations only, so every answer and every export agrees.
// ---------------------------------------------------------------------------------------------------------------

/** Per cases array (the store appends to it; a new array when cases are removed): the decisions taken so far, per year. */
const releaseCache = new WeakMap<readonly CaseRecord[], Map<string, readonly ReleaseDecision[]>>();

/**
 * The latest registration time (ISO) released for the year of `fromMonth` as of `now`: tables count only cases
 * registered at or before it. For a plain array of cases (tests, scripts): the decisions are kept per array here.
 * The bot and the exports keep them in the store instead (store-tables.ts), shared by every instance.
 */
export function releasedUpTo(cases: readonly CaseRecord[], fromMonth: Month, now: Date): string {
  const year = fromMonth.slice(0, 4);
  const perYear = releaseCache.get(cases) ?? new Map<string, readonly ReleaseDecision[]>();
  releaseCache.set(cases, perYear);
  const result = decideReleases(cases, year, now, perYear.get(year) ?? []);
  perYear.set(year, result.decisions);
  return result.released;
}

/** Registration times (ms, ascending) of the year's cases counted by `finalMs`; kept per cases array for the month. */
const timesCache = new WeakMap<readonly CaseRecord[], Map<string, readonly number[]>>();

function yearTimes(cases: readonly CaseRecord[], year: string, finalMs: number): readonly number[] {
  const key = `${year}|${finalMs}`;
  const perArray = timesCache.get(cases) ?? new Map<string, readonly number[]>();
  timesCache.set(cases, perArray);
  // The store appends to its array: a cached list is reused only while the array has not grown.
  const hit = perArray.get(key);
  const columns = columnsOf(cases, CATEGORY_INDEX);
  if (hit && perArray.get(`${key}|n`)?.[0] === columns.length) return hit;
  const from = monthIndex(`${year}-01`);
  const to = monthIndex(`${year}-12`);
  const times: number[] = [];
  for (let i = 0; i < columns.length; i++) {
    const month = columns.month[i] ?? 0;
    const at = columns.registeredAt[i] ?? Infinity;
    if (month >= from && month <= to && at <= finalMs) times.push(at);
  }
  times.sort((a, b) => a - b);
  perArray.set(key, times);
  perArray.set(`${key}|n`, [columns.length]);
  return times;
}

export interface ReleaseResult {
  /** The latest registration time released for the year as of `now`. */
  readonly released: string;
  /** Every decision, old and new, oldest boundary first. */
  readonly decisions: readonly ReleaseDecision[];
  /** Decisions taken now (to keep). */
  readonly added: readonly ReleaseDecision[];
  /** Kept decisions from this boundary on no longer match the cases and are replaced by `added`. */
  readonly replaceFrom?: string;
}

/**
 * Rule 8 for one year, month boundary by month boundary, resuming from the decisions already taken (`known`).
 * A known decision is reused only while the cases it rested on are unchanged (the same number of the year's cases
 * counted at its boundary; cases before a cut-off never change in normal running, since undo ends with the window);
 * from the first one that does not match, everything is decided again. The answer is the same as deciding from
 * scratch; reusing the kept tables of earlier releases makes the first question of a month cheap.
 * `cases` may be all cases or only the year's (as the stores return them): cases of other years are ignored.
 */
export function decideReleases(cases: readonly CaseRecord[], year: string, now: Date, known: readonly ReleaseDecision[]): ReleaseResult {
  const cutoff = snapshotCutoff(now);
  const finalLatest = latestBefore(cutoff);
  const finalMs = Date.parse(finalLatest);
  // The column index (built once per cases array, as for every table) keeps this scan in typed arrays.
  const times = yearTimes(cases, year, finalMs);
  if (times.length === 0) return { released: finalLatest, decisions: known, added: [] };
  const countUpTo = (ms: number) => {
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((times[mid] ?? Infinity) <= ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const fromM = `${year}-01`;
  const toM = `${year}-12`;
  const earlier: ShownCounts[] = [];
  const kept: ReleaseDecision[] = [];
  const added: ReleaseDecision[] = [];
  let replaceFrom: string | undefined;
  let released = '';
  let releasedCount = 0;
  let k = 0;
  // Every month boundary after the first registration for the year, up to now.
  for (let boundary = nextBoundaryAfter(times[0] ?? 0); boundary <= cutoff; boundary = nextMonthStart(boundary)) {
    const iso = new Date(boundary).toISOString();
    const latest = latestBefore(boundary);
    const count = countUpTo(Date.parse(latest));
    const stored = replaceFrom === undefined ? known[k] : undefined;
    if (stored && stored.boundary === iso && stored.counted === count && (stored.released === released || (stored.released === latest && stored.shown))) {
      k++;
      kept.push(stored);
      if (stored.released !== released && stored.shown) {
        earlier.push(stored.shown);
        released = stored.released;
        releasedCount = count;
      }
      continue;
    }
    if (stored) replaceFrom = stored.boundary < iso ? stored.boundary : iso;
    let decision: ReleaseDecision = { boundary: iso, counted: count, released };
    if (count !== releasedCount) {
      const lastComplete = previousMonth(monthOf(new Date(boundary)));
      const window: CountWindow = { fromMonth: fromM, toMonth: toM < lastComplete ? toM : lastComplete, latest };
      const shown = shownCounts(allTables(cases, window));
      if (earlier.length === 0 || earlier.every((before) => safeDifference(before, shown))) {
        earlier.push(shown);
        released = latest;
        releasedCount = count;
        decision = { boundary: iso, counted: count, released, shown };
      }
    }
    added.push(decision);
  }
  return { released, decisions: [...kept, ...added], added, ...(replaceFrom === undefined ? {} : { replaceFrom }) };
}

/** The latest registration time counted at a month boundary (in ms): before it, less the undo window. */
export function latestBefore(boundary: number): string {
  return new Date(boundary - UNDO_WINDOW_MS - 1).toISOString();
}

function nextMonthStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** The first month boundary at which a case registered at `ms` can be counted (past the undo window). */
function nextBoundaryAfter(ms: number): number {
  let boundary = nextMonthStart(ms);
  while (boundary - UNDO_WINDOW_MS - 1 < ms) boundary = nextMonthStart(boundary);
  return boundary;
}

function allTables(cases: readonly CaseRecord[], window: CountWindow): Map<string, ProtectedTable> {
  return new Map(APPROVED_BREAKDOWNS.map((dims) => [dims.join('×'), tabulateWindow(cases, dims, window, '')] as const));
}

/** The counts each table shows exactly (null where a cell is suppressed), in a fixed order per breakdown. */
function shownCounts(tables: ReadonlyMap<string, ProtectedTable>): ShownCounts {
  const out: Record<string, (number | null)[]> = {};
  for (const [id, t] of tables) {
    if (t.status !== 'ok') continue;
    out[id] = [t.total, ...t.rowTotals, ...t.colTotals, ...t.cells.flat()].map((cell) => (cell.kind === 'count' ? cell.value : null));
  }
  return out;
}

/** No count shown exactly in both releases grows by 1 to 4. */
function safeDifference(before: ShownCounts, after: ShownCounts): boolean {
  for (const [id, a] of Object.entries(after)) {
    const b = before[id];
    if (!b) continue;
    for (let i = 0; i < a.length && i < b.length; i++) {
      const x = b[i];
      const y = a[i];
      if (x === null || x === undefined || y === null || y === undefined) continue;
      const grew = y - x;
      if (grew !== 0 && Math.abs(grew) < SMALL_COUNT_LIMIT) return false;
    }
  }
  return true;
}

/** The cell for one category (or pair) of a table, for answer cards. */
export function cellAt(table: Extract<ProtectedTable, { status: 'ok' }>, row?: string, col?: string): Cell | undefined {
  if (row === undefined) return table.total;
  const r = table.rows.indexOf(row);
  if (r < 0) return undefined;
  if (col === undefined) return table.rowTotals[r];
  const c = table.cols.indexOf(col);
  return c < 0 ? undefined : table.cells[r]?.[c];
}

// ---------------------------------------------------------------------------------------------------------------
// Suppression engine.
//
// A table with its totals is a set of linear constraints ("lines"): each row's cells add up to its total, and so on.
// Over a multi-valued dimension a line is an inequality (the cells add up to at least the total), modelled as an
// equality with a hidden non-negative slack. Every value appears in at most two lines, with coefficients ±1, so
// the constraints form a network. For such a system a hidden value can be worked out exactly if and only if no
// cycle of ±1 changes through it stays within what a reader knows: 'fewer than 5' is 1–4, 'hidden' is 5 or more,
// shown values are fixed. The audit looks for that cycle in the residual graph; when none exists, the smallest
// shown cell (5 or more) on the same line is hidden as well, and the audit runs again.
// ---------------------------------------------------------------------------------------------------------------

type Status = 'shown' | 'primary' | 'secondary';

interface Entry {
  readonly value: number;
  status: Status;
  /** Lines this entry takes part in, with its coefficient. One or two. */
  readonly lines: readonly (readonly [line: number, coef: 1 | -1])[];
  /** May be hidden as secondary suppression (cells only; totals come from the smaller tables). */
  readonly eligible: boolean;
  /** A slack of an inequality line: never shown, never a candidate, bounds [0, ∞). */
  readonly slack: boolean;
}

function primaryStatus(value: number): Status {
  return value >= 1 && value < SMALL_COUNT_LIMIT ? 'primary' : 'shown';
}

function toCell(value: number, status: Status): Cell {
  if (status === 'primary') return { kind: 'fewer-than-5' };
  if (status === 'secondary') return { kind: 'hidden' };
  return { kind: 'count', value };
}

function cellStatus(cell: Cell): Status {
  return cell.kind === 'fewer-than-5' ? 'primary' : cell.kind === 'hidden' ? 'secondary' : 'shown';
}

function protectTotal(total: number): Cell {
  return toCell(total, primaryStatus(total));
}

function protectOneWay(values: readonly number[], dim: Dimension, total: number): Cell[] | undefined {
  const multi = MULTI_VALUED.has(dim);

  // One line: Σ cells − total (− slack) = 0.
  const entries: Entry[] = values.map((value) => ({ value, status: primaryStatus(value), lines: [[0, 1]], eligible: true, slack: false }));
  entries.push({ value: total, status: primaryStatus(total), lines: [[0, -1]], eligible: false, slack: false });
  if (multi) {
    const sum = values.reduce((a, b) => a + b, 0);
    entries.push({ value: sum - total, status: 'secondary', lines: [[0, -1]], eligible: false, slack: true });
  }
  if (!suppress(entries, 1)) return undefined;
  return values.map((value, i) => toCell(value, entries[i]?.status ?? 'shown'));
}

function protectTwoWay(counts: Counts, d0: Dimension, d1: Dimension, rowTotals: readonly Cell[], colTotals: readonly Cell[]): Cell[][] | undefined {
  const { grid, rowSums, colSums, total } = counts;
  const rows = CATEGORIES[d0];
  const cols = CATEGORIES[d1];

  // Lines: 0..R-1 rows, R..R+C-1 columns, R+C the totals row (column totals vs grand total), R+C+1 the totals column.
  const R = rows.length;
  const C = cols.length;
  const totalsRow = R + C;
  const totalsCol = R + C + 1;
  const rowLineIsInequality = MULTI_VALUED.has(d1); // a row runs across d1's categories
  const colLineIsInequality = MULTI_VALUED.has(d0);
  const entries: Entry[] = [];
  const cellEntry: number[][] = [];
  for (let r = 0; r < R; r++) {
    const indexes: number[] = [];
    for (let c = 0; c < C; c++) {
      const value = grid[r]?.[c] ?? 0;
      indexes.push(entries.length);
      entries.push({ value, status: primaryStatus(value), lines: [[r, 1], [R + c, 1]], eligible: true, slack: false });
    }
    cellEntry.push(indexes);
  }
  for (let r = 0; r < R; r++) {
    const status = cellStatus(rowTotals[r] ?? { kind: 'count', value: 0 });
    entries.push({ value: rowSums[r] ?? 0, status, lines: [[r, -1], [totalsCol, 1]], eligible: false, slack: false });
  }
  for (let c = 0; c < C; c++) {
    const status = cellStatus(colTotals[c] ?? { kind: 'count', value: 0 });
    entries.push({ value: colSums[c] ?? 0, status, lines: [[totalsRow, 1], [R + c, -1]], eligible: false, slack: false });
  }
  entries.push({ value: total, status: primaryStatus(total), lines: [[totalsRow, -1], [totalsCol, -1]], eligible: false, slack: false });

  const addSlack = (line: number, value: number) => entries.push({ value, status: 'secondary', lines: [[line, -1]], eligible: false, slack: true });
  if (rowLineIsInequality) {
    for (let r = 0; r < R; r++) addSlack(r, (grid[r] ?? []).reduce((a, b) => a + b, 0) - (rowSums[r] ?? 0));
    addSlack(totalsRow, colSums.reduce((a, b) => a + b, 0) - total);
  }
  if (colLineIsInequality) {
    for (let c = 0; c < C; c++) addSlack(R + c, grid.reduce((a, row) => a + (row[c] ?? 0), 0) - (colSums[c] ?? 0));
    addSlack(totalsCol, rowSums.reduce((a, b) => a + b, 0) - total);
  }

  if (!suppress(entries, R + C + 2)) return undefined;
  return cellEntry.map((indexes) =>
    indexes.map((i) => {
      const e = entries[i];
      return e ? toCell(e.value, e.status) : { kind: 'hidden' as const };
    }),
  );
}

/** Adds secondary suppressions until every 'fewer than 5' is safe. False if that is impossible. */
function suppress(entries: Entry[], lineCount: number): boolean {
  const flip = lineFlips(entries, lineCount);
  for (let guard = 0; guard <= entries.length; guard++) {
    const exposed = entries.findIndex((e) => e.status === 'primary' && !e.slack && !isProtected(entries, flip, lineCount, e));
    if (exposed < 0) return true;
    const target = entries[exposed];
    if (!target) return true;
    const candidate = pickSecondary(entries, target);
    if (candidate === undefined) return false;
    candidate.status = 'secondary';
  }
  return false;
}

/** The smallest shown cell of 5 or more on one of the exposed entry's lines; failing that, anywhere in the table. */
function pickSecondary(entries: readonly Entry[], exposed: Entry): Entry | undefined {
  const lines = new Set(exposed.lines.map(([line]) => line));
  const candidates = entries.filter((e) => e.eligible && e.status === 'shown' && e.value >= SMALL_COUNT_LIMIT);
  const sameLine = candidates.filter((e) => e.lines.some(([line]) => lines.has(line)));
  const pool = sameLine.length > 0 ? sameLine : candidates;
  let best: Entry | undefined;
  for (const e of pool) if (!best || e.value < best.value) best = e;
  return best;
}

/**
 * Multiplies each line by ±1 so that every entry in two lines has opposite signs in them: then an entry is an arc
 * from the line where it counts +1 to the line where it counts −1, and a change that keeps every line true is a cycle.
 * Entries in a single line connect to a free "ground" node. The tables built here are always bipartite, so this succeeds.
 */
function lineFlips(entries: readonly Entry[], lineCount: number): number[] {
  const flip: number[] = new Array<number>(lineCount).fill(0);
  const adjacency: { other: number; relation: number }[][] = Array.from({ length: lineCount }, () => []);
  for (const e of entries) {
    const [a, b] = e.lines;
    if (!a || !b) continue;
    // flip[b] = -flip[a] * coefA * coefB
    adjacency[a[0]]?.push({ other: b[0], relation: -a[1] * b[1] });
    adjacency[b[0]]?.push({ other: a[0], relation: -a[1] * b[1] });
  }
  for (let start = 0; start < lineCount; start++) {
    if (flip[start] !== 0) continue;
    flip[start] = 1;
    const queue = [start];
    while (queue.length > 0) {
      const node = queue.pop();
      if (node === undefined) break;
      for (const { other, relation } of adjacency[node] ?? []) {
        const want = (flip[node] ?? 1) * relation;
        if (flip[other] === 0) {
          flip[other] = want;
          queue.push(other);
        } else if (flip[other] !== want) {
          throw new Error('disclosure: table constraints are not a network');
        }
      }
    }
  }
  return flip;
}

/** Where the entry's arc goes when its value increases by one (node `lineCount` is ground). */
function arcOf(e: Entry, flip: readonly number[], ground: number): { tail: number; head: number } {
  const [a, b] = e.lines;
  if (!a) return { tail: ground, head: ground };
  const signA = (flip[a[0]] ?? 1) * a[1];
  const other = b ? b[0] : ground;
  return signA > 0 ? { tail: a[0], head: other } : { tail: other, head: a[0] };
}

function bounds(e: Entry): { lower: number; upper: number } {
  if (e.slack) return { lower: 0, upper: Number.POSITIVE_INFINITY };
  if (e.status === 'primary') return { lower: 1, upper: SMALL_COUNT_LIMIT - 1 };
  return { lower: SMALL_COUNT_LIMIT, upper: Number.POSITIVE_INFINITY };
}

/** True when the entry's value could be one more or one less without contradicting anything a reader sees. */
function isProtected(entries: readonly Entry[], flip: readonly number[], lineCount: number, target: Entry): boolean {
  const ground = lineCount;
  const out: number[][] = Array.from({ length: lineCount + 1 }, () => []);
  for (const e of entries) {
    if (e === target || e.status === 'shown') continue;
    const { tail, head } = arcOf(e, flip, ground);
    if (tail === head) continue;
    const { lower, upper } = bounds(e);
    if (e.value + 1 <= upper) out[tail]?.push(head);
    if (e.value - 1 >= lower) out[head]?.push(tail);
  }
  const { tail, head } = arcOf(target, flip, ground);
  const { lower, upper } = bounds(target);
  // Increase: tail→head via the target, then back head⇝tail through the others.
  if (target.value + 1 <= upper && reachable(out, head, tail)) return true;
  if (target.value - 1 >= lower && reachable(out, tail, head)) return true;
  return false;
}

function reachable(out: readonly (readonly number[])[], from: number, to: number): boolean {
  if (from === to) return true;
  const seen = new Set<number>([from]);
  const stack = [from];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    for (const next of out[node] ?? []) {
      if (next === to) return true;
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return false;
}
