import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestAdapter, type TurnContext } from 'botbuilder';
import { CardActionRouter } from '../../src/bot/card-action-router';
import { createContactFeature } from '../../src/contacts';
import { createCountryNames } from '../../src/contacts/country-names';
import { createContactPlanner } from '../../src/contacts/plan-contacts';
import { CONVERSATION_TTL_MS, createConversationStore } from '../../src/conversation/conversation-state';
import type { Lang } from '../../src/language/languages';
import { contentPath } from '../../src/paths/content-root';
import { ExpiringMemoryStorage } from '../../src/storage/expiring-memory-storage';
import { type AnswerReaderDeps, createTriageFeature, createTriageRecognizer, notedFacts, planTriage, readCommand, readFacts, type Step, STEPS, TRIAGE_SCORE, TRIAGE_SCORE_WHEN_ASKING_WHO, type TriageFacts, triagePlanCard, triageQuestionCard } from '../../src/triage';
import { loadTriageWords, ROLE_WORDS, triageWordsSchema, WORRY_ABOUT } from '../../src/triage/triage-lexicon';
import { dangerDetector } from '../../src/understanding/danger-detector';
import type { Understanding } from '../../src/understanding/types';
import { prepareUtterance } from '../../src/understanding/understand';
import { directory, noAdvisers, places, translate, turnFor } from '../contacts/contact-fixtures';

// (was triage-recognizer.test.ts)

const recognizer = createTriageRecognizer();
const score = (text: string, lng: Lang = 'nb'): number | undefined => recognizer.recognize(prepareUtterance(text, lng))[0]?.score;

describe('triage recognizer: "I\'m worried about a pupil" starts the triage', () => {
  it.each([
    ['nb', 'jeg er bekymret for en elev'],
    ['nb', 'Jeg er litt bekymra for ei av jentene i klassen'],
    ['nb', 'bekymret for en 14 år gammel gutt'],
    ['nb', 'jeg er bekymrt for en elev'],
    ['nn', 'eg er uroa for ein elev'],
    ['nn', 'eg er lærar og uroleg for ein gut'],
    ['en', "I'm worried about a pupil"],
    ['en', 'we are concerned about one of our students'],
    ['ar', 'أنا قلق على طالبة'],
    ['so', 'Waxaan ka welwelsanahay arday'],
    ['fa', 'من در مورد یک شاگرد نگران هستم'],
    ['ur', 'مجھے ایک طالبہ کی فکر ہے'],
    ['uk', 'Я хвилююся за ученицю'],
    ['ru', 'Я беспокоюсь за ученика'],
    ['tr', 'Bir öğrencim için endişeliyim'],
    ['pl', 'Martwię się o uczennicę'],
    ['ti', 'ብዛዕባ ሓንቲ ተምሃሪት ተሻቒለ ኣለኹ'],
  ] as const)('%s: %s', (lng, text) => {
    expect(score(text, lng)).toBe(TRIAGE_SCORE);
  });

  it.each([
    ['bekymret for at eleven skal sendes til hjemlandet', 'a worry about an event, not about a person'],
    ['foreldrene er bekymret for datteren', "someone else's worry"],
    ['en elev skal på ferie til Afghanistan og vi er bekymret', 'no person after the worry'],
    ['hva er meldeplikt når jeg er bekymret for en elev', 'a question about a duty'],
    ['Eleven er holdt tilbake i Somalia', 'a contact question'],
    ['hjelp', 'a command'],
  ])('leaves alone: %s (%s)', (text) => {
    expect(score(text)).toBeUndefined();
  });

  it('yields to the contact card when the message asks whom to call', () => {
    expect(score('hvem skal jeg ringe når jeg er bekymret for en elev')).toBe(TRIAGE_SCORE_WHEN_ASKING_WHO);
  });
});

// (was triage-words.test.ts)

const file = contentPath('understanding', 'triage', 'words.json');

describe('the triage words are data (content/understanding/triage/words.json)', () => {
  it('loads every concept and every role, with a review status', () => {
    const words = loadTriageWords();
    expect(['machine-assisted', 'native-reviewed']).toContain(words.review);
    expect(WORRY_ABOUT).toContain('worried about');
    expect(ROLE_WORDS.police).toContain('politi*');
  });

  it('rejects a file with a concept left out or a role misspelt, instead of listening for nothing', () => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { phrases: Record<string, unknown>; roles: Record<string, unknown> };
    const { cancel: _dropped, ...phrases } = data.phrases;
    expect(triageWordsSchema.safeParse({ ...data, phrases }).success).toBe(false);
    const { police, ...roles } = data.roles;
    expect(triageWordsSchema.safeParse({ ...data, roles: { ...roles, polise: police } }).success).toBe(false);
    expect(triageWordsSchema.safeParse({ ...data, between: ['en av'] }).success).toBe(false);
  });
});

