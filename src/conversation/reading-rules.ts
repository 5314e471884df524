import type { ContactFeature } from '../contacts/contact-feature';
import { contactIntentSchema, type ContactIntent, type ContactQuery } from '../contacts/intents';
import type { ServiceId } from '../contacts/service-ids';
import { typosIn } from '../contacts/contact-recognizer';
import { articleIntentSchema, suggestIntentSchema, type ArticleIntent, type UnknownIntent } from '../knowledge/intents';
import { normalize } from '../language/text';
import { parseStatsQuestion, readStatsSlots } from '../stats/answers/stats-recognizer';
import { statsIntentSchema } from '../stats/intents';
import type { AskerReading, Duty, Role } from '../understanding/role-reader';
import type { Candidate, IntentBase } from '../understanding/types';
import { readingOfKind } from '../understanding/intent-of-kind';
import type { FollowUpSlots, SlotPartsReader, StatsSlotPart } from './follow-up';
import { ABOUT } from '../understanding/danger-reader';
import { CONCERN_READ, DANGER_READ } from '../understanding/types';

/**
 * How a message's reading is completed with what crosses features: a young person's reading, the asker's role and
 * the duty asked about, and what a follow-up can change. src/features.ts passes these rules to the understanding.
 */

/** Help-seeking readings a young person writing about themselves gets as the children's and young people's lines. */
const YOUNG_WRITER_READS_AS_LINES: ReadonlySet<string> = new Set(['article', 'suggest', 'unknown', 'triage']);

/**
 * A young person writing about their own situation needs the children's and young people's lines, not the services
 * for professionals: a guidance, triage or contact reading becomes a contact question for them (keeping a country
 * or whereabouts the message named). Statistics, commands and registration are left as they are.
 */
export function forYoungWriter(
  intent: IntentBase,
  asksAtSchool = false,
  adultAsksHousing = false,
  serviceOfArticle: (articleId: string) => ServiceId | undefined = () => undefined,
): IntentBase {
  const contact = readingOfKind(contactIntentSchema, 'contact', intent);
  // "I'm 16. What is the Nora site? And is there someone at school …?" read as the article about a service: that
  // service is asked for, and comes first among the lines, as when the contact reading had named it.
  const article = readingOfKind(articleIntentSchema, 'article', intent);
  const service = article ? serviceOfArticle(article.articleId) : undefined;
  // "Is there someone at school I can talk to?" read as an article or nothing sure: the lines, and the school's adviser.
  // "I'm 19 and want to move out: does anyone help with housing?": Kompetanseteamet, which coordinates housing and
  // support for exposed people over 18, beside the lines.
  const atSchool = { ...(asksAtSchool ? { atSchool: true } : {}), ...(adultAsksHousing ? { housing: true } : {}) };
  const lines: ContactIntent | undefined = contact
    ? { kind: 'contact', query: { ...contact.query, ...atSchool, youngSelf: true } }
    : YOUNG_WRITER_READS_AS_LINES.has(intent.kind)
      ? { kind: 'contact', query: { ...(service ? { serviceId: service } : {}), ...atSchool, youngSelf: true } }
      : undefined;
  return lines ?? intent;
}

/** Child welfare, a service for children: a grown-up writer asking whether it must act for them gets the lines adults call (a line asked for by name, even Alarmtelefonen, is still given). */
const CHILDREN_S_SERVICE_IDS: ReadonlySet<string> = new Set(['child-welfare']);

/**
 * A grown-up writing about their own family who says their age ("I'm 24 and my parents…", "mam 22 lata", "мне 25"):
 * what a young writer would get as the children's lines becomes the lines adults call themselves (Røde Kors-telefonen,
 * VO-linjen, Kompetanseteamet, which takes people over 18 directly), keeping a service, country or housing asked.
 * A topic's own article (forced marriage, what negative social control is) stays: it is written for adults too
 * (issue #13, age37), unless the writer calls their own story not acute (`saysCalm`, calm43).
 */
export function forOwnAdult(intent: IntentBase, adultAsksHousing = false, ownStory = true, saysCalm = false): IntentBase {
  const housing = adultAsksHousing ? { housing: true } : {};
  const contact = readingOfKind(contactIntentSchema, 'contact', intent);
  if (contact) {
    const q = contact.query;
    if (q.youngCaller || q.youngSelf || q.askerRole !== undefined) return intent;
    // "I'm 19: can I call them myself, or must the school or child welfare?": the services for children named are not
    // the grown-up's; the lines adults call themselves answer (Kompetanseteamet takes people over 18 directly).
    const { serviceId, ...rest } = q;
    const forChildren = serviceId !== undefined && CHILDREN_S_SERVICE_IDS.has(serviceId);
    const read: ContactIntent = { kind: 'contact', query: { ...(forChildren ? rest : q), ...housing, adultCaller: true } };
    return read;
  }
  // Only a story of one's own (what would be a young writer's) turns an article or nothing sure into the lines.
  if (!ownStory) return intent;
  const article = readingOfKind(articleIntentSchema, 'article', intent);
  // A story its writer calls not acute, with only everyday control told (`saysCalm`, issue #13, calm43), asks for
  // someone to talk to, not a topic's steps written for staff: the lines, as a young writer's calm story gets.
  if (article && !PUPIL_ARTICLES.has(article.articleId) && !saysCalm) return intent;
  if (!article && !YOUNG_WRITER_READS_AS_LINES.has(intent.kind)) return intent;
  const lines: ContactIntent = { kind: 'contact', query: { ...housing, adultCaller: true } };
  return lines;
}

