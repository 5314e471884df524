import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { helpCard, helpExamples } from '../../src/cards/help-card';
import { languageCard } from '../../src/cards/language-card';
import { welcomeCard } from '../../src/cards/welcome-card';
import { emergencyCard, emergencyReply } from '../../src/cards/emergency-card';
import type { AdaptiveCard } from '../../src/cards/card-kit';
import { articleCard } from '../../src/knowledge/article-card';
import { cannotAnswerCard } from '../../src/knowledge/cannot-answer-card';
import { suggestionCard } from '../../src/knowledge/suggestion-card';
import { articleView, type GuidanceArticle } from '../../src/knowledge/guidance-handlers';
import { loadArticles } from '../../src/knowledge/load-articles';
import { loadEmergencyContacts } from '../../src/knowledge/emergency-contacts';
import { createContactFeature, type ContactFeature } from '../../src/contacts/contact-feature';
import { contactCard, serviceDisplayName } from '../../src/contacts/contact-card';
import { createContactSearch, SEARCH_CONTACTS_COMMAND, SEARCH_PARAMETER } from '../../src/contacts/message-extension';
import { isServiceId, SERVICE_IDS } from '../../src/contacts/service-ids';
import { statsCard } from '../../src/stats/answers/stats-card';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { queryFor } from '../helpers/figure-query';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { CASE_TYPES, REFERRALS } from '../../src/stats/store/case-record';
import { registerCaseCard, registrationConfirmationCard } from '../../src/stats/registration/register-case-card';
import { planTriage, triagePlanCard, triageQuestionCard, STEPS, type Step, type TriageFacts } from '../../src/triage';
import { SHOW_IN_NORWEGIAN_VERB, withReviewNote } from '../../src/bot/review-note';
import { isolateRightToLeftReplies } from '../../src/bot/rtl-isolation';
import { fixedT, type Translate } from '../../src/language/i18n';
import { LANGUAGES, type Lang } from '../../src/language/languages';
import { LOCALE_OF } from '../../src/evaluation/conversation-eval';
import { fixtureAdvisers, i18n, noAdvisers, places, directory, translate } from '../contacts/contact-fixtures';
import { caseRecord, sampleRegisteredSummary } from '../stats/case-fixtures';
import { ANSWER_KINDS, type StatsCardCase } from '../stats/fixtures/answer-kinds';
import { TEAMS_REGISTRATION_FORM } from '../helpers/registration-form';
import { buildTestApp, type TestApp } from '../helpers/test-app';
import { cardProblems } from '../helpers/validate-card';

/**
 * Every kind of Adaptive Card the bot can send, validated against the Adaptive Card schema with Microsoft's own
 * card object model (test/helpers/validate-card.ts): unknown element or action types, invalid values, misspelled
 * or misplaced properties, a version above Teams' 1.5.
 *
 * Twice: each card builder in all twelve languages, fed the shipped content (every article, service, published
 * figure, triage step); and the real bot (the app `npm start` builds, with the right-to-left isolation the
 * CloudAdapter applies) driven through a conversation that reaches every kind of card, every attachment of every
 * reply validated. The sweep names the kind of each card it saw and fails when a kind is missing, so a card kind
 * that stops being reached (or a new one) is noticed.
 */

const NOW = new Date('2026-12-01T12:00:00Z');
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

interface Invalid {
  readonly card: string;
  readonly problems: readonly string[];
}

/** Collects each card's problems under a readable name; the test expects the list to be empty. */
class Checked {
  readonly invalid: Invalid[] = [];
  count = 0;
  check(name: string, card: unknown): void {
    this.count++;
    const problems = cardProblems(card);
    if (problems.length > 0) this.invalid.push({ card: name, problems });
  }
}

// ─── Each card builder, in every language ─────────────────────────────────────────────────────────────────────

const published = loadPublishedSeed().figures;

const registered = sampleRegisteredSummary(2025);

