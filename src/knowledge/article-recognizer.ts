import type { Lang } from '../language/languages';
import type { Candidate, Recognizer, Utterance } from '../understanding/types';
import { questionParts, type ArticleIndex, type ArticleMatch } from './article-index';
import type { ArticleIntent } from './intents';
import { withoutNumberedAssignments } from '../language/assignment-numbers';
import { loadPlanWords, type PlanWords } from './plan-words';
import { shippedCountedInArticles, type CountedInArticles } from '../language/counted-in-articles';
import { STORY_TOKENS } from '../understanding/story-length';
import { shippedAmountWords, type AmountWords } from './amount-words';

export interface ArticleRecognizerOptions {
  /** Similarity from which the best article is trusted (maps to a score just above MIN_SCORE). */
  readonly accept: number;
  /** Similarity below which an article is not even worth suggesting. */
  readonly suggest: number;
  /** The best article must beat the runner-up by this much, or the two are offered as a choice. */
  readonly minGap: number;
  /** How many articles to return (the "did you mean" buttons). */
  readonly maxCandidates: number;
  /**
   * A lower acceptance threshold for the nine languages beyond Norwegian and English: their phrasings are fewer, so a
   * right answer matches less of them, while an off-topic question in those scripts rarely matches anything at all.
   */
  readonly acceptOther?: number;
  /**
   * A long message (a story, then its question) is answered below `accept` when its best article leads the runner-up
   * by this much and reaches halfway from `suggest` to `accept`: the story's many words lower every article's
   * similarity, not their order, and "did you mean" is for a message that could mean two things.
   */
  readonly storyLead?: number;
  /**
   * Articles that answer a question about the services themselves and never a case (the history of the services):
   * a message longer than `STORY_TOKENS` words is a story about a case, so its start words ("she began to cry", "the
   * adviser started") and the services it names read as no such article (the history reader says the same).
   */
  readonly notInStories?: readonly string[];
}


/** How much more of the question the best article's phrasing must cover than the runner-up's to be read alone at a near score. */
const COVERAGE_LEAD = 0.2;

/** From this many words, in two sentences or more, a message is a story with a question (see `storyLead`). */
const LONG_MESSAGE_WORDS = 16;

/** Tuned on test/eval/guidance.json with `npm run eval` (see the report printed there). */
export const DEFAULT_ARTICLE_OPTIONS: ArticleRecognizerOptions = {
  accept: 0.5,
  suggest: 0.25,
  minGap: 0.03,
  maxCandidates: 3,
  acceptOther: 0.4,
  storyLead: 0.1,
  notInStories: ['history-special-services'],
};

/** Score at the acceptance threshold: just above understand()'s MIN_SCORE (0.35). */
const ACCEPT_SCORE = 0.4;
/**
 * Score of a perfect match. Kept below the contact recognizer's specific readings (0.95–0.97: a service named with
 * "kontakt/ring/nummer", a country with "held/stuck/sent") and the triage statement (1.0), so a message that asks how to
 * reach someone gets the contact card even when its words also match an article phrasing word for word.
 */
export const TOP_SCORE = 0.94;
/** Score at the suggestion threshold: understand() turns article candidates ≥ 0.15 into "did you mean". */
const SUGGEST_SCORE = 0.15;
/** Highest score of a reading the question alone gave (`questionDecides`): trusted, below every specific recognizer. */
const QUESTION_ONLY_SCORE = 0.36;
/** Highest score an ambiguous or off-topic reading may get: below MIN_SCORE, so it can only be suggested. */
const CAPPED_SCORE = 0.3;
/**
 * Highest score when the message names a country ("Eleven er holdt tilbake i Somalia"): below the contact
 * recognizer's readings of a person held in, sent to or asked about in a country (0.8–0.9), so that case gets the
 * contact card (envoy, UD, Kompetanseteamet; issue 4), while a topic question that merely names a country still
 * gets its article when no contact reading is offered.
 */
const COUNTRY_SCORE = 0.78;

/** Tells whether a message names a foreign country, in any supported language. */
export type CountryMentionTest = (text: string, lng: Lang) => boolean;


/**
 * Questions for the contact directory ("telefonnummer til kompetanseteamet", "hvem dekker Somalia") and for
 * statistics ("hvor mange saker i 2023") are answered by their own recognizers; here they only earn a suggestion.
 */
