import { readdirSync } from 'node:fs';
import { STORY_TOKENS } from '../understanding/story-length';
import path from 'node:path';
import { z } from 'zod';
import type { ArticleIntent } from '../knowledge/intents';
import { langSchema, type Lang } from '../language/languages';
import { normalize } from '../language/text';
import { contentPath } from '../paths/content-root';
import { parseStatsQuestion, readStatsServicesAndYears, readStatsSlots } from '../stats/answers/stats-recognizer';
import { toEnglishCues } from '../stats/answers/stats-words';
import type { ServiceId } from '../stats/store/published-figure';
import type { Candidate, Recognizer, Utterance } from '../understanding/types';
import { loadFollowUpWords, type FollowUpWords } from './follow-up-words';
import { claimReader } from './claimed-values';
import { wordReviewSchema } from '../language/word-review';
import { readDataFile } from '../paths/data-file';

/**
 * History asked directly ("when did the minority advisers start, and how many were they?", "who sat in
 * Kompetanseteamet in 2008?", "what were the diversity advisers called before?") is answered by the history article,
 * not by a statistics card with one figure of that year or by today's contact card. The words that mark such a
 * question are data, per language (content/understanding/history/<lng>.json), so a native-speaker reviewer edits them
 * without touching code:
 * - `began`: how the work began ("startet", "first", "founded", "перші"), with no year or a year the history tells;
 * - `renamed`: the names before ("het før", "formerly", "перейменовані"), whatever year is named;
 * - `then`: what a year of the history was like ("medlemmer", "covered", "already"), only with such a year;
 * - `subjects`: words for the things the history tells about that the statistics words do not name (the embassy posts
 *   of 2008, the prevention unit), beside the services the statistics reader finds in any language;
 * - `plans`: words for an action plan ("handlingsplan", "action plan", "خطة العمل"): a plan named with years the
 *   history tells ("the action plan 2008–2011") is the history's own plan, whatever else the question asks;
 * - `formerPosts`: the embassy posts of 2008 that are closed now ("Colombo", "Rabat"): named with the envoys (the
 *   integration advisers of 2008), the question is about the posts' past, which the history tells;
 * - `own`: a start word about the writer's own start or a pupil's school ("I've just started as the envoy in Ankara"):
 *   not history;
 * - `order`: an order-of-contacts question ("child welfare or Kompetanseteamet first?", "whom do we call first?"): a
 *   start word about which service comes first in a case today, a contact and duty question, not history.
 * A story (a long message) is a case, never a history question.
 * A number asked about a year of the history with none of these words ("how many inquiries in 2006?") stays a
 * statistics question: the store has that figure with its source.
 */

const phrase = z.string().trim().min(1);
export const historyWordsFileSchema = z
  .object({
    $comment: z.string().optional(),
    lang: langSchema,
    review: wordReviewSchema,
    began: z.array(phrase).min(1),
    renamed: z.array(phrase).min(1),
    then: z.array(phrase).min(1),
    subjects: z.array(phrase).min(1),
    plans: z.array(phrase).min(1),
    /** The 2008 embassy posts that are closed now (Colombo, Rabat), as the language writes them. */
    formerPosts: z.array(phrase).default([]),
    own: z.array(phrase),
    /** "Whom first", "call first", "in what order": which service to contact first, not how the services began. */
    order: z.array(phrase).default([]),
    /**
     * Whether there ever was such a post ("were there ever", "used to", "in the past"): asked of the embassies with a
     * country a post closed since 2008 covered then (Sri Lanka: Colombo; Morocco: Rabat), the posts' past is the question.
     */
    ever: z.array(phrase).default([]),
    /**
     * The advisers' and envoys' case-registration tool (launched January 2023): a thing only the history tells, so a
     * long story that asks when it came ("… when was the tool for registering cases launched?") is still asked of the
     * history, where any other story is a case (issue #13).
     */
    tools: z.array(phrase).default([]),
  })
  .strict();
export type HistoryWordsFile = z.infer<typeof historyWordsFileSchema>;

