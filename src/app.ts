import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions, type Storage } from 'botbuilder';
import path from 'node:path';
import { CONVERSATION_TTL_MS, createConversationStore } from './conversation/conversation-state';
import { createNeedsReader } from './conversation/needs';
import { loadNeedsWords } from './conversation/needs-words';
import { fold } from './contacts/country-names';
import { tokenize } from './language/text';
import { forAskerRole } from './conversation/reading-rules';
import { ExpiringMemoryStorage } from './storage/expiring-memory-storage';
import { createStorageHealth, type StorageHealth } from './storage/storage-health';
import { openDatabase } from './storage/postgres/database';
import { PostgresStorage } from './storage/postgres/postgres-storage';
import { ConnectorClientCache } from './http/connector-client-cache';
import { createTurnErrorHandler } from './bot/error-handler';
import { fileLanguagePreferences, postgresLanguagePreferences, type LanguagePreferences } from './storage/language-preferences';
import { postgresFeedbackStore } from './knowledge';
import { RateLimiter } from './kit/rate-limiter';
import { isolateRightToLeftReplies } from './bot/rtl-isolation';
import { VeiviserBot, type BotDeps } from './bot/veiviser-bot';
import type { Env } from './config/env';
import { createFeatures, type Features } from './features';
import type { SecondOpinion } from './understanding/second-opinion';
import { loadLanguageDetector, type LanguageDetector } from './language/detect-language';
import { loadTransliterator } from './language/transliterate';
import { createI18n } from './language/i18n';
import { loadReviewStatus } from './language/review-status';
import type { Logger } from './logging/logger';
import { loadRegistrars } from './stats/registration/registrars';
import type { RecentReadingsStats } from './understanding/recent-readings';
import { cachedDetector, cachedUnderstanding } from './understanding/understanding-cache';

export interface App {
  readonly adapter: CloudAdapter;
  readonly bot: VeiviserBot;
  /** True when no app id is configured: requests are not authenticated (local development and tests only). */
  readonly localMode: boolean;
  /** What the data files and stores report about their disks (for /healthz). */
  readonly storageHealth: StorageHealth;
  /** Hits and misses of the understanding cache (for the benchmark and diagnostics; counts only). */
  understandingCache(): RecentReadingsStats;
  close(): Promise<void>;
}

export interface AppOverrides {
  readonly detector?: LanguageDetector;
  readonly preferences?: LanguagePreferences;
  readonly now?: () => Date;
  /** The conversation state's store (default: in process memory, 30 minutes). */
  readonly conversationStorage?: Storage;
  /** Test hook: e.g. a local OpenID metadata URL so token validation needs no network. */
  readonly auth?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
  /**
   * Benchmark hooks: the features and the bot's dependencies as the app will use them, to be returned (wrapped) before
   * the bot is built (bench/reading-stages.ts times each reading of a message where it runs).
   */
  readonly features?: (features: Features) => Features;
  readonly botDeps?: (deps: BotDeps) => BotDeps;
  /** The second opinion on danger instead of the committed model (`npm run eval:rules-only`: one that never fires). */
  readonly secondOpinion?: () => SecondOpinion;
}

/** Channels the bot serves. The Agents Playground and Bot Framework Emulator are allowed only in local mode. */
function supportedChannels(localMode: boolean): ReadonlySet<string> {
  return new Set(localMode ? ['msteams', 'emulator', 'webchat', 'test'] : ['msteams']);
}

