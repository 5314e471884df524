import { z } from 'zod';
import type { Lang } from '../language/languages';
import { CLOSED_POSTS, type FollowUpWords, type Post } from './follow-up-words';
import { isLineToPointChildrenOn, onlyAChildNamed } from './follow-up-young-line';
import { linesAfterSite } from './follow-up-site-lines';
import type { FollowUpSlots } from './follow-up-slots';
import { readClaim, type Claim } from './claimed-values';
import { prepareUtterance } from '../understanding/understand';
import { readingOfKind } from '../understanding/intent-of-kind';
import type { Understanding } from '../understanding/types';
import { ASKS_WHO_TO_CONTACT, contactIntentSchema, contactQuerySchema, type ContactIntent, type ContactQuery } from '../contacts/intents';
import { ENVOY_IDS, envoyIdSchema, isServiceId, type EnvoyId, type ServiceId as ContactServiceId } from '../contacts/service-ids';
import { articleIntentSchema, type ArticleIntent } from '../knowledge/intents';
import { statsIntentSchema, type StatsIntent, type StatsQuery } from '../stats/intents';
import { CASE_TYPE_FAMILIES, defaultMetric, statsQuerySchema } from '../stats/answers/stats-query';
import { CAMPAIGN_IDS, COUNTIES, EMBASSY_CITIES, explicitYears } from '../stats/answers/stats-recognizer';
import { toEnglishCues } from '../stats/answers/stats-words';
import { sharePartNamed, withoutPartName } from '../stats/answers/share-parts';
import { normalize } from '../language/text';
import { serviceIdSchema as statsServiceIdSchema, type Metric, type ServiceId as StatsServiceId } from '../stats/store/published-figure';

/**
 * Short follow-ups that lean on the last answer ("og i 2008?", "and Somalia?", "what's their number?",
 * "er du sikker?") read as that answer's question with what they change. Danger is decided before and apart from
 * this: a follow-up only changes which answer comes after the emergency numbers, never whether they come.
 */

/**
 * What the bot remembers of the last answer: categorical fields only, never anything the user wrote (a school's
 * name is dropped). Parsed with this schema whenever it is read back from the conversation state.
 */
/**
 * The one part of a breakdown a statistics question asked about, from fixed lists only: a case type
 * (`fgm`), an embassy city (`amman`), a county code (`vestland`) or a campaign (`pride`: "and the Pride campaign?"
 * after the summer campaign's views). Never a place name as the user wrote it.
 */
export const REMEMBERED_CATEGORIES: readonly string[] = [
  ...new Set([...Object.entries(CASE_TYPE_FAMILIES).flatMap(([family, members]) => [family, ...members]), ...EMBASSY_CITIES, ...COUNTIES.map(([code]) => code), ...CAMPAIGN_IDS]),
];
const rememberedCategorySchema = z.string().refine((c) => REMEMBERED_CATEGORIES.includes(c), 'not a known category');
/** The years of the figures shown before, for the same figure ("og i 2021?" after 2022): at most this many. */
const MAX_EARLIER_YEARS = 3;
const rememberedStatsSchema = statsIntentSchema
  .extend({
    query: statsQuerySchema.omit({ claimed: true }).extend({ category: rememberedCategorySchema.optional() }),
    /** Years of the same figure shown in the answers before this one, latest last: "how much did it go up?" compares them. */
    earlier: z.array(z.number().int()).max(MAX_EARLIER_YEARS).optional(),
  })
  .strict();

export const rememberedReadingSchema = z.discriminatedUnion('kind', [
  rememberedStatsSchema,
  z.object({ kind: z.literal('contact'), query: contactQuerySchema.omit({ place: true, doubtedPost: true, doubtedPostCoverage: true, historyAsked: true }) }).strict(),
  articleIntentSchema,
]);
export type RememberedReading = z.infer<typeof rememberedReadingSchema>;

/** What a follow-up can answer: a statistics, contact or article reading. */
export type FollowUpIntent = StatsIntent | ContactIntent | ArticleIntent;

export type { FollowUpSlots } from './follow-up-slots';
export type SlotReader = (text: string, lng: Lang) => FollowUpSlots;

/** The statistics' fields of a text's slots (keys only where named, as in `FollowUpSlots`). */
export type StatsSlotPart = Pick<FollowUpSlots, 'statsServices' | 'years' | 'metric' | 'breakdown' | 'category'>;

/**
 * A text's slots read part by part, each part when first asked (`all` is the whole `FollowUpSlots`, made of the same
 * parts). A test of what a text names ("names nothing", "the same as the whole", "only where people work") usually
 * decides on one or two parts; the follow-up reader makes ~5 such tests a message on texts it never reads whole
 * (the words after a first sentence, each word of an ellipsis left out). Every part is a pure function of the text.
 */
export interface SlotParts {
  readonly stats: () => StatsSlotPart;
  /** Every country named, in order (the first is `country`). */
  readonly countries: () => readonly string[];
  readonly contactService: () => ContactServiceId | undefined;
  readonly abroad: () => boolean;
  readonly embassy: () => boolean;
  readonly norway: () => boolean;
  /** Whether the text says the person is under 18 (`minor`): the age tests read it before the whole. */
  readonly minor: () => boolean;
  /** Whether the text says the person is 18 or over (`adult`). */
  readonly adult: () => boolean;
  readonly all: () => FollowUpSlots;
}
export type SlotPartsReader = (text: string, lng: Lang) => SlotParts;

/** The parts of slots read whole (a slot reader without parts: the tests' stand-ins). */
export function partsOfSlots(slots: FollowUpSlots): SlotParts {
  const { statsServices, years, metric, breakdown, category } = slots;
  const stats: StatsSlotPart = { ...(statsServices ? { statsServices } : {}), ...(years ? { years } : {}), ...(metric ? { metric } : {}), ...(breakdown ? { breakdown } : {}), ...(category ? { category } : {}) };
  const countries = slots.countries ?? (slots.country ? [slots.country] : []);
  return {
    stats: () => stats,
    countries: () => countries,
    contactService: () => slots.contactService,
    abroad: () => slots.abroad === true,
    embassy: () => slots.embassy === true,
    norway: () => slots.norway === true,
    minor: () => slots.minor === true,
    adult: () => slots.adult === true,
    all: () => slots,
  };
}

/**
 * The slots already read of one message's texts (the whole message, what follows its opener, each part of a
 * two-needs message): a follow-up reads the same words several times, and each reading runs the contacts' and the
 * statistics' readers. Made by the caller for one message and dropped with it; never kept across messages.
 */
export type SlotMemo = Map<string, SlotParts>;

/** A slot memo for one message (see `SlotMemo`). */
export function slotMemo(): SlotMemo {
  return new Map();
}

/**
 * `after-hours`: the service last shown is closed or it is urgent ("and if it's acute after closing time?"): the numbers
 * open now. `arithmetic`: "how much did it go up?", "is that more than in 2021?" on the last figures shown: both years
 * and their difference.
 */
export type FollowUpReason = 'pushback' | 'same-subject' | 'ellipsis' | 'after-hours' | 'arithmetic';
export interface FollowUp {
  readonly intent: FollowUpIntent;
  readonly reason: FollowUpReason;
  /**
   * The follow-up says the person of the case is abroad now ("and if she is in Ethiopia now?"): a case of its own, even
   * after a question about people held abroad in general, so the emergency line comes first.
   */
  readonly personAbroadNow?: boolean;
  /**
   * The follow-up asks the same service when it is not urgent ("og hvis det ikke haster?" after the police's 112): the
   * emergency numbers asked before are not carried to it (its card still says to call 112 if someone is in danger now).
   */
  readonly notUrgent?: boolean;
}
/**
 * `caseCountry`: the country of the case this conversation is about (ISO code, the last one a message or an answer
 * named), kept apart from the last answer, so "and if she is already there?" after an answer that named no country
 * (an article, "I didn't understand") still knows where "there" is.
 */
export type FollowUpResolver = (
  text: string,
  lng: Lang,
  understanding: Understanding,
  previous: RememberedReading | undefined,
  slots?: SlotMemo,
  caseCountry?: string,
  /** The service the message before named (a directory id): a detail asked after an article of no one service is its. */
  namedBefore?: string,
) => FollowUp | undefined;

export interface FollowUpDeps {
  readonly words: ReadonlyMap<Lang, FollowUpWords>;
  readonly readSlots: SlotReader;
  /** The same slots read part by part (`readSlots` must be its `all`); without it every text is read whole. */
  readonly readSlotParts?: SlotPartsReader;
  /** The service an article is about (the article on Kompetanseteamet), for a follow-up asking its details. */
  readonly serviceOfArticle?: (articleId: string) => ContactServiceId | undefined;
  /** The service a topic article's card says to call for advice first (its first related service with a number). */
  readonly adviceServiceOfArticle?: (articleId: string) => ContactServiceId | undefined;
  /** The turn's clock: "and now?" after a past year's figure asks this year's, which the answer gives as the latest published. */
  readonly now?: () => Date;
  /** Whether a message asks for the names before ("what were they called before?"): the history answers it. */
  readonly asksFormerName?: (text: string, lng: Lang) => boolean;
  /** Whether a message asks what something was like back then ("who was in it then?"): after the history, the history. */
  readonly asksBackThen?: (text: string, lng: Lang) => boolean;
  /** Whether a message asks how or when something began ("when did they start?"): after a service with a history, the history. */
  readonly asksBegan?: (text: string, lng: Lang) => boolean;
  /** Whether a service is open day and night (UD's operations centre): "is it open at night?" is then its card again. */
  readonly aroundTheClock?: (serviceId: string) => boolean;
  /**
   * Whether the envoy of a country also acts there for nationals of other countries (Turkey): with that country named
   * beside others ("Syrians living in Turkey"), the person is there, whatever their nationality.
   */
  readonly actsForThirdCountryNationals?: (countryCode: string) => boolean;
  /**
   * The countries a message says as where someone comes from ("from Azerbaijan", "из Азербайджана"): beside another
   * country named, where the person is or is taken is the one asked about.
   */
  readonly originCountriesOf?: (text: string, lng: Lang) => readonly string[];
  /**
   * The post still open that covered a country in 2008 when today another post covers it (Iran: Ankara then, Amman
   * now; the 2008 table, domain.md §9 and §12): "was Iran always under Amman?" is answered with it.
   */
  readonly formerPostOf?: (countryCode: string) => EnvoyId | undefined;
  /** The post with operational responsibility for a country, if any ("Амман" also reads as Jordan, Amman's own country). */
  readonly operationalPostOf?: (countryCode: string) => EnvoyId | undefined;
  /** Whether a service is a website with no phone of its own (Nora, ung.no): a number asked after it asks the lines. */
  readonly siteWithoutPhone?: (serviceId: string) => boolean;
}

/** Services whose field a member agency of Kompetanseteamet represents ("who represents the police?"), or the team itself. */
const MEMBER_FIELDS: ReadonlySet<string> = new Set<ContactServiceId>(['kompetanseteamet', 'police', 'police-emergency']);

/** Longer than this, a message is a question of its own. */
const MAX_TOKENS = 12;
/** A doubt may give its reason ("are you sure? I've seen a different number in the gender equality report"). */
const MAX_PUSHBACK_TOKENS = 20;
/** "når har de åpent?", "what's their number?", "hvor mange saker hadde de i 2022?" */
const MAX_SUBJECTLESS_TOKENS = 10;
/**
 * "and how many of those were followed up by the envoy in Rabat?": a count asked right after a lead word, after a
 * figure, is that figure narrowed down, also when it says a little more than a question without a subject.
 */
const MAX_LED_COUNT_TOKENS = 14;
/** A list of countries asked with one checked against it ("… what were they, is Somalia among them?"): a question at most this long. */
const MAX_ORIGINS_CHECKED_TOKENS = 16;
/** What may follow a lead word: a year, a name, a country of up to a few words. */
const MAX_ELLIPSIS_TOKENS = 5;
/** A reading at least this sure is a clear question on its own (the recognizers' "likely"). */
export const CLEAR = 0.8;

/**
 * The last answer's reading, without anything a user wrote (a school's name is dropped); undefined for other kinds.
 * `before`, the reading remembered until now: when both are the same figure ("og i 2021?" after 2022), the years
 * shown before are kept with it, for "how much did it go up?".
 */
export function rememberReading(intent: unknown, before?: RememberedReading): RememberedReading | undefined {
  const reading = rememberAlone(intent);
  if (reading?.kind !== 'stats' || before?.kind !== 'stats' || !sameFigure(reading.query, before.query)) return reading;
  const shown = new Set(yearsShown(reading.query));
  const earlier = [...(before.earlier ?? []), ...yearsShown(before.query)].filter((y, i, all) => !shown.has(y) && all.lastIndexOf(y) === i).slice(-MAX_EARLIER_YEARS);
  return earlier.length > 0 ? { ...reading, earlier } : reading;
}

/** The years a statistics answer showed one by one: a single year, or both ends of a difference. */
function yearsShown(query: StatsQuery): number[] {
  const { fromYear, toYear, mode } = query;
  if (fromYear === undefined || toYear === undefined) return [];
  if (fromYear === toYear) return [fromYear];
  return mode === 'difference' ? [fromYear, toYear] : [];
}

/** The same figure asked again, perhaps for another year: the same services, what is counted and the same part of it. */
function sameFigure(a: StatsQuery, b: StatsQuery): boolean {
  const services = (q: StatsQuery) => (q.services.length > 0 ? q.services : q.service ? [q.service] : []).join();
  return services(a) === services(b) && (a.metric ?? b.metric) === (b.metric ?? a.metric) && a.breakdown === b.breakdown && a.category === b.category;
}

