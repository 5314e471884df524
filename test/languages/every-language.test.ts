import { LANGUAGES, type Lang } from '../../src/language/languages';
import { buildTestApp, type TestApp } from '../helpers/test-app';
import { CASES } from './cases';
import {
  articleIdOf,
  articleTitle,
  cardOf,
  type Card,
  expectCardLanguage,
  expectEmergencyCard,
  expectLanguageCard,
  headingOf,
  localeString,
  newChat,
  serviceIdsOf,
} from './chat';

/**
 * Issue 6, "done when", through the real bot: in each of the twelve languages, an emergency gets the emergency
 * card first, a topic question its article, a contact question naming a country its special envoy, and the help
 * and language commands their cards — all in the language the user wrote in.
 */

const table = LANGUAGES.map((lng) => [lng] as const);

/**
 * Every card a person can see from a turn's replies: each reply's card and, when a danger turn put the answer behind
 * a "show the answer" button (Action.ShowCard) under the emergency numbers, the card it opens.
 */
function cardsIn(replies: readonly Parameters<typeof cardOf>[0][]): Card[] {
  return replies.flatMap((reply) => {
    const card = cardOf(reply);
    if (!card) return [];
    const opened = (card.actions ?? []).flatMap((a) => ((a as { type?: string }).type === 'Action.ShowCard' ? [(a as { card: Card }).card] : []));
    // The opened answer first: the emergency card around it also names the answer's ids in its buttons.
    return [...opened, card];
  });
}

describe('every language, end to end', () => {
  let testApp: TestApp;
  // Building the whole app (every feature, index and language model) takes several seconds on a loaded machine.
  beforeAll(async () => {
    testApp = await buildTestApp();
  }, 120_000);
  afterAll(() => testApp.close());

  const chat = (lng: Lang) => newChat(testApp, CASES[lng].locale);

  describe('an emergency gets the emergency card first, in the language it was written in', () => {
    const emergencies = LANGUAGES.flatMap((lng) => CASES[lng].emergencies.map((text) => [lng, text] as const));
    it.each(emergencies)('%s: "%s"', async (lng, text) => {
      const replies = await chat(lng)(text);
      expectEmergencyCard(cardOf(replies[0]), lng);
    });
  });

  describe('a topic question gets its article, in that language', () => {
    const topics = LANGUAGES.flatMap((lng) => CASES[lng].topics.map(({ text, articleId }) => [lng, text, articleId] as const));
    it.each(topics)('%s: "%s" → %s', async (lng, text, articleId) => {
      // An emergency card may come first when a word in the question sounds like danger (a false alarm costs little).
      const card = cardsIn(await chat(lng)(text)).find((c) => articleIdOf(c) !== undefined);
      expect(articleIdOf(card)).toBe(articleId);
      expectCardLanguage(card, lng);
      expect(headingOf(card)).toBe(articleTitle(articleId, lng));
    });
  });

  describe('a contact question naming a country gets the special envoy who covers it, in that language', () => {
    it.each(table)('%s', async (lng) => {
      const { text, envoy } = CASES[lng].contact;
      const replies = await chat(lng)(text);
      // A person held abroad may also be an emergency, and a "whom do I contact" about a pupil abroad gets the steps of
      // the article on involuntary stays abroad before the contact plan: the contact card is the one titled so.
      const card = cardsIn(replies).find((c) => headingOf(c) === localeString(lng, 'contacts', 'card.title'));
      // The envoy who covers the country is on the card; someone held there gets UD's 24/7 centre first (#17: the
      // contact a person can reach now comes first, and the envoys publish no direct contact).
      expect(serviceIdsOf(card)).toContain(envoy);
      expectCardLanguage(card, lng);
      expect(headingOf(card)).toBe(localeString(lng, 'contacts', 'card.title'));
    });
  });

  describe('the help and language command words get the help and language cards, in that language', () => {
    it.each(table)('%s', async (lng) => {
      const say = chat(lng);
      const help = await say(CASES[lng].help);
      expect(help).toHaveLength(1);
      expectCardLanguage(cardOf(help[0]), lng);
      expect(headingOf(cardOf(help[0]))).toBe(localeString(lng, 'common', 'help.title'));
      const language = await say(CASES[lng].language);
      expect(language).toHaveLength(1);
      expectLanguageCard(cardOf(language[0]), lng);
    });
  });
});