// (was triage-plan.test.ts)

describe('the triage plan', () => {
  const planner = createContactPlanner(directory, translate);
  const t = translate('en');
  const plan = (facts: TriageFacts) => planTriage(facts, (query) => planner.planContacts(query, 'en'), t);
  const services = (facts: TriageFacts) => plan(facts).contacts.map((c) => c.serviceId);

  it('abroad in Somalia, under 18, school: the envoy in Nairobi first, UD, Kompetanseteamet, child welfare', () => {
    expect(services({ danger: false, whereabouts: 'abroad', country: 'SO', age: 'minor', role: 'school' })).toEqual(['envoy-nairobi', 'ud-operations-centre', 'kompetanseteamet', 'child-welfare']);
  });

  it('danger puts the police first, except when the asker is the police', () => {
    expect(services({ danger: true, whereabouts: 'norway', age: 'minor', role: 'school' })[0]).toBe('police-emergency');
    expect(services({ danger: true, whereabouts: 'norway', age: 'minor', role: 'police' })).not.toContain('police-emergency');
  });

  it('abroad with the country unknown: UD finds the embassy, Kompetanseteamet advises', () => {
    expect(services({ danger: false, whereabouts: 'abroad', country: 'unknown', age: 'adult', role: 'nav-refugee' })).toEqual(['ud-operations-centre', 'kompetanseteamet']);
  });

  it('does not send child welfare to itself, and gives the diversity advisers only to schools', () => {
    const childWelfare = services({ danger: false, whereabouts: 'norway', age: 'minor', role: 'child-welfare' });
    expect(childWelfare).not.toContain('child-welfare');
    expect(childWelfare).not.toContain('diversity-advisers');
    expect(services({ danger: false, whereabouts: 'norway', age: 'minor', role: 'school' })).toContain('diversity-advisers');
  });

  it('a young person under 18 gets the anonymous lines first, not Kompetanseteamet (which takes adults only)', () => {
    const young = services({ danger: false, whereabouts: 'norway', age: 'minor', role: 'young-person' });
    expect(young.slice(0, 2)).toEqual(['rode-kors-telefonen', 'alarmtelefonen']);
    expect(young).not.toContain('kompetanseteamet');
    expect(plan({ danger: false, whereabouts: 'norway', age: 'minor', role: 'young-person' }).dont).toEqual([]);
  });

  it('age unknown: child welfare "if under 18", and a note to find out', () => {
    const p = plan({ danger: false, whereabouts: 'norway', age: 'unknown', role: 'health' });
    expect(p.contacts.find((c) => c.serviceId === 'child-welfare')?.reason).toMatch(/under 18/);
    expect(p.prepare).toContain('ageUnknown');
  });

  it('what not to do follows the case: travel plans, waiting, telling the parents about a report', () => {
    expect(plan({ danger: false, whereabouts: 'travelling-soon', country: 'PK', age: 'minor', role: 'school' }).dont).toEqual(
      expect.arrayContaining(['confront', 'interpreter', 'askParents', 'tellParents', 'promise']),
    );
    expect(plan({ danger: false, whereabouts: 'abroad', country: 'IQ', age: 'adult', role: 'police' }).dont).toContain('wait');
  });

  it('every prepare and dont key has a text in every language', () => {
    const all = [
      plan({ danger: true, whereabouts: 'travelling-soon', country: 'PK', age: 'minor', role: 'school' }),
      plan({ danger: false, whereabouts: 'abroad', country: 'SO', age: 'adult', role: 'volunteer' }),
      plan({ danger: false, whereabouts: 'abroad', age: 'unknown', role: 'young-person' }),
    ];
    for (const lng of ['nb', 'nn', 'en', 'ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl', 'ti'] as const) {
      const tl = translate(lng);
      for (const p of all) {
        for (const key of p.prepare) expect(tl(`triage:prepare.${key}`)).not.toBe(`prepare.${key}`);
        for (const key of p.dont) expect(tl(`triage:dont.${key}`)).not.toBe(`dont.${key}`);
      }
    }
  });
});

// (was read-answer.test.ts)

