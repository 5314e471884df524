import type { Activity } from 'botbuilder';
import type { Lang } from '../../src/language/languages';
import { buildTestApp, type TestApp } from '../helpers/test-app';
import { cardOf, expectLanguageCard, localeString, newChat, texts } from './chat';

/**
 * Issue 6: "for a language it cannot detect, a reply in the conversation's language with the language card".
 * A teacher writes in French, German, Spanish or Chinese: the bot says, in the conversation's language (or Teams'
 * locale, or the default), that it does not answer in that language yet, and offers the twelve it does.
 */

describe('a message in a language Veiviser does not answer in', () => {
  let testApp: TestApp;
  // Building the whole app (every feature, index and language model) takes several seconds on a loaded machine.
  beforeAll(async () => {
    testApp = await buildTestApp();
  }, 120_000);
  afterAll(() => testApp.close());

  function expectOfferOfLanguages(replies: Partial<Activity>[], lng: Lang): void {
    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]);
    expectLanguageCard(card, lng);
    expect(texts(card?.body)).toContain(localeString(lng, 'common', 'language.unsupported'));
  }

  it.each([
    ['French', 'Bonjour, je suis enseignante et j’ai une question'],
    ['German', 'Hallo, ich mache mir Sorgen um eine Schülerin'],
    ['Spanish', 'hola, necesito ayuda con una alumna de mi clase'],
    ['Chinese', '你好，我是老师，我有一个问题'],
  ])('first message in %s: the language card, in the Teams locale language (bokmål)', async (_name, text) => {
    expectOfferOfLanguages(await newChat(testApp, 'nb-NO')(text), 'nb');
  });

  it('with a Teams locale we do not have (fr-FR): the language card in the default language', async () => {
    expectOfferOfLanguages(await newChat(testApp, 'fr-FR')('je voudrais parler à quelqu’un de ma fille'), testApp.env.DEFAULT_LANGUAGE);
  });

  it('in an Arabic conversation, a German message gets the language card in Arabic, right to left', async () => {
    const say = newChat(testApp, 'nb-NO');
    await say('ما معنى الزواج القسري');
    expectOfferOfLanguages(await say('Guten Tag, können Sie mir bitte helfen?'), 'ar');
  });

  it('in an English conversation, a Spanish message gets the language card in English', async () => {
    const say = newChat(testApp, 'nb-NO');
    await say('what counts as forced marriage');
    expectOfferOfLanguages(await say('¿qué es el matrimonio forzado?'), 'en');
  });

  it('a single foreign word ("merci") is too little to tell: it keeps the conversation and gets no language card', async () => {
    const say = newChat(testApp, 'nb-NO');
    await say('what counts as forced marriage');
    const replies = await say('merci');
    expect(replies.map((r) => cardOf(r)?.lang)).toEqual(replies.map(() => 'en'));
    expect(replies.map((r) => texts(cardOf(r)?.body)).flat()).not.toContain(localeString('en', 'common', 'language.unsupported'));
  });
});
