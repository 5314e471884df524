import { hasDiscrepancy, periodYears, type Metric, type PublishedFigure, type RankingFigure, type ServiceId, type ValueFigure } from '../store/published-figure';
import type { Cell } from '../disclosure/disclosure';
import { CASE_DIMENSIONS, CASE_HANDLING_SERVICES, categoryFamily, defaultMetric, equivalentMetrics, type StatsQueryModel } from './stats-query';

/**
 * Turns a statistics question into what the answer shows: the published figures that match, the series for a
 * table or chart, every source's value where sources disagree, and — for years without data — the nearest years
 * that have data. Pure: no clock, no store, no strings a person reads (the card builder localises).
 */

/** Counts of registered cases for one service and year, already passed through disclosure control. */
export interface RegisteredCount {
  readonly service: ServiceId;
  readonly year: number;
  /** From disclosure control: a count, 'fewer than 5', or hidden to protect a small count elsewhere. */
  readonly cell: Cell;
}

export interface RegisteredSummary {
  /** When the counts were read; the answer says "registered (as of …)". */
  readonly asOf: Date;
  readonly counts: readonly RegisteredCount[];
  /** Counts below this are suppressed (disclosure control); the card says "fewer than …". */
  readonly suppressedBelow: number;
}

/** A sum across services for one year. Where a part has disagreeing sources, the sum is a range. */
export interface ComputedTotal {
  readonly year: number;
  readonly min: number;
  readonly max: number;
  readonly parts: readonly ValueFigure[];
  /** Services asked for that have no figure that year: the total leaves them out, and the answer says so. */
  readonly missingServices: readonly ServiceId[];
}

/** First and last point of a series, for "from 11 to 248". */
export interface TrendSummary {
  readonly from: { readonly year: number; readonly value: number };
  readonly to: { readonly year: number; readonly value: number };
  /** Percentage change, rounded to whole percent; undefined when the first value is 0. */
  readonly changePercent: number | undefined;
}

export interface MissingYears {
  readonly service: ServiceId | undefined;
  readonly metric: Metric;
  readonly years: readonly number[];
  /** Nearest years with a published figure for the same service and metric (one before, one after where they exist). */
  readonly nearest: readonly number[];
  /** Every year with a published figure for the same service and metric, oldest first: the answer lists them. */
  readonly available: readonly number[];
}

/** One end of a difference: the year and its published value(s) (two where sources disagree: 899 / 897). */
export interface DifferencePoint {
  readonly year: number;
  readonly figure: ValueFigure;
  readonly values: readonly number[];
}

/**
 * "How much did it go up?": the later figure minus the earlier, computed from the two published figures shown
 * beside it. Where a figure has disagreeing sources the difference is a range. Never a figure of its own.
 */
export interface DifferenceSummary {
  readonly from: DifferencePoint;
  readonly to: DifferencePoint;
  readonly change: { readonly min: number; readonly max: number };
  /** Percent of the earlier figure, for counts only; undefined when the earlier figure is 0 or not a count. */
  readonly percent: { readonly min: number; readonly max: number } | undefined;
  /**
   * The change as the sources themselves state it (the 2008 report: "+28 %" from 2007), for the later year against
   * the year before it; shown beside the computed one with its own source, whether or not the two agree.
   */
  readonly published: readonly ValueFigure[];
}

/**
 * "How many more cases did the advisers have than the envoys in 2023?": one year's figures of two services and the
 * first named minus the second, computed from the two published figures shown; a range where a source disagrees.
 */
export interface ServiceGap {
  readonly year: number;
  readonly first: ValueFigure;
  readonly second: ValueFigure;
  readonly change: { readonly min: number; readonly max: number };
}

export interface StatsAnswer {
  readonly query: StatsQueryModel;
  /** 'figures': something to show. 'no-data': nothing for the question (see `missing`). 'overview': no service or metric named. */
  readonly status: 'figures' | 'no-data' | 'overview';
  /** Totals (no breakdown), ordered by service as asked, then by period. */
  readonly figures: readonly ValueFigure[];
  /** Breakdown figures (by case type, gender, …) for the asked dimension, or published changes in trend mode. */
  readonly breakdown: readonly ValueFigure[];
  /** Ordered lists without counts ("most common countries of origin"). */
  readonly rankings: readonly RankingFigure[];
  /**
   * I have no figure for the asked breakdown (or the one category of it) for these figures; the broader totals are
   * shown instead, labelled as such. Not "unpublished": the sources may publish it where this data set lacks it.
   */
  readonly breakdownUnavailable: boolean;
  /** Services asked about that have no figure for the asked breakdown or category, while others have one. */
  readonly breakdownMissingFor: readonly ServiceId[];
  /** Case types counted one by one (`alsoCategories`) that have no figure, while another named one has: each is said. */
  readonly categoriesMissing?: readonly string[];
  /** The figures use another word for the metric (Kompetanseteamet's 2004–2008 "inquiries" for "cases"). */
  readonly metricUsed: Metric | undefined;
  readonly totals: readonly ComputedTotal[];
  readonly trend: TrendSummary | undefined;
  readonly missing: readonly MissingYears[];
  /** Registered counts (cases only) for the asked services and years; undefined when none were passed in. */
  readonly registered: RegisteredSummary | undefined;
  /** The figures have one value per year for one service: worth a table and a chart. */
  readonly isSeries: boolean;
  /** Some figure has disagreeing sources (899 vs 897). */
  readonly hasDiscrepancy: boolean;
  /** The services asked for have no separate figure; the figures shown are the joint 2008 figure for both. */
  readonly jointFigureFor: readonly ServiceId[];
  /** Mode 'difference' with a figure for both years: what lies between them. */
  readonly difference: DifferenceSummary | undefined;
  /** `query.gap`: per year with a count for both services, the first named minus the second. */
  readonly serviceGaps?: readonly ServiceGap[];
  /** A doubt naming other values (`query.claimed`): the published figures with those values, closest first. */
  readonly claimedMatches: readonly ValueFigure[];
  /**
   * A headcount asked with no year ("how many advisers are there?", then "are you sure?"): what was published as
   * changing it after the latest year shown (six new positions in 2024), so the count is never read as today's.
   */
  readonly laterChanges?: readonly ValueFigure[];
  /**
   * The years asked for have no figure ("i fjor" in 2026, "2019" between 2018 and 2021): the figures shown are the
   * nearest years' (these), and `missing` says first that the years asked have none.
   */
  readonly nearestInstead?: readonly number[];
  /**
   * The count asked has no figure for the years asked ("how many people did the envoys help in 2023?": the sources
   * count cases, not persons), and the figures shown are this nearest count instead, for the same years; `missing`
   * says first that the count asked has none.
   */
  readonly metricInstead?: Metric;
}

function yearsOf(figure: PublishedFigure): readonly number[] {
  return periodYears(figure.period);
}

function isSum(figure: PublishedFigure): boolean {
  return figure.period.kind === 'range';
}

function startYear(figure: PublishedFigure): number {
  return figure.period.kind === 'range' ? figure.period.fromYear : figure.period.year;
}