interface HistoryWords {
  readonly began: RegExp;
  readonly renamed: RegExp;
  readonly then: RegExp;
  readonly subjects: RegExp;
  readonly plans: RegExp;
  readonly formerPosts: RegExp | undefined;
  readonly own: RegExp | undefined;
  readonly order: RegExp | undefined;
  readonly ever: RegExp | undefined;
  readonly tools: RegExp | undefined;
}

/**
 * A letter or combining mark: a phrase matches only as whole words ("start*" also matches "startet"). Written as
 * alternatives, not one class: V8 builds every `\p{…}` of a pattern when the pattern is made, and a merged class
 * costs it several times as much (see language/word-boundary.ts).
 */
const LETTER = '(?:\\p{L}|\\p{M})';
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * "start*" is a prefix; "i starten" a phrase of whole words, any spacing. The patterns are only ever asked whether
 * they match (`test`), never where or what, so the prefixes share one run of letters after them instead of each
 * having its own: the same texts match, and a start makes ~180 fewer Unicode classes.
 */
function phrasesPattern(phrases: readonly string[]): RegExp {
  // Written as `normalize` writes the message: lower case, Persian ZWNJ dropped, Arabic-keyboard letters as Persian.
  const written = [...new Set(phrases.map((p) => normalize(p)))].sort((a, b) => b.length - a.length);
  // "heter … nå" (normalized "heter ... nå"): an ellipsis stands for up to three words between ("hva heter
  // integreringsrådgiverne nå?").
  const words = (p: string): string => escape(p).split(/\s+/u).join('\\s+');
  const body = (p: string): string => p.split(/\s*\.\.\.\s*/u).map(words).join(`(?:\\s+${LETTER}+(?:-${LETTER}+)*){0,3}\\s+`);
  const whole = written.filter((p) => !p.endsWith('*')).map(body);
  const prefixes = written.filter((p) => p.endsWith('*')).map((p) => body(p.slice(0, -1)));
  const alternatives = [...whole, ...(prefixes.length > 0 ? [`(?:${prefixes.join('|')})${LETTER}*`] : [])];
  return new RegExp(`(?<!${LETTER})(?:${alternatives.join('|')})(?!${LETTER})`, 'u');
}

/**
 * A language's patterns, each made the first time it is asked for: a message reads its own language's, Norwegian's and
 * English's, most of them only `own` and `subjects`, so a start made ~80 patterns (~10 ms of its CPU, with their
 * phrases normalised) that its first answers mostly never ask for. The file itself is read and checked at start.
 */
function compile(file: HistoryWordsFile): HistoryWords {
  const once = (phrases: readonly string[]): (() => RegExp) => {
    let made: RegExp | undefined;
    return () => (made ??= phrasesPattern(phrases));
  };
  const began = once(file.began);
  const renamed = once(file.renamed);
  const then = once(file.then);
  const subjects = once(file.subjects);
  const plans = once(file.plans);
  const formerPosts = file.formerPosts.length > 0 ? once(file.formerPosts) : undefined;
  const own = file.own.length > 0 ? once(file.own) : undefined;
  const order = file.order.length > 0 ? once(file.order) : undefined;
  const ever = file.ever.length > 0 ? once(file.ever) : undefined;
  const tools = file.tools.length > 0 ? once(file.tools) : undefined;
  return {
    get tools() {
      return tools?.();
    },
    get ever() {
      return ever?.();
    },
    get began() {
      return began();
    },
    get renamed() {
      return renamed();
    },
    get then() {
      return then();
    },
    get subjects() {
      return subjects();
    },
    get plans() {
      return plans();
    },
    get formerPosts() {
      return formerPosts?.();
    },
    get own() {
      return own?.();
    },
    get order() {
      return order?.();
    },
  };
}

/** Reads every language's file; a broken file names itself. */
export function loadHistoryWords(dir: string = contentPath('understanding', 'history')): ReadonlyMap<Lang, HistoryWords> {
  const out = new Map<Lang, HistoryWords>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const data = readDataFile(path.join(dir, file), historyWordsFileSchema);
    out.set(data.lang, compile(data));
  }
  return out;
}

