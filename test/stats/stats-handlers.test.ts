import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { CardActionRouter } from '../../src/bot/card-action-router';
import type { Turn } from '../../src/kit/turn';
import { createI18n, fixedT } from '../../src/language/i18n';
import { createLogger, memorySink } from '../../src/logging/logger';
import { prepareUtterance } from '../../src/understanding/understand';
import type { CaseRecord } from '../../src/stats/store/case-record';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { createRegistrationLimiter } from '../../src/stats/registration/registration-limiter';
import { handleRegisterRequest, handleStats, statsCardActions, type StatsDeps } from '../../src/stats/stats-handlers';
import { createStatsRecognizer } from '../../src/stats/answers/stats-recognizer';
import { MemoryStatsStore } from './fakes/memory-stats-store';
import { TEAMS_REGISTRATION_FORM } from '../helpers/registration-form';

const REGISTRAR = '11111111-1111-4111-8111-111111111111';
const SECOND_REGISTRAR = '33333333-3333-4333-8333-333333333333';
const OTHER = '22222222-2222-4222-8222-222222222222';
const i18n = createI18n();
const published = loadPublishedSeed().figures;

const form = TEAMS_REGISTRATION_FORM;

interface Harness {
  readonly store: MemoryStatsStore;
  readonly logs: { readonly lines: string[] };
  clock: Date;
  chat(aadObjectId?: string, lng?: 'nb' | 'en'): TestAdapter;
}

/** A small bot: the stats recognizer and handlers, and the card-action router, as the app wires them. */
function harness(options: { perMinute?: number } = {}): Harness {
  const state = { clock: new Date('2026-11-24T12:00:00Z') };
  const store = new MemoryStatsStore(published, () => state.clock);
  const logs = memorySink();
  const log = createLogger({ level: 'debug', sink: logs });
  const deps: StatsDeps = {
    store,
    registrars: new Set([REGISTRAR, SECOND_REGISTRAR]),
    now: () => state.clock,
    registerLimit: createRegistrationLimiter(options.perMinute ?? 10, () => state.clock.getTime()),
  };
  const recognizer = createStatsRecognizer({ now: deps.now });
  const router = new CardActionRouter(statsCardActions(deps));
  const h = {
    store,
    logs,
    get clock() {
      return state.clock;
    },
    set clock(value: Date) {
      state.clock = value;
    },
    chat(aadObjectId?: string, lng: 'nb' | 'en' = 'nb') {
      return new TestAdapter(
        async (context: TurnContext) => {
          const turn: Turn = {
            context,
            lng,
            t: fixedT(i18n, lng),
            userKey: context.activity.from.aadObjectId ?? context.activity.from.id,
            aadObjectId: context.activity.from.aadObjectId,
            log,
            now: deps.now,
          };
          if (context.activity.value !== undefined) {
            const outcome = await router.route(turn, context.activity.value);
            if (outcome !== 'handled') await context.sendActivity(`card action ${outcome}`);
            return;
          }
          const [best] = recognizer.recognize(prepareUtterance(context.activity.text ?? '', lng));
          if (best?.intent.kind === 'stats') await handleStats(turn, best.intent, deps);
          else if (best?.intent.kind === 'register-case') await handleRegisterRequest(turn, deps);
          else await context.sendActivity('not a statistics question');
        },
        { from: { id: 'user-1', name: 'Test', ...(aadObjectId ? { aadObjectId } : {}) } },
      );
    },
  };
  return h;
}

const cardOf = (activity: Partial<Activity>) => JSON.stringify(activity.attachments?.[0]?.content ?? null);
const submit = (value: Record<string, unknown>): Partial<Activity> => ({ type: 'message', value });

describe('statistics in a conversation', () => {
  it('answers "hvor mange saker hadde mangfoldsrådgiverne i 2023" with both published values and their sources', async () => {
    const h = harness();
    await h
      .chat()
      .send('Hvor mange saker hadde mangfoldsrådgiverne i 2023?')
      .assertReply((reply) => {
        const json = cardOf(reply);
        expect(json).toContain('899 / 897');
        // Each value with its source as a reader knows it: document, year and section, never a file or line (#17).
        expect(json).toContain('897 – IMDis likestillingsredegjørelse 2023, «');
        expect(json).toContain('899 – IMDi årsrapport 2023, «');
        expect(json).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
        expect(json).toContain('Publisert tall');
      })
      .startTest();
  });

  it('says "hvor mange saker hadde mangfoldsrådgiverne i 2015" is unknown, with the nearest year', async () => {
    const h = harness();
    await h
      .chat()
      .send('hvor mange saker hadde mangfoldsrådgiverne i 2015')
      .assertReply((reply) => {
        const json = cardOf(reply);
        expect(json).toContain('Jeg har ikke tall for saker (mangfoldsrådgiverne) i 2015.');
        expect(json).toContain('Nærmeste år med tall: 2023.');
      })
      .startTest();
  });

  it('never logs the question', async () => {
    const h = harness();
    await h.chat().send('hvor mange saker hadde spesialutsendingene i 2023').assertReply(() => undefined).startTest();
    expect(h.logs.lines.join('\n')).not.toContain('spesialutsendingene');
    expect(h.logs.lines.some((l) => l.includes('"status":"figures"'))).toBe(true);
  });
});

