import type { CaseRecord } from './case-record';

/**
 * Registered cases encoded column by column in typed arrays, so a question over 100 000 cases is one tight loop
 * over numbers instead of 100 000 object and string look-ups (issue 5 asks for p99 < 20 ms).
 *
 * Encodings are cached per cases array and extended when the array grows. The store only ever appends to its
 * array and replaces it on removal (undo), so "same array, same last element, longer" means "appended";
 * anything else is re-encoded from scratch.
 */
export const SINGLE_DIMENSIONS = ['service', 'gender', 'ageBand', 'county', 'originRegion', 'whereabouts'] as const;
export type SingleDimension = (typeof SINGLE_DIMENSIONS)[number];
export const MULTI_DIMENSIONS = ['caseType', 'referredTo'] as const;
export type MultiDimension = (typeof MULTI_DIMENSIONS)[number];

export interface CaseColumns {
  readonly length: number;
  /** (year − 2000) × 12 + month − 1. */
  readonly month: Uint16Array;
  /** registeredAt in ms since the epoch. */
  readonly registeredAt: Float64Array;
  /** Category index per single-valued dimension; 255 when the value is not a known category. */
  readonly single: { readonly [D in SingleDimension]: Uint8Array };
  /** Bit mask of category indexes per multi-valued dimension. */
  readonly multi: { readonly [D in MultiDimension]: Uint16Array };
}

export const UNKNOWN_CATEGORY = 255;

interface Encoded {
  columns: MutableColumns;
  last: CaseRecord | undefined;
}

interface MutableColumns {
  length: number;
  month: Uint16Array;
  registeredAt: Float64Array;
  single: Record<SingleDimension, Uint8Array>;
  multi: Record<MultiDimension, Uint16Array>;
}

const cache = new WeakMap<readonly CaseRecord[], Encoded>();

export function monthIndex(month: string): number {
  return (Number(month.slice(0, 4)) - 2000) * 12 + Number(month.slice(5, 7)) - 1;
}

function allocate(capacity: number): MutableColumns {
  return {
    length: 0,
    month: new Uint16Array(capacity),
    registeredAt: new Float64Array(capacity),
    single: {
      service: new Uint8Array(capacity),
      gender: new Uint8Array(capacity),
      ageBand: new Uint8Array(capacity),
      county: new Uint8Array(capacity),
      originRegion: new Uint8Array(capacity),
      whereabouts: new Uint8Array(capacity),
    },
    multi: { caseType: new Uint16Array(capacity), referredTo: new Uint16Array(capacity) },
  };
}

function grow(columns: MutableColumns, capacity: number): MutableColumns {
  const bigger = allocate(capacity);
  bigger.length = columns.length;
  bigger.month.set(columns.month.subarray(0, columns.length));
  bigger.registeredAt.set(columns.registeredAt.subarray(0, columns.length));
  for (const d of SINGLE_DIMENSIONS) bigger.single[d].set(columns.single[d].subarray(0, columns.length));
  for (const d of MULTI_DIMENSIONS) bigger.multi[d].set(columns.multi[d].subarray(0, columns.length));
  return bigger;
}

/**
 * The columns of `cases`, with `indexes` giving each dimension's category → index map.
 */
export function columnsOf(
  cases: readonly CaseRecord[],
  indexes: { readonly [D in SingleDimension | MultiDimension]: ReadonlyMap<string, number> },
): CaseColumns {
  let encoded = cache.get(cases);
  const appended = encoded !== undefined && cases.length >= encoded.columns.length && (encoded.columns.length === 0 || cases[encoded.columns.length - 1] === encoded.last);
  if (!encoded || !appended) {
    encoded = { columns: allocate(Math.max(16, cases.length)), last: undefined };
    cache.set(cases, encoded);
  }
  let columns = encoded.columns;
  if (cases.length > columns.month.length) columns = grow(columns, Math.max(cases.length, columns.month.length * 2));
  for (let i = columns.length; i < cases.length; i++) {
    const c = cases[i];
    if (!c) continue;
    columns.month[i] = monthIndex(c.month);
    columns.registeredAt[i] = Date.parse(c.registeredAt);
    for (const d of SINGLE_DIMENSIONS) columns.single[d][i] = indexes[d].get(c[d]) ?? UNKNOWN_CATEGORY;
    let types = 0;
    for (const t of c.caseTypes) types |= 1 << (indexes.caseType.get(t) ?? 15);
    columns.multi.caseType[i] = types;
    let referrals = 0;
    for (const r of c.referredTo) referrals |= 1 << (indexes.referredTo.get(r) ?? 15);
    columns.multi.referredTo[i] = referrals;
  }
  columns.length = cases.length;
  encoded.columns = columns;
  encoded.last = cases[cases.length - 1];
  return columns;
}