const CONTACT_DETAILS =
  /(?<!\p{L})(telefon\p{L}*|tlf|nummer|nummeret|numre|nr|e-?post|epost\p{L}*|mail|mailadresse|adresse|adressa|kontaktinfo\p{L}*|kontaktinformasjon|kontaktdetaljer|åpningstid\p{L}*|opningstid\p{L}*|phone number|number|numbers|email|e-mail|address|contact details|contact info|opening hours)(?!\p{L})/u;
/** "hvem dekker Somalia", "kven kan eg ringe", "who covers Iraq", "hvor kan jeg få råd", "where can I get advice"; "which year does it cover" asks a period. */
const WHO_TO_CALL =
  /(?<!\p{L})(hvem|kven|who|whom|hvor|kvar|where|hvilken|hvilke|kva for|which)(?!\p{L})(?! (?:\p{N}+ |fire |four )?(?:tiltak|tiltaka|tiltakene|measures|oppgaver|oppgåver|tasks)(?!\p{L}))(?! (?:år|året|årene|åra|periode|perioden|tidsrom|year|years|period)(?!\p{L})).*(?<!\p{L})(dekker|dekkjer|ringe|ring|kontakte|kontakter|kontakt|covers|cover|handles|call|contact|responsible for|ansvar for|hjelpe|hjelp|råd|veiledning|rettleiing|advice|help|support)(?!\p{L})/u;
/** "når skal vi kontakte Kompetanseteamet" asks what the service is for: an article question. */
const WHEN_OR_WHY = /^(når|kva tid|when|hvorfor|kvifor|why)(?!\p{L})/u;
/** A service named together with a contact verb: "how do I contact a minority adviser". */
const SERVICE_WORDS =
  /(mangfolds?r[åa]dgiv|mangfalds?r[åa]dgi|minoritetsr[åa]dgiv|spesialutsend|integreringsr[åa]dgiv|kompetanse?teamet|fagteamet|rvts|diversity advis|minority advis|special envoy|integration advis|competence team|expert team)/u;
const CONTACT_VERB = /(?<!\p{L})(kontakt|kontakte|kontakta|ringe|ring|nå|contact|reach|call|finne|finn|find)(?!\p{L})/u;
const SERVICE_NAMES_CAPITALISED = /^(Kompetanseteamet|Kompetansteamet|Nora|RVTS|IMDi|Bufdir|UD|Fagteamet|Veiviser|NSK|FGM|Teams)$/u;
const STATS_CUES =
  /(?<!\p{L})(hvor mange|kor mange|antall|talet på|statistikk\p{L}*|tall|tala|tallene|prosent|økning|auke|nedgang|how many|number of|statistics|stats|figures|percent|increase|hvor mye|kor mykje|how much|penger|pengar|money|funding|budsjett\p{L}*|bevilg\p{L}*|tildel(?!ingsbrev)\p{L}*|kroner|millioner|andel|share of|caseload|sakstall|saksmengde|trafikk\p{L}*|traffic|sammenlign\p{L}*|samanlikn\p{L}*|compare|landbakgrunn|opprinnelsesland|countries of origin|kva land kom|hvilke land kom)(?!\p{L})/u;
/** A year only signals statistics together with what is counted: "saker i 2023", "cases in 2022". */
const YEAR_WITH_COUNT = /(?<!\p{L})(saker|sakene|henvendelser|henvendingar|førespurnader|oppdrag|cases|inquiries|referrals)(?!\p{L}).*(?<!\d)(19|20)\d\d(?!\d)|(?<!\d)(19|20)\d\d(?!\d).*(?<!\p{L})(saker|henvendelser|cases|inquiries)(?!\p{L})/u;

export function isContactQuestion(normalized: string, text: string = normalized): boolean {
  if (CONTACT_DETAILS.test(normalized) || WHO_TO_CALL.test(normalized)) return true;
  if (!SERVICE_WORDS.test(normalized) || WHEN_OR_WHY.test(normalized)) return false;
  return CONTACT_VERB.test(normalized) || hasPlaceName(text);
}

/**
 * A capitalised word after the first that is not a service: most often a place or a school ("mangfoldsrådgiver i
 * Trøndelag"). An abbreviation in capitals names a thing, not a place ("ROS-analyser", "FoU-oppdrag", "MUST").
 */