/** Every mode of answer (overview, trend, total, compare, value, no data, registered counts) beside one per figure. */
const STATS_QUERIES: readonly StatsCardCase[] = [
  ...published.map((figure) => ({ query: queryFor(figure) })),
  ...ANSWER_KINDS,
  { query: { services: ['kompetanseteamet'], metric: 'inquiries', fromYear: 2004, toYear: 2008, mode: 'value' } },
  // A metric the service never published (no nearest year to show): the no-data card.
  { query: { services: ['special-envoys'], metric: 'persons', fromYear: 2015, toYear: 2015, mode: 'value' } },
  { query: { services: ['diversity-advisers'], metric: 'cases', fromYear: 2025, toYear: 2025, mode: 'value' }, registered },
  // "how much did it go up?": two years, the difference and the source's own stated change (D02)
  { query: { services: ['kompetanseteamet'], metric: 'inquiries', fromYear: 2007, toYear: 2008, mode: 'difference' } },
  // "er du sikker? trodde det var rundt 900": the answer with its source in sight and what ~900 is
  { query: { services: ['special-envoys'], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'value', claimed: { values: [900], approximate: true } } },
];

type ContactQuery = Parameters<ContactFeature['contactCardFor']>[0];

/** Contact questions: generic, per country (envoys, closed posts, UD), advisers (found, not found, any), young people. */
const CONTACT_QUERIES: readonly ContactQuery[] = [
  {},
  { serviceId: 'kompetanseteamet' },
  { country: 'SO', whereabouts: 'abroad', minor: true },
  { country: 'LK', whereabouts: 'abroad' },
  { country: 'PK', whereabouts: 'travelling-soon', minor: true },
  { country: 'CA', whereabouts: 'abroad' },
  { whereabouts: 'abroad' },
  { serviceId: 'diversity-advisers', place: 'Drammen' },
  { serviceId: 'diversity-advisers', place: 'Prøvestad vgs' },
  { serviceId: 'diversity-advisers', place: 'Hammerfest' },
  { serviceId: 'diversity-advisers' },
  { youngSelf: true, minor: true },
  { youngSelf: true, minor: true, country: 'IQ', whereabouts: 'abroad' },
  { serviceId: 'special-envoys' },
];

const TRIAGE_FACTS: readonly TriageFacts[] = [
  { danger: false, whereabouts: 'abroad', country: 'SO', age: 'minor', role: 'school' },
  { danger: true, whereabouts: 'norway', age: 'minor', role: 'young-person' },
  { danger: false, whereabouts: 'abroad', country: 'unknown', age: 'unknown', role: 'volunteer' },
  { danger: false, whereabouts: 'travelling-soon', country: 'PK', age: 'adult', role: 'health' },
  { danger: true, whereabouts: 'norway', age: 'adult', role: 'police' },
];

interface Built {
  readonly name: string;
  readonly card: unknown;
}