/**
 * Whether a message asks for the names before ("what were they called before?", "magacoodii hore?"), in its language,
 * Norwegian or English: after an answer about a service with a history, its history answers that.
 */
export function formerNameReader(words: ReadonlyMap<Lang, HistoryWords> = loadHistoryWords()): (text: string, lng: Lang) => boolean {
  return (text, lng) => {
    const normalized = normalize(text);
    return [lng, 'nb' as const, 'en' as const].some((l) => words.get(l)?.renamed.test(normalized) === true);
  };
}

/**
 * Whether a message asks what something was like back then ("who was in it then?", "а хто тоді входив до нього?"), in
 * its language, Norwegian or English: after the history itself, that history again (it names the members and posts).
 */
export function backThenReader(words: ReadonlyMap<Lang, HistoryWords> = loadHistoryWords()): (text: string, lng: Lang) => boolean {
  return (text, lng) => {
    const normalized = normalize(text);
    return [lng, 'nb' as const, 'en' as const].some((l) => words.get(l)?.then.test(normalized) === true);
  };
}

/**
 * Whether a message asks how or when something began ("when did they start?", "når starta dei?", "از کی شروع کردند؟"),
 * in its language, Norwegian or English, and not of the writer's own start ("I've just started"): after an answer about
 * a service with a history, its history tells when and how it began.
 */
export function beganReader(words: ReadonlyMap<Lang, HistoryWords> = loadHistoryWords()): (text: string, lng: Lang) => boolean {
  return (text, lng) => {
    const normalized = normalize(text);
    const langs = [lng, 'nb' as const, 'en' as const];
    return langs.some((l) => words.get(l)?.began.test(normalized) === true) && !langs.some((l) => words.get(l)?.own?.test(normalized) === true);
  };
}

/** The article that tells the history of the services (content/knowledge/articles/history-special-services.json). */
export const HISTORY_ARTICLE: ArticleIntent = { kind: 'article', articleId: 'history-special-services' };
/** The years it tells: Kompetanseteamet from 2004 to the end of the action plan against forced marriage 2008–2011. */
export const HISTORY_YEARS = { from: 2004, to: 2011 } as const;
/** The services whose beginnings it tells (IMDi: the prevention unit of 2008). */
const HISTORY_SERVICES: ReadonlySet<ServiceId> = new Set<ServiceId>(['diversity-advisers', 'special-envoys', 'advisers-and-envoys', 'kompetanseteamet', 'imdi']);
/** The envoys, who were the integration advisers at the embassies in 2008 (with the minority advisers in the joint figure). */
const ENVOY_SERVICES: ReadonlySet<ServiceId> = new Set<ServiceId>(['special-envoys', 'advisers-and-envoys']);
/** Above the statistics reader's surest reading (0.995) and a contact card's: the history words decide. */
const HISTORY_SCORE = 0.998;
/** The statistics reader's score for a number asked of a service (src/stats/answers/stats-recognizer.ts). */
const NUMBER_ASKED = 0.85;
/** A number asked, as the statistics words write it in any language. */
const HOW_MANY = /hvor ?mange|kor mange|how many/gu;
/** A which- or where-question in the English cue words: a second thing asked beside a count. */
const WHICH_OR_WHERE = /(?<![\p{L}\p{M}])(?:which|where)(?![\p{L}\p{M}])/u;

export interface HistoryReaderOptions {
  readonly now: () => Date;
  readonly words?: ReadonlyMap<Lang, HistoryWords>;
  /** The follow-up words (content/understanding/follow-up/): a message that opens like a follow-up is left to it. */
  readonly followUpWords?: ReadonlyMap<Lang, FollowUpWords>;
  /** Whether a message names a country that a post closed since 2008 covered then (content/contacts/envoys.json). */
  readonly namesFormerPostCountry?: (text: string, lng: Lang) => boolean;
}