function hasPlaceName(text: string): boolean {
  return (text.match(/\s\p{Lu}\p{L}+/gu) ?? []).some((w) => !SERVICE_NAMES_CAPITALISED.test(w.trim()) && !ABBREVIATION.test(w.trim()));
}
const ABBREVIATION = /^(?:\p{Lu}{2,5}|\p{Lu}\p{Ll}?\p{Lu}{1,3})$/u;

/**
 * "Hvor kan vi søke om penger til et prosjekt?", "is there funding we can apply for?": money applied for is a grant
 * sought (the grants article), not a figure asked, unless a count or an amount is asked as well ("how much funding").
 * The words are data (content/knowledge/amount-words.json).
 */
export function isStatsQuestion(
  normalized: string,
  counted: CountedInArticles = shippedCountedInArticles(),
  amounts: AmountWords = shippedAmountWords(),
): boolean {
  // A named task counts nothing: "oppdrag 2024-09 frist i 2024" asks about one assignment, not how many there were.
  // Nor does a count an article gives, which no statistic publishes: the youth panel's members, a network's meetings.
  const withoutTasks = withoutNumberedAssignments(normalized);
  // "hvor mye er oppdrag 2021-29 bundet med?": the store holds no amount per allocation-letter task (the statistics
  // recognizer leaves it too); the allocation-letter article tells what each task is bound with.
  if (withoutTasks !== normalized && amounts.amountAsked.test(withoutTasks)) return false;
  const text = counted.without(withoutTasks);
  if (amounts.moneyAppliedFor.test(text) && !amounts.amountOrCountAsked.test(text) && !YEAR_WITH_COUNT.test(text)) return false;
  return STATS_CUES.test(text) || YEAR_WITH_COUNT.test(text);
}

/** Maps a similarity (0..1) to a calibrated score: ≥ accept → 0.4..TOP_SCORE, suggest..accept → 0.15..0.34, below → < 0.15. */
export function calibrate(raw: number, options: ArticleRecognizerOptions): number {
  const { accept, suggest } = options;
  const similarity = Math.min(1, raw);
  if (similarity >= accept) return ACCEPT_SCORE + ((TOP_SCORE - ACCEPT_SCORE) * (similarity - accept)) / Math.max(1e-9, 1 - accept);
  if (similarity >= suggest) return SUGGEST_SCORE + ((CAPPED_SCORE + 0.04 - SUGGEST_SCORE) * (similarity - suggest)) / (accept - suggest);
  return (SUGGEST_SCORE * similarity) / Math.max(1e-9, suggest);
}

/** Scores for the ranked matches: the winner keeps its score only with a clear gap and no contact/stats cue. */
export function scoreMatches(
  matches: readonly ArticleMatch[],
  normalized: string,
  options: ArticleRecognizerOptions,
  text: string = normalized,
  lng: Lang = 'nb',
): number[] {
  // The cues are Norwegian and English words ("telefon", "tall"); in the other languages they are ordinary words
  // ("telefonie" in Polish), and those languages' contact and statistics questions are read by their own recognizers.
  const cued = lng === 'nb' || lng === 'nn' || lng === 'en';
  // In a story with a question, the question decides: "faren følger med på telefonen hennar" tells what happened,
  // it does not ask for a phone number.
  const parts = questionParts(normalized);
  const sentences = normalized.split(/(?<=[.!?])\s+|\n+/u).filter((part) => part.trim().length > 0).length;
  const asked = parts.story.length > 0 && sentences >= 2 ? parts.focus.join(' ') : normalized;
  const offTopic = cued && (isContactQuestion(asked, asked === normalized ? text : asked) || isStatsQuestion(asked));
  const top = matches[0]?.similarity ?? 0;
  const second = matches[1]?.similarity ?? 0;
  // Two readings are close when their scores are and the runner-up covers about as much of the question: an article
  // whose phrasing covers nearly every word of it ("what should I say when a student confides in me") against one that
  // shares a third fewer of them is one clear reading, however near their blended scores.
  const coverageLead = (matches[0]?.coverage ?? 0) - (matches[1]?.coverage ?? 0);
  const ambiguous = top - second < options.minGap && !(top >= options.accept && coverageLead >= COVERAGE_LEAD);
  const story = parts.story.length > 0 && parts.focus.length + parts.story.length >= LONG_MESSAGE_WORDS;
  const clearLead = options.storyLead !== undefined && story && top - second >= options.storyLead && top >= (options.accept + options.suggest) / 2;
  return matches.map((m, i) => {
    const calibrated = calibrate(m.similarity, options);
    const score = i === 0 && clearLead ? Math.max(calibrated, ACCEPT_SCORE) : calibrated;
    return offTopic || ambiguous ? Math.min(score, CAPPED_SCORE) : score;
  });
}

