import { defineIntent, type Feature } from '../kit/feature';
import type { Lang } from '../language/languages';
import type { Logger } from '../logging/logger';
import type { StorageHealth } from '../storage/storage-health';
import { createStatsRecognizer } from './answers/stats-recognizer';
import { registerCaseIntentSchema, statsIntentSchema } from './intents';
import { createRegistrationLimiter } from './registration/registration-limiter';
import { handleRegisterRequest, handleStats, statsCardActions, type StatsDeps } from './stats-handlers';
import type { Pool } from 'pg';
import { openStatsStore } from './store/lowdb-stats-store';
import { PostgresStatsStore } from './store/postgres-stats-store';
import type { StatsStore } from './store/stats-store';
import { loadPublishedSeed } from './store/published-seed';
import type { PublishedSeed } from './store/published-figure';
import type { ClaimedValues } from './answers/stats-query';
import type { Utterance } from '../understanding/types';

export interface StatsFeatureDeps {
  /** Where the case store lives (stats.json, its journal and lock). */
  readonly dataDir: string;
  readonly log: Logger;
  readonly now: () => Date;
  /** Entra object ids allowed to register cases. */
  readonly registrars: ReadonlySet<string>;
  readonly registrationsPerMinute: number;
  /** Where the case store reports write trouble, for /healthz. */
  readonly storageHealth?: StorageHealth;
  /** The published figures; by default content/stats/published.json. */
  readonly seed?: PublishedSeed;
  /** PostgreSQL (DATABASE_URL), migrated: when given, the cases live there, shared by every instance. */
  readonly database?: Pool;
  /** ISO codes of the countries a message names (the contact directory's country names). */
  readonly findCountries?: (text: string, lng: Lang) => readonly string[];
  /** The values a message names ("28 %", "about 900"), for a claim about a figure the message checks. */
  readonly readClaim?: (u: Utterance) => ClaimedValues | undefined;
}

/** Statistics as a feature: questions about published and registered figures, and registration for registrars. */
export async function createStatsFeature(deps: StatsFeatureDeps): Promise<Feature> {
  const common = {
    seed: deps.seed ?? loadPublishedSeed(),
    logger: deps.log,
    registrationsPerMinute: deps.registrationsPerMinute,
    ...(deps.storageHealth ? { health: deps.storageHealth } : {}),
  };
  const store: StatsStore = deps.database
    ? await PostgresStatsStore.open({ pool: deps.database, ...common })
    : await openStatsStore({ dataDir: deps.dataDir, ...common });
  const stats: StatsDeps = {
    store,
    registrars: deps.registrars,
    now: deps.now,
    registerLimit: createRegistrationLimiter(deps.registrationsPerMinute, () => deps.now().getTime()),
  };
  return {
    name: 'stats',
    recognizers: [
      createStatsRecognizer({ now: deps.now, ...(deps.findCountries ? { findCountries: deps.findCountries } : {}), ...(deps.readClaim ? { readClaim: deps.readClaim } : {}) }),
    ],
    intents: [
      // The statistics handler re-reads the store each time: a replay in bokmål shows the same figures.
      defineIntent(statsIntentSchema, { namespace: 'stats', replayable: true, handle: (turn, intent) => handleStats(turn, intent, stats) }),
      // A registration form is never replayed: it leads to a change of data.
      defineIntent(registerCaseIntentSchema, { namespace: 'stats', replayable: false, handle: (turn) => handleRegisterRequest(turn, stats) }),
    ],
    cardActions: statsCardActions(stats),
    close: () => store.close(),
  };
}