function rememberAlone(intent: unknown): RememberedReading | undefined {
  // The bot and the two-needs reader ask this several times a turn: each schema only of its own kind (`readingOfKind`).
  const contact = readingOfKind(contactIntentSchema, 'contact', intent);
  if (contact) {
    const { place: _place, doubtedPost: _doubted, doubtedPostCoverage: _coverage, historyAsked: _history, ...query } = contact.query;
    return { kind: 'contact', query };
  }
  const stats = readingOfKind(statsIntentSchema, 'stats', intent);
  if (stats) {
    const { service, services, metric, fromYear, toYear, breakdown, category: asked, alsoMetrics, mode } = stats.query;
    // Only a category from the fixed lists is kept; anything else is dropped, never stored as written.
    const category = asked !== undefined && REMEMBERED_CATEGORIES.includes(asked) ? asked : undefined;
    return { kind: 'stats', query: defined({ service, services: [...services], metric, fromYear, toYear, breakdown, category, alsoMetrics: alsoMetrics && alsoMetrics.length > 0 ? [...alsoMetrics] : undefined, mode }) };
  }
  const parsed = rememberedReadingSchema.safeParse(intent);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Readings that go on with a person's situation (who to contact, what to do); statistics or a command do not, nor the
 * triage, which asks about danger itself.
 */
const SITUATION_KINDS: ReadonlySet<string> = new Set(['contact', 'article']);

/**
 * After a message that signalled danger, a later question about the same situation keeps the emergency numbers on
 * top: a question about whom to contact or what to do, new or a follow-up ("er de åpne i helga?" after a contact card);
 * a statistics question or a command does not.
 */
export function continuesSituation(intent: { readonly kind: string }): boolean {
  return SITUATION_KINDS.has(intent.kind);
}

export function intentOf(reading: RememberedReading): FollowUpIntent {
  return reading.kind === 'article' ? { kind: 'article', articleId: reading.articleId } : reading.kind === 'stats' ? { kind: 'stats', query: reading.query } : { kind: 'contact', query: reading.query };
}

export function createFollowUpResolver(deps: FollowUpDeps): FollowUpResolver {
  const resolve = resolverOf(deps);
  return (text, lng, understanding, previous, memo = slotMemo(), caseCountry, namedBefore) => {
    // The slot reader is a pure function of the text and the language (and the day, which one message does not change).
    const partsOf: SlotPartsReader = (t, l) => {
      const key = `${l}\u0000${t}`;
      let parts = memo.get(key);
      if (!parts) memo.set(key, (parts = deps.readSlotParts ? deps.readSlotParts(t, l) : partsOfSlots(deps.readSlots(t, l))));
      return parts;
    };
    const readSlots: SlotReader = (t, l) => partsOf(t, l).all();
    const whole = resolve(text, lng, understanding, previous, readSlots, caseCountry, namedBefore, partsOf);
    if (whole) {
      const words = deps.words.get(lng);
      const selfSaid = words !== undefined && containsAny(saidOf(text, lng, words), words.self);
      return withCallerOf(withClaimChecked(whole, text, lng), understanding, () => readSlots(text, lng), previous, selfSaid);
    }
    // "og 2021? skal ha det i en presentasjon", "а в 2022? насколько выросло?", "har de åpent i helga? det er
    // fredag kveld nå": a short follow-up, then a sentence that names nothing of its own (what it is for, a remark):
    // the follow-up is the question.
    const [first, ...rest] = text.split(/(?<=[?!.؟۔፧])\s+/u);
    if (!first || rest.length === 0 || !previous) return undefined;
    // A first sentence that cannot be a follow-up (a question of its own): the rest's slots are not read for it.
    const words = deps.words.get(lng);
    if (!words || understanding.youngWriter || !mayFollowUp(saidOf(first, lng, words))) return undefined;
    if (!namesNothing(partsOf(rest.join(' '), lng))) return undefined;
    const part = resolve(first, lng, understanding, previous, readSlots, caseCountry, namedBefore, partsOf);
    // "og året etter? i årsrapporten står det 28 % økning, stemmer det?": the rest checks a claim about the figure the
    // first part asks for.
    return part && LEADING_PART_REASONS.has(part.reason) ? withClaimChecked(part, rest.join(' '), lng) : undefined;
  };

  /**
   * A figure asked in a follow-up that also checks a claim about it ("and 2008? the report says it rose 28 %, is that
   * right?", "og i 2023? har sett 897 et sted"): the figure, with the values claimed, so the answer says whether the
   * sources give them, as a doubt of its own does. A doubt already read keeps its own reading.
   */
  function withClaimChecked(followUp: FollowUp, text: string, lng: Lang): FollowUp {
    const words = deps.words.get(lng);
    if (followUp.intent.kind !== 'stats' || followUp.intent.query.claimed || !words) return followUp;
    const said = saidOf(text, lng, words);
    if (!containsAny(said, words.pushback) && !containsAny(said, words.doubt)) return followUp;
    const claim = readClaim(text, said, words);
    return claim ? { ...followUp, intent: claimedFigure(followUp.intent.query, claim, containsAny(said, words.change)) } : followUp;
  }
}

/**
 * The figure with the values a claim names. A change claimed in percent for one year ("it rose 28 % in 2008") is
 * against the year before, read as a claim in a message of its own is (the statistics recognizer): both years'
 * figures, the change computed from them and the change the source states.
 */
function claimedFigure(query: StatsQuery, claim: Claim, changeSaid: boolean): StatsIntent {
  const claimed = { values: [...claim.values], approximate: claim.approximate, percent: claim.percent };
  const year = query.toYear;
  if (claim.percent && changeSaid && year !== undefined && query.fromYear === year && query.mode !== 'difference' && query.breakdown === undefined) {
    return { kind: 'stats', query: { ...query, fromYear: year - 1, toYear: year, mode: 'difference', claimed } };
  }
  return { kind: 'stats', query: { ...query, claimed } };
}

/**
 * Who will call, said in the follow-up itself ("can the woman call them herself? she's 23", "is any of them anonymous?"):
 * the contact answered again is answered for that caller (people over 18 may contact Kompetanseteamet themselves).
 */
const CALLER_FLAGS = ['youngCaller', 'adultCaller', 'anonymous', 'housing'] as const;
function withCallerOf(followUp: FollowUp, understanding: Understanding, slots: () => FollowUpSlots, previous: RememberedReading | undefined, selfSaid = false): FollowUp {
  if (followUp.intent.kind !== 'contact') return followUp;
  const own = readingOfKind(contactIntentSchema, 'contact', understanding.intent);
  const flags: Partial<Record<(typeof CALLER_FLAGS)[number], true>> = Object.fromEntries((own ? CALLER_FLAGS.filter((flag) => own.query[flag] === true) : []).map((flag) => [flag, true]));
  // "kan hun ringe dem selv?", "can a grown woman call them herself?" after the card of a service that people over 18 may
  // contact themselves (Kompetanseteamet): whether the person may call is the question, answered by their age; a
  // message read likeliest as the article on persons over 18 (however unsurely: the follow-up already says it is about
  // the card), or as a line someone of no stated age will call, asks it.
  const likeliest = understanding.candidates[0]?.intent;
  // "kan bebuarane ringje dei sjølve?", "can the residents call them themselves?" after a list of whom to contact (no
  // one service asked), the follow-up read, however unsurely (among its candidates), as the article of a service people
  // over 18 may contact themselves, with a word for oneself: whether they may call that service is the question (dev36a, issue #13).
  const selfArticle = readingOfKind(articleIntentSchema, 'article', likeliest)?.articleId;
  const selfService = understanding.candidates.map((c) => SELF_CONTACT_ARTICLES.get(readingOfKind(articleIntentSchema, 'article', c.intent)?.articleId ?? '')).find((id) => id !== undefined);
  const namedSelf = followUp.intent.query.serviceId === undefined && selfSaid && selfService !== undefined ? selfService : undefined;
  const service = followUp.intent.query.serviceId ?? namedSelf;
  // A line read of someone who will call, not of a word for a line ("a czy jest też czat?" asks for a chat).
  const someoneCalls = own !== undefined && own.query.helpline === true && own.query.serviceId === undefined && slots().helpline !== true;
  const asksSelf = someoneCalls || namedSelf !== undefined || selfArticle === ADULTS_ARTICLE;
  if (service !== undefined && SELF_CONTACT_SERVICES.has(service) && asksSelf && !flags.youngCaller && !flags.adultCaller) {
    const wasMinor = previous?.kind === 'contact' && previous.query.minor === true;
    if (wasMinor || slots().minor === true) flags.youngCaller = true;
    else flags.adultCaller = true;
  }
  if (Object.keys(flags).length === 0) return followUp;
  return { ...followUp, intent: { kind: 'contact', query: { ...followUp.intent.query, ...(namedSelf !== undefined ? { serviceId: namedSelf } : {}), ...flags } } };
}

/**
 * The card of a service people over 18 may contact themselves, again for the caller a follow-up describes: an age said
 * ("jeg er 19", "she is 16"), or a word for oneself with nothing else read ("can I call them myself?": the age the
 * conversation said before, else a grown-up). Undefined when neither is said, or a country or a year is named.
 */
function callerOfSelf(previous: Extract<RememberedReading, { kind: 'contact' }>, said: readonly string[], words: FollowUpWords, own: { readonly kind: string }, clear: boolean, readSlots: () => FollowUpSlots): ContactIntent | undefined {
  // An article read unsurely ("jeg er 19, kan jeg ringe dem selv?" as the team's article) still asks it; a sure one does not.
  if (!SELF_READINGS.has(own.kind) && !(own.kind === 'article' && !clear)) return undefined;
  // A reading that already says who calls ("…and may a woman over 18 call them herself?" beside the number) is answered
  // as it reads; a site to read oneself ("where they can read about it themselves") asks no caller.
  const ownContact = readingOfKind(contactIntentSchema, 'contact', own)?.query;
  if (ownContact?.adultCaller || ownContact?.youngCaller || ownContact?.website) return undefined;
  const self = containsAny(said, words.self);
  const slots = readSlots();
  const band = slots.adult === true && slots.minor !== true ? 'adult' : slots.minor === true && slots.adult !== true ? 'young' : undefined;
  if (band === undefined && !self) return undefined;
  // "and if the girl is already abroad?": where she is, not who may call, is asked.
  if (slots.abroad || slots.country || slots.years || slots.helpline || (slots.statsServices ?? []).some((s) => s !== previous.query.serviceId)) return undefined;
  if (slots.contactService !== undefined && slots.contactService !== previous.query.serviceId && !self) return undefined;
  const young = band === 'young' || (band === undefined && previous.query.minor === true);
  const { youngCaller: _young, adultCaller: _adult, ...query } = previous.query;
  return { kind: 'contact', query: young ? { ...query, minor: true, youngCaller: true } : { ...query, adultCaller: true } };
}
/** Readings a caller's age or a word for oneself asks in: a contact question, or nothing read surely. */
const SELF_READINGS: ReadonlySet<string> = new Set(['contact', 'unknown', 'suggest']);

/** Services that exposed people over 18 may contact themselves, not only services on their behalf (shared/domain.md §12). */
const SELF_CONTACT_SERVICES: ReadonlySet<string> = new Set<ContactServiceId>(['kompetanseteamet']);
/** The articles about those services, by article id. */
const SELF_CONTACT_ARTICLES: ReadonlyMap<string, ContactServiceId> = new Map<string, ContactServiceId>([['service-kompetanseteamet', 'kompetanseteamet']]);
/** The line for children and young people (Alarmtelefonen for barn og unge): a caller over 18 is pointed on from it. */
const CHILDRENS_LINE: ContactServiceId = 'alarmtelefonen';
/** The line for grown-ups (VO-linjen, violence in close relationships): a caller under 18 is pointed on from it. */
const ADULTS_LINE: ContactServiceId = 'vo-linjen';
/** The team exposed people over 18 may contact themselves, and which advises the services around them (domain.md §12). */
const GROWN_UPS_TEAM: ContactServiceId = 'kompetanseteamet';
/** A service's emergency number and the same service when it is not urgent (shared/domain.md §12: 112 and 02800). */
const ORDINARY_OF_EMERGENCY: ReadonlyMap<string, ContactServiceId> = new Map<string, ContactServiceId>([
  ['police-emergency', 'police'],
  ['child-welfare-emergency', 'child-welfare'],
]);
/** The article on exposed persons over 18: what they decide themselves and who helps them. */
const ADULTS_ARTICLE = 'adults-over-18';
/** The article about the government's action plans, which names the current plan and those before it. */
const PLANS_ARTICLE = 'action-plans';

/** The words of a message after those that say nothing before a follow-up ("ok takk. hva med Etiopia da"). */
function saidOf(text: string, lng: Lang, words: FollowUpWords): string[] {
  const all = prepareUtterance(text, lng).tokens;
  const opened = all.findIndex((t) => !words.opener.has(t));
  return opened < 0 ? [] : all.slice(opened);
}

/** Whether a message says anything, and little enough to be a follow-up (a doubt may give its reason). */
function mayFollowUp(said: readonly string[]): boolean {
  return said.length > 0 && said.length <= MAX_PUSHBACK_TOKENS;
}

/** What a short follow-up before a remark may be: the last question with something changed, or its details again. */
const LEADING_PART_REASONS: ReadonlySet<FollowUpReason> = new Set<FollowUpReason>(['ellipsis', 'same-subject', 'after-hours', 'arithmetic']);

type Resolve = (text: string, lng: Lang, understanding: Understanding, asked: RememberedReading | undefined, readSlots: SlotReader, caseCountry: string | undefined, namedBefore: string | undefined, partsOf: SlotPartsReader) => FollowUp | undefined;

/**
 * "با پدر و مادرها هم کار میکنن؟", "do they meet the families too?" after an article, or after one service's card: a
 * short question no reader is sure of and no rule above reads, whose "did you mean" offers the article just shown (or
 * the article on the service whose card was shown), asks more of that article, the subject already on the screen, not
 * a choice; a country, a year, anonymity or another service named is a subject of its own, and a detail asked is the
 * card's (read above).
 */
function shownArticleAsked(deps: FollowUpDeps, text: string, lng: Lang, understanding: Understanding, asked: RememberedReading | undefined, readSlots: SlotReader): FollowUp | undefined {
  const own = understanding.intent;
  const words = deps.words.get(lng);
  if (!asked || !words || understanding.youngWriter || own.kind !== 'suggest') return undefined;
  const said = saidOf(text, lng, words);
  if (said.length === 0 || said.length > MAX_TOKENS) return undefined;
  const offered = suggestedArticles(own);
  const shown =
    asked.kind === 'article'
      ? offered.find((id) => id === asked.articleId)
      : asked.kind === 'contact' && asked.query.serviceId !== undefined && asked.query.country === undefined
        ? offered.find((id) => deps.serviceOfArticle?.(id) === asked.query.serviceId)
        : undefined;
  if (shown === undefined) return undefined;
  const tokens = prepareUtterance(text, lng).tokens;
  if (tokens.some((t) => words.detail.has(t)) || containsAny(tokens, words.callWhen)) return undefined;
  const { contactService, ...rest } = readSlots(text, lng);
  if (!isEmpty(rest) || rest.anonymous === true || (contactService !== undefined && contactService !== deps.serviceOfArticle?.(shown))) return undefined;
  return { intent: { kind: 'article', articleId: shown }, reason: 'same-subject' };
}

function resolverOf(deps: FollowUpDeps): Resolve {
  const resolve = innerResolverOf(deps);
  return (text, lng, understanding, asked, readSlots, caseCountry, namedBefore, partsOf) =>
    resolve(text, lng, understanding, asked, readSlots, caseCountry, namedBefore, partsOf) ?? shownArticleAsked(deps, text, lng, understanding, asked, readSlots);
}

function innerResolverOf(deps: FollowUpDeps): Resolve {
  return (text, lng, understanding, asked, readSlots, caseCountry, namedBefore, partsOf) => {
    const words = deps.words.get(lng);
    // A young person's reading is deliberately rewritten to the children's lines: it is not a follow-up.
    if (!words || understanding.youngWriter) return undefined;
    // "og hvis hun allerede er der?" after a turn nothing answered, in a conversation about a case in a country.
    if (!asked) {
      const there = caseCountry === undefined ? undefined : personThere(undefined, caseCountry, text, lng, understanding, words, partsOf);
      return there ? { intent: there.intent, reason: 'ellipsis', ...(there.present ? { personAbroadNow: true } : {}) } : undefined;
    }
    const said = saidOf(text, lng, words);
    // A message this long is a question of its own: nothing below is read for it (the service asked about first reads
    // the message's slots).
    if (!mayFollowUp(said)) return undefined;
    // After the article about a service, its details ("how do I call them, when are they open?") are its contact's.
    // After a topic's article, whose card says whom to call for advice first ("Call Kompetanseteamet for advice: …"),
    // a detail asked ("har dem epost og?", "are they open on Saturdays?") is that service's; staying anonymous is
    // asked of every line, not of that one.
    const detailAsked = (): boolean => {
      const tokens = prepareUtterance(text, lng).tokens;
      return (tokens.some((t) => words.detail.has(t)) || containsAny(tokens, words.callWhen)) && readSlots(text, lng).anonymous !== true;
    };
    // After an article of no one service, the service the message before named ("heter de fortsatt
    // minoritetsrådgivere?", "har Røde Kors et tilbud …?" then "hva er nummeret dit?") is the one whose details are
    // asked, before the one the article's card says to call for advice.
    const namedServiceBefore = namedBefore !== undefined && isServiceId(namedBefore) ? namedBefore : undefined;
    const service = asked.kind === 'article' ? (deps.serviceOfArticle?.(asked.articleId) ?? (detailAsked() ? (namedServiceBefore ?? deps.adviceServiceOfArticle?.(asked.articleId)) : undefined)) : undefined;
    const previous: RememberedReading = service ? { kind: 'contact', query: { serviceId: service } } : asked;
    /** Whether the message asks a contact's details (then the service's contact card answers, not its article again). */
    let asksDetails = false;
    const same = (): FollowUpIntent => (asked.kind === 'article' && !asksDetails ? intentOf(asked) : intentOf(previous));
    const own = understanding.intent;
    const clearOnItsOwn = (understanding.candidates[0]?.score ?? 0) >= CLEAR && own.kind !== 'unknown' && own.kind !== 'suggest';
    const clearAndDifferent = clearOnItsOwn && own.kind !== previous.kind;
    // "men eg tør ikkje ringe, kva gjer eg då?", "can I reach someone without calling?" after an article: the lines (and
    // their chat) the message asks for itself, no service named, are a question of its own, not the article again.
    const ownLines = readingOfKind(contactIntentSchema, 'contact', own)?.query;
    if (asked.kind === 'article' && ownLines?.helpline === true && ownLines.serviceId === undefined && (understanding.candidates[0]?.score ?? 0) >= ASKS_WHO_TO_CONTACT) return undefined;
    // "and if they're closed? it's 7 pm and her father is on his way to take the child" after a service with office
    // hours: closed, with danger, a case or the time at hand told in the same turn, is the after-hours answer (the
    // emergency card, 112 first) before anything else said in it is read as a change of the contact asked (safety
    // first: "the child" would ask who may call the service, the lines for young people, without the card).
    if (previous.kind === 'contact' && !clearAndDifferent && containsAny(said, words.afterHours) && (understanding.danger || understanding.concern === true || understanding.timeAtHand === true)) {
      const service = previous.query.serviceId;
      const open = service !== undefined && (previous.query.alsoServiceIds ?? []).length === 0 && deps.aroundTheClock?.(service) === true;
      if (!open) return { intent: intentOf(previous), reason: 'after-hours' };
    }

    // "men i årsrapporten står det 28 %?", "but the report says …": a doubt may open with a lead word.
    // "kvifor står det 897 ein annan stad?", "why does another page say 897?" after a figure: a value named in a "why"
    // that names no change doubts the figure shown (the sources disagree, D01), as "I thought it was 897" does.
    const whyThatValue = previous.kind === 'stats' && said.length <= MAX_TOKENS && containsAny(said, words.why) && !containsAny(said, words.change) && readClaim(text, said, words) !== undefined;
    const pushback =
      whyThatValue ||
      startsWithAny(said, words.pushback) || afterALead(said, words.lead).some((rest) => startsWithAny(rest, words.pushback)) || containsAny(said, words.doubt) || tagDoubted(said, words, previous, () => readSlots(text, lng), (city) => readSlots(city, lng).country);
    const posts = postsNamed(said, words);
    // "was Iran always under Amman?", "har det alltid vore slik?", "а раньше?" after the envoy of a country: the post
    // that covered it in 2008, when that was another post (the card says so first); the answer itself stays. A detail
    // of the card asked beside it ("are they open the whole time?", "er de åpne hele tiden?") is the card's own.
    const always = previous.kind === 'contact' && said.length <= MAX_TOKENS && containsAny(said, words.always) && !said.some((t) => words.detail.has(t)) ? alwaysThere(previous, readSlots(text, lng), deps.formerPostOf, posts, deps.operationalPostOf) : undefined;
    if (always) return { intent: always, reason: 'pushback' };
    // "How many national ones?", "og de lokale?", "وكم منها محلية؟" after a grant's figure: the part of the projects it
    // counts that the grant's split names (the answer says whether that part is published for the year, and what is).
    const level = previous.kind === 'stats' && !pushback && said.length <= MAX_SUBJECTLESS_TOKENS ? projectLevelAsked(previous.query, said, words, () => readSlots(text, lng)) : undefined;
    if (level) return { intent: level, reason: 'same-subject' };
    // "og hvor mange av dem var fra Irak?", "وكم منها من سوريا؟" after a figure: the same figure by country of origin
    // (the answer says whether that split is published, and gives the whole), not the envoy who covers the country.
    // "а скільки їх самих?", "og hvor mange er de selv?" after the advisers' or envoys' case figure: "themselves" sets
    // the people against what they counted, so their headcount is asked, not the same figure again.
    if (previous.kind === 'stats' && !pushback && said.length <= MAX_SUBJECTLESS_TOKENS && containsAny(said, words.self)) {
      const counted = [...new Set([...(previous.query.services ?? []), ...(previous.query.service ? [previous.query.service] : [])])];
      const [ofPeople, ...others] = counted;
      const headcount = others.length === 0 && previous.query.metric !== 'staff' ? headcountOf(ofPeople, text, lng, said, words, () => readSlots(text, lng), own, (token) => readSlots(token, lng).norway === true, (token, named) => (readSlots(token, lng).statsServices ?? []).includes(named)) : undefined;
      if (headcount) return { intent: headcount, reason: 'same-subject' };
    }
    const ledCount = afterALead(said, words.lead).some((rest) => startsWithAny(rest, words.howMany));
    if (previous.kind === 'stats' && !pushback && said.length <= (ledCount ? MAX_LED_COUNT_TOKENS : MAX_SUBJECTLESS_TOKENS) && containsAny(said, words.howMany)) {
      // "og hvor mange av dem var i Amman?", "وكم منها في السفارة في عمان؟" after the envoys' cases: the same figure at
      // that post (the answer says the per-embassy split is not published, and gives the whole), not the post's card.
      const city = embassyCityNamed(said, posts);
      const envoysCounted = previous.query.service === 'special-envoys' || (previous.query.services ?? []).includes('special-envoys');
      if (city && envoysCounted) {
        const atPost = mergeStats(previous.query, { breakdown: 'embassy', category: city });
        if (atPost) return { intent: atPost, reason: 'same-subject' };
      }
      const slots = readSlots(text, lng);
      const otherSubject = slots.contactService !== undefined || (slots.statsServices ?? []).length > 0 || slots.embassy === true || slots.years !== undefined;
      const byCountry = slots.country && !otherSubject ? mergeStats(previous.query, { breakdown: 'origin-country', category: slots.country }) : undefined;
      if (byCountry) return { intent: byCountry, reason: 'same-subject' };
      // "og hvor mange av dem gjaldt unger som ble etterlatt i utlandet? trenger nøyaktig tall": the same figure's cases
      // of one type (the answer says whether that count is published, and what is).
      const byType = slots.breakdown === 'case-type' && slots.category !== undefined && !otherSubject && !slots.country ? mergeStats(previous.query, { breakdown: 'case-type', category: slots.category }) : undefined;
      if (byType) return { intent: byType, reason: 'same-subject' };
    }
    // "og hvor stor blir IMDis andel da?", "وما حصة IMDi؟", "Udir üzerinden gelen kısım?" after Kompetanseteamet's
    // funding: a share, part or percentage asked with an organisation the figure is split by names that part of the
    // same service's figure (IMDi's 150 %, the Ministry of Education's NOK 1 m via Udir), not the organisation's own
    // figures (issue #13, left33). The year asked before stays, or the part's published year.
    if (previous.kind === 'stats' && !pushback && said.length <= MAX_TOKENS && containsAny(said, words.share)) {
      const before = previous.query.services.length > 0 ? previous.query.services : previous.query.service ? [previous.query.service] : [];
      const part = sharePartNamed(said, before);
      const service = part ? before.find((s) => part.services.includes(s)) : undefined;
      // What else the message names, the organisation's own name left out ("IMDi" alone reads as IMDi's expert team).
      const slots = part ? readSlots(withoutPartName(said, part).join(' '), lng) : undefined;
      if (part && service && slots && !slots.country && (slots.contactService === undefined || slots.contactService === service) && (slots.statsServices ?? []).every((s) => s === service)) {
        const year = slots.years?.toYear ?? previous.query.toYear ?? part.year;
        return {
          intent: { kind: 'stats', query: { service, services: [service], metric: part.metric, breakdown: part.breakdown, category: part.category, fromYear: year, toYear: year, mode: 'value' } },
          reason: 'same-subject',
        };
      }
    }
    // "og hvor mange på ambassadene?", "а сколько их в посольствах?" after a figure (the envoys' cases, the advisers'
    // headcount): how many sit at the embassies, the envoys' published headcount for the year of the figure shown
    // (four in 2023, six integration advisers in 2008); a country or another service named is a question of its own.
    if (previous.kind === 'stats' && !pushback && said.length <= MAX_SUBJECTLESS_TOKENS && HOW_MANY.test(toEnglishCues(normalize(text), lng))) {
      const slots = readSlots(text, lng);
      const onlyEnvoys = (slots.statsServices ?? []).every((x) => x === 'special-envoys') && (slots.contactService === undefined || ENVOY_SERVICES.has(slots.contactService));
      if (slots.embassy === true && (slots.metric === undefined || slots.metric === 'staff') && !slots.country && !slots.category && onlyEnvoys) {
        const year = slots.years?.toYear ?? previous.query.toYear;
        const years = year === undefined ? {} : { fromYear: year, toYear: year };
        return { intent: { kind: 'stats', query: { service: 'special-envoys', services: ['special-envoys'], metric: 'staff', mode: 'value', ...years } }, reason: 'same-subject' };
      }
    }
    const aboutEnvoys = previous.kind === 'contact' && (previous.query.country !== undefined || ENVOY_SERVICES.has(previous.query.serviceId ?? ''));
    const figuresAsked = clearOnItsOwn && own.kind === 'stats';
    // "wasn't it Colombo before?", "and Rabat?" after an envoy answer: a post that has closed since 2008 is told by the
    // history of the scheme (what it covered in 2008, and who covers those countries today), never as a current post.
    if (aboutEnvoys && !figuresAsked && said.length <= MAX_PUSHBACK_TOKENS && posts.some((p) => isClosedPost(p))) {
      return { intent: HISTORY, reason: pushback ? 'pushback' : 'same-subject' };
    }
    // "jeg er 19, kan jeg ringe dem selv?", "من ۱۹ سالمه، خودم می‌تونم زنگ بزنم؟", "she's 16, can she call them herself?"
    // after the card of a service people over 18 may contact themselves (Kompetanseteamet): whether the person may call
    // it is the question, answered for the age said (over 18: directly; under 18: the lines for young people beside the
    // team, which advises the services around them). Another service named beside a word for oneself is the alternative
    // asked about ("or must the school call?"); a country, a year or a clear question of another kind is its own.
    const selfAsked = previous.kind === 'contact' && SELF_CONTACT_SERVICES.has(previous.query.serviceId ?? '') && !figuresAsked && !(clearAndDifferent && own.kind !== 'article') ? callerOfSelf(previous, said, words, own, clearOnItsOwn, () => readSlots(text, lng)) : undefined;
    if (selfAsked) return { intent: selfAsked, reason: 'same-subject' };
    // "do they have a number I can call?" after a website's card: the lines one can call (follow-up-site-lines.ts).
    const lines = figuresAsked || pushback ? undefined : linesAfterSite(previous.kind === 'contact' ? previous.query.serviceId : undefined, said, words.phone, deps.siteWithoutPhone, () => readSlots(text, lng));
    if (lines) return { intent: lines, reason: 'same-subject' };
    // "hva om jeg er 19?", "а якщо мені вже 19?" after the children's line: it is for children and young people, so a
    // caller over 18 asks for the lines for grown-ups (the plan gives them: src/contacts/plan-contacts.ts).
    // Each age test below holds only where an age is said: that part is read first, the whole only then.
    const ageParts = partsOf(text, lng);
    if (previous.kind === 'contact' && previous.query.serviceId === CHILDRENS_LINE && !figuresAsked && !clearAndDifferent && ageParts.adult() && !ageParts.minor()) {
      const slots = readSlots(text, lng);
      if (slots.adult === true && slots.minor !== true && !slots.abroad && !slots.country && !slots.years && (slots.contactService ?? CHILDRENS_LINE) === CHILDRENS_LINE) {
        const { minor: _minor, youngCaller: _young, ...query } = previous.query;
        return { intent: { kind: 'contact', query: { ...query, adultCaller: true } }, reason: 'same-subject' };
      }
    }
    // "she turns 18 next week, does it still apply?", "hva om hun er 18?" after the contacts for a pupil's or a child's
    // case, or after an article answered for it: the same case for a grown-up, who may contact Kompetanseteamet herself
    // (it advises the school too), the country and whereabouts of the case kept. Not after a line, a site or an envoy
    // asked for, nor after the article on grown-ups itself, which have rules of their own.
    const grownUpCase =
      (previous.kind === 'contact' && (previous.query.minor === true || said.length <= MAX_TOKENS) && previous.query.adultCaller !== true && previous.query.serviceId !== ADULTS_LINE && !previous.query.website && !previous.query.members && !previous.query.housing && !previous.query.helpline && previous.query.serviceId !== CHILDRENS_LINE && !ENVOY_SERVICES.has(previous.query.serviceId ?? '')) ||
      (previous.kind === 'article' && previous.articleId !== ADULTS_ARTICLE && said.length <= MAX_TOKENS);
    if (grownUpCase && !figuresAsked && !clearAndDifferent && ageParts.adult() && !ageParts.minor()) {
      const slots = readSlots(text, lng);
      const q = previous.kind === 'contact' ? previous.query : {};
      const sameService = slots.contactService === undefined || slots.contactService === q.serviceId || slots.contactService === GROWN_UPS_TEAM;
      if (slots.adult === true && slots.minor !== true && !slots.abroad && !slots.years && (slots.statsServices ?? []).length === 0 && sameService && (!slots.country || slots.country === q.country)) {
        return { intent: { kind: 'contact', query: { ...(q.country ? { country: q.country } : {}), ...(q.whereabouts ? { whereabouts: q.whereabouts } : {}), serviceId: GROWN_UPS_TEAM, adultCaller: true } }, reason: 'same-subject' };
      }
    }
    // "and if she is 15?", "а если ей 15?" after the lines a grown-up calls herself: the other way round, a caller under
    // 18 asks for the lines for children and young people (and child welfare, which a child's case involves).
    // After the contacts for a grown-up's case a professional asked about ("who do we call?" of a woman of 22), the age
    // changed to a child's ("she's actually 17", "kva om ho var 15?") asks the same plan for a child: child welfare
    // beside Kompetanseteamet, the envoy of the case's country kept.
    // After a line anyone may call (the Red Cross line), "and for children?" asks the children's lines too, even when
    // the words for children alone read as a topic's article (src/conversation/follow-up-young-line.ts).
    const childOnlyAfterLine = (): boolean => previous.kind === 'contact' && isLineToPointChildrenOn(previous.query) && own.kind === 'article' && onlyAChildNamed(readSlots(text, lng), previous.query.serviceId);
    if (previous.kind === 'contact' && previous.query.minor !== true && !figuresAsked && (!clearAndDifferent || childOnlyAfterLine()) && ageParts.minor() && !ageParts.adult()) {
      const grownUpsLines = isLineToPointChildrenOn(previous.query);
      const slots = readSlots(text, lng);
      const sameService = slots.contactService === undefined || slots.contactService === previous.query.serviceId || (grownUpsLines && slots.contactService === CHILDRENS_LINE);
      if (slots.minor === true && slots.adult !== true && !slots.abroad && !slots.years && sameService && (!slots.country || (!grownUpsLines && slots.country === previous.query.country))) {
        const { adultCaller: _adult, serviceId: _service, ...query } = previous.query;
        if (grownUpsLines) return { intent: { kind: 'contact', query: { ...query, minor: true, youngCaller: true } }, reason: 'same-subject' };
        // Only the age said, after a case's plan (not training, a website, housing or a helpline asked before it: "… and
        // whom do we call if we worry about a child?" is a question of its own).
        const onlyTheAge = Object.entries(slots).every(([slot, value]) => value === undefined || slot === 'minor' || (slot === 'country' && value === previous.query.country));
        const q = previous.query;
        const casePlan = !q.training && !q.website && !q.members && !q.housing && !q.noAdviser && !q.helpline && !q.institution && !q.alsoServiceIds;
        if (q.serviceId === undefined && onlyTheAge && casePlan) return { intent: { kind: 'contact', query: { ...query, minor: true } }, reason: 'same-subject' };
      }
    }
    // "er du sikker? jeg trodde det var Ankara", "wasn't it Ankara?", "a doubt with a reason after it", "the report
    // says 28 %, which is right?": the same answer again, not what the user guessed; a figure named is said to be
    // what it is.
    if (pushback && !clearAndDifferent) {
      return { intent: doubted(asked, text, said, words, posts, () => readSlots(text, lng)), reason: 'pushback' };
    }
    // "hvordan fordelte de seg?", "can you break that down?" after a count of cases: the split by case type (the split
    // the case counts publish); a split named ("by gender") is the figure part below, another subject a question of its own.
    if (asked.kind === 'stats' && asked.query.breakdown === undefined && said.length <= MAX_SUBJECTLESS_TOKENS && containsAny(said, words.split) && COUNTS_PEOPLE_OR_CASES.includes(asked.query.metric ?? 'cases')) {
      const slots = readSlots(text, lng);
      const services = [...asked.query.services, ...(asked.query.service ? [asked.query.service] : [])];
      if (!slots.breakdown && !slots.category && !slots.country && !slots.contactService && !slots.years && (slots.statsServices ?? []).every((x) => services.includes(x))) {
        // "og året etter? hvordan fordelte de seg på sakstyper", "and the year after, how were they split?": the split of
        // the year next to the one last shown.
        const moved = steppedYears(asked.query, said, words);
        return { intent: { kind: 'stats', query: { ...asked.query, ...(moved ?? {}), breakdown: 'case-type' } }, reason: 'same-subject' };
      }
    }
    // "og totalt det året?", "and overall?", "а всего за тот год?" after a part of a figure (a case type, a split):
    // the whole figure for the same years, not the part again nor a question of its own.
    if (asked.kind === 'stats' && (asked.query.breakdown !== undefined || asked.query.category !== undefined) && said.length <= MAX_TOKENS && containsAny(said, words.total)) {
      const whole = wholeOf(asked.query, readSlots(text, lng), explicitYears(toEnglishCues(normalize(text), lng)));
      if (whole) return { intent: whole, reason: 'ellipsis' };
    }
    // "hva om hun allerede har reist ned dit?", "а если меня уже увезут, кому звонить оттуда?", "who at the embassy can
    // help?" in a conversation about a case in a country: who helps a person abroad there (UD's operations centre and
    // the envoy who covers it).
    const there = figuresAsked ? undefined : personThere(previous, caseCountry, text, lng, understanding, words, partsOf);
    if (there) return { intent: there.intent, reason: 'ellipsis', ...(there.present ? { personAbroadNow: true } : {}) };
    // "og hvis vi ikke har noen?", "aur agar school mein advisor hi na ho to?", "peki okulda yoksa?" after the diversity
    // advisers: the services for a school without one (IMDi's expert team, Kompetanseteamet).
    if (previous.kind === 'contact' && !figuresAsked && said.length <= MAX_PUSHBACK_TOKENS && containsAny(said, words.none)) {
      const slots = readSlots(text, lng);
      const other = slots.contactService !== undefined && slots.contactService !== 'diversity-advisers';
      // The advisers were the answer, or the message names them ("aur agar school mein advisor na ho?" after a plan).
      const advisers = previous.query.serviceId === 'diversity-advisers' || slots.contactService === 'diversity-advisers' || (slots.statsServices ?? []).includes('diversity-advisers');
      if (advisers && !slots.country && !slots.years && !other && (slots.statsServices ?? []).every((x) => x === 'diversity-advisers')) {
        const { serviceId: _service, alsoServiceIds: _also, place: _place, ...rest } = { ...previous.query, place: undefined };
        return { intent: { kind: 'contact', query: { ...rest, noAdviser: true } }, reason: 'same-subject' };
      }
    }
    // "kto wchodzi w skład zespołu?", "and which of them represents NAV?" after Kompetanseteamet: its card with its member
    // agencies and how an inquiry is routed (another service or a country named is a question of its own).
    if (previous.kind === 'contact' && previous.query.serviceId === 'kompetanseteamet' && !figuresAsked && said.length <= MAX_SUBJECTLESS_TOKENS) {
      const slots = readSlots(text, lng);
      if (slots.members && !slots.country && !slots.years && (slots.contactService === undefined || MEMBER_FIELDS.has(slots.contactService))) {
        return { intent: { kind: 'contact', query: { ...previous.query, members: true } }, reason: 'same-subject' };
      }
    }
    // "А скільки їх?", "چند نفر هستند؟", "تعدادشان چقدر است؟", "how many are there?" after the card or the article about
    // a service of people (the advisers, the envoys): how many they are, the published headcount with its source, also
    // when the words read on their own as a count of persons or a figures question without a service.
    if (previous.kind === 'contact' && said.length <= MAX_SUBJECTLESS_TOKENS && !(clearOnItsOwn && own.kind === 'article')) {
      // An answer about a country's envoy, or one post, is about the envoys: "how many are there?" counts them.
      const { serviceId, country } = previous.query;
      const ofPeople = envoyIdSchema.safeParse(serviceId).success ? 'special-envoys' : (serviceId ?? (country !== undefined ? 'special-envoys' : undefined));
      const headcount = headcountOf(ofPeople, text, lng, said, words, () => readSlots(text, lng), own, (token) => readSlots(token, lng).norway === true, (token, named) => (readSlots(token, lng).statsServices ?? []).includes(named));
      if (headcount) return { intent: headcount, reason: 'same-subject' };
    }
    // "hvor jobber de?", "finnes de på ungdomsskoler også?", "а в voksenopplæring теж є?" after an answer about the
    // diversity advisers or the envoys (their card, their article, a figure of theirs): the service's article, which
    // says where they work (upper-secondary, some lower-secondary schools and adult-education centres; the four posts).
    // Their number, a count, a school without one, or another service, country or year is another question.
    const placed = placementArticleOf(previous);
    // "where do they work" says "work", which beside nothing else asks opening hours: only a detail word outside the
    // phrase asks the card.
    const outsidePlacement = placed ? uncovered(said, words.placement) : said;
    if (placed && said.length <= MAX_TOKENS && outsidePlacement.length < said.length && !outsidePlacement.some((t) => words.detail.has(t)) && !containsAny(said, words.howMany) && !containsAny(said, words.none)) {
      const slots = readSlots(text, lng);
      const otherService = slots.contactService !== undefined && slots.contactService !== placed.service;
      const countAsked = HOW_MANY.test(toEnglishCues(normalize(text), lng));
      // "… på ungdomsskoler eller bare på vgs?" reads as the number of schools: what is counted named is a figure asked.
      // "do they only work in upper-secondary schools?", "bare på videregående?": a kind of school narrowed by "only"
      // asks whether they are only there, not how many schools (nothing counted is asked).
      const narrowed = slots.metric === 'schools' && !countAsked && containsAny(said, words.only);
      if (!countAsked && (!slots.metric || narrowed) && !slots.country && !slots.years && !otherService && (slots.statsServices ?? []).every((x) => x === placed.service)) {
        // After their headcount, the same figure again: its card says where they work and what changed since (the
        // adult-education pilot), which the article does not.
        const figure = previous.kind === 'stats' && previous.query.metric === 'staff' ? intentOf(previous) : undefined;
        return { intent: figure ?? { kind: 'article', articleId: placed.articleId }, reason: 'same-subject' };
      }
    }
    // "hangi şehirde peki", "which city", "в каком городе" after the envoy of a country (no question mark needed): the
    // same card, which names the post and its city; where the envoys as a whole work is their article, above.
    if (aboutEnvoys && previous.kind === 'contact' && !placed && !figuresAsked && said.length <= MAX_SUBJECTLESS_TOKENS && uncovered(said, words.placement).length < said.length && !containsAny(said, words.howMany)) {
      const slots = readSlots(text, lng);
      if (!slots.country && !slots.years && !slots.metric && (slots.statsServices ?? []).length === 0 && (slots.contactService === undefined || ENVOY_SERVICES.has(slots.contactService))) return { intent: intentOf(previous), reason: 'same-subject' };
    }
    // "og i 2008?", "and back when it started?" after a service with a history (Kompetanseteamet, the advisers, an
    // envoy): the years of the history article (2004–2011) are told by it, not by today's contact card.
    const historyBefore = aboutEnvoys || (previous.kind === 'contact' && HISTORY_SERVICES.has(previous.query.serviceId ?? '')) || (asked.kind === 'article' && asked.articleId === HISTORY.articleId);
    // "how many advisers are there, and what were they called before?": after a figure of a service with a history,
    // the names it had before are the history's too (a year asked after a figure is that figure's, below).
    const figureOfHistory = previous.kind === 'stats' && [...previous.query.services, ...(previous.query.service ? [previous.query.service] : [])].some((s) => HISTORY_SERVICES.has(s));
    if (figureOfHistory && !figuresAsked && said.length <= MAX_SUBJECTLESS_TOKENS && deps.asksFormerName?.(text, lng) === true) {
      const slots = readSlots(text, lng);
      if (!slots.country && !slots.years && !slots.metric) return { intent: HISTORY, reason: 'same-subject' };
    }
    // "og hvor mange på ambassadene?", "and how many at the embassies?", "buyukelciliklerde kac kisi vardi?" after the
    // history: the counts it tells (30 minority advisers at 29 schools, six integration advisers at six embassies, in
    // 2008) are asked of it, also when the words alone read as a figure of people at the embassies. Today ("and now?"),
    // a year after the history's, a country, or a figure of another kind (cases, persons helped) is a question of its own.
    if (asked.kind === 'article' && asked.articleId === HISTORY.articleId && said.length <= MAX_SUBJECTLESS_TOKENS && (HOW_MANY.test(toEnglishCues(normalize(text), lng)) || containsAny(said, words.howMany)) && !containsAny(said, words.now)) {
      const slots = readSlots(text, lng);
      const yearsThen = !slots.years || (slots.years.fromYear >= HISTORY_YEARS.from && slots.years.toYear <= HISTORY_YEARS.to);
      const ofPostsThen = slots.embassy === true && (slots.metric === 'staff' || slots.metric === 'persons');
      if ((ofPostsThen || (!figuresAsked && (slots.metric === undefined || slots.metric === 'staff'))) && !slots.country && yearsThen) return { intent: HISTORY, reason: 'same-subject' };
    }
    if (!figuresAsked && said.length <= MAX_SUBJECTLESS_TOKENS && historyBefore) {
      const slots = readSlots(text, lng);
      // "who is the first one I should call?" has a start word too, and reads on its own as a contact question.
      const clearAskOfItsOwn = own.kind === 'contact' || (clearOnItsOwn && articleIntentSchema.safeParse(own).data?.articleId !== HISTORY.articleId);
      // "magacoodii hore?", "what were they called before?": the names before are told by the history.
      if (!slots.country && !slots.years && deps.asksFormerName?.(text, lng) === true) return { intent: HISTORY, reason: 'same-subject' };
      // "when did they start?": how the service began is told by the history, not by its card again;
      // a detail of the service asked beside it ("when do they open?" has no start word) stays the card's.
      if (!slots.country && !slots.years && !slots.metric && !slots.contactService && deps.asksBegan?.(text, lng) === true && !detailAsked() && !clearAskOfItsOwn) return { intent: HISTORY, reason: 'same-subject' };
      const inHistory = slots.years !== undefined && slots.years.fromYear >= HISTORY_YEARS.from && slots.years.toYear <= HISTORY_YEARS.to;
      // "and in 2008, who had Bangladesh?" after an envoy answer: which post covered a country then is the history's
      // (the 2008 posts and what they covered); a country asked of today is the country switch below.
      const countryThen = slots.country !== undefined && aboutEnvoys;
      if (inHistory && !slots.metric && (!slots.country || countryThen) && (slots.statsServices?.length ?? 0) <= 1) return { intent: HISTORY, reason: 'ellipsis' };
      // "а хто тоді входив до нього?", "who was in it back then?" after the history: the history again, which names them.
      const afterHistory = asked.kind === 'article' && asked.articleId === HISTORY.articleId;
      if (afterHistory && !slots.country && !slots.contactService && !slots.metric && deps.asksBackThen?.(text, lng) === true) return { intent: HISTORY, reason: 'same-subject' };
    }
    // "og den før?", "and the one before?", "kii ka horreeyay?" after the action plans: the plan before the current one,
    // which that article names with its years; a year, a country or a service named is a question of its own.
    if (asked.kind === 'article' && asked.articleId === PLANS_ARTICLE && !clearAndDifferent && said.length <= MAX_SUBJECTLESS_TOKENS && (containsAny(said, words.earlier) || containsAny(said, words.yearBefore))) {
      const slots = readSlots(text, lng);
      if (!slots.country && !slots.contactService && !slots.years) return { intent: intentOf(asked), reason: 'same-subject' };
    }
    // "kva år gjeld han for?", "what period does it cover?" after an article (an action plan): that article again, whose
    // title and text give the years; a year, a country or a service named is a question of its own.
    if (asked.kind === 'article' && !clearAndDifferent && said.length <= MAX_SUBJECTLESS_TOKENS && containsAny(said, words.period)) {
      const slots = readSlots(text, lng);
      if (isEmpty(slots)) return { intent: intentOf(asked), reason: 'same-subject' };
    }
    // "på hvilke plattformer?", "on which platforms?" after a figure (a campaign's views): that figure again, whose note
    // names where the campaign ran; a year, a country or a service named is a question of its own (issue #13, dev128).
    if (previous.kind === 'stats' && !clearAndDifferent && said.length <= MAX_SUBJECTLESS_TOKENS && containsAny(said, words.channels)) {
      const slots = readSlots(text, lng);
      if (isEmpty(slots)) return { intent: intentOf(previous), reason: 'same-subject' };
    }
    // "hangi ülkelerden sorumlu?", "за какие страны он отвечает?" after an envoy answer: what that post covers (its
    // card says every level), however the message would read on its own; a country, a service or a year named is a
    // question of its own.
    // "Ankara'daki elçi başka hangi ülkelere bakıyor?", "which other countries does the envoy in Ankara cover?" after
    // that post's answer: the city names the post answered (Ankara is in Turkey), not a country asked about.
    if (aboutEnvoys && !figuresAsked && said.length <= MAX_SUBJECTLESS_TOKENS && containsAny(said, words.coverage)) {
      const slots = readSlots(text, lng);
      const ofPost = countriesOfAnsweredPost(said, posts, previous, (city) => readSlots(city, lng).country);
      const named = (slots.countries ?? (slots.country ? [slots.country] : [])).filter((code) => !ofPost.codes.has(code));
      // "the envoy" said without its post ("elçi", "the envoy there") is the envoys' service, not another one.
      const otherService = slots.contactService !== undefined && slots.contactService !== 'special-envoys' && !ofPost.posts.has(slots.contactService);
      if (named.length === 0 && !otherService && !slots.years) {
        // After whom to call for someone held abroad, the card is about that person and lists no coverage: the post's
        // coverage is then the post's own card (the envoy answered, the one named, or the country's operational post).
        const query = previous.kind === 'contact' ? previous.query : undefined;
        // After a plan that is no envoy's (child welfare and Kompetanseteamet for a case in Turkey), an envoy or post
        // the message names ("Ankara'daki elçi başka hangi ülkelere bakıyor?") asks that post's coverage too.
        const envoyNamed = !ENVOY_SERVICES.has(query?.serviceId ?? '') && (ofPost.posts.size > 0 || ENVOY_SERVICES.has(slots.contactService ?? ''));
        const envoy = query === undefined || (query.whereabouts === undefined && !envoyNamed) ? undefined : (ENVOY_SERVICES.has(query.serviceId ?? '') && query.serviceId !== 'special-envoys' ? query.serviceId : undefined) ?? (ofPost.posts.size === 1 ? [...ofPost.posts][0] : undefined) ?? (query.country ? deps.operationalPostOf?.(query.country) : undefined);
        const post = envoyIdSchema.safeParse(envoy);
        if (post.success) return { intent: { kind: 'contact', query: { serviceId: post.data } }, reason: 'same-subject' };
        return { intent: intentOf(previous), reason: 'same-subject' };
      }
    }
    // "hvorfor gikk det opp?", "why did it drop?", "а почему так выросло?": after a figure, the reason for its change,
    // which no source gives: said first, then the figures the change lies between (every published year when only one
    // year was shown, so the answer never invents a year without a figure to compare with).
    // "why is that?" after one figure alone asks no change: only a change shown or named ("went up") is one.
    const changeShown = asked.kind === 'stats' && (asked.query.mode === 'difference' || asked.query.mode === 'trend' || (asked.earlier ?? []).length > 0 || (asked.query.fromYear ?? 0) < (asked.query.toYear ?? 0));
    if (asked.kind === 'stats' && said.length <= MAX_TOKENS && containsAny(said, words.why) && (changeShown || containsAny(said, words.change))) {
      const slots = readSlots(said.join(' '), lng);
      const oneYearShown = !slots.years && (asked.earlier ?? []).length === 0 && asked.query.fromYear === asked.query.toYear;
      const change = oneYearShown ? undefined : differenceOf(asked, slots);
      const { fromYear: _from, toYear: _to, ...series } = asked.query;
      const query = change ? change.query : { ...series, mode: 'trend' as const };
      if (change || (!slots.country && !slots.contactService)) return { intent: { kind: 'stats', query: { ...query, unpublished: 'reason' } }, reason: 'arithmetic' };
    }
    // "så økningen var på ca hvor mye da", "is that more than in 2021?", "roughly the same then?": arithmetic on the
    // last figures shown, about the same figure.
    // "og året etter? hvor stor økning var det", "a rok później, o ile wzrosło?": the year next to the one shown,
    // compared with it (the step is the year asked, the shown year the other end).
    // "is that the same list for the envoys?", "how does it differ from the advisers'?" after a split (the countries
    // of origin, the case types): the same split of both services side by side, the one shown first (issue #13).
    // "and the advisers the same year?" keeps the year and moves to the other service: that "same" is about the time.
    if (asked.kind === 'stats' && asked.query.breakdown !== undefined && said.length <= MAX_TOKENS && containsAny(said, words.sameList) && !containsAny(said, words.sameTime)) {
      const slotsSaid = readSlots(said.join(' '), lng);
      const before = asked.query.services.length > 0 ? asked.query.services : asked.query.service ? [asked.query.service] : [];
      const added = (slotsSaid.statsServices ?? []).filter((s) => !before.includes(s));
      if (before.length > 0 && added.length > 0 && !slotsSaid.country && !slotsSaid.years && (slotsSaid.breakdown === undefined || slotsSaid.breakdown === asked.query.breakdown)) {
        const services = [...before, ...added];
        return { intent: { kind: 'stats', query: { ...asked.query, service: services[0], services, mode: 'compare' } }, reason: 'same-subject' };
      }
    }
    // "and the minority advisers in that same year?", "og minoritetsrådgiverne samme år?" after a figure: the same
    // figure of the service named, for the period shown (and the same split), however well an article matches the
    // service's name beside "same year" (issue #13, facts41). Not with danger told, nor with a year or country of its own.
    if (asked.kind === 'stats' && !understanding.danger && said.length <= MAX_TOKENS && containsAny(said, words.sameTime)) {
      const slotsSaid = readSlots(said.join(' '), lng);
      const named = slotsSaid.statsServices ?? [];
      if (named.length > 0 && !slotsSaid.years && !slotsSaid.country) {
        const moved = mergeStats(asked.query, { statsServices: named, ...(slotsSaid.metric ? { metric: slotsSaid.metric } : {}) });
        if (moved) return { intent: moved, reason: 'same-subject' };
      }
    }
    // "and the minority advisers from June to December 2008?", "og minoritetsrådgiverne juni–desember 2008?" after
    // figures of a case type (fear of forced marriage, forced marriages that took place): the same case types of the
    // service and period named, not its total nor the history its name and year match (issue #13, facts41). Only
    // a short follow-up led by "and" that names a service and nothing counted, split or placed of its own.
    // An "and" joined to the word ("ومستشارو …", "ኣማኸርቲ ውሑዳትከ …") leaves no lead of its own: a message of a few
    // words that asks for no contact's details is as short.
    const fewWords = said.length <= 8 && own.kind !== 'contact' && !said.some((t) => asksDetailWord(t, words));
    const ledShort = fewWords || afterALead(said, words.lead).some((rest) => rest.length > 0 && rest.length <= MAX_SUBJECTLESS_TOKENS);
    if (asked.kind === 'stats' && asked.query.breakdown === 'case-type' && asked.query.category !== undefined && !understanding.danger && ledShort) {
      const slotsSaid = readSlots(said.join(' '), lng);
      const named = slotsSaid.statsServices ?? [];
      if (named.length > 0 && !slotsSaid.metric && !slotsSaid.breakdown && !slotsSaid.category && !slotsSaid.country) {
        const moved = mergeStats(asked.query, { statsServices: named, ...(slotsSaid.years ? { years: slotsSaid.years } : {}) });
        if (moved) return { intent: moved, reason: 'same-subject' };
      }
    }
    // "а советники по делам меньшинств?", "and the minority advisers?" after another service's figure: a service named
    // by its old name matches the history of the services best, but beside a figure it asks the same figure of that
    // service (issue #13, s42need). Only a short follow-up naming a service and nothing counted, split, placed or dated;
    // "and the minority advisers' history?" asks the history.
    if (asked.kind === 'stats' && !understanding.danger && ledShort && own.kind === 'article' && readingOfKind(articleIntentSchema, 'article', own)?.articleId === HISTORY.articleId && !containsAny(said, words.historyAsked)) {
      const slotsSaid = readSlots(said.join(' '), lng);
      const before = asked.query.services.length > 0 ? asked.query.services : asked.query.service ? [asked.query.service] : [];
      const named = (slotsSaid.statsServices ?? []).filter((s) => !before.includes(s));
      if (named.length > 0 && !slotsSaid.years && !slotsSaid.metric && !slotsSaid.breakdown && !slotsSaid.category && !slotsSaid.country) {
        const moved = mergeStats(asked.query, { statsServices: named });
        if (moved) return { intent: moved, reason: 'same-subject' };
      }
    }
    // "how does 245 compare with the advisers?", "а по сравнению с советниками?" after one service's figure: both
    // services' figures for the period shown, side by side (the figure quoted is the one shown), not arithmetic on the
    // first service nor a guess (issue #13, s42need). A year, a country or a contact named is a question of its own.
    if (asked.kind === 'stats' && !understanding.danger && said.length <= MAX_TOKENS && (containsAny(said, words.difference) || containsAny(said, words.sameList))) {
      const slotsSaid = readSlots(said.join(' '), lng);
      const before = asked.query.services.length > 0 ? asked.query.services : asked.query.service ? [asked.query.service] : [];
      const added = (slotsSaid.statsServices ?? []).filter((s) => !before.includes(s));
      if (before.length === 1 && added.length > 0 && !slotsSaid.years && !slotsSaid.country && (slotsSaid.breakdown === undefined || slotsSaid.breakdown === asked.query.breakdown)) {
        const services = [...before, ...added];
        return { intent: { kind: 'stats', query: { ...asked.query, service: services[0], services, mode: 'compare' } }, reason: 'same-subject' };
      }
    }
    if (asked.kind === 'stats' && said.length <= MAX_TOKENS && containsAny(said, words.difference)) {
      const slotsSaid = readSlots(said.join(' '), lng);
      const stepped = slotsSaid.years ? undefined : steppedYears(asked.query, said, words);
      const arithmetic = differenceOf(asked, stepped ? { ...slotsSaid, years: stepped } : slotsSaid);
      if (arithmetic) return { intent: arithmetic, reason: 'arithmetic' };
    }
    // "and if she is in Syria instead of Iraq?", "what if the family moved her across the border to Ethiopia?", "is it
    // Ankara or Amman that takes Iraq?": after an answer about a country's envoy, another country (or a post) named in
    // a message that is no clear question of another kind asks the same for that country.
    // After the history of the posts ("wasn't it Ankara before?"), a country asked is who covers it today.
    const afterPosts: RememberedReading = asked.kind === 'article' && asked.articleId === HISTORY.articleId ? { kind: 'contact', query: { serviceId: 'special-envoys' } } : previous;
    const switched = countrySwitch(afterPosts, said, own, clearOnItsOwn, words, () => readSlots(text, lng), deps.actsForThirdCountryNationals, () => deps.originCountriesOf?.(text, lng) ?? []);
    if (switched) return { intent: switched, reason: 'ellipsis' };
    // "a rok później?", "and the year before?": the same figure for the year next to the one last shown.
    const step = asked.kind === 'stats' && said.length <= MAX_ELLIPSIS_TOKENS + 3 ? yearStep(said, words) : 0;
    if (asked.kind === 'stats' && step !== 0 && asked.query.toYear !== undefined && asked.query.fromYear === asked.query.toYear) {
      const slots = readSlots(said.join(' '), lng);
      const year = asked.query.toYear + step;
      const merged = slots.country || slots.contactService ? undefined : merge(previous, { ...slots, years: { fromYear: year, toYear: year } });
      if (merged) return { intent: merged, reason: 'ellipsis' };
    }
    // "og nå?", "and today?", "а сейчас?" after a figure for a past year: the same figure as it stands now (no year
    // asked is the latest published), unless the message names a year or another subject of its own.
    if (asked.kind === 'stats' && asked.query.toYear !== undefined && !clearAndDifferent && said.length <= MAX_ELLIPSIS_TOKENS + 2 && containsAny(said, words.now)) {
      const slots = readSlots(said.join(' '), lng);
      if (!slots.years && !slots.country && !slots.contactService) {
        const { fromYear: _from, toYear: _to, ...query } = asked.query;
        const year = deps.now?.().getUTCFullYear();
        const thisYear = year === undefined ? {} : { fromYear: year, toYear: year };
        const merged = mergeStats({ ...query, ...thisYear, mode: 'value' }, slots);
        return { intent: merged ?? { kind: 'stats', query: { ...query, ...thisYear, mode: 'value' } }, reason: 'ellipsis' };
      }
    }
    // "enn nå da?", "and today?" after the history of the services (who was in Kompetanseteamet in 2008): the same
    // history, which says what each thing is today beside what it was (today's members, posts and names).
    if (asked.kind === 'article' && asked.articleId === HISTORY.articleId && !clearAndDifferent && said.length <= MAX_ELLIPSIS_TOKENS + 2 && containsAny(said, words.now)) {
      const slots = readSlots(said.join(' '), lng);
      if (!slots.years && !slots.country && !slots.contactService) return { intent: HISTORY, reason: 'ellipsis' };
    }
    // "and at the weekend, if she is abroad?", "a co w weekend, gdy ona jest w Pakistanie?" after a service with office
    // hours: who answers for a person abroad at any hour, UD's operations centre (and, for a country named, its plan).
    const abroadNow = previous.kind === 'contact' && !clearAndDifferent && said.length <= MAX_PUSHBACK_TOKENS ? personAbroadAtAnyHour(previous, said, words, () => readSlots(text, lng), deps) : undefined;
    if (abroadNow) return { intent: abroadNow, reason: 'ellipsis' };
    // "kva tid kan eg ringje?", "when can I call?" after a contact card: that service's hours, whatever else the words
    // alone would read as (a school article for "ringje"); a service, country or year named is a subject of its own.
    if (previous.kind === 'contact' && said.length <= MAX_SUBJECTLESS_TOKENS && containsAny(said, words.callWhen) && !containsAny(said, words.afterHours)) {
      const slots = readSlots(said.join(' '), lng);
      if (!slots.country && !slots.years && (slots.contactService === undefined || slots.contactService === previous.query.serviceId)) {
        asksDetails = true;
        return { intent: intentOf(previous), reason: 'same-subject' };
      }
    }
    // "og hvis det ikke haster?", "and if it's not an emergency?", "اور اگر ایمرجنسی نہ ہو تو؟" after a service's emergency
    // number (the police's 112, barnevernvakten): the same service when it is not urgent (02800, the child-welfare
    // office), not the emergency numbers again. Another service, a country or a year named is a question of its own.
    const ordinary = previous.kind === 'contact' && !clearAndDifferent && said.length <= MAX_PUSHBACK_TOKENS ? ORDINARY_OF_EMERGENCY.get(previous.query.serviceId ?? '') : undefined;
    if (previous.kind === 'contact' && ordinary !== undefined) {
      const slots = readSlots(text, lng);
      const named = slots.contactService;
      if (slots.notUrgent === true && !slots.country && !slots.years && (named === undefined || named === ordinary || named === previous.query.serviceId)) {
        const { alsoServiceIds: _also, ...query } = previous.query;
        return { intent: { kind: 'contact', query: { ...query, serviceId: ordinary } }, reason: 'same-subject', notUrgent: true };
      }
    }
    // "og hvis det skjer noe akutt etter stengetid?", "they're closed, what then": the lines open day and night, also
    // when the message says why at some length ("og utenom åpningstid? det er fredag kveld og det kan eskalere i helga").
    // A service open day and night answers it itself ("UD's operations centre" – "is it open at night?": yes, 24/7).
    if (previous.kind === 'contact' && !clearAndDifferent && containsAny(said, words.afterHours)) {
      const service = previous.query.serviceId;
      const open = service !== undefined && (previous.query.alsoServiceIds ?? []).length === 0 && deps.aroundTheClock?.(service) === true;
      return { intent: intentOf(previous), reason: open ? 'same-subject' : 'after-hours' };
    }
    // "… og hvordan finner jeg telefonnummeret til den som er nærmest skolen vår?" after one service's figure: that
    // service's contact, also when it is said at some length (a short one is read below); a figure asked, or another
    // service, country or year named, is a question of its own.
    if (previous.kind === 'stats' && said.length > MAX_SUBJECTLESS_TOKENS && said.length <= MAX_PUSHBACK_TOKENS && own.kind !== 'stats' && !clearAndDifferent && said.some((t) => words.detail.has(t))) {
      const contact = contactOfFigure(previous.query);
      // "… tlf til rådgiveren": the service of the figure named again is no other subject.
      const { contactService, ...named } = readSlots(said.join(' '), lng);
      if (contact && isEmpty(named) && (contactService === undefined || contactService === contact.query.serviceId)) return { intent: contact, reason: 'same-subject' };
    }
    // "is there an email too, I want to send them the case summary", "is any of these anonymous?", "أستطيع أن أكتب إيميل
    // بدل الاتصال؟ …": a contact's details asked at some length, after a contact, by a message that is not a clear
    // question of its own.
    // "the most common countries of origin, is Ethiopia one of them?", "… Soomaaliya ma ku jirtaa?" after a case count:
    // the split asked, with one country to check against it (up to a led count's length); the published order of the
    // countries answers both, where the country alone would ask who covers it.
    // "how many of them were from Iraq?" counts that country's part (below), not the list.
    if (previous.kind === 'stats' && said.length <= MAX_ORIGINS_CHECKED_TOKENS && !containsAny(said, words.howMany)) {
      const checked = readSlots(said.join(' '), lng);
      const originsChecked = checked.breakdown === 'origin-country' && checked.country !== undefined && (checked.statsServices ?? []).length === 0 && !checked.contactService && !checked.years && (!checked.metric || COUNTS_PEOPLE_OR_CASES.includes(checked.metric));
      if (originsChecked) {
        const { country: _country, countries: _countries, category: _category, ...split } = checked;
        const merged = merge(previous, split);
        if (merged) return { intent: merged, reason: 'same-subject' };
      }
    }
    if (said.length > MAX_SUBJECTLESS_TOKENS) {
      // Eleven or twelve words that read on their own as whom to contact ("og hvem av dem ringer vi når vi har en
      // konkret sak?") ask anew; longer ones are read as details only when nothing else is sure.
      const asksAnew = said.length <= MAX_TOKENS && own.kind === 'contact';
      if (previous.kind !== 'contact' || clearOnItsOwn || asksAnew || !(said.some((t) => words.detail.has(t) || words.they.has(t)) || containsAny(said, words.callWhen))) return undefined;
      const slots = readSlots(said.join(' '), lng);
      if (slots.country || slots.contactService || slots.years || (slots.statsServices?.length ?? 0) > 0) return undefined;
      asksDetails = true;
      return { intent: mergeContact(previous.query, slots) ?? intentOf(previous), reason: 'same-subject' };
    }
    // Neither an ellipsis nor a question without a subject (below) can be this message: no need to read its names.
    // Fillers are not counted: Urdu's and Somali's postpositions ("کے پاس") make a name of two words four.
    const unfilled = said.filter((t) => !words.filler.has(t)).length;
    const noEllipsis = Math.min(said.length - longestLead(words.lead, said.length), unfilled) > MAX_ELLIPSIS_TOKENS || (clearAndDifferent && own.kind !== 'article');
    if (noEllipsis && (said.length > MAX_SUBJECTLESS_TOKENS || clearAndDifferent)) {
      const mayBeAnother = previous.kind === 'stats' && own.kind !== 'stats' && said.length <= MAX_SUBJECTLESS_TOKENS;
      return mayBeAnother ? anotherServiceFigure(previous, own, readSlots(said.join(' '), lng), said.length) : undefined;
    }

    const slotsOf = (ts: readonly string[]) => readSlots(ts.join(' '), lng);
    const namesOf = (ts: readonly string[]) => partsOf(ts.join(' '), lng);
    // "Itoobiyana?" (Somali "and Ethiopia?"): a name with an ending glued to it is read without the ending.
    const tokens = ungluedPrefixes(
      said.map((t) => unglued(t, words.suffix, namesOf)),
      words.prefix,
      namesOf,
    );
    const slots = slotsOf(tokens);
    // "og i 2008?", "and Ethiopia?", "spesialutsendingene?": after the lead word, nothing but what changes.
    // A clear question of another kind ("og telefonnummeret til Kompetanseteamet?") is not; a bare service name is
    // often read as that service's article, which does not make it a question of its own.
    const lead = leadLength(tokens, words.lead);
    if (Math.min(tokens.length - lead, tokens.slice(lead).filter((t) => !words.filler.has(t)).length) <= MAX_ELLIPSIS_TOKENS && !(clearAndDifferent && own.kind !== 'article') && onlyNames(tokens, lead, slots, words.filler, namesOf)) {
      const merged = merge(previous, slots);
      if (merged) return { intent: merged, reason: 'ellipsis' };
    }

    // "and the diversity advisers' case count for the same year?": another service's figure of the same kind, for the
    // years last shown, in a message that read on its own is not a figures question (a service's contact card).
    const another = anotherServiceFigure(previous, own, slots, tokens.length);
    if (another) return another;

    // "fagteamet's e-mail, and in 2023 how many jobs did (they) do?", "2023 mein kitne kaam kiye?" after a service's card
    // or article: a figure of the service's own work (not cases or people in general, which every service's figures
    // count) asked with the subject left out, as Persian, Urdu and Turkish leave it, is that service's (issue #13, left33).
    const subjectlessFigure = readingOfKind(statsIntentSchema, 'stats', own)?.query;
    const cardService = previous.kind === 'contact' && previous.query.country === undefined ? statsServiceIdSchema.safeParse(previous.query.serviceId) : undefined;
    if (
      subjectlessFigure &&
      cardService?.success &&
      tokens.length <= MAX_SUBJECTLESS_TOKENS &&
      subjectlessFigure.services.length === 0 &&
      subjectlessFigure.service === undefined &&
      subjectlessFigure.metric !== undefined &&
      !COUNTS_PEOPLE_OR_CASES.includes(subjectlessFigure.metric) &&
      subjectlessFigure.breakdown === undefined &&
      !slots.country &&
      !slots.contactService &&
      (slots.statsServices ?? []).length === 0
    ) {
      return { intent: { kind: 'stats', query: { ...subjectlessFigure, service: cardService.data, services: [cardService.data] } }, reason: 'same-subject' };
    }

    // "når har de åpent?", "hvor mange saker hadde de i 2022?": no subject of its own, so the last one.
    if (tokens.length > MAX_SUBJECTLESS_TOKENS || clearAndDifferent) return undefined;
    // "أين أجد رقم هاتف المستشار؟" after the advisers' count, "hvordan finner jeg nummeret til en rådgiver?" after their
    // card: the service of the figure or contact named again, with a detail asked, is that service's contact, as at
    // some length above; any other name is a subject of its own.
    const asksDetail = own.kind !== 'stats' && tokens.some((t) => asksDetailWord(t, words));
    const figureContact = !asksDetail
      ? undefined
      : previous.kind === 'stats'
        ? contactOfFigure(previous.query)
        : previous.kind === 'contact' && previous.query.serviceId !== undefined && previous.query.country === undefined
          ? { kind: 'contact' as const, query: { serviceId: previous.query.serviceId } }
          : undefined;
    const { contactService: namedService, statsServices: namedFigures, ...otherSlots } = slots;
    const named = [...new Set([...(namedService ? [namedService] : []), ...(namedFigures ?? [])])];
    if (figureContact && named.length === 1 && named[0] === figureContact.query.serviceId && isEmpty(otherSlots)) return { intent: figureContact, reason: 'same-subject' };
    // "og Pride-kampanjen?" after the summer campaign's views: the campaign names Nora, the service of the figure shown,
    // so it is the same subject with another part of its split, not a subject of its own.
    const figureServices = previous.kind === 'stats' ? [...previous.query.services, ...(previous.query.service ? [previous.query.service] : [])] : [];
    const partOfFigure = previous.kind === 'stats' && slots.category !== undefined && named.length > 0 && named.every((s) => (figureServices as readonly string[]).includes(s));
    if (slots.country || (!partOfFigure && (slots.contactService || (slots.statsServices?.length ?? 0) > 0))) return undefined;
    // "w jakich godzinach działa?", "وما هي ساعات العمل؟": a contact's details asked, without a subject of their own.
    asksDetails = previous.kind === 'contact' && !clearAndDifferent && (tokens.some((t) => asksDetailWord(t, words)) || containsAny(tokens, words.callWhen));
    const aboutThem = tokens.some((t) => words.they.has(t)) || asksDetails;
    // "hva er telefonnummeret deres?", "как с ними связаться?" after one service's figure: that service's contact.
    const serviceOfFigure = previous.kind === 'stats' && !clearAndDifferent && own.kind !== 'stats' && isEmpty(slots) && tokens.some((t) => asksDetailWord(t, words)) ? contactOfFigure(previous.query) : undefined;
    if (serviceOfFigure) return { intent: serviceOfFigure, reason: 'same-subject' };
    // A figures question that names no service ("hvor mange saker i 2008?") asks about the last one.
    const ownStats = previous.kind === 'stats' ? readingOfKind(statsIntentSchema, 'stats', own) : undefined;
    const figuresWithoutService = ownStats !== undefined && ownStats.query.services.length === 0 && !ownStats.query.service;
    // A short question that names nothing and nothing else read, right after a contact, is about that contact ("hafta sonu da açıklar mı?").
    const notUnderstood = own.kind === 'unknown' || own.kind === 'suggest';
    if (notUnderstood && previous.kind === 'contact' && isEmpty(slots) && tokens.length <= MAX_SUBJECTLESS_TOKENS && /[?؟፧]\s*$/u.test(text)) asksDetails = true;
    // "and the main countries of origin?", "а из каких стран чаще всего?": a split or a count of the last figure asked for.
    const figurePart = previous.kind === 'stats' && (slots.breakdown !== undefined || slots.category !== undefined);
    // "peki 2008'de başladıklarında kaç kişiydiler?": a year, with words no reader makes a question of, after a
    // figure: the same figure for that year.
    const figureYear = previous.kind === 'stats' && slots.years !== undefined && !clearOnItsOwn;
    // "how many people did that involve?", "сколько человек это касалось?": another count of the last figure (the
    // persons in the inquiries), asked without a subject, shown beside it.
    const figureCount = previous.kind === 'stats' && slots.metric !== undefined && !clearOnItsOwn;
    // "کیا نام بتائے بغیر بات ہو سکتی ہے؟", "можно без имени?" after a contact: the same contacts, the anonymous line first.
    const anonymously = previous.kind === 'contact' && slots.anonymous === true;
    // "kan ho vere anonym?", "is that anonymous?", "можно анонимно?" after an article: the lines one may reach without
    // giving a name (the article's own service first, when it is about one), not another article.
    if (previous.kind === 'article' && slots.anonymous === true && !clearAndDifferent) {
      const service = deps.serviceOfArticle?.(previous.articleId);
      return { intent: { kind: 'contact', query: { anonymous: true, ...(service ? { serviceId: service } : {}) } }, reason: 'same-subject' };
    }
    if (!aboutThem && !figuresWithoutService && !asksDetails && !figurePart && !figureYear && !figureCount && !anonymously) return undefined;
    // "og året etter? fordelt på sakstyper": a split asked of the year next to the one last shown.
    const stepped = figurePart && !slots.years && previous.kind === 'stats' ? steppedYears(previous.query, said, words) : undefined;
    return { intent: merge(previous, stepped ? { ...slots, years: stepped } : slots) ?? same(), reason: 'same-subject' };
  };
}

/** Services of people whose article says where they work: the advisers' schools and centres, the envoys' posts. */
const PLACEMENT_ARTICLES: ReadonlyMap<string, string> = new Map([
  ['diversity-advisers', 'service-diversity-advisers'],
  ['special-envoys', 'service-special-envoys'],
]);

/** The service of people the last answer was about (its card, its article or one figure of it), with its article. */
function placementArticleOf(previous: RememberedReading): { readonly service: string; readonly articleId: string } | undefined {
  const services = previous.kind === 'contact' ? [envoyIdSchema.safeParse(previous.query.serviceId).success ? 'special-envoys' : previous.query.serviceId] : previous.kind === 'stats' ? [...new Set([...previous.query.services, ...(previous.query.service ? [previous.query.service] : [])])] : [];
  const [service, ...others] = services;
  const articleId = service === undefined || others.length > 0 ? undefined : PLACEMENT_ARTICLES.get(service);
  return service !== undefined && articleId !== undefined ? { service, articleId } : undefined;
}

/** Services of people whose number is published (content/stats/published.json, metric staff), by their contact id. */
const HEADCOUNT_SERVICES: ReadonlyMap<string, StatsServiceId> = new Map<string, StatsServiceId>([
  ['diversity-advisers', 'diversity-advisers'],
  ['special-envoys', 'special-envoys'],
]);
/** "how many", as the statistics words write it in every language (nb, nn and en are read as written). */
const HOW_MANY = /(?:^|\s)(?:how many|hvor mange|kor mange)(?:\s|$)/u;

/**
 * How many people a service of people has, asked without naming it or anything else counted ("А скільки їх?",
 * "تعدادشان چقدر است؟"): its headcount. A figure of another kind (cases, a year, a split) is the statistics reader's own
 * question. People counted ("چند نفر هستند؟", "kaç kişiler?") are the service's own people only when nothing but "they
 * are" is said beside them: "how many people did they help?" counts the persons in their cases.
 */
function headcountOf(
  serviceId: string | undefined,
  text: string,
  lng: Lang,
  said: readonly string[],
  words: FollowUpWords,
  readSlots: () => FollowUpSlots,
  own: { readonly kind: string },
  namesNorway: (token: string) => boolean,
  namesService: (token: string, service: StatsServiceId) => boolean,
): StatsIntent | undefined {
  const service = serviceId === undefined ? undefined : HEADCOUNT_SERVICES.get(serviceId);
  if (!service) return undefined;
  const asksCount = HOW_MANY.test(toEnglishCues(normalize(text), lng)) || containsAny(said, words.howMany);
  if (!asksCount) return undefined;
  // A figures question of its own names its service: another service's figure is its own question.
  const ownStats = readingOfKind(statsIntentSchema, 'stats', own);
  if (ownStats && [...ownStats.query.services, ...(ownStats.query.service ? [ownStats.query.service] : [])].some((s) => s !== service)) return undefined;
  const slots = readSlots();
  // "а скільки їх було у 2023?", "and in 2008?": a year asked is the headcount of that year.
  if (slots.breakdown || slots.category || slots.country || slots.contactService) return undefined;
  if ((slots.statsServices ?? []).some((s) => s !== service)) return undefined;
  if (slots.metric !== undefined && slots.metric !== 'staff' && slots.metric !== 'persons') return undefined;
  // "how many did they help?", "how many people did they reach?": what they did is counted, not them.
  // "How many are there in all of Norway?": Norway is where they work, not something else counted.
  // The service's own name ("how many such envoys are there?") and a year are what is counted, not something else.
  const besides = said.filter((t) => !(slots.norway === true && namesNorway(t)) && !(slots.years !== undefined && /\d/u.test(t)) && !namesService(t, service));
  if (!onlyBeing(besides, words)) return undefined;
  const years = slots.years ? { fromYear: slots.years.fromYear, toYear: slots.years.toYear } : {};
  return { kind: 'stats', query: { service, services: [service], metric: 'staff', ...years, mode: slots.years && slots.years.toYear > slots.years.fromYear ? 'trend' : 'value' } };
}

/** Beside the words that ask a count, at most one word (the people counted) and otherwise only "they are / there are". */
function onlyBeing(said: readonly string[], words: FollowUpWords): boolean {
  const counting = new Set(words.howMany.flatMap((p) => (containsAny(said, [p]) ? p : [])));
  const rest = said.filter((t) => !counting.has(t) && !words.being.has(t) && !words.they.has(t) && !words.filler.has(t) && !words.opener.has(t) && !words.lead.some((l) => l.length === 1 && l[0] === t));
  return rest.length <= 1;
}

/** The contact of the one service a figure is about (the statistics and the contacts features name it alike). */
function contactOfFigure(query: StatsQuery): ContactIntent | undefined {
  const services = [...new Set([...query.services, ...(query.service ? [query.service] : [])])];
  const [service, ...others] = services;
  return others.length === 0 && isServiceId(service) ? { kind: 'contact', query: { serviceId: service } } : undefined;
}

/**
 * "and the diversity advisers' case count for the same year?" after a figure: another service's figure of the kind it
 * names, for the years last shown, when the message read on its own is not a figures question (a contact card).
 */
function anotherServiceFigure(previous: RememberedReading, own: { readonly kind: string }, slots: FollowUpSlots, length: number): FollowUp | undefined {
  if (previous.kind !== 'stats' || own.kind === 'stats' || length > MAX_SUBJECTLESS_TOKENS) return undefined;
  if ((slots.statsServices?.length ?? 0) === 0 || slots.metric === undefined || slots.country) return undefined;
  const merged = merge(previous, slots);
  return merged ? { intent: merged, reason: 'ellipsis' } : undefined;
}

/** Services whose answer is about a country's envoy: the envoy scheme and each post. */
const ENVOY_SERVICES: ReadonlySet<string> = new Set<string>(['special-envoys', ...ENVOY_IDS]);
/** Readings that, however sure, may still be a country follow-up: the contact card itself; a sure topic article is a question of its own. */
const COUNTRY_FOLLOW_UP_READINGS: ReadonlySet<string> = new Set(['contact', 'suggest', 'unknown']);

/**
 * The contact for another country after an envoy answer: the message names a country other than the last one (the
 * first such, so "in Syria instead of Iraq" is Syria), or names a post beside a country ("Ankara or Amman for Iraq?",
 * then the card says what the post named covers). Nothing else may be asked: no figure, year or other service; and
 * a reading of its own that is sure must be a contact (unless the message opens as a follow-up does).
 */
function countrySwitch(
  previous: RememberedReading,
  said: readonly string[],
  own: { readonly kind: string },
  clearOnItsOwn: boolean,
  words: FollowUpWords,
  readSlots: () => FollowUpSlots,
  actsForThirdCountryNationals: (countryCode: string) => boolean = () => false,
  originCountries: () => readonly string[] = () => [],
): ContactIntent | undefined {
  if (previous.kind !== 'contact') return undefined;
  const before = previous.query.country;
  if (before === undefined && !ENVOY_SERVICES.has(previous.query.serviceId ?? '')) return undefined;
  if (clearOnItsOwn && !COUNTRY_FOLLOW_UP_READINGS.has(own.kind) && leadLength(said, words.lead) === 0) return undefined;
  const slots = readSlots();
  // "a girl from Chechnya taken to Turkey": a girl or a boy named reads as persons split by gender, which is no figure
  // asked unless the message asks a count.
  // Likewise "do the cases from Russia go to them too?": cases named with no count asked ask who takes them.
  const noCount = !HOW_MANY.test(said.join(' ')) && !containsAny(said, words.howMany);
  const aPerson = noCount && ((slots.metric === 'persons' && (slots.breakdown === undefined || slots.breakdown === 'gender')) || (slots.metric === 'cases' && (slots.breakdown === undefined || slots.breakdown === 'origin-country')));
  if (!slots.country || slots.years || ((slots.metric || slots.breakdown) && !aPerson) || (slots.statsServices?.length ?? 0) > 0) return undefined;
  const post = envoyIdSchema.safeParse(slots.contactService).data;
  if (slots.contactService && !post && slots.contactService !== 'special-envoys') return undefined;
  const namedAll = slots.countries ?? [slots.country];
  // "a girl from Azerbaijan taken to Iran": where she comes from gives way to where she is taken.
  const fromOnly = namedAll.length > 1 ? originCountries() : [];
  const notFrom = namedAll.filter((c) => !fromOnly.includes(c));
  const named = notFrom.length > 0 ? notFrom : namedAll;
  // A post is named by its city, which also reads as the country it is in ("Ankara" → Turkey): with a post named, the
  // country asked about before stays when the message names it again.
  // A city in the country asked about before ("isn't it in Asmara?" after Eritrea) asks about that country again.
  const again = before !== undefined && named.includes(before) ? before : undefined;
  // "Syrians living in Turkey", "a Chechen girl taken to Turkey": beside a nationality, a country whose envoy acts for
  // nationals of other countries there is where the person is.
  const residence = named.length > 1 ? named.find((c) => actsForThirdCountryNationals(c)) : undefined;
  const country = residence ?? (post && again ? again : (named.find((c) => c !== before) ?? again));
  if (!country) return undefined;
  const { serviceId: _service, country: _country, ...rest } = previous.query;
  return { kind: 'contact', query: { ...rest, country, ...(post ? { doubtedPost: post } : {}) } };
}

/**
 * The envoy answer again with the 2008 post named ("was Iran always under Amman?" → Ankara covered Iran in 2008): only
 * when the message names no other country than the one answered (an embassy city may read as its country, or as a
 * namesake: "عمّان"/"عُمان"), no year, figure or other service.
 */
function alwaysThere(
  previous: RememberedReading,
  slots: FollowUpSlots,
  formerPostOf: ((countryCode: string) => EnvoyId | undefined) | undefined,
  posts: readonly Post[],
  operationalPostOf: (countryCode: string) => EnvoyId | undefined = () => undefined,
): ContactIntent | undefined {
  if (previous.kind !== 'contact' || !formerPostOf) return undefined;
  const country = previous.query.country;
  if (!country) return undefined;
  if (slots.years || slots.metric || (slots.statsServices?.length ?? 0) > 0) return undefined;
  if (slots.contactService && slots.contactService !== 'special-envoys' && !envoyIdSchema.safeParse(slots.contactService).success) return undefined;
  // A post named by its city reads as its country too ("а раньше тоже Амман?", "was it always Amman?" name Jordan): not
  // a country asked. The post is named by the follow-up words' cities or by the slots' envoy ("amman" → envoy-amman).
  const envoyNamed = envoyIdSchema.safeParse(slots.contactService);
  const postsHere: readonly string[] = envoyNamed.success ? [...posts, envoyNamed.data] : posts;
  const ofPosts = (code: string) => { const post = operationalPostOf(code); return post !== undefined && postsHere.includes(post); };
  const named = (slots.countries ?? (slots.country ? [slots.country] : [])).filter((code) => code === country || !ofPosts(code));
  if (named.length > 0 && !named.includes(country)) return undefined;
  const former = formerPostOf(country);
  return former ? { kind: 'contact', query: { ...previous.query, doubtedPost: former, historyAsked: true } } : undefined;
}

/** UD's operations centre, open day and night for Norwegians abroad (content/contacts/services.json). */
const UD_OPERATIONS_CENTRE: ContactServiceId = 'ud-operations-centre';

/** Services that help a person abroad: a message naming one of them still asks who helps in the country of the case. */
const ABROAD_SERVICES: ReadonlySet<string> = new Set<string>(['special-envoys', UD_OPERATIONS_CENTRE, ...ENVOY_IDS]);

/**
 * The person of the case is (or will be) in its country: "hva om hun allerede har reist ned dit", "кому звонить
 * оттуда?", "Sidee bay caawimaad uga heli kartaa halkaas?", "who at the embassy can help?". The country is the last
 * contact answer's, else the conversation's (`caseCountry`), else one the message names beside the embassy. The answer
 * is the contact plan for a person abroad in that country: UD's operations centre, day and night, and the envoy who
 * covers it. Another country named is a country switch (`countrySwitch`); a year, a figure or another service named,
 * or a clear question of another kind, is a question of its own.
 */
function personThere(
  previous: RememberedReading | undefined,
  caseCountry: string | undefined,
  text: string,
  lng: Lang,
  understanding: Understanding,
  words: FollowUpWords,
  partsOf: SlotPartsReader,
): { readonly intent: ContactIntent; readonly present: boolean } | undefined {
  const all = prepareUtterance(text, lng).tokens;
  const opened = all.findIndex((t) => !words.opener.has(t));
  const said = opened < 0 ? [] : all.slice(opened);
  if (said.length === 0 || said.length > MAX_PUSHBACK_TOKENS) return undefined;
  const parts = partsOf(text, lng);
  const pointedBack = containsAny(said, words.there);
  // "and if she is in Ethiopia now?", "hun er der nå", "haddii ay hadda ku jirto Itoobiya?": the person of the case
  // said to be somewhere now or already ("now" or "already there"): a particular person abroad, wherever the last answer
  // was. A country with a pronoun and no "now" ("and Bangladesh, is it covered too?") asks who covers it.
  const contact = previous?.kind === 'contact' ? previous.query : undefined;
  // Only after a question about people held or kept abroad, or about no country ("who helps young people held
  // abroad?"): after "who covers Russia? our client is from Chechnya", "and if she is in Turkey now?" asks who covers Turkey.
  const aboutAbroad = contact !== undefined && (contact.whereabouts === 'abroad' || contact.country === undefined);
  // "and if they move her to Syria?" moves on a person the conversation told was held or kept abroad; after a card that
  // named no country (Kompetanseteamet's number), the same words tell of no one in particular.
  const movedOn = contact?.whereabouts === 'abroad' && containsAny(said, words.movedOn);
  const present = aboutAbroad && ((containsAny(said, words.present) && (containsAny(said, words.now) || pointedBack)) || movedOn);
  const there = pointedBack || parts.abroad() || present;
  if (!there && !parts.embassy()) return undefined;
  const slots = parts.all();
  const named = slots.country !== undefined && slots.country !== 'NO' ? slots.country : undefined;
  if (slots.years || (slots.statsServices?.length ?? 0) > 0) return undefined;
  if (slots.contactService !== undefined && !ABROAD_SERVICES.has(slots.contactService)) return undefined;
  const known = contact?.country ?? caseCountry;
  // Another country than the case's is another question, unless the person is said to be there now (she has moved on).
  if (named !== undefined && known !== undefined && named !== known && !present) return undefined;
  // "which embassy covers Somalia?", "а Чечня теж туди?": a country named is a question about who covers it, unless the
  // message says the person is held or abroad there ("уже в Грозном и не может выехать").
  if (named !== undefined && slots.abroad !== true && !present) return undefined;
  const country = named ?? known;
  // "а если девушка уже за границей?" after a service's card, no country ever named: UD's operations centre, which
  // helps Norwegians anywhere abroad, day and night.
  if (country === undefined) {
    // "and if I'm already there?", "og hvis jeg allerede er der?" after a card for someone about to be taken abroad, or
    // after the general lines for a young person (no service, no country named: the country of a case is
    // not kept without its name): "there" ("already there", "in that country") is abroad.
    const thereAbroad = pointedBack && (contact?.whereabouts === 'abroad' || contact?.whereabouts === 'travelling-soon' || contact?.serviceId === undefined);
    if (contact === undefined || (slots.abroad !== true && !thereAbroad)) return undefined;
    return { intent: { kind: 'contact', query: { serviceId: UD_OPERATIONS_CENTRE, ...(contact.askerRole ? { askerRole: contact.askerRole } : {}) } }, present };
  }
  // A sure reading of its own is another question, unless it is a contact for a person abroad or nobody in particular.
  const own = understanding.intent;
  const ownContact = readingOfKind(contactIntentSchema, 'contact', own);
  const clear = (understanding.candidates[0]?.score ?? 0) >= CLEAR && own.kind !== 'unknown' && own.kind !== 'suggest';
  // The person said to be abroad now keeps the case's reading: "hun er der nå, i Somalia" alone reads as the article.
  if (clear && !present && !(ownContact && (ownContact.query.serviceId === undefined || ABROAD_SERVICES.has(ownContact.query.serviceId)))) return undefined;
  const { serviceId: _service, alsoServiceIds: _also, country: _country, whereabouts, ...rest } = contact ?? {};
  // "who at the embassy can help?" alone asks who covers the country (the envoy, and UD's operations centre beside it);
  // the person is abroad only when the message says so.
  const where = there ? { whereabouts: 'abroad' as const } : whereabouts ? { whereabouts } : {};
  return { intent: { kind: 'contact', query: { ...rest, country, ...where } }, present };
}

/**
 * A person abroad, asked about beside hours or a contact's details ("weekend", "number") after a service that is not open day and
 * night and not about a country: the operations centre, or the contact plan of the country named (which has it).
 */
function personAbroadAtAnyHour(previous: Extract<RememberedReading, { kind: 'contact' }>, said: readonly string[], words: FollowUpWords, readSlots: () => FollowUpSlots, deps: FollowUpDeps): ContactIntent | undefined {
  const service = previous.query.serviceId;
  if (previous.query.country !== undefined || previous.query.whereabouts === 'abroad' || service === undefined || deps.aroundTheClock?.(service) === true) return undefined;
  // Closed or urgent ("after hours", "acute") is the after-hours answer: the numbers open now, UD's among them.
  if (!said.some((t) => words.detail.has(t)) || containsAny(said, words.afterHours)) return undefined;
  const slots = readSlots();
  const country = slots.country !== undefined && slots.country !== 'NO' ? slots.country : undefined;
  // A girl or a boy named reads as a split by gender, which says nothing here; a year or a service is a figure asked.
  if ((!slots.abroad && !country) || slots.contactService || slots.years || (slots.statsServices?.length ?? 0) > 0) return undefined;
  const role = previous.query.askerRole ? { askerRole: previous.query.askerRole } : {};
  return { kind: 'contact', query: country ? { country, whereabouts: 'abroad', ...role } : { serviceId: UD_OPERATIONS_CENTRE, ...role } };
}

/**
 * The year next to the one a figure showed, when the message asks for it ("året etter", "the year before"): none for
 * a span of years, or when neither is said.
 */
function steppedYears(query: StatsQuery, said: readonly string[], words: FollowUpWords): { readonly fromYear: number; readonly toYear: number } | undefined {
  const step = yearStep(said, words);
  const { fromYear, toYear } = query;
  return step !== 0 && toYear !== undefined && fromYear === toYear ? { fromYear: toYear + step, toYear: toYear + step } : undefined;
}

/** +1 for "the year after", −1 for "the year before", 0 for neither. */
function yearStep(said: readonly string[], words: FollowUpWords): number {
  if (containsAny(said, words.yearAfter)) return 1;
  return containsAny(said, words.yearBefore) ? -1 : 0;
}

/** The history of the services and the envoy scheme: the 2008 posts and what they covered, the first advisers. */
const HISTORY: ArticleIntent = { kind: 'article', articleId: 'history-special-services' };
/** The years that history tells: Kompetanseteamet from 2004 to the end of the action plan 2008–2011. */
const HISTORY_YEARS = { from: 2004, to: 2011 } as const;
/** Services whose beginnings the history tells. */
const HISTORY_SERVICES: ReadonlySet<string> = new Set<string>(['kompetanseteamet', 'diversity-advisers', 'special-envoys', ...ENVOY_IDS]);

function isClosedPost(post: Post): boolean {
  return (CLOSED_POSTS as readonly string[]).includes(post);
}

/**
 * The current embassy post a message names, as the city the statistics split by: a post in the language's own spelling
 * ("عمان", "в Анкаре"), else the city's Latin name ("Amman", "Nairobis").
 */
function embassyCityNamed(said: readonly string[], posts: readonly Post[]): string | undefined {
  const current = posts.filter((p) => !isClosedPost(p)).map((p) => p.replace(/^envoy-/u, ''));
  const cities = EMBASSY_CITIES.filter((city) => !(CLOSED_POSTS as readonly string[]).includes(city));
  return current.find((c) => cities.includes(c)) ?? cities.find((city) => said.some((t) => t.startsWith(city)));
}

/**
 * The countries and envoy posts of the embassy cities a message names ("Ankara'daki", "в Анкаре") when that city's post
 * is the one just answered (its envoy, or the country it sits in): such a city names the post, not a country asked about.
 */
function countriesOfAnsweredPost(said: readonly string[], posts: readonly Post[], previous: RememberedReading, countryOf: (city: string) => string | undefined): { codes: Set<string>; posts: Set<string> } {
  const answered = { codes: new Set<string>(), posts: new Set<string>() };
  if (previous.kind !== 'contact') return answered;
  const cities = new Set([...EMBASSY_CITIES.filter((city) => said.some((t) => t.startsWith(city))), ...posts.map((p) => p.replace(/^envoy-/u, ''))]);
  for (const city of cities) {
    if ((CLOSED_POSTS as readonly string[]).includes(city)) continue;
    const code = countryOf(city);
    if (code !== undefined && (previous.query.serviceId === `envoy-${city}` || previous.query.country === code)) {
      answered.codes.add(code);
      answered.posts.add(`envoy-${city}`);
    }
  }
  return answered;
}

/** The posts a message names, in the language's own spelling ("أنقرة", "в Анкаре", "کولمبو"). */
function postsNamed(said: readonly string[], words: FollowUpWords): Post[] {
  return [...new Set(words.posts.filter(({ phrase }) => containsAny(said, [phrase])).map((p) => p.post))];
}

/** The last answer again; for a figure, with the values the doubt names ("trodde det var rundt 900"). */
/**
 * "ankara değil mi? iran'a daha yakın" after Iran → Amman doubts the answer; "İran da Ankara'nın değil mi?" after
 * Ankara's countries asks about Iran: a tag question doubts the last answer when it names no country, or names the one
 * answered. The country of an embassy city named ("ankara" is Turkey) is the post doubted, not a country asked about.
 */
function tagDoubted(said: readonly string[], words: FollowUpWords, previous: RememberedReading, slots: () => FollowUpSlots, countryOf: (text: string) => string | undefined): boolean {
  if (!containsAny(said, words.tagDoubt)) return false;
  const answered = previous.kind === 'contact' ? previous.query.country : undefined;
  const ofCities = new Set(EMBASSY_CITIES.filter((city) => said.some((t) => t.startsWith(city))).map(countryOf));
  const named = (slots().countries ?? (slots().country ? [slots().country] : [])).filter((code) => !ofCities.has(code));
  return named.length === 0 || (answered !== undefined && named.includes(answered));
}

function doubted(asked: RememberedReading, text: string, said: readonly string[], words: FollowUpWords, posts: readonly Post[], slots: () => FollowUpSlots): FollowUpIntent {
  const intent = intentOf(asked);
  if (intent.kind === 'contact') {
    // "jeg trodde det var Ankara" after Iran → Amman: the same answer, which then says what Ankara is.
    const written = posts.map((p) => envoyIdSchema.safeParse(p).data).find((p) => p !== undefined);
    const named = intent.query.country ? (envoyIdSchema.safeParse(slots().contactService).data ?? written) : undefined;
    return named ? { kind: 'contact', query: { ...intent.query, doubtedPost: named } } : intent;
  }
  if (asked.kind !== 'stats' || intent.kind !== 'stats') return intent;
  const claim = readClaim(text, said, words);
  // "are you sure it went down?", "stemmer det at det økte?": the change is doubted, not the figure alone: both years'
  // figures and the change between them (the years shown before, or the year before the one shown). A value named
  // ("I thought it fell to 700") is said to be what it is, as for any doubt.
  const change = !claim && containsAny(said, words.change) ? differenceOf(asked, slots()) : undefined;
  if (change) return change;
  return claim ? claimedFigure(intent.query, claim, containsAny(said, words.change)) : intent;
}

/**
 * The two years an arithmetic follow-up compares, and the figure: a year it names against the last one shown ("more
 * than in 2021?"), two it names, both ends of the last answer, or the last year against the one shown before it
 * (2022, then "og i 2021?", then "how much did it go up?"); with only one year ever shown, the year before it.
 * Another subject named (a service, a country) is not arithmetic on this figure.
 */
export function differenceOf(previous: Extract<RememberedReading, { kind: 'stats' }>, slots: FollowUpSlots): StatsIntent | undefined {
  const query = previous.query;
  const services = query.services.length > 0 ? query.services : query.service ? [query.service] : [];
  const named = slots.statsServices ?? [];
  if (slots.country || slots.contactService || named.some((s) => !services.includes(s)) || services.length > 1) return undefined;
  if (slots.breakdown && slots.breakdown !== query.breakdown) return undefined;
  const last = query.toYear;
  const earlier = [...(previous.earlier ?? [])].reverse();
  let pair: readonly [number, number] | undefined;
  if (slots.years && slots.years.fromYear !== slots.years.toYear) pair = [slots.years.fromYear, slots.years.toYear];
  else if (slots.years) {
    const year = slots.years.fromYear;
    const other = last !== undefined && last !== year ? last : query.fromYear !== undefined && query.fromYear !== year ? query.fromYear : earlier.find((y) => y !== year);
    if (other !== undefined) pair = [Math.min(year, other), Math.max(year, other)];
  } else if (query.fromYear !== undefined && last !== undefined && query.fromYear < last) pair = [query.fromYear, last];
  else if (last !== undefined) {
    const other = earlier.find((y) => y !== last) ?? last - 1;
    pair = [Math.min(other, last), Math.max(other, last)];
  }
  // No year was ever shown (a series of every year): the series, with its change from first to last.
  const years = pair ? { fromYear: pair[0], toYear: pair[1] } : {};
  return { kind: 'stats', query: { ...query, ...countedBesidePersons(query, slots), ...years, mode: pair ? 'difference' : 'trend' } };
}

/**
 * The whole of a figure whose part was shown (Kompetanseteamet's FGM cases in 2022 → all its cases in 2022): the same
 * services and count, without the split, for the years the message writes out or else the years last shown ("that
 * year", "this year" in a follow-up are the year of the part). Undefined when the message names something else: a
 * country, a contact, another split or part, or another service.
 */
function wholeOf(previous: StatsQuery, slots: FollowUpSlots, written: { readonly fromYear: number; readonly toYear: number } | undefined): StatsIntent | undefined {
  if (slots.country || slots.contactService || slots.breakdown || slots.category) return undefined;
  const services = previous.services.length > 0 ? previous.services : previous.service ? [previous.service] : [];
  if ((slots.statsServices ?? []).some((s) => !services.includes(s))) return undefined;
  const { breakdown: _breakdown, category: _category, alsoMetrics: _also, countsPerPart: _parts, ...rest } = previous;
  const years = written ?? (previous.fromYear !== undefined && previous.toYear !== undefined ? { fromYear: previous.fromYear, toYear: previous.toYear } : undefined);
  const mode = years && years.fromYear < years.toYear ? 'trend' : 'value';
  const metric = slots.metric !== undefined && COUNTS_PEOPLE_OR_CASES.includes(slots.metric) ? slots.metric : previous.metric;
  return { kind: 'stats', query: statsQuerySchema.parse(defined({ ...rest, metric, ...(years ?? {}), mode })) };
}

/**
 * A word asking a contact's detail, also with an ending glued to it that means "and"/"what about" ("ኢመይሎምከ?",
 * "their e-mail, then?"; Somali "-na"): `unglued` takes the ending off names only.
 */
function asksDetailWord(token: string, words: { readonly detail: ReadonlySet<string>; readonly suffix: readonly string[] }): boolean {
  return words.detail.has(token) || words.suffix.some((x) => token.length > x.length + 2 && token.endsWith(x) && words.detail.has(token.slice(0, -x.length)));
}

/** The token without a glued-on ending, when only that reads as a name; otherwise the token as written. */
function unglued(token: string, suffixes: readonly string[], namesOf: (ts: readonly string[]) => SlotParts): string {
  const suffix = suffixes.find((x) => token.length > x.length + 2 && token.endsWith(x));
  if (!suffix || !namesNothing(namesOf([token]))) return token;
  const stem = token.slice(0, -suffix.length);
  return namesNothing(namesOf([stem])) ? token : stem;
}

/**
 * "وبالنسبة لمستشاري التنوع؟": words that name nothing as written, with a letter glued before one of them ("ل", "for"),
 * read without it when only then they name something (the name may be several words, so the whole is read each time).
 */
function ungluedPrefixes(tokens: readonly string[], prefixes: readonly string[], namesOf: (ts: readonly string[]) => SlotParts): readonly string[] {
  if (prefixes.length === 0 || !namesNothing(namesOf(tokens))) return tokens;
  for (const [i, token] of tokens.entries()) {
    for (const prefix of prefixes) {
      if (token.length <= prefix.length + 2 || !token.startsWith(prefix)) continue;
      const candidate = tokens.map((t, j) => (j === i ? token.slice(prefix.length) : t));
      if (!namesNothing(namesOf(candidate))) return candidate;
    }
  }
  return tokens;
}

/**
 * True when `phrase` occurs in `tokens` at `at` (an empty phrase occurs everywhere). A loop, not `every` with an arrow:
 * the phrase helpers run for every text, and an arrow made in each call loses its optimized code at every full GC
 * (V8 holds it weakly once the arrows die), so TurboFan compiled the same arrows again all day.
 */
function phraseAt(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let i = 0; i < phrase.length; i++) if (tokens[at + i] !== phrase[i]) return false;
  return true;
}

