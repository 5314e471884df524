import type { Translate } from '../language/i18n';
import type { Lang } from '../language/languages';
import { pick, type LocalizedText } from '../content/localized';
import type { ContactQuery } from './intents';
import type { Directory } from './directory';
import type { EnvoyRoute } from './envoy-routing';
import { isServiceId, type ServiceId } from './service-ids';

/** Why a service is on the list: a key in locales/<lng>/contacts.json (`reason.*`) and its parameters. */
export interface ReasonCode {
  readonly key: string;
  readonly country?: string;
  readonly city?: string;
  readonly region?: LocalizedText;
  readonly note?: LocalizedText;
  readonly place?: string;
  /** With key 'whenToUse': the service whose sourced "when to use" text is the reason. */
  readonly serviceId?: ServiceId;
}

export interface PlanStep {
  readonly serviceId: ServiceId;
  readonly reason: ReasonCode;
}

export interface PlannedContact {
  readonly serviceId: ServiceId;
  /** Why this service, in the reader's language. */
  readonly reason: string;
  /** The untranslated reason, for tests, evaluation and analytics. */
  readonly reasonKey: string;
}

function envoyStep(route: EnvoyRoute & { kind: 'envoy' }, country: string, beforeTravel: boolean): PlanStep {
  const base = { country, city: route.city, ...(route.note ? { note: route.note } : {}) };
  if (beforeTravel) return { serviceId: route.envoyId, reason: { key: 'envoyBeforeTravel', ...base } };
  if (route.level === 'secondary') {
    return { serviceId: route.envoyId, reason: route.region ? { key: 'envoySecondary', ...base, region: route.region } : { key: 'envoySecondaryCountry', ...base } };
  }
  return { serviceId: route.envoyId, reason: { key: route.level === 'operational' ? 'envoyOperational' : 'envoyPrimary', ...base } };
}

/**
 * Which services to contact, in order, and why. Pure: the same question always gives the same list.
 *  - A young person writing about themselves: Alarmtelefonen (116 111), Røde Kors-telefonen, ung.no first.
 *  - A named service comes first ("telefonnummer til Kompetanseteamet").
 *  - Someone abroad: the envoy covering the country (operational, then primary, then secondary
 *    responsibility), UD's operations centre, Kompetanseteamet. No envoy: UD and Kompetanseteamet.
 *  - Before a journey: Kompetanseteamet first, then the envoy for advice.
 *  - A school, municipality or county: the diversity advisers, then IMDi's expert team.
 *  - A child in a case: the municipal child welfare service is added.
 *  - Nothing specific: an overview (Kompetanseteamet, diversity advisers, special envoys, UD, Røde Kors-telefonen, 112).
 */
export function planSteps(query: ContactQuery, directory: Directory): PlanStep[] {
  const steps: PlanStep[] = [];
  const add = (serviceId: ServiceId, reason: ReasonCode) => {
    if (!steps.some((s) => s.serviceId === serviceId)) steps.push({ serviceId, reason });
  };
  const route = query.country ? directory.envoys.route(query.country) : undefined;
  const abroad = query.country !== undefined && route?.kind !== 'norway';
  const asked = query.serviceId !== undefined && isServiceId(query.serviceId) ? query.serviceId : undefined;

  // A young person asking for themselves: the lines for them first (they can call without their parents knowing),
  // then what the rest of the message needs (the envoy for a country, UD); never the services for professionals alone.
  if (query.youngSelf) {
    // A line they named ("can I call Røde Kors-telefonen anonymously?") comes first.
    if (asked) add(asked, { key: 'asked' });
    add('alarmtelefonen', { key: 'youngChildrensLine' });
    add('rode-kors-telefonen', { key: 'youngRedCross' });
    add('ung-no', { key: 'youngUngNo' });
  }
  if (asked === 'special-envoys' && abroad && route?.kind === 'envoy' && query.country) add(route.envoyId, envoyStep(route, query.country, false).reason);
  if (asked) add(asked, { key: 'asked' });
  // A school named in a message about someone abroad ("sendt på koranskole i Djibouti") is not an adviser lookup.
  if (asked === 'diversity-advisers' || (asked === undefined && query.place && !abroad)) {
    add('diversity-advisers', query.place ? { key: 'advisersPlace', place: query.place } : { key: 'advisersGeneric' });
    add('expert-team', { key: 'expertTeamNoAdviser' });
  }
  if (asked !== undefined && (asked === 'special-envoys' || asked.startsWith('envoy-')) && !abroad) {
    add('ud-operations-centre', { key: 'udEnvoyContact' });
    add('kompetanseteamet', { key: 'kompetanseteametAbroad' });
  }

  if (abroad && query.country && route) {
    const country = query.country;
    if (query.whereabouts === 'travelling-soon') {
      add('kompetanseteamet', { key: 'kompetanseteametBefore' });
      if (route.kind === 'envoy') add(route.envoyId, envoyStep(route, country, true).reason);
    } else {
      if (route.kind === 'envoy') {
        add(route.envoyId, envoyStep(route, country, false).reason);
        add('ud-operations-centre', { key: 'udAbroad' });
      } else {
        add('ud-operations-centre', { key: 'udNoEnvoy', country });
      }
      add('kompetanseteamet', { key: 'kompetanseteametAbroad' });
    }
  }

  // Nothing specific ("hvem kan jeg kontakte?", the menu's contacts command): an overview of the key services,
  // with the emergency number last (the card also says "call 112" under every list).
  if (steps.length === 0) {
    add('kompetanseteamet', { key: 'kompetanseteametGeneric' });
    add('diversity-advisers', { key: 'advisersGeneric' });
    add('special-envoys', { key: 'whenToUse', serviceId: 'special-envoys' });
    add('ud-operations-centre', { key: 'udEnvoyContact' });
    add('rode-kors-telefonen', { key: 'anonymousFirst' });
    add('police-emergency', { key: 'whenToUse', serviceId: 'police-emergency' });
  }
  // A child in a case adds child welfare; a child merely mentioned in an adviser lookup ("ungdomsskolen") does not.
  const adviserLookup = asked === 'diversity-advisers' || (asked === undefined && query.place !== undefined);
  if (query.minor && !adviserLookup && !query.youngSelf) add('child-welfare', { key: 'childWelfareMinor' });
  return steps;
}

/** Puts a reason into words in the reader's language; `t` is fixed to the contacts namespace or uses 'contacts:' keys. */
export function reasonText(reason: ReasonCode, lng: Lang, t: Translate, directory: Directory): string {
  const localized = (text: LocalizedText | undefined) => (text ? (pick(text, lng)?.value ?? '') : '');
  if (reason.key === 'whenToUse' && reason.serviceId) return localized(directory.service(reason.serviceId).whenToUse?.text);
  return t(`contacts:reason.${reason.key}`, {
    city: reason.city ?? '',
    country: reason.country ? directory.countries.name(reason.country, lng) : '',
    region: localized(reason.region),
    note: reason.note ? ` (${localized(reason.note)})` : '',
    place: reason.place ?? '',
  });
}

export interface ContactPlanner {
  planContacts(query: ContactQuery, lng: Lang): PlannedContact[];
}

/** `translate(lng)` gives a fixed t for a language, e.g. `(lng) => fixedT(i18n, lng)`. */
export function createContactPlanner(directory: Directory, translate: (lng: Lang) => Translate): ContactPlanner {
  return {
    planContacts(query, lng) {
      const t = translate(lng);
      return planSteps(query, directory).map((step) => ({ serviceId: step.serviceId, reasonKey: step.reason.key, reason: reasonText(step.reason, lng, t, directory) }));
    },
  };
}
