import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { createHistoryRecognizer } from '../../src/conversation/history-reader';
import { cardTexts } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import type { StatsQueryModel } from '../../src/stats/answers/stats-query';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { readStatsFile } from '../../src/stats/store/read-stats-file';
import { prepareUtterance } from '../../src/understanding/understand';
import { TEAMS_REGISTRATION_FORM } from '../helpers/registration-form';
import { textBlocks } from '../helpers/card-elements';
import { buildTestApp, conversation, oneAppPerFile, type TestApp } from '../helpers/test-app';

// (was stats-conversation.test.ts)
/**
 * Statistics end to end through the real bot (real features, recognizers, router, lowdb store on a temporary
 * DATA_DIR): what a registrar and an ordinary user type, and what the bot shows.
 */

const REGISTRAR = '11111111-1111-4111-8111-111111111111';
const SECOND_REGISTRAR = '33333333-3333-4333-8333-333333333333';
const OTHER = '22222222-2222-4222-8222-222222222222';
/** Someone who only asks for figures. */
const READER = '44444444-4444-4444-8444-444444444444';
const START = new Date('2026-11-24T12:00:00Z');

const form = TEAMS_REGISTRATION_FORM;

const NOT_AVAILABLE_NB =
  'Registrering av saker er bare tilgjengelig for registrerte rådgivere og utsendinger. Ta kontakt med IMDi hvis du mener du skal ha tilgang.';

function cardOf(activity: Partial<Activity>): Record<string, unknown> {
  const attachment = activity.attachments?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachment?.content as Record<string, unknown>;
}
const cardJson = (activity: Partial<Activity>) => JSON.stringify(cardOf(activity));

/** The undo button's case id on a confirmation card. */
function undoIdOf(activity: Partial<Activity>): string {
  const actions = cardOf(activity)['actions'] as { data: { verb: string; id: string } }[];
  const undo = actions.find((a) => a.data.verb === 'undo-registration');
  expect(undo).toBeDefined();
  return undo?.data.id ?? '';
}

const submit = (value: Record<string, unknown>): Partial<Activity> => ({ type: 'message', value });
/** The registration form submitted, as it is or with some fields changed. */
const registerCase = (changes: Record<string, unknown> = {}) => submit({ verb: 'register-case', ...form, ...changes });
/** The registration was confirmed. */
const confirmed = (reply: Partial<Activity>) => expect(textBlocks(cardOf(reply)).some((t) => t.startsWith('Saken er registrert'))).toBe(true);

interface Chat {
  readonly app: TestApp;
  clock: Date;
  as(aadObjectId: string | undefined, locale?: string): ReturnType<typeof conversation>;
  storedCases(): Promise<number>;
}

async function startChat(env: Record<string, string> = {}): Promise<Chat> {
  const state = { clock: START };
  const app = await buildTestApp({ REGISTRAR_AAD_IDS: `${REGISTRAR},${SECOND_REGISTRAR}`, ...env }, { now: () => state.clock });
  return {
    app,
    get clock() {
      return state.clock;
    },
    set clock(value: Date) {
      state.clock = value;
    },
    as(aadObjectId, locale = 'nb-NO') {
      const id = aadObjectId ?? 'anonymous-user';
      return conversation(app, {
        locale,
        from: { id: `29:${id}`, name: 'Test', ...(aadObjectId ? { aadObjectId } : {}) },
        conversation: { id: `personal-${id}-${locale}`, isGroup: false, conversationType: 'personal', name: 'x' },
      });
    },
    // Read from the files, as a restarted bot or `npm run stats:export` would see them.
    storedCases: async () => (await readStatsFile(app.dataDir)).cases.length,
  };
}

/**
 * Registrars of their own for each test of the shared app below (the store's rate limit and the undo rights are per
 * registrar), all listed in its REGISTRAR_AAD_IDS.
 */
const REGISTRARS_OF_TESTS = Array.from({ length: 8 }, (_, i) => [
  `aaaaaaaa-0000-4000-8000-${String(i).padStart(12, '0')}`,
  `bbbbbbbb-0000-4000-8000-${String(i).padStart(12, '0')}`,
] as const);