/** A year the request covers; a sum over years only when the request covers all of it. */
function inRange(figure: PublishedFigure, from: number | undefined, to: number | undefined): boolean {
  if (from === undefined || to === undefined) return true;
  // Loops, not `every`/`some` with an arrow made in each call: these tests run over every published figure of a
  // question, and an arrow made per call loses its optimized code at each full GC, so V8 compiled them again and again.
  const sum = isSum(figure);
  for (const y of yearsOf(figure)) {
    const inside = y >= from && y <= to;
    if (sum !== inside) return inside;
  }
  return sum;
}

/** A figure of one of `services`, or of any service when none is named. */
function ofServices(figure: PublishedFigure, services: readonly ServiceId[]): boolean {
  return services.length === 0 || services.includes(figure.service);
}

/** A figure of one of the years listed ("2018 og 2022": not those between them), or of any year when none is. */
function ofListedYears(figure: PublishedFigure, listed: readonly number[] | undefined): boolean {
  if (listed === undefined) return true;
  if (isSum(figure)) return false;
  for (const y of yearsOf(figure)) if (listed.includes(y)) return true;
  return false;
}

function serviceOrder(services: readonly ServiceId[], figure: PublishedFigure): number {
  const i = services.indexOf(figure.service);
  return i < 0 ? services.length : i;
}

function sortFigures<T extends PublishedFigure>(services: readonly ServiceId[], figures: readonly T[]): T[] {
  return [...figures].sort(
    (a, b) => serviceOrder(services, a) - serviceOrder(services, b) || Number(isSum(a)) - Number(isSum(b)) || startYear(a) - startYear(b),
  );
}

function nearestYears(available: readonly number[], wanted: readonly number[]): number[] {
  const lo = Math.min(...wanted);
  const hi = Math.max(...wanted);
  const before = available.filter((y) => y < lo);
  const after = available.filter((y) => y > hi);
  const result: number[] = [];
  if (before.length > 0) result.push(Math.max(...before));
  if (after.length > 0) result.push(Math.min(...after));
  return result;
}

function values(figure: ValueFigure): number[] {
  return [...new Set(figure.observations.map((o) => o.value))];
}

/** Sums one figure per service for a year; disagreeing sources make the sum a range (min–max). */
function totalFor(year: number, services: readonly ServiceId[], figures: readonly ValueFigure[]): ComputedTotal | undefined {
  const parts: ValueFigure[] = [];
  const missingServices: ServiceId[] = [];
  for (const service of services) {
    const part = figures.find((f) => f.service === service && !isSum(f) && f.unit === 'count' && yearsOf(f).includes(year));
    if (part) parts.push(part);
    else missingServices.push(service);
  }
  if (parts.length < 2) return undefined;
  const min = parts.reduce((sum, f) => sum + Math.min(...values(f)), 0);
  const max = parts.reduce((sum, f) => sum + Math.max(...values(f)), 0);
  return { year, min, max, parts, missingServices };
}

function trendOf(series: readonly ValueFigure[]): TrendSummary | undefined {
  // Part of a year (Nov–Dec 2004) is not comparable with a whole one.
  const points = series.filter((f) => f.period.kind === 'year' && f.unit === 'count');
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || first === last) return undefined;
  const fromValue = Math.max(...values(first));
  const toValue = Math.max(...values(last));
  return {
    from: { year: startYear(first), value: fromValue },
    to: { year: startYear(last), value: toValue },
    changePercent: fromValue === 0 ? undefined : Math.round(((toValue - fromValue) / fromValue) * 100),
  };
}

/**
 * One total per service and year: the asked metric before its equivalent, a whole year before part of one
 * (Kompetanseteamet's 248 inquiries in 2008, not the 28 cases reported that June). Sums over years stay as they are.
 */
function pickTotals(figures: readonly ValueFigure[], metric: Metric, month?: number): ValueFigure[] {
  const best = new Map<string, ValueFigure>();
  // "i juni 2008": the part of the year that covers the month asked for comes first.
  const inMonth = (f: ValueFigure) => month !== undefined && f.period.kind === 'part-year' && f.period.fromMonth <= month && month <= f.period.toMonth;
  const rank = (f: ValueFigure) => (inMonth(f) ? -2 : f.period.kind === 'part-year' ? 2 : 0) + (f.metric === metric ? 0 : 1);
  for (const figure of figures) {
    const key = `${figure.service}|${isSum(figure) ? `sum:${yearsOf(figure).join('-')}` : startYear(figure)}|${figure.unit}`;
    const current = best.get(key);
    if (!current || rank(figure) < rank(current)) best.set(key, figure);
  }
  return [...best.values()];
}

// `answerFor` is split into parts V8 optimizes each alone: it was the largest function TurboFan compiled again after
// the warm-up (3 times a run, each time the whole of it), deoptimized by a figure of a shape or a path new at one
// place (a `wrong map` in the figures' filters, a `wrong instance type` in the percentages' branch).
function answerFor(query: StatsQueryModel, published: readonly PublishedFigure[], registered?: RegisteredSummary): StatsAnswer {
  const caseBreakdown = query.breakdown !== undefined && CASE_DIMENSIONS.includes(query.breakdown);
  const services = ofTheWholeChange(query, answeringServices(query, caseBreakdown), published);
  if (services.length === 0 && query.metric === undefined && query.fromYear === undefined) return emptyAnswer(query);

  const asked = query.metric ?? defaultMetric(services[0]);
  // Those splits count cases (or the inquiries and persons of the 2004–2008 reports), never assignments or staff.
  const metric = caseBreakdown && !['cases', 'inquiries', 'persons'].includes(asked) ? 'cases' : asked;
  const { fromYear: from, toYear: to } = query;

  const valueFigures = valueFiguresFor(query, metric, services, published);
  // Without a year every year with data is shown: a series, oldest first.
  const endpoints = query.mode === 'difference' && from !== undefined && to !== undefined ? [from, to] : undefined;
  const totals = sortFigures(services, pickTotals(unsplitAt(valueFigures, endpoints), metric, query.month));
  const metricUsed = metricOtherThan(totals, metric);
  const split: SplitFigures = query.breakdown
    ? splitFigures(query, query.breakdown, services, valueFigures, published, totals)
    : { breakdown: query.mode === 'trend' ? sortFigures(services, ofDimension(valueFigures, 'change')) : [], rankings: [], breakdownUnavailable: false, breakdownMissingFor: [], categoriesMissing: [] };
  const { breakdown, rankings, breakdownUnavailable, breakdownMissingFor, categoriesMissing } = split;
  // Percentages without a breakdown are shares (of a grant, of traffic): show them beside the amount they describe.
  if (!query.breakdown && totals.length === 0) totals.push(...sortFigures(services, sharesOf(valueFigures)));

  // Years asked for that have no total for a service: say so, with the nearest years that have one.
  const missing =
    from !== undefined && to !== undefined && !(query.breakdown && !breakdownUnavailable)
      ? missingYears(services, metric, published, totals, from, to, endpoints, query.years)
      : [];
  const computedTotals = query.mode === 'total' && services.length >= 2 ? computedTotalsOf(services, totals) : [];

  const series = totals.filter((f) => !isSum(f));
  const isSeries = isSeriesOf(services, series);
  // A difference says the change itself (with the amount); a trend line beside it would say it twice.
  const trend = isSeries && !endpoints ? trendOf(series) : undefined;

  const registeredForQuery = registered && (metric === 'cases' || metricUsed === 'cases') ? registeredFor(registered, services, from, to) : undefined;
  const hasRegistered = registeredForQuery !== undefined && registeredForQuery.counts.length > 0;

  const difference = endpoints && services.length <= 1 ? differenceOf(totals, endpoints, published) : undefined;
  const serviceGaps = query.gap && services.length === 2 ? gapsOf(services, totals) : [];
  const shown = totals.length + breakdown.length + rankings.length;
  return {
    query: { ...query, services: [...services], metric },
    status: shown > 0 || hasRegistered ? 'figures' : 'no-data',
    figures: totals,
    breakdown,
    rankings,
    breakdownUnavailable,
    breakdownMissingFor,
    ...(categoriesMissing.length > 0 ? { categoriesMissing } : {}),
    metricUsed,
    totals: computedTotals,
    trend,
    missing,
    registered: hasRegistered ? registeredForQuery : undefined,
    isSeries,
    hasDiscrepancy: [...totals, ...breakdown].some(hasDiscrepancy),
    jointFigureFor: [],
    difference,
    claimedMatches: [],
    ...(serviceGaps.length > 0 ? { serviceGaps } : {}),
  };
}

