import type { Activity } from 'botbuilder';
import { MAX_BUTTON_TITLE } from '../../src/contacts/contact-card';
import { type ContactFeature, createContactFeature } from '../../src/contacts/contact-feature';
import type { ContactQuery } from '../../src/contacts/intents';
import { createContactSearch, SEARCH_CONTACTS_COMMAND, SEARCH_PARAMETER } from '../../src/contacts/message-extension';
import { planSteps } from '../../src/contacts/plan-contacts';
import { SERVICE_IDS } from '../../src/contacts/service-ids';
import { readTurn } from '../../src/evaluation/conversation-eval';
import { isolateCardText, stripIsolates } from '../../src/language/bidi';
import { type Lang, LANGUAGES, RTL_LANGUAGES } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { isEmergencyReply } from '../helpers/emergency-reply';
import { openPart, shownText } from '../helpers/open-part';
import { conversation, oneAppPerFile, type TestApp } from '../helpers/test-app';
import { directory, fixtureAdvisers, places, translate } from './contact-fixtures';

// (was contact-conversations.test.ts)
/**
 * Contact questions through the real bot: one clear contact need in everyday words, a website for a young person, where
 * the diversity advisers work, and the order of a card's contacts. One app for the file (test/helpers/test-app.ts,
 * oneAppPerFile); a describe per class, each the former file named in its first line.
 */

// (was clear-contact-asks.test.ts)
describe('one clear contact need, in everyday words', () => {
  /**
   * Issue #13, class 1: a message that clearly asks for one contact gets it, not "did you mean": a course asked of
   * someone ("can someone come and hold a course?"), professional advice asked where or by which number, a line a young
   * person can call without a name, a website for young people. The words are data (content/contacts/training-wish-words.json,
   * advice-words.json, website-words.json). Sentences are this file's own.
   */
  const recognizer = createContactFeature({ translate, dataDir: '/nonexistent', directory, places }).recognizer;

  it.each([
    ['nb', 'Kan noen komme og ha en fagdag om tvangsekteskap for lærerne?', { training: true }],
    ['nn', 'Kan nokon kome og halde kurs for oss tilsette om æresvald?', { training: true }],
    ['en', 'Could somebody come and hold a course on honour-based violence for our team?', { training: true }],
    ['ar', 'هل يمكن لأحد أن يقدم ورشة عمل لموظفينا عن العنف المرتبط بالشرف؟', { training: true }],
    ['en', 'what number should a health visitor ring for expert advice about cutting', {}],
    ['nb', 'Hvilket nummer kan vi ringe for faglige råd om æresvold?', {}],
    ['pl', 'Szukam strony dla młodzieży o kontroli w rodzinie, którą mogę pokazać uczniom.', { website: true }],
  ] as const)('reads a contact question in %s: "%s"', (lng, message, query) => {
    const reading = recognizer.read(message, lng);
    expect(reading?.score).toBeGreaterThanOrEqual(0.75);
    expect(reading?.query).toMatchObject(query);
  });

  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Kan dere komme og holde opplæring for de ansatte om negativ sosial kontroll?', 'post@imdi.no'],
    ['en', 'Which number can a school nurse call for advice on forced marriage?', '478 09 050'],
    ['uk', 'Мій брат хоче анонімно з кимось поговорити, бо батьки все контролюють. Куди звернутися?', '815 55 201'],
    ['ti', 'ብዘይ ስም ክድውሉ ዝኽእሉ ቁጽሪ ንመንእሰያት ኣሎ ድዩ?', '815 55 201'],
    ['fa', 'شماره‌ای هست که یک نوجوان بدون گفتن اسمش زنگ بزند؟', '815 55 201'],
  ] as const)('%s: the contact, no "did you mean" ("%s")', async (lang: Lang, message: string, contact: string) => {
    const turn = readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);
    expect(turn.didYouMean || turn.cannotAnswer).toBe(false);
    expect(turn.texts.join('\n').replace(/[\u2066-\u2069]/gu, '')).toContain(contact);
  });
});

