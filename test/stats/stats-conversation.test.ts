import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { RememberedReading } from '../../src/conversation/follow-up';
import { createHistoryRecognizer, HISTORY_ARTICLE } from '../../src/conversation/history-reader';
import { cardTexts, containsFact, readTurn } from '../../src/evaluation/conversation-eval';
import { createReaders, type Features } from '../../src/features';
import { memoryFeedbackStore } from '../../src/knowledge';
import { createI18n, fixedT } from '../../src/language/i18n';
import { type Lang, LANGUAGES } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { projectRoot } from '../../src/paths/content-root';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { statsCard } from '../../src/stats/answers/stats-card';
import type { StatsQueryModel } from '../../src/stats/answers/stats-query';
import { explicitYears, listedYears, parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { readStatsFile } from '../../src/stats/store/read-stats-file';
import { prepareUtterance } from '../../src/understanding/understand';
import { textBlocks } from '../helpers/card-elements';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { queryFor } from '../helpers/figure-query';
import { TEAMS_REGISTRATION_FORM } from '../helpers/registration-form';
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

// (was stats-other-languages.test.ts)
/**
 * Statistics in the other languages: a split asked in the words people use, and every sentence of a reply in the
 * reply's language (issue #17). One app for the file (test/helpers/test-app.ts); a describe per class, each the former
 * file named in its first line.
 */

// (was split-asked-other-languages.test.ts)
describe('a count asked with its split in the words people use, and the nearest years (session 16)', () => {
  /**
   * Issue #13 (session 16): a count asked together with what the cases were about, or where the people came from, in
   * the words people use ("о чём в основном", "کدوم کشورها", "kis qism ke", "jakie były najczęstsze kategorie",
   * "hvilke typer"), keeps the split: the card shows the total and the published order or split beside it. And a year
   * the sources have no figure for is said first, then the nearest years' figures.
   */
  const NOW = new Date('2026-06-01T12:00:00Z');
  const read = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), NOW, lng);

  describe('a count and the countries the people came from', () => {
    it.each<[Lang, string, string]>([
      ['so', 'Sannadkii 2023 immisa kiis ayay qabteen spesialutsendinger, dalalka ugu badanna ma sheegi kartaa?', 'special-envoys'],
      ['ur', 'spesialutsendinger کے پاس 2023 میں کتنے کیس تھے اور لوگ کن ملکوں سے آئے تھے؟', 'special-envoys'],
      ['fa', 'مشاوران تنوع (mangfoldsrådgivere) در ۲۰۲۳ چند پرونده داشتند و آدم‌ها از کدوم کشورها آمده بودند؟', 'diversity-advisers'],
      ['ru', 'Откуда чаще всего были люди в делах spesialutsendinger за 2023 год и сколько было дел?', 'special-envoys'],
    ])('[%s] %s → the count and the countries of origin', (lng, text, service) => {
      expect(read(text, lng)?.query).toMatchObject({ services: [service], metric: 'cases', fromYear: 2023, breakdown: 'origin-country' });
    });

    it('"most common countries of origin" in a service\'s cases is a figure question without a year, even with "numbers" in it', () => {
      const parsed = read('most common countries of origin among the special envoys cases? need recent numbers', 'en');
      expect(parsed?.query).toMatchObject({ services: ['special-envoys'], metric: 'cases', breakdown: 'origin-country' });
      // Above the contacts recognizer's reading of "numbers" as phone numbers (0.99).
      expect(parsed?.score).toBeGreaterThan(0.99);
    });
  });

  describe('a count and what the cases were about', () => {
    it.each<[Lang, string]>([
      ['nb', 'Hvor mange saker fikk Kompetanseteamet i 2022, og hvilke typer dominerte?'],
      ['nn', 'Kor mange saker hadde Kompetanseteamet i 2022, og kva typar var vanlegast?'],
      ['ru', 'Сколько дел у Kompetanseteamet было в 2022 году и о чём в основном были эти дела?'],
      ['uk', 'Скільки справ мав Kompetanseteamet у 2022 році і про що найчастіше вони були?'],
      ['ur', '2022 mein Kompetanseteamet ke paas kitne cases the aur wo kis qism ke the?'],
      ['fa', 'Kompetanseteamet در ۲۰۲۲ چند پرونده داشت و بیشتر درباره چه بودند؟'],
      ['pl', 'Ile spraw prowadził Kompetanseteamet w 2022 roku i jakie były najczęstsze kategorie?'],
    ])('[%s] %s → the count and its case types', (lng, text) => {
      expect(read(text, lng)?.query).toMatchObject({ services: ['kompetanseteamet'], metric: 'cases', fromYear: 2022, breakdown: 'case-type' });
    });

    it('Russian "чаще всего" is "most often", not "in total" ("всего")', () => {
      expect(read('Сколько дел у Kompetanseteamet было в 2022 году и о чём в основном были эти дела?', 'ru')?.query.mode).toBe('value');
    });
  });

  describe('inquiries and the persons they concerned (Kompetanseteamet 2004–2008)', () => {
    it('nynorsk "henvendingar" are inquiries; the persons asked beside them are read too', () => {
      expect(read('Kor mange henvendingar kom inn til Kompetanseteamet i 2006, og kor mange personar var involverte?', 'nn')?.query).toMatchObject({
        metric: 'inquiries',
        alsoMetrics: ['persons'],
        fromYear: 2006,
      });
    });

    it('the count named first is the one asked, "personer" after it comes beside it', () => {
      expect(read('antall henvendelser til Kompetanseteamet i 2006 + antall personer', 'nb')?.query.metric).toBe('inquiries');
      expect(read('Kompetanseteamet 2006: how many persons, and how many inquiries?', 'en')?.query.metric).toBe('persons');
    });

    it('"the advisers in 2008, how many cases" counts their cases, not the advisers', () => {
      const query = read('mangfaldsrådgivarane i 2008 – kor mange saker hadde dei?', 'nn')?.query;
      expect(query?.metric).toBe('cases');
      expect(query?.alsoMetrics ?? []).not.toContain('staff');
    });
  });

  describe('what is counted, in the other languages and in remarks beside the question', () => {
    it('a remark that mentions figures ("har sett 28 % et sted") does not decide what the question counts', () => {
      const text = 'Skal vise utviklingen på et møte. Hvor mange henvendelser kom inn til Kompetanseteamet i 2006 og 2007? Har sett andre tall et sted.';
      expect(read(text, 'nb')?.query).toMatchObject({ metric: 'inquiries', fromYear: 2006, toYear: 2007 });
    });

    it.each<[Lang, string]>([
      ['ru', 'На сколько процентов выросло число обращений в Kompetanseteamet с 2006 по 2007?'],
      ['uk', 'На скільки відсотків зросла кількість звернень до Kompetanseteamet з 2006 по 2007?'],
      ['pl', 'O ile procent wzrosła liczba zgłoszeń do Kompetanseteamet od 2006 do 2007?'],
    ])('[%s] "by how many percent" is the change of one count, not a second count: %s', (lng, text) => {
      // Asked in percent between two years named: the difference, computed from both published figures (session 23).
      expect(read(text, lng)?.query).toMatchObject({ services: ['kompetanseteamet'], metric: 'inquiries', mode: 'difference', fromYear: 2006, toYear: 2007 });
    });

    it.each<[Lang, string, 'local' | 'national']>([
      ['uk', 'Скільки місцевих проєктів підтримали комуни у 2022 році?', 'local'],
      ['ar', 'كم عدد المشاريع المحلية في 2023؟', 'local'],
      ['pl', 'Ile projektów lokalnych sfinansowano w 2022?', 'local'],
      ['ru', 'Сколько национальных проектов профинансировал IMDi в 2023 году?', 'national'],
    ])('[%s] projects are counted as projects, local or national: %s', (lng, text, level) => {
      expect(read(text, lng)?.query).toMatchObject({ metric: 'projects', breakdown: 'project-level', category: level });
    });

    it.each<[Lang, string]>([
      ['ur', '2024 میں Kompetanseteamet کو کتنی رقم سے تقویت ملی؟'],
      ['ru', 'На какую сумму усилили Kompetanseteamet в 2024 году?'],
      ['so', 'Kompetanseteamet immisa lacag ayaa lagu xoojiyey 2024?'],
    ])('[%s] how much a service was strengthened with is an amount: %s', (lng, text) => {
      expect(read(text, lng)?.query).toMatchObject({ services: ['kompetanseteamet'], metric: 'funding-nok', fromYear: 2024 });
    });

    it.each<[Lang, string]>([
      ['tr', "2008'de azınlık danışmanları kaç okulda çalışıyordu, hangi şehirlerde?"],
      ['ru', 'Сколько школ имели советников по делам меньшинств (minoritetsrådgivere) в 2008 году и в каком городе больше всего?'],
      ['pl', 'W ilu szkołach byli doradcy ds. mniejszości (minoritetsrådgivere) w 2008 i w których miastach?'],
    ])('[%s] "in which city" of the 2008 schools asks the split the source publishes, by county: %s', (lng, text) => {
      expect(read(text, lng)?.query).toMatchObject({ metric: 'schools', fromYear: 2008, breakdown: 'county' });
    });

    it('"hangi şehirde?" alone (in which city is the embassy?) asks where, not for a split by county', () => {
      expect(read('hangi şehirde?', 'tr')?.query.breakdown).toBeUndefined();
    });

    it('"when" with a year and a case word, no service and no number asked, is no figure question', () => {
      expect(read('når ble det nye saksregistreringssystemet tatt i bruk? noen sier 2022', 'nb')).toBeUndefined();
      expect(read('when was the case registration tool launched, 2022?', 'en')).toBeUndefined();
      expect(read('saker i 2022?', 'nb')?.query).toMatchObject({ metric: 'cases', fromYear: 2022 });
    });

    it('years written short after a full one are a list ("2021, 22 og 23"); a smaller number after a year is no year', () => {
      expect(explicitYears('tilskudd delmål c 2021 22 og 23')).toEqual({ fromYear: 2021, toYear: 2023 });
      expect(explicitYears('2021/22')).toEqual({ fromYear: 2021, toYear: 2022 });
      expect(explicitYears('i 2023 12 saker')).toEqual({ fromYear: 2023, toYear: 2023 });
    });
  });

  const seen = (reply: Partial<Activity>): string => (reply.attachments ?? []).flatMap((a) => cardTexts(a.content)).join('\n');

  describe('conversation: the total and its split, and the nearest years for a year without a figure', () => {
    const { chat } = oneAppPerFile();

    it('ru: the envoys\' 2023 cases and where the people came from: 245, then the published order of countries', async () => {
      await chat({ locale: 'ru-RU' })
        .send('Откуда чаще всего были люди в делах spesialutsendinger за 2023 год и сколько было дел?')
        .assertReply((reply) => {
          const text = seen(reply);
          expect(text).toContain('245');
          expect(text).toMatch(/Ирак/u);
          expect(text).toMatch(/Сомали/u);
        })
        .startTest();
    });

    it('pl: Kompetanseteamet\'s 2022 cases and their main categories: 891 and threats and violence 368', async () => {
      await chat({ locale: 'pl-PL' })
        .send('Ile spraw prowadził Kompetanseteamet w 2022 roku i jakie były najczęstsze kategorie?')
        .assertReply((reply) => {
          const text = seen(reply);
          expect(text).toContain('891');
          expect(text).toContain('368');
        })
        .startTest();
    });

    it.each<[string, string, RegExp]>([
      ['nb-NO', 'hvor mange saker hadde kompetanseteamet i 2024?', /Jeg har ikke tall for saker \(Kompetanseteamet\) i 2024\./u],
      ['en-US', 'Kompetanseteamet: number of cases in 2024, please', /I don't have figures for cases \(Kompetanseteamet\) in 2024\./u],
    ])('(%s) Kompetanseteamet in 2024: no published figure, said first, then 1 137 in 2023 (Bufdir)', async (locale, question, noFigure) => {
      await chat({ locale })
        .send(question)
        .assertReply((reply) => {
          const text = seen(reply);
          expect(text).toMatch(noFigure);
          expect(text).toMatch(/1[\s\u00a0]137/u);
          expect(text.search(noFigure)).toBeLessThan(text.search(/1[\s\u00a0]137/u));
        })
        .startTest();
    });

    it('nb: the total inquiries 2004–2008 is the published sum with the persons beside it', async () => {
      await chat()
        .send('Kompetanseteamet: hvor mange henvendelser totalt fra 2004 til 2008?')
        .assertReply((reply) => {
          const text = seen(reply);
          expect(text).toContain('645 henvendelser');
          expect(text).toContain('712 personer');
        })
        .startTest();
    });

    it('nn: the inquiries of one year and the persons, answered by the figures, not the history article', async () => {
      await chat({ locale: 'nn-NO' })
        .send('Kor mange henvendingar kom inn til Kompetanseteamet i 2006, og kor mange personar var involverte?')
        .assertReply((reply) => {
          const text = seen(reply);
          expect(text).toContain('116');
          expect(text).toContain('129');
          expect(text).toMatch(/^Statistikk/u);
        })
        .startTest();
    });

    it('ru: the inquiries of 2006 and how many percent more in 2007: both years, the computed change and the source\'s wording', async () => {
      await chat({ locale: 'ru-RU' })
        .send('Сколько обращений получил Kompetanseteamet в 2006 и на сколько процентов их стало больше в 2007?')
        .assertReply((reply) => {
          const text = seen(reply);
          expect(text).toMatch(/^Статистика/u);
          expect(text).toContain('116');
          expect(text).toContain('177');
          expect(text).toMatch(/\+53\s?%/u);
        })
        .startTest();
    });

    it.each<[string, string, RegExp]>([
      ['uk-UA', 'Скільки українців було серед справ spesialutsendinger у 2023 році?', /немає даних/u],
      ['so-SO', 'Immisa kiis ayay spesialutsendinger qabteen 2023? Immisa ka mid ah ayaa ahaa dad Soomaali ah?', /Ma hayo tirooyin/u],
    ])('(%s) a count for one people is not published: said first, then the envoys\' 245 cases', async (locale, question, noFigure) => {
      await chat({ locale })
        .send(question)
        .assertReply((reply) => {
          const text = seen(reply);
          expect(text).toMatch(noFigure);
          expect(text).toContain('245');
          expect(text.search(noFigure)).toBeLessThan(text.indexOf('245'));
        })
        .startTest();
    });

    it('en: a year between two published ones gives both neighbours\' figures: 2017 → 597 in 2016 and 595 in 2018', async () => {
      await chat({ locale: 'en-US' })
        .send('how many cases did Kompetanseteamet have in 2017?')
        .assertReply((reply) => {
          const text = seen(reply);
          expect(text).toContain("I don't have figures for cases (Kompetanseteamet) in 2017.");
          expect(text).toContain('597');
          expect(text).toContain('595');
        })
        .startTest();
    });
  });
});