let shippedPlans: PlanWords | undefined;

/**
 * A question that names a plan ("what does the action plan against negative social control say about schools?") asks
 * about the plan, whatever topic it names beside it: the articles about the plans that it matches well enough to be
 * suggested come first, each other article kept a clear gap below the best of them, so the topic's own article no
 * longer makes the reading ambiguous.
 */
export function planFirst(matches: readonly ArticleMatch[], plans: PlanWords, options: ArticleRecognizerOptions): readonly ArticleMatch[] {
  const planned = matches.filter((m) => plans.articles.has(m.articleId) && m.similarity >= options.suggest);
  const best = planned[0];
  if (best === undefined) return matches;
  const ceiling = best.similarity - 2 * options.minGap;
  const others = matches.filter((m) => !planned.includes(m)).map((m) => (m.similarity > ceiling ? { ...m, similarity: ceiling } : m));
  return [...planned, ...others];
}

/** Reads a question as one of the guidance articles, with calibrated scores (see `calibrate`). */
export function createArticleRecognizer(
  index: ArticleIndex,
  options: ArticleRecognizerOptions,
  countryIn: CountryMentionTest,
  plans: PlanWords = (shippedPlans ??= loadPlanWords()),
): Recognizer<ArticleIntent> {
  return {
    name: 'articles',
    recognize(u: Utterance): Candidate<ArticleIntent>[] {
      const story = u.tokens.length > STORY_TOKENS && (options.notInStories ?? []).length > 0;
      const ranked = (text: string): readonly ArticleMatch[] => {
        const matched = index.match(text);
        const found = story ? matched.filter((m) => !(options.notInStories ?? []).includes(m.articleId)) : matched;
        return (plans.names(text) ? planFirst(found, plans, options) : found).slice(0, options.maxCandidates);
      };
      const whole = ranked(u.text);
      const own = u.lng === 'nb' || u.lng === 'nn' || u.lng === 'en' || options.acceptOther === undefined ? options : { ...options, accept: options.acceptOther };
      const wholeScores = scoreMatches(whole, u.normalized, own, u.text, u.lng);
      const asked = (wholeScores[0] ?? 0) < ACCEPT_SCORE ? questionDecides(whole, u.normalized, own, ranked) : undefined;
      const matches = asked?.matches ?? whole;
      // A reading the question alone gave is trusted just above the threshold: a story's other readings (a contact plan
      // for the case it tells) keep their place above it.
      const scores = asked ? scoreMatches(asked.matches, asked.text, own, asked.text, u.lng).map((s) => Math.min(s, QUESTION_ONLY_SCORE)) : wholeScores;
      const ceiling = matches.length > 0 && countryIn(u.text, u.lng) ? COUNTRY_SCORE : 1;
      return matches.map((m, i) => ({ intent: { kind: 'article', articleId: m.articleId }, score: Math.min(scores[i] ?? 0, ceiling), source: 'articles' }));
    },
  };
}

/**
 * A story in two sentences or more whose whole reads as no one article ("what does negative social control actually
 * mean?? my friend says that is what I live with, since I can't have snap or go to the cinema"): its question, read
 * alone, decides when it names one article plainly (trusted, and a story's lead over the runner-up) and that article
 * was among the whole's readings. The story's words spread the whole over look-alike articles; "did you mean" is for
 * a question that itself could mean two things (issue #13).
 */
function questionDecides(
  whole: readonly ArticleMatch[],
  normalized: string,
  options: ArticleRecognizerOptions,
  ranked: (text: string) => readonly ArticleMatch[],
): { readonly matches: readonly ArticleMatch[]; readonly text: string } | undefined {
  const sentences = normalized.split(/(?<=[.!?])\s+|\n+/u).filter((part) => part.trim().length > 0).length;
  const parts = questionParts(normalized);
  if (sentences < 2 || parts.story.length === 0 || parts.focus.length === 0 || options.storyLead === undefined) return undefined;
  const text = parts.focus.join(' ');
  const matches = ranked(text);
  const top = matches[0];
  if (top === undefined || top.similarity < options.accept || top.similarity - (matches[1]?.similarity ?? 0) < options.storyLead) return undefined;
  return whole.some((m) => m.articleId === top.articleId) ? { matches, text } : undefined;
}