function buildersIn(lng: Lang, contacts: ContactFeature, articles: ReadonlyMap<string, GuidanceArticle>): Built[] {
  const t = fixedT(i18n, lng);
  const serviceName = (id: string, l: Lang) => (isServiceId(id) ? serviceDisplayName(directory.service(id), l).name : undefined);
  const built: Built[] = [];
  const add = (name: string, card: unknown) => built.push({ name, card });

  add('welcome', welcomeCard(lng, t));
  add('help', helpCard(lng, t));
  add('help with a lead', helpCard(lng, t, t('language.prompt')));
  add('language', languageCard(lng, t));
  add('language with a lead', languageCard(lng, t, t('help.title')));
  add('cannot answer', cannotAnswerCard(lng, t));

  const views = [...articles.values()].map((article) => articleView(article, lng, { articles, serviceName }));
  for (const view of views) add(`article ${view.id}`, articleCard(lng, t, view));
  // The same articles as a role with an opening of its own reads them (its own short answer, steps and cautions).
  for (const article of articles.values()) {
    for (const opening of article.openings ?? []) {
      const asker = opening.roles[0];
      if (asker) add(`article ${article.id} for ${asker}`, articleCard(lng, t, articleView(article, lng, { articles, serviceName }, asker)));
    }
  }
  add('did you mean', suggestionCard(lng, t, views.slice(0, 3).map((v) => ({ articleId: v.id, title: v.title }))));

  for (const query of CONTACT_QUERIES) add(`contacts ${JSON.stringify(query)}`, contacts.contactCardFor(query, lng, t));
  for (const serviceId of SERVICE_IDS) add(`contact details ${serviceId}`, contacts.serviceCard(serviceId, lng, t));

  const search = createContactSearch({ contacts, translate });
  for (const text of ['', 'Somalia', 'Drammen', 'Kompetanseteamet']) {
    const outcome = search.search({ commandId: SEARCH_CONTACTS_COMMAND, parameters: [{ name: SEARCH_PARAMETER, value: text }] }, lng);
    if (outcome.kind !== 'result') throw new Error(`the message extension did not answer "${text}"`);
    (outcome.response.composeExtension?.attachments ?? []).forEach((a, i) => add(`message extension "${text}" result ${i}`, a.content));
  }

  STATS_QUERIES.forEach(({ query, registered: summary }, i) => add(`statistics ${i} ${JSON.stringify(query)}`, statsCard(answerStats(query, published, summary), lng, t)));
  add('registration form', registerCaseCard(lng, t, NOW));
  const everything = caseRecord({ caseTypes: [...CASE_TYPES], referredTo: REFERRALS.filter((r) => r !== 'none'), county: 'unknown' });
  add('registration confirmation', registrationConfirmationCard(lng, t, everything, 10));

  const options = [{}, { intro: true }, { notUnderstood: true }, { noted: 'Somalia' }] as const;
  for (const step of STEPS as readonly Step[]) for (const option of options) add(`triage ${step} ${JSON.stringify(option)}`, triageQuestionCard(lng, t, step, option));
  for (const facts of TRIAGE_FACTS) {
    // As triage-feature.ts builds the answer: the plan, then the contact card with numbers and sources.
    const plan = planTriage(facts, (query) => contacts.planContacts(query, lng), t);
    const services = plan.contacts.map((c) => ({ ...c, service: directory.service(c.serviceId) }));
    const countryName = facts.country && facts.country !== 'unknown' ? directory.countries.name(facts.country, lng) : undefined;
    add(
      `triage plan ${JSON.stringify(facts)}`,
      triagePlanCard(lng, t, {
        facts,
        ...(countryName ? { countryName } : {}),
        contacts: services.map((s) => ({ name: serviceDisplayName(s.service, lng).name, reason: s.reason })),
        prepare: plan.prepare,
        dont: plan.dont,
        articles: plan.articles.flatMap((id) => {
          const view = views.find((v) => v.id === id);
          return view ? [{ id, title: view.title }] : [];
        }),
      }),
    );
    add(
      `triage contacts ${JSON.stringify(facts)}`,
      contactCard(lng, t, { entries: services.map((s) => ({ service: s.service, reason: s.reason, sources: directory.sourcesOf(s.service) })), closedPosts: directory.envoys.closedPosts }),
    );
  }

  const numbers = loadEmergencyContacts();
  const emergency = emergencyCard(lng, t, numbers);
  add('emergency', emergency);
  add('emergency for a young person', emergencyCard(lng, t, numbers, { young: true }));
  const abroad = contacts.envoyNote('Eleven er holdt tilbake i Somalia og får ikke reise hjem.', lng);
  if (abroad) add('emergency for a case abroad', emergencyCard(lng, t, numbers, { abroad }));
  const firstArticle = views[0];
  const answers: AdaptiveCard[] = [
    ...(firstArticle ? [articleCard(lng, t, firstArticle)] : []),
    contacts.contactCardFor({ country: 'SO', whereabouts: 'abroad' }, lng, t),
    triageQuestionCard(lng, t, 'country', { intro: true }),
    statsCard(answerStats({ services: ['kompetanseteamet'], metric: 'inquiries', fromYear: 2004, toYear: 2008, mode: 'trend' }, published), lng, t),
  ];
  add('emergency with answers behind buttons', emergencyReply(emergency, answers, [t('help.title')], lng, t));
  add('emergency without answers', emergencyReply(emergency, [], [], lng, t));

  // The machine-translation note, with and without the "show in Norwegian" button.
  // The replays as the bot builds them for a message turn (its intent) and for a "show contact" button (its payload).
  if (firstArticle) {
    const intent = { kind: 'article' as const, articleId: firstArticle.id };
    add('article with review note', withReviewNote(articleCard(lng, t, firstArticle), t, { replay: 'intent', intent }));
  }
  const value = { verb: 'show-contact', serviceId: 'kompetanseteamet' };
  add('contact details with review note', withReviewNote(contacts.serviceCard('kompetanseteamet', lng, t), t, { replay: 'action', value }));
  add('registration form with review note', withReviewNote(registerCaseCard(lng, t, NOW), t, undefined));
  return built;
}