// (was stats-reply-language.test.ts)
describe('no English sentence inside a statistics reply in another language (issue #17)', () => {
  /**
   * Issue #17, "English inside other languages": every sentence of a statistics reply is in the reply's language.
   * The English texts a reply could borrow are the English notes of the published figures and the English stats
   * strings; none of them (longer than 20 characters) may appear in a reply in another language — neither on the
   * cards built for every published figure, nor in what the real bot answers to statistics questions in each language.
   */

  const i18n = createI18n();
  const published = loadPublishedSeed().figures;
  const OTHER_LANGUAGES = LANGUAGES.filter((l) => l !== 'en');
  const MIN_LENGTH = 20;

  /** Direction marks and isolates (right-to-left replies wrap numbers and Latin names) say nothing about the words. */
  const plain = (text: string) => text.replace(/[\u200e\u200f\u2066-\u2069]/gu, '').replace(/\s+/gu, ' ').trim();

  function strings(node: unknown): string[] {
    if (typeof node === 'string') return [node];
    if (Array.isArray(node)) return node.flatMap(strings);
    if (node !== null && typeof node === 'object') return Object.values(node).flatMap(strings);
    return [];
  }

  /** Each English sentence, and each run of words between {{placeholders}}, of at least MIN_LENGTH characters. */
  function englishSentences(): string[] {
    const english = JSON.parse(readFileSync(path.join(projectRoot(), 'locales', 'en', 'stats.json'), 'utf8')) as unknown;
    const notes = published.flatMap((f) => (f.note?.en ? [f.note.en] : []));
    const pieces = [...strings(english), ...notes].flatMap((text) => text.split(/\{\{[^}]+\}\}/u)).flatMap((piece) => [piece, ...piece.split(/(?<=[.;:!?])\s+/u)]);
    return [...new Set(pieces.map(plain).filter((p) => p.length >= MIN_LENGTH))];
  }
  const ENGLISH = englishSentences();

  function englishIn(shown: readonly string[]): string[] {
    const texts = shown.map(plain);
    return ENGLISH.filter((sentence) => texts.some((t) => t.includes(sentence)));
  }

  /** Strings in a card a person reads (TextBlock text, titles, chart labels, fallback text). */
  function visibleStrings(node: unknown, key = ''): string[] {
    if (typeof node === 'string') return ['text', 'title', 'value', 'fallbackText', 'label', 'legend', 'x', 'altText'].includes(key) ? [node] : [];
    if (Array.isArray(node)) return node.flatMap((n) => visibleStrings(n, key));
    if (node === null || typeof node !== 'object') return [];
    return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => visibleStrings(v, k === 'data' ? '' : k));
  }

  /** Answers that are not one figure: a series with its chart, a sum, a comparison, years without data, a missing split. */
  const EXTRA_QUERIES: readonly StatsQueryModel[] = [
    { services: [], mode: 'value' },
    { services: ['kompetanseteamet'], metric: 'inquiries', fromYear: 2004, toYear: 2008, mode: 'trend' },
    { services: ['diversity-advisers', 'special-envoys', 'kompetanseteamet'], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'total' },
    { services: ['diversity-advisers', 'special-envoys'], metric: 'cases', fromYear: 2022, toYear: 2024, mode: 'compare' },
    { services: ['diversity-advisers'], metric: 'cases', fromYear: 2015, toYear: 2015, mode: 'value' },
    { services: ['diversity-advisers'], metric: 'cases', fromYear: 2023, toYear: 2023, breakdown: 'county', mode: 'value' },
    { services: ['special-envoys'], metric: 'cases', fromYear: 2023, toYear: 2023, breakdown: 'embassy', category: 'amman', mode: 'value' },
    { services: ['imdi'], metric: 'staff', fromYear: 2019, toYear: 2025, mode: 'trend' },
    { services: ['ngo-grants'], metric: 'funding-nok', fromYear: 2021, toYear: 2023, mode: 'value' },
  ];

  describe('the English texts the test looks for', () => {
    it('include the notes and the stats strings of issue #17', () => {
      expect(ENGLISH).toEqual(expect.arrayContaining(['The data are anonymised, so the figures carry reservations (IMDi annual report 2008).']));
      expect(ENGLISH.some((s) => s.startsWith('The 2023 annual report gives 899 cases'))).toBe(true);
      expect(ENGLISH).toEqual(expect.arrayContaining(['I do not guess figures I have no source for.']));
      expect(ENGLISH.length).toBeGreaterThan(80);
    });
  });

  describe.each(OTHER_LANGUAGES)('statistics cards in %s carry no English sentence', (lng) => {
    const t = fixedT(i18n, lng);

    it('for every published figure', () => {
      const found = new Map<string, string[]>();
      for (const figure of published) {
        const english = englishIn(visibleStrings(statsCard(answerStats(queryFor(figure), published), lng, t)));
        if (english.length > 0) found.set(figure.id, english);
      }
      expect(Object.fromEntries(found)).toEqual({});
    });

    it('for series, sums, comparisons, missing years and missing splits', () => {
      const found = EXTRA_QUERIES.flatMap((query) => englishIn(visibleStrings(statsCard(answerStats(query, published), lng, t))));
      expect(found).toEqual([]);
    });

    it('in every note of the published figures, and every stats string', () => {
      const notes = published.flatMap((f) => (f.note ? [f.note[lng] ?? `${f.id}: no ${lng} note`] : []));
      expect(englishIn(notes)).toEqual([]);
      expect(notes.filter((n) => n.endsWith(`no ${lng} note`))).toEqual([]);
      const own = JSON.parse(readFileSync(path.join(projectRoot(), 'locales', lng, 'stats.json'), 'utf8')) as unknown;
      expect(englishIn(strings(own))).toEqual([]);
    });
  });

  /** The statistics questions of the language evaluation set (test/eval/languages-contacts-stats.json). */
  const evalItemSchema = z.object({ q: z.string(), lang: z.string(), expect: z.unknown() }).passthrough();
  const QUESTIONS: ReadonlyArray<readonly [Lang, string]> = z
    .array(evalItemSchema)
    .parse(JSON.parse(readFileSync(path.join(projectRoot(), 'test', 'eval', 'languages-contacts-stats.json'), 'utf8')))
    .filter((item) => JSON.stringify(item.expect).includes('"stats"'))
    .flatMap((item) => {
      const lng = LANGUAGES.find((l) => l === item.lang);
      return lng && lng !== 'en' ? [[lng, item.q] as const] : [];
    });

  const LOCALES: Readonly<Record<Lang, string>> = {
    nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB', ar: 'ar-SA', so: 'so-SO', fa: 'fa-AF', ur: 'ur-PK', uk: 'uk-UA', ru: 'ru-RU', tr: 'tr-TR', pl: 'pl-PL', ti: 'ti-ER',
  };

  /** Bokmål and nynorsk questions, with figures that carry notes (anonymised data, two sources, sub-goal C). */
  const NORWEGIAN: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Hvor mange henvendelser fikk Kompetanseteamet 2004–2008?'],
    ['nb', 'Hvor mange saker hadde mangfoldsrådgiverne i 2023?'],
    ['nb', 'Hvor mye penger fikk frivillige organisasjoner i 2022?'],
    ['nn', 'Kor mange førespurnader fekk Kompetanseteamet 2004–2008?'],
    ['nn', 'Kor mange saker hadde mangfaldsrådgivarane i 2023?'],
  ];

  describe('what the bot answers to statistics questions in each language', () => {
    // The file's app (test/helpers/test-app.ts), shared with its other describes; each conversation has its own id and user.
    const fileApp = oneAppPerFile();
    let app: TestApp;
    beforeAll(() => {
      app = fileApp.testApp();
    });

    it('has questions in every language but English', () => {
      expect(new Set([...QUESTIONS, ...NORWEGIAN].map(([lng]) => lng))).toEqual(new Set(OTHER_LANGUAGES));
    });

    it.each([...NORWEGIAN, ...QUESTIONS])('%s: "%s"', async (lng, question) => {
      const shown: string[] = [];
      const languages: unknown[] = [];
      const adapter = conversation(app, {
        locale: LOCALES[lng],
        // One person per question: the rate limiter counts messages per person.
        from: { id: `29:language-${lng}-${question}`, name: 'Test' },
        conversation: { id: `language-${lng}-${question}`, isGroup: false, conversationType: 'personal', name: 'x' },
      });
      await adapter.send(question).startTest();
      // Every activity of the turn: the card, and any note the bot adds to it.
      for (const reply of adapter.activeQueue.splice(0)) {
        if (reply.text) shown.push(reply.text);
        for (const attachment of reply.attachments ?? []) {
          shown.push(...visibleStrings(attachment.content));
          languages.push((attachment.content as { lang?: unknown } | undefined)?.lang);
        }
      }
      // A statistics card in a language other than English. (One-word questions such as "статистика" are the same
      // word in Ukrainian and Russian; the bot may answer those in the other language, which must hold no English either.)
      expect(languages.length).toBeGreaterThan(0);
      expect(languages.filter((l) => l === 'en' || !LANGUAGES.some((known) => known === l))).toEqual([]);
      expect(shown.length).toBeGreaterThan(0);
      expect(englishIn(shown)).toEqual([]);
    });
  });
});