describe('registering a case through the bot', () => {
  // One app for the describe (a build costs seconds); each test registers as registrars of its own, on a clock set
  // back to START, and counts only the cases stored during it.
  let shared: Chat;
  let chat: Chat;
  let registrar: string;
  let secondRegistrar: string;
  let casesBefore = 0;
  let test = 0;
  const newCases = async () => (await chat.storedCases()) - casesBefore;
  beforeAll(async () => {
    shared = await startChat({
      REGISTRAR_AAD_IDS: REGISTRARS_OF_TESTS.flat().join(','),
      REGISTRATIONS_PER_USER_PER_MINUTE: '2',
    });
  }, 120_000);
  afterAll(() => shared.app.close());
  afterEach(async () => {
    if (chat !== shared) await chat.app.close();
  });
  beforeEach(async () => {
    const own = REGISTRARS_OF_TESTS[test++];
    if (!own) throw new Error('add registrars to REGISTRARS_OF_TESTS');
    [registrar, secondRegistrar] = own;
    chat = shared;
    chat.clock = START;
    casesBefore = await chat.storedCases();
  });

  it('opens the form for a registrar who types "registrer sak"', async () => {
    await chat
      .as(registrar)
      .send('registrer sak')
      .assertReply((reply) => {
        const card = cardOf(reply);
        const json = JSON.stringify(card);
        expect(textBlocks(card)).toContain('Registrer en sak');
        for (const field of Object.keys(form)) expect(json).toContain(`"id":"${field}"`);
        expect(json).toContain('"verb":"register-case"');
        // Choices only: no free-text input anywhere on the form.
        expect(json).not.toContain('Input.Text');
      })
      .startTest();
  });

  it('registers a valid form, confirms it with an undo button, and stores it durably', async () => {
    await chat
      .as(registrar)
      .send(registerCase())
      .assertReply((reply) => {
        const card = cardOf(reply);
        expect(textBlocks(card)).toContain('Saken er registrert (Mangfoldsrådgiver, oktober 2026). Du kan angre i 10 minutter.');
        expect(JSON.stringify(card)).toContain('"title":"Angre registreringen"');
        expect(undoIdOf(reply)).toMatch(/^[0-9a-f-]{36}$/);
      })
      .startTest();
    expect(await newCases()).toBe(1);
  });

  it('undoes a registration within 10 minutes', async () => {
    let id = '';
    await chat
      .as(registrar)
      .send(registerCase())
      .assertReply((reply) => void (id = undoIdOf(reply)))
      .startTest();
    chat.clock = new Date(START.getTime() + 9 * 60_000 + 59_000);
    await chat.as(registrar).send(submit({ verb: 'undo-registration', id })).assertReply('Registreringen er angret. Saken er slettet.').startTest();
    expect(await newCases()).toBe(0);
    // A second undo finds nothing.
    await chat.as(registrar).send(submit({ verb: 'undo-registration', id })).assertReply((reply) => expect(reply.text).toContain('finner ikke')).startTest();
  });

  it('refuses an undo after 10 minutes, and another registrar’s undo at any time', async () => {
    let id = '';
    await chat
      .as(registrar)
      .send(registerCase())
      .assertReply((reply) => void (id = undoIdOf(reply)))
      .startTest();
    await chat.as(secondRegistrar).send(submit({ verb: 'undo-registration', id })).assertReply('Du kan bare angre dine egne registreringer.').startTest();
    chat.clock = new Date(START.getTime() + 10 * 60_000 + 1_000);
    await chat
      .as(registrar)
      .send(submit({ verb: 'undo-registration', id }))
      .assertReply('Det har gått mer enn 10 minutter, så registreringen kan ikke angres her lenger. Ta kontakt med IMDi hvis den er feil.')
      .startTest();
    expect(await newCases()).toBe(1);
  });

  it('allows at most REGISTRATIONS_PER_USER_PER_MINUTE registrations per user per minute', async () => {
    // The shared app's REGISTRATIONS_PER_USER_PER_MINUTE is 2.
    await chat
      .as(registrar)
      .send(registerCase())
      .assertReply(confirmed)
      .send(registerCase())
      .assertReply(confirmed)
      .send(registerCase())
      .assertReply('Du har registrert mange saker det siste minuttet. Vent litt og prøv igjen.')
      .startTest();
    // Another registrar has a limit of their own.
    await chat
      .as(secondRegistrar)
      .send(registerCase())
      .assertReply(confirmed)
      .startTest();
    expect(await newCases()).toBe(3);
  });

  it('shows registered cases only from the next month, marked "registered (as of date)", and small counts as "fewer than 5"', async () => {
    // Its own app: the figures it checks are the whole store's.
    chat = await startChat({ REGISTRATIONS_PER_USER_PER_MINUTE: '30' });
    // 6 + 3 + 5: the 3 is shown as "fewer than 5", and Kompetanseteamet's 5 is hidden as well (secondary suppression),
    // so the 3 cannot be worked out from the total.
    const submits = [
      ...Array.from({ length: 6 }, () => form),
      ...Array.from({ length: 3 }, () => ({ ...form, service: 'special-envoys' })),
      ...Array.from({ length: 5 }, () => ({ ...form, service: 'kompetanseteamet' })),
    ];
    const registrar = chat.as(REGISTRAR);
    await submits
      .reduce((flow, payload) => flow.send(registerCase(payload)).assertReply(() => undefined), registrar.send('registrer sak').assertReply(() => undefined))
      .startTest();
    expect(await chat.storedCases()).toBe(14);

    // In the month of registering, a question cannot tell before from after.
    await chat
      .as(OTHER)
      .send('hvor mange saker hadde mangfoldsrådgiverne i 2026')
      .assertReply((reply) => expect(textBlocks(cardOf(reply)).some((t) => t.startsWith('Registrert i Veiviser'))).toBe(false))
      .startTest();

    chat.clock = new Date('2026-12-03T09:00:00Z');
    await chat
      .as(OTHER)
      .send('hvor mange saker hadde mangfoldsrådgiverne og spesialutsendingene i 2026')
      .assertReply((reply) => {
        const t = textBlocks(cardOf(reply));
        expect(t).toContain('Registrert i Veiviser (per 1. des. 2026)');
        expect(t).toContain('6');
        expect(t).toContain('færre enn 5');
        expect(t).not.toContain('3');
        expect(t).not.toContain('14');
      })
      .send('hvor mange saker hadde kompetanseteamet i 2026')
      .assertReply((reply) => {
        const t = textBlocks(cardOf(reply));
        expect(t).toContain('Registrert i Veiviser (per 1. des. 2026)');
        expect(t).toContain('skjult for å beskytte små tall');
        expect(t).not.toContain('5');
      })
      .startTest();
  });
});