describe('every card builder, in all twelve languages', () => {
  let articles: Map<string, GuidanceArticle>;
  let contacts: ContactFeature;
  let contactsWithoutAdvisers: ContactFeature;
  beforeAll(async () => {
    articles = new Map((await loadArticles()).map((a) => [a.id, a]));
    contacts = createContactFeature({ translate, dataDir: '/nonexistent', directory, places, advisers: fixtureAdvisers() });
    contactsWithoutAdvisers = createContactFeature({ translate, dataDir: '/nonexistent', directory, places, advisers: noAdvisers() });
    // Loading every article and compiling two contact features takes ~3 s alone, more than the default 20 s on a shared machine.
  }, 120_000);

  it.each(LANGUAGES)('builds only valid cards in %s', (lng) => {
    const checked = new Checked();
    for (const { name, card } of buildersIn(lng, contacts, articles)) checked.check(name, card);
    const t = fixedT(i18n, lng);
    checked.check('advisers without a directory', contactsWithoutAdvisers.contactCardFor({ serviceId: 'diversity-advisers', place: 'Drammen' }, lng, t));
    expect(checked.invalid).toEqual([]);
    expect(checked.count).toBeGreaterThan(200);
  });
});

// ─── The real bot, driven through every kind of card ──────────────────────────────────────────────────────────

const REGISTRAR = '11111111-1111-4111-8111-111111111111';

/** Direction isolates and marks the right-to-left isolation adds around Latin text and numbers. */
const MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const bare = (text: string) => text.replace(MARKS, '').trim();

function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** Every object in the open part of a card (not inside the cards its ShowCard buttons open), depth first. */
function openNodes(node: unknown): Json[] {
  if (Array.isArray(node)) return node.flatMap(openNodes);
  if (!isRecord(node)) return [];
  return [node, ...Object.entries(node).flatMap(([key, value]) => (key === 'card' || key === 'data' ? [] : openNodes(value)))];
}

function firstHeading(card: Json): string | undefined {
  const heading = openNodes(card['body']).find((n) => n['type'] === 'TextBlock' && n['style'] === 'heading');
  return typeof heading?.['text'] === 'string' ? bare(heading['text']) : undefined;
}

const verbsOf = (card: Json) => openNodes(card).flatMap((n) => (n['type'] === 'Action.Submit' && isRecord(n['data']) ? [String(n['data']['verb'])] : []));
const typesOf = (card: Json) => new Set(openNodes(card).map((n) => n['type']));

/** What kind of card a person is looking at: by its title (in its own language), then by what it holds. */
function kindOf(card: Json, t: Translate): string {
  const title = firstHeading(card) ?? '';
  const is = (key: string) => title === bare(t(key));
  const types = typesOf(card);
  const verbs = verbsOf(card);
  const urls = openNodes(card).flatMap((n) => (n['type'] === 'Action.OpenUrl' && typeof n['url'] === 'string' ? [n['url']] : []));

  if (is('guidance:emergency.title')) {
    const young = urls[1] === 'tel:116111' ? ' for a young person' : '';
    return records(card['actions']).some((a) => a['type'] === 'Action.ShowCard') ? `emergency${young} with answers behind buttons` : `emergency${young}`;
  }
  const titled: readonly (readonly [string, string])[] = [
    ['welcome.title', 'welcome'],
    ['help.title', 'help'],
    ['language.title', 'language'],
    ['guidance:cannot.title', 'cannot answer'],
    ['guidance:suggest.title', 'did you mean'],
    ['contacts:card.titleService', 'contact details'],
    ['stats:overview.title', 'statistics overview'],
    ['stats:register.title', 'registration form'],
    ['stats:register.confirmedTitle', 'registration confirmation'],
    ['triage:plan.title', 'triage plan'],
    ...STEPS.map((step) => [`triage:question.${step}`, `triage question: ${step}`] as const),
  ];
  for (const [key, kind] of titled) if (is(key)) return kind;
  if (is('contacts:card.title')) {
    const envoy = openNodes(card).some((n) => isRecord(n['data']) && String(n['data']['serviceId']).startsWith('envoy-'));
    // The diversity advisers' block is the card's one emphasis container (contact-card.ts `adviserBlock`).
    const advisers = openNodes(card['body']).some((n) => n['type'] === 'Container' && n['style'] === 'emphasis');
    return ['contacts', ...(envoy ? ['envoy'] : []), ...(advisers ? ['advisers'] : [])].join(', ');
  }
  if (verbs.includes('feedback')) return 'article';
  const [before = '', after = ''] = bare(t('stats:titleFor', { service: '\u0000' })).split('\u0000');
  if (is('stats:title') || (title.startsWith(before) && title.endsWith(after) && before.length > 0)) {
    const texts = openNodes(card).flatMap((n) => (n['type'] === 'TextBlock' && typeof n['text'] === 'string' ? [bare(n['text'])] : []));
    if (texts.includes(bare(t('stats:neverGuess')))) return 'statistics: no data';
    // stats/answers/bar-chart.ts draws a series over time (`chart-series`) or a split (`chart-split`).
    const charts = new Set(openNodes(card).map((n) => n['id']));
    if (types.has('Chart.Line') || charts.has('chart-series')) return 'statistics: line chart';
    if (types.has('Chart.VerticalBar') || charts.has('chart-split')) return 'statistics: bar chart';
    if (types.has('Table')) return 'statistics: table';
    return 'statistics: one figure';
  }
  return `unrecognised card "${title}"`;
}

