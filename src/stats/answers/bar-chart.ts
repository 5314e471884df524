import { container, type CardElement } from '../../cards/card-kit';
import type { Lang } from '../../language/languages';

/**
 * A bar chart drawn with plain Adaptive Card columns, so every number on it is ours: each bar's value and the axis
 * ticks are whole numbers in the reply language's format (the same `formatNumber` as the table beside it). Teams'
 * own Chart.* elements pick their axis ticks and labels themselves (max ÷ 4 steps, "284.3 / 568.5 / 852.8 / 1.1k"),
 * and a card cannot set their format; this chart renders the same in every client, light, dark and high contrast
 * (the bars use the host's accent container style).
 */

export interface BarPoint {
  readonly label: string;
  readonly value: number;
}

/** What the kind of chart is, for readers of the card JSON (tests, the card sweep): a series over time or a split. */
export type BarChartKind = 'series' | 'split';

/** The element id prefix of a drawn chart: `chart-series`, `chart-split`. */
export const CHART_ID_PREFIX = 'chart-';

const NICE = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8] as const;

/**
 * The axis end: the smallest round number ≥ `max` whose half is a whole number too, so the three ticks (0, half,
 * end) are whole and round: 1 137 → 1 200 (600), 368 → 400 (200), 57 → 60 (30), 3 → 4 (2).
 */
export function axisEnd(max: number): number {
  if (!(max > 0)) return 2;
  for (let power = 1; ; power *= 10) {
    for (const step of NICE) {
      const end = step * power;
      if (end >= max && Number.isInteger(end / 2)) return end;
    }
  }
}

/** The weights a filled bar and its empty rest get, out of 1000 (Adaptive Cards column widths are relative weights). */
function weights(value: number, end: number): { filled: number; empty: number } {
  const filled = Math.max(0, Math.min(1000, Math.round((value / end) * 1000)));
  return { filled, empty: 1000 - filled };
}

const LABEL_WEIGHT = 30;
const BAR_WEIGHT = 55;
const VALUE_WEIGHT = 15;

function text(value: string, extra: Readonly<Record<string, unknown>> = {}): CardElement {
  return { type: 'TextBlock', text: value, wrap: true, size: 'Small', ...extra };
}

function column(width: number | string, items: readonly CardElement[], extra: Readonly<Record<string, unknown>> = {}): CardElement {
  return { type: 'Column', width, items, ...extra };
}

/** The bar itself: an accent-coloured column as wide as the value, then the empty rest of the axis. */
function bar(value: number, end: number): CardElement {
  const { filled, empty } = weights(value, end);
  const columns: CardElement[] = [];
  if (filled > 0) columns.push(column(filled, [], { style: 'accent', minHeight: '16px', verticalContentAlignment: 'Center' }));
  if (empty > 0) columns.push(column(empty, [], { minHeight: '16px' }));
  return { type: 'ColumnSet', columns, spacing: 'None' };
}

/**
 * The chart: a title, one row per point (label, bar, value) and an axis row with ticks at 0, half and the end.
 * `format` is the card's number format for the reply language.
 */
export function barChart(lng: Lang, kind: BarChartKind, title: string, points: readonly BarPoint[], format: (value: number, lng: Lang) => string): CardElement {
  const end = axisEnd(Math.max(0, ...points.map((p) => p.value)));
  const rows: CardElement[] = points.map((p) => ({
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      column(LABEL_WEIGHT, [text(p.label)], { verticalContentAlignment: 'Center' }),
      column(BAR_WEIGHT, [bar(p.value, end)], { verticalContentAlignment: 'Center' }),
      column(VALUE_WEIGHT, [text(format(p.value, lng), { weight: 'Bolder' })], { verticalContentAlignment: 'Center' }),
    ],
  }));
  const ticks: CardElement = {
    type: 'ColumnSet',
    spacing: 'None',
    columns: [
      column(LABEL_WEIGHT, []),
      column(BAR_WEIGHT, [
        {
          type: 'ColumnSet',
          columns: [
            column('stretch', [text(format(0, lng), { isSubtle: true })]),
            column('stretch', [text(format(end / 2, lng), { isSubtle: true, horizontalAlignment: 'Center' })]),
            column('stretch', [text(format(end, lng), { isSubtle: true, horizontalAlignment: 'Right' })]),
          ],
        },
      ]),
      column(VALUE_WEIGHT, []),
    ],
  };
  return container(lng, [text(title, { weight: 'Bolder', size: 'Default' }), ...rows, ticks], { id: `${CHART_ID_PREFIX}${kind}`, spacing: 'Medium' });
}

/** Every tick label of a drawn chart, as shown: for tests and the card sweep. */
export function axisTicks(end: number): readonly number[] {
  return [0, end / 2, end];
}
