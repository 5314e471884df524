import type { Candidate, Recognizer, Utterance } from '../../understanding/types';
import type { BreakdownDimension, Metric, ServiceId } from '../store/published-figure';
import { CASE_DIMENSIONS, CASE_HANDLING_SERVICES, categoryFamily, defaultMetric, type ClaimedValues, type StatsMode, type StatsQueryModel } from './stats-query';
import type { Lang } from '../../language/languages';
import { isRegisterRequestOther, isStatsCommand, toEnglishCues } from './stats-words';
import type { RegisterCaseIntent, StatsIntent } from '../intents';
import { withoutNumberedAssignments } from '../../language/assignment-numbers';
import { shippedCountedInArticles } from '../../language/counted-in-articles';
import { normalize } from '../../language/text';
import { ReadingMemo } from '../../language/reading-memo';
import { unicodeWords } from '../../language/word-boundary';
import { statsGrammar } from './stats-grammar';

/**
 * Reads plain-language statistics questions in nb, nn and en, and in the other answer languages through
 * `toEnglishCues` ("hvor mange saker hadde mangfoldsrådgiverne i fjor?",
 * "kor mange førespurnader fekk Kompetanseteamet 2004–2008", "how many cases did the envoys handle in 2023")
 * and "registrer sak". Pure and synchronous; the clock is passed in so "i fjor" and "the last five years" resolve
 * against the turn's date.
 *
 * A question that names a service without asking for a number ("hva er Kompetanseteamet?") is not a statistics
 * question: without a number cue the scores stay below the understanding threshold.
 */

/** The words (content/stats/stats-grammar.json); the rules that combine them are below. */
const GRAMMAR = statsGrammar();
const W = GRAMMAR.words;
/** Every `\b` in the grammar is a boundary between words of any script (src/language/word-boundary.ts). */
const re = (source: string, flags = 'u'): RegExp => unicodeWords(new RegExp(source, flags));
/**
 * A pattern (or list of them) made the first time a message needs it, then kept. V8 builds every Unicode property
 * class of a pattern when the pattern is made (each word boundary holds four), and the grammar's ~160 patterns were
 * ~25 ms of every start's CPU; a first message that asks no figure makes fewer than half of them.
 */
function once<T>(make: () => T): () => T {
  let made: { readonly value: T } | undefined;
  const get = (): T => {
    if (!made) {
      made = { value: make() };
      madeSoFar++;
    }
    return made.value;
  };
  LAZY_PATTERNS.push(get);
  return get;
}
const LAZY_PATTERNS: Array<() => unknown> = [];
let madeSoFar = 0;

/** How many of the grammar's patterns (or lists of them) have been made so far (for the tests). */
export function statsPatternsMade(): number {
  return madeSoFar;
}

/**
 * Makes every pattern of the grammar now, and says how many were made on first use: the build's check calls it after
 * its first messages (scripts/check-data.mjs), so the word boundaries of them all are worked out at build time
 * (language/word-boundary-sources.ts), as when they were all made at import; tests call it to see each one made.
 */
export function makeAllStatsPatterns(): number {
  for (const get of LAZY_PATTERNS) get();
  return LAZY_PATTERNS.length;
}

const SERVICE_PATTERNS = once((): ReadonlyArray<readonly [ServiceId, RegExp]> => GRAMMAR.services.map(([service, source]) => [service, re(source)]));
const SUB_GOAL_C = once((): RegExp => re(W.subGoalC));
/** IMDi as a whole only when no unit of it is named ("IMDis fagteam" is the expert team). */
const IMDI = once((): RegExp => re(W.imdi));
/** "the team", "teamet", "ٹیم": a team named without its name (the expert team's name is a service of its own). */
const TEAM_OF_IMDI = once((): RegExp => re(W.teamOfImdi));
/** IMDi's prevention unit (2008), the one split of IMDi's own staff by organisation. */
const PREVENTION_UNIT = once((): RegExp => re(W.preventionUnit));
const GENERIC_ADVISERS = once((): RegExp => re(W.genericAdvisers));
/** Each service's name with the rest of its last word ("rådgiverne" of "mangfoldsrådgiverne"): made on first use, not per message. */
let serviceNamesWhole: readonly RegExp[] | undefined;
/** "the advisers at the embassies" are the integration advisers, the envoys of today, not the school advisers. */
const EMBASSY_WORD = once((): RegExp => re(W.embassyWord));
/** How far after "advisers" an embassy word still describes them (about three words). */
const NEARBY = 30;
/** A word that starts another part of the question ("and which embassy covers …"). */
const NEW_CLAUSE = once((): RegExp => re(`\\b(?:${W.newClause})\\b`));
/** "alle tjenestene", "all the services": the services that count cases. */
const ALL_SERVICES = once((): RegExp => re(W.allServices));

/** The order matters: the first match wins, so the more specific words come first. */
const METRIC_PATTERNS = once((): ReadonlyArray<readonly [Metric, RegExp]> => GRAMMAR.metrics.map(([metric, source]) => [metric, re(source)]));

/** What happened in the cases: "hvor mange kom hjem?", "how many were brought home?", "utfallet av sakene". */
const OUTCOME = once((): RegExp => re(W.outcome));
/** The envoys' posts: a named embassy city, or a request per embassy (not "the envoys at the embassies"). */
export const EMBASSY_CITIES: readonly string[] = GRAMMAR.embassyCities;
const EMBASSY = once((): RegExp => re(`\\b(?:${EMBASSY_CITIES.join('|')})\\b|${W.embassyRequest}`));
/** An envoy's post by its city ("the envoy in Islamabad"), not a request per embassy. */
const EMBASSY_CITY = once((): RegExp => re(`\\b(?:${EMBASSY_CITIES.join('|')})\\b`));
/** Norwegian counties, current and former names (kebab-case ids, as written after normalising). */
export const COUNTIES: ReadonlyArray<readonly [string, string]> = GRAMMAR.counties;
// Letter boundaries, not \\b: "østfold" starts with a letter \\b does not count as one.
const COUNTY = once((): RegExp => re(`(?<!\\p{L})(?:${COUNTIES.map(([, p]) => p).join('|')})(?!\\p{L})|${W.countyWords}`));
/** Age: "fordelt på alder", "by age", "how old", "under 18". */
const AGE = once((): RegExp => re(W.age));

/** A case type asked about by name: the figures on that topic ("tall om tvangsekteskap", "FGM cases"). */
const CASE_TYPE_TOPICS = once((): ReadonlyArray<readonly [string, RegExp]> => GRAMMAR.caseTypes.map(([category, source]) => [category, re(source)]));

/** IMDi's campaigns' ids ("pride", "summer-holiday"): a campaign named is a category a follow-up may change. */
export const CAMPAIGN_IDS: readonly string[] = GRAMMAR.campaigns.map(([campaign]) => campaign);
/** IMDi's 2023 campaigns by name (kebab-case ids): "the Pride campaign", "sommerkampanjen". */
const CAMPAIGNS = once((): ReadonlyArray<readonly [string, RegExp]> => GRAMMAR.campaigns.map(([campaign, source]) => [campaign, re(source)]));

/** IMDi's staff groups in the equality reports (kebab-case ids, as written after normalising). */
const STAFF_GROUPS: ReadonlyArray<readonly [string, string]> = GRAMMAR.staffGroups;
/** Shares of IMDi's staff: "andel kvinner" is the metric itself, not a split by gender. */
const STAFF_SHARES: readonly (Metric | undefined)[] = ['women-share', 'pay-ratio', 'sick-leave', 'temporary-staff', 'part-time-staff', 'immigrant-background-share'];

/**
 * Who sent the cases, by a service named ("kom fra flyktningtjenesten", "came from child welfare", "per referring
 * service"): the sources publish no count per referrer (only which services most inquiries came from in 2008).
 */
const REFERRER_SERVICE = once((): RegExp => re(W.referrerService));
/** Per school ("per skole", "skole for skole", "in the individual schools"): the advisers' cases are published only as a national total. */
const PER_SCHOOL = once((): RegExp => re(W.perSchool));
const CAMPAIGN_WORD = once((): RegExp => re(W.campaign));
/** The cases said to come from someone ("kom fra minoritetsrådgiverne", "referred by"): who sent them, not who counted them. */
const REFERRED_BY = once((): RegExp => re(W.referredBy));

/** The order matters: the first split whose words the message has is the one asked. */
const BREAKDOWN_PATTERNS = once((): ReadonlyArray<readonly [BreakdownDimension, RegExp]> => [
  ['staff-group', re(STAFF_GROUPS.map(([, p]) => p).join('|'))],
  ['referrer', REFERRER_SERVICE()],
  ['school', PER_SCHOOL()],
  ['school-type', re(W.schoolType)],
  ['origin-country', re(W.originCountry)],
  // Whole words: "kjønnslemlestelse" (FGM) names a case type, not a breakdown by gender.
  ['gender', re(W.gender)],
  ['case-type', re(W.caseTypeAsked)],
  ['referrer', REFERRED_BY()],
  ['project-level', re(W.projectLevel)],
  ['campaign', CAMPAIGN_WORD()],
  ['funder', re(W.funder)],
  ['placement', re(W.placement)],
  ['organisation', re(W.organisationShare)],
  ['traffic-source', re(W.trafficSource)],
  // Asked for, never published in the sources: the answer says so first, then gives the broader figure.
  ['outcome', OUTCOME()],
  ['embassy', EMBASSY()],
  ['county', COUNTY()],
  ['age', AGE()],
]);

/** Words that ask for a number. Without one, a service name alone is left to the guidance and contact recognizers. */
const NUMBER_CUE = once((): RegExp => re(W.numberCue));
/** Words for figures themselves ("tall", "statistikk", "figures"), as opposed to "how many" alone. */
const FIGURES_WORD = once((): RegExp => re(W.figuresWord));
/** "statistikk", "tall", "figures" asked with a number cue and nothing else named: the overview. */
const STATISTICS_WORD = once((): RegExp => re(W.statisticsWord));
const TREND = once((): RegExp => re(W.trend));
/** Asking how a figure splits up ("hvilke land", "fordelt på kjønn", "which countries"). */
const BREAKDOWN_CUE = once((): RegExp => re(W.breakdownCue));
const COMPARE = once((): RegExp => re(W.compare));
/** "Hva er forskjellen på mangfoldsrådgiverne og Kompetanseteamet?" asks what tells two services apart: a figure only when it names what is counted. */
const DIFFERENCE = once((): RegExp => re(W.differenceWord));
const TOTAL = once((): RegExp => re(W.total));
/** "hvor mange flere … enn …", "how many more": the gap between two services' figures, computed from both. */
const GAP_ASKED = once((): RegExp => re(W.gapAsked));
/** "people from", "folk fra": a country named after it is where the people in the cases came from. */
const PEOPLE_FROM = once((): RegExp => re(W.peopleFrom));

const REGISTER = once((): RegExp => re(W.register));

const NUMBER_WORDS: Readonly<Record<string, number>> = GRAMMAR.numberWords;

export interface YearRange {
  readonly fromYear: number;
  readonly toYear: number;
}

/** A year written alone with its last two digits, after a preposition or an apostrophe (content/stats/stats-grammar.json `shortYear`). */
const SHORT_YEAR = once((): RegExp => re(W.shortYear, 'gu'));
/** "i 35" is no year yet: two digits read as a year only up to 2030 (the sources' years end long before). */
const LATEST_SHORT_YEAR = 30;

/** Years written as words (content/stats/stats-grammar.json `yearWords`). */
const YEAR_WORDS = once((): ReadonlyArray<readonly [number, RegExp]> => GRAMMAR.yearWords.map(([year, source]) => [year, re(source)] as const));

/** A year written out, then years written with their last two digits ("2021 22 og 23", "2021/22"). */
const SHORT_YEARS = once((): RegExp => unicodeWords(/\b((?:19|20)\d{2})((?:(?:\s*[/–-]\s*|\s+(?:(?:og|and|&|и|і|i|ve|iyo|و)\s+)?)\d{2}(?!\d))+)/gu));