type Turn = string | Partial<Activity>;
const submit = (value: Json): Partial<Activity> => ({ type: 'message', value });
const welcome = (locale: string): Partial<Activity> => ({ type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'Veiviser' }], recipient: { id: 'bot', name: 'Veiviser' }, locale });
const extensionQuery = (text: string): Partial<Activity> => ({
  type: 'invoke',
  name: 'composeExtension/query',
  value: { commandId: SEARCH_CONTACTS_COMMAND, parameters: [{ name: SEARCH_PARAMETER, value: text }], queryOptions: { skip: 0, count: 25 } },
});

/** What every language reaches without hand-written messages: the locale's own example questions and commands, and card buttons. */
function commonTurns(lng: Lang): Turn[] {
  const t = fixedT(i18n, lng);
  const statsExamples: unknown = t('stats:overview.examples', { returnObjects: true });
  return [
    welcome(LOCALE_OF[lng]),
    submit({ verb: 'set-language', lng }),
    // The Teams menu's commands, the statistics one first (later it would read as a follow-up to a question).
    t('actions.stats'),
    t('actions.help'),
    t('actions.language'),
    t('actions.contacts'),
    ...helpExamples(t),
    ...(Array.isArray(statsExamples) ? statsExamples.filter((e): e is string => typeof e === 'string') : []),
    submit({ verb: 'show-contact', serviceId: 'kompetanseteamet' }),
    submit({ verb: 'show-article', articleId: 'what-school-staff-should-do' }),
    submit({ verb: 'feedback', articleId: 'what-school-staff-should-do', vote: 'up' }),
    submit({ verb: 'register-case', ...TEAMS_REGISTRATION_FORM }),
    'qxzv wkpt bnml',
    extensionQuery(''),
    extensionQuery('Somalia'),
  ];
}

/** The triage by its buttons, once started: danger, where, which country (the text box), age, role. */
const TRIAGE_BUTTONS: readonly Turn[] = [
  submit({ verb: 'triage', set: 'danger', value: 'no' }),
  submit({ verb: 'triage', set: 'whereabouts', value: 'abroad' }),
  submit({ verb: 'triage', set: 'country', countryText: 'Somalia' }),
  submit({ verb: 'triage', set: 'age', value: 'minor' }),
  submit({ verb: 'triage', set: 'role', value: 'school' }),
];

