import { countryTables } from '../../contacts/country-names';
import { commonEnglishName, packageName } from '../../contacts/country-packages';
import { readerSource, readerSourceMarkdown } from '../../content/source';
import { pickRequired } from '../../content/localized';
import type { Translate } from '../../language/i18n';
import type { Lang } from '../../language/languages';
import type { DifferenceSummary, ServiceGap, StatsAnswer } from './answer-stats';
import type { Observation, Period, RankingFigure, ValueFigure } from '../store/published-figure';
import { barChart } from './bar-chart';
import { statsGrammar } from './stats-grammar';
import { adaptiveCard, caveatNote, container, sourcesToggle, heading, askAction, paragraph, smallNote, type AdaptiveCard, type CardElement } from '../../cards/card-kit';

// Country names in the reply's language (Tigrinya has none in the package: English common names).
const COUNTRY_NAME_LANGS: ReadonlySet<Lang> = new Set<Lang>(['nb', 'nn', 'ar', 'fa', 'pl', 'ru', 'so', 'tr', 'uk', 'ur']);

/**
 * The answer to a statistics question: the figure(s), a table for series and breakdowns, a chart where it helps
 * (Teams chart elements, with a plain-text fallback for clients that do not draw them), every source, and whether
 * a figure is published or registered. Pure: answer model and translations in, card JSON out.
 */

const LOCALE: Partial<Record<Lang, string>> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** Intl formatters are costly to build and immutable: one of each per language. */
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * Numbers as the reader's language groups them, in Latin digits: "2 358 198" in Polish, Russian and Ukrainian,
 * "3.500" in Turkish; a comma-grouped English number reads as a decimal there. Languages whose own grouping needs
 * their own digits keep the English decimal point.
 */
const NUMBER_LOCALE: Partial<Record<Lang, string>> = { pl: 'pl-PL', ru: 'ru-RU', uk: 'uk-UA', tr: 'tr-TR' };

/**
 * English and the languages that borrow its decimal point group thousands with a no-break space, as SI and ISO 80000
 * write them ("3 500", "2 358 198"): the readers live in Norway, where "3,500" is three and a half, and many of them
 * read a comma as a decimal sign in their first language too. The decimal point stays ("NOK 1.04 million").
 */
const SPACE_GROUPED: ReadonlySet<string> = new Set(['en-GB']);
const GROUP_SPACE = '\u00a0';

export function formatNumber(value: number, lng: Lang): string {
  let format = numberFormats.get(lng);
  const locale = NUMBER_LOCALE[lng] ?? LOCALE[lng] ?? 'en-GB';
  if (!format) numberFormats.set(lng, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, numberingSystem: 'latn' })));
  if (!SPACE_GROUPED.has(locale)) return format.format(value);
  return format
    .formatToParts(value)
    .map((part) => (part.type === 'group' ? GROUP_SPACE : part.value))
    .join('');
}

export function formatDate(date: Date, lng: Lang): string {
  let format = dateFormats.get(lng);
  if (!format) dateFormats.set(lng, (format = new Intl.DateTimeFormat(LOCALE[lng] ?? 'en-GB', { dateStyle: 'medium', timeZone: 'Europe/Oslo' })));
  return format.format(date);
}

function months(t: Translate): string[] {
  const list: unknown = t('stats:months', { returnObjects: true });
  return Array.isArray(list) ? list.filter((m): m is string => typeof m === 'string') : [];
}

export function periodLabel(period: Period, t: Translate): string {
  switch (period.kind) {
    case 'year':
      return t('stats:period.year', { year: period.year });
    case 'part-year': {
      const names = months(t);
      const from = names[period.fromMonth - 1] ?? String(period.fromMonth);
      const to = names[period.toMonth - 1] ?? String(period.toMonth);
      return period.fromMonth === period.toMonth
        ? t('stats:period.partYearOne', { month: from, year: period.year })
        : t('stats:period.partYear', { from, to, year: period.year });
    }
    case 'range':
      return t('stats:period.range', { from: period.fromYear, to: period.toYear });
  }
}

/** "om lag 3 500", "i underkant av 200", "kr 2 200 000", "28 %". */
export function valueLabel(figure: ValueFigure, observation: Pick<Observation, 'value' | 'qualifier'>, lng: Lang, t: Translate): string {
  const number = formatNumber(observation.value, lng);
  // The sources write grants in millions ("10,4 mill. kroner"): said that way first, the exact amount beside it.
  const millions = figure.unit === 'nok' && observation.value >= 1_000_000 && Number.isInteger(observation.value / 10_000);
  // "nærmare 4 millionar visningar": a round count in millions is written as the source writes it, the digits beside it.
  const roundMillions = figure.unit === 'count' && observation.value >= 1_000_000 && Number.isInteger(observation.value / 100_000);
  const withUnit =
    figure.unit === 'count'
      ? roundMillions
        ? t('stats:unit.countMillions', { millions: formatNumber(observation.value / 1_000_000, lng), value: number })
        : number
      : millions
        ? t('stats:unit.nokMillions', { millions: formatNumber(observation.value / 1_000_000, lng), value: number })
        : t(`stats:unit.${figure.unit}`, { value: number });
  return t(`stats:qualifier.${observation.qualifier}`, { value: withUnit });
}

/** The distinct values of a figure, each once: "899 / 897". */
function distinctObservations(figure: ValueFigure): Observation[] {
  const seen = new Set<number>();
  return figure.observations.filter((o) => (seen.has(o.value) ? false : (seen.add(o.value), true)));
}

function categoryLabel(category: string, lng: Lang, t: Translate): string {
  if (/^[A-Z]{2}$/.test(category)) {
    // The short name where the package has one ("Россия", not "Российская Федерация").
    // English common names ("Syria", not "Syrian Arab Republic").
    const { packages } = countryTables();
    if (COUNTRY_NAME_LANGS.has(lng)) return packageName(packages, category, lng, 'alias') ?? commonEnglishName(packages, category) ?? category;
    return commonEnglishName(packages, category) ?? packageName(packages, category, 'en', 'official') ?? category;
  }
  return RECIPIENT_NAMES[category] ?? t(`stats:category.${category}`);
}