/** Explicit years and ranges ("2004–2008", "fra 2016 til 2022", "between 2021 and 2023", "2021 og 2022"). */
export function explicitYears(text: string): YearRange | undefined {
  // "2021, 2022 og 2023" is a list: every year named counts, not only the last pair joined by "og".
  const years = [...text.matchAll(/\b((?:19|20)\d{2})\b/gu)].map((m) => Number(m[1]));
  // "i 22?", "in '22", "2022'de" (rewritten "in '22"): a year of this century written with its last two digits.
  for (const match of text.matchAll(SHORT_YEAR())) {
    const digits = match.slice(1).find((g) => g !== undefined);
    if (digits !== undefined && Number(digits) <= LATEST_SHORT_YEAR) years.push(2000 + Number(digits));
  }
  // "twenty twenty-two", "totusenogåtte", "i tjueto?": a year written as words.
  for (const [year, pattern] of YEAR_WORDS()) if (pattern.test(text)) years.push(year);
  if (years.length === 0) return undefined;
  // "i 2021, 22 og 23", "2021/22": the years after the first written short, each later than the one before it.
  for (const run of text.matchAll(SHORT_YEARS())) {
    let last = Number(run[1]);
    for (const short of (run[2] ?? '').match(/\d{2}/gu) ?? []) {
      const year = last - (last % 100) + Number(short);
      if (year <= last || year > last + 10) break;
      years.push(year);
      last = year;
    }
  }
  return { fromYear: Math.min(...years), toYear: Math.max(...years) };
}

/** The explicit years of each cue text of the message being read (boxed: `ReadingMemo` keeps no undefined). */
const explicitYearsOfTexts = new ReadingMemo<{ readonly years: YearRange | undefined }>();

/** `explicitYears`, once a text: the statistics recognizer and the slots' reader read the same message's years. */
function explicitYearsOf(text: string): YearRange | undefined {
  return explicitYearsOfTexts.get(text, () => ({ years: explicitYears(text) })).years;
}

/**
 * Years listed one by one ("2018 og 2022", "у 2016 і у 2022", "2016 و2022", "2021, 2022 and 2023", and with the commas
 * gone from the cue text "2016 2018 and 2022"): each is asked, not the span between them. "between 2018 and 2022" (a word for "between" before the first) is a span.
 */
const YEAR = '(?:19|20)\\d{2}(?!\\d)';
const YEAR_LIST = once((): RegExp => re(
  `(?<!(?:${W.yearSpanBefore})\\s+(?:(?:${W.yearListPreposition})\\s+)?)(?<!\\d)${YEAR}(?:(?:\\s*,\\s*|\\s+(?:(?:${W.yearListJoin})(?=[\\s\\d])\\s*)?)(?:(?:${W.yearListPreposition})\\s+)?${YEAR})+`,
));

/** The years a question lists one by one, in order (at least two, and no other year named), or undefined. */
export function listedYears(text: string): number[] | undefined {
  const list = YEAR_LIST().exec(text);
  if (!list) return undefined;
  const listed = [...new Set((list[0].match(/(?:19|20)\d{2}/gu) ?? []).map(Number))].sort((a, b) => a - b);
  const named = new Set((text.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu) ?? []).map(Number));
  return listed.length >= 2 && named.size === listed.length ? listed : undefined;
}

/** "siste fem år", "the past 3 years": a span of years up to last year. */
const LAST_YEARS = once((): RegExp => re(`(?:${W.spanLead})\\s+(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:${W.spanYears})`));
const YEAR_BEFORE_LAST = once((): RegExp => re(W.yearBeforeLast));
const LAST_YEAR = once((): RegExp => re(W.lastYear));
const THIS_YEAR = once((): RegExp => re(W.thisYear));

/** "i fjor", "last year", "i år", "siste fem år", "the past 3 years", "i forfjor" — relative to `year`. */
export function relativeYears(text: string, year: number): YearRange | undefined {
  const span = text.match(LAST_YEARS());
  if (span?.[1]) {
    const n = /^\d+$/.test(span[1]) ? Number(span[1]) : (NUMBER_WORDS[span[1]] ?? NUMBER_WORDS[span[1].replace('aa', 'å')]);
    if (n !== undefined && n >= 1 && n <= 30) return { fromYear: year - n, toYear: year - 1 };
  }
  if (YEAR_BEFORE_LAST().test(text)) return { fromYear: year - 2, toYear: year - 2 };
  if (LAST_YEAR().test(text)) return { fromYear: year - 1, toYear: year - 1 };
  if (THIS_YEAR().test(text)) return { fromYear: year, toYear: year };
  return undefined;
}

/** The months' names, January first. */
const MONTHS = once((): readonly RegExp[] => GRAMMAR.months.map((names) => re(`\\b(?:${names.join('|')})\\b`)));

/** A month named right before a year ("i juni 2008", "in June 2008"): 1–12. Only beside one year, so "may" alone is no month. */
export function monthBeforeYear(text: string): number | undefined {
  const match = unicodeWords(/\b(\p{L}+) (?:(?:19|20)\d{2})(?!\p{N})/u).exec(text);
  if (!match?.[1]) return undefined;
  // A loop, not `findIndex` with an arrow made in each call: such an arrow loses its optimized code at every full GC.
  const word = match[1];
  for (let i = 0; i < MONTHS().length; i++) if (MONTHS()[i]?.test(word)) return i + 1;
  return undefined;
}

function servicesIn(text: string): ServiceId[] {
  return servicesOfTexts.get(text, servicesInOnce).slice();
}

/** The services each cue text of the message being read names: the statistics, history and follow-up readers ask ~6 times a message for ~2 texts. */
const servicesOfTexts = new ReadingMemo<readonly ServiceId[]>();

function servicesInOnce(text: string): ServiceId[] {
  const found: ServiceId[] = [];
  const positions: Array<[number, ServiceId]> = [];
  for (const [service, pattern] of SERVICE_PATTERNS()) {
    const match = pattern.exec(text);
    if (match) positions.push([match.index, service]);
  }
  positions.sort((a, b) => a[0] - b[0]);
  for (const [, service] of positions) if (!found.includes(service)) found.push(service);
  // "minoritets- og integreringsrådgiverne" also matches each part; the joint figure is what was asked for.
  if (found.includes('advisers-and-envoys')) return found.filter((s) => s !== 'diversity-advisers' && s !== 'special-envoys');
  // "tilskudd til integreringsarbeid i regi av frivillige organisasjoner" names the whole scheme, not its sub-goal C.
  if (found.includes('voluntary-integration-grant') && !SUB_GOAL_C().test(text)) return found.filter((s) => s !== 'ngo-grants');
  // "rådgiverne", "the advisers" (not part of a service name already found): in this bot's audience, the school advisers.
  let rest = text;
  serviceNamesWhole ??= SERVICE_PATTERNS().map(([, pattern]) => new RegExp(`${pattern.source}\\S*`, 'gu'));
  for (const pattern of serviceNamesWhole) rest = rest.replace(pattern, ' ');
  const generic = GENERIC_ADVISERS().exec(rest);
  if (generic && !found.includes('diversity-advisers') && !found.includes('advisers-and-envoys')) {
    // "advisers at the embassies", "ኣማኸርቲ ኣብ ኤምባሲታት": an embassy a few words on names the envoys' posts.
    const nearby = rest.slice(generic.index, generic.index + generic[0].length + NEARBY).split(NEW_CLAUSE())[0] ?? '';
    const adviser: ServiceId = EMBASSY_WORD().test(nearby) ? 'special-envoys' : 'diversity-advisers';
    if (!found.includes(adviser)) found.push(adviser);
  }
  if (found.length === 0 && IMDI().test(text)) return ['imdi'];
  return found;
}

/** "Hvor mye", "how much": an amount. With a word for money in the question, the money is what is asked, not the projects or positions it pays for. */
const AMOUNT_CUE = once((): RegExp => re(W.amountCue));
/** "prosent", "andel", "share": a share asked, not an amount. */
const SHARE_OF = once((): RegExp => re(W.shareOf));
/** "Hvor mye bidro Udir med?", "how much did Udir contribute?": with "how much", a contribution is money. */
const CONTRIBUTION = once((): RegExp => unicodeWords(/\bbidr(?:o|og|ar|eg)\b|\bcontribut\p{L}*/u));

function metricIn(text: string, services: readonly ServiceId[]): Metric | undefined {
  const funding = METRIC_PATTERNS().find(([metric]) => metric === 'funding-nok')?.[1];
  if (AMOUNT_CUE().test(text) && (funding?.test(text) || CONTRIBUTION().test(text)) && !services.includes('nora') && !TREND().test(text)) return 'funding-nok';
  // "kor mykje fekk dei nasjonale ressursmiljøa?": how much, of something that is a grant, is its amount.
  const grants = services.length > 0 && services.every((s) => defaultMetric(s) === 'funding-nok');
  if (AMOUNT_CUE().test(text) && grants && !SHARE_OF().test(text)) return 'funding-nok';
  // "for a school project: how many cases …": the count named right after "how many" is what is counted; another
  // metric's word elsewhere in the message (the project the question is for) is not.
  const counted = countedRightAfterHowMany(text);
  if (counted !== undefined) return counted;
  for (const [metric, pattern] of METRIC_PATTERNS()) {
    if (!pattern.test(text)) continue;
    // "kampanje" names Nora's campaigns; "how many views" is the question.
    if (metric === 'funding-nok' && services.includes('nora')) continue;
    return metric === 'persons' ? countNamedBeforePersons(text, pattern) ?? metric : metric;
  }
  return undefined;
}

/** What a case count is called right after "how many" ("how many cases", "hvor mange henvendelser"). */
const CASE_COUNTS: readonly Metric[] = ['cases', 'inquiries'];
/** "how many" followed by what it counts, up to the end of its clause. */
const AFTER_HOW_MANY = once((): RegExp => re(`(?:${W.howMany})\\s+([^,;:?!.]*)`));

/**
 * The case count named right after "how many" ("how many cases", "kor mange saker"): what is counted, whatever other
 * metric's word the message also has ("til eit skuleprosjekt", "for a school project", "for our grant report"), which
 * the list's order would otherwise take first. Only cases and inquiries: what a question is for is never a case count.
 */
function countedRightAfterHowMany(text: string): Metric | undefined {
  return countedAfter(AFTER_HOW_MANY().exec(text)?.[1]) ?? countedAfterCountLead(text);
}

/** "antall", "number of", "talet på" followed by what they count, up to the end of its clause. */
const AFTER_COUNT_LEAD = once((): RegExp => re(`(?:${W.countLead})\\s+([^,;:?!.]*)`, 'gu'));

/**
 * "trenger antall saker vi hadde i 2023 til en presentasjon på fagdag", "the number of cases … for a workshop": a case
 * count named right after "antall" or "number of" is what is counted, as one named right after "how many" is, whatever
 * the figure is for. Read only when no "how many" names a count.
 */
function countedAfterCountLead(text: string): Metric | undefined {
  for (const match of text.matchAll(AFTER_COUNT_LEAD())) {
    const named = countedAfter(match[1]);
    if (named !== undefined) return named;
  }
  return undefined;
}

function countedAfter(after: string | undefined): Metric | undefined {
  if (after === undefined) return undefined;
  const next = after.split(/\s+/u).slice(0, 2).join(' ');
  // "… vakalarında kaç kişi vardı" ("how many persons were in the advisers' cases"): the persons, named right after
  // "how many", are counted; the cases named before them say where.
  if (EXPLICIT_PERSONS_NEXT().test(next)) return 'persons';
  const named = METRIC_PATTERNS().find(([metric, pattern]) => CASE_COUNTS.includes(metric) && pattern.test(next))?.[0];
  if (named !== undefined) return named;
  // "for a school project: how many forced marriages …", "til eit skuleprosjekt: kor mange tvangsekteskap …": a case
  // type right after "how many" counts cases, whatever the message is for.
  const topic = after.split(/\s+/u).slice(0, 3).join(' ');
  return CASE_TYPE_TOPICS().some(([, pattern]) => pattern.exec(topic)?.index === 0) ? 'cases' : undefined;
}

/** The persons named right after "how many" ("how many persons", "kor mange personar"). */
const EXPLICIT_PERSONS_NEXT = once((): RegExp => re(`^(?:${W.explicitPersons})`));

/** The counts the sources publish beside the persons they concern. */
const BESIDE_PERSONS: readonly Metric[] = ['inquiries', 'cases'];

/**
 * "sum henvendelser 2004–2008 + antall personer", "how many inquiries … and persons": the count named first is the
 * one asked, the persons beside it (an explicit "personer" is otherwise read before "saker" or "henvendelser").
 */