/** Readings that say "I don't know" or offer a choice. */
const NOT_UNDERSTOOD: ReadonlySet<string> = new Set(['suggest', 'unknown']);

/**
 * A concrete case about a person at risk (a pupil who may be married off, a planned cutting) that no feature read
 * surely: the closest topic's article (which names whom to call for advice), or, with no topic at all, a contact
 * question (answered for their role by `forAsker`) – not "did you mean" or "I can't answer that".
 */
export function forConcern(intent: IntentBase): IntentBase {
  if (!NOT_UNDERSTOOD.has(intent.kind)) return intent;
  // The closest topic of a choice is the answer: its card says whom to call for advice in a case.
  const first = readingOfKind(suggestIntentSchema, 'suggest', intent)?.articleIds[0];
  if (first) {
    const article: ArticleIntent = { kind: 'article', articleId: first };
    return article;
  }
  const contact: ContactIntent = { kind: 'contact', query: {} };
  return contact;
}

/**
 * The topic a described case is about, by what the situation reader found in the rules that fired (danger, concern,
 * a case to advise on: `about:<concept>`, src/understanding/danger-reader.ts). The words that tell it are data, in
 * every language (content/understanding/situation/<lng>.json: a cutting said plainly, or as "tahara", "sunna", "be
 * made clean", "purification", "the custom" …); first match wins.
 */
const TOPIC_OF_CASE: readonly { readonly about: readonly string[]; readonly articleId: string }[] = [
  { about: [`${ABOUT}cutting`, `${ABOUT}cuttingPlanned`, `${ABOUT}pastCutting`, `${ABOUT}girlsRite`], articleId: 'fgm' },
];
/** A case about a journey abroad ("she goes to Pakistan for the summer", "kept there", "won't come back"). */
const ABROAD_CASE: readonly string[] = ['trip', 'abroad', 'notBack', 'neverReturn'];
/** Articles a case's topic never replaces: the duties asked about (the asker's duty question decides, see `forAsker`). */
const KEPT_BESIDE_TOPIC: ReadonlySet<string> = new Set(['duty-to-notify', 'duty-to-avert']);

function topicOfCase(signals: ReadonlySet<string>): string | undefined {
  return TOPIC_OF_CASE.find((t) => t.about.some((a) => signals.has(a)))?.articleId;
}

/**
 * A young person's sexual orientation or gender identity named in a question about help or control ("where can a gay
 * 16-year-old get help when the family controls him?"): the article on LGBTQ+ young people, whose steps and lines
 * (the children's lines, ung.no, Nora, Kompetanseteamet, Skeiv verden) come before the contact plan.
 */
const QUEER = 'queer';
const QUEER_ARTICLE = 'lgbtq-young-people';

/**
 * A case whose topic the situation names (a girl to be "made clean" on a summer trip) read as a look-alike article
 * (Nora, forced marriage), a choice or nothing: the topic's article, which says what the law and the duties are and
 * whom to call (issue #13, kind 1). A contact reading stays (see `topicBeside`), and so does a duty article.
 */
export function forSituation(intent: IntentBase, signals: ReadonlySet<string>): IntentBase {
  // A question about LGBTQ+ young people nothing read surely: their article (a reading of another article stays).
  if (signals.has(QUEER) && NOT_UNDERSTOOD.has(intent.kind) && topicOfCase(signals) === undefined) {
    const article: ArticleIntent = { kind: 'article', articleId: QUEER_ARTICLE };
    return article;
  }
  const articleId = topicOfCase(signals);
  if (!articleId) return intent;
  const read = readingOfKind(articleIntentSchema, 'article', intent);
  const replaced = NOT_UNDERSTOOD.has(intent.kind) || (read !== undefined && read.articleId !== articleId && !KEPT_BESIDE_TOPIC.has(read.articleId));
  if (!replaced) return intent;
  const article: ArticleIntent = { kind: 'article', articleId, ...(read?.askerRole ? { askerRole: read.askerRole } : {}) };
  return article;
}

/**
 * The article whose steps come before a contact plan for a case (issue #13, kinds 1 and 2): a cutting described (the
 * FGM article: the law, the duty to notify child welfare, what the health service does), or a "what do I do?" about a
 * person going or kept abroad (the article on involuntary stays abroad: talk with the pupil, act before the journey).
 * For the asker's role (its opening and steps), then the plan says whom to call. Not for a service asked for by name
 * ("Kompetanseteamet's number?"), which is the answer on its own.
 */