/** The organisations a grant went to, by the names the allocation letter gives them: proper nouns in every language. */
const RECIPIENT_NAMES: Readonly<Record<string, string>> = {
  ars: 'Antirasistisk senter (ARS)',
  kia: 'Kristent Interkulturelt Arbeid (KIA)',
  minotenk: 'Minotenk',
  mira: 'MiRa Ressurssenter for kvinner med minoritetsbakgrunn',
  mir: 'Multikulturelt Initiativ og Ressursnettverk',
  noas: 'Norsk organisasjon for asylsøkere (NOAS)',
  omod: 'Organisasjon mot offentlig diskriminering (OMOD)',
  seif: 'Selvhjelp for innvandrere og flyktninger (SEIF)',
  lim: 'LIM – Likestilling, integrering, mangfold',
  utrop: 'Utrop',
  caritas: 'Caritas Norge',
  samora: 'Samora',
  fargespill: 'Stiftelsen Fargespill',
  bydelsmodre: 'Bydelsmødre',
};

const listFormats = new Map<Lang, Intl.ListFormat>();

/**
 * Lists ("2016, 2018 og 2021–2023") in the reply's language: each language's own "and". Numbers and dates keep
 * the nb/nn/en formats above (Latin digits); a list needs only the conjunction. Dari is written with Persian's
 * rules where Node's ICU lacks fa-AF; English only when ICU has neither.
 */
const LIST_LOCALES: Readonly<Record<Lang, readonly string[]>> = {
  nb: ['nb-NO', 'nb', 'no'],
  nn: ['nn-NO', 'nn', 'nb-NO'],
  en: ['en-GB'],
  ar: ['ar'],
  so: ['so'],
  fa: ['fa-AF', 'fa'],
  ur: ['ur'],
  uk: ['uk'],
  ru: ['ru'],
  tr: ['tr'],
  pl: ['pl'],
  ti: ['ti', 'ti-ER'],
};

function listLocale(lng: Lang): string {
  return LIST_LOCALES[lng].find((l) => Intl.ListFormat.supportedLocalesOf([l]).length > 0) ?? 'en-GB';
}

export function joinList(items: readonly string[], lng: Lang): string {
  let format = listFormats.get(lng);
  if (!format) listFormats.set(lng, (format = new Intl.ListFormat(listLocale(lng), { style: 'long', type: 'conjunction' })));
  return format.format(items);
}

/** "2009–2015, 2017, 2019–2020": consecutive years collapse into ranges. */
export function yearsLabel(years: readonly number[], lng: Lang): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let prev = sorted[0];
  for (const year of [...sorted.slice(1), undefined]) {
    if (year !== undefined && prev !== undefined && year === prev + 1) {
      prev = year;
      continue;
    }
    if (start !== undefined && prev !== undefined) parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = year;
    prev = year;
  }
  return joinList(parts, lng);
}

/**
 * Numbers each distinct source once, in order of first use, so tables can refer to them as [1], [2]. A source reads
 * as a reader knows it (document, year, section, link: `readerSource`), never a seed file or a line number; the list
 * waits behind a "Sources (n)" button.
 */
class SourceList {
  private readonly lines: string[] = [];
  constructor(
    private readonly lng: Lang,
    private readonly t: Translate,
  ) {}
  ref(observation: Observation | RankingFigure): number {
    const line = readerSourceMarkdown(readerSource(observation.source, this.lng, this.t));
    const i = this.lines.indexOf(line);
    if (i >= 0) return i + 1;
    this.lines.push(line);
    return this.lines.length;
  }
  refsFor(figure: ValueFigure): string {
    const byValue = distinctObservations(figure).map((o) => ({
      value: o.value,
      refs: [...new Set(figure.observations.filter((x) => x.value === o.value).map((x) => this.ref(x)))],
    }));
    const [only] = byValue;
    if (only && byValue.length === 1) return only.refs.map((r) => `[${r}]`).join(' ');
    return byValue.map((v) => `${v.value}: ${v.refs.map((r) => `[${r}]`).join(' ')}`).join(' · ');
  }
  elements(): CardElement[] {
    if (this.lines.length === 0) return [];
    const id = 'stats-sources';
    return [
      { type: 'ActionSet', spacing: 'Medium', actions: [{ type: 'Action.ToggleVisibility', title: this.t('common:source.toggle', { n: this.lines.length }), targetElements: [id] }] },
      container(this.lng, this.lines.map((line, i) => smallNote(`[${i + 1}] ${line}`)), { id, isVisible: false }),
    ];
  }
}

function cell(text: string, extra: Readonly<Record<string, unknown>> = {}): CardElement {
  return { type: 'TableCell', items: [paragraph(text, extra)] };
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): CardElement {
  return {
    type: 'Table',
    columns: header.map((_, i) => ({ width: i === header.length - 1 ? 2 : 1 })),
    firstRowAsHeader: true,
    showGridLines: false,
    rows: [header, ...rows].map((cells, r) => ({ type: 'TableRow', cells: cells.map((c) => cell(c, r === 0 ? { weight: 'Bolder' } : {})) })),
  };
}

/** A caveat a reader must not miss: the card kit's readable style (never yellow text on white). */
function caveat(lng: Lang, text: string): CardElement {
  return { ...caveatNote(text, lng), spacing: 'Small' };
}

function serviceName(figure: { service: string }, t: Translate): string {
  return t(`stats:service.${figure.service}`);
}

function noteOf(figure: ValueFigure | RankingFigure, lng: Lang): string | undefined {
  return figure.note ? pickRequired(figure.note, lng).value : undefined;
}