function countNamedBeforePersons(text: string, persons: RegExp): Metric | undefined {
  const at = persons.exec(text)?.index ?? Infinity;
  let best: [number, Metric] | undefined;
  for (const [metric, pattern] of METRIC_PATTERNS()) {
    if (!BESIDE_PERSONS.includes(metric)) continue;
    const match = pattern.exec(text);
    if (match && match.index < at && (!best || match.index < best[0])) best = [match.index, metric];
  }
  return best?.[1];
}

/** A question for a number or an amount, once ("hvor mange", "how much"). */
const HOW_MANY_ASKED = once((): RegExp => re(W.numberQuestion));
/** Each question for a number or an amount ("hvor mange", "how much"), counted. */
const NUMBER_QUESTIONS = once((): RegExp => re(W.numberQuestion, 'gu'));
/** The message up to its first "how many": what follows is the second question. */
const UP_TO_HOW_MANY = once((): RegExp => re(`^.*?(?:${W.howMany})`));

/**
 * "Hvor mange oppdrag hadde fagteamet, og hvor mange personer nådde de?": two numbers asked, two things counted.
 * Only with a second question for a number; one "hvor mange" with two nouns ("saker og jenter") or "hvor stor andel"
 * asks one thing.
 */
function otherMetricsAsked(text: string, services: readonly ServiceId[], metric: Metric | undefined): Metric[] {
  const cues = text.match(NUMBER_QUESTIONS())?.length ?? 0;
  // "antall saker vi mangfoldsrådgivere hadde i 2023, og hvor mange vi var totalt": the writers' own headcount, asked
  // beside what they counted, is a second figure however the first was asked ("antall", "number of").
  const ownHeadcount = metric !== undefined && metric !== 'staff' && HEADCOUNT_SELF().test(text) ? ['staff' as const] : [];
  if (metric !== undefined && cues < 2) return [...ownHeadcount, ...pairedReach(text, metric), ...pairedPersons(text, metric)];
  if (metric === undefined) return [];
  const others: Metric[] = [];
  // "ilu było doradców … i ile spraw prowadzili": the service's own number asked beside what it counted.
  if (metric !== 'staff' && asksForHeadcount(text)) others.push('staff');
  // "kor mange organisasjonar fekk støtte, og kor mykje var det til saman?": a second question that asks "how much"
  // of a grant counted in something else asks for its amount.
  const grant = services.some((s) => defaultMetric(s) === 'funding-nok');
  if (metric !== 'funding-nok' && grant && AMOUNT_CUE().test(text.replace(UP_TO_HOW_MANY(), ''))) others.push('funding-nok');
  for (const [other, pattern] of METRIC_PATTERNS()) {
    if (other === metric || others.includes(other) || !pattern.test(text)) continue;
    if (other === 'funding-nok' && services.includes('nora')) continue;
    if ((metric === 'cases' && other === 'inquiries') || (metric === 'inquiries' && other === 'cases')) continue;
    others.push(other);
  }
  // "how many people versus how many inquiries": people asked beside the inquiries or cases are the persons they concerned.
  for (const other of pairedPersons(text, metric)) if (!others.includes(other)) others.push(other);
  return others;
}

/**
 * "How many lectures did the team give in 2008, and how many of its June 2008 cases came from the minority
 * advisers?": a second question for a count of another kind (lectures, assignments, staff), asked beside a split of
 * the cases, is answered beside the split, each under its own label (session 40's note, gb108-163's class). The
 * persons or inquiries of the same cases are the split's own count, not a second question.
 */
function besideASplit(text: string, services: readonly ServiceId[], metric: Metric | undefined): Metric[] {
  if ((text.match(NUMBER_QUESTIONS())?.length ?? 0) < 2) return [];
  return otherMetricsAsked(text, services, metric).filter((m) => !(['cases', 'inquiries', 'persons'] as const).some((c) => c === m));
}

/**
 * Figures the source gives in one sentence, each the measure of the other: the expert team's 63 assignments reached
 * about 3 500 people (annual report 2023). Asked for either, the answer gives both, each under its own label.
 */
const PUBLISHED_TOGETHER: ReadonlyArray<readonly [ServiceId, readonly Metric[]]> = [['expert-team', ['assignments', 'people-reached']]];

/**
 * What a service's own figures call the people asked about: the expert team counts the people its courses reached
 * (persons or staff asked of it are those people); IMDi itself counts its staff (the people working there).
 */
function countedByService(services: readonly ServiceId[], metric: Metric | undefined): Metric | undefined {
  if (services.length !== 1) return metric;
  if (services[0] === 'expert-team' && (metric === 'persons' || metric === 'staff')) return 'people-reached';
  if (services[0] === 'imdi' && metric === 'persons') return 'staff';
  return metric;
}

function publishedTogether(services: readonly ServiceId[], metric: Metric | undefined): Metric[] {
  if (services.length !== 1 || metric === undefined) return [];
  const pair = PUBLISHED_TOGETHER.find(([service, metrics]) => service === services[0] && metrics.includes(metric));
  return pair ? pair[1].filter((m) => m !== metric) : [];
}

/** A campaign's reach: views and unique users are two figures of one campaign. */
const REACH: readonly Metric[] = ['views', 'unique-users'];
const REACH_PAIR = once((): RegExp => re(W.reachPair));

/**
 * "hvor mange visninger og unike brukere hadde Pride-kampanjen?": one "how many" for two figures joined by "og/and".
 * Only a campaign's reach: "saker og jenter" asks one thing (the cases, and that most were girls).
 */
function pairedReach(text: string, metric: Metric): Metric[] {
  if (!REACH.includes(metric)) return [];
  const patterns = REACH.map((m) => METRIC_PATTERNS().find(([metric]) => metric === m)?.[1]);
  return REACH_PAIR().test(text) || patterns.every((p) => p?.test(text)) ? REACH.filter((m) => m !== metric) : [];
}

/**
 * "inquiries and persons", "henvendelser og personer", "how many inquiries did they get in 2008 and how many persons
 * were they about": the sources publish both counts together (Kompetanseteamet 2004–2008).
 */
const PERSONS_PAIR = once((): RegExp => re(W.personsPair));
const INQUIRY_WORD = once((): RegExp => re(`(?:${W.inquiryWord})`));

function pairedPersons(text: string, metric: Metric): Metric[] {
  const pair = PERSONS_PAIR().exec(text);
  if (!pair) return [];
  if (metric === 'inquiries' || metric === 'cases') return ['persons'];
  return metric === 'persons' ? [INQUIRY_WORD().test(pair[0]) ? 'inquiries' : 'cases'] : [];
}

/** "hvor mange mangfoldsrådgivere er det?", "how many of these advisers in total?" ask for the staff count: the service noun is the thing counted. */
const HEADCOUNT = once((): RegExp => re(`(?:${W.headcountLead}) (?:(?:${W.headcountVerb}) ){0,2}(?:(?:${W.headcountNew}) ){0,2}(?:${W.headcountNoun})`));
/**
 * The same with "how many" after the noun, as Urdu, Turkish, Dari, Somali and Tigrinya put it ("تنوع کے مشیر کتنے
 * ہیں", "çeşitlilik danışmanları kaç kişi"): rewritten to "advisers how many (persons)", still the staff count.
 */
