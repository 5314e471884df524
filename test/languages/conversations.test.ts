import type { Activity } from 'botbuilder';
import { type Lang, LANGUAGES } from '../../src/language/languages';
import { oneAppPerFile, type TestApp } from '../helpers/test-app';
import { CASES } from './cases';
import { articleIdOf, articleTitle, type Card, cardOf, expectCardLanguage, expectEmergencyCard, expectLanguageCard, headingOf, localeString, newChat, serviceIdsOf, texts } from './chat';

/**
 * Every language through the real bot: each language end to end, short messages, dialect typed as spoken, and a
 * language Veiviser does not answer in. One app for the file (test/helpers/test-app.ts, oneAppPerFile), each chat its
 * own conversation and user (chat.ts); a describe per class, each the former file named in its first line.
 */

// (was every-language.test.ts)
describe('every language, end to end', () => {
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

  // The file's app (test/helpers/test-app.ts), shared with its other describes; each conversation has its own id and user.
  const fileApp = oneAppPerFile();
  let testApp: TestApp;
  beforeAll(() => {
    testApp = fileApp.testApp();
  });

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

// (was short-messages.test.ts)
describe('short messages', () => {
  /**
   * Issue 6: "a message of a few words in an uncertain language keeps the conversation's language", and
   * bokmål and nynorsk told apart on short messages — through the real bot.
   */

  /** The language of every card in a turn's replies (a turn with no card fails). */
  function languagesOf(replies: Partial<Activity>[]): (string | undefined)[] {
    expect(replies.length).toBeGreaterThan(0);
    return replies.map((r) => cardOf(r)?.lang);
  }

  // The file's app (test/helpers/test-app.ts), shared with its other describes; each conversation has its own id and user.
  const fileApp = oneAppPerFile();
  let testApp: TestApp;
  beforeAll(() => {
    testApp = fileApp.testApp();
  });

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

// (was dialect-nynorsk.test.ts)
describe('dialect typed as spoken, in a nynorsk Teams', () => {
  /**
   * Issue #13: nynorsk as people in Vestland, Trøndelag, Sogn and Nordland type it ("kem", "ska", "itj", "e", "æ"),
   * through the real bot: answered in nynorsk from a nynorsk Teams, and understood as the standard forms are.
   */

  /** Every text of every card in a turn. */
  function shown(replies: Partial<Activity>[]): string {
    return replies.flatMap((r) => texts(cardOf(r)?.body ?? [])).join('\n');
  }

  // The file's app (test/helpers/test-app.ts), shared with its other describes; each conversation has its own id and user.
  const fileApp = oneAppPerFile();
  let testApp: TestApp;
  beforeAll(() => {
    testApp = fileApp.testApp();
  });

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

// (was unsupported-language.test.ts)
/**
 * Issue 6: "for a language it cannot detect, a reply in the conversation's language with the language card".
 * A teacher writes in French, German, Spanish or Chinese: the bot says, in the conversation's language (or Teams'
 * locale, or the default), that it does not answer in that language yet, and offers the twelve it does.
 */

describe('a message in a language Veiviser does not answer in', () => {
  // The file's app (test/helpers/test-app.ts), shared with its other describes; each conversation has its own id and user.
  const fileApp = oneAppPerFile();
  let testApp: TestApp;
  beforeAll(() => {
    testApp = fileApp.testApp();
  });

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