/** A question that names no service, figure or year: the overview. */
function emptyAnswer(query: StatsQueryModel): StatsAnswer {
  return {
    query,
    status: 'overview',
    figures: [],
    breakdown: [],
    rankings: [],
    breakdownUnavailable: false,
    breakdownMissingFor: [],
    metricUsed: undefined,
    totals: [],
    trend: undefined,
    missing: [],
    registered: undefined,
    isSeries: false,
    hasDiscrepancy: false,
    jointFigureFor: [],
    difference: undefined,
    claimedMatches: [],
  };
}

/** The services whose figures answer the question: those named, or those a split or a total of cases implies. */
function answeringServices(query: StatsQueryModel, caseBreakdown: boolean): readonly ServiceId[] {
  // A split that describes cases asks about services that have cases: "tall om tvangsekteskap" after a question on
  // IMDi's staff is not about IMDi's staff.
  const named = caseBreakdown ? query.services.filter((s) => CASE_SERVICES.includes(s)) : query.services;
  if (named.length > 0) return named;
  if (query.breakdown === 'embassy') return ['special-envoys'];
  return (query.mode === 'total' && query.metric === 'cases') || ((query.breakdown === 'outcome' || query.breakdown === 'county') && query.services.length === 0)
    ? CASE_HANDLING_SERVICES
    : [];
}

/**
 * "how much did the number of persons grow from 2007 to 2008?", no service named: a change is drawn within one
 * service, so it is answered by the services with the count at both ends (Kompetanseteamet's 196 → 269), not beside
 * another service's count of the later year alone (the 2008 advisers' 391). Without such a service all stay.
 */
function ofTheWholeChange(query: StatsQueryModel, services: readonly ServiceId[], published: readonly PublishedFigure[]): readonly ServiceId[] {
  const { fromYear: from, toYear: to, metric } = query;
  if (services.length > 0 || (query.mode !== 'trend' && query.mode !== 'difference') || metric === undefined || from === undefined || to === undefined || from >= to) return services;
  const metrics = equivalentMetrics(metric);
  const yearsOfService = new Map<ServiceId, Set<number>>();
  for (const f of published) {
    if (f.kind !== 'value' || f.breakdown || isSum(f) || !metrics.includes(f.metric)) continue;
    const years = yearsOfService.get(f.service) ?? new Set<number>();
    years.add(startYear(f));
    yearsOfService.set(f.service, years);
  }
  // An adviser or envoy part reaches back to 2008 through the joint 2008 figure (answerJoint shows it for the years
  // the part lacks): "our 2023 caseload against the scheme's first half year in 2008" keeps the advisers (899 and 381).
  const joint = yearsOfService.get(JOINT_2008) ?? new Set<number>();
  for (const part of PARTS_OF_JOINT) {
    const years = yearsOfService.get(part);
    if (years !== undefined) yearsOfService.set(part, new Set([...years, ...joint]));
  }
  // The joint figure stands for its parts when they have figures of their own; alone (persons) it is a service.
  const partsHere = PARTS_OF_JOINT.some((part) => yearsOfService.has(part));
  const own = [...yearsOfService].filter(([service]) => !(partsHere && service === JOINT_2008));
  const whole = own.filter(([, years]) => years.has(from) && years.has(to)).map(([service]) => service);
  return whole.length > 0 && whole.length < own.length ? whole : services;
}

/** The published values of the services, metric and years asked. */
function valueFiguresFor(query: StatsQueryModel, metric: Metric, services: readonly ServiceId[], published: readonly PublishedFigure[]): ValueFigure[] {
  // "kvinner og menn i sakene": people have a gender, cases do not; the sources split the persons in the cases.
  const metrics: readonly Metric[] = query.breakdown === 'gender' && metric !== 'persons' && equivalentMetrics(metric).includes('cases') ? [...equivalentMetrics(metric), 'persons'] : equivalentMetrics(metric);
  // "2018 og 2022": only the years listed, not those between them.
  const { fromYear: from, toYear: to, years: listed } = query;
  const figures: ValueFigure[] = [];
  for (const f of published) if (f.kind === 'value' && ofServices(f, services) && metrics.includes(f.metric) && inRange(f, from, to) && ofListedYears(f, listed)) figures.push(f);
  return figures;
}

/** The figures without a split; for a difference ("How much did it go up since 2021?") only the two years' own. */
function unsplitAt(figures: readonly ValueFigure[], endpoints: readonly number[] | undefined): ValueFigure[] {
  const kept: ValueFigure[] = [];
  for (const f of figures) if (!f.breakdown && (endpoints === undefined || (!isSum(f) && endpoints.includes(startYear(f))))) kept.push(f);
  return kept;
}

function metricOtherThan(figures: readonly ValueFigure[], metric: Metric): Metric | undefined {
  for (const f of figures) if (f.metric !== metric) return f.metric;
  return undefined;
}

function ofDimension(figures: readonly ValueFigure[], dimension: string): ValueFigure[] {
  const kept: ValueFigure[] = [];
  for (const f of figures) if (f.breakdown?.dimension === dimension) kept.push(f);
  return kept;
}

function sharesOf(figures: readonly ValueFigure[]): ValueFigure[] {
  const kept: ValueFigure[] = [];
  for (const f of figures) if (f.breakdown !== undefined && f.breakdown.dimension !== 'change') kept.push(f);
  return kept;
}

function samePeriod(a: PublishedFigure, b: PublishedFigure): boolean {
  return JSON.stringify(a.period) === JSON.stringify(b.period);
}

interface SplitFigures {
  readonly breakdown: ValueFigure[];
  readonly rankings: RankingFigure[];
  readonly breakdownUnavailable: boolean;
  readonly breakdownMissingFor: ServiceId[];
  /** Case types asked together ("how many about X? and about Y?") that the split has no figure for. */
  readonly categoriesMissing: string[];
}

