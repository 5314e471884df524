import { MemoryStorage, type BotState } from 'botbuilder';
import type { i18n } from 'i18next';
import { z } from 'zod';
import { commandIntentSchemas, createCommandsFeature } from './commands';
import { contactIntentSchema, contactIntentSchemas, createContactFeature, formerPostOf, isServiceId, serviceDisplayName, type ContactFeature, type ServiceId } from './contacts';
import { createContactSearch, type ContactSearch } from './contacts/message-extension';
import { createConversationStore } from './conversation/conversation-state';
import { createFollowUpResolver, type FollowUpResolver } from './conversation/follow-up';
import { loadFollowUpWords } from './conversation/follow-up-words';
import { claimReader } from './conversation/claimed-values';
import { backThenReader, beganReader, createHistoryRecognizer, formerNameReader, loadHistoryWords } from './conversation/history-reader';
import type { AdaptiveCard, CardElement } from './cards/card-kit';
import type { AbroadNote, EmergencyOptions } from './cards/emergency-card';
import { pick } from './content/localized';
import type { CardActionHandler } from './kit/card-action';
import type { ConversationFlow } from './kit/conversation-flow';
import type { Feature } from './kit/feature';
import { createIntentRegistry, type IntentRegistry } from './kit/intent-registry';
import type { Turn } from './kit/turn';
import { fixedT } from './language/i18n';
import type { Lang } from './language/languages';
import { createLogger, type Logger } from './logging/logger';
import type { SecondOpinion } from './understanding/second-opinion';
import { createGuidanceFeature, guidanceIntentSchemas, memoryFeedbackStore, type FeedbackStore, type GuidanceFeature } from './knowledge';
import type { Pool } from 'pg';
import { createStatsFeature, statsIntentSchemas } from './stats';
import { memoryLanguagePreferences, type LanguagePreferences } from './storage/language-preferences';
import { createTriageFeature, triageIntentSchemas } from './triage';
import { loadRoleReader } from './understanding/role-reader';
import { followUpSlotParts, forAsker, forCaseAsk, forConcern, forOutOfScope, forOwnAdult, forSituation, forYoungWriter, topicBeside } from './conversation/reading-rules';
import { loadScopeReader } from './understanding/scope-reader';
import type { IntentBase } from './understanding/types';
import { createUnderstanding, prepareUtterance, type DangerDetector, type ReadInStages, type Understand } from './understanding/understand';
import { ageBandOf, type AgeBand } from './conversation/age-band';
import type { StorageHealth } from './storage/storage-health';
import { serviceToCall } from './contacts/service-call';

/**
 * The only file that knows which features exist. Each feature is a folder whose index.ts exports
 * `create…Feature(deps): Feature` (src/kit/feature.ts); this file lists them, and the intent union is assembled from
 * the intents they declare. Adding a feature: one folder, one line in `createFeatures`, one in `INTENT_SCHEMAS`.
 * See docs/architecture.md.
 */

/** Every intent the bot understands, from the features' own declarations. */
export const INTENT_SCHEMAS = [...commandIntentSchemas, ...guidanceIntentSchemas, ...contactIntentSchemas, ...statsIntentSchemas, ...triageIntentSchemas] as const;
export const intentSchema = z.discriminatedUnion('kind', INTENT_SCHEMAS);
export type Intent = z.infer<typeof intentSchema>;
export type IntentKind = Intent['kind'];

/** An understood intent with its type narrowed to the union (for the evaluation, which reads each kind's fields). */
export function readIntent(intent: IntentBase): Intent | undefined {
  return intentSchema.safeParse(intent).data;
}