/**
 * One app with the default settings for the two describes below: refused registrations store nothing (each test
 * checks that), and the published figures are read by a user of their own.
 */
let defaultApp: Promise<Chat> | undefined;
const defaultChat = () => (defaultApp ??= startChat());
afterAll(async () => {
  if (defaultApp) await (await defaultApp).app.close();
});

describe('registration refused: nothing is stored', () => {
  let chat: Chat;
  beforeAll(async () => {
    chat = await defaultChat();
  }, 120_000);

  it.each([
    ['nb-NO', 'registrer sak', NOT_AVAILABLE_NB],
    ['en-US', 'register a case', 'Case registration is only available to registered advisers and envoys. Contact IMDi if you think you should have access.'],
    ['nn-NO', 'eg vil registrere ei sak', 'Registrering av saker er berre tilgjengeleg for registrerte rådgivarar og utsendingar. Ta kontakt med IMDi om du meiner du skal ha tilgang.'],
  ])('politely refuses the form to someone who is not a registrar (%s)', async (locale, text, refusal) => {
    await chat.as(OTHER, locale).send(text).assertReply(refusal).startTest();
    await chat.as(undefined, locale).send(text).assertReply(refusal).startTest();
  });

  it('refuses a form submitted by someone who is not a registrar, and stores nothing', async () => {
    await chat
      .as(OTHER)
      .send(registerCase())
      .assertReply(NOT_AVAILABLE_NB)
      .startTest();
    expect(await chat.storedCases()).toBe(0);
  });

  it.each([
    ['an unknown field', { ...form, studentName: 'Aisha Khan' }, ['- 1 ukjent felt ble avvist']],
    ['a wrong type', { ...form, gender: 3, caseTypes: ['fgm'] }, ['- Hva gjaldt saken? (velg én eller flere) har en ugyldig verdi', '- Kjønn har en ugyldig verdi']],
    ['a value out of range', { ...form, ageBand: '99-120', county: '99' }, ['- Alder har en ugyldig verdi', '- Fylke har en ugyldig verdi']],
    ['a month in the future', { ...form, month: '2027-01' }, ['- Måned kan ikke være fram i tid']],
    ['a month before registration started', { ...form, month: '2022-12' }, ['- Måned kan ikke være før januar 2023']],
    ['a missing field', { ...form, whereabouts: '' }, ['- Hvor er personen nå? mangler']],
    ['"none" with a referral', { ...form, referredTo: 'none,police' }, ['- «Ingen» kan ikke kombineres med en henvisning']],
  ])('refuses %s with a clear message, without echoing values, and stores nothing', async (_what, payload, problems) => {
    await chat
      .as(REGISTRAR)
      .send(registerCase(payload))
      .assertReply((reply) => {
        expect(reply.text).toBe(['Registreringen ble ikke lagret. Dette må rettes:', ...problems].join('\n'));
        expect(reply.text).not.toMatch(/Aisha|studentName|99-120|2027-01/);
      })
      .startTest();
    expect(await chat.storedCases()).toBe(0);
    expect(chat.app.logs.lines.join('\n')).not.toContain('Aisha');
  });

  it('explains the problems in the registrar’s language', async () => {
    await chat
      .as(REGISTRAR, 'en-US')
      .send('register a case')
      .assertReply((reply) => expect(textBlocks(cardOf(reply))).toContain('Register a case'))
      .send(registerCase({ gender: 'Aisha', month: '', studentName: 'Aisha Khan' }))
      .assertReply(['The registration was not saved. Please fix:', '- Month is missing', '- Gender has a value that is not allowed', '- 1 unknown field was refused'].join('\n'))
      .startTest();
    expect(await chat.storedCases()).toBe(0);
  });

});