/** Messages that reach the rest: statistics by mode, contacts by kind, danger, the triage, registration, other languages. */
const WRITTEN: Partial<Record<Lang, readonly Turn[]>> = {
  nb: [
    'sammenlign saker for mangfoldsrådgiverne og spesialutsendingene 2022-2024',
    'hvor mange saker totalt i 2023',
    'hvor mange saker hadde mangfoldsrådgiverne i 1990',
    // a metric the service never published: no nearest year to show, the no-data card
    'hvor mange personer hjalp spesialutsendingene i 2015',
    'hvem kan hjelpe med tvangsekteskap',
    'ambassaden i Somalia',
    'mangfoldsrådgiver på Hellerud vgs',
    'jeg er 15 og trenger noen å snakke med',
    'kan voksne over 18 få hjelp fra kompetanseteamet selv',
    'Jeg er redd for at familien skal sende meg til utlandet og gifte meg bort i morgen',
    'Jeg er 15 år og pappa slår meg hvis jeg snakker med gutter',
    'registrer sak',
    'Was ist eine Zwangsheirat und wer kann helfen?',
    'jeg er bekymret for en elev',
    'blabla',
    ...TRIAGE_BUTTONS,
    extensionQuery('Drammen'),
  ],
  en: [
    'family culture',
    'compare the special envoys and the diversity advisers in 2023',
    'how many cases did the diversity advisers have in 1990',
    // a metric the service never published: no nearest year to show, the no-data card
    'how many persons did the special envoys help in 2015',
    'What were Kompetanseteamet cases about in 2022?',
    'can adults over 18 get help from kompetanseteamet themselves',
    'who should I call about a pupil at risk of forced marriage',
    'who is the diversity adviser at Hellerud upper secondary school',
    "children's helpline number in norway",
    'URGENT: pupil (16) says her father hit her yesterday and she will be married off in Pakistan next week. She is in my classroom now and won’t go home. Who do we call?',
    'my brother said he will kill me if i keep talking to my bf. hes got a knife. im home now',
    'register case',
    'worried about a student',
    ...TRIAGE_BUTTONS,
  ],
  ar: [
    'عدد الاستفسارات إلى Kompetanseteamet من 2004 إلى 2008',
    'كم حالة عند mangfoldsrådgiverne و spesialutsendingene من 2022 إلى 2024',
    'كم عدد الحالات عند mangfoldsrådgiverne في 1990',
    // a metric the service never published: no nearest year to show, the no-data card
    'كم عدد الأشخاص الذين ساعدهم spesialutsendingene في 2015',
    'من المسؤول عن الصومال',
    'رقم mangfoldsrådgiver في مدرستنا',
    'بنت عمي عمرها ١٦ ابوها ضربها ضرب شديد امبارح لانه شافها مع شب، وبكرا رح يسافروا فيها عالاردن يزوجوها. وين نبلغ؟',
    'انا خايفة على حياتي. ابوي قال اذا رفضت الزواج رح يذبحني. عمري ١٥',
    'سجل حالة',
    'انا قلق على طالب',
    ...TRIAGE_BUTTONS,
  ],
};

/** The kinds the sweep must see in every language (common turns), and in nb, en and ar (written turns as well). */
const EVERY_LANGUAGE = [
  'welcome',
  'help',
  'language',
  'article',
  'contact details',
  'contacts',
  'statistics: one figure',
  'registration confirmation',
  'cannot answer',
  'message extension: contact details',
];
/** The machine-translation note is added in every language but bokmål. */
const REVIEW_NOTE = 'review note with "show in Norwegian"';
const WRITTEN_KINDS = [
  ...EVERY_LANGUAGE,
  'statistics overview',
  'statistics: table',
  'statistics: line chart',
  'statistics: no data',
  'contacts, envoy',
  'contacts, advisers',
  'emergency with answers behind buttons',
  'emergency for a young person with answers behind buttons',
  'registration form',
  ...STEPS.map((step) => `triage question: ${step}`),
  'triage plan',
];
/** Reached in bokmål and English only: the Arabic breakdown question is answered with the total alone. */
const BOKMAL_AND_ENGLISH = ['statistics: bar chart', 'did you mean'];

interface Sweep {
  readonly kinds: Map<string, number>;
  readonly checked: Checked;
}

