import { readDataFile } from '../../paths/data-file';
import { z } from 'zod';
import { contentPath } from '../../paths/content-root';
import { wordReviewSchema } from '../../language/word-review';
import { metricSchema, serviceIdSchema, type Metric, type ServiceId } from '../store/published-figure';

/**
 * The statistics words of nb, nn and en (content/stats/stats-grammar.json): the services, the things counted, the
 * splits, the cue words for a number, a year or a comparison. The recognizer (stats-recognizer.ts) keeps the rules
 * that combine them; a reviewer edits the words without touching code. The nine other languages reach these words
 * through content/stats/stats-words.json.
 */

/** The named word lists the recognizer reads; each is a list of patterns joined as alternatives. */
export const STATS_WORD_LISTS = [
  'numberCue', 'figuresWord', 'statisticsWord', 'howMany', 'numberQuestion', 'amountCue', 'countLead', 'ofThem', 'topicVerb', 'people', 'notAFigure',
  'subGoalC', 'imdi', 'genericAdvisers', 'embassyWord', 'newClause', 'campaignPerson', 'allServices', 'serviceNameTail', 'serviceTitleTail',
  'headcountLead', 'headcountVerb', 'headcountNew', 'headcountNoun', 'headcountSelf', 'helpedByThem', 'countsOrganisations', 'countsCasesOrPeople', 'explicitPersons', 'ellipticPersons', 'shareOf',
  'reachPair', 'personsPair', 'inquiryWord', 'local', 'national',
  'trend', 'compare', 'differenceWord', 'gapAsked', 'peopleFrom', 'originMost', 'total', 'breakdownCue', 'listAsked', 'exact',
  'referrerService', 'perSchool', 'originCountry', 'gender', 'caseTypeAsked', 'referredBy', 'projectLevel', 'campaign', 'funder', 'placement',
  'organisationShare', 'teamOfImdi', 'preventionUnit', 'trafficSource', 'outcome', 'embassyRequest', 'countyWords', 'age',
  'spanLead', 'spanYears', 'yearListJoin', 'yearListPreposition', 'yearSpanBefore', 'yearBeforeLast', 'lastYear', 'thisYear', 'previousYear', 'changeAmount', 'untilNow', 'comparedWithYear', 'comparedWithBefore', 'register', 'whenAsked', 'deadlineAsked', 'reportAsked', 'shortYear', 'average', 'whyAsked',
  'ownCase', 'serviceLacking', 'ownAdviserRole', 'firstYear', 'schoolType', 'claimCheck', 'claimNotFigure', 'phoneNumbers', 'exampleAsked', 'coverageAsked', 'trainingWished',
] as const;
export type StatsWordList = (typeof STATS_WORD_LISTS)[number];

const patterns = z.array(z.string().min(1)).min(1);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);

export const statsGrammarFileSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    /** Letters users swap when typing fast: "{å}" in a pattern reads å, aa or a. */
    letters: z.record(z.string().regex(/^\p{L}$/u), z.array(z.string().min(1)).min(2)),
    /** In order: a service's position in the message orders the services found. */
    services: z.array(z.object({ service: serviceIdSchema, patterns }).strict()).min(1),
    /** In order: the first metric whose words the message has is what it counts, so the more specific come first. */
    metrics: z.array(z.object({ metric: metricSchema, patterns }).strict()).min(1),
    /** A case type asked about by name ("tall om tvangsekteskap"). */
    caseTypes: z.array(z.object({ category: id, patterns }).strict()).min(1),
    /** IMDi's campaigns by name. */
    campaigns: z.array(z.object({ campaign: id, patterns }).strict()).min(1),
    /** IMDi's staff groups in the equality reports. */
    staffGroups: z.array(z.object({ group: id, patterns }).strict()).min(1),
    /** Norwegian counties, current and former names; the former halves first (the 2008 figures count them). */
    counties: z.array(z.object({ county: id, pattern: z.string().min(1) }).strict()).min(1),
    /**
     * Cities named for the county they lay in when the 2008 figures were counted ("skolene i Trondheim" are those of
     * Sør-Trøndelag) where a county's schools are asked, each county id one of `counties`; where cases are counted, a
     * city is a place of its own, which no source splits the cases by (issue #13), `city` its name as written.
     */
    countyCities: z.array(z.object({ county: id, city: z.string().regex(/^\p{Lu}[\p{L}-]+$/u), pattern: z.string().min(1) }).strict()),
    /** The organisations a grant's amounts are published for (the national resource environments 2024), by name. */
    recipients: z.array(z.object({ recipient: id, patterns }).strict()),
    /** The envoys' posts, as written after normalising. */
    embassyCities: z.array(id).min(1),
    /** The twelve months' names, each a list of whole words. */
    months: z.array(z.array(z.string().min(1)).min(1)).length(12),
    /** Numbers written as words ("de siste fem årene"). */
    numberWords: z.record(z.string().min(1), z.number().int().positive()),
    /** Years written as words, by the year ("twenty twenty-two", "totusenogåtte", "i tjueto?"). */
    yearWords: z.record(z.string().regex(/^(?:19|20)\d{2}$/u), patterns),
    words: z.record(z.enum(STATS_WORD_LISTS), patterns),
  })
  .strict();