describe('published figures through the bot', () => {
  let chat: Chat;
  beforeAll(async () => {
    chat = await defaultChat();
  }, 120_000);
  /** A reader asks in a language; `check` gets the texts of the card the bot shows. */
  const readerAsks = (locale: string, question: string, check: (shown: string[]) => void) =>
    chat.as(READER, locale).send(question).assertReply((reply) => check(textBlocks(cardOf(reply)))).startTest();

  it.each([
    ['nb-NO', 'hvor mange saker hadde mangfoldsrådgiverne i 2023', 'Publisert tall', 'Kildene oppgir ulike tall'],
    ['nn-NO', 'kor mange saker hadde mangfaldsrådgivarane i 2023', 'Publisert tal', 'Kjeldene oppgir ulike tal'],
    ['en-US', 'how many cases did the diversity advisers have in 2023', 'Published figure', 'The sources give different figures'],
  ])('(%s) "%s" shows both 899 and 897, each with its source', async (locale, question, published, discrepancy) => {
    await readerAsks(locale, question, (t) => {
      expect(t).toContain('899 / 897');
      expect(t).toContain(published);
      expect(t.some((line) => line.startsWith(discrepancy))).toBe(true);
      // Each value beside its source as a reader knows it: the document and its section, never the seed file.
      const sources = t.find((line) => line.includes('897 – IMDis likestillingsredegjørelse 2023, '));
      expect(sources).toContain('899 – IMDi årsrapport 2023, ');
      expect(sources).not.toMatch(/\.txt|\bl\. \d/);
    });
  });

  it.each([
    ['nb-NO', 'hvor mange saker hadde mangfoldsrådgiverne i 2015', 'Jeg har ikke tall for saker (mangfoldsrådgiverne) i 2015.', 'Nærmeste år med tall: 2023.'],
    ['nn-NO', 'kor mange saker hadde mangfaldsrådgivarane i 2015', 'Eg har ikkje tal for saker (mangfaldsrådgivarane) i 2015.', 'Næraste år med tal: 2023.'],
    ['en-US', 'how many cases did the diversity advisers have in 2015', "I don't have figures for cases (the diversity advisers) in 2015.", 'Nearest years with figures: 2023.'],
  ])('(%s) a year without data says so first and names the nearest years, then shows that year\'s figure, never one for the year asked', async (locale, question, noData, nearest) => {
    await readerAsks(locale, question, (t) => {
      expect(t.slice(1, 3)).toEqual([noData, nearest]);
      expect(t).toContain('899 / 897');
      expect(t.some((line) => line.includes('2015') && /\b(899|897)\b/.test(line))).toBe(false);
    });
  });

  it('shows a series as a table with a chart of the same numbers', async () => {
    await chat
      .as(READER)
      .send('henvendelser til kompetanseteamet 2004-2008')
      .assertReply((reply) => {
        const json = cardJson(reply);
        expect(json).toContain('"type":"Table"');
        expect(json).toContain('"id":"chart-series"');
        expect(json).toContain('248');
      })
      .startTest();
  });
});