function changeLabel(percent: number | undefined, lng: Lang, t: Translate): string {
  if (percent === undefined || percent === 0) return t('stats:change.flat');
  return t(percent > 0 ? 'stats:change.up' : 'stats:change.down', { percent: formatNumber(Math.abs(percent), lng) });
}

/** One figure: the number large, each source inline (a discrepancy lists every value beside its own source). */
function singleFigure(figure: ValueFigure, lng: Lang, t: Translate, sourcesOpen = false): CardElement[] {
  const observations = distinctObservations(figure);
  const main = observations.map((o) => valueLabel(figure, o, lng, t)).join(' / ');
  const label = `${t(`stats:metric.${figure.metric}`)} · ${serviceName(figure, t)} · ${periodLabel(figure.period, t)}`;
  const items: CardElement[] = [paragraph(main, { size: 'ExtraLarge', weight: 'Bolder', spacing: 'Small' }), paragraph(label, { spacing: 'None', isSubtle: true })];
  if (observations.length > 1) {
    // Where sources disagree every value is shown beside its own source (D01: 899 and 897).
    const lines = figure.observations.map((o) => `${valueLabel(figure, o, lng, t)} – ${readerSourceMarkdown(readerSource(o.source, lng, t))}`);
    items.push(caveat(lng, t('stats:discrepancy', { values: observations.map((o) => formatNumber(o.value, lng)).join(' / ') })));
    items.push(paragraph(lines.map((l) => `- ${l}`).join('\r'), { size: 'Small' }));
  } else if (sourcesOpen) {
    // Asked "are you sure?": the source in sight, not behind a button.
    const lines = [...new Set(figure.observations.map((o) => readerSourceMarkdown(readerSource(o.source, lng, t))))];
    items.push(paragraph(`${t('stats:doubt.source')}\r${lines.map((l) => `- ${l}`).join('\r')}`, { size: 'Small' }));
  } else {
    items.push(...sourcesToggle(figure.observations.map((o) => o.source), lng, t, { id: 'figure-sources' }));
  }
  const note = noteOf(figure, lng);
  if (note) items.push(smallNote(note));
  return items;
}

/**
 * The value column's heading: "Antall" over counts; over amounts or shares of one kind, what they are ("Beløp",
 * "Andel"): an amount of money is no "Antall".
 */
function valueHeading(figures: readonly ValueFigure[], t: Translate): string {
  const metrics = new Set(figures.map((f) => f.metric));
  const [only] = metrics;
  const counts = figures.every((f) => f.unit === 'count');
  return !counts && metrics.size === 1 && only !== undefined ? t(`stats:metricTitle.${only}`) : t('stats:table.value');
}

function figureTable(figures: readonly ValueFigure[], withService: boolean, lng: Lang, t: Translate, sources: SourceList): CardElement {
  const header = [t('stats:table.period'), ...(withService ? [t('stats:table.service')] : []), valueHeading(figures, t), t('stats:table.source')];
  const mixedMetrics = new Set(figures.map((f) => f.metric)).size > 1;
  // Granted amounts beside an allocated one (post 71: 2021–2023 granted, 2024 allocated): each says which it is.
  const mixedAmounts = new Set(figures.map((f) => f.amountKind).filter((k) => k !== undefined)).size > 1;
  const amountKind = (f: ValueFigure) => (mixedAmounts && f.amountKind ? ` (${t(`stats:amountKind.${f.amountKind}`)})` : '');
  const rows = figures.map((f) => [
    // A part shown where no total is published (18 national and 111 local projects): the row says which part.
    periodLabel(f.period, t) + (f.breakdown && f.breakdown.dimension !== 'change' ? ` · ${categoryLabel(f.breakdown.category, lng, t)}` : ''),
    ...(withService ? [serviceName(f, t)] : []),
    // An amount already says "kr"/"NOK"; a share or a count beside it says what it counts.
    distinctObservations(f).map((o) => valueLabel(f, o, lng, t)).join(' / ') + (mixedMetrics && f.unit !== 'nok' ? ` ${t(`stats:metric.${f.metric}`)}` : '') + amountKind(f),
    sources.refsFor(f),
  ]);
  return table(header, rows);
}

function breakdownTable(figures: readonly ValueFigure[], lng: Lang, t: Translate, sources: SourceList): CardElement {
  const withPeriod = new Set(figures.map((f) => periodLabel(f.period, t))).size > 1;
  // Two services' splits in one table (a question on a topic): each row says whose figure it is.
  const withService = new Set(figures.map((f) => f.service)).size > 1;
  // Two things counted per category (a campaign's views and unique users): each value says what it counts.
  const mixedMetrics = new Set(figures.map((f) => f.metric)).size > 1;
  const header = [
    t('stats:table.category'),
    ...(withService ? [t('stats:table.service')] : []),
    ...(withPeriod ? [t('stats:table.period')] : []),
    t('stats:table.value'),
    t('stats:table.source'),
  ];
  const rows = figures.map((f) => [
    f.breakdown ? categoryLabel(f.breakdown.category, lng, t) : '',
    ...(withService ? [serviceName(f, t)] : []),
    ...(withPeriod ? [periodLabel(f.period, t)] : []),
    distinctObservations(f).map((o) => valueLabel(f, o, lng, t)).join(' / ') + (mixedMetrics && f.unit !== 'nok' ? ` ${t(`stats:metric.${f.metric}`)}` : ''),
    sources.refsFor(f),
  ]);
  return table(header, rows);
}