/** The split asked for and its rankings; `totals` is changed in place to the totals that go beside them. */
function splitFigures(
  query: StatsQueryModel,
  dimension: NonNullable<StatsQueryModel['breakdown']>,
  services: readonly ServiceId[],
  valueFigures: readonly ValueFigure[],
  published: readonly PublishedFigure[],
  totals: ValueFigure[],
): SplitFigures {
  const { fromYear: from, toYear: to, years: listed } = query;
  // "saker om kjønnslemlestelse": only the categories that count that case type; "i Amman": only that embassy.
  // "1) how many about threats and violence? 2) and about negative social control?": every case type counted is asked.
  const family = query.category ? [query.category, ...(query.alsoCategories ?? [])].flatMap((c) => categoryFamily(dimension, c)) : undefined;
  const inFamily = (category: string) => family === undefined || family.includes(category);
  let breakdown = sortFigures(services, valueFigures.filter((f) => f.breakdown?.dimension === dimension && inFamily(f.breakdown.category)));
  // The total beside a breakdown is the one for the same period (28 cases in June 2008, of which 18 from the advisers).
  const sameTotals = valueFigures.filter((f) => !f.breakdown && breakdown.some((b) => b.service === f.service && samePeriod(b, f)));
  if (sameTotals.length > 0) totals.splice(0, totals.length, ...sortFigures(services, sameTotals));
  // Rankings describe the cases or the people helped; either metric answers "which countries" or "mostly girls".
  // For one category a ranking only says the cases included it, without a count: shown, but it answers no "how many".
  let rankings = sortFigures(
    services,
    published.filter(
      (f): f is RankingFigure =>
        f.kind === 'ranking' && ofServices(f, services) && f.dimension === dimension && inRange(f, from, to) && ofListedYears(f, listed) && (family === undefined || [...f.categories, ...(f.alsoIncluded ?? [])].some(inFamily)),
    ),
  );
  // "How many cases of involuntary stays abroad are there?": a service whose cases were mostly of the type asked has a
  // ranking and no count of that type (the envoys, 2023); its total for the same year (245 cases) goes beside the
  // counts, so "most of its cases" says how many cases that is of.
  if (family !== undefined && sameTotals.length > 0) {
    const besideRankings = valueFigures.filter((f) => !f.breakdown && !totals.includes(f) && rankings.some((r) => r.service === f.service && samePeriod(r, f)));
    if (besideRankings.length > 0) totals.splice(0, totals.length, ...sortFigures(services, [...totals, ...besideRankings]));
  }
  const counted = (service: ServiceId) => breakdown.some((f) => f.service === service) || (family === undefined && rankings.some((r) => r.service === service));
  // One rule for every dimension: the question asks a count the series has no value for (one category of it, or
  // the count in each part where only the order is published) → "I don't have …" first, then what is published.
  const breakdownUnavailable = breakdown.length === 0 && (family !== undefined || rankings.length === 0 || query.countsPerPart === true);
  if (breakdownUnavailable && family !== undefined && query.services.length > 0) {
    // No figure for the one case type asked, but the split that is published (Kompetanseteamet 2022: threats and
    // violence 368, …) is what I can offer, labelled with its own categories.
    breakdown = sortFigures(services, ofDimension(valueFigures, dimension));
  }
  if (breakdownUnavailable && family !== undefined && rankings.length === 0 && dimension === 'origin-country') {
    // "Cases about people from Ukraine?": no count for one country that is not among those published, but the order
    // of the countries the sources do name (Iraq, Somalia, …) is what I can offer, after saying that.
    rankings = sortFigures(
      services,
      published.filter((f): f is RankingFigure => f.kind === 'ranking' && ofServices(f, services) && f.dimension === dimension && inRange(f, from, to) && ofListedYears(f, listed)),
    );
  }
  // Named services without the split, beside others that have it: each is said, not hidden behind the others' figures.
  const breakdownMissingFor = !breakdownUnavailable && query.services.length > 0 ? services.filter((s) => !counted(s)) : [];
  let categoriesMissing: string[] = [];
  if (!breakdownUnavailable && query.category && query.alsoCategories) {
    const hasFigure = (c: string) => breakdown.some((f) => f.breakdown !== undefined && categoryFamily(dimension, c).includes(f.breakdown.category));
    categoriesMissing = [query.category, ...query.alsoCategories].filter((c) => !hasFigure(c));
  }
  if (!breakdownUnavailable && query.services.length === 0 && sameTotals.length === 0) {
    // "Hvilke land kom sakene fra?" with no service named: the totals beside the answer are those of the services
    // and years that answer it, not every case count there is.
    const answering = [...breakdown, ...rankings];
    const kept = totals.filter((f) => answering.some((a) => a.service === f.service && samePeriod(a, f)));
    totals.splice(0, totals.length, ...kept);
  }
  if (breakdownUnavailable && query.services.length === 0 && from === undefined) {
    // No service or year named and nothing to split: the broader figure is each service's latest total, not every year.
    totals.splice(0, totals.length, ...latestPerService(totals));
  }
  return { breakdown, rankings, breakdownUnavailable, breakdownMissingFor, categoriesMissing };
}

/** Each service's years asked for without a total, with the nearest years that have one. */
function missingYears(
  services: readonly ServiceId[],
  metric: Metric,
  published: readonly PublishedFigure[],
  totals: readonly ValueFigure[],
  from: number,
  to: number,
  endpoints: readonly number[] | undefined,
  listed: readonly number[] | undefined,
): MissingYears[] {
  const missing: MissingYears[] = [];
  const asked: number[] = endpoints ? [...new Set(endpoints)] : listed ? [...listed] : [];
  if (!endpoints && !listed) for (let y = from; y <= to; y++) asked.push(y);
  const checkServices: ReadonlyArray<ServiceId | undefined> = services.length > 0 ? services : [undefined];
  const sameMetric = equivalentMetrics(metric);
  for (const service of checkServices) {
    const all: ValueFigure[] = [];
    for (const f of published) if (f.kind === 'value' && (service === undefined || f.service === service) && sameMetric.includes(f.metric) && !isSum(f)) all.push(f);
    const available = [...new Set(all.filter((f) => !f.breakdown || totals.includes(f)).flatMap((f) => yearsOf(f)))].sort((a, b) => a - b);
    const covered = new Set(totals.filter((f) => service === undefined || f.service === service).flatMap((f) => yearsOf(f)));
    const years = asked.filter((y) => !covered.has(y));
    if (years.length > 0) missing.push({ service, metric, years, nearest: nearestYears(available, years), available });
  }
  return missing;
}

/** The sums over the services named, a year each. */
function computedTotalsOf(services: readonly ServiceId[], totals: readonly ValueFigure[]): ComputedTotal[] {
  const computed: ComputedTotal[] = [];
  const years = [...new Set(totals.filter((f) => !isSum(f)).flatMap((f) => yearsOf(f)))].sort((a, b) => a - b);
  for (const year of years) {
    const total = totalFor(year, services, totals);
    if (total) computed.push(total);
  }
  return computed;
}

