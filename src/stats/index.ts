/**
 * Statistics: published figures (content/stats/published.json) and registered cases, answered in plain language
 * through disclosure control, and case registration for configured registrars.
 *
 * Inside: store/ (the case store and the published figures), answers/ (reading a question, the answer, its card),
 * registration/ (the form, registrars, limits), disclosure/ (small-cell protection and the export).
 * src/features.ts wires it with `createStatsFeature(deps)`.
 */
export { createStatsFeature, type StatsFeatureDeps } from './stats-feature';
export { statsIntentSchemas, type StatsIntent, type StatsQuery } from './intents';export { answerStats, type RegisteredSummary, type StatsAnswer } from './answers/answer-stats';
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