function rankingElements(ranking: RankingFigure, lng: Lang, t: Translate, sources: SourceList): CardElement[] {
  const ref = sources.ref(ranking);
  // A ranking the source only describes in words ("most inquiries came from first-line services such as …; a few
  // came directly from individuals"): its note says it whole, that no count per part is published included.
  const described = noteOf(ranking, lng);
  if (described !== undefined) return [paragraph(`${described} [${ref}]`), smallNote(`${serviceName(ranking, t)} · ${periodLabel(ranking.period, t)}`)];
  const list = ranking.categories.map((c) => categoryLabel(c, lng, t));
  // One part ("most were girls and women"): no order to speak of, and no count of it is published either.
  const items: CardElement[] = [
    paragraph(`${t('stats:ranking', { what: t(`stats:rankingWhat.${ranking.dimension}`), list: joinList(list, lng) })} [${ref}]`),
    smallNote(`${serviceName(ranking, t)} · ${periodLabel(ranking.period, t)}${' · ' + t(ranking.categories.length > 1 ? 'stats:rankingOrder' : 'stats:rankingCounts')}`),
  ];
  if (ranking.alsoIncluded && ranking.alsoIncluded.length > 0) {
    items.push(paragraph(t('stats:rankingAlso', { list: joinList(ranking.alsoIncluded.map((c) => categoryLabel(c, lng, t)), lng) }), { spacing: 'None' }));
  }
  return items;
}

/** Place names in the sources' spelling: embassy cities and counties are proper nouns in every language. */
const PLACE_NAMES: Readonly<Record<string, string>> = {
  'sogn-og-fjordane': 'Sogn og Fjordane',
  'more-og-romsdal': 'Møre og Romsdal',
  ostfold: 'Østfold',
  trondelag: 'Trøndelag',
  'sor-trondelag': 'Sør-Trøndelag',
  'nord-trondelag': 'Nord-Trøndelag',
  'vest-agder': 'Vest-Agder',
  'aust-agder': 'Aust-Agder',
};

function placeName(id: string): string {
  const city = statsGrammar().countyCities.find((c) => c.id === id);
  return city?.name ?? PLACE_NAMES[id] ?? id.charAt(0).toUpperCase() + id.slice(1);
}

/** "saker om kjønnslemlestelse", "saker ved ambassaden i Amman", "saker fordelt på fylke", "utfallet av sakene". */
function askedForText(answer: StatsAnswer, lng: Lang, t: Translate): string | undefined {
  const { breakdown, category } = answer.query;
  if (!breakdown) return undefined;
  const metric = t(`stats:metric.${answer.query.metric ?? 'cases'}`);
  if (breakdown === 'outcome') return t('stats:askedFor.outcome');
  if (category && breakdown === 'case-type') return t('stats:askedFor.caseType', { metric, category: t(`stats:topic.${category}`) });
  if (category && breakdown === 'embassy') return t('stats:askedFor.embassy', { metric, place: placeName(category) });
  if (category && breakdown === 'county') return t('stats:askedFor.county', { metric, place: placeName(category) });
  if (category && breakdown === 'origin-country') return t('stats:askedFor.origin', { metric, place: categoryLabel(category, lng, t) });
  return t('stats:askedFor.split', { metric, dimension: t(`stats:dimension.${breakdown}`) });
}