// (was most-of-people-and-unpublished.test.ts)
/**
 * Issue #13 (statistics and history follow-ups, session 16): "what was there most of" asks how a count splits by case
 * type; a case type named in the words people use (a Turkish "stay abroad against one's will", "honour killings")
 * is that case type, so a count the sources do not publish is said to be missing before the broader figure; a
 * follow-up of people words alone after a count of inquiries asks for the persons; and asking when IMDi took over
 * the coordination of Kompetanseteamet is its history, while asking whether the team can take over a case is not.
 */
// `NOW` (2026-06-01T12:00:00Z) is declared alike above (was stats-exact-answers.test.ts): kept once.
const parse = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), NOW, lng);

describe('"what was there most of" asks the case-type split', () => {
  it.each<[Lang, string]>([
    ['nb', 'Kompetanseteamet i 2022: antall saker, og hva var det flest av?'],
    ['nn', 'Kor mange saker fekk Kompetanseteamet i 2022, og kva var det mest av?'],
    ['en', 'Kompetanseteamet in 2022 - how many cases, and what was there most of?'],
    ['ru', 'Сколько дел было у Kompetanseteamet в 2022 году и чего было больше всего?'],
    ['uk', 'Скільки справ мав Kompetanseteamet у 2022 році і чого було найбільше?'],
    ['pl', 'Ile spraw miał Kompetanseteamet w 2022 i czego było najwięcej?'],
  ])('[%s] %s', (lng, text) => {
    expect(parse(text, lng)?.query).toMatchObject({ services: ['kompetanseteamet'], metric: 'cases', fromYear: 2022, breakdown: 'case-type' });
  });

  it('a count alone is not split', () => {
    expect(parse('Hvor mange saker hadde Kompetanseteamet i 2022?', 'nb')?.query.breakdown).toBeUndefined();
  });
});