describe('registrars from the roles file REGISTRARS_FILE', () => {
  it('lets someone listed only in the file register, and still refuses everyone else', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-roles-'));
    const rolesFile = path.join(dir, 'registrars.json');
    writeFileSync(rolesFile, JSON.stringify([OTHER.toUpperCase()]));
    const chat = await startChat({ REGISTRAR_AAD_IDS: '', REGISTRARS_FILE: rolesFile });
    try {
      await chat.as(OTHER).send('registrer sak').assertReply((reply) => expect(textBlocks(cardOf(reply))).toContain('Registrer en sak')).startTest();
      await chat.as(REGISTRAR).send('registrer sak').assertReply(NOT_AVAILABLE_NB).startTest();
    } finally {
      await chat.app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// (was stats-exact-answers.test.ts)
/**
 * Issue #13 point 4 (session 20): a statistics answer gives exactly what was asked. A count the sources do not publish
 * (the persons a service helped) is said first, then the nearest published count of the same years under its own
 * label; the advisers' headcount is the advisers, not the people they helped; the 2008 schools of a county are found
 * by a city or by today's county; the first year, and a count of one case type, are the statistics card's.
 */
const NOW = new Date('2026-06-01T12:00:00Z');
const read = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), NOW, lng);
const published = loadPublishedSeed().figures;
const seen = (reply: Partial<Activity>): string => (reply.attachments ?? []).flatMap((a) => cardTexts(a.content)).join('\n');
/** The bot shows this, among what it shows. */
const shows = (text: string) => (reply: Partial<Activity>) => expect(seen(reply)).toContain(text);
const answerOf = (query: StatsQueryModel | undefined) => (query ? answerStats(query, published) : undefined);

describe('the advisers\' headcount, with a counting word before "advisers"', () => {
  it.each<[string]>([['سال ۲۰۲۳ چند نفر مشاور تنوع در مکتب‌های نروژ کار می‌کردند؟'], ['چند تا مشاوران تنوع در ۲۰۲۳ داشتیم؟']])('[fa] %s → the staff count', (text) => {
    expect(read(text, 'fa')?.query).toMatchObject({ services: ['diversity-advisers'], metric: 'staff', fromYear: 2023 });
  });

  it('[fa] "چند نفر مشاوره گرفتند" (how many people got counselling) still counts people, not the advisers', () => {
    expect(read('چند نفر از مشاوران تنوع در سال ۲۰۲۳ مشاوره گرفتند؟', 'fa')?.query.metric).toBe('persons');
  });

  it('[tr] the persons in the advisers\' cases are no headcount of the advisers', () => {
    const query = read('2008 yılında azınlık danışmanlarının vakalarında kaç kişi vardı?', 'tr')?.query;
    expect(query).toMatchObject({ metric: 'persons', fromYear: 2008 });
    expect(query?.alsoMetrics ?? []).not.toContain('staff');
  });
});

describe('a count that is not published: said first, then the nearest published count of the same years', () => {
  it('the persons the envoys helped in 2023: no figure, then their 245 cases, labelled as cases', () => {
    const answer = answerStats({ services: ['special-envoys'], metric: 'persons', fromYear: 2023, toYear: 2023, mode: 'value' }, published);
    expect(answer.metricInstead).toBe('cases');
    expect(answer.missing).toEqual([expect.objectContaining({ metric: 'persons', years: [2023] })]);
    expect(answer.figures.map((f) => [f.metric, f.observations[0]?.value])).toEqual([['cases', 245]]);
  });

  it('a count that is published is shown as it is, with nothing instead', () => {
    const answer = answerStats({ services: ['kompetanseteamet'], metric: 'persons', fromYear: 2007, toYear: 2007, mode: 'value' }, published);
    expect(answer.metricInstead).toBeUndefined();
    expect(answer.figures.some((f) => f.metric === 'persons')).toBe(true);
  });

  const { chat } = oneAppPerFile();

  it.each<[string, string, RegExp, string]>([
    ['nb-NO', 'hvor mange gutter og jenter fikk hjelp av mangfoldsrådgiverne i 2023?', /Jeg har ikke tall for personer \(mangfoldsrådgiverne\) i 2023\./u, '899'],
    ['uk-UA', 'скільки людей отримали допомогу від спецпосланців у 2023 році?', /немає даних за 2023/u, '245'],
    ['pl-PL', 'ile osób otrzymało pomoc od doradców ds. różnorodności w 2023 roku?', /Nie mam danych za 2023/u, '897'],
  ])('(%s) %s → no figure for persons first, then the cases', async (locale, question, noFigure, cases) => {
    await chat({ locale })
      .send(question)
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toMatch(noFigure);
        expect(text).toContain(cases);
        expect(text.search(noFigure)).toBeLessThan(text.indexOf(cases));
      })
      .startTest();
  });

  it('(nb) Kompetanseteamet in 2023: Bufdir\'s 1 137, said to be from the press release, with 891 in 2022 from the annual material', async () => {
    await chat({ locale: 'nb-NO' })
      .send('hvor mange saker fikk Kompetanseteamet i 2023?')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toMatch(/1\s137/u);
        expect(text).toMatch(/pressemelding/u);
        expect(text).toMatch(/891 saker i 2022/u);
      })
      .startTest();
  });

  it('(en) the 2023 note is left out where the table shows 2022 itself', async () => {
    await chat({ locale: 'en-US' })
      .send('Kompetanseteamet cases 2021 to 2023')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toContain('891');
        expect(text).not.toMatch(/press release/u);
      })
      .startTest();
  });
});