/** "(mangfoldsrådgiverne, 2023)": whose figures and which years the "I don't have" is about. */
function scopeText(services: readonly string[], answer: StatsAnswer, lng: Lang, t: Translate): string {
  const { fromYear, toYear, years } = answer.query;
  // "2016 and 2022" asked one by one are those years, not the span between them.
  const span = years ? joinList(years.map(String), lng) : fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
  const parts = [
    ...(services.length > 0 ? [joinList(services.map((s) => t(`stats:service.${s}`)), lng)] : []),
    ...(fromYear !== undefined && toYear !== undefined ? [span] : []),
  ];
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/**
 * "Jeg har ikke tall for saker om kjønnslemlestelse (mangfoldsrådgiverne, 2023)." and then what the card shows
 * instead: the broader figure, labelled as broader. "I don't have", never "not published": the data set is not
 * every source there is.
 */
function notHaveElements(answer: StatsAnswer, lng: Lang, t: Translate): CardElement[] {
  const what = askedForText(answer, lng, t);
  if (!what) return [];
  if (answer.breakdownUnavailable) {
    const line = t('stats:notHave', { what, scope: scopeText(answer.query.services, answer, lng, t) });
    const broader = answer.status === 'figures' && answer.figures.length > 0 ? [paragraph(t('stats:broader', { metric: t(`stats:metric.${answer.figures[0]?.metric ?? 'cases'}`) }), { spacing: 'None' })] : [];
    return [caveat(lng, line), ...broader];
  }
  if (answer.breakdownMissingFor.length > 0) {
    return [caveat(lng, t('stats:notHave', { what, scope: scopeText(answer.breakdownMissingFor, answer, lng, t) }))];
  }
  // Case types counted one by one: the one without a figure is said, beside the others' figures.
  const metric = t(`stats:metric.${answer.query.metric ?? 'cases'}`);
  return (answer.categoriesMissing ?? []).map((category) =>
    caveat(lng, t('stats:notHave', { what: t('stats:askedFor.caseType', { metric, category: t(`stats:topic.${category}`) }), scope: scopeText(answer.query.services, answer, lng, t) })),
  );
}

function overviewCard(lng: Lang, t: Translate): AdaptiveCard {
  const examples: unknown = t('stats:overview.examples', { returnObjects: true });
  const questions = Array.isArray(examples) ? examples.filter((e): e is string => typeof e === 'string') : [];
  return adaptiveCard(
    lng,
    [container(lng, [heading(t('stats:overview.title')), paragraph(t('stats:overview.text'))])],
    questions.map((q) => askAction(q, q)),
    t('stats:overview.title'),
  );
}

function missingElements(answer: StatsAnswer, lng: Lang, t: Translate, withNearest = true): CardElement[] {
  return answer.missing.flatMap((m) => {
    // The nine other languages' service names carry the Norwegian name in parentheses: a dash, not another pair.
    const what = m.service ? t('stats:metricOfService', { metric: t(`stats:metric.${m.metric}`), service: t(`stats:service.${m.service}`) }) : t(`stats:metric.${m.metric}`);
    // The latest year's figures follow: only the year without one, and which year is shown instead.
    if (!withNearest) return [caveat(lng, t('stats:noData', { what, years: yearsLabel(m.years, lng) })), paragraph(t('stats:nearest', { years: yearsLabel(m.nearest, lng) }), { spacing: 'None' })];
    const nearest = m.nearest.length > 0 ? t('stats:nearest', { years: yearsLabel(m.nearest, lng) }) : t('stats:noNearest');
    // The nearest years alone hide the rest ("2018 and 2021" when 2016, 2022 and 2023 are there too): list them all.
    const others = m.available.filter((y) => !m.years.includes(y));
    const all = others.length > m.nearest.length ? [paragraph(t('stats:availableYears', { years: yearsLabel(others, lng) }), { spacing: 'None' })] : [];
    return [caveat(lng, t('stats:noData', { what, years: yearsLabel(m.years, lng) })), paragraph(nearest, { spacing: 'None' }), ...all];
  });
}

/** "Jeg har ikke tall for personer (mangfoldsrådgiverne) i 2023.": the count asked, before the count shown instead of it. */
function missingCountElements(answer: StatsAnswer, lng: Lang, t: Translate): CardElement[] {
  return answer.missing.map((m) => {
    const what = m.service ? t('stats:metricOfService', { metric: t(`stats:metric.${m.metric}`), service: t(`stats:service.${m.service}`) }) : t(`stats:metric.${m.metric}`);
    return caveat(lng, t('stats:noData', { what, years: yearsLabel(m.years, lng) }));
  });
}

/** "Hvor mange saker hadde mangfoldsrådgiverne i 2023?" as a button for each nearest year with data. */
function nearestYearActions(answer: StatsAnswer, t: Translate) {
  return answer.missing.flatMap((m) =>
    m.service === undefined
      ? []
      : m.nearest.map((year) => {
          const question = t('stats:askYear', { metric: t(`stats:metric.${m.metric}`), service: t(`stats:service.${m.service}`), year });
          return askAction(t('stats:showYear', { year }), question);
        }),
  );
}

function registeredElements(answer: StatsAnswer, lng: Lang, t: Translate): CardElement[] {
  const registered = answer.registered;
  if (!registered) return [];
  const rows = registered.counts.map((c) => [
    String(c.year),
    t(`stats:service.${c.service}`),
    c.cell.kind === 'count'
      ? formatNumber(c.cell.value, lng)
      : c.cell.kind === 'fewer-than-5'
        ? t('stats:suppressed', { min: registered.suppressedBelow })
        : t('stats:hidden'),
  ]);
  return [
    paragraph(t('stats:registered', { date: formatDate(registered.asOf, lng) }), { weight: 'Bolder', spacing: 'Large', separator: true }),
    table([t('stats:table.period'), t('stats:table.service'), t('stats:table.value')], rows),
    smallNote(t('stats:registeredNote')),
  ];
}

/**
 * A chart helps compare a few values at a glance; past this many, the table beside it already lists them and the
 * chart would push the answer off the first screen (the 2008 schools per county: ten rows twice).
 */
const MAX_CHART_POINTS = 6;

export function statsCard(answer: StatsAnswer, lng: Lang, t: Translate): AdaptiveCard {
  if (answer.status === 'overview') return overviewCard(lng, t);
  const services = answer.query.services;
  const title = services.length > 0 ? t('stats:titleFor', { service: joinList(services.map((s) => t(`stats:service.${s}`)), lng) }) : t('stats:title');
  const sources = new SourceList(lng, t);
  const body: CardElement[] = [heading(title)];

  // A doubt: the answer again, said to stand as its source publishes it.
  if (answer.query.claimed) body.push(paragraph(t('stats:doubt.restate'), { spacing: 'Small' }));
  // The years asked have no figure and the nearest years' are shown instead: that comes first.
  const latestFirst = answer.nearestInstead !== undefined;
  if (latestFirst) body.push(...missingElements(answer, lng, t, false));
  // The count asked has no figure and another count of the same years is shown instead: that comes first too.
  const metricInstead = answer.metricInstead;
  if (metricInstead !== undefined) body.push(...missingCountElements(answer, lng, t));
  // What I have no figure for comes first, before any number that could be read as the answer.
  if (answer.query.unpublished) body.push(caveat(lng, t(`stats:unpublished.${answer.query.unpublished}`)));
  body.push(...notHaveElements(answer, lng, t));
  // A split not had says already which broader figure follows.
  if (metricInstead !== undefined && !answer.breakdownUnavailable) body.push(paragraph(t('stats:metricInstead', { metric: t(`stats:metric.${metricInstead}`) }), { spacing: 'None' }));
  // A split described only in words (where inquiries came from): that sentence comes before any count, so no figure
  // shown below (the year's total) is read as one part's count.
  const described = answer.status === 'figures' ? answer.rankings.filter((r) => r.note !== undefined) : [];
  for (const ranking of described) body.push(...rankingElements(ranking, lng, t, sources));
  if (answer.jointFigureFor.length > 0) body.push(paragraph(t('stats:joint', { services: joinList(answer.jointFigureFor.map((s) => t(`stats:service.${s}`)), lng) })));

  if (answer.status === 'no-data') {
    const missing = missingElements(answer, lng, t);
    body.push(...(missing.length > 0 ? missing : [paragraph(t('stats:noDataAtAll'))]), smallNote(t('stats:neverGuess')));
    body.push(...registeredElements(answer, lng, t));
    return adaptiveCard(lng, [container(lng, body)], nearestYearActions(answer, t), `${title}: ${t('stats:noDataAtAll')}`);
  }

  const figures = answer.figures;
  const { breakdown: askedSplit, category } = answer.query;
  // A question on a topic ("tall om tvangsekteskap"): say what the figures below are, and that the totals are wider.
  const topics = category ? [category, ...(answer.query.alsoCategories ?? [])].filter((c) => !answer.categoriesMissing?.includes(c)).map((c) => t(`stats:topic.${c}`)) : [];
  if (askedSplit === 'case-type' && category && !answer.breakdownUnavailable) body.push(paragraph(t('stats:topicFigures', { category: joinList(topics, lng) })));
  body.push(...latestHeadcountElements(answer, lng, t));
  if (figures.length > 0) body.push(smallNote(t('stats:published')));
  if (figures.length === 1 && figures[0]) {
    body.push(...singleFigure(figures[0], lng, t, answer.query.claimed !== undefined));
  } else if (figures.length > 1) {
    const withService = new Set(figures.map((f) => f.service)).size > 1;
    body.push(figureTable(figures, withService, lng, t, sources));
    // Said only of figures shown: a count of another kind beside them ("about 40 lectures") is no stand-in for it.
    if (answer.metricUsed && figures.some((f) => f.metric === answer.metricUsed)) body.push(smallNote(t('stats:metricUsed', { metric: t(`stats:metric.${answer.metricUsed}`) })));
    const shownIds = new Set(figures.map((f) => f.id));
    const notes = [...new Set(figures.filter((f) => f.noteUnlessShown === undefined || !shownIds.has(f.noteUnlessShown)).map((f) => noteOf(f, lng)).filter((n): n is string => n !== undefined))];
    for (const note of notes) body.push(smallNote(note));
    if (answer.hasDiscrepancy) body.push(caveat(lng, t('stats:discrepancy', { values: discrepancyValues(figures, lng) })));
  }

  if (answer.isSeries) {
    // The count asked, not the companion count shown beside it in the table (the persons beside the inquiries).
    const points = figures
      .filter((f) => f.period.kind !== 'range' && f.metric === figures[0]?.metric)
      .map((f) => ({ label: periodLabel(f.period, t), value: distinctObservations(f)[0]?.value ?? 0 }));
    if (points.length >= 3 && points.length <= MAX_CHART_POINTS) {
      const metric = t(`stats:metricTitle.${figures[0]?.metric ?? 'cases'}`);
      body.push(barChart(lng, 'series', t('stats:chartTitle', { metric }), points, formatNumber));
    }
  }
  if (answer.trend) {
    const { from, to, changePercent } = answer.trend;
    body.push(
      paragraph(
        t('stats:trend', {
          from: formatNumber(from.value, lng),
          fromYear: from.year,
          to: formatNumber(to.value, lng),
          toYear: to.year,
          change: changeLabel(changePercent, lng, t),
        }),
      ),
    );
    if (figures.some((f) => f.period.kind === 'part-year')) body.push(smallNote(t('stats:trendPartYear')));
  }

  for (const total of answer.totals) {
    const value =
      total.min === total.max
        ? t('stats:total', { value: formatNumber(total.min, lng) })
        : t('stats:totalRange', { min: formatNumber(total.min, lng), max: formatNumber(total.max, lng) });
    body.push(paragraph(`${total.year}: ${value}`, { weight: 'Bolder' }));
    if (total.missingServices.length > 0) {
      body.push(smallNote(t('stats:totalMissing', { services: joinList(total.missingServices.map((s) => t(`stats:service.${s}`)), lng), year: total.year })));
    }
    body.push(smallNote(t('stats:totalComputed')));
  }

  if (answer.breakdown.length > 0) {
    body.push(breakdownTable(answer.breakdown, lng, t, sources));
    // One part asked for ("skolene i Oslo"): what it counts, by name. For every part at once the list would fill the screen.
    const [only] = answer.breakdown;
    if (answer.breakdown.length === 1 && only?.detail) body.push(paragraph(pickRequired(only.detail, lng).value));
    const notes = [...new Set(answer.breakdown.map((f) => noteOf(f, lng)).filter((n): n is string => n !== undefined))];
    for (const note of notes) body.push(smallNote(note));
    const counts = answer.breakdown.filter((f) => f.unit === 'count');
    if (counts.length >= 3 && counts.length <= MAX_CHART_POINTS) {
      const points = counts.map((f) => ({ label: f.breakdown ? categoryLabel(f.breakdown.category, lng, t) : '', value: distinctObservations(f)[0]?.value ?? 0 }));
      body.push(barChart(lng, 'split', t(`stats:dimension.${counts[0]?.breakdown?.dimension ?? 'case-type'}`), points, formatNumber));
    }
  }
  if (answer.difference) body.push(...differenceElements(answer.difference, lng, t));
  for (const gap of answer.serviceGaps ?? []) body.push(...gapElements(gap, lng, t));
  for (const ranking of answer.rankings) if (!described.includes(ranking)) body.push(...rankingElements(ranking, lng, t, sources));
  body.push(...claimedElements(answer, lng, t));
  body.push(...laterChangeElements(answer, lng, t));
  if (!latestFirst && metricInstead === undefined) body.push(...missingElements(answer, lng, t));
  body.push(...registeredElements(answer, lng, t));
  body.push(...sources.elements());

  return adaptiveCard(lng, [container(lng, body)], [], fallbackTextOf(title, answer, lng, t));
}

/** "+132", "−2", "+1,7 prosentpoeng", "kr +200 000": a difference in the figures' own unit. */
function signedValue(value: number, unit: ValueFigure['unit'], lng: Lang, t: Translate): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  const number = `${sign}${formatNumber(Math.abs(value), lng)}`;
  return unit === 'count' ? number : unit === 'percent' ? t('stats:difference.points', { value: number }) : t(`stats:unit.${unit}`, { value: number });
}

