import type { Translate } from '../language/i18n';
import type { Lang } from '../language/languages';
import { pick, type LocalizedText } from '../content/localized';
import type { ContactQuery } from './intents';
import type { Directory } from './directory';
import type { EnvoyRoute } from './envoy-routing';
import { isServiceId, type ServiceId } from './service-ids';
import type { Role } from '../understanding/role-reader';
import { cityName } from './city-name';

/** Why a service is on the list: a key in locales/<lng>/contacts.json (`reason.*`) and its parameters. */
export interface ReasonCode {
  readonly key: string;
  readonly country?: string;
  readonly city?: string;
  readonly region?: LocalizedText;
  readonly note?: LocalizedText;
  readonly place?: string;
  /** With key 'whenToUse', 'members', 'owner' or 'forWhom': the service whose sourced "when to use", members or "for whom" text is the reason. */
  readonly serviceId?: ServiceId;
  /** A second reason, said after the first, when one service answers two parts of the question (its members, and that adults may call it). */
  readonly also?: ReasonCode;
}

/** Front-line services that Kompetanseteamet advises in concrete cases (services.json: kompetanseteamet, forWhom). */
const ADVISED_SERVICES: ReadonlySet<ServiceId> = new Set<ServiceId>(['child-welfare', 'police', 'crisis-centres']);

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

export function envoyStep(route: EnvoyRoute & { kind: 'envoy' }, country: string, beforeTravel: boolean): PlanStep {
  const base = { country, city: route.city, ...(route.note ? { note: route.note } : {}) };
  if (beforeTravel) return { serviceId: route.envoyId, reason: { key: 'envoyBeforeTravel', ...base } };
  if (route.level === 'secondary') {
    return { serviceId: route.envoyId, reason: route.region ? { key: 'envoySecondary', ...base, region: route.region } : { key: 'envoySecondaryCountry', ...base } };
  }
  return { serviceId: route.envoyId, reason: { key: route.level === 'operational' ? 'envoyOperational' : 'envoyPrimary', ...base } };
}

/** A professional's own service: the plan never sends them to it ("contact child welfare" to a child-welfare caseworker). */
const OWN_SERVICES: ReadonlyMap<Role, readonly ServiceId[]> = new Map<Role, readonly ServiceId[]>([
  ['child-welfare', ['child-welfare', 'child-welfare-emergency']],
  ['police', ['police', 'police-emergency']],
  ['diversity-adviser', ['diversity-advisers']],
  ['special-envoy', ['special-envoys']],
]);

/**
 * What a role needs first when the message asks for nothing more specific. Every reason restates what the directory
 * already says, with its sources (content/contacts/services.json): Kompetanseteamet advises police, kindergartens,
 * schools, asylum centres, health stations, child welfare, shelters, embassies and UDI in specific cases, and its
 * members include POD and AVdir (bufdir.no/vold/aresrelatert/kompetanseteamet/; 001_e2d92cbbfe31b5d0.txt, 2655);
 * RVTS raises regional competence on the same topics, FGM included (001_e2d92cbbfe31b5d0.txt, 1600); IMDi's expert
 * team mainly trains staff at adult-education centres, refugee services and schools without an adviser
 * (001_e2d92cbbfe31b5d0.txt, 1568); Røde Kors-telefonen talks with anyone worried, anonymously (the action plan's
 * appendix), and with VO-linjen it is a line NAV's users, who are adults, may call themselves; SEIF advises
 * immigrants and refugees on their rights, and VO-linjen takes adults who need to talk about violence in the family
 * (the same appendix, as the directory says). The police's own guidance line is not in the
 * directory, so none is named.
 */
