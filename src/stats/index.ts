/**
 * Statistics: published figures (content/stats/published.json), plain-language questions about them,
 * answer cards, and case registration for configured registrars.
 *
 * Wiring (src/app.ts and src/features.ts):
 *   const seed = loadPublishedSeed();
 *   const store = await openStatsStore({ dataDir: env.DATA_DIR, seed });
 *   const registrars = loadRegistrars({ ids: env.REGISTRAR_AAD_IDS, file: env.REGISTRARS_FILE });
 *   const statsDeps: StatsDeps = { store, registrars, now, registerLimit: createRegistrationLimiter(perMinute, () => now().getTime()) };
 *   recognizers: createStatsRecognizer({ now })
 *   handlers: stats: (turn, intent) => handleStats(turn, intent, statsDeps), 'register-case': (turn) => handleRegisterRequest(turn, statsDeps)
 *   cardActions: ...statsCardActions(statsDeps)
 */
export { answerStats, type RegisteredSummary, type StatsAnswer } from './answers/answer-stats';
export { loadPublishedSeed, PUBLISHED_SEED_FILE } from './store/published-seed';
export { publishedFigureSchema, publishedSeedSchema, type PublishedFigure, type PublishedSeed, type ServiceId, type Metric } from './store/published-figure';
export { registeredSummary } from './answers/registered-summary';
export { readRegistrationForm } from './registration/registration-form';
export { loadRegistrars, readRegistrarsFile } from './registration/registrars';
export { createRegistrationLimiter, DEFAULT_REGISTRATIONS_PER_USER_PER_MINUTE } from './registration/registration-limiter';
export { statsQuerySchema, type StatsQueryModel } from './answers/stats-query';
export { createStatsRecognizer, parseStatsQuestion, isRegisterRequest, readStatsSlots } from './answers/stats-recognizer';
export { handleRegisterRequest, handleStats, statsCardActions, type RegistrationLimiter, type StatsDeps } from './stats-handlers';
export { StatsStoreError, UNDO_WINDOW_MS, type StatsStore, type Registrar, type UndoResult } from './store/stats-store';
export { openStatsStore } from './store/lowdb-stats-store';