/** "+17%", "−0,3%": a whole percent, or one decimal under ten (597 → 595 is not "unchanged"). */
function percentLabel(percent: number, lng: Lang, t: Translate): string {
  const rounded = Math.abs(percent) < 10 ? Math.round(percent * 10) / 10 : Math.round(percent);
  if (rounded === 0) return t('stats:change.flat');
  return t(rounded > 0 ? 'stats:change.up' : 'stats:change.down', { percent: formatNumber(Math.abs(rounded), lng) });
}

/** One label, or both ends where sources disagree ("+130 / +132"). */
function rangeLabel(min: number, max: number, label: (n: number) => string): string {
  return label(min) === label(max) ? label(min) : `${label(min)} / ${label(max)}`;
}

/**
 * "Fra 759 i 2021 til 891 i 2022: 132 flere (+17 %)", computed from the two published figures in the table above,
 * and the change as the source itself states it, with its source, where it has one (the 2008 report's +28 %).
 */
function differenceElements(difference: DifferenceSummary, lng: Lang, t: Translate): CardElement[] {
  const { from, to, change, percent } = difference;
  const unit = to.figure.unit;
  const value = (v: readonly number[]) => v.map((n) => formatNumber(n, lng)).join(' / ');
  const direction = change.min > 0 ? 'more' : change.max < 0 ? 'fewer' : change.min === 0 && change.max === 0 ? 'same' : 'mixed';
  const amount = rangeLabel(change.min, change.max, (n) => signedValue(n, unit, lng, t));
  const changeText =
    direction === 'same'
      ? t('stats:difference.same')
      : t(`stats:difference.${direction}`, { value: rangeLabel(Math.abs(change.min), Math.abs(change.max), (n) => formatNumber(n, lng)), signed: amount });
  const withPercent = percent ? `${changeText} (${rangeLabel(percent.min, percent.max, (n) => percentLabel(n, lng, t))})` : changeText;
  const items: CardElement[] = [
    paragraph(t('stats:difference.line', { from: value(from.values), fromYear: from.year, to: value(to.values), toYear: to.year, change: withPercent }), { weight: 'Bolder', spacing: 'Medium' }),
    smallNote(t('stats:difference.computed')),
  ];
  for (const stated of difference.published) {
    const values = distinctObservations(stated);
    const statedText = values.map((o) => valueLabel(stated, o, lng, t)).join(' / ');
    const sources = [...new Set(stated.observations.map((o) => readerSourceMarkdown(readerSource(o.source, lng, t))))];
    items.push(paragraph(t('stats:difference.stated', { fromYear: to.year - 1, percent: statedText }), { spacing: 'Small' }));
    items.push(paragraph(sources.map((l) => `- ${l}`).join('\r'), { size: 'Small', spacing: 'None' }));
    // Compared as the source rounds: a whole percent.
    const agrees = percent !== undefined && values.every((o) => Math.round(percent.min) <= o.value && o.value <= Math.round(percent.max));
    if (percent && !agrees) {
      items.push(caveat(lng, t('stats:difference.mismatch', { stated: statedText, computed: rangeLabel(percent.min, percent.max, (n) => percentLabel(n, lng, t)) })));
      // What the sources' note on the discrepancy adds (the persons' change beside the inquiries', D02).
      const note = noteOf(stated, lng);
      if (note) items.push(smallNote(note));
    }
  }
  return items;
}

