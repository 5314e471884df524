import { MemoryStorage, type BotState } from 'botbuilder';
import type { i18n } from 'i18next';
import { z } from 'zod';
import { commandIntentSchemas, createCommandsFeature } from './commands';
import { contactIntentSchemas, createContactFeature, isServiceId, serviceDisplayName, type ContactFeature } from './contacts';
import { contactIntentSchema, type ContactIntent } from './contacts/intents';
import { createContactSearch, type ContactSearch } from './contacts/message-extension';
import { createConversationStore } from './conversation/conversation-state';
import { createFollowUpResolver, type FollowUpResolver, type SlotReader } from './conversation/follow-up';
import { loadFollowUpWords } from './conversation/follow-up-words';
import type { AdaptiveCard } from './cards/card-kit';
import type { EmergencyOptions } from './cards/emergency-card';
import { pick } from './content/localized';
import type { CardActionHandler } from './kit/card-action';
import type { ConversationFlow } from './kit/conversation-flow';
import type { Feature } from './kit/feature';
import { createIntentRegistry, type IntentRegistry } from './kit/intent-registry';
import type { Turn } from './kit/turn';
import { fixedT } from './language/i18n';
import type { Lang } from './language/languages';
import { normalize } from './language/text';
import { createLogger, type Logger } from './logging/logger';
import { createGuidanceFeature, guidanceIntentSchemas, memoryFeedbackStore, type FeedbackStore, type GuidanceFeature } from './knowledge';
import { articleIntentSchema, type ArticleIntent } from './knowledge/intents';
import { createStatsFeature, statsIntentSchemas } from './stats';
import { parseStatsQuestion, readStatsSlots } from './stats/answers/stats-recognizer';
import { memoryLanguagePreferences, type LanguagePreferences } from './storage/language-preferences';
import { createTriageFeature, triageIntentSchemas } from './triage';
import { loadRoleReader, type AskerReading, type Duty } from './understanding/role-reader';
import type { Candidate, IntentBase } from './understanding/types';
import { createUnderstanding, type DangerDetector, type Understand } from './understanding/understand';
import type { StorageHealth } from './storage/storage-health';

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
  /** The one understanding step (commands, triage, guidance, contacts, statistics, danger, young writers). */
  readonly understand: Understand;
  readonly danger: DangerDetector;
  /** Answers an intent with the feature that declared it; namespaces and replays for the review note. */
  readonly intents: IntentRegistry;
  readonly cardActions: readonly CardActionHandler[];
  /** The features' conversations over several turns (the triage), which get each message first while active. */
  readonly conversationFlow: ConversationFlow;
  /** The emergency card, built once at the end of a turn that asked for it. */
  readonly emergencyCard: (lng: Lang, t: Turn['t'], options: EmergencyOptions) => AdaptiveCard;
  /** The message extension's contact search. */
  readonly searchContacts: ContactSearch['search'];
  /** Reads short follow-ups ("og i 2008?", "and Somalia?") as the last answer's question with what they change. */
  readonly followUp: FollowUpResolver;
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
}

/** Help-seeking readings a young person writing about themselves gets as the children's and young people's lines. */
const YOUNG_WRITER_READS_AS_LINES: ReadonlySet<string> = new Set(['article', 'suggest', 'unknown', 'triage']);

/**
 * A young person writing about their own situation needs the children's and young people's lines, not the services
 * for professionals: a guidance, triage or contact reading becomes a contact question for them (keeping a country
 * or whereabouts the message named). Statistics, commands and registration are left as they are.
 */
function forYoungWriter(intent: IntentBase): IntentBase {
  const contact = contactIntentSchema.safeParse(intent);
  const lines: ContactIntent | undefined = contact.success
    ? { kind: 'contact', query: { ...contact.data.query, youngSelf: true } }
    : YOUNG_WRITER_READS_AS_LINES.has(intent.kind)
      ? { kind: 'contact', query: { youngSelf: true } }
      : undefined;
  return lines ?? intent;
}

/** The article that answers a question about each duty (content/knowledge/articles/). */
const DUTY_ARTICLES: ReadonlyMap<Duty, string> = new Map<Duty, string>([
  ['notify', 'duty-to-notify'],
  ['avert', 'duty-to-avert'],
]);
/** Readings a duty question replaces: a topic article, a choice, nothing, the triage, a contact card for no one in particular. */
const DUTY_REPLACES: ReadonlySet<string> = new Set(['article', 'suggest', 'unknown', 'triage', 'contact']);
/** Services named in a duty question as the ones to tell ("må jeg melde til barnevernet?"), not as the ones asked for. */
const DUTY_ADDRESSEES: ReadonlySet<string> = new Set(['child-welfare', 'child-welfare-emergency', 'police', 'police-emergency']);

