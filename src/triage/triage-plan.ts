import type { PlannedContact } from '../contacts/plan-contacts';
import type { ServiceId } from '../contacts/service-ids';
import type { Translate } from '../language/i18n';
import { toContactQuery, type Role, type TriageFacts } from './triage-facts';

export interface TriagePlanContact {
  readonly serviceId: ServiceId;
  /** Why, in the reader's language. */
  readonly reason: string;
}

export interface TriagePlan {
  readonly contacts: readonly TriagePlanContact[];
  /** Keys under `triage:prepare.*`. */
  readonly prepare: readonly string[];
  /** Keys under `triage:dont.*`. */
  readonly dont: readonly string[];
  /** Guidance articles to read next (ids). */
  readonly articles: readonly string[];
}

/** Roles whose work the special services advise (Kompetanseteamet's first- and second-line services). */
const PROFESSIONAL: ReadonlySet<Role> = new Set(['school', 'child-welfare', 'police', 'health', 'nav-refugee']);

/**
 * The triage's answer, from its categorical facts. The contacts planner decides the services and their
 * order for the case (envoy for the country, UD, Kompetanseteamet, child welfare for a child); the asker's
 * role then adjusts the list:
 *  - danger now puts the police (112) first;
 *  - a service is not told to contact itself (child welfare, police);
 *  - diversity advisers work in schools, so only school staff get them;
 *  - the anonymous phone lines are for young people and private persons; Kompetanseteamet advises services
 *    and adults at risk, so a young person under 18 is sent to the lines for children instead.
 * What to prepare and what not to do come from the guidance articles (what-school-staff-should-do,
 * involuntary-stay-abroad, duty-to-notify, honour-related-violence, adults-over-18), which cite their sources.
 */
export function planTriage(facts: TriageFacts, planContacts: (query: ReturnType<typeof toContactQuery>) => readonly PlannedContact[], t: Translate): TriagePlan {
  const role = facts.role;
  const professional = role !== undefined && PROFESSIONAL.has(role);
  const away = facts.whereabouts === 'abroad' || facts.whereabouts === 'travelling-soon';
  const query = toContactQuery(facts);

  let contacts: TriagePlanContact[] = [];
  const add = (serviceId: ServiceId, reason: string, at: 'start' | 'end' = 'end') => {
    contacts = contacts.filter((c) => c.serviceId !== serviceId);
    if (at === 'start') contacts.unshift({ serviceId, reason });
    else contacts.push({ serviceId, reason });
  };
  const remove = (...ids: ServiceId[]) => {
    contacts = contacts.filter((c) => !ids.includes(c.serviceId));
  };

  if (away && query.country === undefined) {
    // Abroad, country not known: the operations centre finds the right embassy.
    add('ud-operations-centre', t('contacts:reason.udEnvoyContact'));
    add('kompetanseteamet', t('contacts:reason.kompetanseteametAbroad'));
    if (facts.age === 'minor') add('child-welfare', t('contacts:reason.childWelfareMinor'));
  } else {
    for (const p of planContacts(query)) add(p.serviceId, p.reason);
  }
  if (facts.age === 'unknown') add('child-welfare', t('triage:reason.childWelfareIfMinor'));

  if (role !== 'school') remove('diversity-advisers', 'expert-team');
  if (role === 'child-welfare') remove('child-welfare', 'child-welfare-emergency');
  if (role === 'police') remove('police', 'police-emergency');
  if (professional) remove('rode-kors-telefonen');
  if (role === 'young-person' || role === 'volunteer') {
    if (role === 'volunteer' || facts.age === 'minor') remove('kompetanseteamet');
    if (role === 'young-person' && facts.age === 'minor') add('alarmtelefonen', t('triage:reason.alarmtelefonen'), away ? 'end' : 'start');
    add('rode-kors-telefonen', t('contacts:reason.anonymousFirst'), away ? 'end' : 'start');
  }
  if (facts.danger && role !== 'police') add('police-emergency', t('triage:reason.danger'), 'start');
  if (contacts.length === 0) add('kompetanseteamet', t('contacts:reason.kompetanseteametGeneric'));

  const prepare: string[] = [];
  const dont: string[] = [];
  const articles: string[] = [];
  if (role === 'young-person') {
    prepare.push('youngPersonAnonymous');
    if (away) prepare.push('youngPersonAbroad');
  } else {
    prepare.push('writeDown');
    if (role === 'school') prepare.push('leaders');
    if (professional || role === 'volunteer') prepare.push('assessRisk');
    if (facts.age === 'minor' && role !== 'child-welfare') prepare.push('dutyToNotify');
    if (facts.age === 'unknown') prepare.push('ageUnknown');
    if (facts.age === 'adult') prepare.push('adultDecides');
    if (facts.whereabouts === 'abroad') prepare.push('abroadDetails');
    if (facts.whereabouts === 'travelling-soon') prepare.push('beforeTravel');

    dont.push('confront', 'interpreter', 'mediation');
    if (facts.whereabouts === 'travelling-soon') dont.push('askParents');
    if (facts.whereabouts === 'abroad') dont.push('wait');
    if (facts.age === 'minor' && role !== 'child-welfare') dont.push('tellParents');
    if (role === 'school') dont.push('promise');
  }
  if (role === 'school') articles.push('what-school-staff-should-do');
  if (away) articles.push('involuntary-stay-abroad');
  if (facts.age === 'minor' && role !== 'young-person' && role !== 'child-welfare') articles.push('duty-to-notify');
  if (facts.age === 'adult') articles.push('adults-over-18');
  if (role !== 'young-person') articles.push('interpreters');
  return { contacts, prepare, dont, articles: articles.slice(0, 3) };
}