/** One value per year: two campaigns' views in the same year are two categories, not a development over time. */
function isSeriesOf(services: readonly ServiceId[], series: readonly ValueFigure[]): boolean {
  return (
    services.length <= 1 &&
    new Set(series.map((f) => f.service)).size === 1 &&
    series.length >= 2 &&
    new Set(series.map(startYear)).size === series.length &&
    series.every((f) => f.unit === series[0]?.unit)
  );
}

/** The registered counts of the services and years asked. */
function registeredFor(registered: RegisteredSummary, services: readonly ServiceId[], from: number | undefined, to: number | undefined): RegisteredSummary {
  return {
    asOf: registered.asOf,
    suppressedBelow: registered.suppressedBelow,
    counts: registered.counts.filter((c) => (services.length === 0 || services.includes(c.service)) && (from === undefined || to === undefined || (c.year >= from && c.year <= to))),
  };
}

/** Each year both services have a whole year's count for: the first service's figure minus the second's. */
function gapsOf(services: readonly ServiceId[], totals: readonly ValueFigure[]): ServiceGap[] {
  const [a, b] = services;
  const countOf = (service: ServiceId | undefined, year: number) =>
    totals.find((f) => f.service === service && !isSum(f) && f.period.kind === 'year' && f.unit === 'count' && startYear(f) === year);
  const years = [...new Set(totals.filter((f) => f.service === a && !isSum(f)).map(startYear))].sort((x, y) => x - y);
  const gaps: ServiceGap[] = [];
  for (const year of years) {
    const first = countOf(a, year);
    const second = countOf(b, year);
    if (!first || !second || first.metric !== second.metric) continue;
    const changes = values(first).flatMap((x) => values(second).map((y) => x - y));
    gaps.push({ year, first, second, change: { min: Math.min(...changes), max: Math.max(...changes) } });
  }
  return gaps;
}

/** The two years' figures of one service and what lies between them; undefined unless both years have one. */
function differenceOf(totals: readonly ValueFigure[], [fromYear, toYear]: readonly number[], published: readonly PublishedFigure[]): DifferenceSummary | undefined {
  if (fromYear === undefined || toYear === undefined || fromYear === toYear) return undefined;
  const at = (year: number) => totals.find((f) => !isSum(f) && startYear(f) === year && f.period.kind === 'year');
  const first = at(fromYear);
  const second = at(toYear);
  if (!first || !second || first.unit !== second.unit || first.service !== second.service) return undefined;
  const a = values(first);
  const b = values(second);
  const changes = b.flatMap((y) => a.map((x) => y - x));
  const percents = first.unit === 'count' && a.every((x) => x > 0) ? b.flatMap((y) => a.map((x) => ((y - x) / x) * 100)) : undefined;
  // The sources' own change is for a year against the one before: only then is it the same comparison.
  const stated =
    toYear - fromYear === 1
      ? published.filter(
          (f): f is ValueFigure =>
            f.kind === 'value' &&
            f.service === second.service &&
            f.breakdown?.dimension === 'change' &&
            f.breakdown.category === 'from-previous-year' &&
            equivalentMetrics(second.metric).includes(f.metric) &&
            !isSum(f) &&
            startYear(f) === toYear,
        )
      : [];
  return {
    from: { year: fromYear, figure: first, values: a },
    to: { year: toYear, figure: second, values: b },
    change: { min: Math.min(...changes), max: Math.max(...changes) },
    percent: percents ? { min: Math.min(...percents), max: Math.max(...percents) } : undefined,
    published: stated,
  };
}

/** How far from a value said "rundt 900" a published value may be and still be named (900 → 855–945). */
const APPROXIMATE = 0.05;
/** At most this many other figures are named for a value the user thought of. */
const MAX_CLAIMED = 3;

/**
 * The published figures with a value the user named ("jeg trodde det var 245"): the same value, or within 5 % when
 * said as "about"; those of the asked metric and years first. A figure the answer shows already is not repeated.
 */
export function figuresWithValue(
  claimed: NonNullable<StatsQueryModel['claimed']>,
  answer: Pick<StatsAnswer, 'figures' | 'breakdown' | 'query' | 'difference'>,
  published: readonly PublishedFigure[],
): ValueFigure[] {
  const shown = new Set([...answer.figures, ...answer.breakdown, ...(answer.difference?.published ?? [])].map((f) => f.id));
  const metrics = equivalentMetrics(answer.query.metric ?? 'cases');
  const years = new Set([...answer.figures, ...answer.breakdown].flatMap((f) => yearsOf(f)));
  const distance = (f: ValueFigure) =>
    Math.min(...claimed.values.flatMap((c) => values(f).map((v) => (c === 0 ? Math.abs(v) : Math.abs(v - c) / c))));
  // "28 %" is a percentage, "28" a count or an amount.
  const close = (f: ValueFigure) => (f.unit === 'percent') === (claimed.percent === true) && (claimed.approximate ? distance(f) <= APPROXIMATE : distance(f) === 0);
  const rank = (f: ValueFigure) => (metrics.includes(f.metric) ? 0 : 2) + (yearsOf(f).some((y) => years.has(y)) ? 0 : 1);
  return published
    .filter((f): f is ValueFigure => f.kind === 'value' && !shown.has(f.id) && close(f))
    .sort((x, y) => distance(x) - distance(y) || rank(x) - rank(y))
    .slice(0, MAX_CLAIMED);
}

/** The services that count cases (and the joint 2008 figure for two of them). */
const CASE_SERVICES: readonly ServiceId[] = [...CASE_HANDLING_SERVICES, 'advisers-and-envoys'];

function latestPerService(figures: readonly ValueFigure[]): ValueFigure[] {
  const latest = new Map<ServiceId, ValueFigure>();
  for (const figure of figures) {
    if (isSum(figure)) continue;
    const current = latest.get(figure.service);
    if (!current || startYear(figure) > startYear(current)) latest.set(figure.service, figure);
  }
  return figures.filter((f) => latest.get(f.service) === f);
}

/**
 * The second thing a question counts ("… og hvor mange personer nådde de?"): its figures beside the first, each
 * labelled with its own metric. Only what is published is added; the first answer already says what is missing.
 */
function withOtherMetrics(answer: StatsAnswer, query: StatsQueryModel, published: readonly PublishedFigure[]): StatsAnswer {
  const others = query.alsoMetrics ?? [];
  if (others.length === 0 || answer.status === 'overview') return answer;
  // A campaign's views and unique users: both split by the campaign asked about ("the Pride campaign").
  const keepSplit = query.breakdown === 'campaign';
  const extras = others.map((metric) => answerFor({ ...query, metric, alsoMetrics: [], ...(keepSplit ? {} : { breakdown: undefined, category: undefined }) }, published));
  const added = extras.flatMap((a) => a.figures).filter((f) => !answer.figures.some((g) => g.id === f.id) && f.metric !== answer.query.metric);
  const addedSplit = keepSplit ? extras.flatMap((a) => a.breakdown).filter((f) => !answer.breakdown.some((g) => g.id === f.id) && f.metric !== answer.query.metric) : [];
  if (added.length === 0 && addedSplit.length === 0) return answer;
  const figures = [...answer.figures, ...added];
  const breakdown = [...answer.breakdown, ...addedSplit];
  return { ...answer, status: 'figures', figures, breakdown, isSeries: false, trend: undefined, hasDiscrepancy: answer.hasDiscrepancy || [...added, ...addedSplit].some(hasDiscrepancy) };
}