const FIRST_FOR_ROLE: ReadonlyMap<Role, readonly PlanStep[]> = new Map<Role, readonly PlanStep[]>([
  ['child-welfare', [{ serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametCase' } }]],
  ['police', [{ serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametPolice' } }]],
  ['health', [{ serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametHealth' } }, { serviceId: 'rvts', reason: { key: 'rvtsRegional' } }]],
  ['school-health', [{ serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametHealth' } }, { serviceId: 'diversity-advisers', reason: { key: 'advisersGeneric' } }]],
  ['kindergarten', [{ serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametCase' } }]],
  ['reception-centre', [{ serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametCase' } }]],
  [
    'nav',
    [
      { serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametNav' } },
      { serviceId: 'rode-kors-telefonen', reason: { key: 'anonymousFirst' } },
      { serviceId: 'vo-linjen', reason: { key: 'whenToUse', serviceId: 'vo-linjen' } },
    ],
  ],
  ['refugee-services', [{ serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametCase' } }, { serviceId: 'expert-team', reason: { key: 'expertTeamServices' } }]],
  ['adult-education', [{ serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametCase' } }, { serviceId: 'expert-team', reason: { key: 'expertTeamServices' } }]],
  ['diversity-adviser', [{ serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametCase' } }]],
  ['special-envoy', [{ serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametCase' } }]],
  [
    'parent',
    [
      { serviceId: 'rode-kors-telefonen', reason: { key: 'parentRedCross' } },
      { serviceId: 'diversity-advisers', reason: { key: 'advisersParents' } },
      { serviceId: 'seif', reason: { key: 'whenToUse', serviceId: 'seif' } },
      { serviceId: 'vo-linjen', reason: { key: 'whenToUse', serviceId: 'vo-linjen' } },
    ],
  ],
]);

/**
 * Services with no diversity adviser of their own to turn to (the advisers are at upper- and some lower-secondary
 * schools and some adult-education centres, 000_9bfa3949974afa9c.txt 382-383; none at kindergartens).
 */
const AWAY_FROM_SCHOOL: ReadonlySet<Role> = new Set<Role>(['child-welfare', 'police', 'health', 'nav', 'refugee-services', 'reception-centre', 'kindergarten', 'special-envoy']);

/**
 * Moves `lines` (less the asker's own services) to the front of `steps`, or right after the service `after` when it is
 * in the plan, and drops their earlier places: the lines a message asks for, in the order they are said of.
 */
function placeLines(steps: PlanStep[], lines: readonly PlanStep[], own: readonly ServiceId[], after?: ServiceId): void {
  const rest = steps.filter((s) => !lines.some((l) => l.serviceId === s.serviceId));
  const at = after === undefined ? 0 : rest.findIndex((s) => s.serviceId === after) + 1;
  steps.splice(0, steps.length, ...rest.slice(0, at), ...lines.filter((l) => !own.includes(l.serviceId)), ...rest.slice(at));
}

/** The lines a person calls themselves (a service named that is one of them is the line asked for). */
const LINES: ReadonlySet<ServiceId> = new Set<ServiceId>(['alarmtelefonen', 'rode-kors-telefonen', 'vo-linjen', 'ung-no', 'seif']);

/**
 * The services a parent names as the ones they fear to go to ("without child welfare getting involved", "I am afraid
 * barnevernet will take her"): named, not asked for, so the lines for parents still follow them.
 */
const PARENT_FEARED: ReadonlySet<ServiceId> = new Set<ServiceId>(['child-welfare', 'child-welfare-emergency', 'police', 'police-emergency']);

/**
 * Which services to contact, in order, and why. Pure: the same question always gives the same list.
 *  - A young person writing about themselves: Alarmtelefonen (116 111), Røde Kors-telefonen, ung.no first.
 *  - A named service comes first ("telefonnummer til Kompetanseteamet"); then, when the asker wants to stay anonymous,
 *    Røde Kors-telefonen.
 *  - Someone abroad: the envoy covering the country (operational, then primary, then secondary
 *    responsibility), UD's operations centre, Kompetanseteamet. No envoy: UD and Kompetanseteamet.
 *  - Before a journey: Kompetanseteamet first, then the envoy for advice.
 *  - A school, municipality or county: the diversity advisers, then IMDi's expert team.
 *  - A child in a case: the municipal child welfare service is added.
 *  - Whom a young person can call ("who can my daughter talk to?"): the lines for young people first, said of them;
 *    a grown-up other than the asker ("a number she can call herself"): Røde Kors-telefonen, VO-linjen, Kompetanseteamet.
 *  - A professional who says who they are (`askerRole`): never their own service, and with nothing more specific,
 *    what their role needs first (Kompetanseteamet's advice in a concrete case; RVTS for health staff; IMDi's expert
 *    team for refugee services and adult education; for a parent Røde Kors-telefonen, the school's diversity adviser
 *    (the advisers also work with parents, most at lower-secondary schools: 001_e2d92cbbfe31b5d0.txt, 1552), SEIF and
 *    VO-linjen, the advice lines the action plan's appendix names for families), then the overview.
 *  - Nothing specific: an overview (Kompetanseteamet, diversity advisers, special envoys, UD, Røde Kors-telefonen, 112).
 */
export function planSteps(query: ContactQuery, directory: Directory): PlanStep[] {
  const steps: PlanStep[] = [];
  // A young person writing about themselves is answered as one, whatever role words the message has.
  const role = query.youngSelf ? undefined : query.askerRole;
  const own = (role && OWN_SERVICES.get(role)) ?? [];
  const add = (serviceId: ServiceId, reason: ReasonCode) => {
    if (!own.includes(serviceId) && !steps.some((s) => s.serviceId === serviceId)) steps.push({ serviceId, reason });
  };
  // The other services the message names ("VO-linjen og Røde Kors"): asked for as much as the first. When the first
  // is the asker's own workplace ("Работаю в barnevern … не обращаться в полицию"), the others are only mentioned.
  const addAlsoAsked = () => {
    if (asked === undefined) return;
    for (const also of query.alsoServiceIds ?? []) if (isServiceId(also) && !own.includes(also)) add(also, { key: 'asked' });
  };
  const route = query.country ? directory.envoys.route(query.country) : undefined;
  const abroad = query.country !== undefined && route?.kind !== 'norway';
  const named = query.serviceId !== undefined && isServiceId(query.serviceId) ? query.serviceId : undefined;
  // "Jeg jobber i barnevernet" names the asker's own service, not the one they ask for.
  const asked = named !== undefined && !own.includes(named) ? named : undefined;

  // "Whats IMDi's role vs UD, who helps the person abroad?": the envoys, with the split as the reason (IMDi is their
  // professional authority together with UD; UD helps individuals abroad, IMDi coordinates competence-raising in Norway:
  // 001_e2d92cbbfe31b5d0.txt 1558, 000_9bfa3949974afa9c.txt 397-399), then UD's operations centre for a person abroad.
  // An envoy asking ("im an envoy - how is it split?") still gets the envoys' card: the split is its reason.
  if (query.division && !query.youngSelf) {
    steps.push({ serviceId: 'special-envoys', reason: { key: 'envoysDivision' } });
    add('ud-operations-centre', { key: 'udEnvoyContact' });
    return steps;
  }
  // "Who can contact Kompetanseteamet?", "can a kindergarten call them?", "can pupils call them themselves?": who the
  // service is for is the answer (its sourced text: for Kompetanseteamet the services it advises and that people over
  // 18 may contact it themselves, shared/domain.md §12), first, before the case's other
  // services (its members and routing instead, when those are asked).
  // "Who runs ung.no?", "hvem står bak spesialutsendingene?": the service's owner line (services.json `owner`, set only
  // where shared/domain.md says who runs it) is the answer, first. Kompetanseteamet's members answer for it when asked.
  if (asked && query.owner && !query.members && directory.service(asked).owner) add(asked, { key: 'owner', serviceId: asked });
  if (asked && query.whoMayContact && !query.youngSelf && !query.members) add(asked, { key: 'forWhom', serviceId: asked });
  // A young person asking for themselves: the lines for them first (they can call without their parents knowing),
  // then what the rest of the message needs (the envoy for a country, UD); never the services for professionals alone.
  if (query.youngSelf) {
    // A line they named ("can I call Røde Kors-telefonen anonymously?") comes first, said to be anonymous when asked.
    // The adviser at school asked for ("is there someone at school I can tell?") is told as the young person's adviser.
    if (asked) add(asked, asked === 'rode-kors-telefonen' && query.anonymous ? { key: 'anonymousFirst' } : asked === 'diversity-advisers' && query.atSchool ? { key: 'youngAdviser' } : { key: 'asked' });
    addAlsoAsked();
    // A grown-up young writer asking about somewhere to live ("I'm 19 and must move out"): Kompetanseteamet coordinates the
    // housing and support offer for exposed persons over 18, who may contact it themselves (shared/domain.md §12).
    if (query.housing && !query.minor) add('kompetanseteamet', { key: 'kompetanseteametAdultSelf' });
    add('alarmtelefonen', { key: 'youngChildrensLine' });
    // "Is there someone at school I can tell?": the school's diversity adviser, who helps young people exposed to
    // negative social control (domain.md §1; advisers at upper-secondary and some lower-secondary schools). Asked for,
    // it comes right after the children's line, before the lines not asked for (a site asked beside it goes first and
    // the card shows four).
    if (query.atSchool && !abroad) add('diversity-advisers', { key: 'youngAdviser' });
    add('rode-kors-telefonen', { key: 'youngRedCross' });
    add('ung-no', { key: 'youngUngNo' });
  }
  // "Who in Kompetanseteamet represents the police?", "who can advise on the immigration side?": its members, and the
  // coordinator at Bufdir who connects the caller to the best-placed one (the directory's sourced members text).
  // Asked beside whether a grown-up may call it themselves ("who is in the team, and may residents over 18 contact it?"):
  // both, in the one step.
  const adultMayCall = asked === 'kompetanseteamet' && query.adultCaller === true;
  if (query.members && !query.youngSelf) add('kompetanseteamet', { key: 'members', serviceId: 'kompetanseteamet', ...(adultMayCall ? { also: { key: 'kompetanseteametAdultSelf' } } : {}) });
  if (asked === 'special-envoys' && abroad && route?.kind === 'envoy' && query.country) add(route.envoyId, envoyStep(route, query.country, false).reason);
  // Kompetanseteamet asked for by name, by a grown-up who will call or for one ("can she, 19, call them herself?"): that
  // people over 18 may contact it themselves is the answer, and the lines she can call beside it (issue #13, kind 3).
  if (asked === 'kompetanseteamet' && (query.adultCaller || query.housing) && !query.youngSelf) {
    add('kompetanseteamet', { key: 'kompetanseteametAdultSelf' });
    add('rode-kors-telefonen', { key: 'anonymousFirst' });
    add('vo-linjen', { key: 'whenToUse', serviceId: 'vo-linjen' });
  }
  // The children's line asked again by someone over 18 ("and if I'm already 19?"): it is for children and young people,
  // so the lines for grown-ups come first: the anonymous Red Cross line, VO-linjen and Kompetanseteamet, which people
  // over 18 may contact themselves (shared/domain.md §12).
  if (asked === 'alarmtelefonen' && query.adultCaller && !query.youngCaller && !query.youngSelf) {
    add('rode-kors-telefonen', { key: 'anonymousFirst' });
    add('vo-linjen', { key: 'whenToUse', serviceId: 'vo-linjen' });
    add('kompetanseteamet', { key: 'kompetanseteametAdultSelf' });
  }
  // "Can she call them herself? She is 16": people over 18 may contact Kompetanseteamet themselves, and it advises the
  // services around a younger person; someone under 18 has the children's line and the Red Cross line (domain.md §12).
  if (asked === 'kompetanseteamet' && query.youngCaller && !query.adultCaller && !query.youngSelf) {
    add('kompetanseteamet', { key: 'kompetanseteametYoungCaller' });
    add('alarmtelefonen', { key: 'youngCallerChildrensLine' });
    add('rode-kors-telefonen', { key: 'youngCallerRedCross' });
  }
  // "Can I call Kompetanseteamet and discuss a pupil without giving her name?": a professional may discuss a case with it
  // anonymously, as its article says (content/knowledge/articles/service-kompetanseteamet.json, from Bufdir's page on the
  // team, the card's source); the 2008 annual report adds that what it is told is anonymised (002_1038b4cdd0183d6d.txt
  // 999-1003), which speaks of its counts, not of how to call.
  if (asked === 'kompetanseteamet' && query.anonymous && !query.youngSelf && !query.adultCaller) add('kompetanseteamet', { key: 'kompetanseteametAnonymous' });
  // Asked for by name by a role it advises ("we are a kindergarten: can we call Kompetanseteamet?"): say so for the role.
  const forRole = asked && role ? FIRST_FOR_ROLE.get(role)?.find((step) => step.serviceId === asked) : undefined;
  if (asked && forRole) add(asked, forRole.reason);
  // A kindergarten asking for its diversity adviser: there is none (the advisers are at upper- and some lower-secondary
  // schools and some adult-education centres, 000_9bfa3949974afa9c.txt 382-383); Kompetanseteamet advises kindergartens.
  // The same when a kindergarten is what the question asks about ("har barnehager egen mangfoldsrådgiver?").
  if (asked === 'diversity-advisers' && (role === 'kindergarten' || query.institution === 'kindergarten') && !query.place) {
    add('diversity-advisers', { key: 'advisersNotKindergarten' });
    add('kompetanseteamet', { key: 'kompetanseteametCase' });
  }
  // "Are there advisers at adult-education centres too?": some centres have one, a pilot strengthened with two of 2024's
  // six new positions (003_ebbfcc0e49845029.txt 1193-1199); a centre without one has IMDi's expert team (fagteamet).
  if (asked === 'diversity-advisers' && query.institution === 'adult-education' && !query.place) {
    add('diversity-advisers', { key: 'advisersAdultEducation' });
    add('expert-team', { key: 'expertTeamNoAdviser' });
  }
  // "Can I call Røde Kors-telefonen without giving my name?": that it is anonymous is the answer (domain.md §12: 815 55
  // 201, anonymous, weekdays), not "you asked for this service".
  if (asked === 'rode-kors-telefonen' && query.anonymous) add(asked, { key: 'anonymousFirst' });
  // "Barnevernet her: kven gjev råd, og korleis får vi tak i dei?": a front-line service named beside a question of who
  // advises (the recognizer's caseAdvice) gets Kompetanseteamet's advice in concrete cases first, then the service.
  if (query.caseAdvice && asked !== undefined && ADVISED_SERVICES.has(asked) && !query.youngSelf && !query.training) add('kompetanseteamet', { key: 'kompetanseteametCase' });
  // "Where can she sleep tonight?": a safe place now. For a child, the child welfare emergency service (evenings, nights
  // and weekends when a child needs protection) first; the crisis centres (a safe place when home is not safe) for
  // anyone; 112 when it is acute. Each with the directory's own "when to use" (issue #13, third39).
  if (query.shelterTonight && !query.youngSelf && asked === undefined) {
    if (query.minor) add('child-welfare-emergency', { key: 'whenToUse', serviceId: 'child-welfare-emergency' });
    add('crisis-centres', { key: 'whenToUse', serviceId: 'crisis-centres' });
    if (!query.minor) add('child-welfare-emergency', { key: 'whenToUse', serviceId: 'child-welfare-emergency' });
    add('police-emergency', { key: 'whenToUse', serviceId: 'police-emergency' });
  }
  if (asked) add(asked, { key: 'asked' });
  addAlsoAsked();
  // Front-line staff telling of violence or control against a child's parent ("the mother of one of our 4-year-olds has
  // bruises; she says her husband follows her everywhere"): child welfare, whom staff tell when worried for a child
  // (the child lives in that home), the crisis centre, a safe place for the parent, Kompetanseteamet's advice in the case,
  // and 112 when it is acute (content/contacts/services.json, each service's own "when to use"). No envoy or UD unless
  // someone is abroad, and no diversity adviser unless the asker is a school (added below for a school).
  if (query.parentHarmed && asked === undefined && !query.youngSelf && !abroad) {
    // Not child welfare's own "when to use" text: it speaks of school staff, and the asker may be a kindergarten, a
    // health station or NAV (the duty is every public service's: content/knowledge/articles/duty-to-notify.json).
    add('child-welfare', { key: 'childWelfareChildAtHome' });
    add('crisis-centres', { key: 'whenToUse', serviceId: 'crisis-centres' });
    add('kompetanseteamet', { key: 'kompetanseteametCase' });
    add('police-emergency', { key: 'whenToUse', serviceId: 'police-emergency' });
  }
  // "She is 26 and must move out: who helps with a place to live?": Kompetanseteamet coordinates the housing and support
  // offer for exposed persons over 18 (and she may contact it herself); the crisis centres give shelter now.
  if (asked === undefined && query.housing && !query.minor && !query.youngSelf && !query.youngCaller && !query.training) {
    add('kompetanseteamet', { key: 'kompetanseteametAdultSelf' });
    add('crisis-centres', { key: 'whenToUse', serviceId: 'crisis-centres' });
  }
  // "Where can we get training?": IMDi's expert team trains staff; RVTS builds competence in the region (after a service
  // asked for beside it: "how do I find the nearest adviser, and who can hold a course?").
  if (query.training && asked !== 'expert-team') {
    // "Who can we discuss the case with, and who can train our staff?": the case first.
    if (query.caseAdvice) add('kompetanseteamet', { key: 'kompetanseteametCase' });
    add('expert-team', { key: 'expertTeamServices' });
    add('rvts', { key: 'rvtsRegional' });
  }

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
      // "Who covers Iran?" says nothing of where the person is: UD's reason is an "if", never "the person is abroad".
      const stated = query.whereabouts === 'abroad';
      if (route.kind === 'envoy') {
        add(route.envoyId, envoyStep(route, country, false).reason);
        add('ud-operations-centre', { key: stated ? 'udAbroad' : 'udIfAbroad' });
      } else {
        add('ud-operations-centre', { key: 'udNoEnvoy', country });
      }
      add('kompetanseteamet', { key: 'kompetanseteametAbroad' });
    }
  }

  // Nothing specific ("hvem kan jeg kontakte?", the menu's contacts command): an overview of the key services,
  // with the emergency number last (the card also says "call 112" under every list).
  if (steps.length === 0) {
    for (const step of (role && FIRST_FOR_ROLE.get(role)) ?? []) add(step.serviceId, step.reason);
    add('kompetanseteamet', { key: 'kompetanseteametGeneric' });
    // A child in the case told ("a girl of 13 at our reception centre …"): child welfare, whom every public service tells
    // of a child at risk (the duty to notify), right after the advice in the case, not below the overview's services.
    if (query.minor && !query.youngSelf && !query.youngCaller && role !== 'parent') add('child-welfare', { key: 'childWelfareMinor' });
    // "We have no diversity adviser": IMDi's expert team serves schools without one.
    if (query.noAdviser) add('expert-team', { key: 'expertTeamNoAdviser' });
    // The advisers work at schools (and some adult-education centres): a service that is neither (a reception centre,
    // the police, a hospital, NAV, a kindergarten) is not sent to a school's adviser as if it were one, but to RVTS,
    // which builds competence on these topics in the region for every service (its reason says: not for urgent cases).
    else if (role === undefined || !AWAY_FROM_SCHOOL.has(role)) add('diversity-advisers', { key: 'advisersGeneric' });
    else add('rvts', { key: 'rvtsRegional' });
    add('special-envoys', { key: 'whenToUse', serviceId: 'special-envoys' });
    add('ud-operations-centre', { key: 'udEnvoyContact' });
    add('rode-kors-telefonen', { key: 'anonymousFirst' });
    add('police-emergency', { key: 'whenToUse', serviceId: 'police-emergency' });
  }
  if (query.noAdviser && !query.youngSelf) add('expert-team', { key: 'expertTeamNoAdviser' });
  // A child in a case adds child welfare; a child merely mentioned in an adviser lookup ("ungdomsskolen") does not. A
  // school named in a case abroad ("sent to a «school» in Somalia") is no adviser lookup, as above.
  const adviserLookup = asked === 'diversity-advisers' || (asked === undefined && query.place !== undefined && !abroad);
  if (query.minor && !adviserLookup && !query.youngSelf) add('child-welfare', { key: 'childWelfareMinor' });
  // Whom a young person can call ("who can my daughter talk to?"): the lines for young people, said of them, first;
  // then what the asker's role and the rest of the message need.
  if (query.youngCaller && !query.youngSelf && asked === undefined) {
    const lines: PlanStep[] = [
      { serviceId: 'alarmtelefonen', reason: { key: 'youngCallerChildrensLine' } },
      { serviceId: 'rode-kors-telefonen', reason: { key: 'youngCallerRedCross' } },
      { serviceId: 'ung-no', reason: { key: 'youngCallerUngNo' } },
    ];
    placeLines(steps, lines, own);
  }
  // How a grown-up other than the asker can get help ("is there a number she can call herself?"): the anonymous line,
  // the line for violence in close relationships, and Kompetanseteamet, which people over 18 may contact themselves.
  else if (query.adultCaller && !query.youngSelf && asked === undefined) {
    const lines: PlanStep[] = [
      { serviceId: 'rode-kors-telefonen', reason: { key: 'anonymousFirst' } },
      { serviceId: 'vo-linjen', reason: { key: 'whenToUse', serviceId: 'vo-linjen' } },
      { serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametAdultSelf' } },
    ];
    placeLines(steps, lines, own);
  }
  // A helpline asked for: the lines, Alarmtelefonen first for a child, then everything else the message needs.
  else if (query.helpline && !query.youngSelf && asked === undefined) {
    const lines: PlanStep[] = query.minor
      ? [{ serviceId: 'alarmtelefonen', reason: { key: 'youngChildrensLine' } }, { serviceId: 'rode-kors-telefonen', reason: { key: 'anonymousFirst' } }]
      : [{ serviceId: 'rode-kors-telefonen', reason: { key: 'anonymousFirst' } }, { serviceId: 'alarmtelefonen', reason: { key: 'youngChildrensLine' } }];
    placeLines(steps, lines, own);
  }
  // "Kompetanseteamet's number, and is there a free helpline for women?": a service named beside a line asked for by
  // what it is for gets that line after it (issue #13: two contacts asked at once). For a child, Alarmtelefonen and the
  // anonymous Red Cross line; otherwise the Red Cross line and VO-linjen, the line for violence in close relationships
  // (content/contacts/services.json, as the directory says of each).
  else if (query.helpline && !query.youngSelf && asked !== undefined && !LINES.has(asked)) {
    const lines: PlanStep[] = query.minor
      ? [{ serviceId: 'alarmtelefonen', reason: { key: 'youngChildrensLine' } }, { serviceId: 'rode-kors-telefonen', reason: { key: 'anonymousFirst' } }]
      : [{ serviceId: 'rode-kors-telefonen', reason: { key: 'anonymousFirst' } }, { serviceId: 'vo-linjen', reason: { key: 'whenToUse', serviceId: 'vo-linjen' } }];
    placeLines(steps, lines, own, asked);
  }
  // School staff with a case (a pupil to be taken abroad, a pupil under control): beside the plan for the case, the
  // school's diversity adviser, who follows up pupils and advises staff (domain.md §1), where the school has one.
  if (role === 'school' && asked === undefined && steps.length > 0 && !query.training) add('diversity-advisers', { key: 'advisersGeneric' });
  // A parent asking for help as a parent (issue #13 point 7: answer for the asker's role), whatever else the story names
  // (the family's country of origin, the child's age, the child welfare service they fear to ask): the advice lines for
  // parents, as when nothing more specific is asked. Before the rest when no one is said to be abroad or about to go;
  // after the envoy, UD and Kompetanseteamet when someone is. A line or a service the parent named keeps its place first.
  // Someone at the child's school asked for ("does anyone at school talk with parents about this?") keeps its place
  // first, with the lines for parents beside it.
  if (role === 'parent' && !query.youngCaller && (asked === undefined || PARENT_FEARED.has(asked) || (asked === 'diversity-advisers' && query.atSchool === true))) {
    const forParents = FIRST_FOR_ROLE.get('parent') ?? [];
    const someoneAbroad = abroad && (query.whereabouts === 'abroad' || query.whereabouts === 'travelling-soon');
    if (someoneAbroad) for (const step of forParents) add(step.serviceId, step.reason);
    else placeLines(steps, forParents, own, asked);
  }
  // "A number for children, and where can we as staff get advice?": a line for the person and advice for the staff
  // asked together; Kompetanseteamet advises services in concrete cases (content/contacts/services.json).
  if (query.caseAdvice && !query.training && !query.youngSelf && (query.helpline || query.youngCaller || query.adultCaller || query.anonymous || (asked !== undefined && LINES.has(asked)))) {
    add('kompetanseteamet', { key: 'kompetanseteametCase' });
  }
  // "What should I do as her teacher, and is there a number she can call herself?", "give me advice, and a line my client
  // (24) can call": a professional's own need beside another person's line. The lines answer hers; Kompetanseteamet,
  // which advises services in concrete cases (services.json: kompetanseteamet, forWhom), answers the asker's, right after
  // the lines so it is in view (issue #13, third39). Not for a parent (the lines for parents answer them).
  const professional = role !== undefined && role !== 'parent' && !own.includes('kompetanseteamet');
  // Already on the list for the role, further down, it moves up with that reason; said as the line a grown-up may call
  // herself ("a line my client can call"), it already answers both and stays.
  const placed = steps.findIndex((s) => s.serviceId === 'kompetanseteamet');
  if (query.ownAdvice && professional && !query.training && !query.youngSelf && (query.youngCaller || query.adultCaller || query.helpline) && steps[placed]?.reason.key !== 'kompetanseteametAdultSelf') {
    if (placed >= 0) steps.splice(placed, 1);
    const lineCount = steps.filter((s) => LINES.has(s.serviceId)).length;
    steps.splice(Math.min(lineCount, 2), 0, { serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametCase' } });
  }
  // "Who can she talk to at school, and is there a number for young people?": beside the lines, the school's diversity
  // adviser, who works with pupils and parents (001_e2d92cbbfe31b5d0.txt, 1552); never for a kindergarten (it has none).
  // Asked beside an anonymous line too ("whom do I go to at school, and can I call somewhere anonymously?"), and when the
  // case is a journey to come rather than a person abroad now ("her parents will take her to Iraq this summer"): the
  // adviser is at the school she still goes to.
  const notAbroadNow = !abroad || query.whereabouts !== 'abroad';
  if (query.atSchool && !query.youngSelf && role !== 'kindergarten' && notAbroadNow && (query.helpline || query.youngCaller || query.anonymous || (asked !== undefined && LINES.has(asked)))) {
    add('diversity-advisers', { key: 'advisersGeneric' });
  }
  // "Who can we get advice from, and is there a website she can read herself?": beside the advice, the sites the
  // directory names for young people (Nora: to read on their own, about their rights and whom to contact; ung.no: to ask
  // anonymously); not beside another service's own site asked for ("Kompetanseteamet's website").
  // The diversity advisers have no site of their own: a site asked beside them is the one for young people (ung.no is
  // also where the advisers answer young people's questions).
  // A site asked for the learners of an adult-education centre ("where can our students read …") is theirs to read too.
  // A helpline asked for by name has a chat, not a site to read: a site asked beside it ("the number of Røde
  // Kors-telefonen and a website for young people") is the one for young people too.
  if (query.website && (asked === undefined || asked === 'diversity-advisers' || LINES.has(asked) || query.minor || query.adultLearners || query.youngCaller || query.youngSelf)) {
    const sites: PlanStep[] = [
      { serviceId: 'nora', reason: { key: 'whenToUse', serviceId: 'nora' } },
      { serviceId: 'ung-no', reason: { key: 'whenToUse', serviceId: 'ung-no' } },
    ];
    // With a role or a case the advice for the asker stays first; a site asked on its own is the answer itself.
    const first = role !== undefined || query.minor || query.caseAdvice ? steps.find((s) => !sites.some((site) => site.serviceId === s.serviceId)) : undefined;
    placeLines(steps, sites, own, first?.serviceId);
  }
  // "I want to help others in the same situation, as a volunteer": the voluntary organisations in the directory (SEIF
  // advises immigrants and refugees on their rights; Røde Kors-telefonen is the Red Cross's line), first when nothing
  // else was asked by name.
  if (query.volunteer && !query.youngSelf) {
    const organisations: PlanStep[] = [
      { serviceId: 'seif', reason: { key: 'whenToUse', serviceId: 'seif' } },
      { serviceId: 'rode-kors-telefonen', reason: { key: 'anonymousFirst' } },
    ];
    placeLines(steps, organisations, own, asked);
  }
  // "Is there an organisation for immigrant parents?": SEIF, the directory's organisation that advises immigrants and
  // refugees on their rights, after a service named and after the advice for a professional asking.
  if (query.immigrantOrganisation && !query.volunteer && !query.youngSelf && !query.training) {
    const first = role !== undefined && role !== 'parent' ? steps.find((s) => s.serviceId !== 'seif') : undefined;
    placeLines(steps, [{ serviceId: 'seif', reason: { key: 'whenToUse', serviceId: 'seif' } }], own, asked ?? first?.serviceId);
  }
  // "Who can I talk to without giving my name?": the anonymous line first (after a service the asker named), and
  // everything else the message needs after it.
  // "Я полицейский … можно ли проконсультироваться анонимно?": a professional asking to discuss a case without names
  // may do so with Kompetanseteamet (its article, from Bufdir's page on the team), which advises the services in
  // concrete cases; it comes before the Red Cross line, which talks with anyone worried.
  const professionalAnonymous =
    query.anonymous === true && role !== undefined && role !== 'parent' && !query.youngCaller && !query.adultCaller && !query.helpline && !query.training && !own.includes('kompetanseteamet');
  if (query.anonymous && !own.includes('rode-kors-telefonen')) {
    const at = steps.findIndex((s) => s.serviceId === 'rode-kors-telefonen');
    if (at >= 0) steps.splice(at, 1);
    let first = asked !== undefined && steps[0]?.serviceId === asked ? 1 : 0;
    if (professionalAnonymous) {
      const team = steps.findIndex((s) => s.serviceId === 'kompetanseteamet');
      if (team >= 0) steps.splice(team, 1);
      steps.splice(first, 0, { serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametAnonymous' } });
      first += 1;
    }
    steps.splice(first, 0, { serviceId: 'rode-kors-telefonen', reason: { key: 'anonymousFirst' } });
  }
  // "Where can the 13-year-old talk without giving her name, and whom can her mother ask for advice?": a child in the
  // case beside the anonymous line for grown-ups (asked anonymously, or for a grown-up's own line) gets her own line
  // too, right after it (issue #13: two people's needs in one answer; Alarmtelefonen is the line for under-18s).
  if (query.minor && (query.anonymous || query.adultCaller) && !query.youngSelf && !query.youngCaller && asked === undefined && !professionalAnonymous && !own.includes('alarmtelefonen')) {
    const redCross = steps.findIndex((s) => s.serviceId === 'rode-kors-telefonen');
    if (redCross >= 0 && !steps.some((s) => s.serviceId === 'alarmtelefonen')) steps.splice(redCross + 1, 0, { serviceId: 'alarmtelefonen', reason: { key: 'youngChildrensLine' } });
  }
  return steps;
}

const ENVOY_SERVICES: ReadonlySet<ServiceId> = new Set<ServiceId>(['special-envoys', 'envoy-amman', 'envoy-ankara', 'envoy-islamabad', 'envoy-nairobi']);

export function isEnvoyService(serviceId: ServiceId): boolean {
  return ENVOY_SERVICES.has(serviceId);
}

/** The contact card's order and what it says above the list. */
export interface CardPlan {
  readonly steps: readonly PlanStep[];
  /** The envoy step that answers "who covers …?", said first when the envoy itself moved down the list. */
  readonly envoyFirstAnswered?: PlanStep;
}

/**
 * The order on the contact card: the one a person can reach now first. The plan above names the service the question
 * is about first (the envoy covering a country: evaluation and triage rely on that); the envoys publish no direct
 * contact, so on the card they follow the services that can reach them (the embassy, UD's operations centre,
 * Kompetanseteamet – the envoy entries' own "where to find" text), and the card says the envoy's answer at the top.
 *  - Someone held abroad: UD's operations centre (24/7) first, then Kompetanseteamet.
 *  - A country named with nothing said of where the person is ("who covers Iran?"): Kompetanseteamet's advice in the
 *    case first (it also advises embassies), then UD "if the person is abroad now".
 */
export function cardPlan(query: ContactQuery, directory: Directory): CardPlan {
  const steps = planSteps(query, directory);
  const firstEnvoy = steps.findIndex((s) => isEnvoyService(s.serviceId));
  // The last of UD and Kompetanseteamet: an envoy listed before it moves behind it (in an overview too, so UD's 24/7
  // line comes before the envoy scheme it is the way to).
  const lastReachable = Math.max(steps.findIndex((s) => s.serviceId === 'ud-operations-centre'), steps.findIndex((s) => s.serviceId === 'kompetanseteamet'));
  // The envoy scheme asked for by name ("what are the special envoys?") is the answer itself and stays first.
  if (firstEnvoy < 0 || lastReachable < firstEnvoy || steps[0]?.serviceId === 'special-envoys') return { steps };
  const envoys = steps.filter((s) => isEnvoyService(s.serviceId));
  const others = steps.filter((s) => !isEnvoyService(s.serviceId));
  const ud = others.findIndex((s) => s.serviceId === 'ud-operations-centre');
  const kt = others.findIndex((s) => s.serviceId === 'kompetanseteamet');
  const country = query.country;
  if (query.whereabouts === undefined && country && ud >= 0 && kt > ud) {
    const [kompetanseteamet] = others.splice(kt, 1);
    if (kompetanseteamet) others.splice(ud, 0, { serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametCountry', country } });
  }
  // The envoys go right after the last of UD and Kompetanseteamet (before Røde Kors-telefonen and 112 in an overview).
  const after = Math.max(others.findIndex((s) => s.serviceId === 'ud-operations-centre'), others.findIndex((s) => s.serviceId === 'kompetanseteamet')) + 1;
  const ordered = [...others.slice(0, after), ...envoys, ...others.slice(after)];
  const answered = steps[firstEnvoy];
  return { steps: ordered, ...(answered && firstEnvoy === 0 && answered.serviceId !== 'special-envoys' ? { envoyFirstAnswered: answered } : {}) };
}

/** Puts a reason into words in the reader's language; `t` is fixed to the contacts namespace or uses 'contacts:' keys. */
export function reasonText(reason: ReasonCode, lng: Lang, t: Translate, directory: Directory): string {
  const first = oneReasonText(reason, lng, t, directory);
  return reason.also ? `${first} ${oneReasonText(reason.also, lng, t, directory)}` : first;
}

/**
 * A city name in Cyrillic with its Latin spelling after it ("в Анкарі (Ankara)"): Ukrainian and Russian sentences
 * decline the name, and a reader looks the embassy up under the name its own pages use (issue #13, dev128).
 */
function withLatinName(name: string, latin: string): string {
  return /\p{Script=Cyrillic}/u.test(name) && !name.includes(latin) ? `${name} (${latin})` : name;
}

function oneReasonText(reason: ReasonCode, lng: Lang, t: Translate, directory: Directory): string {
  const localized = (text: LocalizedText | undefined) => (text ? (pick(text, lng)?.value ?? '') : '');
  if (reason.key === 'whenToUse' && reason.serviceId) return localized(directory.service(reason.serviceId).whenToUse?.text);
  if (reason.key === 'forWhom' && reason.serviceId) return t('contacts:reason.forWhom', { forWhom: localized(directory.service(reason.serviceId).forWhom.text) });
  if (reason.key === 'members' && reason.serviceId) return t('contacts:reason.members', { members: localized(directory.service(reason.serviceId).members?.text) });
  if (reason.key === 'owner' && reason.serviceId) return t('contacts:reason.owner', { owner: localized(directory.service(reason.serviceId).owner?.text) });
  return t(`contacts:reason.${reason.key}`, {
    city: reason.city ? withLatinName(cityName(reason.city, t), reason.city) : '',
    country: reason.country ? directory.countries.name(reason.country, lng) : '',
    region: localized(reason.region),
    note: reason.note ? ` (${localized(reason.note)})` : '',
    place: reason.place ?? '',
  });
}

export interface ContactPlanner {
  planContacts(query: ContactQuery, lng: Lang): PlannedContact[];
  /** The contact card's list (reachable first) and, when an envoy moved down, the envoy's answer to say first. */
  planCard(query: ContactQuery, lng: Lang): { readonly contacts: PlannedContact[]; readonly envoyAnswer?: string };
}

/** `translate(lng)` gives a fixed t for a language, e.g. `(lng) => fixedT(i18n, lng)`. */
export function createContactPlanner(directory: Directory, translate: (lng: Lang) => Translate): ContactPlanner {
  return {
    planContacts(query, lng) {
      const t = translate(lng);
      return planSteps(query, directory).map((step) => ({ serviceId: step.serviceId, reasonKey: step.reason.key, reason: reasonText(step.reason, lng, t, directory) }));
    },
    planCard(query, lng) {
      const t = translate(lng);
      const plan = cardPlan(query, directory);
      // A loop, not `map` with an arrow made in each call (compiled again after its optimized code is dropped).
      const contacts: PlannedContact[] = [];
      for (const step of plan.steps) contacts.push({ serviceId: step.serviceId, reasonKey: step.reason.key, reason: reasonText(step.reason, lng, t, directory) });
      return plan.envoyFirstAnswered ? { contacts, envoyAnswer: reasonText(plan.envoyFirstAnswered.reason, lng, t, directory) } : { contacts };
    },
  };
}
