/** The triage conversation: "I'm worried about a pupil" → a few questions → who to contact first, what to prepare, what not to do. */
export { createTriageFeature, triageSubmitSchema, type TriageFeature, type TriageFeatureDeps, type TriageSubmit } from './triage-feature';
export { createTriageRecognizer, TRIAGE_SCORE, TRIAGE_SCORE_WHEN_ASKING_WHO } from './triage-recognizer';
export { readFacts, readCommand, type AnswerReaderDeps } from './read-answer';
export { planTriage, type TriagePlan, type TriagePlanContact } from './triage-plan';
export { triagePlanCard, triageQuestionCard, factsSummary, notedFacts, TRIAGE_VERB, TRIAGE_GUIDE_ARTICLE } from './triage-cards';
export { nextStep, mergeFacts, toContactQuery, triageFactsSchema, ROLES, STEPS, WHEREABOUTS, AGES, type TriageFacts, type Role, type Step } from './triage-facts';
export { triageIntentSchemas, type TriageIntent } from './intents';