// (was website-for-young.test.ts)
describe('a website for a young person, asked beside advice', () => {
  /**
   * Issue #13, kind 3: two contacts asked at once where one is a website for the young person ("who can we talk to, and
   * is there a website she can read herself?"): the advice asked for, and beside it Nora (IMDi's portal where young people
   * read about their rights and whom to contact) and ung.no (anonymous questions), as the directory says of each. The
   * words asking for a site are data in every language (content/contacts/website-words.json). Sentences are this file's own.
   */
  const ids = (query: Parameters<typeof planSteps>[0]) => planSteps(query, directory).map((s) => s.serviceId);
  const recognizer = createContactFeature({ translate, dataDir: '/nonexistent', directory, places }).recognizer;

  it('plans Nora and ung.no right after the advice the asker needs first', () => {
    expect(ids({ askerRole: 'reception-centre', minor: true, website: true }).slice(0, 3)).toEqual(['kompetanseteamet', 'nora', 'ung-no']);
    expect(ids({ website: true }).slice(0, 2)).toEqual(['nora', 'ung-no']);
    // A service's own website asked for ("Kompetanseteamet's website") is that service's card, no portal beside it.
    expect(ids({ serviceId: 'kompetanseteamet', website: true })).not.toContain('nora');
  });

  it.each([
    ['nb', 'Finnes det en nettside der ungdom kan lese om rettighetene sine?'],
    ['en', 'Is there a website where teenagers can read about their rights?'],
    ['ru', 'Есть ли сайт, где подростки могут почитать о своих правах?'],
    ['pl', 'Czy jest strona internetowa, gdzie młodzież może poczytać o swoich prawach?'],
    ['tr', 'Gençlerin haklarını okuyabileceği bir internet sitesi var mı?'],
  ] as const)('reads a site asked for in %s: "%s"', (lng, message) => {
    expect(recognizer.read(message, lng)?.query).toMatchObject({ website: true });
  });

  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Jeg jobber i barnevernet. En gutt på 15 blir kontrollert hjemme. Hvem kan vi drøfte saken med, og finnes det en nettside han kan lese om rettighetene sine på?'],
    ['en', 'I teach at a lower secondary school. Two girls are not allowed to meet friends after school. Who can advise me, and is there a website for young people where they can read about their rights?'],
    ['ru', 'Я учитель. Есть ли сайт, где подростки могут почитать о своих правах, если семья их контролирует?'],
  ] as const)('%s: the advice and the sites for young people in one answer ("%s")', async (lang: Lang, message: string) => {
    const turn = readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);
    const texts = turn.texts.join('\n');
    expect(turn.didYouMean || turn.cannotAnswer).toBe(false);
    expect(texts).toContain('478 09 050');
    expect(texts).toContain('Nora');
    expect(texts).toContain('ung.no');
  });
});

// (was where-advisers-work.test.ts)
describe('where the diversity advisers work', () => {
  /**
   * Issue #13: where the diversity advisers work, asked by naming a kind of place beside them ("do kindergartens have
   * one?", "also at adult-education centres?"). They work at upper-secondary schools, some lower-secondary schools and
   * some adult-education centres (a pilot strengthened with two positions in 2024), not in kindergartens, which get case
   * advice from Kompetanseteamet (domain.md §1, §4, §12). The words for the places are data in every language
   * (content/contacts/institution-words.json). Sentences are this file's own.
   */
  const ids = (query: Parameters<typeof planSteps>[0]) => planSteps(query, directory).map((s) => s.serviceId);
  const recognizer = createContactFeature({ translate, dataDir: '/nonexistent', directory, places }).recognizer;

  it('plans "not in kindergartens" with Kompetanseteamet, and the adult-education pilot with the expert team', () => {
    expect(ids({ serviceId: 'diversity-advisers', institution: 'kindergarten' }).slice(0, 2)).toEqual(['diversity-advisers', 'kompetanseteamet']);
    expect(ids({ serviceId: 'diversity-advisers', institution: 'adult-education' }).slice(0, 2)).toEqual(['diversity-advisers', 'expert-team']);
  });

  it.each([
    ['nb', 'Kan barnehagen vår bruke en mangfoldsrådgiver?', 'kindergarten'],
    ['nn', 'Har barnehagar tilgang til ein mangfaldsrådgivar?', 'kindergarten'],
    ['en', 'Can our preschool get help from a diversity adviser?', 'kindergarten'],
    ['pl', 'Czy przedszkole może skorzystać z pomocy doradcy ds. różnorodności?', 'kindergarten'],
    ['nb', 'Har voksenopplæringssenteret vårt en minoritetsrådgiver?', 'adult-education'],
    ['en', 'Is a diversity adviser ever placed at an adult education centre?', 'adult-education'],
    ['ru', 'Бывают ли советники по многообразию в центрах образования для взрослых?', 'adult-education'],
  ] as const)('reads the place asked about in %s: "%s"', (lng, message, institution) => {
    expect(recognizer.read(message, lng)?.query).toMatchObject({ serviceId: 'diversity-advisers', institution });
  });

  it('a school or town named is an adviser lookup, not a place kind', () => {
    expect(recognizer.read('Hvem er mangfoldsrådgiver i Drammen?', 'nb')?.query.institution).toBeUndefined();
  });

  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Har barnehager en egen mangfoldsrådgiver, og hvem spør vi ellers?', 'ikke i barnehager', '478 09 050'],
    ['en', 'Does a kindergarten have a diversity adviser we could phone?', 'not in kindergartens', '478 09 050'],
    ['nn', 'Finst mangfaldsrådgivarar på vaksenopplæringa, eller berre på vidaregåande?', 'vaksenopplæringssenter', 'imdi.no'],
    ['en', 'Could a diversity adviser be found at an adult-education centre too?', 'adult-education centres', 'imdi.no'],
  ] as const)('%s: where the advisers work ("%s")', async (lang: Lang, message: string, where: string, contact: string) => {
    const turn = readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);
    const texts = turn.texts.join('\n');
    expect(turn.didYouMean || turn.cannotAnswer).toBe(false);
    expect(texts).toContain(where);
    expect(texts).toContain(contact);
  });
});

