import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity, TestAdapter } from 'botbuilder';
import { replayOfAction, replayOfIntent, SHOW_IN_NORWEGIAN_VERB, withReviewNote } from '../../src/bot/review-note';
import { adaptiveCard, paragraph } from '../../src/cards/card-kit';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { createReaders } from '../../src/features';
import { createI18n, type Translate } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';
import { oneAppPerFile } from '../helpers/test-app';
import { NO_REPLY_WAIT_MS, talk } from '../helpers/replies';

/**
 * The bot's conversation through the real app: welcome, help and language, the reply's language, the review note,
 * countries asked again, a case's topic before its contacts. One app for the file (test/helpers/test-app.ts,
 * oneAppPerFile); a describe per class, each the former file named in its first line.
 */

// (was conversation.test.ts)
describe('conversation: welcome, help, language', () => {
  function cardOf(activity: Partial<Activity>): Record<string, unknown> {
    const attachment = activity.attachments?.[0];
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    return attachment?.content as Record<string, unknown>;
  }

  function cardText(activity: Partial<Activity>): string {
    return JSON.stringify(cardOf(activity));
  }

  const { chat } = oneAppPerFile();

  it('welcomes once when the bot is added, in the locale language, saying it is not monitored', async () => {
    const adapter = chat({ locale: 'nb-NO' });
    const added = { type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'Veiviser' }], recipient: { id: 'bot', name: 'Veiviser' }, locale: 'nb-NO' };
    await adapter
      .send(added)
      .assertReply((reply) => {
        const text = cardText(reply);
        expect(text).toContain('Hei! Jeg er Veiviser');
        expect(text).toContain('112');
      })
      .send({ type: 'installationUpdate', action: 'add', recipient: { id: 'bot', name: 'Veiviser' } })
      .assertNoReply('no further reply', NO_REPLY_WAIT_MS)
      .startTest();
  });

  it('welcomes on installationUpdate (add) alone, as the Agents Playground and Teams send it', async () => {
    await chat({ locale: 'nb-NO' })
      .send({ type: 'installationUpdate', action: 'add', recipient: { id: 'bot', name: 'Veiviser' }, locale: 'nb-NO' })
      .assertReply((reply) => expect(cardText(reply)).toContain('Hei! Jeg er Veiviser'))
      .send({ type: 'installationUpdate', action: 'remove', recipient: { id: 'bot', name: 'Veiviser' } })
      .assertNoReply('no further reply', NO_REPLY_WAIT_MS)
      .startTest();
  });

  it('answers "hjelp" with the help card in bokmål and "help" in English', async () => {
    await talk(chat({ locale: 'nb-NO' }), ['hjelp', (reply) => expect(cardText(reply)).toContain('Dette kan jeg hjelpe med')]);
    await talk(
      chat({ locale: 'en-US', conversation: { id: 'english-chat', isGroup: false, name: 'x', conversationType: 'personal' } }),
      ['help', (reply) => expect(cardText(reply)).toContain('What I can help with')],
    );
  });

  it('offers the language card and remembers a choice made on it', async () => {
    await talk(
      chat(),
      ['språk', (reply) => {
        const text = cardText(reply);
        expect(text).toContain('Norsk nynorsk');
        expect(text).toContain('العربية');
        expect(text).toContain('"verb":"set-language"');
      }],
      [{ type: 'message', value: { verb: 'set-language', lng: 'nn' } }, 'Greitt, eg svarar på nynorsk frå no av.'],
      ['hjelp', (reply) => expect(cardText(reply)).toContain('Dette kan eg hjelpe med')],
    );
  });

  it('switches language on "svar på nynorsk" and "answer in English"', async () => {
    await talk(chat(), ['svar på nynorsk', 'Greitt, eg svarar på nynorsk frå no av.'], ['answer in English', "OK, I'll answer in English from now on."]);
  });

  it('lets the text decide over a Teams locale of en-US', async () => {
    await talk(
      chat({ locale: 'en-US' }),
      ['jeg forstår ikke hva dette er for noe', (reply) => expect(cardText(reply)).toContain('Det kan jeg dessverre ikke svare på')],
    );
  });

  it('gives an honest reply with the help card for what it does not understand', async () => {
    await talk(
      chat({ locale: 'en-US' }),
      ['qwerty zxcv asdf', (reply) => {
        const text = cardText(reply);
        expect(text).toMatch(/can't answer|ikke svare på/);
        expect(text).toContain('112');
      }],
    );
  });

  it('refuses a card submit with an unknown verb or a bad payload politely, in the language', async () => {
    await talk(
      chat({ locale: 'nb-NO' }),
      [{ type: 'message', value: { verb: 'no-such-thing' } }, 'Den knappen kjenner jeg ikke. Prøv igjen, eller skriv «hjelp».'],
      [{ type: 'message', value: { verb: 'set-language', lng: 'xx' } }, 'Jeg kunne ikke lese svaret fra kortet. Prøv igjen, eller skriv spørsmålet ditt.'],
    );
  });

  it('strips the @mention in a channel before understanding', async () => {
    const adapter = chat({ locale: 'nb-NO' });
    await adapter
      .send({
        type: 'message',
        text: '<at>Veiviser</at> hjelp',
        entities: [{ type: 'mention', text: '<at>Veiviser</at>', mentioned: { id: 'bot', name: 'Veiviser' } }],
        conversation: { id: '19:abc@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true, name: 'x' },
      })
      .assertReply((reply) => {
        expect(cardText(reply)).toContain('Dette kan jeg hjelpe med');
        expect(reply.conversation?.id).toBe('19:abc@thread.tacv2;messageid=1');
      })
      .startTest();
  });
});