export function topicBeside(
  intent: IntentBase,
  signals: ReadonlySet<string>,
  asked: { readonly whatToDo: boolean; readonly role?: Role; readonly dangerTold?: boolean },
): IntentBase | undefined {
  const query = readingOfKind(contactIntentSchema, 'contact', intent)?.query;
  if (!query || query.serviceId !== undefined || query.youngSelf || query.members || query.training) return undefined;
  const described = topicOfCase(signals) ?? (signals.has(QUEER) ? QUEER_ARTICLE : undefined);
  const abroad = query.whereabouts === 'abroad' || query.whereabouts === 'travelling-soon' || ABROAD_CASE.some((c) => signals.has(`${ABOUT}${c}`));
  const role = asked.role ?? query.askerRole;
  // School staff telling of a pupil in danger whose story the contact words read ("she is to be taken home to be
  // married"): what school staff should do (notify child welfare, 112 if acute, Kompetanseteamet's advice) before the
  // contact plan, as `nextStepForStaff` gives it when an article was read. A country named keeps its envoy's plan in
  // view first (the stay-abroad article comes before it when "what do I do?" is asked).
  const named = query.country !== undefined || query.place !== undefined;
  const schoolCase = asked.dangerTold === true && role !== undefined && SCHOOL_STAFF.has(role) && !named && !signals.has('people') ? 'what-school-staff-should-do' : undefined;
  const articleId = described ?? (asked.whatToDo && abroad ? 'involuntary-stay-abroad' : schoolCase);
  if (!articleId) return undefined;
  const article: ArticleIntent = { kind: 'article', articleId, ...(role ? { askerRole: role } : {}) };
  return article;
}

/** Readings an everyday matter outside the domain replaces: a look-alike article, a choice, the triage, a contact card. */
const OUT_OF_SCOPE_REPLACES: ReadonlySet<string> = new Set(['article', 'suggest', 'triage', 'contact']);

/** Out-of-scope rules whose decline stands even over a figures reading that names a service. */
const DECLINED_OVER_FIGURES: ReadonlySet<string> = new Set(['case-register-lookup']);

/**
 * An everyday matter with nothing of the domain in it (a driving licence, one's own passport, tax, a benefit, the
 * weather): the polite "this is outside what I know about", not an article or a service that shares a word with it.
 * Commands are left as they are, and so is a statistics question about one of our services; a figure asked about no
 * service ("how much income tax on a salary of 500 000 kroner?" reads as an amount in kroner) is a look-alike too.
 */
export function forOutOfScope(intent: IntentBase, seeAlso?: string, fired: readonly string[] = []): IntentBase {
  // "How do I book an interpreter through the portal?": declined, with the article on using interpreters offered.
  const unknown: UnknownIntent = { kind: 'unknown', ...(seeAlso ? { seeAlso } : {}) };
  if (OUT_OF_SCOPE_REPLACES.has(intent.kind)) return unknown;
  // "can you check whether the X family in Skien has had cases with Kompetanseteamet?": a named family's case history
  // is in no register the bot has (and no figure answers it), so the service and the town named make no statistics
  // question of it (scope rules.json: case-register-lookup; issue #13, ask43).
  if (fired.some((rule) => DECLINED_OVER_FIGURES.has(rule))) return unknown;
  const stats = readingOfKind(statsIntentSchema, 'stats', intent);
  return stats && stats.query.services.length === 0 && stats.query.service === undefined ? unknown : intent;
}

/**
 * A professional's "what do I do?" about a case that no feature read (its key verb is in no word list): the contact
 * question `forAsker` answers for their role (Kompetanseteamet's advice line for a school, a health station …), with
 * the emergency line on top as for any case. A reading that stands (an article, a contact) is kept: undefined.
 */
export function forCaseAsk(intent: IntentBase): IntentBase | undefined {
  if (!NOT_UNDERSTOOD.has(intent.kind)) return undefined;
  const contact: ContactIntent = { kind: 'contact', query: {} };
  return contact;
}

/** The article that answers a question about each duty (content/knowledge/articles/). */
const DUTY_ARTICLES: ReadonlyMap<Duty, string> = new Map<Duty, string>([
  ['notify', 'duty-to-notify'],
  ['avert', 'duty-to-avert'],
]);
/** The article for a person over 18 (the duty to avert still applies; the person may call Kompetanseteamet). */
const ADULT_ARTICLE = 'adults-over-18';
/** Readings a duty question replaces: a topic article, a choice, nothing, the triage, a contact card for no one in particular. */
const DUTY_REPLACES: ReadonlySet<string> = new Set(['article', 'suggest', 'unknown', 'triage', 'contact']);
/**
 * A statistics reading that only names the harm a duty question is about ("in FGM cases, which comes first,
 * avvergeplikt or opplysningsplikt?"): no year and no service counted, so no figure was asked for.
 */
function harmNamedOnly(intent: IntentBase): boolean {
  const stats = readingOfKind(statsIntentSchema, 'stats', intent)?.query;
  if (stats === undefined || stats.fromYear !== undefined || stats.toYear !== undefined) return false;
  // "kan vi i politiet dele opplysninger med skolen og mangfoldsrådgiveren i en sak om tvangsekteskap?": the services
  // named are the ones information would go to, not ones whose cases are counted.
  return [...stats.services, ...(stats.service ? [stats.service] : [])].every((s) => SHARED_WITH.has(s));
}
/** Services named in a duty question as the ones to tell ("må jeg melde til barnevernet?"), not as the ones asked for. */
const DUTY_ADDRESSEES: ReadonlySet<string> = new Set(['child-welfare', 'child-welfare-emergency', 'police', 'police-emergency']);
/** The services a duty question may name as the ones told or shared with: the addressees and the school's adviser. */
const SHARED_WITH: ReadonlySet<string> = new Set([...DUTY_ADDRESSEES, 'diversity-advisers']);