describe('the 2008 schools of a county, found by a city or by today\'s county', () => {
  it.each<[Lang, string, string]>([
    ['nb', 'hvilke skoler i Bergen fikk minoritetsrådgiver i 2008?', 'hordaland'],
    ['nn', 'kva skular i Trondheim hadde minoritetsrådgjevar i 2008?', 'sor-trondelag'],
    ['en', 'which schools in Trøndelag had a minority adviser in 2008?', 'trondelag'],
  ])('[%s] %s → the schools of %s', (lng, text, county) => {
    expect(read(text, lng)?.query).toMatchObject({ metric: 'schools', breakdown: 'county', category: county, fromYear: 2008 });
  });

  it('a city in a question about cases is no split by county', () => {
    expect(read('vi er en skole i Bergen, hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'nb')?.query.breakdown).toBeUndefined();
  });

  it('today\'s county answers with the former counties\' schools, each under its own name', () => {
    const answer = answerStats({ services: ['diversity-advisers'], metric: 'schools', fromYear: 2008, toYear: 2008, breakdown: 'county', category: 'vestland', mode: 'value' }, published);
    expect(answer.breakdownUnavailable).toBe(false);
    expect(answer.breakdown.map((f) => f.breakdown?.category)).toEqual(['hordaland']);
  });

  const { chat } = oneAppPerFile();
  it('(en) the schools in Bergen in 2008 are named, not the history told', async () => {
    await chat({ locale: 'en-US' })
      .send('which schools in Bergen got a minority adviser back in 2008?')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toMatch(/Bergen katedralskole/u);
        expect(text).toMatch(/Årstad/u);
      })
      .startTest();
  });
});

describe('the first year, and one case type, asked of the history\'s years', () => {
  it.each<[Lang, string]>([
    ['nn', 'kor mange førespurnader fekk kompetanseteamet det fyrste året?'],
    ['en', 'how many inquiries did the competence team receive in its very first year?'],
    ['pl', 'ile zapytań miał Kompetanseteamet w pierwszym roku?'],
  ])('[%s] %s → the first year with a figure: 11 inquiries in November–December 2004', (lng, text) => {
    const query = read(text, lng)?.query;
    expect(query).toMatchObject({ services: ['kompetanseteamet'], firstYear: true });
    const answer = answerOf(query);
    expect(answer?.figures.find((f) => f.metric === 'inquiries')?.observations[0]?.value).toBe(11);
  });

  const history = createHistoryRecognizer({ now: () => NOW });
  it.each<[Lang, string]>([
    ['nn', 'kor mange førespurnader fekk kompetanseteamet det fyrste året?'],
    ['en', 'In 2008, how many of the advisers cases were about forced marriage that had taken place, and how many about fear of it?'],
  ])('[%s] %s → not the history', (lng, text) => {
    expect(history.recognize(prepareUtterance(text, lng))).toEqual([]);
  });

  it('when the advisers started, and how many they were, is still the history', () => {
    expect(history.recognize(prepareUtterance('når startet minoritetsrådgiverne, og hvor mange var de?', 'nb'))).toHaveLength(1);
  });
});

describe('words of the other languages for embassies, origins and case types', () => {
  it.each<[Lang, string, Record<string, unknown>]>([
    ['ar', 'كم حالة عند المستشارين في السفارات سنة 2023؟ ومن وين معظم الناس؟', { services: ['special-envoys'], breakdown: 'origin-country' }],
    ['ur', '2023 میں ایمبیسی کے خصوصی مشیروں کے کیسز کن ملکوں سے تھے؟', { services: ['special-envoys'], breakdown: 'origin-country' }],
    ['so', 'Immisa kiis ayay la-taliyayaasha kala duwanaanshaha lahaayeen 2023? wadamada ugu badan?', { breakdown: 'origin-country' }],
    ['ru', 'сколько дел Kompetanseteamet в 2022 году было о принудительном пребывании за рубежом?', { breakdown: 'case-type', category: 'involuntary-stay-abroad' }],
    ['uk', 'скільки справ Kompetanseteamet у 2022 році стосувалися примусового перебування за кордоном?', { breakdown: 'case-type', category: 'involuntary-stay-abroad' }],
    ['fa', 'تیم ملی صلاحیت در ۲۰۰۸ چند سخنرانی برگزار کرد؟', { services: ['kompetanseteamet'], metric: 'lectures' }],
    ['en', 'how many cases did the envoys handle in 2023, and which case type was the most common?', { services: ['special-envoys'], breakdown: 'case-type' }],
    ['nb', 'hvor mange saker hadde spesialutsendingene i 2023 og hvilken type var vanligst?', { services: ['special-envoys'], breakdown: 'case-type' }],
  ])('[%s] %s', (lng, text, expected) => {
    expect(read(text, lng)?.query).toMatchObject(expected);
  });

  it('[en] "inquiries" and "persons" in quotes are the pair, and "totals" asks the sums', () => {
    expect(read("what's the difference between 'inquiries' and 'persons' in Kompetanseteamet's figures, and the totals for 2004-2008?", 'en')?.query).toMatchObject({
      metric: 'inquiries',
      alsoMetrics: ['persons'],
      mode: 'total',
    });
  });
});