/** What the features contribute to the bot: how they read messages, and how they answer. */
export interface Features {
  /** Every feature, in the order their recognizers read a message (a tie goes to the earlier one). */
  readonly list: readonly Feature[];
  /**
   * The one understanding step (commands, triage, guidance, contacts, statistics, danger, young writers); `inStages`
   * reads a message only as far as its caller asks (the two-needs reader's parts).
   */
  readonly understand: Understand & { readonly inStages?: ReadInStages };
  readonly danger: DangerDetector;
  /** Answers an intent with the feature that declared it; namespaces and replays for the review note. */
  readonly intents: IntentRegistry;
  readonly cardActions: readonly CardActionHandler[];
  /** The features' conversations over several turns (the triage), which get each message first while active. */
  readonly conversationFlow: ConversationFlow;
  /** The emergency card, built once at the end of a turn that asked for it. */
  readonly emergencyCard: (lng: Lang, t: Turn['t'], options: EmergencyOptions) => AdaptiveCard;
  /** The short emergency line on top of the answer to a concrete case (a person at risk, not an emergency). */
  readonly acuteLine: (lng: Lang, t: Turn['t'], options: EmergencyOptions) => CardElement;
  readonly calmLine: (lng: Lang, t: Turn['t'], options: EmergencyOptions, answerText: string) => CardElement | undefined;
  /**
   * Who covers the country abroad a danger or a case names, for the emergency numbers; none when the turn's answers
   * already include a contact card about a country (it names the envoy itself).
   */
  readonly abroadNote: (text: string | undefined, lng: Lang, answers: readonly IntentBase[], caseCountry?: string) => AbroadNote | undefined;
  /** The message extension's contact search. */
  readonly searchContacts: ContactSearch['search'];
  /** Reads short follow-ups ("og i 2008?", "and Somalia?") as the last answer's question with what they change. */
  readonly followUp: FollowUpResolver;
  /** What a message says of the person's age: under 18, grown up, or nothing (src/conversation/age-band.ts). */
  readonly ageBand: (text: string, lng: Lang) => AgeBand | undefined;
  /** Whether the writer tells of their own spouse ("mannen min", "زوجي"): a grown-up's case when no age is said. */
  readonly ownSpouse: (text: string, lng: Lang) => boolean;
  /**
   * A grown-up told of by her stage of life with a child named beside ("a woman in her thirties … and what about the
   * children?"): the lines for her and child welfare's for the children (`nextStepsFor`; issue #13, adult34).
   */
  readonly adultBesideChild: (text: string, lng: Lang) => boolean;
  /**
   * A message read with the age band an earlier message said: a child's wedding abroad told after "a girl of 15"
   * ('danger' or 'concern', as the situation rules read it with the child's age); undefined for a grown-up or nothing.
   */
  readonly withAgeKnown: (text: string, lng: Lang, band: AgeBand) => 'danger' | 'concern' | undefined;
  /** The service an article is about ("service-kompetanseteamet": Kompetanseteamet), if it is a service's article. */
  readonly serviceOfArticle: (articleId: string) => ServiceId | undefined;
  /** For the evaluation and tests: the guidance articles and the contact directory. */
  readonly guidance: GuidanceFeature;
  readonly contacts: ContactFeature;
  close(): Promise<void>;
}

export interface FeatureDeps {
  readonly i18n: i18n;
  readonly preferences: LanguagePreferences;
  readonly dataDir: string;
  readonly log: Logger;
  readonly now: () => Date;
  /** Entra object ids allowed to register cases. */
  readonly registrars: ReadonlySet<string>;
  readonly registrationsPerMinute: number;
  /** The one conversation state; features that remember something across turns keep a property in it. */
  readonly conversationState: BotState;
  /** Where the data files report write trouble, for /healthz. */
  readonly storageHealth?: StorageHealth;
  /** 👍/👎 counts; by default `<dataDir>/feedback.json`. The evaluation passes an in-memory store. */
  readonly feedback?: FeedbackStore;
  /** PostgreSQL (DATABASE_URL), migrated: the statistics store lives there instead of in DATA_DIR. */
  readonly database?: Pool;
  /** The second opinion on danger instead of the committed model (GuidanceFeatureDeps.secondOpinion). */
  readonly secondOpinion?: () => SecondOpinion;
}