/**
 * Who is asking and what duty they ask about. A question about the duty to notify child welfare or to avert a crime
 * ("har jeg opplysningsplikt?", "do I have to tell the police?") gets that duty's article, which names Kompetanseteamet
 * for advice in the case: of the two, the one the article recognizer ranks higher, or the first named. Otherwise a
 * contact question is answered for the asker's role (a child-welfare caseworker is not sent to child welfare).
 * A contact question about a country or a named service other than the one to tell keeps its contact card.
 */
export function forAsker(intent: IntentBase, asker: AskerReading, candidates: readonly Candidate[], signals: ReadonlySet<string> = NO_SIGNALS): IntentBase {
  const read = readingOfKind(contactIntentSchema, 'contact', intent)?.query;
  // A child to be taken abroad, in a duty question that a topic article won ("hun blir sendt til Pakistan … hva er
  // plikta vår, og hvem på ambassaden samarbeider vi med?"): the country's plan the contacts recognizer read.
  const abroad = read === undefined && asker.duties.length > 0 && DUTY_REPLACES.has(intent.kind) ? caseAbroad(candidates) : undefined;
  const query = read ?? abroad;
  const keepsContact = query !== undefined && (query.country !== undefined || query.place !== undefined || (query.serviceId !== undefined && !DUTY_ADDRESSEES.has(query.serviceId)));
  // "We have a staff meeting on the duty to notify this autumn: can someone come and hold a course?": the duty is the
  // course's subject, and who trains staff is what is asked (the contacts recognizer read training in the question).
  const trainingAsked = read?.training === true && read.caseAdvice !== true;
  if (asker.duties.length > 0 && (DUTY_REPLACES.has(intent.kind) || harmNamedOnly(intent)) && !keepsContact && !trainingAsked) {
    // The duty to notify child welfare is about children: asked about a grown-up ("a woman (24) … what are my
    // duties?"), the article for a person over 18 answers (she decides, the duty to avert, she may call
    // Kompetanseteamet herself).
    // So is a grown-up the message tells of ("an adult client controlled by her in-laws"), unless a child is told of too.
    const adult = query?.adultCaller === true || (asker.grownUp === true && !signals.has('minor'));
    const articles = asker.duties.flatMap((d) => (adult && d === 'notify' ? ADULT_ARTICLE : DUTY_ARTICLES.get(d)) ?? []);
    const ranked = candidates.flatMap((c) => readingOfKind(articleIntentSchema, 'article', c.intent)?.articleId ?? []).find((id) => articles.includes(id));
    const chosen = ranked ?? articles[0];
    const article: ArticleIntent | undefined = chosen ? { kind: 'article', articleId: chosen, ...(asker.role ? { askerRole: asker.role } : {}) } : undefined;
    if (article) return article;
  }
  // A duty to notify asked beside a country ("she is to be sent to Somalia: must I notify, and whom?"): the plan for the
  // country keeps child welfare in it, whom the duty runs to for a child (not for a grown-up: the article for adults).
  const notifies = keepsContact && asker.duties.includes('notify') && query?.adultCaller !== true;
  const kept = query && notifies ? { ...query, minor: true } : query;
  if (kept && notifies && !asker.role) {
    const forChild: ContactIntent = { kind: 'contact', query: kept };
    return forChild;
  }
  // A professional's case about a particular child ("a 17-year-old came in tonight, her brother beat her") that the
  // contact words did not read as a child's: the child is under 18 all the same, so child welfare is in the plan.
  const child = asker.role !== undefined && asker.role !== 'parent' && kept?.minor !== true && kept?.youngSelf !== true && signals.has('minor') && signals.has('someone') && !signals.has('people');
  // The same case told by someone whose role was not read ("pedagogisk leder i bhg. mammaen til en gutt …"): a child in
  // a home where someone is harmed or watched is child welfare's to know of (the duty to notify), so it is in the plan.
  // So is a child's case told as a concern (the "112 if acute" line: a case asked about, or danger only the second
  // opinion read): "På mottaket: ei jente på 13 … Kva gjer me?".
  if (!asker.role && kept !== undefined && Object.keys(kept).length === 0 && signals.has('minor') && signals.has('someone') && !signals.has('people') && (signals.has(DANGER_READ) || signals.has(CONCERN_READ) || signals.has('control'))) {
    const forChildInCase: ContactIntent = { kind: 'contact', query: { minor: true, ...(signals.has('childsParent') ? { parentHarmed: true } : {}) } };
    return forChildInCase;
  }
  // "Moren til en av våre 4-åringer har hatt blåmerker … mannen følger etter henne": violence or control against a
  // child's parent, told by front-line staff about a case at home (nothing asked by name, nobody abroad): child welfare
  // for the child, the crisis centre for the parent, Kompetanseteamet and 112 (planSteps).
  const parentHarmed =
    asker.role !== undefined && asker.role !== 'parent' && kept?.serviceId === undefined && kept?.country === undefined && kept?.youngSelf !== true && kept?.training !== true &&
    signals.has('childsParent') && HARM_TO_PARENT.some((c) => signals.has(c));
  // Told as a case and answered by a topic's article ("what should we do?"): the plan for the case all the same.
  if (parentHarmed && kept === undefined && asker.role) {
    const forParentHarmed: ContactIntent = { kind: 'contact', query: { minor: true, parentHarmed: true, askerRole: asker.role } };
    return forParentHarmed;
  }
  const forRole: ContactIntent | undefined =
    kept && asker.role
      ? { kind: 'contact', query: { ...withoutOwnService(kept, asker.role), ...(child || parentHarmed ? { minor: true } : {}), ...(parentHarmed ? { parentHarmed: true } : {}), askerRole: asker.role } }
      : undefined;
  // A parent's story about pressure or control in their own family that nothing read surely ("is there anyone at school
  // who talks with parents?"): the lines for parents (Røde Kors-telefonen, the school's diversity adviser, SEIF), not
  // "did you mean". An everyday matter (a passport, screen time, bullying) names none of the domain's cues and stays as
  // it was read.
  if (!forRole && asker.role === 'parent' && NOT_UNDERSTOOD.has(intent.kind) && (PARENT_PRESSURE.some((c) => signals.has(c)) || offersForParents(intent))) {
    const forParent: ContactIntent = { kind: 'contact', query: { askerRole: 'parent' } };
    return forParent;
  }
  const topic = nextStepForStaff(besideOwnService(intent, asker, candidates), asker, signals);
  return forRole ?? forServiceAbroad(topic, asker, candidates) ?? (asker.role ? forAskerRole(topic, asker.role) : topic);
}

