import type { Activity } from 'botbuilder';
import { withReviewNote, replayOfAction, replayOfIntent, SHOW_IN_NORWEGIAN_VERB } from '../../src/bot/review-note';
import { adaptiveCard, paragraph } from '../../src/cards/card-kit';
import type { Translate } from '../../src/language/i18n';
import { oneAppPerFile } from '../helpers/test-app';
import { createReaders } from '../../src/features';
import { createI18n } from '../../src/language/i18n';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The intent registry the app composes: which intents and verbs the features declare replayable. Built once for the
 * file (the readers cost about as much as an app build) and only read by the tests.
 */
let readers: ReturnType<typeof createReaders> | undefined;
const registry = () => (readers ??= createReaders({ i18n: createI18n(), dataDir: mkdtempSync(path.join(tmpdir(), 'review-note-')), now: () => new Date() }));
afterAll(async () => {
  if (readers) await (await readers).close();
});

function card(activity: Partial<Activity>): { body: unknown[]; actions?: { title: string; data?: Record<string, unknown> }[] } {
  return activity.attachments?.[0]?.content as { body: unknown[]; actions?: { title: string; data?: Record<string, unknown> }[] };
}

const showInNorwegian = (activity: Partial<Activity>) => card(activity).actions?.find((a) => a.data?.['verb'] === SHOW_IN_NORWEGIAN_VERB);

describe('machine-translation note and "show in Norwegian"', () => {
  const { chat } = oneAppPerFile();

  it('adds a one-line note and a button to a card in a language not yet reviewed', async () => {
    const { intents } = await registry();
    const t = ((key: string) => ({ machineNote: 'NOTE', showInNorwegian: 'SHOW' })[key] ?? key) as unknown as Translate;
    const out = withReviewNote(adaptiveCard('ar', [paragraph('x')]), t, replayOfIntent({ kind: 'article', articleId: 'fgm' }, intents));
    expect(JSON.stringify(out.body)).toContain('NOTE');
    // An Arabic card: the (Latin) test string is isolated left to right like every Latin run in it.
    expect(out.actions?.at(-1)).toMatchObject({ title: '\u2066SHOW\u2069', data: { verb: SHOW_IN_NORWEGIAN_VERB, replay: 'intent', intent: { kind: 'article', articleId: 'fgm' } } });
  });

  it('never offers to replay something that changes data', async () => {
    const { intents } = await registry();
    expect(replayOfAction({ verb: 'register-case', service: 'x' }, intents)).toBeUndefined();
    expect(replayOfAction({ verb: 'feedback', vote: 'up' }, intents)).toBeUndefined();
    expect(replayOfAction({ verb: 'set-language', lng: 'nb' }, intents)).toBeUndefined();
    expect(replayOfAction({ verb: 'show-article', articleId: 'fgm' }, intents)).toEqual({ replay: 'action', value: { verb: 'show-article', articleId: 'fgm' } });
    expect(replayOfAction({ verb: 'show-contact', serviceId: 'kompetanseteamet' }, intents)).toEqual({ replay: 'action', value: { verb: 'show-contact', serviceId: 'kompetanseteamet' } });
    expect(replayOfIntent({ kind: 'register-case' }, intents)).toBeUndefined();
    expect(replayOfIntent({ kind: 'choose-language', lng: 'ar' }, intents)).toBeUndefined();
    expect(replayOfIntent({ kind: 'triage' }, intents)).toBeUndefined();
    // A replayable kind with a malformed body is refused by that kind's own schema.
    expect(replayOfIntent({ kind: 'stats', query: { services: ['no-such-service'] } }, intents)).toBeUndefined();
    expect(replayOfIntent({ kind: 'stats', query: { services: ['kompetanseteamet'], mode: 'value' } }, intents)).toEqual({ replay: 'intent', intent: { kind: 'stats', query: { services: ['kompetanseteamet'], mode: 'value' } } });
  });

  it('shows an answer in Arabic with the note, and the same answer in bokmål from the button, without the note', async () => {
    let button: { data?: Record<string, unknown> } | undefined;
    await chat({ locale: 'ar-SA' })
      .send({ type: 'message', value: { verb: 'set-language', lng: 'ar' } })
      .assertReply(() => undefined)
      .send('ما هو ختان الإناث')
      .assertReply((reply) => {
        expect(card(reply).body.length).toBeGreaterThan(0);
        button = showInNorwegian(reply);
        expect(button).toBeDefined();
      })
      .startTest();
    const { verb, ...rest } = button?.data ?? {};
    await chat({ locale: 'ar-SA' })
      .send({ type: 'message', value: { verb, ...rest } })
      .assertReply((reply) => {
        const content = card(reply) as unknown as { lang: string };
        expect(content.lang).toBe('nb');
        expect(showInNorwegian(reply)).toBeUndefined();
      })
      .startTest();
  });

  it('gives bokmål cards no note', async () => {
    await chat({ locale: 'nb-NO' })
      .send('hva er kjønnslemlestelse')
      .assertReply((reply) => expect(showInNorwegian(reply)).toBeUndefined())
      .startTest();
  });

  it('refuses a forged replay', async () => {
    await chat()
      .send({ type: 'message', value: { verb: SHOW_IN_NORWEGIAN_VERB, replay: 'action', value: { verb: 'register-case' } } })
      .assertReply((reply) => expect(typeof reply.text).toBe('string'))
      .startTest();
  });
});