const countries = createCountryNames();
/** The contact recognizer's whereabouts reading is stubbed: these tests are about the triage's own words. */
const deps: AnswerReaderDeps = {
  countryIn: (text, lng) => countries.find(text, lng)[0]?.code,
  whereaboutsIn: () => undefined,
};
const read = (text: string, asking?: Step, lng: Lang = 'nb') => readFacts(text, lng, asking, deps);

describe('reading free-text answers', () => {
  it.each([
    ['ja', { danger: true }],
    ['nei, ikke akutt', { danger: false }],
    ['vet ikke', { danger: false }],
  ] as const)('danger question: %s', (text, facts) => {
    expect(read(text, 'danger')).toEqual(facts);
  });

  it.each([
    ['utlandet', { whereabouts: 'abroad' }],
    ['i Norge', { whereabouts: 'norway' }],
    ['her', { whereabouts: 'norway' }],
    ['hun skal reise i sommer', { whereabouts: 'travelling-soon' }],
  ] as const)('where question: %s', (text, facts) => {
    expect(read(text, 'whereabouts')).toEqual(facts);
  });

  it('"her" is only Norway as the answer to "where?" (it is also English "her")', () => {
    expect(read("I'm worried about her", undefined, 'en')).toEqual({});
  });

  it.each([
    ['Somalia', 'nb', 'SO'],
    ['somalisk', 'nb', 'SO'],
    ['العراق', 'ar', 'IQ'],
    ['Пакистан', 'ru', 'PK'],
  ] as const)('country in any language: %s', (text, lng, code) => {
    expect(read(text, 'country', lng).country).toBe(code);
  });

  it.each([
    ['15', 'minor'],
    ['hun er 16', 'minor'],
    ['19', 'adult'],
    ['under 18', 'minor'],
    ['voksen', 'adult'],
    ['vet ikke', 'unknown'],
  ] as const)('age question: %s', (text, age) => {
    expect(read(text, 'age').age).toBe(age);
  });

  it('a number in a sentence is not an age outside the age question', () => {
    expect(read('rom 15', 'role').age).toBeUndefined();
    expect(read('vi har 15 elever', 'danger').age).toBeUndefined();
  });

  it.each(['danger', 'whereabouts', 'country', 'role'] as const)('a number on its own, "15 år" and "under 18" are ages while the %s question is open', (asking) => {
    expect(read('15', asking).age).toBe('minor');
    expect(read('15 år', asking).age).toBe('minor');
    expect(read('under 18', asking).age).toBe('minor');
    expect(read('15 years', asking, 'en').age).toBe('minor');
  });

  it.each([
    ['lærer', 'nb', 'school'],
    ['kontaktlærer', 'nb', 'school'],
    ['teacher', 'en', 'school'],
    ['barnevernet', 'nb', 'child-welfare'],
    ['jobber i barnevernet', 'nb', 'child-welfare'],
    ['politiet', 'nb', 'police'],
    ['a nurse', 'en', 'health'],
    ['jobber på skolen', 'nb', 'school'],
    ['work at a school', 'en', 'school'],
  ] as const)('a role on its own counts while another question is open: %s', (text, lng, role) => {
    expect(read(text, 'danger', lng).role).toBe(role);
    expect(read(text, 'age', lng).role).toBe(role);
  });

  it('out of turn, a school as a place, "meg" or a role inside a longer sentence is not a role', () => {
    expect(read('skolen', 'danger').role).toBeUndefined();
    expect(read('på skolen', 'whereabouts').role).toBeUndefined();
    expect(read('meg', 'danger').role).toBeUndefined();
    expect(read('hva sier loven om lærere', 'danger').role).toBeUndefined();
  });

  it.each([
    ['lærer', 'school'],
    ['helsesykepleier på skolen', 'health'],
    ['barnevernet', 'child-welfare'],
    ['politiet', 'police'],
    ['NAV', 'nav-refugee'],
    ['frivillig', 'volunteer'],
    ['det gjelder meg', 'young-person'],
  ] as const)('role question: %s', (text, role) => {
    expect(read(text, 'role').role).toBe(role);
  });

  it('a role in a first message counts only when stated ("jeg er lærer"), not a school in passing', () => {
    expect(read('jeg er lærer og bekymret for en elev').role).toBe('school');
    expect(read('jeg er bekymret for en elev på skolen').role).toBeUndefined();
  });

  it('one message can answer several questions', () => {
    expect(read('Hun er sendt til Somalia, hun er 15', 'whereabouts')).toMatchObject({ country: 'SO', age: 'minor' });
  });

  it.each([
    ['avbryt', 'cancel'],
    ['Cancel', 'cancel'],
    ['отмена', 'cancel'],
    ['iptal', 'cancel'],
    ['start på nytt', 'restart'],
    ['start over', 'restart'],
    ['zacznij od nowa', 'restart'],
  ] as const)('command: %s', (text, command) => {
    expect(readCommand(text)).toBe(command);
  });

  it('"stopp" inside a sentence is not a command', () => {
    expect(readCommand('skolen vil ikke stoppe det som skjer hjemme')).toBeUndefined();
  });
});