/** A harm or control told of a child's parent (beside 'childsParent'): the case is the parent's, with a child at home. */
const HARM_TO_PARENT: readonly string[] = ['dangerRead', 'injury', 'beaten', 'threat', 'control', 'waitedFor', 'hunted', 'guarded', 'locked', 'killing'];

/** The services a role works in: named beside other services, they say where the asker works, not what is asked. */
const OWN_SERVICES: ReadonlyMap<Role, readonly ServiceId[]> = new Map<Role, readonly ServiceId[]>([
  ['child-welfare', ['child-welfare', 'child-welfare-emergency']],
  ['diversity-adviser', ['diversity-advisers']],
  ['special-envoy', ['special-envoys']],
]);

/**
 * "barnevernet ayaan ka shaqeeyaa. lambarka VO-linjen iyo lambarka booliska …", "Barnevern'de çalışıyorum, VO-linjen ve
 * polisin numarası?": the asker's own service, named where a language puts the workplace after its name (which the
 * contact words read as asked for), beside the services asked for: the others are the question.
 */
function withoutOwnService(query: ContactQuery, role: Role): ContactQuery {
  const own = OWN_SERVICES.get(role);
  if (!own || query.serviceId === undefined || !own.includes(query.serviceId)) return query;
  const [first, ...rest] = (query.alsoServiceIds ?? []).filter((id) => !own.includes(id));
  if (first === undefined) return query;
  const { alsoServiceIds: _also, ...others } = query;
  return { ...others, serviceId: first, ...(rest.length > 0 ? { alsoServiceIds: rest } : {}) };
}

/**
 * The danger rules' signals (src/understanding/danger-reader.ts): danger told, plainly or described; and the emergency
 * card's own reading of the message (`DANGER_READ`), which other detectors than the rules may have made.
 */
const DANGER_TOLD: readonly string[] = ['dangerDescribed', 'dangerStrong', 'dangerWeak', DANGER_READ];
/** School staff who act on a pupil's danger themselves: the teacher, the school nurse, the diversity adviser. */
const SCHOOL_STAFF: ReadonlySet<Role> = new Set<Role>(['school', 'school-health', 'diversity-adviser']);
/** Services whose people are children, so a case they tell is a child's even with no age said. */
const CHILDREN_SERVICES: ReadonlySet<Role> = new Set<Role>([...SCHOOL_STAFF, 'kindergarten']);
/**
 * Services that meet children and tell child welfare of a child at risk (the duty to notify is every public
 * service's): school, kindergarten, health, a reception centre, refugee services, adult education, the police, NAV.
 * Child welfare itself is the one told: the duty article's opening for it says what it does (reprisals first,
 * Kompetanseteamet's advice).
 */
const MEETS_CHILDREN: ReadonlySet<Role> = new Set<Role>([
  ...CHILDREN_SERVICES,
  'health',
  'reception-centre',
  'refugee-services',
  'adult-education',
  'police',
  'nav',
  'child-welfare',
]);
/**
 * Articles for watching, talking and knowing, not for acting today: the signs at school, how to talk with a young
 * person, what threats, control (online too) and honour-related violence are. (The services' history is left: a long story of a
 * pupil taken to a country draws it for the envoys it names, which the school's steps do not.)
 */