/** The flows of all features as one: the first that is active gets the message. */
function firstActiveFlow(flows: readonly ConversationFlow[]): ConversationFlow {
  return {
    async continueTurn(turn, message) {
      for (const flow of flows) {
        const outcome = await flow.continueTurn(turn, message);
        if (outcome !== 'not-active') return outcome;
      }
      return 'not-active';
    },
  };
}

/** Composes every feature. */
export async function createFeatures(deps: FeatureDeps): Promise<Features> {
  const translate = (lng: Lang) => fixedT(deps.i18n, lng);
  // The guidance articles name the services, so they load after the directory; whether a service has an article of its
  // own ("service-ung-no") is asked only once messages are read, when they have loaded.
  let articleIds: ReadonlySet<string> | undefined;
  const contacts = createContactFeature({ translate, dataDir: deps.dataDir, hasOwnArticle: (id) => articleIds?.has(`service-${id}`) ?? true });
  const guidance = await createGuidanceFeature({
    dataDir: deps.dataDir,
    serviceName: (id, lng) => (isServiceId(id) ? serviceDisplayName(contacts.directory.service(id), lng).name : undefined),
    serviceCall: (id, lng) => serviceToCall(contacts.directory, id, lng, translate(lng)),
    namesCountry: (text, lng) => contacts.directory.countries.find(text, lng).length > 0,
    ...(deps.feedback ? { feedback: deps.feedback } : {}),
    ...(deps.storageHealth ? { storageHealth: deps.storageHealth } : {}),
    ...(deps.secondOpinion ? { secondOpinion: deps.secondOpinion } : {}),
    log: deps.log,
  });
  articleIds = new Set(guidance.articles.map((a) => a.id));
  const triage = createTriageFeature({
    contacts,
    danger: guidance.danger,
    sendEmergency: guidance.sendEmergency,
    articleTitle: (id, lng) => {
      const article = guidance.articles.find((a) => a.id === id);
      return article ? pick(article.title, lng)?.value : undefined;
    },
    now: deps.now,
    state: deps.conversationState,
  });
  // A country named in a statistics question is a country of origin asked about; the directory knows the names.
  // Read once for the history reader, the follow-up, the former-name question and a claim about a figure.
  const followUpWords = loadFollowUpWords();
  // What a follow-up can change, part by part (each part read when a test first asks for it).
  const slotParts = followUpSlotParts(contacts, deps.now);
  const stats = await createStatsFeature({
    ...deps,
    findCountries: (text, lng) => contacts.directory.countries.find(text, lng).map((m) => m.code),
    // "the report says 28 %, is that right?": the values named, read as a doubt after a figure reads them.
    readClaim: claimReader(followUpWords),
  });

  // The order recognizers read in: on a tie with a verbatim article phrasing, "I'm worried about a pupil" starts the triage.
  const list: readonly Feature[] = [createCommandsFeature(deps), triage, guidance, contacts, stats];

  const contactSearch = createContactSearch({ contacts, translate });
  const roles = loadRoleReader();
  const scope = loadScopeReader();
  const historyWords = loadHistoryWords();
  // The countries the posts closed since 2008 covered then (Colombo: Sri Lanka, Bangladesh, India; Rabat: Morocco).
  const formerPostCountries = new Set(contacts.directory.envoys.closedPosts.flatMap((city) => contacts.directory.envoys.coveredIn2008(city) ?? []));
  const namesFormerPostCountry = (text: string, lng: Lang): boolean => contacts.directory.countries.find(text, lng).some((m) => formerPostCountries.has(m.code));
  const serviceOfArticle = (id: string): ServiceId | undefined => {
    // Loops, not `find` with arrows made in each call: asked for many messages, such arrows lose their optimized code
    // at every full GC and were compiled again and again.
    for (const article of guidance.articles) {
      if (article.id !== id) continue;
      for (const service of article.relatedServices) if (article.id === `service-${service}`) return isServiceId(service) ? service : undefined;
      return undefined;
    }
    return undefined;
  };
  // The service a topic article's card names first to call for advice, by the card's own rule (a number first).
  const adviceServiceOfArticle = (id: string): ServiceId | undefined => {
    const related = guidance.articles.find((a) => a.id === id)?.relatedServices ?? [];
    const calls = related.flatMap((s) => serviceToCall(contacts.directory, s, 'nb', translate('nb')) ?? []);
    const first = calls.find((c) => c.number !== undefined) ?? calls.find((c) => c.email !== undefined);
    return first !== undefined && isServiceId(first.serviceId) ? first.serviceId : undefined;
  };
  // The age band a message says of the person it tells of (src/conversation/age-band.ts).
  const ageBandOfMessage = (text: string, lng: Lang): AgeBand | undefined => {
    const signals = guidance.danger.signals?.(prepareUtterance(text, lng));
    // The writer's own age of 18 or more ("I'm 19, when I was 15 …") is now: a grown-up, whatever age they were once.
    const ownAdult = contacts.recognizer.saysOwnAdultAge(text);
    const minor = !ownAdult && (contacts.recognizer.saysMinor(text) || signals?.has('minor') === true || signals?.has('selfAge') === true);
    // "Mannen hennes tar lønna hennes", "a client in her thirties": a grown-up by her stage of life, when no child is
    // said at all (with a child named beside, `adultBesideChild`: both lines, the band stays as it was).
    const grownUp = contacts.recognizer.saysAdult(text) || (!minor && contacts.recognizer.saysGrownUpLife(text));
    return ageBandOf({ minor, adult: grownUp });
  };
  return {
    list,
    understand: createUnderstanding(
      // History asked directly crosses guidance and statistics: the history article, not one figure of that year.
      [...list.flatMap((f) => f.recognizers), createHistoryRecognizer({ now: deps.now, words: historyWords, followUpWords, namesFormerPostCountry })],
      guidance.danger,
      {
        fallback: guidance.fallback,
        forYoungWriter: (intent, text) => forYoungWriter(intent, contacts.recognizer.asksAtSchool(text), contacts.recognizer.adultAsksHousing(text), serviceOfArticle),
        ownAdultAge: (text) => contacts.recognizer.saysOwnAdultAge(text),
        forOwnAdult: (intent, text, ownStory, saysCalm) => forOwnAdult(intent, contacts.recognizer.adultAsksHousing(text), ownStory, saysCalm),
        readAsker: (text) => roles.read(text),
        forAsker,
        forConcern,
        readScope: (text, known, lng) => scope.read(text, known, lng),
        forOutOfScope,
        forCaseAsk,
        forSituation,
        topicBeside,
        asksForFigures: (intent) => intent.kind === 'stats',
        asksForContact: (intent) => intent.kind === 'contact',
        // A grown-up said by an age of 18 or more or a word for an adult, not by a stage of life (her husband): the second
        // opinion's gate weighs a marriage word beside it (issue #13, calm39).
        grownUp: (text, lng) => contacts.recognizer.saysAdult(text) && ageBandOfMessage(text, lng) === 'adult',
      },
    ),
    danger: guidance.danger,
    intents: createIntentRegistry(list),
    cardActions: list.flatMap((f) => f.cardActions),
    conversationFlow: firstActiveFlow(list.flatMap((f) => (f.flow ? [f.flow] : []))),
    emergencyCard: guidance.emergencyCard,
    acuteLine: guidance.acuteLine,
    calmLine: guidance.calmLine,
    abroadNote: (text, lng, answers, caseCountry) => {
      if (answers.some((a) => contactIntentSchema.safeParse(a).data?.query.country !== undefined)) return undefined;
      // A journey or stay abroad told without a country ("to the village this summer"): the note lists every post.
      const signals = text === undefined ? undefined : guidance.danger.signals?.(prepareUtterance(text, lng));
      const journeyAbroad = signals !== undefined && JOURNEY_ABROAD.some((s) => signals.has(s));
      return contacts.envoyNote(text, lng, caseCountry, journeyAbroad);
    },
    searchContacts: (value, lng) => contactSearch.search(value, lng),
    followUp: createFollowUpResolver({
      words: followUpWords,
      readSlots: (text, lng) => slotParts(text, lng).all(),
      readSlotParts: slotParts,
      now: deps.now,
      // The article about a service ("what is Kompetanseteamet?") is about that service for "when are they open?".
      serviceOfArticle,
      adviceServiceOfArticle,
      asksFormerName: formerNameReader(historyWords),
      asksBackThen: backThenReader(historyWords),
      asksBegan: beganReader(historyWords),
      aroundTheClock: (id) => isServiceId(id) && contacts.directory.service(id).aroundTheClock === true,
      actsForThirdCountryNationals: (code) => contacts.directory.envoys.actsForThirdCountryNationals(code),
      originCountriesOf: (text, lng) => contacts.recognizer.originCountriesOf(text, lng),
      formerPostOf: (code) => formerPostOf(contacts.directory.envoys, code),
      operationalPostOf: (code) => {
        const route = contacts.directory.envoys.route(code);
        return route.kind === 'envoy' && route.level === 'operational' ? route.envoyId : undefined;
      },
      siteWithoutPhone: (id) => {
        if (!isServiceId(id)) return false;
        const service = contacts.directory.service(id);
        return service.kind === 'online' && (service.phones ?? []).length === 0;
      },
    }),
    serviceOfArticle,
    ageBand: ageBandOfMessage,
    adultBesideChild: (text, lng) => {
      if (contacts.recognizer.saysAdult(text) || !contacts.recognizer.saysGrownUpLife(text)) return false;
      const signals = guidance.danger.signals?.(prepareUtterance(text, lng));
      if (signals?.has('selfAge') === true) return false;
      return contacts.recognizer.saysMinor(text) || signals?.has('minor') === true;
    },
    ownSpouse: (text, lng) => guidance.danger.signals?.(prepareUtterance(text, lng)).has('ownSpouse') === true,
    withAgeKnown: (text, lng, band) => (band === 'under-18' ? guidance.danger.withKnown?.(prepareUtterance(text, lng), ['minor']) : undefined),
    guidance,
    contacts,
    async close() {
      for (const feature of list) await feature.close?.();
    },
  };
}

/** The situation cues that tell of a journey or a stay abroad (content/understanding/situation): the envoys matter. */
const JOURNEY_ABROAD: readonly string[] = ['trip', 'abroad', 'sentHome', 'takenThere', 'alreadyTaken', 'longStay'];

export interface ReaderDeps {
  readonly i18n: i18n;
  /** A temporary directory: the case store opens there, with the published figures and no cases. */
  readonly dataDir: string;
  readonly now: () => Date;
  readonly feedback?: FeedbackStore;
}

/**
 * The same features with nothing kept: in-memory language choices, conversation state and feedback, no registrars,
 * no logging. For `npm run eval` and tests that read messages without a running bot. Close it when done.
 */
export function createReaders(deps: ReaderDeps): Promise<Features> {
  return createFeatures({
    i18n: deps.i18n,
    preferences: memoryLanguagePreferences(),
    dataDir: deps.dataDir,
    log: createLogger({ level: 'silent' }),
    now: deps.now,
    registrars: new Set(),
    registrationsPerMinute: 10,
    conversationState: createConversationStore(new MemoryStorage()).state,
    feedback: deps.feedback ?? memoryFeedbackStore(),
  });
}

export { memoryFeedbackStore };