// (was contact-order-conversation.test.ts)
describe('contact order through the bot', () => {
  /**
   * Issue #17, contact order, through the real bot: the first contact on the card is one a person can reach now, each
   * says why it is in its place, no reason is given that the user did not state, and when someone is held abroad UD's
   * operations centre (+47 23 95 00 00, 24/7) is on the card – also when the contact question comes a turn later.
   */

  type Json = Record<string, unknown>;
  const MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

  // The file's app (test/helpers/test-app.ts), shared with its other describes; each chat below has its own id and user.
  const fileApp = oneAppPerFile();
  let app: TestApp;
  let n = 0;
  beforeAll(() => {
    app = fileApp.testApp();
  });

  function chat(locale: string) {
    n++;
    return conversation(app, { locale, from: { id: `29:order-${n}`, name: 'Test' }, conversation: { id: `order-${n}`, isGroup: false, conversationType: 'personal', name: 'x' } });
  }

  /** The cards behind a card's "show the answer" buttons (the emergency card holds the answers there). */
  function shownCards(card: Json): Json[] {
    const actions = Array.isArray(card['actions']) ? (card['actions'] as Json[]) : [];
    return actions.flatMap((a) => (a['type'] === 'Action.ShowCard' && typeof a['card'] === 'object' && a['card'] !== null ? [a['card'] as Json] : []));
  }

  /**
   * The contact card among a turn's replies, by its heading: a reply of its own, or (when the message also described
   * danger, e.g. someone held abroad) the answer behind the emergency card's "show the answer" button.
   */
  function contactCardIn(replies: Partial<Activity>[], title: string): Json {
    const outer = replies.flatMap((r) => (r.attachments ?? []).map((a) => a.content as Json));
    const cards = [...outer.flatMap(shownCards), ...outer];
    const card = cards.find((c) => JSON.stringify(c).replace(MARKS, '').includes(`"text":"${title}"`));
    if (!card) throw new Error(`no "${title}" card among ${cards.length} cards`);
    return card;
  }

  /** The names of the numbered contacts, in order ("1. …", "2. …"). */
  function contactsOf(card: Json): string[] {
    return openPart(card).texts.filter((t) => /^\d\. /.test(t));
  }

  async function say(locale: string, ...turns: string[]): Promise<Partial<Activity>[][]> {
    const adapter = chat(locale);
    const replies: Partial<Activity>[][] = [];
    for (const turn of turns) {
      const got: Partial<Activity>[] = [];
      await adapter.send(turn).startTest();
      while (adapter.activeQueue.length > 0) {
        const next = adapter.activeQueue.shift();
        if (next) got.push(next);
      }
      replies.push(got);
    }
    return replies;
  }

  it('"who covers Iran?": Amman answers it first; Kompetanseteamet (call now) is first; no "the person is abroad"', async () => {
    const [replies = []] = await say('en-US', 'who covers Iran?');
    const card = contactCardIn(replies, 'Who to contact');
    const open = openPart(card);
    expect(open.texts[1]).toBe("The special envoy at the embassy in Amman gives guidance on cases concerning Iran. The envoy's direct contact is not published, so the services you can reach now come first.");
    expect(contactsOf(card)).toEqual([
      '1. National competence team against negative social control and honour-related violence',
      '2. Ministry of Foreign Affairs operations centre (UD)',
      '3. Special envoy for integration matters, Embassy in Amman',
    ]);
    expect(open.buttons[0]).toBe('Call 478 09 050');
    const all = JSON.stringify(card);
    expect(all).not.toContain('The person is abroad');
    expect(all).toContain('If the person is abroad now');
  });

  it('"Eleven min holdes tilbake i Somalia": UD operations centre first, in view, with its 24/7 number and why', async () => {
    const [replies = []] = await say('nb-NO', 'eleven min holdes tilbake i Somalia av familien, hvem kontakter jeg?');
    // Someone held abroad is in danger: the emergency numbers (UD's 24/7 centre among them) come first.
    expect(replies[0] && isEmergencyReply(replies[0])).toBe(true);
    const card = contactCardIn(replies, 'Hvem du kan kontakte');
    expect(contactsOf(card)[0]).toBe('1. Utenriksdepartementets operative senter');
    const open = openPart(card);
    expect(open.texts).toContain('Hvorfor: Personen er i utlandet: UDs operative senter hjelper norske borgere i utlandet døgnet rundt.');
    expect(open.texts).toContain('+47 23 95 00 00 · Døgnåpent (24/7).');
    expect(open.buttons[0]).toBe('Ring +47 23 95 00 00');
    expect(contactsOf(card)).toContain('3. Spesialutsending for integreringssaker, ambassaden i Nairobi');
  });

  it('held abroad, then "who should I contact?" a turn later: UD operations centre is on the card', async () => {
    const [, second = []] = await say('en-US', 'A pupil of mine is being kept in Iraq by her family and cannot come home.', 'Who should I contact?');
    const card = contactCardIn(second, 'Who to contact');
    // UD's own entry, in view (not only a mention of its number under the envoys), with its call button. The danger
    // of turn 1 (a pupil kept abroad) is carried to this turn, so UD's 24/7 centre comes first, as when it is said at once.
    expect(contactsOf(card)[0]).toBe('1. Ministry of Foreign Affairs operations centre (UD)');
    expect(openPart(card).buttons).toContain('Call +47 23 95 00 00');
  });
});