const HEADCOUNT_AFTER = once((): RegExp => re(`(?:${W.headcountNoun})\\p{L}*(?: [^\\s.?!,]+){0,2} (?:${W.headcountLead})(?: persons)?(?=$|[\\s.?!,])`));
/** "hvor mange er vi?", "how many of us are there?": a service's people asking their own number. */
const HEADCOUNT_SELF = once((): RegExp => re(W.headcountSelf));
function asksForHeadcount(text: string): boolean {
  if (HEADCOUNT_SELF().test(text)) return true;
  // "how many minority adviser cases …": the advisers name whose cases are counted, not a headcount.
  for (const lead of text.matchAll(HEADCOUNT_ALL())) if (!CASES_OF_NEXT.test(text.slice((lead.index ?? 0) + lead[0].length))) return true;
  const after = HEADCOUNT_AFTER().exec(text);
  // "minoritetsrådgjevarane i 2008, kor mange saker": the "how many" after the advisers counts their cases; so does
  // one after their cases ("danışmanlarının vakalarında kaç kişi": how many persons in the advisers' cases).
  if (after === null || COUNTS_CASES_OR_PEOPLE().test(after[0])) return false;
  const rest = text.slice(after.index + after[0].length);
  // "كم حالة لدى مستشاري الأقليات في 2008، وكم شخصا كان معنيا بها؟" ("how many cases … minority advisers in 2008, how many
  // persons were concerned by them?"; Somali "… immisa qof ayaa ku lug lahaa"): persons asked after the service's cases
  // were asked are the persons those cases concerned, whatever verb follows.
  if (after[0].endsWith(' persons') && CASES_ASKED().test(text.slice(0, after.index))) return false;
  // "how many persons did the minority advisers help in 2008, and how many of them were women?" (Arabic, Urdu and
  // Somali put the advisers right before the second "how many"): the persons are counted, and "of them" or the women
  // after the second "how many" are a part of those persons, not the advisers.
  if (EXPLICIT_PERSONS().test(text.slice(0, after.index)) && (OF_THEM_NEXT().test(rest) || PEOPLE_WORD().test(rest))) return false;
  // The same with a plain word for people asked first ("how many people (ppl) did the minority advisers help in 2008, and
  // how many were women?"): the people before the advisers are the ones they helped, not the advisers (issue #13, dev133).
  if (PEOPLE_ASKED().test(text.slice(0, after.index)) && (OF_THEM_NEXT().test(rest) || PEOPLE_WORD().test(rest))) return false;
  // "the adviser scheme in 2008, how many women and men did they help?": people the advisers helped, not the advisers.
  if (HELPED_PEOPLE_NEXT().test(rest)) return false;
  // "the diversity advisers in 2023, how many boys and how many girls?" (Tigrinya puts the helping verb last, and it has
  // no cue): two sexes counted are the people the advisers helped, split by gender, never the advisers (issue #13).
  // "how many women and men worked there?" still asks for the staff: a working verb after the pair keeps the headcount.
  if (SEX_PAIR_NEXT.test(rest) && !WORKED_NEXT.test(rest)) return false;
  // "minority advisers 2008: how many persons were involved?": the persons in their cases, not the advisers.
  return !COUNTED_NEXT().test(rest) && !(after[0].endsWith(' persons') && PERSONS_OF_CASES.test(rest));
}
/** A sex, then the other one: "boys how many girls", "women and men". */
const SEX_PAIR_NEXT = /^\s*(?:(?:girls|women)\b(?: \S+){0,3}? (?:boys|men)|(?:boys|men)\b(?: \S+){0,3}? (?:girls|women))\b/u;
/** Working there, employed: the advisers themselves are counted ("how many women and men worked there?"). */
const WORKED_NEXT = /\b(?:work|works|worked|working|employed|staff|jobbet|jobber|arbeidet|arbeider|arbeidde|ansatt|tilsett)\b/u;
/** Every "how many <service>" of the message (HEADCOUNT, global). */
const HEADCOUNT_ALL = once((): RegExp => new RegExp(HEADCOUNT().source, `${HEADCOUNT().flags.replace('g', '')}g`));
/** The rest of the service's word, then a count of its cases: "… adviser cases", "… envoys' inquiries". */
const CASES_OF_NEXT = /^\p{L}*(?:'s?)?\s+(?:cases?|inquir\p{L}*|saker|sakene|saka[nr]e?|henvendels\p{L}*)\b/u;
/** "how many cases", "hvor mange saker": the service's cases asked first. */
const CASES_ASKED = once((): RegExp => re(`(?:${W.headcountLead}) (?:\\p{L}+ ){0,3}?(?:cases?|saker|saka[nr]e?|inquir\\p{L}*|henvendels\\p{L}*)\\b`));
/** "… how many women vs men did they help": a word for people, then a verb of helping them. */
const HELPED_PEOPLE_NEXT = once((): RegExp => re(`^\\s*(?:${W.people})\\b(?: \\S+){0,3}? (?:${W.helpedByThem})\\b`));
/** "… how many of them …": a part of what the message counted before. */
const OF_THEM_NEXT = once((): RegExp => re(`^\\s*(?:${W.ofThem})\\b`));
/** "how many people", "hvor mange folk": a word for people right after the question for a number. */
const PEOPLE_ASKED = once((): RegExp => re(`(?:${W.howMany}) (?:${W.people})\\b`));
/** A word for people ("women", "jenter", "persons"). */
const PEOPLE_WORD = once((): RegExp => re(`\\b(?:${W.people})\\b`));
/** "… how many persons were involved", "… were helped": persons of the cases, not a headcount of the service. */
const PERSONS_OF_CASES = /^\s*(?:(?:were|was|are|is|got|have been|had been) )?(?:involved|helped|affected|concerned)\b/u;
/** A count named right after "how many" ("kor mange saker", "how many inquiries"): that is what is counted. */
const COUNTED_NEXT = once((): RegExp => re(`^\\s*(?:${W.countsCasesOrPeople}|${W.explicitPersons})`));

/**
 * The team's and the action plans' full names carry topic words ("Kompetanseteamet mot negativ sosial kontroll og
 * æresrelatert vold", "handlingsplan mot tvangsekteskap 2008–2011"): a name, not a topic.
 */
const SERVICE_NAME_TAIL = once((): RegExp => re(W.serviceNameTail, 'gu'));
/**
 * The envoys' full title carries a count word ("spesialutsendingar for integreringssaker"): a name, not the cases
 * counted, so "kor mange spesialutsendingar for integreringssaker finst det?" asks for the envoys (issue #13, dev39).
 */
const SERVICE_TITLE_TAIL = once((): RegExp => re(W.serviceTitleTail, 'gu'));

/** "hvor mange jenter blir kjønnslemlestet?" counts people (prevalence), not the services' cases. */
const PEOPLE = `(?:${W.people})\\b`;

/**
 * "hvor mange tvangsekteskap …", "how many FGM cases", "how many of them were FGM", and (the second and third patterns of
 * each case type, the third with the people the cases concerned before the topic) "how many of Kompetanseteamet's 2022 cases were about FGM?", "hvor mange av sakene i 2022 gjaldt
 * kjønnslemlestelse?": the count asked, a few words, then what the counted cases were about, in the same sentence.
 * Made once, on the first question that needs them.
 */
let topicCounts: readonly RegExp[] | undefined;
function topicCountPatterns(): readonly RegExp[] {
  topicCounts ??= CASE_TYPE_TOPICS().flatMap(([, pattern]) => [
    unicodeWords(new RegExp(`(?:${W.countLead}) (?:(?:${W.ofThem}) (?:(?!${PEOPLE})\\S+ ){0,2}|(?:(?!${PEOPLE})\\S+ )?)(?:${pattern.source})`, 'u')),
    unicodeWords(new RegExp(`(?:${W.countLead}) (?:[^.?!;]{0,60}? )?(?:${W.topicVerb}) (?:(?!${PEOPLE})\\S+ )?(?:${pattern.source})`, 'u')),
    // "how many cases were about young people forced into marriage?", "… om unge som ble etterlatt i utlandet": the
    // people the cases were about, then what happened to them.
    unicodeWords(new RegExp(`(?:${W.countLead}) (?:[^.?!;]{0,60}? )?(?:${W.topicVerb}) (?:\\S+ )?${PEOPLE} (?:(?:who|that|som|der) (?:\\S+ ){0,2})?(?:${pattern.source})`, 'u')),
  ]);
  return topicCounts;
}

/** Whether the number asked is a count of the case type itself. */
function countsTopic(text: string): boolean {
  const rest = text.replace(SERVICE_NAME_TAIL(), ' ');
  return topicCountPatterns().some((pattern) => pattern.test(rest));
}

/** The case type a question is about, by name ("saker om kjønnslemlestelse" → fgm), if any. */
function caseTypeTopic(text: string): string | undefined {
  const rest = text.replace(SERVICE_NAME_TAIL(), ' ');
  let best: [number, string] | undefined;
  for (const [category, pattern] of CASE_TYPE_TOPICS()) {
    const match = pattern.exec(rest);
    if (match && (!best || match.index < best[0])) best = [match.index, category];
  }
  return best?.[1];
}

/**
 * Each county's pattern as a whole word, made once: made anew on every call, each was compiled again whenever V8's
 * compilation cache had let it go (every full garbage collection, under load every few hundred messages).
 */
const COUNTY_WORDS: ReadonlyArray<readonly [string, RegExp]> = COUNTIES.map(([id, pattern]) => [id, new RegExp(`(?<!\\p{L})(?:${pattern})(?!\\p{L})`, 'u')]);

/** The organisations a grant's amounts are published for, by name (content/stats/stats-grammar.json `recipients`). */
const RECIPIENTS = once((): ReadonlyArray<readonly [string, RegExp]> => GRAMMAR.recipients.map(([id, pattern]) => [id, re(pattern)]));

/** Each city (content/stats/stats-grammar.json `countyCities`) with its pattern compiled once, for both readings below. */
const CITY_PLACES = GRAMMAR.countyCities.map(({ county, id, pattern }) => ({ county, id, pattern: new RegExp(`(?<!\\p{L})(?:${pattern})(?!\\p{L})`, 'u') }));
/** Cities, each read as the county it lay in in 2008 (where schools are counted). */
const CITY_WORDS: ReadonlyArray<readonly [string, RegExp]> = CITY_PLACES.map(({ county, pattern }) => [county, pattern]);
/** The same cities, each as a place of its own (its id: where cases are counted). */
const CITIES: ReadonlyArray<readonly [string, RegExp]> = CITY_PLACES.map(({ id, pattern }) => [id, pattern]);

/** The place named first in the text ("i Vestland … sammenligne med Rogaland" asks about Vestland). */
function placeIn(text: string, places: ReadonlyArray<readonly [string, RegExp]>): string | undefined {
  let best: [number, string] | undefined;
  for (const [id, pattern] of places) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best[0])) best = [match.index, id];
  }
  return best?.[1];
}

/** Metrics that say how many there are of a service or its means, not what its cases were: a breakdown by embassy or county of those is not asked. */
const NOT_PER_PLACE: readonly (Metric | undefined)[] = ['staff', 'positions', 'funding-nok', 'funding-share', 'organisations'];

/** The breakdowns each cue text of the message being read names, in the patterns' order (asked ~4 times a message of the same text). */
const breakdownsOfTexts = new ReadingMemo<readonly BreakdownDimension[]>();

function breakdownIn(text: string, metric: Metric | undefined): BreakdownDimension | undefined {
  const named = breakdownsOfTexts.get(text, (t) => BREAKDOWN_PATTERNS().filter(([, pattern]) => pattern.test(t)).map(([dimension]) => dimension));
  for (const dimension of named) {
    // "hvor mange så sommerkampanjen?" names no metric: a campaign's views are what is counted.
    if (dimension === 'campaign' && metric !== 'views' && metric !== 'unique-users' && metric !== undefined) continue;
    if (dimension === 'staff-group' && metric !== 'women-share') continue;
    if (dimension === 'gender' && STAFF_SHARES.includes(metric)) continue;
    if ((dimension === 'embassy' || dimension === 'county' || dimension === 'school' || dimension === 'school-type') && NOT_PER_PLACE.includes(metric)) continue;
    if (dimension === 'school' && metric === 'schools') continue;
    // "how much funding … and where did it come from?": money comes from a funder, not from a country of origin.
    if (dimension === 'origin-country' && (metric === 'funding-nok' || metric === 'funding-share')) continue;
    // "how much was the team strengthened, and what is IMDi's share in it?": the money is not split by organisation.
    if (dimension === 'organisation' && (metric === 'funding-nok' || metric === 'funding-share')) continue;
    return dimension;
  }
  return undefined;
}

const LOCAL = once((): RegExp => re(W.local));
const NATIONAL = once((): RegExp => re(W.national));

export interface AskedBreakdown {
  readonly breakdown?: BreakdownDimension;
  readonly category?: string;
  /** Other case types counted in the same message, each with its own "how many". */
  readonly alsoCategories?: readonly string[];
}

/** "how many", each time it is said. */
const HOW_MANY_EACH = once((): RegExp => re(W.howMany, 'gu'));

/**
 * The case types a message counts one by one ("1) how many about threats and violence? 2) and how many about negative
 * social control?"): with "how many" said at least twice, or the case types set against each other ("vs", "compared"), every case type named after the first, in the order named,
 * that is not counted with the first (fear of forced marriage is read with forced marriage).
 */
function otherCaseTypesCounted(text: string, first: string): readonly string[] {
  // "how many were fear of forced marriage vs threats and violence?": one "how many" set against a second case type
  // counts both, as a second "how many" does.
  if ((text.match(HOW_MANY_EACH()) ?? []).length < 2 && !COMPARE().test(text)) return [];
  const rest = text.replace(SERVICE_NAME_TAIL(), ' ');
  const named: Array<readonly [number, string]> = [];
  for (const [category, pattern] of CASE_TYPE_TOPICS()) {
    const match = pattern.exec(rest);
    if (match) named.push([match.index, category]);
  }
  const family = categoryFamily('case-type', first);
  return [...new Set(named.sort((a, b) => a[0] - b[0]).map(([, category]) => category))].filter((c) => c !== first && !family.includes(c));
}

/**
 * The breakdown a question asks for, and the one part of it when it names one: a case type by name
 * ("hvor mange saker om kjønnslemlestelse?"), an embassy ("i Amman") or a county ("i Vestland").
 */
export function askedBreakdown(text: string, metric: Metric | undefined, countries: readonly string[] = []): AskedBreakdown {
  const found = breakdownIn(text, metric);
  // "fordelingen på sakstyper – trusler/vold, ufrivillig utenlandsopphold osv.": the split is asked, the case types
  // named beside it are examples of its parts, unless the question counts one of them ("hvor mange saker om …").
  const topic = found === 'case-type' && !countsTopic(text) ? undefined : caseTypeTopic(text);
  // A named case type is the question's subject unless it asks for another split ("which countries were the
  // forced-marriage cases from?"); "jenter" beside it describes the people, not a split by gender.
  // With another thing counted ("tilskudd … mot tvangsekteskap"), the case type says what the money or work is for.
  const countsCases = metric === undefined || metric === 'cases' || metric === 'inquiries' || metric === 'persons';
  if (topic && countsCases && (found === undefined || found === 'case-type' || found === 'gender')) {
    const others = otherCaseTypesCounted(text, topic);
    return { breakdown: 'case-type', category: topic, ...(others.length > 0 ? { alsoCategories: others } : {}) };
  }
  if (found === 'embassy') {
    const city = EMBASSY_CITIES.find((c) => unicodeWords(new RegExp(`\\b${c}\\b`, 'u')).test(text));
    return city ? { breakdown: found, category: city } : { breakdown: found };
  }
  if (found === 'staff-group') {
    const group = STAFF_GROUPS.find(([, p]) => new RegExp(p, 'u').test(text))?.[0];
    return group ? { breakdown: found, category: group } : { breakdown: found };
  }
  // "hvor mange lokale prosjekter": the municipalities' projects, not IMDi's national ones (and the other way round).
  if (found === undefined && metric === 'projects') {
    const local = LOCAL().test(text);
    const national = NATIONAL().test(text);
    if (local !== national) return { breakdown: 'project-level', category: local ? 'local' : 'national' };
  }
  if (found === 'campaign') {
    // "the summer campaign, and the Pride campaign?": both named, so every campaign is asked, not the first.
    const named = CAMPAIGNS().filter(([, p]) => p.test(text));
    const campaign = named.length === 1 ? named[0]?.[0] : undefined;
    return campaign ? { breakdown: found, category: campaign } : { breakdown: found };
  }
  // "how much did SEIF get of the resource-environment grant?": the amount one named organisation got.
  if ((found === undefined || found === 'organisation' || found === 'funder') && metric === 'funding-nok') {
    const recipient = placeIn(text, RECIPIENTS());
    if (recipient) return { breakdown: 'recipient', category: recipient };
  }
  // "how many cases did the advisers in Bergen have?": no source counts the cases of a city, and the county it lies in
  // is not what was asked; the city is the place, so the answer says it has no figure for it before the national one
  // (issue #13). A city named only as where the writer works ("I teach in Bergen. How many cases …") is dropped by
  // `askedBreakdownOf` (`cityAsked`): the national figure alone answers that.
  const countsCasesNamed = metric === 'cases' || metric === 'inquiries' || metric === 'persons';
  if (found === 'county') {
    const county = placeIn(text, COUNTY_WORDS) ?? (metric === 'schools' ? placeIn(text, CITY_WORDS) : countsCasesNamed ? placeIn(text, CITIES) : undefined);
    return county ? { breakdown: found, category: county } : { breakdown: found };
  }
  if (found === undefined && countsCasesNamed) {
    const city = placeIn(text, CITIES);
    if (city) return { breakdown: 'county', category: city };
  }
  // "hvilke skoler i Trondheim hadde rådgivere i 2008?": the schools are counted per county; a city names its county.
  if (found === undefined && metric === 'schools') {
    const county = placeIn(text, CITY_WORDS);
    if (county) return { breakdown: 'county', category: county };
  }
  // A country named in a question about cases ("saker om Afghanistan", "щодо Росії", "afghanske jenter"): the cases
  // from that country of origin, a split the sources publish only as an order, never as a count per country.
  const country = countries.find((c) => c !== 'NO');
  // "… were about people from Eritrea": what the cases were about is where the people came from, not a case type.
  if (country && countsCases && (found === undefined || found === 'origin-country' || found === 'gender' || (found === 'case-type' && PEOPLE_FROM().test(text)))) return { breakdown: 'origin-country', category: country };
  return found ? { breakdown: found } : {};
}