/**
 * "2023: mangfoldsrådgiverne 899 / 897, spesialutsendingene 245. Forskjell: 654 / 652 flere hos mangfoldsrådgiverne.",
 * computed from the two published figures in the table above (their sources are listed there).
 */
function gapElements(gap: ServiceGap, lng: Lang, t: Translate): CardElement[] {
  const value = (figure: ValueFigure) => distinctObservations(figure).map((o) => formatNumber(o.value, lng)).join(' / ');
  const { min, max } = gap.change;
  const size = rangeLabel(Math.abs(max), Math.abs(min), (n) => formatNumber(n, lng));
  const direction = min > 0 ? 'more' : max < 0 ? 'fewer' : min === 0 && max === 0 ? 'same' : 'mixed';
  const change =
    direction === 'same'
      ? t('stats:difference.same')
      : t(`stats:difference.${direction}`, { value: size, signed: rangeLabel(min, max, (n) => signedValue(n, gap.first.unit, lng, t)) });
  return [
    paragraph(
      t('stats:gap.line', { year: gap.year, first: value(gap.first), firstService: serviceName(gap.first, t), second: value(gap.second), secondService: serviceName(gap.second, t), change }),
      { weight: 'Bolder', spacing: 'Medium' },
    ),
    smallNote(t('stats:gap.computed')),
  ];
}

/** Services whose headcount has words of its own ("4 spesialutsendinger"): locales' `stats:latestHeadcount.<service>`. */
const HEADCOUNT_SERVICES: readonly string[] = ['special-envoys', 'diversity-advisers', 'imdi'];

/**
 * "Hvor mange spesialutsendinger er det?": a headcount asked for now, with no year, is answered first with the latest
 * published count in words ("Sist publiserte tall (2023): 4 spesialutsendinger") and what it covers (the four posts),
 * then the earlier years in the table; the oldest row is never read as today's.
 */
function latestHeadcountElements(answer: StatsAnswer, lng: Lang, t: Translate): CardElement[] {
  const { query, figures } = answer;
  if (query.metric !== 'staff' || query.fromYear !== undefined || query.claimed || figures.length < 2) return [];
  const [service, ...others] = new Set(figures.map((f) => f.service));
  if (service === undefined || others.length > 0 || !HEADCOUNT_SERVICES.includes(service)) return [];
  const latest = figures.filter((f) => f.period.kind === 'year' && f.metric === 'staff').at(-1);
  if (!latest || latest.period.kind !== 'year') return [];
  const value = distinctObservations(latest).map((o) => formatNumber(o.value, lng)).join(' / ');
  const note = noteOf(latest, lng);
  return [
    paragraph(t(`stats:latestHeadcount.${service}`, { value, year: latest.period.year }), { weight: 'Bolder', spacing: 'Small' }),
    ...(note ? [paragraph(note, { spacing: 'None' })] : []),
  ];
}