const WATCHING_ARTICLES: ReadonlySet<string> = new Set([
  'signs-at-school',
  'talking-with-young-person',
  'psychological-violence-threats',
  'negative-social-control',
  'online-social-control',
  'honour-related-violence',
]);
/** The article for a person over 18, which a child's case never gets (an adult's own choices, NAV's users). */
const ADULT_ONLY: ReadonlySet<string> = new Set([ADULT_ARTICLE]);

/**
 * Staff who meet children telling of a child in danger now ("a pupil in 9th grade … she dares not go home today",
 * "a 15-year-old here is said to be the wife of a man of 35"): the next step for their role, not the article on signs
 * to watch for, on how to talk with her or on what threats are that the story's words also match. School staff get
 * the school's steps for acting (112 if acute, notify child welfare now, agree with child welfare or the police who
 * contacts the family); every other service the duty-to-notify article with the opening for
 * its role (notify child welfare, the child welfare emergency service after hours, 112 if acute, Kompetanseteamet for
 * advice; for child welfare itself, reprisals first and Kompetanseteamet's advice). A child married (no one under 18
 * can marry in Norway) is such a case without a word of danger. A topic's own article (forced marriage, FGM, a stay
 * abroad) and a duty article stay: they say the next step for the role themselves.
 */
function nextStepForStaff(intent: IntentBase, asker: AskerReading, signals: ReadonlySet<string>): IntentBase {
  const article = readingOfKind(articleIntentSchema, 'article', intent);
  const role = asker.role;
  // Nothing read surely ("lekarka na SOR. 17-latka z obrażeniami … co teraz?"): the case told is the question all the same.
  const unread = NOT_UNDERSTOOD.has(intent.kind);
  if ((!article && !unread) || !role || !MEETS_CHILDREN.has(role)) return intent;
  const child = CHILDREN_SERVICES.has(role) || signals.has('minor');
  const married = signals.has('saidSpouse') && signals.has('minor') && signals.has('concernDescribed');
  const school = SCHOOL_STAFF.has(role);
  // A pupil's case that school staff tell, read as a concern ("112 if acute" on top; a pupil's own words of fear
  // quoted): the school's steps too.
  const inDanger = DANGER_TOLD.some((s) => signals.has(s)) || married || (school && signals.has(CONCERN_READ));
  // The school's own articles are for school staff: another service's child case gets its duty article.
  // A school's or a parent's article read in another service's case ("a boy of 14 at our reception centre says his
  // father beats him" draws the article on boys and queer pupils; a nurse's "her father beats her", the parents' role),
  // and the FGM article read where only a beating or an injury is told: the duty article for the role.
  const elsewhere = article !== undefined && !school && (FOR_SCHOOL_OR_PARENTS.has(article.articleId) || (article.articleId === 'fgm' && otherHarmThanCutting(signals)));
  const replaced =
    article === undefined ||
    WATCHING_ARTICLES.has(article.articleId) || (!school && PUPIL_ARTICLES.has(article.articleId)) || (ADULT_ONLY.has(article.articleId) && signals.has('minor')) || elsewhere;
  // NAV or adult education telling of one of their own (a grown-up) in danger, read as an article for watching or for
  // the young ("a young woman of 19 … her brother follows her and has threatened her" draws ung.no): the article for a
  // person over 18 (she decides, the duty to avert, Kompetanseteamet takes adults themselves).
  if (!child && inDanger && ADULT_SERVICES.has(role) && article !== undefined && (WATCHING_ARTICLES.has(article.articleId) || FOR_SCHOOL_OR_PARENTS.has(article.articleId) || YOUNG_PEOPLES.has(article.articleId))) {
    const forAdult: ArticleIntent = { kind: 'article', articleId: ADULT_ARTICLE, askerRole: role };
    return forAdult;
  }
  // The article for a person over 18 is never a child's answer, danger told or not ("a girl of 15 at our reception
  // centre … a 'party' arranged for her in Kabul", told in words only the second opinion reads).
  const adultArticleForChild = article !== undefined && ADULT_ONLY.has(article.articleId) && signals.has('minor');
  // A school's or a parent's article in another service's child case told as a concern ("112 if acute") is replaced too:
  // "Politibetjent: en gutt på 17 sier familien vil sende ham til Somalia fordi han er homofil".
  if (!child || !(inDanger || adultArticleForChild || (elsewhere && signals.has(CONCERN_READ))) || !replaced) return intent;
  const articleId = school ? 'what-school-staff-should-do' : 'duty-to-notify';
  const acting: ArticleIntent = { kind: 'article', articleId, askerRole: role };
  return acting;
}

const NO_SIGNALS: ReadonlySet<string> = new Set();

/** Articles written for school staff or for parents (boys and queer pupils at school; the parents' own role). */
const FOR_SCHOOL_OR_PARENTS: ReadonlySet<string> = new Set(['boys-and-lgbtq', 'parents-role']);
/** The article for young people themselves (ung.no): a look-alike ("ung kvinne") in a grown-up's case. */
const YOUNG_PEOPLES: ReadonlySet<string> = new Set(['service-ung-no']);
/** A cutting told, planned, past or said as a rite (the situation reader's concepts, `about:` or not). */
const CUTTING_TOLD: readonly string[] = ['cutting', 'cuttingPlanned', 'pastCutting', 'girlsRite'];
/** A beating or an injury told with no cutting in it: the FGM article a look-alike, not the case's topic. */
function otherHarmThanCutting(signals: ReadonlySet<string>): boolean {
  if (CUTTING_TOLD.some((c) => signals.has(c) || signals.has(`${ABOUT}${c}`))) return false;
  return signals.has('beaten') || signals.has('injury');
}