/** The 2008 report counts minority and integration advisers together. */
const JOINT_2008: ServiceId = 'advisers-and-envoys';
const PARTS_OF_JOINT: readonly ServiceId[] = ['diversity-advisers', 'special-envoys'];

/**
 * A grant's amount and its share of the whole are published side by side ("10,4 mill. kroner, 28 %" for sub-goal C):
 * "how much did sub-goal C get" is answered with both, year by year, each labelled with its own metric. The
 * development of the amount stays as it was.
 */
function withShareOfAmount(answer: StatsAnswer, query: StatsQueryModel, published: readonly PublishedFigure[]): StatsAnswer {
  if (answer.query.metric !== 'funding-nok' || query.breakdown !== undefined || answer.figures.length === 0 || (query.alsoMetrics ?? []).includes('funding-share')) return answer;
  const services = [...new Set(answer.figures.map((f) => f.service))];
  const samePeriod = (a: ValueFigure, b: ValueFigure) => a.service === b.service && JSON.stringify(a.period) === JSON.stringify(b.period);
  const shares = answerFor({ ...query, service: services[0], services, metric: 'funding-share', alsoMetrics: [], category: undefined }, published).figures.filter(
    (f) => f.metric === 'funding-share' && answer.figures.some((a) => samePeriod(a, f)),
  );
  if (shares.length === 0) return answer;
  const figures = [...answer.figures, ...shares].sort((a, b) => serviceOrder(services, a) - serviceOrder(services, b) || startYear(a) - startYear(b) || Number(a.metric === 'funding-share') - Number(b.metric === 'funding-share'));
  return { ...answer, figures, isSeries: false, hasDiscrepancy: answer.hasDiscrepancy || shares.some(hasDiscrepancy) };
}

export function answerStats(asked: StatsQueryModel, published: readonly PublishedFigure[], registered?: RegisteredSummary): StatsAnswer {
  const query = withFirstYear(withClaimedSubject(asked, published), published);
  const answer = withLaterChanges(withNearestMetric(withNearestInstead(answerJoint(query, published, registered), query, published, registered), query, published, registered), query, published);
  return query.claimed ? { ...answer, claimedMatches: figuresWithValue(query.claimed, answer, published) } : answer;
}

/** What changes a metric's count in a later year: new positions change the number of staff. */
const CHANGED_BY: Partial<Record<Metric, readonly Metric[]>> = { staff: ['positions'] };

/**
 * A count asked for now (no year named) whose latest figure is older than a published change to it: the change is
 * shown with it ("59 in 2023; six new positions in 2024"), so the answer and a restated answer never stop at a count
 * the sources say grew later.
 */
function withLaterChanges(answer: StatsAnswer, query: StatsQueryModel, published: readonly PublishedFigure[]): StatsAnswer {
  const asked = [query.metric ?? defaultMetric(query.service), ...(query.alsoMetrics ?? [])];
  const counted = asked.find((m) => CHANGED_BY[m] !== undefined);
  const changedBy = counted === undefined ? undefined : CHANGED_BY[counted];
  if (!changedBy || answer.figures.length === 0) return answer;
  // "How many advisers in 2023, and how many new posts?": a count of a named year asked beside its change is given the
  // change published for a later year (six new positions in 2024), as a count asked for now is; a named year alone is not.
  const changeAsked = asked.some((m) => changedBy.includes(m)) && !answer.figures.some((f) => changedBy.includes(f.metric));
  if (!changeAsked && (query.fromYear !== undefined || query.toYear !== undefined)) return answer;
  const services = new Set(answer.figures.map((f) => f.service));
  const latest = Math.max(...answer.figures.flatMap((f) => yearsOf(f)));
  const later = published.filter(
    (f): f is ValueFigure => f.kind === 'value' && services.has(f.service) && changedBy.includes(f.metric) && yearsOf(f).every((y) => y > latest) && !answer.figures.some((g) => g.id === f.id),
  );
  return later.length > 0 ? { ...answer, laterChanges: later } : answer;
}

/**
 * Counts a source publishes side by side for the same periods, each the measure of the other: Kompetanseteamet's
 * inquiries and the persons they concerned, 2004–2008 (IMDi annual report 2008, one table).
 */
const COMPANION_COUNTS: ReadonlyArray<readonly [ServiceId, readonly Metric[]]> = [['kompetanseteamet', ['inquiries', 'persons']]];

/**
 * "Hvor mange henvendelser fikk Kompetanseteamet i 2007?", "… 2004–2008 til sammen?": the persons the same table
 * counts are shown beside the inquiries (of the year, or of the published sum a total asks for), each under its own label, so the
 * figure a reader looks for beside it is never the one left out. Only where every figure shown has its companion for
 * the same period (not 2022, which Bufdir counts in cases alone); a series keeps its chart and its development.
 */
function withCompanionCounts(answer: StatsAnswer, published: readonly PublishedFigure[]): StatsAnswer {
  const { query } = answer;
  if (answer.status !== 'figures' || answer.figures.length === 0 || query.breakdown !== undefined || query.category !== undefined || query.mode === 'difference' || query.claimed) return answer;
  const group = COMPANION_COUNTS.find(([service, metrics]) => answer.figures.every((f) => f.service === service && metrics.includes(f.metric) && !f.breakdown))?.[1];
  if (!group) return answer;
  const samePeriod = (a: ValueFigure, b: ValueFigure) => JSON.stringify(a.period) === JSON.stringify(b.period);
  const companionsOf = (f: ValueFigure) =>
    published.filter((g): g is ValueFigure => g.kind === 'value' && g.service === f.service && g.metric !== f.metric && group.includes(g.metric) && !g.breakdown && samePeriod(f, g));
  const shownMetrics = new Set(answer.figures.map((f) => f.metric));
  const primary = answer.figures.filter((f) => f.metric === answer.figures[0]?.metric);
  if (shownMetrics.size > 1 || primary.some((f) => companionsOf(f).length === 0)) return answer;
  // A series keeps one row a year and its chart (the card's first screen); a total asked over it gets the companion
  // of the published sum ("til sammen 2004–2008": 645 inquiries, 712 persons).
  const companioned = !answer.isSeries ? primary : query.mode === 'total' ? primary.filter(isSum) : [];
  const added = companioned.flatMap(companionsOf).filter((g) => !answer.figures.some((f) => f.id === g.id));
  if (added.length === 0) return answer;
  const rank = (f: ValueFigure) => (f.period.kind === 'range' ? 1 : 0);
  // Period by period, the count asked first: the chart and the development beside the table are drawn from it.
  const asked = (f: ValueFigure) => (f.metric === primary[0]?.metric ? 0 : 1);
  const figures = [...answer.figures, ...added].sort((a, b) => rank(a) - rank(b) || startYear(a) - startYear(b) || asked(a) - asked(b));
  return { ...answer, figures, hasDiscrepancy: answer.hasDiscrepancy || added.some(hasDiscrepancy) };
}