/** What a breakdown implies is counted when the question names nothing: "fordelt på kjønn" counts people, "hvilke land" cases. */
function metricForBreakdown(breakdown: BreakdownDimension | undefined): Metric | undefined {
  if (breakdown === 'gender') return 'persons';
  if (breakdown === 'organisation') return 'staff';
  if (breakdown !== undefined && (CASE_DIMENSIONS.includes(breakdown) || breakdown === 'origin-country')) return 'cases';
  if (breakdown === 'embassy' || breakdown === 'county' || breakdown === 'age' || breakdown === 'school' || breakdown === 'school-type') return 'cases';
  return undefined;
}

function modeOf(text: string, services: readonly ServiceId[], years: YearRange | undefined): StatsMode {
  if (TOTAL().test(text) && (services.length !== 1 || ALL_SERVICES().test(text))) return 'total';
  if (services.length >= 2) return 'compare';
  if (TREND().test(text) || (years !== undefined && years.toYear > years.fromYear && !TOTAL().test(text))) return 'trend';
  if (TOTAL().test(text) && years !== undefined && years.toYear > years.fromYear) return 'total';
  return 'value';
}

export interface StatsRecognizerOptions {
  /** The turn's clock; relative years resolve against its UTC year. */
  readonly now: () => Date;
  /** ISO codes of the countries a message names, in order (the contact directory's country names); none by default. */
  readonly findCountries?: (text: string, lng: Lang) => readonly string[];
  /** The values a message names, read as a doubt's are (conversation/claimed-values.ts); none by default. */
  readonly readClaim?: (u: Utterance) => ClaimedValues | undefined;
}