/**
 * What the situation reader finds in a parent's story of pressure or control in the family (src/understanding/
 * situation-cues.ts): control, honour, a wedding, a marriage or a journey planned by others, something against the
 * child's will, a harm named, relatives.
 */
const PARENT_PRESSURE: readonly string[] = ['control', 'honour', 'wedding', 'marrying', 'marriedOff', 'againstWill', 'harm', 'cutting', 'threat', 'trip', 'longStay', 'ownFamily', 'helpline'];

/** The articles for parents' questions that a choice offered to a parent names: their role, the school's advisers. */
const FOR_PARENTS: ReadonlySet<string> = new Set(['parents-role', 'service-diversity-advisers']);
function offersForParents(intent: IntentBase): boolean {
  return (readingOfKind(suggestIntentSchema, 'suggest', intent)?.articleIds ?? []).some((id) => FOR_PARENTS.has(id));
}

/** A contact reading of a person in a country abroad, or about to be taken there (the country and where the person is). */
function caseAbroad(candidates: readonly Candidate[]): ContactIntent['query'] | undefined {
  return candidates.flatMap((c) => readingOfKind(contactIntentSchema, 'contact', c.intent)?.query ?? []).find((q) => q.country !== undefined && q.whereabouts !== undefined);
}

/** Who the school's case articles are written for: staff at a school (and its health service and diversity adviser), and parents. */
const SCHOOL_READERS: ReadonlySet<Role> = new Set<Role>(['school', 'school-health', 'diversity-adviser', 'parent']);

/**
 * A front-line service (child welfare, police, health, NAV, refugee services, a reception centre, a kindergarten) with
 * a case abroad: the contact plan for the country (the envoy, UD, Kompetanseteamet) for their role, not the school
 * staff's article ("talk to the pupil alone", "contact child welfare") that the story's words also match.
 */
function forServiceAbroad(intent: IntentBase, asker: AskerReading, candidates: readonly Candidate[]): IntentBase | undefined {
  const article = readingOfKind(articleIntentSchema, 'article', intent);
  if (!article || !asker.role || SCHOOL_READERS.has(asker.role) || !PUPIL_CASE_ARTICLES.has(article.articleId)) return undefined;
  const abroad = candidates.flatMap((c) => readingOfKind(contactIntentSchema, 'contact', c.intent)?.query ?? []).find((q) => q.country !== undefined && q.whereabouts !== undefined);
  const contact: ContactIntent | undefined = abroad ? { kind: 'contact', query: { ...abroad, askerRole: asker.role } } : undefined;
  return contact;
}

/** Services whose people are adults: NAV's users, adult education's participants. */
const ADULT_SERVICES: ReadonlySet<Role> = new Set<Role>(['nav', 'adult-education']);
/** Articles written for a pupil or a young person at school: what staff do, how to talk with them, the signs at school. */
const PUPIL_ARTICLES: ReadonlySet<string> = new Set(['what-school-staff-should-do', 'talking-with-young-person', 'signs-at-school']);
/** The same, and the school's article on a stay abroad ("talk to the pupil about the trip", "contact child welfare"). */
const PUPIL_CASE_ARTICLES: ReadonlySet<string> = new Set([...PUPIL_ARTICLES, 'involuntary-stay-abroad']);

/**
 * The articles a child-welfare caseworker's own words draw when they ask about a topic: "I work in child welfare"
 * reads as the duty to notify child welfare (which runs to them), "what do we do" as the school staff's article
 * (which `forAskerRole` turns into the duty to notify).
 */
const DRAWN_BY_OWN_SERVICE: ReadonlySet<string> = new Set(['duty-to-notify', ...PUPIL_ARTICLES]);
/** The topics whose articles open for child welfare (content/knowledge/articles/: `openings`). */
const TOPIC_ARTICLES: ReadonlySet<string> = new Set(['forced-marriage', 'fgm', 'involuntary-stay-abroad', 'negative-social-control', 'honour-related-violence']);
/** "Probably", as the recognizers' scores are calibrated (understanding/types.ts): the least the topic asked is read at. */
const PROBABLY = 0.5;
/** How near the top reading the topic must be read: the top one drew on the caseworker's own words, the topic on the question. */
const NEAR_TOP = 0.85;

/**
 * A child-welfare caseworker who asks about a topic and no duty ("I work in child welfare. What can we do about
 * children kept abroad?"): the topic's article, which opens for them (the risk of reprisals, Kompetanseteamet, UD
 * and the envoys abroad), not the duty-to-notify article their own words drew. Kept when no topic is read at least
 * "probably" and nearly as surely as the reading ("I work in child welfare. What should we do?").
 */
