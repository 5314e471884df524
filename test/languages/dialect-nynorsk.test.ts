import type { Activity } from 'botbuilder';
import { buildTestApp, type TestApp } from '../helpers/test-app';
import { cardOf, newChat, texts } from './chat';

/**
 * Issue #13: nynorsk as people in Vestland, Trøndelag, Sogn and Nordland type it ("kem", "ska", "itj", "e", "æ"),
 * through the real bot: answered in nynorsk from a nynorsk Teams, and understood as the standard forms are.
 */

/** Every text of every card in a turn. */
function shown(replies: Partial<Activity>[]): string {
  return replies.flatMap((r) => texts(cardOf(r)?.body ?? [])).join('\n');
}

describe('dialect typed as spoken, in a nynorsk Teams', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await buildTestApp();
  }, 120_000);
  afterAll(() => testApp.close());

  it('answers a Trønder who asks whom to call, with a bokmål role name in the message, in nynorsk with Kompetanseteamet', async () => {
    const say = newChat(testApp, 'nn-NO');
    const replies = await say('kæm ska æ ring te om ei jente i klassen som itj får gå ut? vi har ingen mangfoldsrådgiver på skolen');
    expect(replies.map((r) => cardOf(r)?.lang)).toContain('nn');
    expect(cardOf(replies[0])?.lang).toBe('nn');
    expect(shown(replies)).toMatch(/Kompetanseteamet/u);
  });

  it('reads "kem ska eg ringe te" as who to call, not as the start of a guided conversation', async () => {
    const say = newChat(testApp, 'nn-NO');
    const replies = await say('kem ska eg ringe te når eg e bekymra for ein elev som blir passa på heile tida');
    expect(cardOf(replies[0])?.lang).toBe('nn');
    expect(shown(replies)).toMatch(/Kompetanseteamet/u);
  });

  it('gives the expert team to a kindergarten asking whether someone can come and hold a course', async () => {
    const say = newChat(testApp, 'nn-NO');
    const replies = await say('kan nokon kome og ha kurs for dei tilsette i barnehagen om kjønnslemlesting?');
    expect(shown(replies)).toMatch(/fagteam/iu);
  });

  it('reads a one-case story with "we had a case last year" as no figure question when it asks for training', async () => {
    const say = newChat(testApp, 'nb-NO');
    const replies = await say('jeg jobber på et asylmottak. vi hadde en sak i fjor som er avsluttet. kan kompetanseteamet komme og ha kurs for oss?');
    expect(shown(replies)).not.toMatch(/Statistikk/u);
    expect(shown(replies)).toMatch(/fagteam/iu);
  });

  it('lists the 2008 schools of a county asked with dialect plurals ("ka skolan … hadd")', async () => {
    const say = newChat(testApp, 'nn-NO');
    const replies = await say('ka skolan i akershus hadd minoritetsrådgiver i 2008?');
    expect(shown(replies)).toMatch(/Lillestrøm/u);
  });

  it('finds the article when "e" stands for "er" ("ka e kjønnslemlesting og kor vanleg e det")', async () => {
    const say = newChat(testApp, 'nn-NO');
    const replies = await say('ka e kjønnslemlesting, og kor vanleg e det?');
    expect(shown(replies)).toMatch(/Kjønnslemlesting/u);
    expect(shown(replies)).not.toMatch(/Meinte du/u);
  });

  it.each([
    ['nn-NO', 'kæm ska vi ring for råd om ei jente som blir passa på heile tida? vi har itj nån mangfoldsrådgiver her'],
    ['nn-NO', 'kven kan eg ringje for råd om ein elev som vert kontrollert? me har ikkje mangfaldsrådgjevar på skulen'],
    ['nb-NO', 'vi har ikke mangfoldsrådgiver på skolen, hvem kan vi ringe om en elev som blir kontrollert?'],
    ['en-US', "who can we call about a pupil who is watched all the time? we don't have a diversity adviser"],
  ] as const)('a school that says it has no adviser is pointed to Kompetanseteamet first (%s: "%s")', async (locale, text) => {
    const say = newChat(testApp, locale);
    const first = texts(cardOf((await say(text))[0])?.body ?? []);
    const plan = first.find((t) => /^1\. /u.test(t));
    expect(plan).toMatch(/Kompetanseteamet|competence team/u);
  });

  it.each(['ka kan du hjelp mæ med', 'kva kan du hjelpe meg med?'])('"%s" opens the help card in nynorsk', async (text) => {
    const say = newChat(testApp, 'nn-NO');
    const replies = await say(text);
    expect(cardOf(replies[0])?.lang).toBe('nn');
    expect(shown(replies)).toMatch(/Dette kan eg hjelpe med/u);
  });
});
