import type { Activity } from 'botbuilder';
import { LANGUAGES, type Lang } from '../../src/language/languages';
import { buildTestApp, type TestApp } from '../helpers/test-app';
import { CASES } from './cases';
import { cardOf, newChat } from './chat';

/**
 * Issue 6: "a message of a few words in an uncertain language keeps the conversation's language", and
 * bokmål and nynorsk told apart on short messages — through the real bot.
 */

/** The language of every card in a turn's replies (a turn with no card fails). */
function languagesOf(replies: Partial<Activity>[]): (string | undefined)[] {
  expect(replies.length).toBeGreaterThan(0);
  return replies.map((r) => cardOf(r)?.lang);
}

describe('short messages', () => {
  let testApp: TestApp;
  // Building the whole app (every feature, index and language model) takes several seconds on a loaded machine.
  beforeAll(async () => {
    testApp = await buildTestApp();
  }, 120_000);
  afterAll(() => testApp.close());

  describe('a few words in no clear language keep the conversation in its language', () => {
    const table = LANGUAGES.flatMap((lng) => ['ok', 'Somalia', '2023', '👍'].map((text) => [lng, text] as const));
    it.each(table)('%s conversation, then "%s"', async (lng: Lang, text) => {
      const say = newChat(testApp, CASES[lng].locale);
      await say(CASES[lng].topics[0].text);
      const replies = await say(text);
      for (const lang of languagesOf(replies)) expect(lang).toBe(lng);
    });
  });

  describe('nynorsk and bokmål from a handful of words, in a chat whose Teams runs in bokmål', () => {
    it.each([
      ['kva gjer eg no', 'nn'],
      ['eg er uroa for ein elev', 'nn'],
      ['kven skal eg ringje', 'nn'],
      ['hva gjør jeg nå', 'nb'],
      ['jeg er bekymret for en elev', 'nb'],
      ['hvem ringer jeg', 'nb'],
    ] as const)('"%s" is answered in %s', async (text, lng) => {
      const replies = await newChat(testApp, 'nb-NO')(text);
      for (const lang of languagesOf(replies)) expect(lang).toBe(lng);
    });

    it('keeps nynorsk for words both forms share ("takk", "skal vi bestille tolk")', async () => {
      const say = newChat(testApp, 'nb-NO');
      for (const lang of languagesOf(await say('eg lurer på kva kjønnslemlesting eigentleg er'))) expect(lang).toBe('nn');
      for (const lang of languagesOf(await say('takk'))) expect(lang).toBe('nn');
      for (const lang of languagesOf(await say('skal vi bestille tolk'))) expect(lang).toBe('nn');
    });

    it('switches from nynorsk to bokmål when the user writes clear bokmål, not for one bokmål word', async () => {
      const say = newChat(testApp, 'nb-NO');
      for (const lang of languagesOf(await say('kva gjer eg no'))) expect(lang).toBe('nn');
      for (const lang of languagesOf(await say('hva er negativ sosial kontroll'))) expect(lang).toBe('nn');
      for (const lang of languagesOf(await say('hvem ringer jeg hvis hun ikke kommer tilbake?'))) expect(lang).toBe('nb');
    });
  });
});