/** "899 / 897 saker · mangfoldsrådgiverne · 2023", then each source: what another value the user named is. */
function figureWithSources(figure: ValueFigure, lng: Lang, t: Translate): CardElement[] {
  const value = distinctObservations(figure).map((o) => valueLabel(figure, o, lng, t)).join(' / ');
  const category = figure.breakdown && figure.breakdown.dimension !== 'change' ? ` · ${categoryLabel(figure.breakdown.category, lng, t)}` : '';
  const label = `${value} ${t(`stats:metric.${figure.metric}`)}${category} · ${serviceName(figure, t)} · ${periodLabel(figure.period, t)}`;
  const sources = [...new Set(figure.observations.map((o) => `${valueLabel(figure, o, lng, t)} – ${readerSourceMarkdown(readerSource(o.source, lng, t))}`))];
  // A figure named in a doubt carries its own caveat ("the text says +28 %, but the table gives about +40 %").
  const note = noteOf(figure, lng);
  return [paragraph(`- ${label}`, { spacing: 'Small' }), paragraph(sources.map((l) => `  ${l}`).join('\r'), { size: 'Small', spacing: 'None', isSubtle: true }), ...(note ? [smallNote(note)] : [])];
}

/**
 * A doubt that names other values ("trodde det var rundt 900"): the answer stands as published; each value named is
 * either the figure shown, another published figure (named with its source), or not one I have.
 */
function claimedElements(answer: StatsAnswer, lng: Lang, t: Translate): CardElement[] {
  const claimed = answer.query.claimed;
  if (!claimed) return [];
  // A value the card already shows (the figure itself, or the change the source states beside a difference).
  const shown = [...answer.figures, ...answer.breakdown, ...(answer.difference?.published ?? [])].filter((f) => (f.unit === 'percent') === (claimed.percent === true));
  const shownValues = new Set(shown.flatMap((f) => f.observations.map((o) => o.value)));
  const items: CardElement[] = [];
  for (const value of claimed.values) {
    const said = claimed.percent ? `${formatNumber(value, lng)} %` : formatNumber(value, lng);
    if (shownValues.has(value)) {
      items.push(paragraph(sameValueLine(answer, value, said, lng, t), { spacing: 'Medium' }));
      continue;
    }
    const close = (f: ValueFigure) =>
      f.observations.some((o) => (claimed.approximate ? Math.abs(o.value - value) <= Math.max(1, value * 0.05) : o.value === value));
    // The value as a figure of the service the answer is about comes alone: another service's same number is chance.
    const near = answer.claimedMatches.filter(close);
    const ofThisService = near.filter((f) => answer.figures.some((a) => a.service === f.service));
    const matches = ofThisService.length > 0 ? ofThisService : near;
    if (matches.length === 0) {
      items.push(paragraph(t('stats:doubt.none', { value: said }), { spacing: 'Medium' }));
      continue;
    }
    items.push(paragraph(t(claimed.approximate ? 'stats:doubt.near' : 'stats:doubt.other', { value: said }), { spacing: 'Medium' }));
    for (const figure of matches) items.push(...figureWithSources(figure, lng, t));
  }
  return items;
}

/**
 * A value named that the card shows: said plainly whether it is the figure, or only what one source says. "28 %" is the
 * change the 2008 report's text states, which the table's figures do not give (about +40 %, D02); "897" is one of two
 * values the sources publish for the same count (899 / 897, D01). Neither is agreement.
 */
function sameValueLine(answer: StatsAnswer, value: number, said: string, lng: Lang, t: Translate): string {
  const difference = answer.difference;
  const stated = difference?.published.some((f) => f.observations.some((o) => o.value === value)) === true;
  const percent = difference?.percent;
  // Compared as the source rounds: a whole percent (as the difference's own caveat compares).
  if (stated && percent && !(Math.round(percent.min) <= value && value <= Math.round(percent.max))) {
    return t('stats:doubt.statedNotComputed', { value: said, computed: rangeLabel(percent.min, percent.max, (n) => percentLabel(n, lng, t)) });
  }
  const differing = [...answer.figures, ...answer.breakdown].find((f) => f.observations.some((o) => o.value === value) && distinctObservations(f).length > 1);
  if (differing) return t('stats:doubt.oneOfDiffering', { value: said, values: distinctObservations(differing).map((o) => valueLabel(differing, o, lng, t)).join(' / ') });
  return t('stats:doubt.same', { value: said });
}

/** A count shown for now, then what the sources say changed it since ("six new positions in 2024"), each with its source. */
function laterChangeElements(answer: StatsAnswer, lng: Lang, t: Translate): CardElement[] {
  const later = answer.laterChanges ?? [];
  if (later.length === 0) return [];
  const notes = [...new Set(later.map((f) => noteOf(f, lng)).filter((n): n is string => n !== undefined))];
  return [paragraph(t('stats:laterChanges'), { spacing: 'Medium', weight: 'Bolder' }), ...later.flatMap((figure) => figureWithSources(figure, lng, t)), ...notes.map((n) => smallNote(n))];
}

function discrepancyValues(figures: readonly ValueFigure[], lng: Lang): string {
  return figures
    .filter((f) => distinctObservations(f).length > 1)
    .map((f) => distinctObservations(f).map((o) => formatNumber(o.value, lng)).join(' / '))
    .join('; ');
}

/** What a client that cannot render the card (or a screen-reader summary) shows. */
function fallbackTextOf(title: string, answer: StatsAnswer, lng: Lang, t: Translate): string {
  const lines = answer.figures.map((f) => `${periodLabel(f.period, t)}: ${distinctObservations(f).map((o) => valueLabel(f, o, lng, t)).join(' / ')}`);
  return [title, ...lines].join('\n');
}