/** "and for the minority advisers in 2008?": opens like a follow-up of the last answer, which may be a figure. */
function opensAsFollowUp(tokens: readonly string[], words: FollowUpWords | undefined): boolean {
  // Loops, not `some`/`every` with arrows made in each call: such arrows lose their optimized code at every full GC.
  for (const lead of words?.lead ?? []) {
    if (lead.length === 0 || lead.length >= tokens.length) continue;
    let opens = true;
    for (let i = 0; i < lead.length && opens; i++) opens = tokens[i] === lead[i];
    if (opens) return true;
  }
  return false;
}

/**
 * Reads a question about the services' history. Norwegian words count in every language (the services' Norwegian
 * names are written in any language's message), English too, as people mix it in.
 */
export function createHistoryRecognizer(options: HistoryReaderOptions): Recognizer<ArticleIntent> {
  const words = options.words ?? loadHistoryWords();
  const followUps = options.followUpWords ?? loadFollowUpWords();
  const claimIn = claimReader(followUps);
  const read = (u: Utterance, test: (w: HistoryWords) => boolean): boolean =>
    [u.lng, 'nb' as const, 'en' as const].some((lng) => {
      const w = words.get(lng);
      return w !== undefined && test(w);
    });
  return {
    name: 'history',
    recognize(u: Utterance): Candidate<ArticleIntent>[] {
      const text = u.normalized;
      // A story asking when the case-registration tool came: the history, whose "since then" tells it (January 2023).
      if (u.tokens.length > STORY_TOKENS) {
        // A story that asks a number ("… I register my cases in the tool; how many cases did we have in 2023?") is the
        // statistics card's.
        // The tool and its start are asked in one sentence: a story that names the tool and then asks when "the first
        // report" is due asks the allocation letter's assignment, not the tool's history (gb19-026).
        const askedTool =
          text.split(/[.!?؟።]+/u).some((sentence) => read(u, (w) => w.tools?.test(sentence) === true) && read(u, (w) => w.began.test(sentence))) &&
          toEnglishCues(text, u.lng).match(HOW_MANY) === null;
        return askedTool ? [{ intent: HISTORY_ARTICLE, score: HISTORY_SCORE, source: 'history' }] : [];
      }
      if (read(u, (w) => w.own?.test(text) === true || w.order?.test(text) === true)) return [];
      // What is counted and the split are read only once the message is about a service's past (few are).
      const slots = readStatsServicesAndYears(text, options.now(), u.lng);
      const years = slots.years;
      const inHistory = years !== undefined && years.fromYear >= HISTORY_YEARS.from && years.toYear <= HISTORY_YEARS.to;
      // "What was the action plan 2008–2011?": the plan of those years is told by the history (its four measures);
      // the action-plans article is about today's plans.
      if (inHistory && read(u, (w) => w.plans.test(text))) return [{ intent: HISTORY_ARTICLE, score: HISTORY_SCORE, source: 'history' }];
      const subject = slots.services.some((s) => HISTORY_SERVICES.has(s)) || read(u, (w) => w.subjects.test(text));
      if (!subject) return [];
      // "were there ever envoys in Colombo or Rabat?": a post closed since 2008, named with the envoys, is their past.
      const formerPost = slots.services.some((s) => ENVOY_SERVICES.has(s)) && read(u, (w) => w.formerPosts?.test(text) === true);
      if (formerPost) return [{ intent: HISTORY_ARTICLE, score: HISTORY_SCORE, source: 'history' }];
      // "were there ever embassy advisers in Sri Lanka?": Colombo covered it in 2008; the post has closed since.
      const everThere = read(u, (w) => w.ever?.test(text) === true) && options.namesFormerPostCountry?.(u.text, u.lng) === true;
      if (everThere) return [{ intent: HISTORY_ARTICLE, score: HISTORY_SCORE, source: 'history' }];
      const renamed = read(u, (w) => w.renamed.test(text));
      const parsed = parseStatsQuestion(text, options.now(), u.lng, [], () => claimIn(u));
      // "I read that Kompetanseteamet's inquiries rose 28 % in 2008, is that right?": a claim about a figure checked is
      // the statistics card's (the published figures and the change computed from them), not the history's.
      if (parsed?.query.claimed) return [];
      // One thing asked of one part: "which schools in Bergen had advisers back in 2008?" (one county's schools, or the
      // city's, which the statistics card names school by school), "how many inquiries did Kompetanseteamet get in its
      // very first year?", "how many of the 2008 cases were about forced marriage?". The statistics card gives it with
      // its source; the history tells the beginnings, not that part. Two or more numbers asked ("how many advisers, at
      // how many schools, and how many in Oslo?") are that year's figures together: the history's.
      const countySchools = parsed?.query.breakdown === 'county' && parsed.query.category !== undefined && parsed.query.metric === 'schools';
      // "kva år kom dei fyrste rådgjevarane til skular i Hordaland, og kva skular var det?": one county's schools are
      // asked by name, with no "how many"; the card names them with their year (2008), which also answers "when".
      const oneThing = parsed !== undefined && (parsed.score >= NUMBER_ASKED || countySchools) && (toEnglishCues(text, u.lng).match(HOW_MANY)?.length ?? 0) < 2;
      const countOfPart = countySchools || parsed?.query.firstYear === true || (parsed?.query.breakdown === 'case-type' && parsed.query.category !== undefined);
      if (!renamed && oneThing && countOfPart) return [];
      const began = (years === undefined || inHistory) && read(u, (w) => w.began.test(text));
      // A year of the history with what that year was like ("hvem satt i … i 2008?"), or with no number asked: a number
      // asked of a service in such a year ("hvor mange minoritetsrådgivere var det i 2008?") is the statistics card's.
      // Two numbers asked with nothing counted named ("how many were they, and at how many schools?"): the statistics
      // card would show one guessed figure; the history tells that year's figures together.
      const numbersAsked = toEnglishCues(text, u.lng).match(HOW_MANY)?.length ?? 0;
      const numberAsked = numbersAsked < 2 && (parsed?.score ?? 0) >= NUMBER_ASKED;
      // Two numbers asked, and the statistics reading keeps one ("how many advisers were there, and at how many
      // schools?" read as the schools alone): the history tells that year's figures together.
      // A change asked beside the count ("how many inquiries in 2007 and 2008, and how many percent was the growth?") is
      // no second figure: the statistics card gives both years' figures and the change computed from them (and the
      // source's own percentage where it differs).
      const keepsOne = numbersAsked >= 2 && (parsed?.query.alsoMetrics ?? []).length === 0 && parsed?.query.breakdown === undefined && parsed?.query.mode !== 'difference';
      // A message that opens like a follow-up ("and for the advisers in 2008?") may change one part of the last figure.
      const bare = (readStatsSlots(text, options.now(), u.lng).metric === undefined || keepsOne) && !numberAsked && !opensAsFollowUp(u.tokens, followUps.get(u.lng));
      // A then-word the statistics words read as part of the one number asked ("скільки осіб охоплювали звернення", how
      // many persons the inquiries covered) is that figure's, not what the year was like: with a number asked it counts
      // only where it is left in the cue words too ("в каких городах были советники в 2008?" asks no "how many": history).
      // A then-word the cue words turn into a second question beside the count ("сколько … и в каких городах?", how
      // many and in which cities: "which county") is still what the year was like: the history tells both.
      const cues = numberAsked && numbersAsked === 1 ? toEnglishCues(text, u.lng) : text;
      const asksWhichToo = cues !== text && WHICH_OR_WHERE.test(cues);
      const then = inHistory && (read(u, (w) => w.then.test(text) && (w.then.test(cues) || asksWhichToo)) || bare);
      if (!renamed && !began && !then) return [];
      return [{ intent: HISTORY_ARTICLE, score: HISTORY_SCORE, source: 'history' }];
    },
  };
}