/** The tokens that no phrase covers where it occurs. */
function uncovered(tokens: readonly string[], phrases: readonly (readonly string[])[]): string[] {
  const covered = new Set<number>();
  for (let at = 0; at < tokens.length; at++) {
    for (const p of phrases) if (phraseAt(tokens, at, p)) for (let i = 0; i < p.length; i++) covered.add(at + i);
  }
  const left: string[] = [];
  for (let i = 0; i < tokens.length; i++) if (!covered.has(i)) left.push(tokens[i] as string);
  return left;
}

function containsAny(tokens: readonly string[], phrases: readonly (readonly string[])[]): boolean {
  for (let at = 0; at < tokens.length; at++) for (const p of phrases) if (phraseAt(tokens, at, p)) return true;
  return false;
}

function startsWithAny(tokens: readonly string[], phrases: readonly (readonly string[])[]): boolean {
  for (const p of phrases) if (phraseAt(tokens, 0, p)) return true;
  return false;
}

/** What follows each lead phrase the message opens with ("men", "men i"): none when it opens with no lead. */
function afterALead(tokens: readonly string[], leads: readonly (readonly string[])[]): (readonly string[])[] {
  const after: (readonly string[])[] = [];
  for (const p of leads) if (p.length < tokens.length && phraseAt(tokens, 0, p)) after.push(tokens.slice(p.length));
  return after;
}

