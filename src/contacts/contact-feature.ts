import { MessageFactory } from 'botbuilder';
import { z } from 'zod';
import { cardAction } from '../kit/card-action';
import type { Turn } from '../kit/turn';
import { toAttachment, type AdaptiveCard } from '../cards/card-kit';
import { contactCard, SHOW_CONTACT_VERB, type AdviserSection } from './contact-card';
import type { Translate } from '../language/i18n';
import type { Lang } from '../language/languages';
import { contactIntentSchema, type ContactIntent, type ContactQuery } from './intents';
import { defineIntent, type Feature } from '../kit/feature';
import { loadAdviserDirectory, type AdviserDirectory } from './adviser-directory';
import { createContactRecognizer, type ContactReading } from './contact-recognizer';
import { loadDirectory, type Directory } from './directory';
import { createNorwegianPlaces, type NorwegianPlaces } from './norwegian-places';
import { createContactPlanner, envoyStep, reasonText, type PlannedContact } from './plan-contacts';
import type { AbroadNote } from '../cards/emergency-card';
import { searchDirectory, type DirectorySearchResult } from './search-directory';
import { ENVOY_IDS, isEnvoyId, serviceIdSchema, type ServiceId } from './service-ids';
import { pick } from '../content/localized';
import type { Recognizer } from '../understanding/types';
import { cityName } from './city-name';

export interface ContactFeatureDeps {
  /** `(lng) => fixedT(i18n, lng)`: the planner puts its reasons into words with it. */
  readonly translate: (lng: Lang) => Translate;
  /** DATA_DIR: advisers.json is read from here when the organisation has imported one. */
  readonly dataDir: string;
  /** Swappable for tests; by default read from content/contacts and DATA_DIR. */
  readonly directory?: Directory;
  readonly places?: NorwegianPlaces;
  readonly advisers?: AdviserDirectory;
  /** Whether a service has a guidance article of its own (see ContactRecognizerDeps). */
  readonly hasOwnArticle?: (id: ServiceId) => boolean;
}

/** Contacts as a feature (the contact intent, "show contact" buttons), plus what triage and the message extension use. */
export interface ContactFeature extends Feature {
  readonly recognizer: Recognizer & { read(text: string, lng?: Lang): ContactReading | undefined; namedService(text: string, lng?: Lang): ServiceId | undefined; siteAsked(text: string, lng?: Lang): ContactQuery | undefined; asksAnonymity(text: string): boolean; asksMembers(text: string): boolean; saysAbroad(text: string): boolean; saysMinor(text: string): boolean; saysAdult(text: string): boolean; saysOwnAdultAge(text: string): boolean; saysGrownUpLife(text: string): boolean; namesHelpline(text: string): boolean; namesEmbassy(text: string): boolean; asksAtSchool(text: string): boolean; adultAsksHousing(text: string): boolean; saysAtSchool(text: string): boolean; saysNotUrgent(text: string): boolean; countryOf(text: string, lng?: Lang): string | undefined; originCountriesOf(text: string, lng?: Lang): readonly string[]; regionOf(text: string, lng?: Lang): string | undefined };
  readonly directory: Directory;
  readonly advisers: AdviserDirectory;
  /** Which services to contact, in order, each with a reason in `lng`. */
  planContacts(query: ContactQuery, lng: Lang): PlannedContact[];
  /** For the message extension: services (and advisers) matching what the user types. */
  searchDirectory(text: string, lng: Lang): DirectorySearchResult;
  /** The card for a query, for other features (triage) that decide the query themselves. */
  contactCardFor(query: ContactQuery, lng: Lang, t: Translate): AdaptiveCard;
  /**
   * The envoy who covers the country abroad a message names, in one sentence with its sources, for the emergency
   * numbers of a case there; undefined when it names none, or one no envoy covers (the Ministry's line is then all).
   */
  /**
   * The envoy who covers the country the message names, or else `caseCountry` (the case's country kept by the
   * conversation, or the one an answer doubted is about); no text when the message names no country of the case.
   */
  /** `journeyAbroad`: the message tells of a journey or stay abroad; with no country named, every post is listed. */
  envoyNote(text: string | undefined, lng: Lang, caseCountry?: string, journeyAbroad?: boolean): AbroadNote | undefined;
  /** The card for one service in full, e.g. from an article's "contact" button. */
  serviceCard(serviceId: ServiceId, lng: Lang, t: Translate): AdaptiveCard;
  handleContact(turn: Turn, intent: ContactIntent): Promise<void>;
}