function answerJoint(asked: StatsQueryModel, published: readonly PublishedFigure[], registered?: RegisteredSummary): StatsAnswer {
  const { query, replaced } = jointInPlaceOfParts(asked, published);
  if (replaced.length > 0) return { ...answerJoint(query, published, registered), jointFigureFor: replaced };
  const answer = withCompanionCounts(withOtherMetrics(withShareOfAmount(answerFor(query, published, registered), query, published), query, published), published);
  const parts = query.services.filter((s) => PARTS_OF_JOINT.includes(s));
  if ((answer.status === 'no-data' || answer.breakdownUnavailable) && parts.length > 0 && !query.services.includes(JOINT_2008)) {
    // No separate figure for the advisers or the envoys, but a joint one may exist (381 cases in June–December 2008).
    // The joint figures answer every count asked ("cases and persons"), as the parts' would have.
    const jointQuery: StatsQueryModel = { ...query, service: JOINT_2008, services: [JOINT_2008] };
    const joint = withOtherMetrics(answerFor(jointQuery, published, registered), jointQuery, published);
    if (joint.status === 'figures' && !joint.breakdownUnavailable) return { ...withJointCompanions(joint, published), jointFigureFor: parts };
  }
  const withEarlierJoint = jointForYearsWithout(answer, query, parts, published, registered);
  return withEarlierJoint ?? withJointCompanions(answer, published);
}

/**
 * "hvor mange inngåtte tvangsekteskap hadde Kompetanseteamet og minoritetsrådgiverne i 2008?": beside another service,
 * an adviser or envoy part asked for years it has no figure of its own, where the joint 2008 figure has one of the
 * same count, is answered by the joint figure (50 and 14, each under its own service), said to be joint. A part
 * asked alone goes through the joint fallback below; a part with its own figure for those years keeps it.
 */
function jointInPlaceOfParts(query: StatsQueryModel, published: readonly PublishedFigure[]): { readonly query: StatsQueryModel; readonly replaced: readonly ServiceId[] } {
  const none = { query, replaced: [] };
  const { fromYear: from, toYear: to } = query;
  if (query.services.length < 2 || query.services.includes(JOINT_2008) || from === undefined || to === undefined || query.claimed) return none;
  const metric = query.metric ?? 'cases';
  const within = (f: PublishedFigure) => yearsOf(f).some((y) => y >= from && y <= to);
  const hasOwn = (service: ServiceId) => published.some((f) => f.kind === 'value' && f.service === service && f.metric === metric && within(f));
  const replaced = query.services.filter((s) => PARTS_OF_JOINT.includes(s) && !hasOwn(s));
  if (replaced.length === 0 || !hasOwn(JOINT_2008)) return none;
  const services = [...new Set(query.services.map((s) => (replaced.includes(s) ? JOINT_2008 : s)))];
  return { query: { ...query, services, service: services[0] }, replaced };
}

/**
 * "sammenlign rådgivernes saker i 2008 og 2023": one part's own figures start later than the years asked, and the
 * joint 2008 figure covers some of the years it lacks (381 cases in June–December 2008). Those years are shown with
 * the joint figure, each row under its own service and the joint one said to be joint; no change is drawn between a
 * joint figure and one part's.
 */
function jointForYearsWithout(answer: StatsAnswer, query: StatsQueryModel, parts: readonly ServiceId[], published: readonly PublishedFigure[], registered?: RegisteredSummary): StatsAnswer | undefined {
  const [part] = parts;
  if (answer.status !== 'figures' || parts.length !== 1 || part === undefined || query.services.length !== 1) return undefined;
  if (query.breakdown !== undefined || query.category !== undefined || query.mode === 'difference' || query.claimed) return undefined;
  const metric = query.metric ?? defaultMetric(part);
  const lacking = answer.missing.filter((m) => m.service === part && m.metric === metric).flatMap((m) => m.years);
  const jointYears = lacking.filter((year) => published.some((f) => f.kind === 'value' && f.service === JOINT_2008 && f.metric === metric && !f.breakdown && yearsOf(f).includes(year)));
  if (jointYears.length === 0) return undefined;
  const jointQuery: StatsQueryModel = { ...query, service: JOINT_2008, services: [JOINT_2008], fromYear: Math.min(...jointYears), toYear: Math.max(...jointYears), mode: 'value' };
  const joint = answerFor(jointQuery, published, registered);
  if (joint.status !== 'figures' || joint.figures.length === 0) return undefined;
  const covered = new Set(jointYears);
  const missing = answer.missing.map((m) => (m.service === part ? { ...m, years: m.years.filter((y) => !covered.has(y)) } : m)).filter((m) => m.years.length > 0);
  const figures = [...joint.figures, ...answer.figures.filter((f) => !joint.figures.some((g) => g.id === f.id))];
  return { ...answer, figures, missing, jointFigureFor: parts, isSeries: false, trend: undefined, hasDiscrepancy: answer.hasDiscrepancy || joint.hasDiscrepancy };
}

/** The joint 2008 counts the source states as one sentence: the cases, the persons they involved, and those persons by gender. */
const JOINT_COUNTS: readonly Metric[] = ['cases', 'persons'];

/**
 * The advisers' first months (June–December 2008) are published as one statement: 381 cases involving 391 persons,
 * 282 women, 107 men and 2 unknown. A count asked of that period ("how many cases in their first months?", "how
 * many people did they help?") is answered with the whole statement, as the history tells it, so the figure a
 * reader looks for is never the one left out. Only for the whole count (no case type, place or other split asked).
 */
function withJointCompanions(answer: StatsAnswer, published: readonly PublishedFigure[]): StatsAnswer {
  const { query } = answer;
  if (answer.status !== 'figures' || answer.figures.length === 0 || query.category !== undefined || query.mode === 'difference' || query.claimed) return answer;
  if (query.breakdown !== undefined && query.breakdown !== 'gender') return answer;
  if (!answer.figures.every((f) => f.service === JOINT_2008 && JOINT_COUNTS.includes(f.metric) && !f.breakdown)) return answer;
  const samePeriod = (f: ValueFigure) => answer.figures.some((g) => JSON.stringify(g.period) === JSON.stringify(f.period));
  const joint = published.filter((f): f is ValueFigure => f.kind === 'value' && f.service === JOINT_2008 && JOINT_COUNTS.includes(f.metric) && samePeriod(f));
  const added = joint.filter((f) => !f.breakdown && !answer.figures.some((g) => g.id === f.id));
  const split = answer.breakdown.length > 0 ? [] : joint.filter((f) => f.metric === 'persons' && f.breakdown?.dimension === 'gender');
  if (added.length === 0 && split.length === 0) return answer;
  const figures = [...answer.figures, ...added].sort((a, b) => JOINT_COUNTS.indexOf(a.metric) - JOINT_COUNTS.indexOf(b.metric));
  return { ...answer, figures, breakdown: [...answer.breakdown, ...split], isSeries: false, trend: undefined };
}