// (was reply-language.test.ts)
/**
 * Issue #13, one language per turn and the right one: a bokmål writer's dialect is answered in bokmål, nynorsk typed
 * without æ, ø, å in nynorsk, a message that leans by a dialect word only in the conversation's Norwegian (else in a
 * Norwegian Teams' variant), Persian that shares a word with Urdu in Persian, and Roman Urdu carrying English nouns in
 * Urdu, whatever Teams' locale.
 */
describe('conversation: the reply language of dialect, nynorsk and mixed messages', () => {
  /** What the person sees after one message: every reply's card languages, and the text of every card. */
  async function say(adapter: TestAdapter, text: string): Promise<{ languages: string[]; text: string }> {
    await adapter.receiveActivity(text);
    const replies: Partial<Activity>[] = adapter.activeQueue.splice(0).filter((a) => (a.type ?? 'message') === 'message');
    const contents = replies.flatMap((r) => r.attachments?.map((a) => a.content as { lang?: string }) ?? []);
    return { languages: [...new Set(contents.map((c) => c.lang ?? 'none'))], text: JSON.stringify(contents) };
  }

  const { chat: chatOf } = oneAppPerFile();
  /** A conversation of its own (a test may open several, each with its own earlier language). */
  let opened = 0;
  const chat = ({ locale }: { locale: string }) =>
    chatOf({ locale, conversation: { id: `chat-${++opened}`, isGroup: false, name: 'chat', conversationType: 'personal' } });

  it('answers a Trønder typing her dialect in bokmål, in an English Teams', async () => {
    const adapter = chat({ locale: 'en-US' });
    const turn = await say(adapter, 'æ e bekymra for ei jente i klassen min, ho sa at ho itj får gå ut etter skolen');
    expect(turn.languages).toEqual(['nb']);
  });

  it('answers nynorsk typed without æ, ø, å in nynorsk, in an English Teams', async () => {
    const adapter = chat({ locale: 'en-US' });
    const turn = await say(adapter, 'kva gjer eg om ein elev ikkje kjem att etter ferien');
    expect(turn.languages).toEqual(['nn']);
  });

  it('answers "har de …" (you, in nynorsk) with nynorsk words in nynorsk, in a bokmål Teams', async () => {
    const adapter = chat({ locale: 'nb-NO' });
    const turn = await say(adapter, 'har de tal på kor mange saker kompetanseteamet fekk i 2021?');
    expect(turn.languages).toEqual(['nn']);
  });

  it('keeps the conversation’s Norwegian for a message that leans only by a dialect word', async () => {
    const bokmal = chat({ locale: 'en-US' });
    expect((await say(bokmal, 'hvordan kontakter jeg kompetanseteamet?')).languages).toEqual(['nb']);
    expect((await say(bokmal, 'kor mange saker hadde kompetanseteamet i 2021?')).languages).toEqual(['nb']);

    const nynorsk = chat({ locale: 'en-US' });
    expect((await say(nynorsk, 'korleis kontaktar eg kompetanseteamet?')).languages).toEqual(['nn']);
    expect((await say(nynorsk, 'kor mange saker hadde kompetanseteamet i 2021?')).languages).toEqual(['nn']);
  });

  it('lets a bokmål or nynorsk Teams decide such a message when it opens the conversation', async () => {
    expect((await say(chat({ locale: 'nb-NO' }), 'kor mange saker hadde kompetanseteamet i 2021?')).languages).toEqual(['nb']);
    expect((await say(chat({ locale: 'nn-NO' }), 'kor mange saker hadde kompetanseteamet i 2021?')).languages).toEqual(['nn']);
  });

  it('answers Persian that uses a word Urdu shares (کی) in Persian, and Roman Urdu with English nouns in Urdu', async () => {
    const persian = await say(chat({ locale: 'en-US' }), 'کی اولین مشاوران اقلیت استخدام شدند؟');
    expect(persian.languages).toEqual(['fa']);
    const romanUrdu = await say(chat({ locale: 'en-US' }), 'Somalia ke forced marriage cases ke liye kaunsi embassy responsible hai?');
    expect(romanUrdu.languages).toEqual(['ur']);
    expect(romanUrdu.text).toContain('Nairobi');
  });
});