describe('a case type named in everyday words', () => {
  it.each<[Lang, string]>([
    ['tr', "2022'de Kompetanseteamet'e gelen vakalardan kaçı yurt dışında isteği dışında kalan gençlerle ilgiliydi?"],
    ['tr', "Kompetanseteamet 2022'de kaç vaka aldı, kaçı istemeden yurt dışında kalmayla ilgili?"],
  ])('[%s] %s → involuntary stay abroad', (lng, text) => {
    expect(parse(text, lng)?.query).toMatchObject({ services: ['kompetanseteamet'], breakdown: 'case-type', category: 'involuntary-stay-abroad' });
  });

  it.each<[Lang, string]>([
    ['en', 'are there any figures for honour murders in Norway per year?'],
    ['nb', 'Har dere statistikk over antall æresdrap i Norge?'],
    ['ru', 'Есть ли цифры, сколько убийств чести бывает в Норвегии?'],
    ['pl', 'Czy są statystyki, ile zabójstw honorowych jest w Norwegii?'],
  ])('[%s] %s → honour violence, a count the sources do not publish', (lng, text) => {
    expect(parse(text, lng)?.query).toMatchObject({ metric: 'cases', breakdown: 'case-type', category: 'honour-violence' });
  });
});

describe('people words alone after a count of inquiries', () => {
  let readers: Features;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-people-follow-up-'));
    readers = await createReaders({ i18n: createI18n(), dataDir, now: () => NOW, feedback: memoryFeedbackStore() });
  });
  afterAll(async () => {
    await readers.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const inquiries2006: RememberedReading = {
    kind: 'stats',
    query: { service: 'kompetanseteamet', services: ['kompetanseteamet'], metric: 'inquiries', fromYear: 2006, toYear: 2006, mode: 'value' },
  };
  const read = (lng: Lang, message: string) => readers.followUp(message, lng, readers.understand(message, lng), inquiries2006)?.intent;

  it.each<readonly [Lang, string]>([
    ['en', 'and the people?'],
    ['nb', 'og folk da?'],
    ['nn', 'og personar?'],
    ['ru', 'а людей?'],
    ['uk', 'а людей?'],
    ['pl', 'a ludzi?'],
  ])('[%s] %j → the persons of the same year', (lng, message) => {
    expect(read(lng, message)).toMatchObject({ kind: 'stats', query: { service: 'kompetanseteamet', metric: 'persons', fromYear: 2006, toYear: 2006 } });
  });
});

describe('when IMDi took over the coordination', () => {
  const reader = createHistoryRecognizer({ now: () => NOW });
  const read = (text: string, lng: Lang) => reader.recognize(prepareUtterance(text, lng));

  it.each<[Lang, string]>([
    ['en', 'what year did IMDi take over the coordination of Kompetanseteamet?'],
    ['en', 'when did IMDi start coordinating the competence team?'],
    ['nb', 'Når tok IMDi over ansvaret for Kompetanseteamet?'],
    ['ru', 'В каком году IMDi стал координировать Kompetanseteamet?'],
    ['pl', 'Kiedy IMDi przejął koordynację Kompetanseteamet?'],
    ['tr', 'IMDi Kompetanseteamet koordinasyonunu hangi yıl devraldı?'],
  ])('[%s] %s → the history article', (lng, text) => {
    expect(read(text, lng)).toEqual([expect.objectContaining({ intent: HISTORY_ARTICLE })]);
  });

  it.each<[Lang, string]>([
    ['en', 'Could the competence team take over this case from us?'],
    ['nb', 'Kan Kompetanseteamet ta over saken vår?'],
    ['tr', 'Kompetanseteamet bu vakayı bizden devralabilir mi?'],
  ])('[%s] %s → not history', (lng, text) => {
    expect(read(text, lng)).toEqual([]);
  });
});

// (was asked-in-everyday-words.test.ts)

/**
 * Statistics asked as people ask them (issue #13): exactly what was asked, and in everyday words rather than the bot's
 * terms, through the readers and through the real bot. One app for the file (test/helpers/test-app.ts); a describe per
 * class, each the former file named in its first line.
 */