/** The most tokens a lead phrase shorter than `count` tokens can take: `leadLength` is never more. */
function longestLead(leads: readonly (readonly string[])[], count: number): number {
  let longest = 0;
  for (const p of leads) if (p.length < count && p.length > longest) longest = p.length;
  return longest;
}

/** How many tokens the longest lead phrase at the start takes (0 when none). */
function leadLength(tokens: readonly string[], leads: readonly (readonly string[])[]): number {
  for (const p of leads) if (p.length < tokens.length && phraseAt(tokens, 0, p)) return p.length;
  return 0;
}

/**
 * True when the words after the lead name something and little else: every word other than a filler is needed for
 * what they name (leaving it out changes the reading), except at most one word next to a needed one that names
 * nothing alone ("special" in "the special envoys"). "hvor mange saker hadde de i 2008" asks more than it names.
 * Words that name only together count as needed, as few of them as the name takes: in "negativ sosial kontroll"
 * "negativ kontroll" and "sosial kontroll" each name the case type, so neither word is needed alone, but one is.
 */
function onlyNames(tokens: readonly string[], from: number, slots: FollowUpSlots, filler: ReadonlySet<string>, namesOf: (ts: readonly string[]) => SlotParts): boolean {
  if (from >= tokens.length || isEmpty(slots)) return false;
  // A word that only says where the service is ("the envoys at the embassies", "the advisers in Norway") names no
  // other subject: beside a name it is as a filler.
  const quiet = tokens.map((token) => filler.has(token) || wherePeopleWork(namesOf([token])));
  const needed = tokens.map((_, i) => i >= from && !quiet[i] && !namesAsMuch(namesOf(tokens.filter((_t, j) => j !== i)), slots));
  // Left out one by one, first to last, while the reading stays: what is left besides the needed words is the name's.
  const dropped = new Set<number>();
  tokens.forEach((_, i) => {
    if (i < from || needed[i] || quiet[i]) return;
    if (namesAsMuch(namesOf(tokens.filter((_t, j) => j !== i && !dropped.has(j))), slots)) dropped.add(i);
    else needed[i] = true;
  });
  const extra = [...dropped];
  if (extra.length === 0) return true;
  if (extra.length > 1) return false;
  const i = extra[0] ?? 0;
  // Next to a needed word, fillers between ("радники з різноманіття": "з" is a filler, "різноманіття" adds nothing).
  const neighbour = (step: number): boolean | undefined => {
    let j = i + step;
    while (j >= from && j < tokens.length && quiet[j] === true) j += step;
    return needed[j];
  };
  return (neighbour(-1) === true || neighbour(1) === true) && namesNothing(namesOf([tokens[i] ?? '']));
}