/**
 * "Hvor mange saker hadde de i fjor?" when the sources stop before that year, or "i 2019?" between two published
 * years: no figure for it is said first, then the figures of the nearest years that have one (the latest, or one on
 * each side), with the same split or topic, not only buttons to ask again.
 */
function withNearestInstead(answer: StatsAnswer, query: StatsQueryModel, published: readonly PublishedFigure[], registered?: RegisteredSummary): StatsAnswer {
  const [missing] = answer.missing;
  if (answer.status !== 'no-data' || !missing || query.fromYear === undefined || query.toYear === undefined) return answer;
  if (missing.nearest.length === 0) return answer;
  // "hvor mange saker var det i Trøndelag i fjor?" with no service named asks every service that counts cases: when
  // each lacks the same years and has the same nearest ones, those years answer for all of them.
  const same = (m: MissingYears) => m.years.join() === missing.years.join() && m.nearest.join() === missing.nearest.join();
  if (!answer.missing.every(same)) return answer;
  // Each nearest year as a question of its own: a span between them would ask again for the years without figures.
  const mode = query.mode === 'trend' || query.mode === 'difference' ? 'value' : query.mode;
  // The years the question listed ("2019 and 2020") are the ones without figures: each part asks its own year only.
  const { years: _listed, ...asked } = query;
  const parts = missing.nearest.map((year) => answerJoint({ ...asked, fromYear: year, toYear: year, mode }, published, registered));
  if (parts.some((p) => p.status !== 'figures' || p.missing.length > 0)) return answer;
  const [first, ...rest] = parts;
  if (!first) return answer;
  const merged =
    rest.length === 0
      ? first
      : {
          ...first,
          figures: parts.flatMap((p) => p.figures),
          breakdown: parts.flatMap((p) => p.breakdown),
          rankings: parts.flatMap((p) => p.rankings),
          isSeries: false,
          trend: undefined,
          hasDiscrepancy: parts.some((p) => p.hasDiscrepancy),
        };
  return { ...merged, missing: answer.missing, nearestInstead: missing.nearest };
}

/** The count the sources publish for a service where the one asked is not published: the persons helped are counted as cases. */
const NEAREST_METRIC: Partial<Record<Metric, Metric>> = { persons: 'cases' };
/**
 * Services that publish a count of their own kind in place of cases: IMDi's expert team counts its assignments (63 in
 * 2023, across every county), never cases or persons (shared/domain.md §3).
 */
const NEAREST_METRIC_OF_SERVICE: Partial<Record<ServiceId, Partial<Record<Metric, Metric>>>> = { 'expert-team': { cases: 'assignments', persons: 'assignments' } };

/** The published count to show instead of the one asked, for these services, or undefined when there is none. */
function nearestMetricOf(asked: Metric, services: readonly ServiceId[]): Metric | undefined {
  // No service named ("how many girls were protected from FGM in 2023?"): the services that count cases answer it.
  if (services.length === 0) return NEAREST_METRIC[asked];
  const own = services.map((s) => NEAREST_METRIC_OF_SERVICE[s]?.[asked]);
  if (own.every((m) => m !== undefined && m === own[0])) return own[0];
  return services.every((s) => CASE_SERVICES.includes(s)) ? NEAREST_METRIC[asked] : undefined;
}

/**
 * "Hvor mange jenter og gutter fikk hjelp av mangfoldsrådgiverne i 2023?", "how many people did the envoys help in
 * 2023?": the sources count those services' cases, not the persons in them. No figure for the count asked is said
 * first (`missing`), then the nearest published count for the same service and years, under its own label — never
 * the cases shown as persons. Only where nothing else answers the count (a published order of girls and boys stays).
 */
function withNearestMetric(answer: StatsAnswer, query: StatsQueryModel, published: readonly PublishedFigure[], registered?: RegisteredSummary): StatsAnswer {
  const asked = answer.query.metric;
  const instead = asked === undefined ? undefined : nearestMetricOf(asked, query.services);
  if (instead === undefined || answer.figures.length > 0 || answer.breakdown.length > 0 || answer.missing.length === 0) return answer;
  if (query.fromYear === undefined || query.claimed || query.mode === 'difference' || answer.nearestInstead !== undefined) return answer;
  const { breakdown: _split, category: _part, countsPerPart: _each, alsoMetrics: _also, ...rest } = query;
  const nearest = answerJoint({ ...rest, metric: instead }, published, registered);
  if (nearest.status !== 'figures' || nearest.figures.length === 0 || nearest.missing.length > 0) return answer;
  return { ...answer, status: 'figures', figures: nearest.figures, hasDiscrepancy: answer.hasDiscrepancy || nearest.hasDiscrepancy, metricInstead: instead };
}

/**
 * "kor mange henvendingar fekk Kompetanseteamet det aller første året?": the first year with a published figure for
 * the services and count asked (November–December 2004: 11 inquiries) is the year asked. No figure at all: unchanged.
 */
/**
 * A claim checked that names no service ("the 2008 report says the rise was 28 % — does that match the table?", "is
 * it true there were 899 cases in 2023?"): the service whose published figure has that value, in the years named and
 * of the count named, when exactly one service has it. A change the source states ("+28 % from 2007") is answered as
 * the difference between its year and the one before, so both figures and the computed change stand beside it.
 */
function withClaimedSubject(query: StatsQueryModel, published: readonly PublishedFigure[]): StatsQueryModel {
  const claimed = query.claimed;
  if (!claimed || query.services.length > 0 || query.breakdown !== undefined) return query;
  const { fromYear, toYear } = query;
  const inYears = (f: ValueFigure) => fromYear === undefined || toYear === undefined || yearsOf(f).some((y) => y >= fromYear && y <= toYear);
  const metrics = query.metric ? equivalentMetrics(query.metric) : undefined;
  const matches = published.filter(
    (f): f is ValueFigure =>
      f.kind === 'value' &&
      (f.unit === 'percent') === (claimed.percent === true) &&
      f.observations.some((o) => claimed.values.includes(o.value)) &&
      inYears(f) &&
      (metrics === undefined || metrics.includes(f.metric)),
  );
  const figure = matches[0];
  if (!figure || new Set(matches.map((f) => f.service)).size !== 1) return query;
  const subject = { ...query, service: figure.service, services: [figure.service] };
  if (figure.breakdown?.dimension === 'change' && figure.period.kind === 'year') {
    return { ...subject, metric: figure.metric, fromYear: figure.period.year - 1, toYear: figure.period.year, mode: 'difference', category: undefined };
  }
  return { ...subject, metric: query.metric ?? figure.metric };
}

function withFirstYear(query: StatsQueryModel, published: readonly PublishedFigure[]): StatsQueryModel {
  if (!query.firstYear || query.fromYear !== undefined || query.services.length === 0) return query;
  const metrics = equivalentMetrics(query.metric ?? defaultMetric(query.services[0]));
  const years = published
    .filter((f) => f.kind === 'value' && query.services.includes(f.service) && metrics.includes(f.metric) && !f.breakdown && !isSum(f))
    .map(startYear);
  if (years.length === 0) return query;
  const first = Math.min(...years);
  return { ...query, fromYear: first, toYear: first, mode: query.mode === 'trend' ? 'value' : query.mode };
}
