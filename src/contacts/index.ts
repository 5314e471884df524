/** The contacts feature: the sourced service directory, envoy routing, diversity advisers and the contact card. */
export { createContactFeature, showContactSchema, type ContactFeature, type ContactFeatureDeps } from './contact-feature';
export { createContactRecognizer, typosIn, type ContactReading, type ContactRecognizerDeps } from './contact-recognizer';
export { createContactPlanner, planSteps, reasonText, type ContactPlanner, type PlannedContact, type PlanStep } from './plan-contacts';
export { searchDirectory, type DirectoryHit, type DirectorySearchResult } from './search-directory';
export { createDirectory, loadDirectory, readEnvoysFile, readServicesFile, type Directory } from './directory';
export { createEnvoyRouter, formerPostOf, type EnvoyRoute, type EnvoyRouter, type Responsibility } from './envoy-routing';
export { createCountryNames, type CountryNames, type CountryMention } from './country-names';
export { createAdviserDirectory, loadAdviserDirectory, schoolKey, type AdviserDirectory, type AdviserLookup } from './adviser-directory';
export { adviserSchema, advisersFileSchema, type Adviser, type AdvisersFile } from './adviser-schema';
// Not the adviser CSV reader: only `npm run import:advisers` reads CSV, and from here it loaded csv-parse at every start.
export { createNorwegianPlaces, type County, type Municipality, type NorwegianPlaces } from './norwegian-places';
export { SERVICE_IDS, ENVOY_IDS, isServiceId, serviceIdSchema, type ServiceId, type EnvoyId } from './service-ids';
export type { Service } from './service-schema';
export { contactCard, serviceDisplayName, SHOW_CONTACT_VERB } from './contact-card';
export { contactIntentSchema, contactIntentSchemas, contactQuerySchema, type ContactIntent, type ContactQuery } from './intents';