// (was review-note.test.ts)
describe('machine-translation note and "show in Norwegian"', () => {
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
    await talk(
      chat({ locale: 'ar-SA' }),
      { type: 'message', value: { verb: 'set-language', lng: 'ar' } },
      ['ما هو ختان الإناث', (reply) => {
        expect(card(reply).body.length).toBeGreaterThan(0);
        button = showInNorwegian(reply);
        expect(button).toBeDefined();
      }],
    );
    const { verb, ...rest } = button?.data ?? {};
    await talk(
      chat({ locale: 'ar-SA' }),
      [{ type: 'message', value: { verb, ...rest } }, (reply) => {
        const content = card(reply) as unknown as { lang: string };
        expect(content.lang).toBe('nb');
        expect(showInNorwegian(reply)).toBeUndefined();
      }],
    );
  });

  it('gives bokmål cards no note', async () => {
    await talk(chat({ locale: 'nb-NO' }), ['hva er kjønnslemlestelse', (reply) => expect(showInNorwegian(reply)).toBeUndefined()]);
  });

  it('refuses a forged replay', async () => {
    await talk(
      chat(),
      [{ type: 'message', value: { verb: SHOW_IN_NORWEGIAN_VERB, replay: 'action', value: { verb: 'register-case' } } }, (reply) => expect(typeof reply.text).toBe('string')],
    );
  });
});

// (was contact-country-spellings.test.ts)
/**
 * Who covers a country, asked with the country misspelt, or asked again with a city in it after the answer (issue #13:
 * the right contact in every language). Own phrasings; envoy coverage from domain.md §12.
 */