/** Builds the bot and its adapter from configuration. No HTTP here: see server.ts. */
export async function createApp(env: Env, log: Logger, overrides: AppOverrides = {}): Promise<App> {
  const localMode = !env.MicrosoftAppId;
  if (localMode) {
    log.warn('No MicrosoftAppId configured: LOCAL MODE, requests are NOT authenticated. Never expose this instance to the internet.');
  }
  const auth = new ConfigurationBotFrameworkAuthentication({
    ...(env.MicrosoftAppId
      ? {
          MicrosoftAppId: env.MicrosoftAppId,
          MicrosoftAppPassword: env.MicrosoftAppPassword,
          MicrosoftAppType: env.MicrosoftAppType,
          MicrosoftAppTenantId: env.MicrosoftAppTenantId,
        }
      : {}),
    ...overrides.auth,
  });
  const adapter = new CloudAdapter(new ConnectorClientCache(auth));
  const i18n = createI18n();
  adapter.onTurnError = createTurnErrorHandler({ i18n, log, defaultLanguage: env.DEFAULT_LANGUAGE });
  adapter.use(isolateRightToLeftReplies);

  const dataDir = path.resolve(env.DATA_DIR);
  const now = overrides.now ?? (() => new Date());
  const storageHealth = createStorageHealth();
  // With DATABASE_URL, every piece of state that outlives a turn is in PostgreSQL, shared by all instances; without
  // it, in DATA_DIR (one instance).
  const database = env.DATABASE_URL ? await openDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE, log) : undefined;
  const preferences =
    overrides.preferences ?? (database ? postgresLanguagePreferences(database, log, storageHealth) : await fileLanguagePreferences(dataDir, log, storageHealth));
  const conversationStorage =
    overrides.conversationStorage ??
    (database ? new PostgresStorage(database, CONVERSATION_TTL_MS) : new ExpiringMemoryStorage(CONVERSATION_TTL_MS, 50_000, () => now().getTime()));
  const conversation = createConversationStore(conversationStorage);
  const created = await createFeatures({
    conversationState: conversation.state,
    storageHealth,
    i18n,
    preferences,
    dataDir,
    log,
    now,
    registrars: loadRegistrars({ ids: env.REGISTRAR_AAD_IDS, file: env.REGISTRARS_FILE }),
    registrationsPerMinute: env.REGISTRATIONS_PER_USER_PER_MINUTE,
    ...(database ? { database, feedback: postgresFeedbackStore(database, log, storageHealth) } : {}),
    ...(overrides.secondOpinion ? { secondOpinion: overrides.secondOpinion } : {}),
  });
  const features = overrides.features ? overrides.features(created) : created;
  const recent = { size: env.UNDERSTANDING_CACHE_SIZE, ttlMs: 10 * 60_000, now };
  const understand = cachedUnderstanding(features.understand, recent);
  const deps: BotDeps = {
    i18n,
    understand,
    detector: cachedDetector(overrides.detector ?? (await loadLanguageDetector()), recent),
    transliterator: loadTransliterator(),
    preferences,
    conversation,
    intents: features.intents,
    cardActions: features.cardActions,
    emergencyCard: features.emergencyCard,
    acuteLine: features.acuteLine,
    calmLine: features.calmLine,
    abroadNote: features.abroadNote,
    log,
    defaultLanguage: env.DEFAULT_LANGUAGE,
    allowedTenants: new Set(env.ALLOWED_TENANT_IDS),
    supportedChannels: supportedChannels(localMode),
    rateLimiter: new RateLimiter(env.RATE_LIMIT_PER_MINUTE),
    now,
    reviewStatus: loadReviewStatus(),
    conversationFlow: features.conversationFlow,
    searchContacts: features.searchContacts,
    followUp: features.followUp,
    ageBand: features.ageBand,
    ownSpouse: features.ownSpouse,
    adultBesideChild: features.adultBesideChild,
    withAgeKnown: features.withAgeKnown,
    serviceNamed: (text, lng) => features.contacts.recognizer.namedService(text, lng),
    countryNamed: (text, lng) => features.contacts.directory.countries.find(text, lng).map((m) => m.code).find((code) => code !== 'NO'),
    // Each part of a message is read by the same (cached) understanding as a whole message.
    needs: createNeedsReader({
      words: loadNeedsWords(),
      understand,
      followUp: features.followUp,
      serviceOfArticle: features.serviceOfArticle,
      forRole: forAskerRole,
      namedService: (text, lng) => features.contacts.recognizer.namedService(text, lng),
      siteAsked: (text, lng) => features.contacts.recognizer.siteAsked(text, lng),
      isLine: (serviceId) => features.contacts.directory.services.some((service) => service.id === serviceId && service.kind === 'helpline'),
      countriesNamed: (text, lng) => ({ tokens: tokenize(fold(text)), mentions: features.contacts.directory.countries.find(text, lng) }),
      // Countries a post names in its main coverage line (operational or primary): one card answers them all.
      mainPostOf: (code) => {
        const route = features.contacts.directory.envoys.route(code);
        return route.kind === 'envoy' && route.level !== 'secondary' ? route.envoyId : undefined;
      },
    }),
  };
  const bot = new VeiviserBot(overrides.botDeps ? overrides.botDeps(deps) : deps);
  return {
    adapter,
    bot,
    localMode,
    storageHealth,
    understandingCache: () => understand.stats(),
    async close() {
      await features.close();
      await database?.end();
    },
  };
}