/**
 * Who is asking and what duty they ask about. A question about the duty to notify child welfare or to avert a crime
 * ("har jeg opplysningsplikt?", "do I have to tell the police?") gets that duty's article, which names Kompetanseteamet
 * for advice in the case: of the two, the one the article recognizer ranks higher, or the first named. Otherwise a
 * contact question is answered for the asker's role (a child-welfare caseworker is not sent to child welfare).
 * A contact question about a country or a named service other than the one to tell keeps its contact card.
 */
function forAsker(intent: IntentBase, asker: AskerReading, candidates: readonly Candidate[]): IntentBase {
  const contact = contactIntentSchema.safeParse(intent);
  const query = contact.success ? contact.data.query : undefined;
  const keepsContact = query !== undefined && (query.country !== undefined || query.place !== undefined || (query.serviceId !== undefined && !DUTY_ADDRESSEES.has(query.serviceId)));
  if (asker.duties.length > 0 && DUTY_REPLACES.has(intent.kind) && !keepsContact) {
    const articles = asker.duties.flatMap((d) => DUTY_ARTICLES.get(d) ?? []);
    const ranked = candidates.flatMap((c) => articleIntentSchema.safeParse(c.intent).data?.articleId ?? []).find((id) => articles.includes(id));
    const chosen = ranked ?? articles[0];
    const article: ArticleIntent | undefined = chosen ? { kind: 'article', articleId: chosen } : undefined;
    if (article) return article;
  }
  const forRole: ContactIntent | undefined = query && asker.role ? { kind: 'contact', query: { ...query, askerRole: asker.role } } : undefined;
  return forRole ?? intent;
}

/** What a follow-up can change, as the statistics and contacts features read it. */
function followUpSlots(contacts: ContactFeature, now: () => Date): SlotReader {
  return (text, lng) => {
    const stats = readStatsSlots(normalize(text), now(), lng);
    // The one part of the split named ("og kjønnslemlestelse?", "og i Amman?"): a code from the stats feature's fixed lists.
    const category = stats.breakdown ? parseStatsQuestion(normalize(text), now(), lng)?.query.category : undefined;
    const country = contacts.directory.countries.find(text, lng)[0]?.code;
    const contactService = contacts.recognizer.read(text, lng)?.query.serviceId;
    return {
      ...(stats.services.length > 0 ? { statsServices: stats.services } : {}),
      ...(stats.years ? { years: stats.years } : {}),
      ...(stats.metric ? { metric: stats.metric } : {}),
      ...(stats.breakdown ? { breakdown: stats.breakdown } : {}),
      ...(category ? { category } : {}),
      ...(country ? { country } : {}),
      ...(contactService ? { contactService } : {}),
    };
  };
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
  const contacts = createContactFeature({ translate, dataDir: deps.dataDir });
  const guidance = await createGuidanceFeature({
    dataDir: deps.dataDir,
    serviceName: (id, lng) => (isServiceId(id) ? serviceDisplayName(contacts.directory.service(id), lng).name : undefined),
    namesCountry: (text, lng) => contacts.directory.countries.find(text, lng).length > 0,
    ...(deps.feedback ? { feedback: deps.feedback } : {}),
    ...(deps.storageHealth ? { storageHealth: deps.storageHealth } : {}),
    log: deps.log,
  });
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
  const stats = await createStatsFeature(deps);

  // The order recognizers read in: on a tie with a verbatim article phrasing, "I'm worried about a pupil" starts the triage.
  const list: readonly Feature[] = [createCommandsFeature(deps), triage, guidance, contacts, stats];

  const contactSearch = createContactSearch({ contacts, translate });
  const roles = loadRoleReader();
  return {
    list,
    understand: createUnderstanding(
      list.flatMap((f) => f.recognizers),
      guidance.danger,
      { fallback: guidance.fallback, forYoungWriter, readAsker: (text) => roles.read(text), forAsker },
    ),
    danger: guidance.danger,
    intents: createIntentRegistry(list),
    cardActions: list.flatMap((f) => f.cardActions),
    conversationFlow: firstActiveFlow(list.flatMap((f) => (f.flow ? [f.flow] : []))),
    emergencyCard: guidance.emergencyCard,
    searchContacts: (value, lng) => contactSearch.search(value, lng),
    followUp: createFollowUpResolver({ words: loadFollowUpWords(), readSlots: followUpSlots(contacts, deps.now) }),
    guidance,
    contacts,
    async close() {
      for (const feature of list) await feature.close?.();
    },
  };
}

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