describe('conversation: a country asked with a typo, or again by one of its cities', () => {
  const runner = conversationRunnerPerFile();

  const TYPOS: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
    ['nb', 'Hvem dekker Somlia?', ['Nairobi']],
    ['en', 'which envoy covers Afganistan', ['Islamabad']],
    ['en', 'Which embassy handles Eritraea?', ['Nairobi']],
  ];
  it.each(TYPOS)('a typo in a short question (%s): %s', async (lang, message, city) => {
    await expectAnsweredWith(runner, lang, message, [city]);
  });

  const FOLLOW_UPS: ReadonlyArray<readonly [Lang, readonly string[], readonly string[]]> = [
    ['nb', ['Hvilken spesialutsending dekker Irak?', 'og Etiopa?'], ['Nairobi']],
    ['nn', ['Kven dekkjer Pakistan?', 'og Bangaldesh?'], ['Islamabad']],
    // The capital of the country asked about: the same envoy again, not "I can't answer that".
    ['en', ['Which envoy covers Eritrea?', "Isn't it someone in Asmara?"], ['Nairobi']],
    ['ti', ['ጉዳይ ኤርትራ ኣየናይ ፍሉይ ልኡኽ እዩ ዝሕዞ?', 'ኣብ ኣስመራ ድዩ?'], ['Nairobi', 'ናይሮቢ']],
  ];
  it.each(FOLLOW_UPS)('a follow-up (%s): %j', async (lang, turns, city) => {
    const view = await runner.turn(lang, turns);
    expect(view.cannotAnswer || view.didYouMean).toBe(false);
    expect(containsFact(view.texts, city)).toBe(true);
  });

  it('reads no typo where a word one letter from a name is an inflection (Somali "Soomaaliga")', async () => {
    const view = await runner.turn('so', 'Sideen u heli karaa buug ku qoran af Soomaaliga?');
    expect(containsFact(view.texts, ['Nairobi'])).toBe(false);
  });
});

// (was case-topic-before-contacts.test.ts)
/**
 * Issue #13, kinds 1 and 2: the answer's content for a case, not only its contacts.
 *  1. A cutting told in euphemisms ("made pure", "renses", "الطهارة", "temizlenecek", "обряд очищения"…: the situation
 *     words of each language, content/understanding/situation/) gets the FGM guidance: the law, the duty to notify
 *     child welfare, the health service's role, Kompetanseteamet; a journey to a country keeps its contact plan after it.
 *  2. School or front-line staff asking "what do I do?" about a pupil's long trip get the steps of the article on
 *     involuntary stays abroad for their role first, then whom to contact (the envoy for the country).
 * The sentences are this file's own, in several languages; none is in the evaluation sets.
 */