describe('a split the sources do not publish, and a count asked beside another', () => {
  it.each<[Lang, string]>([
    ['nb', 'hvordan fordeler mangfoldsrådgivernes saker seg mellom videregående og voksenopplæringen i 2023?'],
    ['nn', 'kor mange av sakene til mangfaldsrådgjevarane var frå vidaregåande skular og kor mange frå vaksenopplæringa?'],
    ['en', 'how many cases did the diversity advisers have, split between upper secondary schools and adult education?'],
    ['pl', 'ile spraw doradców ds. różnorodności według typu szkoły?'],
  ])('[%s] %s → the cases by type of school, which the answer says it does not have', (lng, text) => {
    const query = read(text, lng)?.query;
    expect(query).toMatchObject({ services: ['diversity-advisers'], metric: 'cases', breakdown: 'school-type' });
    const answer = answerOf(query);
    expect(answer?.breakdownUnavailable).toBe(true);
    expect(answer?.figures.length).toBeGreaterThan(0);
  });

  it.each<[Lang, string]>([
    ['uk', 'скільки справ мали спецпосланці у 2023 році і скільки їх усього?'],
    ['ru', 'сколько дел было у спецпосланников в 2023 году и сколько их вообще?'],
  ])('[%s] %s → the cases and the envoys\' own number', (lng, text) => {
    expect(read(text, lng)?.query).toMatchObject({ services: ['special-envoys'], metric: 'cases', alsoMetrics: ['staff'] });
  });

  it('[en] the persons involved in the advisers\' 2008 cases are persons, split by gender, not the advisers', () => {
    expect(read('the minority advisers 2008, how many persons were involved and how many of them women?', 'en')?.query).toMatchObject({ metric: 'persons', breakdown: 'gender' });
  });

  it.each<[string]>([['ቁጽሪ Kompetanseteamet ሃበኒ። ኣብ ክንደይ ሰዓት እዮም ዝሰርሑ?'], ['ቁጽሪ ስልኪ Kompetanseteamet እንታይ እዩ?']])('[ti] %s → a phone number asked, no figure', (text) => {
    expect(read(text, 'ti')).toBeUndefined();
  });

  it('[ti] "ቁጽሪ" before what is counted is still a count', () => {
    expect(read('ቁጽሪ ጉዳያት ናይ Kompetanseteamet ኣብ 2022 ክንደይ ነይሩ?', 'ti')?.query).toMatchObject({ services: ['kompetanseteamet'], metric: 'cases', fromYear: 2022 });
  });

  const { chat } = oneAppPerFile();
  it('(fa) how many of them were women, after the advisers\' 2008 cases: 282 of 391 persons', async () => {
    await chat({ locale: 'fa-IR' })
      .send('مشاوران اقلیت در سال ۲۰۰۸ چند پرونده داشتند؟')
      .assertReply(shows('381'))
      .send('چند نفرشون زن بودن؟')
      .assertReply(shows('282'))
      .startTest();
  });
});

describe('the amount one organisation got of a grant (the national resource environments 2024)', () => {
  it.each<[Lang, string, string]>([
    ['en', 'how much money did NOAS receive from the national resource environments grant in 2024?', 'noas'],
    ['nb', 'hvor mye penger fikk MiRa-senteret som nasjonalt ressursmiljø i 2024?', 'mira'],
    ['nn', 'kor mykje fekk Bydelsmødre av tilskotet til nasjonale ressursmiljø i 2024?', 'bydelsmodre'],
  ])('[%s] %s → that organisation\'s amount', (lng, text, recipient) => {
    const query = read(text, lng)?.query;
    expect(query).toMatchObject({ services: ['national-resource-environments'], metric: 'funding-nok', breakdown: 'recipient', category: recipient, fromYear: 2024 });
    const answer = answerOf(query);
    expect(answer?.breakdown.map((f) => f.breakdown?.category)).toEqual([recipient]);
  });

  it('a year without the split says so, then the whole grant', () => {
    const query = read('hvor mye fikk NOAS av tilskuddet til nasjonale ressursmiljøer i 2023?', 'nb')?.query;
    const answer = answerOf(query);
    expect(answer?.breakdownUnavailable).toBe(true);
    expect(answer?.figures.map((f) => f.observations[0]?.value)).toEqual([37_500_000]);
  });

  it('the organisation\'s phone number is still a contact question', () => {
    expect(read('hva er telefonnummeret til SEIF?', 'nb')).toBeUndefined();
  });
});

