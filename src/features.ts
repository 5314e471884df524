import type { BotState } from 'botbuilder';
import type { i18n } from 'i18next';
import type { CardActionHandler } from './kit/card-action';
import type { ConversationFlow } from './kit/conversation-flow';
import { createContactSearch, type ContactSearch } from './contacts/message-extension';
import { coreCardActions, coreHandlers } from './bot/core-handlers';
import type { IntentHandlers } from './kit/intent-handlers';
import type { LanguagePreferences } from './bot/language-preferences';
import type { Turn } from './kit/turn';
import { serviceDisplayName } from './contacts/contact-card';
import { createContactFeature, isServiceId, type ContactFeature } from './contacts';
import { createGuidanceFeature, memoryFeedbackStore, type FeedbackStore, type GuidanceFeature } from './knowledge';
import { pick } from './content/localized';
import { fixedT } from './language/i18n';
import type { Logger } from './logging/logger';
import type { Lang } from './language/languages';
import type { AdaptiveCard } from './cards/card-kit';
import type { EmergencyOptions } from './cards/emergency-card';
import {
  createRegistrationLimiter,
  createStatsRecognizer,
  handleRegisterRequest,
  handleStats,
  loadPublishedSeed,
  openStatsStore,
  readStatsSlots,
  statsCardActions,
  type StatsDeps,
} from './stats';
import { createTriageFeature, createTriageRecognizer } from './triage';
import { commandRecognizer } from './understanding/command-recognizer';
import { createFollowUpResolver, type FollowUpResolver, type SlotReader } from './understanding/follow-up';
import { loadFollowUpWords } from './understanding/follow-up-words';
import { normalize } from './language/text';
import type { Recognizer } from './understanding/types';
import type { DangerDetector } from './understanding/understand';

/** What the features contribute to the bot: how they read messages, and how they answer. */
export interface Features {
  readonly recognizers: readonly Recognizer[];
  readonly danger: DangerDetector;
  readonly handlers: IntentHandlers;
  readonly cardActions: readonly CardActionHandler[];
  readonly sendEmergency: (turn: Turn) => Promise<void>;
  /** The emergency card, built once at the end of a turn that asked for it. */
  readonly emergencyCard: (lng: Lang, t: Turn['t'], options: EmergencyOptions) => AdaptiveCard;
  readonly contacts: ContactFeature;
  /** The triage conversation, which gets each message first while it is active. */
  readonly conversationFlow: ConversationFlow;
  /** The message extension's contact search. */
  readonly searchContacts: ContactSearch['search'];
  /** Reads short follow-ups ("og i 2008?", "and Somalia?") as the last answer's question with what they change. */
  readonly followUp: FollowUpResolver;
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
}

/** The reading half of the features: content, directory and recognizers. Shared by the bot and `npm run eval`. */
export interface Readers {
  readonly guidance: GuidanceFeature;
  readonly contacts: ContactFeature;
  readonly recognizers: readonly Recognizer[];
  readonly danger: DangerDetector;
  readonly followUp: FollowUpResolver;
}

export interface ReaderDeps {
  readonly i18n: i18n;
  readonly dataDir: string;
  readonly now: () => Date;
  /** 👍/👎 counts; the evaluation passes an in-memory store so it writes nothing. */
  readonly feedback?: FeedbackStore;
}

/** Builds the one understanding step's parts: commands, guidance articles, contacts and statistics. */
export async function createReaders(deps: ReaderDeps): Promise<Readers> {
  const contacts = createContactFeature({ translate: (lng) => fixedT(deps.i18n, lng), dataDir: deps.dataDir });
  const guidance = await createGuidanceFeature({
    dataDir: deps.dataDir,
    serviceName: (id, lng) => (isServiceId(id) ? serviceDisplayName(contacts.directory.service(id), lng).name : undefined),
    namesCountry: (text, lng) => contacts.directory.countries.find(text, lng).length > 0,
    ...(deps.feedback ? { feedback: deps.feedback } : {}),
  });
  return {
    guidance,
    contacts,
    // Triage before guidance: on a tie with a verbatim article phrasing, "I'm worried about a pupil" starts the triage.
    recognizers: [commandRecognizer, createTriageRecognizer(), guidance.recognizer, contacts.recognizer, createStatsRecognizer({ now: deps.now })],
    danger: guidance.danger,
    followUp: createFollowUpResolver({ words: loadFollowUpWords(), readSlots: followUpSlots(contacts, deps.now) }),
  };
}

/** What a follow-up can change, as the statistics and contacts features read it. */
function followUpSlots(contacts: ContactFeature, now: () => Date): SlotReader {
  return (text, lng) => {
    const stats = readStatsSlots(normalize(text), now(), lng);
    const country = contacts.directory.countries.find(text, lng)[0]?.code;
    const contactService = contacts.recognizer.read(text, lng)?.query.serviceId;
    return {
      ...(stats.services.length > 0 ? { statsServices: stats.services } : {}),
      ...(stats.years ? { years: stats.years } : {}),
      ...(stats.metric ? { metric: stats.metric } : {}),
      ...(stats.breakdown ? { breakdown: stats.breakdown } : {}),
      ...(country ? { country } : {}),
      ...(contactService ? { contactService } : {}),
    };
  };
}

/** Composes every feature. The only file that knows which features exist. */
export async function createFeatures(deps: FeatureDeps): Promise<Features> {
  const readers = await createReaders(deps);
  const { guidance, contacts } = readers;
  const store = await openStatsStore({
    dataDir: deps.dataDir,
    seed: loadPublishedSeed(),
    logger: deps.log,
    registrationsPerMinute: deps.registrationsPerMinute,
  });
  const stats: StatsDeps = {
    store,
    registrars: deps.registrars,
    now: deps.now,
    registerLimit: createRegistrationLimiter(deps.registrationsPerMinute, () => deps.now().getTime()),
  };
  const core = coreHandlers(deps);
  const triage = createTriageFeature({
    contacts,
    danger: readers.danger,
    sendEmergency: guidance.sendEmergency,
    articleTitle: (id, lng) => {
      const article = guidance.articles.find((a) => a.id === id);
      return article ? pick(article.title, lng)?.value : undefined;
    },
    now: deps.now,
    state: deps.conversationState,
  });
  const contactSearch = createContactSearch({ contacts, translate: (lng) => fixedT(deps.i18n, lng) });
  return {
    recognizers: readers.recognizers,
    danger: readers.danger,
    handlers: {
      ...core,
      article: guidance.handlers.article,
      suggest: guidance.handlers.suggest,
      unknown: guidance.handlers.unknown,
      contact: (turn, intent) => contacts.handleContact(turn, intent),
      triage: (turn, intent) => triage.handleTriage(turn, intent),
      stats: (turn, intent) => handleStats(turn, intent, stats),
      'register-case': (turn) => handleRegisterRequest(turn, stats),
    },
    cardActions: [...coreCardActions(deps), ...guidance.cardActions, ...contacts.cardActions, ...statsCardActions(stats), ...triage.cardActions],
    sendEmergency: guidance.sendEmergency,
    emergencyCard: guidance.emergencyCard,
    contacts,
    conversationFlow: triage.flow,
    searchContacts: (value, lng) => contactSearch.search(value, lng),
    followUp: readers.followUp,
    close: () => store.close(),
  };
}

export { memoryFeedbackStore };