describe('conversation: a case gets its topic\'s guidance, then its contacts', () => {
  const runner = conversationRunnerPerFile();

  /** [language, the message, what the FGM guidance shows in that language (the law's section, child welfare in the card's words)] */
  const EUPHEMISMS: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
    ['en', "My neighbour's girl, 7, is flying to Mali in July; her grandmother wants her made pure before school starts. What should I do?", ['section 284', 'child welfare']],
    ['nb', 'En mor på helsestasjonen sier at datteren skal renses hos bestemor i Etiopia i sommer. Hva gjør vi?', ['§ 284', 'barnevernet']],
    ['ar', 'أعمل في روضة أطفال. قالت أم إن ابنتها ستسافر إلى مصر في الصيف من أجل الطهارة. ماذا أفعل؟', ['284', 'رعاية الطفل']],
    ['so', 'Waxaan ahay macallin. Gabar 8 jir ah ayaa sheegtay in xagaagan la xalaaleyn doono markay Itoobiya tagto. Maxaan sameeyaa?', ['§ 284', 'barnevernet']],
    ['fa', 'معلم هستم. مادر یک دختر ۶ ساله گفت تابستان در سفر به مصر طبق رسم دختران پاک شود. چه کار کنم؟', ['284', 'barnevernet']],
    ['tr', "Anaokulunda çalışıyorum. Bir anne kızının yazın Mısır'da temizleneceğini söyledi. Ne yapmalıyım?", ['284', 'çocuk koruma']],
    ['ru', 'Я воспитатель в детском саду. Мама сказала, что летом в Египте дочь пройдёт обряд очищения. Что мне делать?', ['284', 'защиты детей']],
  ];

  it.each(EUPHEMISMS)('%s: a cutting told as a euphemism ("%s") gets the emergency numbers and the FGM guidance with child welfare and Kompetanseteamet', async (lang, message, guidance) => {
    const turn = await runner.turn(lang, message);
    expect(turn.emergency).toBe(true);
    expect(turn.replyLanguage).toBe(lang);
    expect(turn.didYouMean || turn.cannotAnswer).toBe(false);
    for (const fact of [...guidance, '478 09 050']) expect([fact, containsFact(turn.texts, [fact])]).toEqual([fact, true]);
    expect(containsFact(turn.texts, ['kjønnslemlestelse'])).toBe(true);
  });

  it('a journey to a named country keeps its contact plan after the FGM guidance: the envoy covering the country', async () => {
    const turn = await runner.turn('en', "I'm a nurse at the health station. A mother says her two daughters will travel to Sudan this summer for their tahara, like all the girls in the family. What do I do?");
    const texts = turn.texts.join('\n');
    expect(texts).toContain('As health personnel you can offer the girl a conversation');
    expect(texts).toMatch(/Nairobi/);
    // Behind the emergency numbers, the guidance's button first, the contacts' after it.
    expect(texts.indexOf('Show the answer: Female genital mutilation')).toBeGreaterThanOrEqual(0);
    expect(texts.indexOf('Show the answer: Female genital mutilation')).toBeLessThan(texts.indexOf('Show the answer: Who to contact'));
  });

  /** [language, a member of staff asking what to do about a trip, the role's first step, the contact plan's envoy] */
  const TRIPS: ReadonlyArray<readonly [Lang, string, string, string]> = [
    ['en', "I'm a teacher. A pupil of mine is off to Somalia for the whole summer to see relatives and may not come back. What should I do?", 'Talk to the pupil alone about the trip', 'Nairobi'],
    ['nb', 'Jeg er lærer. En elev skal til Pakistan hele sommeren for å besøke familien, og jeg er redd hun ikke kommer tilbake. Hva gjør jeg?', 'Snakk med eleven alene om reisen', 'Islamabad'],
    ['en', "I work in a kindergarten. A girl (4) is travelling to Iraq with her family for half a year and I'm worried she won't come back. What do we do?", 'Under 18: notify child welfare or contact the police before departure', 'Amman'],
  ];

  it.each(TRIPS)('%s: "%s" opens with the role\'s steps ("%s"), then whom to contact (%s)', async (lang, message, step, envoy) => {
    const turn = await runner.turn(lang, message);
    const texts = turn.texts.join('\n');
    expect(turn.replyLanguage).toBe(lang);
    expect(texts).toContain(step);
    expect(texts).toContain(envoy);
    // The envoy may also be said on the emergency card itself (its answers sit behind buttons); the contact plan's
    // mention of it, the last, comes after the steps.
    expect(texts.indexOf(step)).toBeLessThan(texts.lastIndexOf(envoy));
  });

  it('asking only who covers a country keeps the contact card alone', async () => {
    const turn = await runner.turn('en', 'Which embassy covers Somalia?');
    expect(turn.texts.join('\n')).not.toContain('Talk to the pupil alone about the trip');
  });
});