describe('the bot, driven through every kind of card', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await buildTestApp(
      { REGISTRAR_AAD_IDS: REGISTRAR, RATE_LIMIT_PER_MINUTE: '10000', REGISTRATIONS_PER_USER_PER_MINUTE: '1000', LOG_LEVEL: 'silent' },
      { now: () => NOW },
    );
  }, 90_000);
  afterAll(() => testApp.close());

  async function sweep(lng: Lang): Promise<Sweep> {
    const t = fixedT(i18n, lng);
    const locale = LOCALE_OF[lng];
    const adapter = new TestAdapter((context) => testApp.app.bot.run(context), {
      locale,
      conversation: { id: `card-schema-${lng}`, isGroup: false, name: 'chat', conversationType: 'personal' },
      from: { id: `29:card-schema-${lng}`, name: 'User', aadObjectId: REGISTRAR },
      recipient: { id: 'bot', name: 'Veiviser' },
    });
    adapter.locale = locale;
    // What the CloudAdapter in app.ts does to every reply.
    adapter.use(isolateRightToLeftReplies);
    const errors: string[] = [];
    adapter.onTurnError = async (_context: TurnContext, err: Error) => void errors.push(`${err.name}: ${err.message}`);

    const kinds = new Map<string, number>();
    const checked = new Checked();
    const see = (name: string, content: unknown, cardT: Translate, prefix = '') => {
      checked.check(name, content);
      if (!isRecord(content)) return;
      const kind = prefix + kindOf(content, cardT);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      if (verbsOf(content).includes(SHOW_IN_NORWEGIAN_VERB)) kinds.set(REVIEW_NOTE, (kinds.get(REVIEW_NOTE) ?? 0) + 1);
      // The answers behind the emergency card's "show the answer" buttons are cards of their own kinds.
      const actions = Array.isArray(content['actions']) ? (content['actions'] as unknown[]) : [];
      actions.forEach((action, k) => {
        if (isRecord(action) && action['type'] === 'Action.ShowCard' && isRecord(action['card'])) see(`${name} → answer ${k}`, { ...action['card'], version: content['version'], lang: content['lang'] }, cardT, prefix);
      });
    };
    const tOf = (content: unknown) => (isRecord(content) && (LANGUAGES as readonly string[]).includes(String(content['lang'])) ? fixedT(i18n, content['lang'] as Lang) : t);

    let replayed = false;
    const common = commonTurns(lng);
    const turns: Turn[] = [...common, ...(WRITTEN[lng] ?? [])];
    for (let i = 0; i < turns.length; i++) {
      const turn = turns[i] as Turn;
      // The written turns in a conversation of their own: danger described among the common turns (a help example)
      // would otherwise put the emergency numbers on top of the contact and article answers that follow it.
      if (i === common.length) adapter.template.conversation = { id: `card-schema-${lng}-written`, isGroup: false, name: 'chat', conversationType: 'personal' };
      await adapter.receiveActivity(typeof turn === 'string' ? turn : (turn as Activity));
      const label = typeof turn === 'string' ? turn : JSON.stringify(turn).slice(0, 120);
      for (const reply of adapter.activeQueue.splice(0)) {
        if (reply.type === 'invokeResponse') {
          const body = (reply.value as { body?: { composeExtension?: { attachments?: { content?: unknown }[] } } } | undefined)?.body;
          (body?.composeExtension?.attachments ?? []).forEach((a, j) => see(`${lng} "${label}" → result ${j}`, a.content, t, 'message extension: '));
          continue;
        }
        for (const [j, attachment] of (reply.attachments ?? []).entries()) {
          if (attachment.contentType !== ADAPTIVE) continue;
          see(`${lng} "${label}" → attachment ${j}`, attachment.content, tOf(attachment.content));
          // "Show in Norwegian", once: the same answer again in bokmål.
          const button = isRecord(attachment.content)
            ? openNodes(attachment.content).find((n) => n['type'] === 'Action.Submit' && isRecord(n['data']) && n['data']['verb'] === SHOW_IN_NORWEGIAN_VERB)
            : undefined;
          if (button && !replayed) {
            replayed = true;
            turns.splice(i + 1, 0, submit(button['data'] as Json));
          }
        }
      }
    }
    expect(errors).toEqual([]);
    return { kinds, checked };
  }

  it.each(['nb', 'en', 'ar'] as const)('sends only valid cards in %s, and every kind of card', async (lng) => {
    const { kinds, checked } = await sweep(lng);
    expect(checked.invalid).toEqual([]);
    const expected = [...WRITTEN_KINDS, ...(lng === 'ar' ? [REVIEW_NOTE] : BOKMAL_AND_ENGLISH), ...(lng === 'en' ? [REVIEW_NOTE] : [])];
    expect(expected.filter((kind) => !kinds.has(kind))).toEqual([]);
    expect([...kinds.keys()].filter((kind) => kind.startsWith('unrecognised'))).toEqual([]);
    expect(kinds.size).toBeGreaterThanOrEqual(expected.length);
  });

  it.each(LANGUAGES.filter((l) => !['nb', 'en', 'ar'].includes(l)))('sends only valid cards in %s', async (lng) => {
    const { kinds, checked } = await sweep(lng);
    expect(checked.invalid).toEqual([]);
    expect([...EVERY_LANGUAGE, REVIEW_NOTE].filter((kind) => !kinds.has(kind))).toEqual([]);
    expect([...kinds.keys()].filter((kind) => kind.startsWith('unrecognised'))).toEqual([]);
  });
});