// (was triage-cards.test.ts)

describe('triage cards', () => {
  const t = translate('nb');
  type Action = { type: string; title: string; data?: Record<string, unknown> };
  type Element = { type: string; actions?: Action[]; items?: Element[]; id?: string; text?: string };

  it.each(STEPS)('the %s question: answers as Action.Submit buttons with verb "triage", at most three a row, and a cancel button', (step) => {
    const card = triageQuestionCard('nb', t, step);
    const rows = (card.body as Element[]).filter((e) => e.type === 'ActionSet');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.actions!.length).toBeLessThanOrEqual(3);
      for (const action of row.actions!) {
        expect(action.type).toBe('Action.Submit');
        expect(action.data).toMatchObject({ verb: 'triage', set: step });
      }
    }
    expect(card.actions).toEqual([expect.objectContaining({ title: 'Avbryt', data: { verb: 'triage', command: 'cancel' } })]);
  });

  it('the country question has a text box whose value comes back with the submit', () => {
    const card = triageQuestionCard('nb', t, 'country');
    const box = (card.body as Element[]).flatMap((e) => e.items ?? []).find((e) => e.type === 'Input.Text');
    expect(box).toMatchObject({ id: 'countryText', maxLength: 100 });
  });

  it('the first question introduces the conversation, says what is kept, and offers the guide instead', () => {
    const text = JSON.stringify(triageQuestionCard('nb', t, 'danger', { intro: true }));
    expect(text).toContain('opptil fem korte spørsmål');
    expect(text).toContain('30 minutter');
    expect(text).toContain('"articleId":"what-school-staff-should-do"');
  });

  it('answers given out of order are acknowledged above the question asked again', () => {
    const noted = notedFacts({ whereabouts: 'abroad', country: 'SO', age: 'minor', role: 'school' }, t, 'Somalia');
    expect(noted).toBe('I utlandet, Somalia, Under 18, Skole eller barnehage');
    const text = JSON.stringify(triageQuestionCard('nb', t, 'danger', { noted }));
    expect(text).toContain('Notert: I utlandet, Somalia, Under 18, Skole eller barnehage. Men først:');
    expect(text.indexOf('Notert:')).toBeLessThan(text.indexOf('Er noen i akutt fare'));
    expect(JSON.stringify(triageQuestionCard('nb', t, 'danger'))).not.toContain('Notert:');
  });

  it('right to left in Arabic', () => {
    expect(triagePlanCard('ar', translate('ar'), { facts: {}, contacts: [], prepare: [], dont: [], articles: [] }).rtl).toBe(true);
  });

  it('the plan: who first and why, then the rest in order, what to prepare and avoid, article buttons and "start again"', () => {
    const card = triagePlanCard('nb', t, {
      facts: { danger: false, whereabouts: 'abroad', age: 'minor', role: 'school' },
      countryName: 'Somalia',
      contacts: [
        { name: 'Spesialutsending, Nairobi', reason: 'Dekker Somalia.' },
        { name: 'UD', reason: 'Døgnåpent.' },
      ],
      prepare: ['writeDown'],
      dont: ['confront'],
      articles: [{ id: 'involuntary-stay-abroad', title: 'Ufrivillig utenlandsopphold' }],
    });
    const text = JSON.stringify(card);
    expect(text).toContain('**Kontakt først: Spesialutsending, Nairobi.** Dekker Somalia.');
    expect(text).toContain('1. UD – Døgnåpent.');
    expect(text).toContain('I utlandet (Somalia) · Under 18 · Skole eller barnehage');
    expect(text).toContain('Skriv ned hva du har sett');
    expect(text).toContain('Ikke konfronter familien');
    expect(card.actions).toEqual([
      expect.objectContaining({ data: { verb: 'show-article', articleId: 'involuntary-stay-abroad' } }),
      expect.objectContaining({ data: { verb: 'triage', command: 'restart' } }),
    ]);
  });
});

// (was triage-state.test.ts)

/**
 * What the triage keeps between turns: only categories, in a store that forgets. Driven through the feature
 * with a bare bot loop (no understanding step), so the stored items can be inspected.
 */