// (session 24, issue #13: hb24d)
describe('a claim about a figure checked inside a follow-up, and what the card says of it', () => {
  const { chat } = oneAppPerFile();

  it('(nb) "og i 2008? jeg har lest at de økte med 28 prosent, er det riktig?" after 2007: both years, +40 %, and 28 % said not to be what the table gives', async () => {
    await chat({ locale: 'nb-NO' })
      .send('hvor mange henvendelser hadde Kompetanseteamet i 2007?')
      .assertReply(shows('177'))
      .send('og i 2008? jeg har lest at de økte med 28 prosent, er det riktig?')
      .assertReply((reply) => {
        const card = seen(reply);
        expect(card).toContain('248');
        expect(card).toContain('+40 %');
        expect(card).toContain('28 % er endringen som teksten i kilden oppgir, men det er ikke det tabellen gir');
        expect(card).not.toContain('28 % er det publiserte tallet som vises her');
      })
      .startTest();
  });

  it('(en) "and the year after? the report says a 28 % rise, correct?" after 2007', async () => {
    await chat({ locale: 'en-US' })
      .send("Kompetanseteamet's inquiries in 2007?")
      .assertReply(shows('177'))
      .send('and the year after? the report says a 28 % rise, is that correct?')
      .assertReply((reply) => {
        const card = seen(reply);
        expect(card).toContain('248');
        expect(card).toContain("28 % is the change the source's text states, but it is not what the table gives");
      })
      .startTest();
  });

  it('(nn) a value named after a year asked ("og i 2023? eg har sett 897 ein stad, stemmer det?"): both values, said to differ', async () => {
    await chat({ locale: 'nn-NO' })
      .send('kor mange saker hadde mangfaldsrådgjevarane i 2022?')
      .assertReply((reply) => expect(seen(reply)).toMatch(/\d/u))
      .send('og i 2023? eg har sett 897 ein stad, stemmer det?')
      .assertReply((reply) => {
        const card = seen(reply);
        expect(card).toContain('899');
        expect(card).toContain('897 er eitt av dei publiserte tala, men kjeldene oppgir ulike tal');
      })
      .startTest();
  });

  it.each<[Lang, string]>([
    ['nb', 'er det riktig at mangfoldsrådgiverne hadde 899 saker i 2023? jeg har sett 897 i en annen rapport'],
    ['en', 'is it true the diversity advisers had 897 cases in 2023? I have seen 899 in the annual report'],
  ])('[%s] a claim checked, then where another value was seen: the cases counted, not views (%s)', (lng, text) => {
    const claimOf = () => ({ values: [899, 897], approximate: false, percent: false });
    expect(parseStatsQuestion(normalize(text), NOW, lng, [], claimOf)?.query).toMatchObject({ services: ['diversity-advisers'], metric: 'cases', fromYear: 2023 });
  });

  it('"hvor mange har sett kampanjen?" still counts views', () => {
    expect(read('hvor mange har sett sommerkampanjen?', 'nb')?.query.metric).toBe('views');
  });
});

describe('the countries most of the cases came from, and the case type most of them were, asked in everyday words', () => {
  const { chat } = oneAppPerFile();

  it.each<[Lang, string]>([
    ['nn', 'kva for land kom dei fleste frå i fjor, i 2023 altså?'],
    ['nb', 'hvilket land kom flest av dem fra i 2023?'],
    ['en', 'which countries did most of them come from in 2023?'],
  ])('[%s] %s → the ranking of the countries of origin', (lng, text) => {
    const query = read(text, lng)?.query;
    expect(query).toMatchObject({ breakdown: 'origin-country', fromYear: 2023 });
    const answer = answerOf(query);
    const ranked = answer?.rankings.flatMap((r) => r.categories) ?? [];
    expect(ranked).toEqual(expect.arrayContaining(['IQ', 'RU']));
  });

  it('"what country are you from?" asks no figure', () => {
    expect(read('what country are you from?', 'en')).toBeUndefined();
    expect(read('kva land kjem du frå?', 'nn')).toBeUndefined();
  });

  it('(ar, colloquial) "شو اكثر انواع القضايا عندهم؟" after the envoys\' 2023 cases: most were involuntary stays abroad', async () => {
    await chat({ locale: 'ar-SA' })
      .send('كم قضية تعاملوا معها المبعوثون الخاصون في 2023؟')
      .assertReply(shows('245'))
      .send('شو اكثر انواع القضايا عندهم؟')
      .assertReply(shows('الخارج'))
      .startTest();
  });
});