describe('case registration', () => {
  it('opens the form for a registrar', async () => {
    const h = harness();
    await h
      .chat(REGISTRAR)
      .send('registrer sak')
      .assertReply((reply) => {
        const json = cardOf(reply);
        expect(json).toContain('"id":"caseTypes"');
        expect(json).toContain('"verb":"register-case"');
      })
      .startTest();
  });

  it.each([[OTHER], [undefined]])('politely refuses the form to someone who is not a registrar (%s)', async (aad) => {
    const h = harness();
    await h
      .chat(aad)
      .send('registrer sak')
      .assertReply('Registrering av saker er bare tilgjengelig for registrerte rådgivere og utsendinger. Ta kontakt med IMDi hvis du mener du skal ha tilgang.')
      .startTest();
  });

  it('refuses a submitted form from someone who is not a registrar, and stores nothing', async () => {
    const h = harness();
    await h
      .chat(OTHER)
      .send(submit({ verb: 'register-case', ...form }))
      .assertReply((reply) => expect(reply.text).toContain('bare tilgjengelig for registrerte'))
      .startTest();
    expect(h.store.records).toHaveLength(0);
  });

  it('registers, confirms and undoes a case within ten minutes', async () => {
    const h = harness();
    let id = '';
    await h
      .chat(REGISTRAR)
      .send(submit({ verb: 'register-case', ...form }))
      .assertReply((reply) => {
        const json = cardOf(reply);
        expect(json).toContain('Saken er registrert (Mangfoldsrådgiver, oktober 2026). Du kan angre i 10 minutter.');
        id = JSON.parse(json).actions[0].data.id;
      })
      .startTest();
    expect(h.store.records.map((r: CaseRecord) => r.caseTypes)).toEqual([['negative-social-control', 'involuntary-stay-abroad']]);
    h.clock = new Date(h.clock.getTime() + 9 * 60_000);
    await h.chat(REGISTRAR).send(submit({ verb: 'undo-registration', id })).assertReply('Registreringen er angret. Saken er slettet.').startTest();
    expect(h.store.records).toHaveLength(0);
  });

  it('does not undo someone else’s case, nor after ten minutes', async () => {
    const h = harness();
    const record = await h.store.register({ ...form, caseTypes: ['fgm'], referredTo: ['none'] }, { aadObjectId: REGISTRAR });
    await h.chat(OTHER).send(submit({ verb: 'undo-registration', id: record.id })).assertReply((reply) => expect(reply.text).toContain('bare tilgjengelig')).startTest();
    await h.chat(SECOND_REGISTRAR).send(submit({ verb: 'undo-registration', id: record.id })).assertReply('Du kan bare angre dine egne registreringer.').startTest();
    h.clock = new Date(h.clock.getTime() + 11 * 60_000);
    await h.chat(REGISTRAR).send(submit({ verb: 'undo-registration', id: record.id })).assertReply((reply) => expect(reply.text).toContain('mer enn 10 minutter')).startTest();
    expect(h.store.records).toHaveLength(1);
  });

  it('lists what was wrong in the user’s language, without echoing the values, and stores nothing', async () => {
    const h = harness();
    await h
      .chat(REGISTRAR, 'en')
      .send(submit({ verb: 'register-case', ...form, gender: 'Aisha', month: '', studentName: 'Aisha Khan' }))
      .assertReply((reply) => {
        expect(reply.text).toBe(
          ['The registration was not saved. Please fix:', '- Month is missing', '- Gender has a value that is not allowed', '- 1 unknown field was refused'].join('\n'),
        );
        expect(reply.text).not.toContain('Aisha');
        expect(reply.text).not.toContain('studentName');
      })
      .startTest();
    expect(h.store.records).toHaveLength(0);
    expect(h.logs.lines.join('\n')).not.toContain('Aisha');
  });

  it('limits registrations per user per minute', async () => {
    const h = harness({ perMinute: 2 });
    const chat = h.chat(REGISTRAR);
    await chat
      .send(submit({ verb: 'register-case', ...form }))
      .assertReply(() => undefined)
      .send(submit({ verb: 'register-case', ...form }))
      .assertReply(() => undefined)
      .send(submit({ verb: 'register-case', ...form }))
      .assertReply('Du har registrert mange saker det siste minuttet. Vent litt og prøv igjen.')
      .startTest();
    expect(h.store.records).toHaveLength(2);
  });

  it('says "not saved" when the store cannot write', async () => {
    const h = harness();
    h.store.failWrites = true;
    await h
      .chat(REGISTRAR)
      .send(submit({ verb: 'register-case', ...form }))
      .assertReply('Saken ble ikke lagret på grunn av en feil hos meg. Prøv igjen om litt.')
      .startTest();
  });

  it('refuses an undo payload that is not a case id', async () => {
    const h = harness();
    await h.chat(REGISTRAR).send(submit({ verb: 'undo-registration', id: 'DROP TABLE' })).assertReply('card action invalid').startTest();
  });
});