const cueTexts = new ReadingMemo<string>();
/** The message as the patterns read it: other languages' statistics words as English cues, no punctuation. */
function cueText(normalized: string, lng?: Lang): string {
  // The statistics, history and follow-up readers parse the same texts of a message (see `ReadingMemo`).
  return cueTexts.get(`${lng ?? ''}\u0000${normalized}`, () =>
    // "oppdrag 2024-09" is an allocation-letter assignment: a named task, neither a year nor a count of assignments.
    toEnglishCues(withoutNumberedAssignments(normalized), lng).replace(/[?!.,;:«»"“”()]/gu, ' ').replace(/\s+/gu, ' ').trim(),
  );
}

export interface StatsSlots {
  readonly services: readonly ServiceId[];
  readonly years?: YearRange;
  /** Only when the message names what is counted, or its split implies it (a case type counts cases). */
  readonly metric?: Metric;
  readonly breakdown?: BreakdownDimension;
  /** The one part of the split named ("i Oslo", "in Amman", "om kjønnslemlestelse"): a code from the fixed lists. */
  readonly category?: string;
}

/** Splits by a place or an age: they say where or whom, not what is counted ("og i Oslo?" after the schools is schools). */
const PLACE_SPLITS: readonly BreakdownDimension[] = ['embassy', 'county', 'age', 'school', 'school-type'];

/**
 * What a message names, without deciding whether it asks for figures: for short follow-ups ("og i 2008?",
 * "og spesialutsendingene?", "and by gender?") that change one part of the last statistics question.
 */
const slotsOfTexts = new ReadingMemo<StatsSlots>();

export function readStatsSlots(normalized: string, now: Date, lng?: Lang): StatsSlots {
  // The history reader (in every understanding) and the follow-up's slot reader read the same message's slots.
  return slotsOfTexts.get(slotsKey(normalized, now, lng), () => readStatsSlotsOnce(normalized, now, lng));
}

/** The services and years of `StatsSlots`, without what is counted or the split. */
export type StatsServicesAndYears = Pick<StatsSlots, 'services' | 'years'>;

const servicesAndYearsOfTexts = new ReadingMemo<StatsServicesAndYears>();

/**
 * The services and years a message names, as `readStatsSlots` reads them: all the history reader (in every
 * understanding) needs before it knows a message is about a service's past, which few are. What is counted and the
 * split (the county, embassy and case-type patterns) are read only for those, and for the follow-ups that ask.
 */
export function readStatsServicesAndYears(normalized: string, now: Date, lng?: Lang): StatsServicesAndYears {
  return servicesAndYearsOfTexts.get(slotsKey(normalized, now, lng), () => {
    const text = cueText(normalized, lng);
    const years = askedYears(text, now.getUTCFullYear(), false);
    return { services: servicesIn(text), ...(years ? { years } : {}) };
  });
}

function slotsKey(normalized: string, now: Date, lng: Lang | undefined): string {
  return `${now.getUTCFullYear()}\u0000${lng ?? ''}\u0000${normalized}`;
}

function readStatsSlotsOnce(normalized: string, now: Date, lng: Lang | undefined): StatsSlots {
  const text = cueText(normalized, lng);
  const { services, years } = readStatsServicesAndYears(normalized, now, lng);
  const named = namedMetric(normalized, lng, text, services);
  const { breakdown, category } = askedBreakdownOf(normalized, lng, text, named);
  // "og fordelt på sakstype?" after "hvor mange oppdrag …": the split describes cases, so cases are what is counted.
  const implied = breakdown && PLACE_SPLITS.includes(breakdown) ? undefined : metricForBreakdown(breakdown);
  // "og folk?", "а людей?" after a count of inquiries: a follow-up of people words alone asks how many persons.
  const metric = breakdown && CASE_DIMENSIONS.includes(breakdown) && named !== 'inquiries' && named !== 'persons' ? 'cases' : (named ?? implied ?? (ELLIPTIC_PERSONS().test(text) ? 'persons' : undefined));
  return { services, ...(years ? { years } : {}), ...(metric ? { metric } : {}), ...(breakdown ? { breakdown } : {}), ...(category ? { category } : {}) };
}

/**
 * What the message names as counted, in the sentence that asks for a number or else anywhere in `text` (its cue text,
 * maybe without a story's own case). The statistics recognizer and the slots' reader (the history reader, in every
 * understanding) ask it of the same message; a pure function of these four, so worked out once.
 */
function namedMetric(normalized: string, lng: Lang | undefined, text: string, services: readonly ServiceId[]): Metric | undefined {
  const key = `${lng ?? ''}\u0000${services.join(',')}\u0000${normalized}\u0000${text}`;
  return metricsOfTexts.get(key, () => ({ metric: metricOfAskingSentence(normalized, lng, services) ?? metricIn(text, services) })).metric;
}

/** The metric each message's texts name (boxed: `ReadingMemo` keeps no undefined). */
const metricsOfTexts = new ReadingMemo<{ readonly metric: Metric | undefined }>();

/** "sammenlignet med året før", "compared with the year before": the year named and the one before it. */
const PREVIOUS_YEAR = once((): RegExp => re(W.previousYear));

/** "fram til nå", "til i dag", "until now", "since 2016": a range that runs to the present. */
const UNTIL_NOW = once((): RegExp => re(W.untilNow));
/**
 * "flere enn i 2021?", "sammenlignet med 2021", "compared with 2018": one year set against today. The answer shows the
 * figures from that year to the latest published (as "since 2021" does), so the year named is never shown alone.
 */
const COMPARED_WITH_YEAR = once((): RegExp => re(W.comparedWithYear));
/** "flere saker enn før?", "more cases than before?": today set against the earlier years, a figures question of its own. */
const COMPARED_WITH_BEFORE = once((): RegExp => re(W.comparedWithBefore));

/**
 * The years a question asks about. A year written out wins over a relative one beside it ("i fjor, altså 2023",
 * "last year (2023)"): the person says which year they mean. "sammenlignet med året før" adds the year before.
 */
function askedYears(text: string, year: number, againstToday = true): YearRange | undefined {
  const explicit = explicitYearsOf(text);
  // "fra 2016 og fram til nå", "since 2016": from the year named to this year (the answer says which have figures).
  // "compared with 2021" is set against today in a question of its own; after a figure (`againstToday` false, the
  // follow-up's slots), against the year shown, which the follow-up reader keeps.
  // "how many more than the envoys in 2023" with two services named sets one service against the other in that year
  // (`againstToday` false too).
  if (explicit && explicit.fromYear === explicit.toYear && explicit.fromYear < year && (UNTIL_NOW().test(text) || (againstToday && COMPARED_WITH_YEAR().test(text)))) return { fromYear: explicit.fromYear, toYear: year };
  const years = explicit ?? relativeYears(text, year);
  if (years && years.fromYear === years.toYear && PREVIOUS_YEAR().test(text)) return { fromYear: years.fromYear - 1, toYear: years.toYear };
  return years;
}

/** "which countries", "hva gjaldt de fleste", "were most of them girls": the parts of a split are asked, not a count in each. */
const LIST_ASKED = once((): RegExp => re(W.listAsked));
/** "exact numbers", "nøyaktige tall", "per country": a count asked for each part, whatever else the question says. */
const EXACT = once((): RegExp => re(W.exact));

/** "hvor mange nasjonale ressursmiljøer", "how many organisations": the organisations are what is counted. */
const COUNTS_ORGANISATIONS = once((): RegExp => re(W.countsOrganisations));

/**
 * "hvor mange saker om kjønnslemlestelse …? skal ha et foredrag for personalet": the one sentence that asks for a
 * number says what is counted; a remark beside it (what the figure is for) does not.
 */
function metricOfAskingSentence(normalized: string, lng: Lang | undefined, services: readonly ServiceId[]): Metric | undefined {
  const sentences = sentencesOf(normalized);
  if (sentences.length < 2) return undefined;
  const cued = sentences.map((x) => cueText(x, lng));
  // "stemmer det at de hadde 897 saker i 2023? har sett 899 i årsrapporten": with no "how many", the sentence that
  // checks a claim is the question; the remark after it ("I've seen …") names where the other value was read.
  const counting = cued.filter((x) => NUMBER_CUE().test(x));
  const asking = counting.length > 0 ? counting : cued.filter((x) => CLAIM_CHECK().test(x));
  // "ka land kjem dei fleste sakene frå? eg skal ha fagdag for lærarane": with no "how many", the one sentence asking
  // which countries most cases came from is the question; the course or lecture beside it is what the figure is for,
  // not what is counted (issue #13, dev37c).
  if (asking.length === 0) {
    const origin = cued.filter((x) => ORIGIN_MOST().test(x));
    if (origin.length === 1 && origin[0] !== undefined) return metricIn(origin[0], services) ?? 'cases';
  }
  // "… Hvor mange henvendelser …? Har sett 28 % et sted men det stemmer ikke med tallene jeg har": the sentence that
  // asks "how many" is the question; a remark that mentions figures is not.
  // "hvor mye fikk de frivillige organisasjonene i 2023? og hvor stor andel var det": a share asked after the amount,
  // with nothing counted of its own, is a share of that figure (the card adds it), not a second question (issue #13).
  const asked = asking.length > 1 ? asking.filter((x) => HOW_MANY_ASKED().test(x) && !shareOfTheFigure(x, services)) : asking;
  return asked.length === 1 && asked[0] !== undefined ? metricIn(asked[0], services) : undefined;
}

/** "how many", "how much" in any of their forms: a count or an amount asked, not a share. */
const COUNT_OR_AMOUNT = once((): RegExp => re(`${W.howMany}|${W.amountCue}`));
/** A sentence that asks a share only ("og hvor stor andel var det?"), naming nothing counted: the share of the figure beside it. */
function shareOfTheFigure(sentence: string, services: readonly ServiceId[]): boolean {
  return !COUNT_OR_AMOUNT().test(sentence) && metricIn(sentence, services) === undefined;
}

/** Words for what a count of people would be beside: cases, inquiries, girls ("hvor mange ansatte" is staff without them). */
const COUNTS_CASES_OR_PEOPLE = once((): RegExp => re(W.countsCasesOrPeople));
/** "personer", "individuals": people counted by that word, not by a gender word alone. */
const EXPLICIT_PERSONS = once((): RegExp => re(W.explicitPersons));
/** A message of people words alone ("and people?", "og folk?", "а людей?"): in a follow-up, how many persons. */
const ELLIPTIC_PERSONS = once((): RegExp => re(W.ellipticPersons));
/** "når", "when", "hvilket år": the question asks when, not how many. */
const WHEN_ASKED = once((): RegExp => re(W.whenAsked));
/** "when is the deadline?", "når er fristen?": the message asks when something is due, not how many. */
const DEADLINE_ASKED = once((): RegExp => re(W.deadlineAsked));
/** "hva erstatter den felles rapporten", "which year does the first one cover": a question about a report, not for a figure. */
const REPORT_ASKED = once((): RegExp => re(W.reportAsked));
/** A service and a year alone are no figure question when the message asks what something is, or for a contact. */
const NOT_A_FIGURE = once((): RegExp => re(W.notAFigure));
/** "et eksempel på et prosjekt", "for example": one project or case asked for, not a figure. */
const EXAMPLE_ASKED = once((): RegExp => re(W.exampleAsked));
/**
 * "which countries do the envoys cover?", "hvilke land dekker spesialutsendingene?": the countries a service is
 * responsible for (the envoys' coverage, answered by the contacts), not the countries the cases came from.
 */
const COVERAGE_ASKED = once((): RegExp => re(W.coverageAsked));
/** Numbers to call or to put on a poster: phone numbers, not figures. */
const PHONE_NUMBERS = once((): RegExp => re(W.phoneNumbers));
/**
 * "vi hadde ei sak i fjor", "we had a case last year": the one case of a story told around another question (who can
 * train us?), not a count of cases. Left out of the words read for figures unless the message asks for a number.
 */
const OWN_CASE = once((): RegExp => re(W.ownCase, 'gu'));
/**
 * "vi har ingen mangfoldsrådgiver her", "our school doesn't have a diversity adviser": a service named as missing
 * where the asker works tells why they ask someone else (for training, for advice), it asks for none of its figures.
 * Left out like `OWN_CASE` unless the message asks for a number ("how many schools have no adviser?").
 */
const SERVICE_LACKING = once((): RegExp => re(W.serviceLacking, 'gu'));
/** "hei, rådgiver på ungdomsskole …", "I'm a school adviser at …": the writer's own job, not the advisers' figures. */
const OWN_ADVISER_ROLE = once((): RegExp => re(W.ownAdviserRole, 'gu'));

/** Splits that describe the cases themselves: their countries of origin, their types. */
const ORIGIN_OR_TYPE: readonly BreakdownDimension[] = ['origin-country', 'case-type'];
/** The counts those splits describe. */
const COUNTED_CASES: readonly Metric[] = ['cases', 'inquiries', 'persons'];

/** A message up to this many characters is a question, not a story told around one (a split word in it may ask for a split). */
const SHORT_QUESTION = 160;
/** "kan spesialutsendingene holde kurs for oss?", "do the envoys offer training?": training wished for, not a count. */
const TRAINING_WISHED = once((): RegExp => re(W.trainingWished));
/** The score of the envoys' training asked without a number word: above a topic article read from a word for training. */
const ENVOYS_TRAINING_SCORE = 0.8;

/** The sentences of a normalised message (split after ? ! . and their Arabic, Urdu and Ge'ez forms). */
function sentencesOf(normalized: string): string[] {
  return normalized.split(/(?<=[?!.؟۔።፧])\s+/u).filter((x) => x.trim().length > 0);
}

/**
 * The clauses of a normalised message: split at sentence ends and commas, in every script; a full stop after a short
 * word ends an abbreviation ("doradcy ds. różnorodności", "bl.a."), not a sentence.
 */
function clausesOf(normalized: string): string[] {
  return normalized.split(/[?!;,؟۔።፧،፣]+|(?<=\p{L}{4}|\d)\.+/u).filter((x) => x.trim().length > 0);
}

const COUNTED_CASE_WORDS = once((): readonly RegExp[] => METRIC_PATTERNS().filter(([metric]) => COUNTED_CASES.includes(metric)).map(([, pattern]) => pattern));

/**
 * Whether a city read as the place asked is named in a clause that asks the count ("hvor mange saker hadde rådgiverne
 * i Bergen?"), not beside the question as where the writer is ("vi er en skole i Bergen, hvor mange saker …?", "I teach
 * in Bergen. How many cases …?"): then the national figure is the answer, not a city's missing one.
 */
function cityAsked(normalized: string, lng: Lang | undefined, asked: AskedBreakdown): boolean {
  const city = asked.breakdown === 'county' ? CITIES.find(([id]) => id === asked.category)?.[1] : undefined;
  const clauses = clausesOf(normalized);
  if (!city || clauses.length < 2) return true;
  return clauses.some((clause) => {
    if (!city.test(clause)) return false;
    const cues = cueText(clause, lng);
    return NUMBER_CUE().test(cues) || COUNTED_CASE_WORDS().some((pattern) => pattern.test(cues));
  });
}

/** The breakdown asked, without a city named only as where the writer is (`cityAsked`). */
function askedBreakdownOf(normalized: string, lng: Lang | undefined, text: string, metric: Metric | undefined, countries: readonly string[] = []): AskedBreakdown {
  const asked = askedBreakdown(text, metric, countries);
  return cityAsked(normalized, lng, asked) ? asked : {};
}

/**
 * Whether a split word ("which", "fordelt") asks for the split the message names: in a one-sentence message always;
 * in several sentences only in the one that names it ("Which envoy covers Sudan? Also FGM?" asks no split by case type).
 */
function splitAskedWhereNamed(normalized: string, lng: Lang | undefined, breakdown: BreakdownDimension | undefined, metric: Metric | undefined, countries: readonly string[]): boolean {
  const sentences = sentencesOf(normalized);
  if (sentences.length < 2) return true;
  return breakdown !== undefined && sentences.some((x) => {
    const cues = cueText(x, lng);
    return BREAKDOWN_CUE().test(cues) && askedBreakdown(cues, metric, countries).breakdown === breakdown;
  });
}

/**
 * Whether a message of several sentences names its year only in words, in sentences other than the last one (the
 * question): "vi hadde en sak i fjor som er avsluttet. kan dere komme og ha kurs for oss?" dates the story, it asks for
 * no count of courses.
 */
function yearOnlyBesideTraining(normalized: string, text: string, year: number, lng: Lang | undefined): boolean {
  if (explicitYearsOf(text)) return false;
  const sentences = sentencesOf(normalized);
  if (sentences.length < 2) return false;
  return askedYears(cueText(sentences[sentences.length - 1]!, lng), year, true) === undefined;
}

/** A post named by its city with nothing that asks for a figure: no number cue, no year, no word for figures or statistics. */
function asksPostCoverage(text: string, cue: boolean, years: YearRange | undefined): boolean {
  return EMBASSY_CITY().test(text) && !cue && years === undefined && !FIGURES_WORD().test(text) && !STATISTICS_WORD().test(text);
}

/**
 * "kor mykje då, og kor stor blei stillingsdelen til IMDi?": "how much" in a clause of its own, beside IMDi's share of
 * Kompetanseteamet's positions in another, asks the amount the team was strengthened with (issue #13, left36).
 */
function amountBesideShare(text: string, services: readonly ServiceId[]): boolean {
  if (!services.includes('kompetanseteamet')) return false;
  const organisation = BREAKDOWN_PATTERNS().find(([dimension]) => dimension === 'organisation')?.[1];
  const clauses = text.split(NEW_CLAUSE());
  return clauses.length > 1 && clauses.some((clause) => AMOUNT_CUE().test(clause) && !organisation?.test(clause) && !IMDI().test(clause) && !SHARE_OF().test(clause));
}

/** A clause that asks who took part in a campaign ("the TikToker in the Christmas campaign", "what was the influencer called"). */
const CAMPAIGN_PERSON = once((): RegExp => re(W.campaignPerson));
/**
 * The message without the clauses that ask who took part in a campaign ("… og hva het tiktokeren i julekampanjen?"):
 * a name, which no figure gives, so the campaign named there makes no figures question of Nora's (issue #13, facts40).
 * A message of that clause alone is then no figures question at all, and the Nora article (which names the
 * influencer) answers it.
 */
function withoutCampaignPerson(text: string): string {
  if (!CAMPAIGN_PERSON().test(text)) return text;
  const starts = [0, ...[...text.matchAll(new RegExp(NEW_CLAUSE().source, 'gu'))].map((m) => m.index ?? 0).filter((i) => i > 0), text.length];
  const clauses = starts.slice(0, -1).map((start, i) => text.slice(start, starts[i + 1]));
  // "how many saw the influencer's campaign?" still asks for a figure.
  return clauses.filter((clause) => !CAMPAIGN_PERSON().test(clause) || NUMBER_CUE().test(clause)).join(' ');
}

/** Parses one utterance; exported for tests and the evaluation report. Returns undefined when it is not about figures. */
export function parseStatsQuestion(
  normalized: string,
  now: Date,
  lng?: Lang,
  /**
   * ISO codes of the countries the message names (the contact directory's country names), in order; a function is
   * asked only when the reading needs them (finding them reads every clause of the message).
   */
  countriesNamed: readonly string[] | (() => readonly string[]) = [],
  /**
   * The values a message names (`readClaim`, conversation/claimed-values.ts), asked only when it checks a claim about
   * a figure ("the report says it rose 28 %, is that right?", "stemmer det at …", "I read that …").
   */
  claimOf?: () => ClaimedValues | undefined,
): { query: StatsQueryModel; score: number } | undefined {
  normalized = normalized.replace(SERVICE_TITLE_TAIL(), ' ');
  const cues = cueText(normalized, lng);
  const text = withoutCampaignPerson(NUMBER_CUE().test(cues) ? cues : cues.replace(OWN_CASE(), ' ').replace(SERVICE_LACKING(), ' ').replace(OWN_ADVISER_ROLE(), ' '));
  const year = now.getUTCFullYear();
  let services = servicesIn(text);
  if (services.length === 0 && ALL_SERVICES().test(text)) services = [...CASE_HANDLING_SERVICES];
  const cue = NUMBER_CUE().test(text);
  // Only what decides whether the message asks for figures at all is read before that is decided (below): the years
  // only when a count of persons needs them, so that most messages, which name no figure, are not read for years.
  let yearsRead: { readonly years: YearRange | undefined } | undefined;
  const yearsAsked = (): YearRange | undefined => (yearsRead ??= { years: askedYears(text, year, !(services.length >= 2 && GAP_ASKED().test(text))) }).years;
  let metric = namedMetric(normalized, lng, text, services);
  // "hvor mange medlemmer har ungdomspanelet?", "how many departments has the new division?": a count an article
  // gives, which no statistic publishes; answered here it would be IMDi's staff or the advisers' cases.
  if ((metric === undefined || metric === 'persons' || metric === 'staff') && shippedCountedInArticles().asks(normalized)) return undefined;
  if ((metric === undefined || metric === 'persons' || metric === 'staff') && asksForHeadcount(text) && !COUNTS_CASES_OR_PEOPLE().test(text)) metric = 'staff';
  if (COUNTS_ORGANISATIONS().test(text)) metric = 'organisations';
  // The expert team counts the people its courses reached, not persons helped or staff of its own: "how many people
  // (employees, persons) did the expert team train?" asks for the people reached.
  metric = countedByService(services, metric);
  // "hvor mange jenter blir kjønnslemlestet?" asks about prevalence, not about a service's figures: gender words
  // count people only together with a service or a year.
  if (metric === 'persons' && !EXPLICIT_PERSONS().test(text) && services.length === 0 && !yearsAsked()) metric = undefined;
  // A campaign's reach is its unique users (and views): "hvor mange nådde Pride-kampanjen?".
  // "Pride campaign numbers 2023?", "tall for kampanjen": a campaign's figures, no metric named, are its reach too.
  // "how many persons did the Pride campaign reach", "immisa qof …", "چند نفر …": Nora counts no persons helped, so
  // the persons a campaign is asked about are its unique users.
  const campaignReach =
    services.includes('nora') &&
    (metric === 'people-reached' || (metric === 'persons' && CAMPAIGN_WORD().test(text)) || (metric === undefined && CAMPAIGN_WORD().test(text) && FIGURES_WORD().test(text)));
  if (campaignReach) metric = 'unique-users';
  // "kva land kom flest av dei frå i 2023?", "which country did most of them come from?": the countries the cases came
  // from most, which is what the services' case counts publish (the ranking of the countries of origin).
  if (metric === undefined && ORIGIN_MOST().test(text)) metric = 'cases';
  // Every reading below needs a number cue, a service, something counted or the statistics command (the scores at the
  // end, and nothing after this changes them): without one, no split or country named makes this a figures question.
  if (!cue && services.length === 0 && metric === undefined && !isStatsCommand(normalized) && !(claimOf && CLAIM_CHECK().test(text))) return undefined;
  // "which countries do the envoys cover?": the countries each post is responsible for, not a split of the cases;
  // asked with a count or the cases named ("which countries did the cases come from?") it stays a figure.
  if (!cue && COVERAGE_ASKED().test(text) && !COUNTS_CASES_OR_PEOPLE().test(text) && !FIGURES_WORD().test(text)) return undefined;
  const years = yearsAsked();
  const breakdownCueAnywhere = BREAKDOWN_CUE().test(text) || ORIGIN_MOST().test(text);
  const trend = TREND().test(text);
  const namedTask = withoutNumberedAssignments(normalized) !== normalized;
  const countries = typeof countriesNamed === 'function' ? countriesNamed() : countriesNamed;
  const asked0 = askedBreakdownOf(normalized, lng, text, metric, countries);
  const { category, alsoCategories } = asked0;
  // "how many cases did the minority advisers pass on to Kompetanseteamet in June 2008?", in any language: the advisers
  // and Kompetanseteamet named with a month ask for the one count published for a month, Kompetanseteamet's cases of
  // June 2008, split by who referred them (18 of the 28 from the minority advisers), not two services' year figures.
  const monthOfBoth = asked0.breakdown === undefined && services.includes('kompetanseteamet') && services.includes('diversity-advisers') && monthBeforeYear(text) !== undefined;
  const breakdown = monthOfBoth ? 'referrer' : asked0.breakdown;
  // "Which envoy covers Sudan? Also FGM?": "which" asks for a split only in the sentence that names it.
  const breakdownCue = breakdownCueAnywhere && splitAskedWhereNamed(normalized, lng, breakdown, metric, countries);
  // "saker fra minoritetsrådgiverne til Kompetanseteamet": the advisers referred the cases, Kompetanseteamet counted them.
  // So when the advisers alone are named as the ones the cases came from ("kor mange av sakene i juni 2008 kom frå
  // minoritetsrådgjevarane?"): the only count split by who referred is Kompetanseteamet's (issue #13, dev30a).
  if (breakdown === 'referrer' && (services.includes('kompetanseteamet') || (services.length > 0 && services.every((s) => s === 'diversity-advisers') && REFERRED_BY().test(text)))) services = ['kompetanseteamet'];
  // "what is IMDi's share now?", "how much extra did the team get in 2024, and IMDi's share?": IMDi's share of
  // positions, or money or positions of "the team" beside IMDi's name, are Kompetanseteamet's figures (the team IMDi
  // takes part in, strengthened in the 2024 allocation letter), not IMDi's own staff or budget (issue #13, left36).
  if (services.length === 1 && services[0] === 'imdi' && !PREVENTION_UNIT().test(text)) {
    const teamMoneyOrPositions = TEAM_OF_IMDI().test(text) && (metric === 'funding-nok' || metric === 'staff' || metric === 'positions' || breakdown === 'organisation');
    if (breakdown === 'organisation' || teamMoneyOrPositions) services = ['kompetanseteamet'];
  }
  // "how many national projects did IMDi support in 2023?": projects counted national or local are the sub-goal C grant's
  // (the only figures split so), whether IMDi or no one is named as the giver (issue #13, left36). Only with a number
  // asked: "our school is doing a project on national day" asks for no figure.
  if (cue && (services.length === 0 || (services.length === 1 && services[0] === 'imdi')) && metric === 'projects' && (breakdown === 'project-level' || LOCAL().test(text) || NATIONAL().test(text))) services = ['ngo-grants'];
  // Named by the question itself, before defaults: a breakdown word alone ("Vestland", "home country") is no number question.
  const hasMetric = metric !== undefined;
  // "which phone numbers can young people call?", "a poster … what numbers should be on it?": numbers to call, with no
  // service, nothing counted and no year named, are phone numbers, not figures (the contacts answer them).
  if (services.length === 0 && !hasMetric && !years && PHONE_NUMBERS().test(text)) return undefined;
  // "what's the phone number of the team that advises on honour cases?": a phone number asked ("the number of" read as a cue), with no count asked, no
  // year and no word for figures, is a number to call even when a service or what it counts is named (issue #13, ask43).
  if (!years && PHONE_NUMBERS().test(text) && !HOW_MANY_ASKED().test(text) && !FIGURES_WORD().test(text) && !STATISTICS_WORD().test(text)) return undefined;
  // "fordelt på kjønn" counts people; "hvilke land", "hva gjaldt" and a case type by name describe the cases.
  if ((metric === undefined || metric === 'positions') && breakdown === 'organisation') metric = 'staff';
  if (metric === undefined) metric = metricForBreakdown(breakdown);
  // A case type by name is about cases, whatever else the question counts ("figures I can use on forced marriage").
  if (category && breakdown === 'case-type' && metric !== 'inquiries' && metric !== 'persons') metric = 'cases';
  // "oppdrag fordelt på sakstype": a split that describes cases counts cases, never assignments or staff.
  if (breakdown && CASE_DIMENSIONS.includes(breakdown) && metric !== undefined && !['cases', 'inquiries', 'persons'].includes(metric)) metric = 'cases';

  // "Who could give our officers a lecture or a training day?" told in a story that says "this year": a wish for
  // training, not a count of lectures or assignments. Those count only with a word asking for a figure, or a short
  // question with a year ("fagteamets oppdrag i fjor", "the envoys' training in 2023?"): in a long story a year dates
  // the story ("divorced since 2019 … a Norwegian course"), it asks for no count.
  // A year said in words ("i fjor", "last year") in another sentence than the one that names the training dates the
  // story too ("vi hadde en sak i fjor. kan dere komme og ha kurs for oss?").
  // "did the envoys do any competence raising?", "drev spesialutsendingene med kompetanseheving?": the envoys' training
  // asked in a short question of its own, with no number word and no year, is their published competence-raising
  // assignments (they work at embassies abroad; issue #13, follow42).
  const envoysTrainingAsked = metric === 'assignments' && services.length === 1 && services[0] === 'special-envoys' && text.length < SHORT_QUESTION && sentencesOf(normalized).length === 1 && /[?؟፧]\s*$/u.test(normalized) && !TRAINING_WISHED().test(text);
  if ((metric === 'lectures' || metric === 'assignments') && !envoysTrainingAsked && !cue && !FIGURES_WORD().test(text) && !STATISTICS_WORD().test(text) && (!years || text.length >= SHORT_QUESTION || yearOnlyBesideTraining(normalized, text, year, lng)) && !isStatsCommand(normalized)) return undefined;

  const hasService = services.length > 0;
  // IMDi's own staff measures (sick leave, pay, shares of its staff) are figures only of IMDi, and a headcount is of a
  // service: asked with no service named ("what are the rules for sick leave, how many days?", "ile dni zwolnienia
  // przysługuje pracownikowi?") they are about working life in general, which is not this bot's field. After a
  // figure, the follow-up reader keeps its service ("og sykefraværet?").
  if (!hasService && metric !== undefined && (STAFF_SHARES.includes(metric) || (metric === 'staff' && !years))) return undefined;
  const claim = claimOf && CLAIM_CHECK().test(text) && !CLAIM_NOT_FIGURE().test(text) ? claimOf() : undefined;
  // A claim checked ("the report says +28 % — does it match the table?", "is it true there were 899 cases in 2023?"):
  // a percentage with a change, a service or something counted, or a count of something named, of a service or a year.
  // Ages and phone numbers in a story are not claims about a figure: a count needs what is counted named.
  const claimChecked =
    claim !== undefined && ((claim.percent && (trend || hasService || hasMetric || years !== undefined)) || (hasMetric && metric !== 'persons' && (hasService || years !== undefined)));
  // "we used to send our own figures to IMDi … when is the first report due?": a deadline asked with no number asked
  // and no claim checked is a question about the report, not for a figure; the figures word dates the story.
  // Likewise what a report replaces, which year it covers and when the first comes.
  if ((DEADLINE_ASKED().test(text) || REPORT_ASKED().test(text)) && !HOW_MANY_ASKED().test(text) && !claimChecked && !isStatsCommand(normalized)) return undefined;
  // How sure. A number cue with a service and a metric is certain; a service and a year alone only "maybe" (0.45).
  // The top scores beat the contacts recognizer's 0.9 for a bare service name: the question also asks for a number,
  // names a year and something counted, or asks how the cases split up.
  let score: number;
  // "how many cases did Kompetanseteamet have in 2019?", "case numbers for 2019 and 2020": a count of a named thing,
  // of a named service, in a named year, is a figure question even when it says "numbers" or names a country or an
  // embassy (which alone would ask for a contact).
  if (cue && hasService && hasMetric && years && metric !== 'staff') score = 0.995;
  // "which countries of origin did the advisers' cases have in 2023 — was Afghanistan among them?": the split of a
  // named count of a named service in a named year, even when it names a country.
  else if (breakdown && breakdownCue && hasService && hasMetric && years && metric !== 'staff') score = 0.995;
  // "what are the most common countries of origin in the advisers' cases (latest numbers)?": which countries or case
  // types a named service's cases were, with no year, is still a figure question, even when it says "numbers".
  // "which countries' cases does the envoy in Islamabad take?" with no number, year or figures word asks what one post
  // covers (the contact card), not a split of the envoys' figures.
  else if (breakdown && ORIGIN_OR_TYPE.includes(breakdown) && breakdownCue && hasService && hasMetric && COUNTED_CASES.includes(metric ?? 'staff') && !asksPostCoverage(text, cue, years)) score = 0.995;
  else if (cue && hasService && hasMetric) score = 0.95;
  else if (cue && hasService && years) score = 0.92;
  else if (hasService && hasMetric && years) score = 0.92;
  else if (breakdown && breakdownCue && hasService && hasMetric) score = 0.92;
  else if (cue && (hasService || hasMetric)) score = 0.85;
  else if (breakdown && breakdownCue && (hasService || hasMetric)) score = 0.85;
  else if (services.length >= 2 && COMPARE().test(text) && (hasMetric || !DIFFERENCE().test(text))) score = 0.85;
  // A split word, a service and a metric with no word asking for a split or for figures ("a 15-year-old girl … we have
  // no diversity adviser" in a long story) are words of the story, not a figure question.
  else if (breakdown && hasService && hasMetric && (FIGURES_WORD().test(text) || STATISTICS_WORD().test(text) || text.length < SHORT_QUESTION)) score = 0.8;
  // "hvor mange kom hjem?", "how many FGM cases?": a number asked about what happened in the cases, or about a case type.
  // A case type alone ("hvor mange jenter blir kjønnslemlestet?") asks about prevalence: figures only with a word for them.
  else if (cue && (breakdown === 'outcome' || (breakdown === 'case-type' && category !== undefined && (FIGURES_WORD().test(text) || countsTopic(text))))) score = 0.85;
  // "har det blitt flere saker hos Kompetanseteamet enn før?": a count of a named service set against earlier years asks
  // for its figures over the years, above the contact card a service's name alone would get.
  else if (hasService && hasMetric && COMPARED_WITH_BEFORE().test(text) && text.length < SHORT_QUESTION) score = 0.92;
  else if (trend && hasService && hasMetric) score = 0.8;
  // "når kom det nye saksregistreringsverktøyet? en kollega mener 2022": a "when" with a year and a case word, no
  // service and no number asked, asks when something happened, not how many.
  // "W tym roku mamy grupę kobiet … czy są dotacje na projekt?": "this year" told in a long story dates the story, it
  // asks for no figure; a year named in numbers, or a short question, does.
  else if (hasMetric && years && metric !== 'staff' && !WHEN_ASKED().test(text) && (explicitYearsOf(text) || text.length < SHORT_QUESTION)) score = 0.6;
  else if (isStatsCommand(normalized)) score = 0.99;
  else if (cue && STATISTICS_WORD().test(text)) score = 0.7;
  // "hvem tok oftest kontakt med Kompetanseteamet i 2008?": who sent a named service's cases in a named year asks for
  // the split by referrer (where the inquiries came from), though it names nothing counted.
  else if (breakdown === 'referrer' && hasService && years) score = 0.92;
  // A service and a year alone, "maybe": not when the message asks what something is, or names an allocation-letter task ("oppdrag 2024-12 … i 2024").
  // "hvilke tiltak fikk IMDi i 2008?" asks for a list of things, not a figure.
  // Nor in a story told around a question ("… we have lived in Norway since 2016 … the school has a diversity adviser,
  // what does she do?"): a year there dates the story, and with no count, figure or thing counted asked it asks no figure
  // (issue #13, ask43).
  else if (hasService && years && !namedTask && !NOT_A_FIGURE().test(text) && (text.length < SHORT_QUESTION || hasMetric)) score = 0.45;
  else if (claimChecked) score = CLAIM_SCORE;
  // The envoys' training asked in a short question (above): their published assignments, before the expert team's
  // article that a word for training alone reads as.
  else if (envoysTrainingAsked) score = ENVOYS_TRAINING_SCORE;
  else return undefined;
  // Checking a claim is asking for the published figure, however little else the message names.
  if (claimChecked && score < CLAIM_SCORE) score = CLAIM_SCORE;

  const resolvedMetric = metric ?? (hasService ? defaultMetric(services[0]) : undefined);
  // "hvor mye var oppdrag 2021-29 bundet med?": the store holds no amount per allocation-letter task (its amounts are per
  // service, grant or recipient), so a money question naming a numbered task is the allocation-letter article's.
  if (namedTask && resolvedMetric === 'funding-nok' && !claimChecked) return undefined;
  // "hva er et eksempel på et prosjekt under delmål C?": an example is one project or case, told by an article, not a
  // figure, unless a number is asked as well ("hvor mange prosjekter, for eksempel").
  if (!cue && !claimChecked && EXAMPLE_ASKED().test(text)) return undefined;
  // A campaign's views and unique users are both split by campaign; other splits are asked about one thing.
  // "how much was the team strengthened, and how big is IMDi's share now?": the amount is asked beside the share of
  // positions; the money is not split by organisation, so it is answered whole beside the split (issue #13, left36).
  const asked =
    breakdown === 'organisation'
      ? [...otherMetricsAsked(text, services, resolvedMetric), ...(amountBesideShare(text, services) ? (['funding-nok'] as const) : [])].filter((m) => m === 'funding-nok')
      : breakdown && breakdown !== 'campaign'
        ? besideASplit(text, services, resolvedMetric)
        : otherMetricsAsked(text, services, resolvedMetric);
  // "the reach numbers for the Pride campaign": its unique users and its views, both published as its reach.
  const reach = campaignReach && !asked.includes('views') ? [...asked, 'views' as const] : asked;
  const alsoMetrics = [...new Set([...reach.map((m) => countedByService(services, m) ?? m), ...publishedTogether(services, resolvedMetric)])].filter((m) => m !== resolvedMetric);
  // A change claimed in percent ("it rose 28 % in 2008") or asked in percent between two years ("how much did it rise
  // from 2007 to 2008, in percent?"): both years' figures and the change computed from them, beside any the source states.
  const changeYears = years && !breakdown && trend ? percentChangeYears(text, years, claimChecked ? claim : undefined) : undefined;
  const askedYearsOrChange = changeYears ?? years;
  const mode = changeYears ? 'difference' : years && !breakdown && PREVIOUS_YEAR().test(text) && years.fromYear < years.toYear ? 'difference' : modeOf(text, services, years);
  const gap = mode === 'compare' && services.length === 2 && !breakdown && GAP_ASKED().test(text);
  const countsPerPart = breakdown !== undefined && category === undefined && (EXACT().test(text) || !LIST_ASKED().test(text));
  const month = monthBeforeYear(text);
  const firstYear = !years && hasService && FIRST_YEAR().test(text);
  const unpublished = unpublishedAsked(text, mode, breakdown);
  // "2018 og 2022": those two years, not the years between them (a difference already shows only its two ends).
  const listed = years && (mode === 'trend' || mode === 'value') ? listedYears(text) : undefined;
  const query: StatsQueryModel = {
    ...(services[0] ? { service: services[0] } : {}),
    services,
    ...(resolvedMetric ? { metric: resolvedMetric } : {}),
    ...(askedYearsOrChange ? { fromYear: askedYearsOrChange.fromYear, toYear: askedYearsOrChange.toYear } : {}),
    ...(listed && years && listed[0] === years.fromYear && listed[listed.length - 1] === years.toYear ? { years: listed } : {}),
    ...(month !== undefined && years && years.fromYear === years.toYear ? { month } : {}),
    ...(firstYear ? { firstYear } : {}),
    ...(breakdown ? { breakdown } : {}),
    ...(category ? { category } : {}),
    ...(category && alsoCategories ? { alsoCategories: [...alsoCategories] } : {}),
    ...(alsoMetrics.length > 0 ? { alsoMetrics } : {}),
    ...(countsPerPart ? { countsPerPart } : {}),
    mode,
    ...(gap ? { gap } : {}),
    ...(unpublished ? { unpublished } : {}),
    ...(claimChecked && claim ? { claimed: { values: [...claim.values], approximate: claim.approximate, percent: claim.percent } } : {}),
  };
  return { query, score };
}

/** A country asked with "most" and "from": the countries of origin the cases came from most. */
const ORIGIN_MOST = once((): RegExp => re(W.originMost));
/** A claim checked is a figures question, above the contact card a service's name alone gets (0.9). */
const CLAIM_SCORE = 0.93;
const CLAIM_CHECK = once((): RegExp => re(W.claimCheck));
/** "stemmer det at nummeret er 22 …": a phone number, an address or an e-mail checked is a contact, not a figure. */
const CLAIM_NOT_FIGURE = once((): RegExp => re(W.claimNotFigure));
/** "i prosent", "in percent", "%": the change is asked as a percentage. */
const IN_PERCENT = /\b(?:prosent|percent|per cent)\b|%/u;

/**
 * The two years a change in percent compares: a percentage claimed for one year is against the year before ("it
 * rose 28 % in 2008"); a percentage asked between two years named is from the first to the last.
 */
function percentChangeYears(text: string, years: YearRange, claim: ClaimedValues | undefined): YearRange | undefined {
  if (claim?.percent) return years.fromYear === years.toYear ? { fromYear: years.fromYear - 1, toYear: years.toYear } : years;
  // Only the two years named: "the totals from 2004 to 2008, and the growth from 2007 to 2008 in percent" asks for more
  // than one change (the series and its totals show it all).
  const named = new Set(text.match(FOUR_DIGIT_YEARS) ?? []);
  // "cases in 2016 and 2021, and how much did it go up?": the amount of the change between the two years named is
  // asked as plainly as its percentage (issue #13); the series between them is not.
  return years.fromYear < years.toYear && (IN_PERCENT.test(text) || CHANGE_AMOUNT().test(text)) && named.size === 2 && !TOTAL().test(text) ? years : undefined;
}
/** "how much did it increase", "hvor mye økte det", "by how much": the size of a change asked for. */
const CHANGE_AMOUNT = once((): RegExp => re(W.changeAmount));
const FOUR_DIGIT_YEARS = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;

/** "det aller første året", "the very first year": the first year a service has figures for. */
const FIRST_YEAR = once((): RegExp => re(W.firstYear));

/** "i snitt per år", "on average": a yearly average, which no source publishes. */
const AVERAGE = once((): RegExp => re(W.average));
/** "hvorfor", "why", "what caused": a reason asked, which the sources do not give for a change in the figures. */
const WHY_ASKED = once((): RegExp => re(W.whyAsked));

/** What a figures question asks that no source publishes: an average per year, or why a figure changed. */
function unpublishedAsked(text: string, mode: StatsQueryModel['mode'], breakdown: BreakdownDimension | undefined): StatsQueryModel['unpublished'] {
  // "the average age": the split asked says what is not published ("by age"), not a yearly average.
  if (breakdown === undefined && AVERAGE().test(text)) return 'average';
  return (mode === 'trend' || mode === 'difference') && WHY_ASKED().test(text) ? 'reason' : undefined;
}

export function isRegisterRequest(normalized: string): boolean {
  return REGISTER().test(normalized.replace(/[?!.]+$/u, '').trim()) || isRegisterRequestOther(normalized);
}

/** Where one part of a message ends: "how many cases did the envoys have, and who covers Ethiopia?" is two. */
const CLAUSE_END = /[,;:?!؟،፣።]+/u;

/**
 * The countries named in the parts of a message that ask for figures themselves: "… per country, and who covers
 * Ethiopia?" asks about cases and, apart, about a contact; the country belongs to the contact question.
 */
function countriesAsked(u: Utterance, find: (text: string, lng: Lang) => readonly string[], now: Date): string[] {
  // A people named in another language ("افغان‌ها") is found as its English demonym in the cue text.
  const named = (text: string): readonly string[] => {
    const own = find(text, u.lng);
    return own.length > 0 ? own : find(toEnglishCues(normalize(text), u.lng), 'en');
  };
  if (named(u.text).length === 0) return [];
  return u.text.split(CLAUSE_END).flatMap((clause) => {
    const countries = named(clause);
    if (countries.length === 0) return [];
    // "… 2023? Immisa ka mid ah ayaa ahaa dad Soomaali ah?": a clause asking "how many of them" counts the cases asked
    // before it, even when it names neither a service nor what is counted.
    const asksNumber = parseStatsQuestion(normalize(clause), now, u.lng) !== undefined || NUMBER_CUE().test(cueText(normalize(clause), u.lng));
    return asksNumber ? countries : [];
  });
}

/** How surely the asking sentence of a long story reads as a figure to ask for one with no count word in it. */
const SURELY_ASKED = 0.8;

export function createStatsRecognizer(options: StatsRecognizerOptions): Recognizer<StatsIntent | RegisterCaseIntent> {
  return {
    name: 'stats',
    // "three new cases this week … what is the new plan called?": a figure is asked in the question, not counted in the
    // story. The asking sentence asks for one when it has a count word ("kor mykje", "how many": what it counts may be
    // told before it, "den ordninga") or reads as a figure surely (a service with something counted and a year, a split
    // asked); "this case … 2024" in it dates the story, it counts nothing.
    asksFor(asking: Utterance): boolean {
      if (NUMBER_CUE().test(cueText(asking.normalized, asking.lng))) return true;
      return (parseStatsQuestion(asking.normalized, options.now(), asking.lng)?.score ?? 0) >= SURELY_ASKED;
    },
    recognize(u: Utterance): Candidate<StatsIntent | RegisterCaseIntent>[] {
      if (isRegisterRequest(u.normalized)) return [{ intent: { kind: 'register-case' }, score: 0.95, source: 'stats' }];
      const find = options.findCountries;
      const claimOf = options.readClaim;
      const parsed = parseStatsQuestion(u.normalized, options.now(), u.lng, find ? () => countriesAsked(u, find, options.now()) : [], claimOf ? () => claimOf(u) : undefined);
      if (!parsed) return [];
      return [{ intent: { kind: 'stats', query: parsed.query }, score: parsed.score, source: 'stats' }];
    },
  };
}