// (session 23, hb23c, issue #13)
describe('statistics asked in a form the sources do not publish: said so, then what they do publish (hb23c)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Finnes det tall på hvor mange av sakene til mangfoldsrådgiverne i 2023 som gjaldt folk fra Ukraina?', ['Irak'], ['Jeg har ikke']],
    ['en', "How many of the special envoys' cases in 2023 were about people from Eritrea?", ['Iraq'], ["I don't have"]],
    ['uk', 'Скільки справ спеціальних представників у 2023 році стосувалися людей з України?', ['Ірак'], ['У мене немає']],
    ['ru', 'Сколько дел советников по вопросам многообразия в 2023 году касались людей из Польши?', ['Ирак'], ['У меня нет']],
  ] as const)('%s: cases about people from a country not among the published origins: not published, then the published order: %s', async (lang, message, country, notHad) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer || view.emergency).toBe(false);
    const shown = view.texts.join('\n');
    const said = shown.indexOf(notHad[0]);
    expect(said).toBeGreaterThanOrEqual(0);
    expect(containsFact(view.texts, country)).toBe(true);
    expect(shown.indexOf(country[0])).toBeGreaterThan(said);
  });
  it.each([
    ['tr', 'Çeşitlilik danışmanları 2023 yılında kaç kişiye yardım etti, bunların kaçı kızdı?', ['899'], ['cinsiyet']],
    ['en', 'How many people did the diversity advisers help in 2023, and how many of them were boys?', ['899'], ['gender']],
  ] as const)('%s: people helped split by gender, which is not published: said so, then the cases (899 / 897): %s', async (lang, message, cases, split) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer || view.emergency).toBe(false);
    expect(containsFact(view.texts, cases)).toBe(true);
    expect(containsFact(view.texts, ['897'])).toBe(true);
    expect(view.texts.join('\n')).toContain(split[0]);
    // Not the advisers' headcount (59): the people they helped are what is asked.
    expect(containsFact(view.texts, ['59'])).toBe(false);
  });

  it.each([
    ['ur', 'سال 2008 میں کتنے سفارت خانوں میں انٹیگریشن ایڈوائزر کام کرتے تھے؟'],
    ['uk', 'скільки посольств мали радників з інтеграції у 2008 році?'],
    ['tr', '2008 yılında kaç büyükelçilikte entegrasyon danışmanı çalışıyordu?'],
    ['nb', 'hvor mange ambassader hadde integreringsrådgivere i 2008?'],
  ] as const)('%s: how many embassies had integration advisers in 2008: six, at the posts named: %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer || view.emergency).toBe(false);
    expect(containsFact(view.texts, ['6'])).toBe(true);
    for (const post of ['Colombo', 'Rabat']) expect(containsFact(view.texts, [post])).toBe(true);
  });
});

// (session 24, calm24, issue #13)
describe('calm24: a coverage question moved to another country asks which post covers it', () => {
  /**
   * "Which embassy helps a girl held in Turkey?" keeps its emergency numbers or "112 if acute" line (no "if" supposes
   * her), but "and Iraq?" after it asks which post covers that country: no numbers on top
   * (src/bot/veiviser-bot.ts, `coverageCase`). A follow-up that asks for the post of the same case, that places the
   * person in the new country, or a case told of a relative keeps them. Own phrasings.
   */
  const runner = conversationRunnerPerFile();

  it.each([
    ['en', ['Which embassy helps a Norwegian girl held by her family in Pakistan?', 'and Bangladesh?'], ['Islamabad']],
    ['nb', ['Hvilken ambassade hjelper en norsk jente som holdes tilbake i Irak?', 'og Syria?'], ['Amman']],
    ['tr', ["Irak'ta zorla tutulan Norveçli bir kız için hangi büyükelçilik yardım ediyor?", 'peki Suriye için?'], ['Amman']],
  ] as const)('%s: the other country is answered without the numbers on top: %s', async (lang, turns, post) => {
    const view = await runner.turn(lang, turns);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, post)).toBe(true);
  });

  it.each([
    ['en', ['Which embassy helps a Norwegian girl held by her family in Pakistan?', 'and if she is in Afghanistan now?']],
    ['nb', ['Datteren min på 16 holdes tilbake i Irak. Hvilken ambassade hjelper?', 'og Syria?']],
    ['tr', ["Irak'ta zorla tutulan Norveçli bir kız için hangi büyükelçilik yardım ediyor?", "peki Amman'daki kişiye doğrudan ulaşabilir miyim?"]],
  ] as const)('%s: the person placed there, a daughter held, or the same post asked again keep the numbers: %s', async (lang, turns) => {
    expect((await runner.turn(lang, turns)).emergency).toBe(true);
  });
});