// (was readable-contact-cards.test.ts)
/**
 * Issue #17: a contact card a person reads on one screen (1280×1000): who to call and why in view, the details and
 * sources behind a button; button titles that are not cut mid-word; no yellow text; sources by title, never a file.
 */

const contacts: ContactFeature = createContactFeature({ translate, dataDir: '/nonexistent', directory, places, advisers: fixtureAdvisers() });

/** Contact questions of every kind: countries (held, named only, before a journey), services, advisers, young people. */
const QUERIES: readonly ContactQuery[] = [
  {},
  { country: 'SO' },
  { country: 'SO', whereabouts: 'abroad' },
  { country: 'SO', whereabouts: 'abroad', minor: true },
  { country: 'IR' },
  { country: 'RU', whereabouts: 'abroad' },
  { country: 'PK', whereabouts: 'travelling-soon', minor: true },
  { country: 'BR', whereabouts: 'abroad' },
  { serviceId: 'special-envoys' },
  { serviceId: 'special-envoys', country: 'IQ' },
  { serviceId: 'kompetanseteamet' },
  { serviceId: 'diversity-advisers', place: 'Drammen' },
  { serviceId: 'diversity-advisers', place: 'Eksempelby vgs' },
  { youngSelf: true, minor: true },
  { youngSelf: true, minor: true, country: 'IQ', whereabouts: 'abroad' },
  { askerRole: 'health' },
  { askerRole: 'police', minor: true },
];

type Json = Record<string, unknown>;
function nodes(node: unknown): Json[] {
  if (Array.isArray(node)) return node.flatMap(nodes);
  if (node === null || typeof node !== 'object') return [];
  return [node as Json, ...Object.values(node).flatMap(nodes)];
}