describe('triage state', () => {
  const contacts = createContactFeature({ translate, dataDir: mkdtempSync(path.join(tmpdir(), 'triage-state-')), directory, places, advisers: noAdvisers() });
  let now = Date.parse('2026-11-30T09:00:00Z');
  const storage = new ExpiringMemoryStorage(CONVERSATION_TTL_MS, 100, () => now);
  const conversation = createConversationStore(storage);
  const emergencies: string[] = [];
  const triage = createTriageFeature({
    contacts,
    danger: dangerDetector,
    sendEmergency: async (turn) => {
      emergencies.push(turn.lng);
      await turn.context.sendActivity('EMERGENCY');
    },
    articleTitle: () => undefined,
    now: () => new Date(now),
    state: conversation.state,
  });
  const router = new CardActionRouter(triage.cardActions);
  const nothingUnderstood: Understanding = { danger: false, intent: { kind: 'unknown' }, candidates: [] };

  let chats = 0;
  const chat = () => new TestAdapter(bot, { conversation: { id: `state-chat-${++chats}`, isGroup: false, name: 'x', conversationType: 'personal' } });

  const bot = async (context: TurnContext) => {
    await conversation.load(context);
    const turn = turnFor(context);
    if (context.activity.value) await router.route(turn, context.activity.value);
    else if ((await triage.flow.continueTurn(turn, { text: context.activity.text ?? '', understanding: nothingUnderstood })) === 'not-active') {
      await triage.handleTriage(turn, { kind: 'triage' });
    }
    await conversation.save(context);
  };

  it('stores the answers as categories only: no names, no places, no typed country', async () => {
    await chat()
      .send('Jeg er bekymret for Fatima på Hellerud. Hun er sendt til Somalia, hun er 15')
      .assertReply((reply) => expect(JSON.stringify(reply.attachments)).toContain('Er noen i akutt fare'))
      .startTest();
    const stored = storage.snapshot().join('\n');
    expect(stored).toContain('"country":"SO"');
    expect(stored).toContain('"age":"minor"');
    for (const word of ['Fatima', 'Hellerud', 'Somalia', 'bekymret', '15']) expect(stored).not.toContain(word);
    const items = storage.snapshot().map((json) => JSON.parse(json) as Record<string, unknown>);
    expect(JSON.stringify(items)).toMatch(/"facts":\{[^}]*\},"asking":"danger"/);
  });

  it('a country typed into the card box is read, and only its code is kept', async () => {
    await chat()
      .send('jeg er bekymret for en elev')
      .assertReply(() => undefined)
      .send({ type: 'message', value: { verb: 'triage', set: 'whereabouts', value: 'abroad' } })
      .assertReply(() => undefined)
      .send({ type: 'message', value: { verb: 'triage', set: 'country', countryText: 'Tsjetsjenia' } })
      .assertReply((reply) => expect(JSON.stringify(reply.attachments)).toContain('Er noen i akutt fare'))
      .startTest();
    const stored = storage.snapshot().join('\n');
    expect(stored).toContain('"country":"RU"');
    expect(stored).not.toMatch(/Tsjetsjenia/i);
  });

  it('a "yes" button to the danger question sends the emergency card once, first', async () => {
    emergencies.length = 0;
    await chat()
      .send('jeg er bekymret for en elev')
      .assertReply(() => undefined)
      .send({ type: 'message', value: { verb: 'triage', set: 'danger', value: 'yes' } })
      .assertReply('EMERGENCY')
      .assertReply((reply) => expect(reply.text).toContain('Ring 112'))
      .assertReply((reply) => expect(JSON.stringify(reply.attachments)).toContain('Hvor er personen'))
      .startTest();
    expect(emergencies).toEqual(['nb']);
  });

  it('a turn with no triage active stores nothing', async () => {
    const before = storage.snapshot().length;
    const plainChat = new TestAdapter(
      async (context) => {
        expect(await triage.flow.continueTurn(turnFor(context), { text: context.activity.text ?? '', understanding: nothingUnderstood })).toBe('not-active');
        await conversation.save(context);
        await context.sendActivity('ok');
      },
      { conversation: { id: 'no-triage-chat', isGroup: false, name: 'x', conversationType: 'personal' } },
    );
    await plainChat.send('hva er negativ sosial kontroll').assertReply('ok').send('hjelp').assertReply('ok').startTest();
    expect(storage.snapshot()).toHaveLength(before);
  });

  it('forgets everything after the TTL', async () => {
    now += CONVERSATION_TTL_MS + 1;
    expect(storage.snapshot()).toEqual([]);
  });
});