// (was asked-exactly.test.ts)
describe('answer exactly what was asked: two years, a case type in other words, the total after a part (session 18)', () => {
  /**
   * Issue #13 §4, "answer exactly what was asked", for the statistics classes of session 18: two years in one question
   * are those two years; a case type told in other words is that case type's figure; "and the total that year?" after a
   * part of a figure is the whole figure for the same year; a question for the project or report the figure is for does
   * not make projects what is counted; a working-life count with no service named is no figures question.
   */

  const now = new Date('2026-12-04T12:00:00Z');
  const read = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), now, lng)?.query;

  describe('what is counted, and for which years', () => {
    it.each<[string, Lang]>([
      ['Til eit skuleprosjekt: kor mange saker hadde Kompetanseteamet i 2016 og 2022?', 'nn'],
      ['For my school project, how many cases did Kompetanseteamet get in 2016 and 2021?', 'en'],
      ['Для шкільного проєкту: скільки справ розглянув Kompetanseteamet у 2018 та 2021 роках?', 'uk'],
    ])('the count right after "how many" is counted, not the project the question is for: %s', (text, lng) => {
      expect(read(text, lng)).toMatchObject({ service: 'kompetanseteamet', metric: 'cases' });
    });

    it.each<[string, Lang, number[]]>([
      ['Hvor mange saker hadde Kompetanseteamet i 2018 og i 2021?', 'nb', [2018, 2021]],
      ['Kompetanseteamet cases in 2016, 2018 and 2022?', 'en', [2016, 2018, 2022]],
      ['Сколько дел было у Kompetanseteamet в 2016 и 2018 годах?', 'ru', [2016, 2018]],
      ['Ile spraw miał Kompetanseteamet w 2016 i 2021 roku?', 'pl', [2016, 2021]],
      ['كم عدد الحالات لدى Kompetanseteamet في عامي 2018 و2022؟', 'ar', [2018, 2022]],
      ['Immisa kiis ayuu Kompetanseteamet lahaa 2016 iyo 2021?', 'so', [2016, 2021]],
    ])('years listed one by one are the years asked: %s', (text, lng, years) => {
      expect(read(text, lng)).toMatchObject({ years, fromYear: years[0], toYear: years[years.length - 1] });
    });

    it.each<[string, Lang]>([
      ['how many cases did Kompetanseteamet have between 2018 and 2022?', 'en'],
      ['Kor mange saker hadde Kompetanseteamet frå 2016 til 2021?', 'nn'],
      ['Сколько дел было у Kompetanseteamet между 2016 и 2022 годами?', 'ru'],
    ])('a span is every year of it, not a list: %s', (text, lng) => {
      const query = read(text, lng);
      expect(query?.fromYear).toBeLessThan(query?.toYear ?? 0);
      expect(query?.years).toBeUndefined();
    });

    it('a list needs two years and no other year named beside it', () => {
      expect(listedYears('saker i 2022')).toBeUndefined();
      expect(listedYears('saker i 2018 og 2022')).toEqual([2018, 2022]);
      expect(listedYears('mellom 2018 og 2022')).toBeUndefined();
      expect(listedYears('2004–2008 og 2016 og 2018')).toBeUndefined();
    });
  });

  describe('an involuntary stay abroad told in other words is that case type', () => {
    it.each<[string, Lang]>([
      ['How many of the cases Kompetanseteamet had in 2022 were about a person held abroad against their will?', 'en'],
      ['hvor mange saker i 2022 hadde kompetanseteamet om unge som ble etterlatt i utlandet?', 'nb'],
      ['kor mange saker i 2022 galdt folk som vart haldne att i utlandet mot viljen sin, hos kompetanseteamet?', 'nn'],
      ['Сколько дел у Kompetanseteamet в 2022 году касалось людей, которых удерживали за рубежом?', 'ru'],
      ['Скільки справ у Kompetanseteamet у 2022 році стосувалися людей, яких утримували за кордоном?', 'uk'],
      ['Ile spraw w 2022 Kompetanseteamet prowadził o osoby przetrzymywane za granicą?', 'pl'],
      ['كم حالة في 2022 لدى Kompetanseteamet عن أشخاص عالقين في الخارج؟', 'ar'],
      ['2022 میں Kompetanseteamet کے کتنے کیس ایسے تھے جن میں لوگوں کو غیر ملک میں روکا گیا؟', 'ur'],
      ['Sanadkii 2022 immisa kiis ayuu Kompetanseteamet lahaa oo dad dibadda lagu hayo?', 'so'],
    ])('%s', (text, lng) => {
      expect(read(text, lng)).toMatchObject({ service: 'kompetanseteamet', metric: 'cases', fromYear: 2022, breakdown: 'case-type', category: 'involuntary-stay-abroad' });
    });
  });

  describe('the other case types in everyday words', () => {
    it.each<[string, Lang, string]>([
      ['Ile spraw dotyczących kontroli społecznej prowadził Kompetanseteamet w 2022?', 'pl', 'negative-social-control'],
      ['Сколько дел о социальном контроле было у Kompetanseteamet в 2022?', 'ru', 'negative-social-control'],
      ['2022 میں Kompetanseteamet کے پاس زبردستی شادی کے کتنے کیس تھے؟', 'ur', 'forced-marriage'],
      ['how many Kompetanseteamet cases in 2022 were about young people forced into marriage?', 'en', 'forced-marriage'],
      ['how many 2022 cases did Kompetanseteamet have of girls scared of being made to marry?', 'en', 'fear-of-forced-marriage'],
    ])('%s', (text, lng, category) => {
      expect(read(text, lng)).toMatchObject({ service: 'kompetanseteamet', fromYear: 2022, breakdown: 'case-type', category });
    });
  });

  describe('a count about working life with no service named is no figures question', () => {
    it.each<[string, Lang]>([
      ['what are the rules on sick leave without a doctor, how many days a year?', 'en'],
      ['hvor mange dager egenmelding har man rett på?', 'nb'],
      ['ile dni urlopu chorobowego przysługuje pracownikowi w Norwegii?', 'pl'],
    ])('%s', (text, lng) => {
      expect(read(text, lng)).toBeUndefined();
    });

    it("IMDi's own sick leave, named, is still its figure", () => {
      expect(read('hvor høyt var sykefraværet hos IMDi i 2025?', 'nb')).toMatchObject({ service: 'imdi', metric: 'sick-leave', fromYear: 2025 });
    });
  });

  describe('through the bot', () => {
    const runner = conversationRunnerPerFile();

    async function lastTurn(lang: Lang, turns: string[]) {
      const run = await runner.converse({ lang, turns });
      return readTurn(run.replies, runner.markers);
    }

    it.each<[Lang, string, string]>([
      ['nb', 'Hvor mange saker om kjønnslemlestelse hadde Kompetanseteamet i 2022?', 'og hvor mange var det totalt det året?'],
      ['nn', 'Kor mange saker om negativ sosial kontroll hadde Kompetanseteamet i 2022?', 'og totalt?'],
      ['en', 'How many FGM cases did Kompetanseteamet have in 2022?', 'ok and the overall number for that year?'],
      ['uk', 'Скільки справ про погрози та насильство мав Kompetanseteamet у 2022?', 'а скільки загалом того року?'],
      ['ru', 'Сколько дел о женском обрезании было у Kompetanseteamet в 2022 году?', 'а всего за тот год?'],
      ['ar', 'كم حالة ختان الإناث كانت لدى Kompetanseteamet في 2022؟', 'وكم الإجمالي في ذلك العام؟'],
      ['so', 'Immisa kiis oo gudniin ah ayuu Kompetanseteamet lahaa 2022?', 'wadar ahaan sanadkaas?'],
      ['tr', "Kompetanseteamet'in 2022'deki kadın sünneti vakası kaç?", 'peki o yıl toplam kaç vaka?'],
    ])('%s: the total after a case type is the whole figure of that year (891 in 2022)', async (lang, first, then) => {
      const view = await lastTurn(lang, [first, then]);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(view.replyLanguage).toBe(lang);
      expect(containsFact(view.texts, ['891'])).toBe(true);
    });

    it.each<[Lang, string]>([
      ['nb', 'hvor mange skilsmisser var det i Norge i 2021?'],
      ['en', 'how many burglaries were reported in Bergen in 2021?'],
      ['pl', 'ile było kradzieży w Oslo w 2022?'],
      ['ar', 'كم حالة طلاق سجلت في النرويج في 2021؟'],
      ['tr', "2022'de Norveç'te kaç kızamık vakası görüldü?"],
      ['ru', 'сколько было краж в Осло в 2021 году?'],
    ])('%s: a count of an everyday matter is declined, not answered with our case figures', async (lang, text) => {
      const view = await lastTurn(lang, [text]);
      expect(view.didYouMean || view.cannotAnswer).toBe(true);
      expect(view.answers).toBe(0);
    });

    it('two years asked: those two years, not the one between them', async () => {
      const view = await lastTurn('en', ['How many cases did Kompetanseteamet handle in 2018 and 2022?']);
      expect(containsFact(view.texts, ['595'])).toBe(true);
      expect(containsFact(view.texts, ['891'])).toBe(true);
      expect(containsFact(view.texts, ['759'])).toBe(false);
    });

    it('an unpublished split for two years says it for those years, then gives their totals', async () => {
      const view = await lastTurn('en', ['how many FGM cases did Kompetanseteamet record in 2016 and in 2022?']);
      expect(view.texts.join(' ')).toMatch(/I don't have figures for [^.]*\(Kompetanseteamet, 2016 and 2022\)/u);
      expect(containsFact(view.texts, ['597'])).toBe(true);
      expect(containsFact(view.texts, ['891'])).toBe(true);
    });

    it.each<[Lang, string]>([
      ['en', "In 2022, how many of Kompetanseteamet's cases involved someone kept abroad against their will?"],
      ['pl', 'Ile spraw Kompetanseteamet w 2022 dotyczyło osób zatrzymanych za granicą wbrew ich woli?'],
    ])('%s: the described case type is answered with its published figure (113 of 891)', async (lang, text) => {
      const view = await lastTurn(lang, [text]);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['113'])).toBe(true);
      expect(containsFact(view.texts, ['891'])).toBe(true);
    });

    it('a school-project question for two years gets both figures, not "no data for projects"', async () => {
      const view = await lastTurn('nn', ['Til eit skuleprosjekt: kor mange saker hadde Kompetanseteamet i 2016 og 2022?']);
      expect(containsFact(view.texts, ['597'])).toBe(true);
      expect(containsFact(view.texts, ['891'])).toBe(true);
    });
  });
});