export const showContactSchema = z.object({ serviceId: serviceIdSchema }).strict();

const listFormats = new Map<Lang, Intl.ListFormat>();
/** "Tyrkia og Iran": the language's own "and" (English where Node's ICU lacks the language). */
function listOf(items: readonly string[], lng: Lang): string {
  let format = listFormats.get(lng);
  if (!format) {
    const locale = [lng === 'nn' ? 'nn' : lng, 'en'].find((l) => Intl.ListFormat.supportedLocalesOf([l]).length > 0) ?? 'en';
    listFormats.set(lng, (format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
  }
  return format.format(items);
}

export function createContactFeature(deps: ContactFeatureDeps): ContactFeature {
  const directory = deps.directory ?? loadDirectory();
  const places = deps.places ?? createNorwegianPlaces();
  const advisers = deps.advisers ?? loadAdviserDirectory(deps.dataDir, places);
  const recognizer = createContactRecognizer({ directory, places, advisers, ...(deps.hasOwnArticle ? { hasOwnArticle: deps.hasOwnArticle } : {}) });
  const planner = createContactPlanner(directory, deps.translate);

  const adviserSection = (query: ContactQuery, plan: readonly PlannedContact[]): AdviserSection | undefined => {
    if (!plan.some((p) => p.serviceId === 'diversity-advisers')) return undefined;
    if (!query.place && query.serviceId !== 'diversity-advisers') return undefined;
    return {
      ...(query.place ? { place: query.place } : {}),
      lookup: query.place ? advisers.lookup(query.place) : { kind: 'none' },
      directorySize: advisers.size,
      ...(advisers.importedAt ? { importedAt: advisers.importedAt } : {}),
    };
  };

  /**
   * "Er du sikker? Jeg trodde det var Ankara" after Iran → Amman: what the other post is. Ankara covered Iran in the
   * 2008 table; today Amman does. A post that never covered the country: what it covers today.
   */
  const doubtNote = (query: ContactQuery, lng: Lang, t: Translate): string | undefined => {
    const doubted = query.doubtedPost;
    if (!doubted || !query.country) return undefined;
    const route = directory.envoys.route(query.country);
    if (route.kind !== 'envoy' || route.envoyId === doubted) return undefined;
    const covered = [...directory.envoys.coverage()].filter(([, r]) => r.envoyId === doubted);
    const city = covered[0]?.[1].city;
    if (!city) return undefined;
    const names = (codes: readonly string[]) => listOf(codes.map((c) => directory.countries.name(c, lng)), lng);
    const country = directory.countries.name(query.country, lng);
    const in2008 = directory.envoys.coveredIn2008(city);
    if (in2008?.includes(query.country) && query.historyAsked === true) return t('contacts:card.history2008', { city: cityName(city, t), countries: names(in2008), country, current: cityName(route.city, t) });
    if (in2008?.includes(query.country)) return t('contacts:card.doubt2008', { city: cityName(city, t), countries: names(in2008), country, current: cityName(route.city, t) });
    const today = covered.filter(([, r]) => r.level !== 'secondary').map(([code]) => code);
    return t('contacts:card.doubtToday', { city: cityName(city, t), countries: names(today), country, current: cityName(route.city, t) });
  };

  /**
   * "Which countries does the envoy in Ankara cover?", "who covers Kenya?": the whole of that post's responsibility
   * (operational, guidance, further advice), not only the one country. Not when the person is somewhere now (held
   * abroad, in Norway): then the card is about whom to call for them.
   */
  const postCoverage = (query: ContactQuery, lng: Lang, t: Translate): string | undefined => {
    if (query.whereabouts !== undefined || (query.doubtedPost !== undefined && query.doubtedPostCoverage !== true)) return undefined;
    const route = query.country ? directory.envoys.route(query.country) : undefined;
    const named = query.doubtedPostCoverage === true ? query.doubtedPost : isEnvoyId(query.serviceId) ? query.serviceId : undefined;
    const envoyId = named ?? (route?.kind === 'envoy' && (query.serviceId === undefined || query.serviceId === 'special-envoys') ? route.envoyId : undefined);
    const post = envoyId ? directory.envoys.post(envoyId) : undefined;
    if (!post) return undefined;
    const country = (c: { readonly code: string; readonly note?: Partial<Record<Lang, string>> }) => {
      const note = c.note ? pick(c.note, lng)?.value : undefined;
      return `${directory.countries.name(c.code, lng)}${note ? ` (${note})` : ''}`;
    };
    const secondary = [...post.secondaryCountries.map((c) => directory.countries.name(c, lng)), ...post.secondaryRegions.flatMap((r) => pick(r, lng)?.value ?? [])];
    // Asked about a country, the post's main countries; asked about the post, also where it advises further (when the
    // table names anywhere: the sentence never ends on an empty list).
    return t(named && secondary.length > 0 ? 'contacts:card.postCovers' : 'contacts:card.postCoversMain', {
      city: cityName(post.city, t),
      operational: listOf(post.operational.map(country), lng),
      primary: listOf(post.primary.map(country), lng),
      secondary: listOf(secondary, lng),
    });
  };

  /**
   * "Who covers Kurdistan?": the area lies in several countries whose envoys differ, so each post says which of them it
   * covers (from the envoys table, domain.md §12), and the card asks which country it is. Never one country guessed.
   */
  const regionNote = (query: ContactQuery, lng: Lang, t: Translate): string | undefined => {
    const region = query.region && !query.country ? directory.envoys.spanning.get(query.region) : undefined;
    if (!region) return undefined;
    const inRegion = new Set(region.countries);
    const posts = ENVOY_IDS.flatMap((id) => {
      const post = directory.envoys.post(id);
      if (!post) return [];
      const names = (codes: readonly { readonly code: string }[]) => codes.filter((c) => inRegion.has(c.code)).map((c) => directory.countries.name(c.code, lng));
      const operational = names(post.operational);
      const primary = names(post.primary);
      const city = cityName(post.city, t);
      if (operational.length > 0 && primary.length > 0) return [t('contacts:card.postCoversMain', { city, operational: listOf(operational, lng), primary: listOf(primary, lng) })];
      if (operational.length > 0) return [t('contacts:card.postOperational', { city, operational: listOf(operational, lng) })];
      if (primary.length > 0) return [t('contacts:card.postGuides', { city, primary: listOf(primary, lng) })];
      return [];
    });
    const name = pick(region.name, lng)?.value ?? query.region;
    return t('contacts:card.regionSpans', { region: name, countries: listOf(region.countries.map((c) => directory.countries.name(c, lng)), lng), posts: posts.join(' ') });
  };

  const contactCardFor = (query: ContactQuery, lng: Lang, t: Translate): AdaptiveCard => {
    const { contacts: plan, envoyAnswer } = planner.planCard(query, lng);
    const section = adviserSection(query, plan);
    const doubt = doubtNote(query, lng, t);
    const region = regionNote(query, lng, t);
    const coverage = region ?? postCoverage(query, lng, t);
    const regionSources = region && query.region ? directory.envoys.spanning.get(query.region)?.sourceList : undefined;
    return contactCard(lng, t, {
      ...(doubt ? { doubt } : {}),
      ...(envoyAnswer ? { envoyAnswer } : {}),
      ...(coverage ? { postCoverage: coverage } : {}),
      ...(regionSources ? { postCoverageSources: regionSources } : {}),
      entries: plan.map((p) => {
        const service = directory.service(p.serviceId);
        // Someone held abroad: UD's 24/7 line stays in view however long the list.
        const keepInView = p.reasonKey === 'udAbroad' || p.reasonKey === 'udNoEnvoy';
        return { service, reason: p.reason, sources: directory.sourcesOf(service), ...(keepInView ? { keepInView } : {}) };
      }),
      ...(section ? { advisers: section } : {}),
      closedPosts: directory.envoys.closedPosts,
    });
  };

  const serviceCard = (serviceId: ServiceId, lng: Lang, t: Translate): AdaptiveCard => {
    const service = directory.service(serviceId);
    return contactCard(lng, t, { entries: [{ service, sources: directory.sourcesOf(service) }], detailed: true, closedPosts: directory.envoys.closedPosts });
  };

  /**
   * A journey abroad told with no country ("to the village this summer", "back home"): every post with the countries it
   * covers (the envoys table, domain.md §12), and which country it is. Never a country guessed from the language.
   */
  const allPostsNote = (lng: Lang): AbroadNote => {
    const t = deps.translate(lng);
    const country = (c: { readonly code: string; readonly note?: Partial<Record<Lang, string>> }) => {
      const note = c.note ? pick(c.note, lng)?.value : undefined;
      return `${directory.countries.name(c.code, lng)}${note ? ` (${note})` : ''}`;
    };
    const posts = ENVOY_IDS.flatMap((id) => {
      const post = directory.envoys.post(id);
      return post ? [t('contacts:card.postCoversMain', { city: cityName(post.city, t), operational: listOf(post.operational.map(country), lng), primary: listOf(post.primary.map(country), lng) })] : [];
    });
    return { text: [...posts, t('contacts:card.whichCountry')].join('\n\n'), sources: ENVOY_IDS.flatMap((id) => directory.sourcesOf(directory.service(id))) };
  };

  const envoyNote = (text: string | undefined, lng: Lang, caseCountry?: string, journeyAbroad = false): AbroadNote | undefined => {
    const country = (text === undefined ? undefined : recognizer.countryOf(text, lng)) ?? caseCountry;
    // "Stuck in Kurdistan": each country's envoy in that area, not every post.
    const region = country === undefined && text !== undefined ? recognizer.regionOf(text, lng) : undefined;
    const spans = region ? directory.envoys.spanning.get(region) : undefined;
    const regionText = region ? regionNote({ region }, lng, deps.translate(lng)) : undefined;
    if (spans && regionText) {
      const posts = ENVOY_IDS.filter((id) => [...(directory.envoys.post(id)?.operational ?? []), ...(directory.envoys.post(id)?.primary ?? [])].some((c) => spans.countries.includes(c.code)));
      return { text: regionText, sources: [...spans.sourceList, ...posts.flatMap((id) => directory.sourcesOf(directory.service(id)))] };
    }
    if (country === undefined && journeyAbroad) return allPostsNote(lng);
    const route = country ? directory.envoys.route(country) : undefined;
    if (!country || route?.kind !== 'envoy') return undefined;
    const envoy = directory.service(route.envoyId);
    return { text: reasonText(envoyStep(route, country, false).reason, lng, deps.translate(lng), directory), sources: directory.sourcesOf(envoy) };
  };

  const send = async (turn: Turn, card: AdaptiveCard) => {
    await turn.context.sendActivity(MessageFactory.attachment(toAttachment(card)));
  };

  const handleContact = async (turn: Turn, intent: ContactIntent) => {
    // Only categorical facts are logged: never the text, the place or a name.
    turn.log.info('contact card', { hasCountry: intent.query.country !== undefined, serviceId: intent.query.serviceId ?? 'none', hasPlace: intent.query.place !== undefined });
    await send(turn, contactCardFor(intent.query, turn.lng, turn.t));
  };

  return {
    name: 'contacts',
    recognizer,
    recognizers: [recognizer],
    intents: [defineIntent(contactIntentSchema, { namespace: 'contacts', replayable: true, handle: handleContact })],
    directory,
    advisers,
    planContacts: (query, lng) => planner.planContacts(query, lng),
    searchDirectory: (text, lng) => searchDirectory({ directory, advisers, read: (t) => recognizer.read(t, lng) }, text, lng),
    contactCardFor,
    envoyNote,
    serviceCard,
    handleContact,
    cardActions: [cardAction(SHOW_CONTACT_VERB, showContactSchema, (turn, data) => send(turn, serviceCard(data.serviceId, turn.lng, turn.t)), { replayable: true })],
  };
}