/** Words that name nothing but an embassy or Norway: where the services' people work, no subject of their own. */
function wherePeopleWork(parts: SlotParts): boolean {
  return (parts.embassy() || parts.norway()) && namesNothing(parts);
}

/** `isEmpty` of a text's slots, reading only as many of its parts as decide it. */
function namesNothing(parts: SlotParts): boolean {
  return parts.contactService() === undefined && parts.countries().length === 0 && isEmpty(parts.stats());
}

/** `sameSlots` of a text's slots and `slots`, reading only as many of the text's parts as decide it. */
function namesAsMuch(parts: SlotParts, slots: FollowUpSlots): boolean {
  return parts.contactService() === slots.contactService && parts.countries()[0] === slots.country && sameStats(parts.stats(), slots);
}

/** The articles a "did you mean" reading offers (none for any other reading). */
function suggestedArticles(intent: { readonly kind: string }): readonly string[] {
  const ids = (intent as { readonly articleIds?: unknown }).articleIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

function isEmpty(slots: FollowUpSlots): boolean {
  return !slots.years && !slots.metric && !slots.breakdown && !slots.category && !slots.country && !slots.contactService && (slots.statsServices?.length ?? 0) === 0;
}

function sameStats(a: StatsSlotPart, b: StatsSlotPart): boolean {
  return (
    a.years?.fromYear === b.years?.fromYear &&
    a.years?.toYear === b.years?.toYear &&
    a.metric === b.metric &&
    a.breakdown === b.breakdown &&
    a.category === b.category &&
    (a.statsServices ?? []).join() === (b.statsServices ?? []).join()
  );
}

/** The last question with what the follow-up changes; undefined when nothing it names fits that question. */
export function merge(previous: RememberedReading, slots: FollowUpSlots): FollowUpIntent | undefined {
  switch (previous.kind) {
    case 'stats':
      return mergeStats(previous.query, slots);
    case 'contact':
      return mergeContact(previous.query, slots);
    default:
      return undefined;
  }
}

function mergeStats(previous: StatsQuery, slots: FollowUpSlots): StatsIntent | undefined {
  const newServices = slots.statsServices && slots.statsServices.length > 0 ? slots.statsServices : undefined;
  if (!newServices && !slots.years && !slots.metric && !slots.breakdown && !slots.category) return undefined;
  const services = newServices ?? previous.services ?? (previous.service ? [previous.service] : []);
  let mode = previous.mode ?? 'value';
  if (newServices) mode = newServices.length >= 2 ? 'compare' : mode === 'compare' ? 'value' : mode;
  const years = slots.years ?? (previous.fromYear !== undefined && previous.toYear !== undefined ? { fromYear: previous.fromYear, toYear: previous.toYear } : undefined);
  if (slots.years && mode !== 'compare' && mode !== 'total') mode = slots.years.toYear > slots.years.fromYear ? 'trend' : 'value';
  // "og i 2022?" after FGM cases keeps the FGM part; a split of its own ("og fordelt på kjønn?") replaces it.
  const breakdown = slots.breakdown ?? previous.breakdown;
  const sameSplit = slots.breakdown === undefined || slots.breakdown === previous.breakdown;
  const category = slots.category ?? (sameSplit ? previous.category : undefined);
  // The second number asked ("… og hvor mange personer?") is asked again unless the follow-up names what it counts.
  const metric = metricAfter(previous.metric, slots);
  const alsoMetrics = slots.metric === undefined && !slots.breakdown ? previous.alsoMetrics : companionOf(previous.metric, metric, slots);
  const query = statsQuerySchema.parse({
    service: services[0],
    services: [...services],
    metric,
    fromYear: years?.fromYear,
    toYear: years?.toYear,
    breakdown,
    category,
    alsoMetrics: alsoMetrics && alsoMetrics.length > 0 ? [...alsoMetrics] : undefined,
    mode,
  });
  return { kind: 'stats', query: defined(query) };
}

/**
 * "… og hvor mange personer gjaldt det?" after Kompetanseteamet's inquiries: the persons are the same cases counted
 * another way, so the inquiries stay beside them, each under its own label (248 inquiries, 269 persons), and the
 * answer never shows one count where the other was asked.
 */
function companionOf(previous: Metric | undefined, metric: Metric | undefined, slots: FollowUpSlots): Metric[] | undefined {
  if (slots.breakdown || !previous || !metric || previous === metric) return undefined;
  const pair = (m: Metric) => (m === 'persons' ? 'people' : 'count');
  return COUNTS_PEOPLE_OR_CASES.includes(previous) && COUNTS_PEOPLE_OR_CASES.includes(metric) && pair(previous) !== pair(metric) ? [previous] : undefined;
}

/**
 * "… og hvor mye økte det fra 2007 til 2008?" after the persons Kompetanseteamet's inquiries concerned: a growth asked
 * without naming what grew is the service's growth, which its source states for what it counts (the inquiries, +28 %
 * in the text against 177 → 248 in the table, D02); the persons stay beside them (196 → 269). A follow-up that names
 * the persons ("… og antall personer?") keeps the persons alone.
 */
function countedBesidePersons(query: StatsQuery, slots: FollowUpSlots): Pick<StatsQuery, 'metric' | 'alsoMetrics'> {
  const service = query.services.length === 1 ? query.services[0] : query.service;
  if (slots.metric !== undefined || query.metric !== 'persons' || service === undefined || query.breakdown) return {};
  const counted = defaultMetric(service);
  if (counted === 'persons' || !COUNTS_PEOPLE_OR_CASES.includes(counted)) return {};
  return { metric: counted, alsoMetrics: [...new Set([...(query.alsoMetrics ?? []).filter((m) => m !== counted), 'persons' as const])] };
}

/** People counted in a split ("og fordelt på kjønn?" reads as persons) still count what the last answer counted. */
const COUNTS_PEOPLE_OR_CASES: readonly Metric[] = ['cases', 'inquiries', 'persons'];
function metricAfter(previous: Metric | undefined, slots: FollowUpSlots): Metric | undefined {
  if (slots.breakdown && slots.metric && previous && COUNTS_PEOPLE_OR_CASES.includes(slots.metric) && COUNTS_PEOPLE_OR_CASES.includes(previous)) return previous;
  // "peki 2008'de kaç kişiydiler?" after how many advisers there are: the people counted are the staff, not persons in cases.
  if (previous === 'staff' && slots.metric === 'persons') return previous;
  return slots.metric ?? previous;
}

function mergeContact(previous: Omit<ContactQuery, 'place'>, slots: FollowUpSlots): ContactIntent | undefined {
  // "can I call without giving my name?": the same contacts with the anonymous line first. "and who at school?" after
  // the lines: the same contacts with the school's adviser beside them (a kindergarten's plan leaves it out).
  if ((slots.anonymous || slots.atSchool) && !slots.country && !slots.contactService) {
    return { kind: 'contact', query: { ...previous, ...(slots.anonymous ? { anonymous: true } : {}), ...(slots.atSchool ? { atSchool: true } : {}) } };
  }
  const { serviceId: _service, country: _country, whereabouts, ...rest } = previous;
  if (slots.country) return { kind: 'contact', query: defined({ ...rest, whereabouts, country: slots.country, serviceId: slots.contactService }) };
  if (slots.contactService) return { kind: 'contact', query: { ...rest, serviceId: slots.contactService } };
  return undefined;
}

/** Without the keys whose value is undefined, so remembered readings and merged queries compare and log cleanly. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Services whose figures are published split into local and national projects (content/stats/published.json,
 * breakdown project-level: the sub-goal C grant to voluntary organisations).
 */
const PROJECT_LEVEL_SERVICES: ReadonlySet<StatsServiceId> = new Set<StatsServiceId>(['ngo-grants']);

/**
 * "How many national ones?", "og de lokale?" after a figure of a grant split into local and national projects: that
 * part of the projects, in the year shown (or the year said). One part named, and nothing else (another service, a
 * country, another count) that would make the message a question of its own.
 */
function projectLevelAsked(query: StatsQuery, said: readonly string[], words: FollowUpWords, readSlots: () => FollowUpSlots): StatsIntent | undefined {
  const local = containsAny(said, words.local);
  const national = containsAny(said, words.national);
  if (local === national) return undefined;
  const named = [...new Set([...query.services, ...(query.service ? [query.service] : [])])];
  // Projects counted with no service named ("how many projects got grants in 2023?") are the grant's projects.
  const services: readonly StatsServiceId[] = named.length === 0 && query.metric === 'projects' ? ['ngo-grants'] : named;
  const [service, ...others] = services;
  if (service === undefined || others.length > 0) return undefined;
  const slots = readSlots();
  if (slots.country || slots.contactService || (slots.statsServices ?? []).some((s) => s !== service)) return undefined;
  if ((slots.metric !== undefined && slots.metric !== 'projects') || (slots.breakdown !== undefined && slots.breakdown !== 'project-level')) return undefined;
  // "og dei lokale året før?": the year next to the one shown.
  const year = slots.years?.toYear ?? steppedYears(query, said, words)?.toYear ?? query.toYear;
  const years = year === undefined ? {} : { fromYear: year, toYear: year };
  const category = local ? 'local' : 'national';
  if (PROJECT_LEVEL_SERVICES.has(service)) return { kind: 'stats', query: { service, services: [service], metric: 'projects', breakdown: 'project-level', category, mode: 'value', ...years } };
  // Another service's figure is published as a whole only: its local part asked is the same figure by that part,
  // which the answer says is not published before it gives the whole ("and nationally?" there asks the whole).
  if (!local) return undefined;
  const { claimed: _claimed, ...rest } = query;
  return { kind: 'stats', query: { ...rest, breakdown: 'project-level', category, mode: 'value', ...years } };
}