// (was everyday-words.test.ts)
describe('statistics asked in everyday words: a short year, a split, what no source publishes (session 17)', () => {
  /**
   * Issue #13 (session 17): statistics asked in everyday words rather than the bot's terms. A year written short, a split
   * by province or outcome, "how many girls" in Turkish, an average per year and "why did it go up?" are read as what
   * they ask; what no source publishes (an outcome, an average, a reason for a change) is said first, then the figures
   * that are published; "and the envoys?" and "and before that?" after a figure change only what they name.
   */
  const NOW = new Date('2026-12-04T12:00:00Z');
  const parse = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), NOW, lng)?.query;

  describe('a year written with two digits', () => {
    it.each<[Lang, string]>([
      ['nb', 'hvor mange saker fikk kompetanseteamet i 22?'],
      ['nn', 'kor mange saker fekk kompetanseteamet i 22?'],
      ['en', "Kompetanseteamet's case count in '22, please"],
      ['en', 'how many cases did Kompetanseteamet get in 22?'],
      ['tr', "Kompetanseteamet 22'de kaç vakayla ilgilendi?"],
      ['ru', 'сколько дел получил Kompetanseteamet в 22 году?'],
      ['uk', 'скільки справ отримав Kompetanseteamet у 22 році?'],
      ['pl', 'ile spraw dostał Kompetanseteamet w 22 roku?'],
    ])('[%s] %s → 2022', (lng, text) => {
      expect(parse(text, lng)).toMatchObject({ services: ['kompetanseteamet'], metric: 'cases', fromYear: 2022, toYear: 2022 });
    });

    it.each<[Lang, string, number]>([
      ['nb', 'hvor mange saker fikk kompetanseteamet i tjueto?', 2022],
      ['nb', 'antall saker hos kompetanseteamet i tjuetjueen', 2021],
      ['nb', 'hvor mange saker hadde minoritetsrådgiverne i totusenogåtte?', 2008],
      ['en', "what was Kompetanseteamet's case count in twenty twenty-one?", 2021],
      ['en', 'how many cases did Kompetanseteamet get in two thousand and sixteen?', 2016],
    ])('[%s] %s → a year written as words', (lng, text, year) => {
      expect(parse(text, lng)).toMatchObject({ fromYear: year, toYear: year });
    });

    it('"twenty twenty-two" is 2022 alone, not 2020 too', () => {
      expect(parse('cases at Kompetanseteamet in twenty twenty-two?', 'en')).toMatchObject({ fromYear: 2022, toYear: 2022 });
    });

    it.each<[Lang, string]>([
      ['ru', 'сколько дел было у Kompetanseteamet за последние три года?'],
      ['uk', 'скільки справ мав Kompetanseteamet за останні три роки?'],
      ['tr', 'Kompetanseteamet son üç yılda kaç vaka aldı?'],
      ['pl', 'ile spraw miał Kompetanseteamet w ostatnich trzech latach?'],
      ['ar', 'كم حالة لدى Kompetanseteamet في آخر ثلاث سنوات؟'],
      ['fa', 'Kompetanseteamet در سه سال گذشته چند پرونده داشت؟'],
      ['ur', 'پچھلے تین سالوں میں Kompetanseteamet کے کتنے کیس تھے؟'],
      ['so', 'immisa kiis ayay Kompetanseteamet lahayd saddexdii sano ee la soo dhaafay?'],
      ['ti', 'Kompetanseteamet ኣብ ዝሓለፉ ሰለስተ ዓመታት ክንደይ ጉዳያት ነይሩዎ?'],
    ])('[%s] %s → the last three years, not last year alone', (lng, text) => {
      expect(parse(text, lng)).toMatchObject({ fromYear: 2023, toYear: 2025 });
    });

    it('two digits that count something are no year', () => {
      expect(parse('hvor mange saker hadde de 22 skolene?', 'nb')?.fromYear).toBeUndefined();
      expect(parse('how many cases came from 22 schools?', 'en')?.fromYear).toBeUndefined();
    });
  });

  describe('a split asked in everyday words', () => {
    it.each<[Lang, string]>([
      ['nb', 'hvordan endte sakene til spesialutsendingene, ble mange løst?'],
      ['nn', 'korleis enda sakene til utsendingane i 2023?'],
      ['en', 'how many of the advisers’ cases were resolved in 2023?'],
      ['ru', 'сколько дел посланников было решено в 2023 году?'],
      ['tr', 'elçilerin vakaları nasıl sonuçlandı?'],
      ['pl', 'jak się skończyły sprawy wysłanników w 2023?'],
    ])('[%s] %s → the outcome', (lng, text) => {
      expect(parse(text, lng)?.breakdown).toBe('outcome');
    });

    it.each<[Lang, string]>([
      ['ru', 'сколько дел у посланников по каждой области?'],
      ['uk', 'скільки справ мали радники в кожній області?'],
      ['ur', 'ہر صوبے میں مشیروں کے کتنے کیس تھے؟'],
      ['fa', 'مشاوران تنوع در هر استان چند پرونده داشتند؟'],
    ])('[%s] %s → by county', (lng, text) => {
      expect(parse(text, lng)?.breakdown).toBe('county');
    });

    it.each<[Lang, string]>([
      ['en', 'the advisers and the envoys together, how many cases in 2023?'],
      ['ru', 'сколько дел вели посланники и советники вместе в 2023 году?'],
      ['pl', 'ile spraw w 2023 mieli razem doradcy ds. różnorodności i wysłannicy?'],
      ['tr', 'elçiler ve danışmanlar 2023te birlikte kaç vakayla ilgilendi?'],
    ])('[%s] %s → the sum of both', (lng, text) => {
      expect(parse(text, lng)).toMatchObject({ metric: 'cases', fromYear: 2023, mode: 'total' });
      expect(parse(text, lng)?.services).toEqual(expect.arrayContaining(['special-envoys', 'diversity-advisers']));
    });

    it('"work together" asks no figure', () => {
      expect(parse('how do the advisers and the envoys work together?', 'en')).toBeUndefined();
    });

    it.each<[string]>([['how many people versus how many inquiries did Kompetanseteamet have in 2007?'], ['how many inquiries and how many people did Kompetanseteamet get in 2005?']])(
      '[en] %s → the inquiries and the persons they concerned',
      (text) => {
        expect(parse(text, 'en')).toMatchObject({ metric: 'inquiries', alsoMetrics: ['persons'] });
      },
    );

    it('Turkish "kaç kıza" counts girls, not the advisers themselves', () => {
      expect(parse("2008'de danışmanlar kaç kıza destek oldu?", 'tr')).toMatchObject({ metric: 'persons', breakdown: 'gender', fromYear: 2008 });
    });
  });

  describe('what no source publishes about the figures', () => {
    it.each<[Lang, string]>([
      ['nb', 'hvor mange saker får kompetanseteamet i snitt hvert år?'],
      ['nn', 'kor mange saker får kompetanseteamet i gjennomsnitt kvart år?'],
      ['en', 'roughly how many cases a year does Kompetanseteamet get on average?'],
      ['tr', 'Kompetanseteamet her yıl ortalama kaç vaka alır?'],
      ['ru', 'сколько дел в среднем за год у Kompetanseteamet?'],
      ['fa', 'Kompetanseteamet به طور میانگین سالانه چند پرونده دارد؟'],
    ])('[%s] %s → an average', (lng, text) => {
      expect(parse(text, lng)).toMatchObject({ services: ['kompetanseteamet'], unpublished: 'average' });
    });

    it.each<[Lang, string]>([
      ['nb', 'hvorfor steg antall saker hos kompetanseteamet fra 2021 til 2022?'],
      ['en', 'why did Kompetanseteamet’s case count increase between 2021 and 2022?'],
      ['ru', 'почему у Kompetanseteamet стало больше дел с 2021 по 2022?'],
    ])('[%s] %s → a reason for the change', (lng, text) => {
      expect(parse(text, lng)).toMatchObject({ fromYear: 2021, toYear: 2022, unpublished: 'reason' });
    });

    it('"why" beside one figure asks no change', () => {
      expect(parse('hvor mange saker hadde kompetanseteamet i 2022, og hvorfor?', 'nb')?.unpublished).toBeUndefined();
    });
  });

  describe('in a conversation', () => {
    const runner = conversationRunnerPerFile();
    const turn = async (lang: Lang, turns: string[]) => readTurn((await runner.converse({ lang, turns })).replies, runner.markers);
    const at = (texts: readonly string[], spelling: string) => texts.findIndex((t) => t.includes(spelling));

    it.each<[Lang, string, string]>([
      ['ar', 'كم حالة تابعها مستشارو التنوع في 2023؟', 'وماذا عن المبعوثين؟'],
      ['so', 'immisa kiis ayay la-taliyayaasha kala duwanaanshuhu qabteen 2023?', 'ergooyinka-na?'],
      ['fa', 'مشاوران تنوع در ۲۰۲۳ به چند پرونده رسیدگی کردند؟', 'و فرستادگان؟'],
      ['ur', 'تنوع کے مشیروں کے پاس 2023 میں کتنے کیس آئے؟', 'اور ایلچیوں کے پاس؟'],
      ['uk', 'скільки справ вели радники з питань різноманіття у 2023 році?', 'а посланці?'],
      ['ru', 'сколько дел вели советники по многообразию в 2023 году?', 'а посланники?'],
      ['tr', "çeşitlilik danışmanları 2023'te kaç vakayla ilgilendi?", 'ya elçiler?'],
    ])('[%s] the envoys named bare after the advisers\' count: their count for the same year', async (lng, first, second) => {
      const view = await turn(lng, [first, second]);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(containsFact(view.texts, ['245'])).toBe(true);
      expect(containsFact(view.texts, ['899'])).toBe(false);
    });

    it.each<[Lang, string, string]>([
      ['nn', 'kor mange saker fekk kompetanseteamet i 2022?', 'og før det?'],
      ['en', 'how many cases did Kompetanseteamet get in 2022?', 'and before that?'],
      ['ru', 'сколько дел получил Kompetanseteamet в 2022 году?', 'а до этого?'],
      ['pl', 'ile spraw dostał Kompetanseteamet w 2022?', 'a wcześniej?'],
      ['tr', "Kompetanseteamet 2022'de kaç vakayla ilgilendi?", 'peki ondan önce?'],
      ['ur', 'Kompetanseteamet کو 2022 میں کتنے کیس ملے؟', 'اور اس سے پہلے؟'],
    ])('[%s] "and before that?" after 2022: the year before (759 in 2021)', async (lng, first, second) => {
      const view = await turn(lng, [first, second]);
      expect(containsFact(view.texts, ['759'])).toBe(true);
      expect(containsFact(view.texts, ['891'])).toBe(false);
    });

    it.each<[Lang, string, string, string]>([
      ['nb', 'fikk kompetanseteamet flere saker i 2022 enn i 2021?', 'hvorfor det?', 'oppgir ingen grunn'],
      ['nn', 'kor mange saker fekk kompetanseteamet i 2022?', 'kvifor gjekk talet opp?', 'oppgir ingen grunn'],
      ['en', 'how many cases did Kompetanseteamet get in 2021 and in 2022?', 'why did it go up?', 'give no reason'],
      ['pl', 'czy Kompetanseteamet miał w 2022 więcej spraw niż w 2021?', 'czemu?', 'nie podają przyczyny'],
      ['ar', 'هل كانت حالات Kompetanseteamet في 2022 أكثر من 2021؟', 'ما السبب؟', 'لا تذكر المصادر'],
    ])('[%s] a reason for a change: none is given, said before the figures', async (lng, first, second, said) => {
      const view = await turn(lng, [first, second]);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(at(view.texts, said)).toBeGreaterThanOrEqual(0);
      expect(at(view.texts, said)).toBeLessThan(at(view.texts, '891'));
    });

    it.each<[Lang, string, string]>([
      ['nb', 'hvordan har antall saker hos rådgiverne endret seg fra 2008 til 2023?', '899'],
      ['en', 'compare the envoys’ case numbers in 2008 and 2023', '245'],
    ])('[%s] a comparison back to 2008: the joint 2008 figure (381), labelled joint, beside the later one', async (lng, message, later) => {
      const view = await turn(lng, [message]);
      expect(containsFact(view.texts, ['381'])).toBe(true);
      expect(containsFact(view.texts, [later])).toBe(true);
      expect(at(view.texts, lng === 'nb' ? 'til sammen' : 'together')).toBeGreaterThanOrEqual(0);
    });

    it('"why is that?" after one figure alone claims no change', async () => {
      const view = await turn('en', ['how many cases did the envoys have in 2023?', 'why is that?']);
      expect(at(view.texts, 'no reason for the change')).toBe(-1);
    });

    it('"why do the figures differ?" after one figure with two sources asks about the sources, not a change', async () => {
      const view = await turn('nb', ['hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'hvorfor er det forskjell på tallene?']);
      expect(at(view.texts, 'ingen grunn til endringen')).toBe(-1);
      expect(containsFact(view.texts, ['897'])).toBe(true);
    });

    it.each<[Lang, string, string]>([
      ['nb', 'hvor mange saker har kompetanseteamet i snitt i året?', 'ikke publisert noe gjennomsnitt'],
      ['en', 'on average, how many cases does Kompetanseteamet handle per year?', 'No average is published'],
      ['tr', 'Kompetanseteamet yılda ortalama kaç vakayla ilgileniyor?', 'yayımlanmış bir ortalama yok'],
    ])('[%s] an average per year: none is published, said before the yearly figures', async (lng, message, said) => {
      const view = await turn(lng, [message]);
      expect(at(view.texts, said)).toBeGreaterThanOrEqual(0);
      expect(at(view.texts, said)).toBeLessThan(at(view.texts, '891'));
    });

    it.each<[Lang, string, string]>([
      ['nb', 'hvor mange av sakene til mangfoldsrådgiverne ble løst i 2023?', 'Jeg har ikke tall for hvordan det gikk'],
      ['en', 'what happened with the envoys’ cases in 2023 — how many were resolved?', "I don't have figures for how the cases ended"],
    ])('[%s] the outcome: not published, said before the total', async (lng, message, said) => {
      const view = await turn(lng, [message]);
      expect(at(view.texts, said)).toBeGreaterThanOrEqual(0);
    });
  });
});