function besideOwnService(intent: IntentBase, asker: AskerReading, candidates: readonly Candidate[]): IntentBase {
  const article = readingOfKind(articleIntentSchema, 'article', intent);
  if (!article || asker.role !== 'child-welfare' || asker.duties.length > 0 || !DRAWN_BY_OWN_SERVICE.has(article.articleId)) return intent;
  const top = candidates[0]?.score ?? 0;
  const topic = candidates.find((c) => {
    const id = readingOfKind(articleIntentSchema, 'article', c.intent)?.articleId;
    return id !== undefined && TOPIC_ARTICLES.has(id) && c.score >= PROBABLY && c.score >= NEAR_TOP * top;
  });
  return topic?.intent ?? intent;
}

/**
 * NAV or adult education asking about one of their own (an adult): the article for a person over 18 (the person
 * decides, the duty to avert, Kompetanseteamet takes adults themselves and coordinates housing and support), not the
 * school staff's advice about a pupil. A child-welfare caseworker asking what to do about a child: the duty-to-notify
 * article, whose opening for child welfare says the duty runs to them, what Bufdir's guide for child welfare says
 * about reprisals, and that Kompetanseteamet advises child welfare in concrete cases. Every article carries the
 * asker's role, for an opening written for it. Also for a part of two needs whose role was said elsewhere in the message.
 */
export function forAskerRole(intent: IntentBase, role: Role): IntentBase {
  const article = readingOfKind(articleIntentSchema, 'article', intent);
  if (!article) return intent;
  const articleId =
    ADULT_SERVICES.has(role) && PUPIL_ARTICLES.has(article.articleId)
      ? 'adults-over-18'
      : role === 'child-welfare' && PUPIL_ARTICLES.has(article.articleId)
        ? 'duty-to-notify'
        : article.articleId;
  // The card's opening is the one written for the asker's role, where the article has one (article-schema.ts `openings`).
  const forRole: ArticleIntent = { kind: 'article', articleId, askerRole: role };
  return forRole;
}

/** Each part once, when first asked. */
function once<T>(read: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = read();
      done = true;
    }
    return value;
  };
}

/**
 * What a message names that a follow-up can change, part by part: each part is read when first asked, and the whole
 * (`all`) of the same parts, so a test deciding on one part reads no other (see `SlotParts`).
 */
export function followUpSlotParts(contacts: ContactFeature, now: () => Date): SlotPartsReader {
  return (text, lng) => {
    const stats = once((): StatsSlotPart => {
      const normalized = normalize(text);
      const read = readStatsSlots(normalized, now(), lng);
      // The one part of the split named ("og kjønnslemlestelse?", "og i Amman?"): a code from the stats feature's fixed lists.
      const category = read.category ?? (read.breakdown ? parseStatsQuestion(normalized, now(), lng)?.query.category : undefined);
      return {
        ...(read.services.length > 0 ? { statsServices: read.services } : {}),
        ...(read.years ? { years: read.years } : {}),
        ...(read.metric ? { metric: read.metric } : {}),
        ...(read.breakdown ? { breakdown: read.breakdown } : {}),
        ...(category ? { category } : {}),
      };
    });
    // A follow-up is short and names what it asks about: a misspelt country ("og Somlia?") is still that country (nb, nn, en).
    const countries = once(() => [...new Set(contacts.directory.countries.find(text, lng, { typos: typosIn(lng) }).map((m) => m.code))]);
    const contactService = once(() => contacts.recognizer.namedService(text, lng));
    const abroad = once(() => contacts.recognizer.saysAbroad(text));
    const embassy = once(() => contacts.recognizer.namesEmbassy(text));
    const norway = once(() => contacts.directory.countries.mentionsNorway(text));
    // The age said: the follow-up's age tests ("hva om hun er 19?") read it first, and the whole only when one is said.
    const minor = once(() => contacts.recognizer.saysMinor(text));
    const adult = once(() => contacts.recognizer.saysAdult(text));
    const all = once((): FollowUpSlots => {
      const named = countries();
      const country = named[0];
      const service = contactService();
      const anonymous = contacts.recognizer.asksAnonymity(text);
      const members = contacts.recognizer.asksMembers(text);
      const helpline = contacts.recognizer.namesHelpline(text);
      // A follow-up's words are read without their punctuation: "at school" said is enough in a short message.
      const atSchool = contacts.recognizer.saysAtSchool(text);
      const notUrgent = contacts.recognizer.saysNotUrgent(text);
      return {
        ...stats(),
        ...(country ? { country } : {}),
        ...(named.length > 1 ? { countries: named } : {}),
        ...(service ? { contactService: service } : {}),
        ...(anonymous ? { anonymous } : {}),
        ...(members ? { members } : {}),
        ...(abroad() ? { abroad: true } : {}),
        ...(minor() ? { minor: true } : {}),
        ...(adult() ? { adult: true } : {}),
        ...(norway() ? { norway: true } : {}),
        ...(helpline ? { helpline } : {}),
        ...(embassy() ? { embassy: true } : {}),
        ...(atSchool ? { atSchool } : {}),
        ...(notUrgent ? { notUrgent } : {}),
      };
    });
    return { stats, countries, contactService, abroad, embassy, norway, minor, adult, all };
  };
}