/** Every card a contact question, a "show contact" button or the message extension can show, in `lng`. */
function everyContactCard(lng: Lang): { name: string; card: unknown }[] {
  const t = translate(lng);
  const search = createContactSearch({ contacts, translate });
  const searched = ['', 'Somalia', 'Drammen', 'kompetanseteamet'].flatMap((text) => {
    const outcome = search.search({ commandId: SEARCH_CONTACTS_COMMAND, parameters: [{ name: SEARCH_PARAMETER, value: text }] }, lng);
    return outcome.kind === 'result' ? (outcome.response.composeExtension?.attachments ?? []).map((a, i) => ({ name: `search "${text}" ${i}`, card: a.content })) : [];
  });
  return [
    ...QUERIES.map((query) => ({ name: `contacts ${JSON.stringify(query)}`, card: contacts.contactCardFor(query, lng, t) })),
    ...SERVICE_IDS.map((id) => ({ name: `details ${id}`, card: contacts.serviceCard(id, lng, t) })),
    ...searched,
  ];
}

/** The open part's budget: at 1280×1000 the card's first screen holds about this much (docs/screenshots/contact-*.png). */
const CONTACT_BUDGET = { characters: 1200, blocks: 18 } as const;

describe('contact cards fit on a screen', () => {
  it.each(['nb', 'en', 'ar'] as const)('the open part of every contact card is within the budget (%s)', (lng) => {
    const over = everyContactCard(lng)
      .map(({ name, card }) => ({ name, ...openPart(card) }))
      .filter((p) => p.characters > CONTACT_BUDGET.characters || p.blocks > CONTACT_BUDGET.blocks)
      .map((p) => `${p.name}: ${p.characters} characters, ${p.blocks} blocks`);
    expect(over).toEqual([]);
  });

  it.each(['nb', 'en', 'ar'] as const)('"who covers Somalia?" (%s): the answer and a service to call now are in view; details and sources are not', (lng) => {
    const card = contacts.contactCardFor({ country: 'SO' }, lng, translate(lng));
    const open = openPart(card);
    // The envoy's answer first, then a number to call now.
    expect(open.texts.slice(0, 2).join(' ')).toMatch(/Nairobi|نيروبي/);
    const firstCall = open.buttons.findIndex((b) => b.includes('478 09 050') || b.includes('23 95 00 00'));
    expect(firstCall).toBe(0);
    // Sources, e-mail addresses and web addresses wait behind "More about …".
    expect(open.texts.join(' ')).not.toMatch(/@|https?:|bufdir\.no|norway\.no \(/);
    expect(nodes(card).filter((n) => n['isVisible'] === false).length).toBeGreaterThanOrEqual(3);
  });

  it('someone held abroad: UD operations centre (+47 23 95 00 00, 24/7) is first and in view in every language, also in a long list', () => {
    for (const lng of LANGUAGES) {
      for (const query of [{ country: 'SO', whereabouts: 'abroad' }, { youngSelf: true, minor: true, country: 'IQ', whereabouts: 'abroad' }] as const) {
        const open = openPart(contacts.contactCardFor(query, lng, translate(lng)));
        expect(open.texts.join(' ')).toContain('+47 23 95 00 00');
      }
      const card = contacts.contactCardFor({ country: 'SO', whereabouts: 'abroad' }, lng, translate(lng));
      const firstAction = nodes(card).find((n) => n['type'] === 'Action.OpenUrl');
      expect(firstAction?.['url']).toBe('tel:+4723950000');
    }
  });
});

describe('contact button titles', () => {
  it.each(LANGUAGES)('every button title on every contact card fits (≤ %#30 characters) in %s', (lng) => {
    const long: string[] = [];
    let count = 0;
    for (const { name, card } of everyContactCard(lng)) {
      for (const node of nodes(card)) {
        if (typeof node['type'] !== 'string' || !node['type'].startsWith('Action.')) continue;
        const title = shownText(String(node['title'] ?? ''));
        count++;
        if ([...title].length > MAX_BUTTON_TITLE) long.push(`${name}: «${title}»`);
      }
    }
    expect(long).toEqual([]);
    expect(count).toBeGreaterThan(100);
  });

  it('uses the short names people use on buttons, the full name in the card body', () => {
    const card = contacts.contactCardFor({ country: 'SO' }, 'nb', translate('nb'));
    const titles = nodes(card).filter((n) => typeof n['type'] === 'string' && String(n['type']).startsWith('Action.')).map((n) => n['title']);
    expect(titles).toEqual(expect.arrayContaining(['Mer om Kompetanseteamet', 'Detaljer: Kompetanseteamet', 'Mer om UDs operative senter']));
    const texts = nodes(card).filter((n) => n['type'] === 'TextBlock').map((n) => n['text']);
    expect(texts).toContain('1. Kompetanseteamet mot negativ sosial kontroll og æresrelatert vold');
    for (const lng of LANGUAGES) {
      const t = translate(lng);
      for (const id of SERVICE_IDS) {
        const short = t(`contacts:short.${id}`);
        expect(short).not.toMatch(/^(contacts:)?short\./);
        expect([...short].length).toBeLessThanOrEqual(27);
      }
    }
  });
});

describe('contact cards are readable', () => {
  it.each(LANGUAGES)('no text is coloured warning or attention, and no source shows a seed file or a line number (%s)', (lng) => {
    for (const { name, card } of everyContactCard(lng)) {
      const coloured = nodes(card).filter((n) => n['type'] === 'TextBlock' && /^(warning|attention)$/i.test(String(n['color'] ?? '')));
      expect(coloured.map((n) => `${name}: ${String(n['text'])}`)).toEqual([]);
      expect(JSON.stringify(card)).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt|\bl\. \d+–\d+/);
    }
  });

  it('puts the sources of each service behind its own "Kilder" button, by title and link', () => {
    const card = contacts.contactCardFor({ country: 'SO', whereabouts: 'abroad' }, 'nb', translate('nb'));
    const toggles = nodes(card).filter((n) => n['type'] === 'Action.ToggleVisibility' && String(n['title']).startsWith('Kilder'));
    expect(toggles.length).toBeGreaterThanOrEqual(2);
    const ids = nodes(card).flatMap((n) => (typeof n['id'] === 'string' ? [n['id']] : []));
    expect(new Set(ids).size).toBe(ids.length);
    for (const toggle of toggles) for (const target of toggle['targetElements'] as string[]) expect(ids).toContain(target);
    expect(JSON.stringify(card)).toContain('[Bufdir – Kompetanseteamet mot negativ sosial kontroll og æresrelatert vold (lest 1. november 2026)](https://www.bufdir.no/vold/aresrelatert/kompetanseteamet/)');
  });
});