describe('statistics and history asked in everyday words: against an earlier year, a split not published, two figures, the beginnings (session 22)', () => {
  /**
   * Issue #13, the classes of general-blind-53: "more than before / compared with <year>" shows both years' figures,
   * not only the year named; a split that is not published (a county, a country of origin asked after a count) says so
   * first, then gives the nearest published figure; two figures in one question get both; the scheme's start and the
   * team's first (partial) year are told with their figures.
   */
  const now = new Date('2026-12-05T09:00:00Z');
  const read = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), now, lng);

  describe('a year set against today', () => {
    it.each<[string, Lang]>([
      ['Får Kompetanseteamet flere saker nå enn i 2018?', 'nb'],
      ['er antallet saker hos Kompetanseteamet høyere sammenlignet med 2016?', 'nb'],
      ['Har Kompetanseteamet fått fleire saker samanlikna med 2018?', 'nn'],
      ['Is Kompetanseteamet getting more cases compared to 2016?', 'en'],
      ['У Kompetanseteamet сейчас больше дел по сравнению с 2018 годом?', 'ru'],
      ['Чи зросла кількість справ Kompetanseteamet порівняно з 2016 роком?', 'uk'],
      ['Czy Kompetanseteamet ma teraz więcej spraw niż w 2018 roku?', 'pl'],
      ["Kompetanseteamet'in vaka sayısı 2016'ya göre arttı mı?", 'tr'],
      ['آیا تعداد پرونده‌های Kompetanseteamet در مقایسه با سال 2018 بالا رفته؟', 'fa'],
    ])('runs from the year named to today: %s', (text, lng) => {
      const parsed = read(text, lng);
      expect(parsed?.query).toMatchObject({ service: 'kompetanseteamet', metric: 'cases', toYear: 2026 });
      expect([2016, 2018]).toContain(parsed?.query.fromYear);
    });

    it.each<[string, Lang]>([
      ['får Kompetanseteamet flere saker enn før?', 'nb'],
      ['does Kompetanseteamet get more cases than it did earlier?', 'en'],
      ['у Kompetanseteamet стало больше дел, чем прежде?', 'ru'],
      ['czy Kompetanseteamet dostaje więcej spraw niż przedtem?', 'pl'],
      ['هل صارت قضايا Kompetanseteamet أكثر من السابق؟', 'ar'],
      ['Kompetanseteamet kiisaskiisu ma ka badan yihiin hore?', 'so'],
    ])('more than before, no year named, is a figures question above a contact card: %s', (text, lng) => {
      const parsed = read(text, lng);
      expect(parsed?.query).toMatchObject({ service: 'kompetanseteamet', metric: 'cases' });
      expect(parsed?.score).toBeGreaterThan(0.9);
    });

    it('two services set against each other stay a comparison of services', () => {
      expect(read('hvor mange saker hadde Kompetanseteamet sammenlignet med mangfoldsrådgiverne i 2023?', 'nb')?.query).toMatchObject({ mode: 'compare', fromYear: 2023, toYear: 2023 });
    });
  });

  describe('a county in the other languages\' words', () => {
    it.each<[string, Lang, string]>([
      ['скільки справ мали радники з питань різноманіття в Нурланні у 2023 році?', 'uk', 'nordland'],
      ['сколько дел вели советники по многообразию в Телемарке в 2023 году?', 'ru', 'telemark'],
      ['ile spraw mieli doradcy ds. różnorodności w Vestlandzie w 2023 roku?', 'pl', 'vestland'],
      ['ile spraw prowadzili doradcy ds. różnorodności w Agderze w 2023?', 'pl', 'agder'],
    ])('the county is the split asked, and no figure of its own is guessed: %s', (text, lng, county) => {
      expect(read(text, lng)?.query).toMatchObject({ service: 'diversity-advisers', breakdown: 'county', category: county, fromYear: 2023 });
    });
  });

  describe('two figures, and what the cases were mostly about', () => {
    it.each<[string, Lang]>([
      ['ilu jest wszystkich doradców ds. różnorodności i ile spraw mieli w 2023?', 'pl'],
      ['сколько всего мангфолдс-советников и сколько дел они вели в 2023?', 'ru'],
    ])('the headcount beside the cases: %s', (text, lng) => {
      expect(read(text, lng)?.query).toMatchObject({ service: 'diversity-advisers', metric: 'cases', alsoMetrics: ['staff'] });
    });

    it.each<[string, Lang]>([
      ['ile spraw prowadzili specjalni wysłannicy w 2023 roku i czego one najczęściej dotyczyły?', 'pl'],
      ['сколько дел было у спецпредставителей в 2023 году и о чём они чаще всего были?', 'ru'],
      ["özel temsilciler 2023'te kaç vaka aldı, bunlar genellikle ne hakkındaydı?", 'tr'],
    ])('the count with what the cases were about: %s', (text, lng) => {
      expect(read(text, lng)?.query).toMatchObject({ service: 'special-envoys', metric: 'cases', breakdown: 'case-type', fromYear: 2023 });
    });

    it.each<[string, Lang]>([
      ["what was the number of inquiries to Kompetanseteamet in its first partial year?", 'en'],
      ['kor mange førespurnader fekk Kompetanseteamet det fyrste halve året?', 'nn'],
    ])('the first (partial) year is the first year with a figure: %s', (text, lng) => {
      expect(read(text, lng)?.query).toMatchObject({ service: 'kompetanseteamet', firstYear: true });
    });
  });

  describe('through the bot', () => {
    const runner = conversationRunnerPerFile();
    const at = (texts: readonly string[], spelling: string) => texts.findIndex((t) => t.includes(spelling));

    it.each<[Lang, string]>([
      ['nb', 'har Kompetanseteamet fått flere saker enn de hadde i 2021?'],
      ['en', "Kompetanseteamet's caseload compared with 2021 — up or down?"],
      ['pl', 'czy Kompetanseteamet ma więcej spraw w porównaniu z 2021?'],
      ['ar', 'هل ازداد عدد حالات Kompetanseteamet مقارنة بعام 2021؟'],
    ])('[%s] against 2021: the figures from 2021 on, not 2021 alone', async (lng, message) => {
      const view = await runner.turn(lng, message);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(containsFact(view.texts, ['759'])).toBe(true);
      expect(containsFact(view.texts, ['891'])).toBe(true);
    });

    it.each<[Lang, string, string]>([
      ['nb', 'hvor mange saker var det i Nordland i 2025?', 'Jeg har ikke tall for saker i Nordland'],
      ['nn', 'kor mange saker var det i Vestland i 2025?', 'Eg har ikkje tal for saker i Vestland'],
      ['en', 'how many cases were there in Troms in 2025?', "I don't have figures for cases in Troms"],
    ])('[%s] a county in a year without figures: not published for the county, then the nearest year\'s totals', async (lng, message, said) => {
      const view = await runner.turn(lng, message);
      expect(at(view.texts, said)).toBeGreaterThanOrEqual(0);
      expect(containsFact(view.texts, ['899', '897'])).toBe(true);
      expect(containsFact(view.texts, ['245'])).toBe(true);
    });

    it.each<[Lang, string, string]>([
      ['nb', 'hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'hvor mange av disse gjaldt Irak?'],
      ['en', 'how many cases did the diversity advisers handle in 2023?', 'how many of them involved Somalia?'],
      ['ar', 'كم حالة تابعها مستشارو التنوع في 2023؟', 'كم منها من العراق؟'],
      ['ru', 'сколько дел вели советники по многообразию в 2023 году?', 'сколько из них из Ирака?'],
      ['uk', 'скільки справ вели радники з питань різноманіття у 2023 році?', 'скільки з них з Афганістану?'],
      ['tr', "çeşitlilik danışmanları 2023'te kaç vakayla ilgilendi?", "bunların kaçı Irak'tandı?"],
    ])('[%s] "how many of them from <country>?" after the count: no count per country, then the total and the order', async (lng, first, second) => {
      const view = await runner.turn(lng, [first, second]);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(containsFact(view.texts, ['899', '897'])).toBe(true);
      expect(view.cards.every((c) => c.lang === lng)).toBe(true);
      // The order is published: the country asked is named among the most common, without a count of its own.
      expect(view.texts.join(' ')).not.toMatch(/478 09 050/u);
    });

    it.each<[Lang, string, string[]]>([
      ['pl', 'ile spraw prowadzili specjalni wysłannicy w 2023 roku i czego one najczęściej dotyczyły?', ['za granic']],
      ['ru', 'сколько дел было у спецпредставителей в 2023 году и о чём они чаще всего были?', ['за границ', 'за рубеж']],
    ])('[%s] the envoys\' count and what it was mostly about: 245, mostly involuntary stays abroad', async (lng, message, abroad) => {
      const view = await runner.turn(lng, message);
      expect(containsFact(view.texts, ['245'])).toBe(true);
      expect(containsFact(view.texts, abroad)).toBe(true);
    });

    it('the advisers\' headcount and cases asked together in Russian: both', async () => {
      const view = await runner.turn('ru', 'сколько всего мангфолдс-советников и сколько дел они вели в 2023?');
      expect(containsFact(view.texts, ['59'])).toBe(true);
      expect(containsFact(view.texts, ['899', '897'])).toBe(true);
    });

    it('the scheme\'s start and how many began: the history, spring 2008 and thirty', async () => {
      const view = await runner.turn('en', 'when did the minority adviser scheme begin, and how many advisers were there at first?');
      expect(containsFact(view.texts, ['2008'])).toBe(true);
      expect(containsFact(view.texts, ['30'])).toBe(true);
    });

    it.each<[Lang, string, string]>([
      ['nb', 'hvordan fordeler sakene til mangfoldsrådgiverne seg mellom ungdomsskole og videregående?', 'Jeg har ikke tall for saker fordelt på skoletype'],
      ['nn', 'korleis er sakene til mangfaldsrådgjevarane fordelte mellom ungdomsskular og vaksenopplæring?', 'Eg har ikkje tal for saker fordelt på skuletype'],
    ])('[%s] a split between school types: not published, then the total (no school called "Mellom")', async (lng, message, said) => {
      const view = await runner.turn(lng, message);
      expect(at(view.texts, said)).toBeGreaterThanOrEqual(0);
      expect(containsFact(view.texts, ['899', '897'])).toBe(true);
      expect(view.texts.join(' ')).not.toMatch(/Mellom/u);
    });

    it('the first advisers\' schools in one county, asked with "the first": the schools by name, in 2008', async () => {
      const view = await runner.turn('nn', 'kva skular i Oslo fekk dei fyrste minoritetsrådgjevarane, og kva år var det?');
      expect(containsFact(view.texts, ['Stovner'])).toBe(true);
      expect(containsFact(view.texts, ['2008'])).toBe(true);
    });

    it('the team\'s first partial year: 11 inquiries about 13 persons (November–December 2004)', async () => {
      const view = await runner.turn('en', 'what was the number of inquiries to Kompetanseteamet in its first partial year?');
      expect(containsFact(view.texts, ['11'])).toBe(true);
      expect(containsFact(view.texts, ['13'])).toBe(true);
      expect(containsFact(view.texts, ['2004'])).toBe(true);
    });
  });
});