// (session 24, hb24c, issue #13: the held-back sets 60 and 61)
describe('hb24c: a young writer asking for a line where they need not give their name: the lines, no block', () => {
  /**
   * A young writer who asks for a line or someone to talk to without giving their name, telling of nothing but the
   * everyday control such lines are for, asks for a talk (src/understanding/understand.ts, lineAskedCalmly, and the
   * 'anonymous' cues of content/understanding/situation): the lines, with "call 112" as a plain sentence. A fear, a
   * trip, a wedding or a threat beside the same wish keeps the block. Own phrasings.
   */
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', ['jeg er 16 og foreldrene mine bestemmer hvem jeg får være med. kan jeg snakke med noen uten å si navnet mitt?']],
    ['en', ['im 15, my brother checks who i text every day. is there someone i can talk to without giving my name?']],
    ['ru', ['мне 16, родители решают всё за меня. с кем можно поговорить, не называя своего имени?']],
    ['ti', ['ዕድመይ 16 እዩ። ስድራይ ኩሉ ይውስኑለይ። ሽመይ ከይሃብኩ ክዛረበሉ ዝኽእል ሰብ ኣሎ ድዩ?']],
    ['nb', ['finnes det noen jeg kan prate anonymt med om familien min?', 'går det an å chatte i stedet for å ringe?']],
  ] as const)('%s: the lines without the block: %s', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['116 111', '116111', '815 55 201'])).toBe(true);
  });

  it.each([
    ['nb', ['jeg er 16 og redd for å gå hjem i dag. kan jeg snakke med noen uten å si navnet mitt?']],
    ['en', ['im 15 and my dad says i will be married off in pakistan this summer. can i talk to someone without giving my name?']],
    ['ru', ['мне 16, отец угрожает мне. с кем можно поговорить, не называя своего имени?']],
    ['uk', ['мені 16, тато нікуди мене не пускає. куди можна анонімно написати?']],
  ] as const)('%s: a fear, a wedding, a threat or being kept at home keeps the block: %s', async (lang, turns) => {
    expect((await runner.turn(lang, turns)).emergency).toBe(true);
  });
});

// (session 24, hb24c, issue #13: the held-back sets 60 and 61)
describe('hb24c: a trip asked about "just in case" or "in advance", with nothing wrong told: the envoy, no block', () => {
  /**
   * A parent or a worker who asks ahead whom to turn to abroad, telling of no harm, fear, marriage, cutting or person
   * kept (src/understanding/danger-reader.ts, askedAhead, and the 'justToKnow' cues), gets the envoy for the country
   * without the "112 if acute" block. A marriage, a cutting or a threat told beside the same words keeps it. Own
   * phrasings.
   */
  const runner = conversationRunnerPerFile();

  it.each([
    ['en', 'we fly to Pakistan with our daughter (12) this summer to visit family, they are lovely. just in case, who helps us there if something happens?', ['Islamabad']],
    ['ru', 'Мы с детьми летом едем в Ирак к родственникам, всё хорошо. На всякий случай: кто поможет нам там, если что-то случится?', ['Amman', 'Амман']],
  ] as const)('%s: the envoy without the block: %s', async (lang, message, post) => {
    const view = await runner.turn(lang, [message]);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, post)).toBe(true);
  });

  it.each([
    ['en', "we fly to Pakistan with our daughter (12) this summer and my husband's family plans her wedding there. just in case, who helps us?"],
    ['ru', 'Летом едем в Сомали с дочкой 9 лет, бабушка хочет сделать ей обрезание. На всякий случай: кто поможет там?'],
  ] as const)('%s: a marriage or a cutting told keeps the block: %s', async (lang, message) => {
    expect((await runner.turn(lang, [message])).emergency).toBe(true);
  });
});

// (session 24, lead, issue #13: a young writer who does not dare to call)
describe('not daring to call asks for the lines that can be written to', () => {
  /**
   * "I don't dare to call" (content/contacts/other-language-words.json, helpline) names the lines as much as "chat"
   * does: the lines with their chat, not "did you mean", whether said alone or as a follow-up. Own phrasings.
   */
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', ['jeg vil gjerne prate med noen om hjemme, men jeg tør ikke ringe']],
    ['nn', ['eg treng nokon å snakke med om familien, men eg tør ikkje ringe']],
    ['en', ["i need to talk to someone about my parents", "but i don't dare to call anyone"]],
  ] as const)('%s: the lines, no "did you mean": %j', async (lang, turns) => {
    const view = await runner.turn(lang, [...turns]);
    expect(view.didYouMean).toBe(false);
    expect(containsFact(view.texts, ['815 55 201', '116 111'])).toBe(true);
  });
});