export type StatsGrammarFile = z.infer<typeof statsGrammarFileSchema>;

export interface CountyCity {
  readonly county: string;
  readonly pattern: string;
  readonly id: string;
  readonly name: string;
}

/** "Bærum" → "baerum", "Tromsø" → "tromso": a city's id, one of the ids a query's category may be. */
function cityId(name: string): string {
  return name.toLowerCase().replaceAll('æ', 'ae').replaceAll('ø', 'o').replaceAll('å', 'a').replaceAll(/[^a-z0-9]+/gu, '-');
}

/** The grammar with every pattern written out: `{å}` expanded, each list one alternation (a RegExp source). */
export interface StatsGrammar {
  readonly words: Readonly<Record<StatsWordList, string>>;
  readonly services: ReadonlyArray<readonly [ServiceId, string]>;
  readonly metrics: ReadonlyArray<readonly [Metric, string]>;
  readonly caseTypes: ReadonlyArray<readonly [string, string]>;
  readonly campaigns: ReadonlyArray<readonly [string, string]>;
  readonly staffGroups: ReadonlyArray<readonly [string, string]>;
  readonly counties: ReadonlyArray<readonly [string, string]>;
  /** Each city: the county it lay in in 2008, its pattern, its id (its name in ASCII) and its name. */
  readonly countyCities: ReadonlyArray<CountyCity>;
  readonly recipients: ReadonlyArray<readonly [string, string]>;
  readonly embassyCities: readonly string[];
  readonly months: ReadonlyArray<readonly string[]>;
  readonly numberWords: Readonly<Record<string, number>>;
  /** Each year written as words, with its patterns as one alternation. */
  readonly yearWords: ReadonlyArray<readonly [number, string]>;
}

let loaded: StatsGrammar | undefined;

/** The grammar of content/stats/stats-grammar.json, read once for the recognizer and the cards. */
export function statsGrammar(): StatsGrammar {
  return (loaded ??= loadStatsGrammar());
}

/** Every pattern is compiled here, so a reviewer's broken pattern stops the start with its file and list named. */
export function loadStatsGrammar(file: string = contentPath('stats', 'stats-grammar.json')): StatsGrammar {
  const data = readDataFile(file, statsGrammarFileSchema);
  const letters = Object.entries(data.letters);
  const expand = (pattern: string): string => letters.reduce((p, [letter, spellings]) => p.replaceAll(`{${letter}}`, `(?:${spellings.join('|')})`), pattern);
  const join = (where: string, list: readonly string[]): string => {
    const source = list.map(expand).join('|');
    try {
      new RegExp(source, 'u');
    } catch (error) {
      throw new Error(`${file} is invalid: ${where}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return source;
  };
  const words = Object.fromEntries(STATS_WORD_LISTS.map((name) => [name, join(`words.${name}`, data.words[name])])) as Record<StatsWordList, string>;
  return {
    words,
    services: data.services.map(({ service, patterns: p }) => [service, join(`services.${service}`, p)] as const),
    metrics: data.metrics.map(({ metric, patterns: p }) => [metric, join(`metrics.${metric}`, p)] as const),
    caseTypes: data.caseTypes.map(({ category, patterns: p }) => [category, join(`caseTypes.${category}`, p)] as const),
    campaigns: data.campaigns.map(({ campaign, patterns: p }) => [campaign, join(`campaigns.${campaign}`, p)] as const),
    staffGroups: data.staffGroups.map(({ group, patterns: p }) => [group, join(`staffGroups.${group}`, p)] as const),
    counties: data.counties.map(({ county, pattern }) => [county, join(`counties.${county}`, [pattern])] as const),
    countyCities: data.countyCities.map(({ county, city, pattern }) => {
      if (!data.counties.some((c) => c.county === county)) throw new Error(`${file} is invalid: countyCities: ${county} is not one of the counties`);
      if (data.counties.some((c) => c.county === cityId(city))) throw new Error(`${file} is invalid: countyCities: ${city} has a county's id`);
      return { county, pattern: join(`countyCities.${city}`, [pattern]), id: cityId(city), name: city };
    }),
    recipients: data.recipients.map(({ recipient, patterns: p }) => [recipient, join(`recipients.${recipient}`, p)] as const),
    embassyCities: data.embassyCities,
    months: data.months,
    numberWords: data.numberWords,
    yearWords: Object.entries(data.yearWords).map(([year, p]) => [Number(year), join(`yearWords.${year}`, p)] as const),
  };
}