const RTL_LANGUAGES_LIST = [...RTL_LANGUAGES];

describe('opening hours are said once, and read left to right in right-to-left replies (issue #13, kind 4)', () => {
  /** The services with office hours, and the hour they close (content/contacts/services.json). */
  const OFFICE_HOURS = [
    { id: 'kompetanseteamet', closes: '15', phone: '478 09 050' },
    { id: 'rode-kors-telefonen', closes: '17', phone: '815 55 201' },
  ] as const;

  it.each(LANGUAGES)('the hour a service closes appears once in its hours (%s)', (lng) => {
    for (const { id, closes } of OFFICE_HOURS) {
      const hours = directory.service(id).hours?.text[lng] ?? '';
      // "من 09 إلى 15 (09:00–15:00)" said the time twice; Urdu's "سہ پہر 3 بجے" is the same hour again in other words.
      expect({ id, times: hours.match(new RegExp(`(?<!\\d)${closes}(?!\\d)`, 'gu'))?.length ?? 0 }).toEqual({ id, times: 1 });
      expect(hours).not.toMatch(/\(\s*\d/u);
    }
  });

  it.each(RTL_LANGUAGES_LIST)('the card line with the number and hours isolates the times left to right (%s)', (lng) => {
    for (const { id, phone } of OFFICE_HOURS) {
      const card = isolateCardText(contacts.contactCardFor({ serviceId: id }, lng, translate(lng)));
      const line = nodes(card).flatMap((n) => (typeof n['value'] === 'string' && n['value'].includes(phone) ? [n['value']] : []))[0] ?? '';
      // U+2066 … U+2069 around the clock times, as Teams shows them: "09:00–15:00" reads the same in an Arabic line.
      expect(line).toMatch(new RegExp(`\\u2066\\d{1,2}:00\\u2060?–\\u2060?\\d{1,2}:00\\u2069`, 'u'));
      expect(stripIsolates(line).match(/\d{1,2}:00/gu)).toHaveLength(2);
    }
  });
});
