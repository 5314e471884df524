import type { Activity } from 'botbuilder';
import { containsFact, LOCALE_OF } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { cardInView, conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';
import { isEmergencyReply, readEmergencyReply } from '../helpers/emergency-reply';
import { alarmed, expectCalmByTheRules, secondOpinionLine } from '../helpers/danger-alarm';
import { emergencyIs, replyTo, seen, talk } from '../helpers/replies';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * Danger through the real bot: the attention line on a case, danger carried to the next turns, and a case abroad with
 * its envoy. One app for the file (test/helpers/test-app.ts, oneAppPerFile); a describe per class, each the former file
 * named in its first line. Danger read in duty questions and told in details: below, was duty-threat-condition.test.ts.
 */

// (was acute-line.test.ts)
describe('conversation: a concrete case gets the answer with "call 112 if acute" on top', () => {
  /**
   * A concrete case about a person at risk that is not an emergency ("a pupil of 14 is to be engaged on a trip in July",
   * "her family wants the 8-year-old circumcised") gets the answer on screen with a short "is someone in danger now?
   * call 112" block on top of it: the number is there when the reply has arrived, and the answer is not hidden behind
   * a button as on the emergency card (issue #13: such cases got no emergency number at all).
   */
  type Json = Record<string, unknown>;

  function card(reply: Partial<Activity>): Json {
    const content = reply.attachments?.[0]?.content as Json | undefined;
    if (!content || !Array.isArray(content['body'])) throw new Error('the reply has no Adaptive Card');
    return content;
  }

  /** The first element of the card's body, when it is the attention block with its call buttons. */
  function acuteBlock(reply: Partial<Activity>): Json | undefined {
    const first = (card(reply)['body'] as Json[])[0];
    return first?.['type'] === 'Container' && first['style'] === 'attention' ? first : undefined;
  }

  function calls(block: Json): string[] {
    return JSON.stringify(block).match(/tel:[0-9+]+/g) ?? [];
  }

  function showCardButtons(reply: Partial<Activity>): number {
    const actions = (card(reply)['actions'] ?? []) as Json[];
    return actions.filter((a) => a['type'] === 'Action.ShowCard').length;
  }

  const { chat } = oneAppPerFile();

  const CASE_NB = 'Jeg er kontaktlærer. Ei jente på 14 år sier at hun skal forloves med en fetter når familien drar til Irak i juli. Hva gjør jeg?';

  it('puts the 112 block first and keeps the answer open on the same card', async () => {
    await chat()
      .send(CASE_NB)
      .assertReply((reply) => {
        const block = acuteBlock(reply);
        expect(block).toBeDefined();
        // A girl of 14 at risk: the children's line beside 112, whoever writes (issue #13, safety38s).
        expect(calls(block ?? {})).toEqual(['tel:112', 'tel:116111']);
        // The answer is on the card itself, not behind a "show the answer" button.
        expect(showCardButtons(reply)).toBe(0);
        // "What do I do?" about a trip abroad: the steps of the article on stays abroad first (issue #13, kind 2)…
        expect(JSON.stringify(card(reply)['body'])).toContain('Snakk med eleven alene om reisen');
        expect(JSON.stringify(card(reply)['body'])).toContain('Kompetanseteamet');
      })
      .assertReply((reply) => {
        // …then the plan of whom to call before the journey, with the call button.
        expect(acuteBlock(reply)).toBeUndefined();
        expect(JSON.stringify(card(reply)['body'])).toContain('tel:47809050');
      })
      .startTest();
  });

  it('keeps the block on a follow-up about the same case, with the contact answer under it', async () => {
    await chat()
      .send(CASE_NB)
      .assertReply((reply) => expect(acuteBlock(reply)).toBeDefined())
      // The contact plan after the article's steps.
      .assertReply((reply) => expect(JSON.stringify(card(reply)['body'])).toContain('tel:47809050'))
      .send('hvem kan jeg ringe for råd?')
      .assertReply((reply) => {
        expect(acuteBlock(reply)).toBeDefined();
        expect(JSON.stringify(card(reply)['body'])).toContain('478 09 050');
      })
      .startTest();
  });

  it('answers a health worker in English with the block in English', async () => {
    await talk(
      chat(),
      ["I'm a midwife. A mother told me her family wants her 8 year old daughter to be circumcised. Who can advise us?", (reply) => {
        const block = acuteBlock(reply);
        expect(JSON.stringify(block)).toContain('Is someone in danger now? Call 112');
        expect(JSON.stringify(card(reply)['body'])).toContain('478 09 050');
      }],
    );
  });

  it('answers a duty question that names a harm with the block (a duty question is about acting on a case)', async () => {
    await talk(
      chat(),
      ['Har vi opplysningsplikt til barnevernet når vi tror en elev utsettes for æresrelatert vold?', (reply) => expect(acuteBlock(reply)).toBeDefined()],
    );
  });

  it('gives a young person writing about their own situation the block with the children\'s line beside 112', async () => {
    await talk(
      chat(),
      ['jeg er 15 og foreldrene mine leser alle meldingene mine og jeg får ikke lov å gå ut med venner', (reply) => {
        const block = acuteBlock(reply);
        expect(calls(block ?? {})).toEqual(['tel:112', 'tel:116111']);
      }],
    );
  });

  it('keeps the children\'s line beside 112 on a young person\'s follow-up about their own case', async () => {
    await talk(
      chat(),
      ['jeg er 15 og familien min snakker om at jeg skal gifte meg med en fetter', (reply) => expect(calls(acuteBlock(reply) ?? {})).toEqual(['tel:112', 'tel:116111'])],
      ['hvem kan jeg snakke med?', (reply) => expect(calls(acuteBlock(reply) ?? {})).toEqual(['tel:112', 'tel:116111'])],
    );
  });

  it('gives a general question about the same topic no block', async () => {
    await talk(
      chat(),
      ['Hva er tegn på tvangsekteskap?', (reply) => expect(acuteBlock(reply)).toBeUndefined()],
      ['hvor mange saker om tvangsekteskap hadde Kompetanseteamet i 2022?', (reply) => expect(acuteBlock(reply)).toBeUndefined()],
    );
  });
});

// (was danger-carried.test.ts)
/**
 * Danger described in one message stays with the questions about the same situation that follow it: the emergency
 * numbers are on top again (issue #13: a follow-up turn lost the emergency card the first turn had).
 */
describe('conversation: danger said earlier stays with the follow-ups about the same situation', () => {
  const { chat } = oneAppPerFile();

  const HELD_ABROAD = 'Datteren min er 19 og er i Pakistan hos familien til faren. Hun sier at hun ikke får komme hjem og at de har tatt passet hennes.';

  it('a follow-up about opening hours after a described danger gets the emergency block and the answer', async () => {
    await talk(
      chat(),
      [HELD_ABROAD, (reply) => expect(isEmergencyReply(reply)).toBe(true)],
      ['er de åpne i helga?', (reply) => {
        expect(isEmergencyReply(reply)).toBe(true);
        expect(readEmergencyReply(reply).answers.length).toBeGreaterThan(0);
      }],
    );
  });

  it('a new question about whom to contact after a described danger keeps the emergency block', async () => {
    await talk(
      chat(),
      [HELD_ABROAD, (reply) => expect(isEmergencyReply(reply)).toBe(true)],
      ['hvem kan jeg kontakte?', (reply) => expect(isEmergencyReply(reply)).toBe(true)],
    );
  });

  it('the same follow-up in a calm conversation gets no emergency block', async () => {
    await talk(
      chat(),
      ['telefonnummer til Kompetanseteamet', (reply) => expect(isEmergencyReply(reply)).toBe(false)],
      ['er de åpne i helga?', (reply) => expect(isEmergencyReply(reply)).toBe(false)],
    );
  });

  it('a statistics question after a described danger is answered without the emergency block', async () => {
    await talk(
      chat(),
      [HELD_ABROAD, (reply) => expect(isEmergencyReply(reply)).toBe(true)],
      ['hvor mange saker hadde mangfoldsrådgiverne i 2023?', (reply) => expect(isEmergencyReply(reply)).toBe(false)],
    );
  });
});

// (was danger-carried-unread.test.ts)
/**
 * After a message that described danger, a next message the bot does not understand ("and then what?", "what if they
 * move her?") keeps the emergency numbers on screen: they are the one sure help to show again, not "I can't answer
 * that" (issue #13: the second turn of a danger conversation lost the emergency card). A flag, no text, is carried.
 */
describe('conversation: danger said earlier stays when the next message is not understood', () => {
  const { chat } = oneAppPerFile();

  const KEPT_ABROAD = 'Niesen min på 16 ble tatt med til Irak i sommer, og nå får hun ikke reise tilbake til Norge. Telefonen hennes er av.';

  it.each(['hva om de flytter henne til Tyrkia i stedet?', 'kan jeg ringe uten å si navnet mitt? er redd mannen min finner det ut'])(
    'a message nothing reads, after a described danger, gets the emergency numbers again: %s',
    async (next) => {
      await talk(chat(), [KEPT_ABROAD, (reply) => expect(isEmergencyReply(reply)).toBe(true)], [next, (reply) => expect(isEmergencyReply(reply)).toBe(true)]);
    },
  );

  it('the same message in a calm conversation gets no emergency numbers', async () => {
    await talk(
      chat(),
      ['telefonnummer til Kompetanseteamet', (reply) => expect(isEmergencyReply(reply)).toBe(false)],
      // "What if they move her to Turkey instead?" with no case before it: the rules read no danger; the second opinion
      // may put its short 112 line on it (a girl moved abroad is what its dangers share), never the emergency card.
      ['hva om de flytter henne til Tyrkia i stedet?', (reply) => expect(isEmergencyReply(reply) && !secondOpinionLine('hva om de flytter henne til Tyrkia i stedet?', 'nb')).toBe(false)],
    );
    expect(alarmed('hva om de flytter henne til Tyrkia i stedet?', 'nb')).toBe(false);
  });
});

// (was case-abroad-carried.test.ts)
describe('conversation: a case abroad keeps the short 112 line on its follow-ups', () => {
  /**
   * A person abroad who cannot come back (or a child about to be taken there) is a concrete case even when no danger word
   * is said: the contact answer gets "is someone in danger now? call 112" on top, and so do the questions that follow
   * about the same situation ("and who covers Afghanistan?", "are they open on Friday evening?"), in every language,
   * since the reading is categorical (`whereabouts`). A statistics question after it does not bring the line back.
   */
  type Json = Record<string, unknown>;

  /** Whether the reply's first card opens with the attention block whose button calls 112. */
  function opensWith112(reply: Partial<Activity>): boolean {
    const content = reply.attachments?.[0]?.content as Json | undefined;
    const first = Array.isArray(content?.['body']) ? (content['body'] as Json[])[0] : undefined;
    return first?.['type'] === 'Container' && first['style'] === 'attention' && JSON.stringify(first).includes('"tel:112"');
  }

  const expect112 = (shown: boolean) => (reply: Partial<Activity>) => expect(opensWith112(reply)).toBe(shown);

  const { chat } = oneAppPerFile();

  const CASES = [
    { lng: 'nb', abroad: 'Klienten vår er i Pakistan nå og skriver at hun ikke kan komme tilbake. Hvem kan hjelpe?', next: 'og hvem dekker Afghanistan?' },
    { lng: 'en', abroad: 'Our client is in Pakistan now and says she cannot come back. Who can help?', next: 'and who covers Afghanistan then?' },
    { lng: 'ar', abroad: 'موكلتي في الخارج، في باكستان. بمن أتصل؟', next: 'ومن يغطي أفغانستان؟' },
  ] as const;

  it.each(CASES)('$lng: the contact answer and the follow-up about another country both open with 112', async ({ abroad, next }) => {
    await talk(chat(), [abroad, expect112(true)], [next, expect112(true)]);
  });

  it('nb: an opening-hours follow-up of the case keeps the line', async () => {
    await talk(chat(), [CASES[0].abroad, expect112(true)], ['er de åpne fredag kveld?', expect112(true)]);
  });

  it('nb: a statistics question after the case is answered without the line', async () => {
    await talk(chat(), [CASES[0].abroad, expect112(true)], ['hvor mange saker hadde Kompetanseteamet i 2023?', expect112(false)]);
  });

  it('en: the same country questions without a person abroad get no line', async () => {
    await talk(chat(), ['which envoy covers Pakistan?', expect112(false)], ['and who covers Afghanistan then?', expect112(false)]);
  });
});

// (was danger-abroad-envoy.test.ts)
/**
 * A danger or a concrete case about someone held in, or taken to, a country abroad (issue #13: the right contact):
 * the special envoy who covers that country (domain.md §12) is named, whether the message names the country, a city
 * or a region in it, and whatever the answer behind the numbers is (a contact card names the envoy itself; an article
 * gets the envoy said with the emergency numbers or the "call 112" line on top). A country no envoy covers gets no
 * envoy sentence (the Ministry's 24/7 line on the card is the help there), and a danger at home gets none. Own phrasings.
 */
describe('conversation: a case abroad names the envoy who covers the country', () => {
  const runner = conversationRunnerPerFile();

  const turnOf = (lang: Lang, message: string) => cardInView(runner, lang, [message]);

  /** Danger, and the answer is the contact card for the country (a city or a region named instead of it). */
  const CONTACT_CARD: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
    ['nb', 'Ei elev på 15 ringte meg gråtende fra Hargeisa, passet er tatt og hun får ikke reise hjem til Norge.', ['Nairobi']],
    ['so', 'Ardaydayda waxay iigu qortay Hargeysa: baasaboorkeeda waa la qaatay, waxaana lagu qasbayaa guur.', ['Nairobi', 'Nayroobi']],
    ['en', 'My student texted from Grozny: her uncle took her phone and passport and says she is never going back to Norway.', ['Ankara']],
    ['ru', 'Моя ученица пишет из Дагестана: у неё забрали паспорт, и её насильно выдают замуж.', ['Анкар', 'Ankara']],
    ['ar', 'طالبتي محتجزة في بغداد، أخذوا جوازها ويريدون تزويجها بالقوة.', ['Amman', 'عمان', 'عمّان']],
    ['nn', 'Ein elev på 16 er halden att i Kabul. Onkelen har teke passet hennar og ho får ikkje reise heim.', ['Islamabad']],
  ];

  it.each(CONTACT_CARD)('danger, contact card (%s): %s', async (lang, message, city) => {
    const { view } = await turnOf(lang, message);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, city)).toBe(true);
  });

  it('says the envoy under the emergency numbers when the answer behind them is an article (ti)', async () => {
    const { view, inView } = await turnOf('ti', 'ተምሃሪተይ ድሕሪ ዕረፍቲ ኣይተመለሰትን። መሓዙታ ኣብ ሶማልያ ኣላ ኣይክትምለስን እያ ይብላ።');
    expect(view.emergency).toBe(true);
    expect(containsFact(inView, ['Nairobi', 'ናይሮቢ'])).toBe(true);
  });

  /** A case that is not an emergency, answered with the duty or the talk article: the envoy on the "call 112" line. */
  const CONCERN: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
    ['nb', 'Jeg jobber i barnevernet. En gutt på 14 sier faren skal sende ham til Somalia i juleferien og at han ikke skal komme tilbake. Hva er meldeplikten vår her?', ['Nairobi']],
    ['ru', 'Я учитель. Ученицу 13 лет летом повезут в Чечню «знакомиться с женихом». Какие у нас обязанности?', ['Анкар', 'Ankara']],
  ];

  it.each(CONCERN)('a case, article (%s): %s', async (lang, message, city) => {
    // The "call 112" line on top of the article, which the evaluation counts as an emergency block too.
    const { inView } = await turnOf(lang, message);
    expect(containsFact(inView, city)).toBe(true);
  });

  it('names no envoy for a country no envoy covers, nor for a danger at home', async () => {
    const brazil = await turnOf('en', 'My pupil is held in Brazil by her father, who took her passport and threatens to hurt her.');
    expect(containsFact(brazil.view.texts, ['23 95 00 00'])).toBe(true);
    expect(brazil.inView.join(' ')).not.toMatch(/envoy/i);
    const home = await turnOf('nb', 'Han slår meg hver dag og jeg tør ikke gå hjem.');
    expect(home.inView.join(' ')).not.toMatch(/spesialutsending/i);
  });
});

// (was abroad-envoy-in-view.test.ts)
/**
 * Under the emergency numbers every answer sits behind a "show the answer" button, so the envoy who covers the case's
 * country is said on the card itself even when a contact card about the country is one of those answers; a later
 * message about the same case ("where exactly is the embassy?") keeps the case's country; Levantine "عال…" ("to the")
 * before a country is read as the country. Session 17, own phrasings.
 */
describe('conversation: the envoy is in view on the emergency card', () => {
  const runner = conversationRunnerPerFile();

  const lastInView = (lang: Lang, turns: string[]) => cardInView(runner, lang, turns);

  it.each([
    ['nb', 'hva gjør jeg, en elev sitter fast i pakistan og får ikke komme hjem', ['Islamabad']],
    ['en', 'what do I do, a pupil is stuck in iraq and her passport was taken', ['Amman']],
  ] as const)('the article and the contact plan behind buttons, the envoy on the card (%s)', async (lang, message, city) => {
    const { view, inView } = await lastInView(lang, [message]);
    expect(view.emergency).toBe(true);
    expect(containsFact(inView, [...city])).toBe(true);
  });

  it('keeps the case country on the next message about it (ar, "عالعراق")', async () => {
    const { view, inView } = await lastInView('ar', ['ابنة عمي عمرها ١٦، أخذوها عالعراق بالصيف وأخذوا جوازها وما رجعت', 'وين السفارة اللي بتساعد؟']);
    expect(view.emergency).toBe(true);
    expect(containsFact(inView, ['Amman', 'عمان', 'عمّان'])).toBe(true);
  });
});

// (was long-story-abroad.test.ts)
/**
 * A long story about someone who may be taken abroad (issue #13: long stories get the right answer), through the real
 * bot. The story says where the family comes from, or where the writer does, before where the person will be taken,
 * and names services on the way ("we already reported it to child welfare", "we have no diversity adviser"); the
 * answer names the envoy for the country of the journey and Kompetanseteamet (domain.md §12), whatever the story's
 * other details. Own phrasings, one class in several languages.
 */
describe('conversation: a long story about a journey abroad gets the envoy for the destination', () => {
  const runner = conversationRunnerPerFile();

  const KT = ['478 09 050'];
  /** [language, message, facts the reply shows (each a list of spellings)]. */
  const CASES: ReadonlyArray<readonly [Lang, string, readonly (readonly string[])[]]> = [
    // The family's origin (Afghanistan, Islamabad) is named first; the journey goes to Iran (Amman).
    [
      'nb',
      'Jeg er kontaktlærer på en ungdomsskole. Familien til en elev kom fra Afghanistan for seks år siden. Hun har lenge ikke fått være med på svømming. Nå sier hun at en onkel i Iran har ordnet et giftemål og at de reiser dit i vinterferien. Hva gjør jeg, og hvem hjelper hvis hun blir der?',
      [['Amman'], KT],
    ],
    // Child welfare named as already told, earlier in the story: not the service asked for.
    [
      'en',
      'I work in a refugee service. Last week we sent a report to child welfare about a 15-year-old boy whose family is from Somalia. Now his father says the boy will be sent to relatives in Kenya after Christmas and may not come back. What should we do now?',
      [['Nairobi'], KT],
    ],
    // The writer's own country first ("jestem z Polski"), a school without an adviser, the journey to Iraq.
    [
      'pl',
      'Jestem z Polski i pracuję jako nauczycielka w szkole średniej. Mamy ucznia, 16 lat, z rodziny irackiej. Nie mamy u nas doradcy ds. różnorodności. Ojciec chce wysłać go do Iraku na całe lato, żeby się tam ożenił. Co mam zrobić?',
      [['Amman'], KT],
    ],
    // "ein mann" is a man, not the Isle of Man.
    [
      'nn',
      'Eg er lærar på vidaregåande. Ei elev på 16 fortel at ho skal gifte seg med ein mann ho aldri har møtt. Familien reiser til Pakistan i påska. Ho er redd og vil ikkje at foreldra skal vite at ho har sagt noko. Kva gjer eg no?',
      [['Islamabad'], KT],
    ],
    // "To send her away" said with the infinitive; Grozny lies in Chechnya (Ankara: Russia, mostly Chechnya).
    [
      'uk',
      'Я працюю в NAV. У нас є молода жінка, їй 20 років, родина з Чечні. Її батько хоче відправити її до родичів у Грозний. Вона боїться, що не повернеться. Що нам робити?',
      [['Ankara', 'Анкара'], KT],
    ],
  ];

  it.each(CASES)('%s: %s', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });
});

/**
 * Issue #13 (session 21): a calm question which embassy or envoy covers a country, the person held there only supposed
 * ("if a pupil is held there") or people of a kind ("girls stuck in …"), asks about the service: the envoy, with no
 * emergency card. A person said to be held there now, or the writer's own child, keeps the card. Own phrasings.
 */
describe('conversation: which embassy covers a country, asked calmly, gets no emergency card', () => {
  const runner = conversationRunnerPerFile();

  const CALM: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
    ['nb', 'Bare et generelt spørsmål: hvilken ambassade dekker Afghanistan dersom en ungdom blir holdt igjen der?', ['Islamabad']],
    ['nn', 'Kva ambassade har ansvar for Kenya viss ein elev blir halden att der?', ['Nairobi']],
    ['en', 'Which embassy covers Iraq if a pupil is stuck there against her will?', ['Amman']],
    ['ur', 'افغانستان میں پھنسی نوجوان لڑکیوں کے لیے کون سا سفارت خانہ مدد کرتا ہے؟', ['Islamabad', 'اسلام آباد']],
    ['tr', 'Irak’ta zorla evlendirilme riski olan öğrenciler için hangi büyükelçilik yardım ediyor?', ['Amman']],
    ['so', 'Safaaradee ayaa u qaabilsan dadka noorweejiga ah ee ku xayiran Kenya?', ['Nairobi', 'Nayroobi']],
  ];

  it.each(CALM)('calm (%s): %s', async (lang, message, city) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, city)).toBe(true);
  });

  const HELD_NOW: ReadonlyArray<readonly [Lang, string]> = [
    ['en', 'My pupil is stuck in Iraq and cannot come home. Which embassy covers Iraq?'],
    ['nb', 'Eleven min blir holdt igjen i Afghanistan og får ikke reise hjem. Hvilken ambassade dekker Afghanistan?'],
    ['nn', 'Dottera mi er halden att i Kenya. Kva ambassade dekkjer Kenya viss ho ikkje får kome heim?'],
    ['en', 'Which embassy helps if a pupil was taken to Iraq by her father and is not allowed back?'],
    ['ru', 'Какое посольство поможет, если сына увезли в Чечню и не дают вернуться?'],
  ];

  it.each(HELD_NOW)('a person held there now keeps the card (%s): %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(true);
  });
});

// (session 21, over21)
describe('conversation: a threat long past, the case said to be over, gets no emergency card', () => {
  /**
   * Issue #13: a threat told as years ago, with the person divorced, calm or fine now, is a question about help, not
   * an emergency ('caseOver', src/understanding/situation-cues.ts); the same story with the threat back now keeps the card.
   */
  const runner = conversationRunnerPerFile();

  const OVER: ReadonlyArray<readonly [Lang, string]> = [
    ['en', 'A client of mine was threatened by her brother years ago. It is all over now, she lives safely and asks what support exists.'],
    ['ru', 'Мою клиентку муж избивал и угрожал ей лет десять назад. Они давно развелись, всё позади. Куда она может обратиться за советом?'],
    ['nb', 'Klienten min ble truet av eksmannen for noen år siden. Nå er de skilt og alt er rolig. Hvor kan hun få råd?'],
  ];

  it.each(OVER)('calm (%s): %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(false);
  });

  const BACK: ReadonlyArray<readonly [Lang, string]> = [
    ['en', 'A client of mine was threatened by her brother years ago. It was calm, but now he threatens her again.'],
    ['ru', 'Мою клиентку муж избивал и угрожал ей лет десять назад. Всё было позади, но вчера он снова пришёл к её дому.'],
    ['nb', 'Klienten min ble truet av eksmannen for noen år siden, og nå truer han henne fortsatt.'],
  ];

  it.each(BACK)('the threat back now keeps the card (%s): %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(true);
  });
});

// (session 22, calm22)
describe('conversation: a calm question with no one at risk now gets no emergency block; the same with a risk keeps it', () => {
  /**
   * Issue #13 (session 22): the "call 112" block on calm questions. (1) A young person's general question ("what does
   * negative social control mean?") telling of everyday control only; (2) a professional's case of control where the
   * person has not told of violence ("she didn't mention any violence"); (3) a mother's own cutting, said as a state
   * ("er omskåret selv", "która jest obrzezana"), with no one at risk now. Each has a twin that keeps the block: a
   * wedding abroad, a beating told, a cutting planned for the daughter. Own phrasings.
   */
  const runner = conversationRunnerPerFile();

  const CALM: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'hva betyr egentlig negativ sosial kontroll? mamma sjekker mobilen min hver kveld, teller det?'],
    ['en', 'what does negative social control actually mean? my dad reads my texts, is that it?'],
    ['nb', 'Jeg er NAV-veileder. En bruker på 30 sier mannen tar lønna hennes og bestemmer alt, men hun har ikke fortalt om vold. Hvem kan vi drøfte med?'],
    ['en', "I'm a nurse. A patient (28) says her husband takes her money and checks her phone; she didn't mention any violence. Who can advise us?"],
    ['ar', 'أنا معلمة. طالبة عمرها ٢٥ زوجها بياخد راتبها وما بيخليها تطلع، وما حكت عن ضرب. مين بيقدر ينصحنا؟'],
    ['nb', 'Jeg er jordmor. En gravid kvinne er omskåret selv og sier hun aldri vil gjøre det mot en datter. Finnes det et team vi kan drøfte med?'],
    ['pl', 'Jestem położną. Pacjentka, która jest obrzezana, urodziła córkę; nie mam żadnych podejrzeń. Z kim mogę się skonsultować?'],
    ['so', 'Waxaan ahay umuliso. Hooyo iyada lafteeda la gudey ayaa tiri gabadheeda lama gudi doono. Yaan la tashan karaa?'],
  ];

  it.each(CALM)('calm (%s): %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(false);
  });

  const AT_RISK: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'hva betyr negativ sosial kontroll? jeg er 15 og de sier jeg skal gifte meg i Pakistan i sommer'],
    ['nb', 'Jeg er NAV-veileder. En bruker på 30 sier mannen tar lønna hennes og i går slo han henne. Hvem kan vi drøfte med?'],
    ['en', "I'm a nurse. A patient (28) says her husband takes her money and she told me he beats her. Who can advise us?"],
    ['nb', 'Jeg er jordmor. En gravid kvinne er omskåret selv og svigermor sier babyen skal omskjæres i Somalia i sommer.'],
    ['so', 'Waxaan ahay umuliso. Hooyo ayaa tiri gabadheeda xagaagan Soomaaliya ayaa lagu gudi doonaa.'],
    ['nn', 'Barnehagen fekk høyre at jenta skal no reinsast hjå bestemor i Gambia i sommar. Kva gjer vi?'],
  ];

  it.each(AT_RISK)('a person at risk keeps the block (%s): %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(true);
  });
});

// (session 22, calm22)
describe('conversation: who at the embassy covers a country, with no person named, gets no card on the question or its follow-up', () => {
  /**
   * Issue #13 (session 22): "who at the embassy helps with forced stays abroad in Pakistan?" and its "and Iran?" ask
   * which post covers a country; no person is named, so neither turn is a case abroad. A pupil held there now keeps
   * the card. Own phrasings.
   */
  const runner = conversationRunnerPerFile();

  const CALM: ReadonlyArray<readonly [Lang, readonly string[], readonly string[]]> = [
    ['en', ['who at the embassy deals with people kept abroad in Iraq?', 'and Syria?'], ['Amman']],
    ['pl', ['Kto w ambasadzie zajmuje się przymusowym pobytem w Somalii?', 'a w Etiopii?'], ['Nairobi']],
    ['nb', ['Hvem på ambassaden hjelper ved tvangsekteskap i Pakistan?', 'og Afghanistan?'], ['Islamabad']],
  ];

  it.each(CALM)('calm (%s): %s', async (lang, turns, city) => {
    const view = await runner.turn(lang, turns);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, city)).toBe(true);
  });

  it.each([
    ['en', 'My pupil is held in Iraq by her uncle and cannot come home. Who at the embassy can help?'],
    ['nb', 'Eleven min holdes igjen i Pakistan og får ikke reise hjem. Hvem på ambassaden kan hjelpe?'],
  ] as const)('a person held there now keeps the card (%s): %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(true);
  });
});

// (session 23, calm23)
describe('conversation: training asked for, a stay abroad that is over, a question asked in general: no emergency block; the twins at risk keep it', () => {
  /**
   * Issue #13 (session 23): the "call 112" block on calm professional questions. (1) Staff training, a course or teaching
   * material asked for, naming no one at risk or a person said to be fine now (src/understanding/danger-reader.ts,
   * trainingAsked); (2) a stay abroad the person came back from, told as long past and calm now ('returned' makes it
   * 'caseOver': no case abroad); (3) a consultation asked in general ("no concrete case", "genel bir soru"). Each has a
   * twin that keeps the block: danger told beside the training, a journey back planned after the return, a threat or
   * fear told beside "in general". Own phrasings.
   */
  const runner = conversationRunnerPerFile();

  const CALM: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Vi har fagdag på skolen i vår og ønsker noen som kan holde kurs om tvangsekteskap og æresvold for lærerne. Hvem kan vi spørre?'],
    ['en', 'Our maternity ward would like training on FGM for the midwives this autumn. Who offers that?'],
    ['ar', 'نحن روضة أطفال ونريد دورة تدريبية للموظفين عن ختان البنات. من يقدم ذلك؟'],
    ['uk', 'Я вчителька. Одну ученицю з нашого класу кілька років тому видали заміж у 16, зараз у неї все добре. Хто може провести навчання для персоналу?'],
    ['nb', 'Jeg underviser norsk for voksne og vil ha materiell om rettigheter i ekteskap til timene. Finnes det noe?'],
    ['en', 'I teach adult learners and need teaching materials about forced marriage and the right to choose. Any suggestions?'],
    ['nb', 'En bruker ble holdt igjen i Pakistan av familien i fjor, men kom hjem etter noen måneder og har det bra nå. Hvilken ambassade hjalp henne?'],
    ['ru', 'Мою дочь в прошлом году удерживали в Турции родственники, она вернулась домой, и сейчас всё хорошо. Какое посольство занимается такими делами?'],
    ['ar', 'ابنة أختي احتجزها أهلها في العراق العام الماضي، ثم عادت الى النرويج وهي الآن بخير. أي سفارة تغطي العراق؟'],
    ['tr', 'Okulda öğretmenim, genel bir soru: zorla evlendirme konusunda hangi ekiple danışabiliriz?'],
    ['nb', 'Ingen konkret sak, men hvem kan vi som helsesykepleiere rådføre oss med om æresrelatert vold mot en elev?'],
    ['ru', 'Общий вопрос, нет конкретного случая: к кому обращаться школе, если ученицу принуждают к браку?'],
    ['fa', 'سوال کلی دارم، مورد مشخصی نیست: برای ازدواج اجباری یک دانش آموز با کدام تیم مشورت کنیم؟'],
    ['pl', 'Nie chodzi o konkretny przypadek, pytam ogolnie: z kim szpital może skonsultować przemoc honorową wobec pacjentki?'],
  ];

  it.each(CALM)('calm (%s): %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(false);
  });

  it('a stay abroad that is over still gets the envoy who covers the country', async () => {
    const message = 'A client was kept in Somalia by her relatives two years ago; she came back to Norway with help from the embassy and is doing well now. Which embassy covers Somalia?';
    const view = await runner.turn('en', message);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['Nairobi'])).toBe(true);
  });

  const AT_RISK: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Vi ønsker kurs om kjønnslemlestelse for personalet, men nå haster det: en jente i barnehagen skal omskjæres i Somalia i sommerferien.'],
    ['en', 'We want staff training on forced marriage, but first: a pupil of 15 told us today she is being sent to Pakistan next week to marry.'],
    ['pl', 'Chcemy szkolenia dla personelu, ale pacjentka mówi dziś, że mąż grozi, że ją zabije.'],
    ['en', 'A client was kept in Somalia by her relatives last year; she came back to Norway and was fine, but now they want to send her back there next week.'],
    ['nb', 'Eleven ble holdt igjen i Pakistan i fjor, kom hjem og har det bra nå, men faren sier hun skal sendes tilbake til Pakistan i sommer.'],
    ['ru', 'Мою дочь в прошлом году удерживали в Турции, она вернулась домой, но теперь её снова хотят увезти туда на следующей неделе.'],
    ['en', "I'm asking in general, but also: a pupil told me today she is afraid to go home because her brother beats her."],
    ['nb', 'Ingen konkret sak før i dag: en elev sier faren truer med å drepe henne hvis hun ikke gifter seg.'],
  ];

  it.each(AT_RISK)('a person at risk keeps the block (%s): %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(true);
  });

  it('a journey planned after the return is read as one to come: the stay goes on', async () => {
    const message = 'My pupil was kept in Pakistan last year and came home; she is doing well now, but her father has bought tickets to send her back to Pakistan.';
    expect((await runner.turn('en', message)).emergency).toBe(true);
  });
});

// (session 23, held23: issue #13, danger asked as a contact question; cities for countries)
/**
 * A person held, kept or not let leave a country, asked as "which embassy / who helps", is a case abroad now in every
 * language: the 112 block first, the envoy who covers the country in the answer. A general question about people held
 * abroad followed by "and if she is there now?" becomes that case. A city named instead of the country counts as the
 * country (never as danger by itself). The euphemism "done like all the girls" is read only with a trip, a country or a
 * season. Own phrasings; calm twins stay calm.
 */
describe('conversation: a person held abroad, asked as a contact question, and the cities of the envoys\' countries', () => {
  const runner = conversationRunnerPerFile();

  const HELD: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
    ['tr', "Babası tarafından Irak'ta tutulan öğrencimiz için hangi elçilik yardım eder?", ['Amman']],
    ['tr', 'Pakistanda zorla tutulan kızım için kim yardım eder?', ['Islamabad']],
    ['so', 'Safaaradee caawisa gabar Norweeji ah oo lagu xayiray Kenya?', ['Nairobi', 'Nayroobi']],
    ['ur', 'پاکستان میں روکی گئی لڑکی کے لیے کون سا سفارت خانہ؟', ['Islamabad', 'اسلام آباد']],
    ['ur', 'kis sifarat khane se madad milegi, larki ko pakistan mein rok kar rakha gaya hai', ['Islamabad', 'اسلام آباد']],
    ['uk', 'Яке посольство допоможе дівчині, яку тримають в Іраку?', ['Амман', 'Amman']],
    ['ru', 'Какое посольство поможет девушке, которую держат в Сомали?', ['Найроби', 'Nairobi']],
    ['ru', 'Кто помогает школьнице, которую не выпускают из Пакистана?', ['Исламабад', 'Islamabad']],
    ['pl', 'kto pomaga uczennicy, której rodzina nie pozwala wyjechać z Iraku?', ['Amman']],
    ['ti', 'ኣብ ኤርትራ ንዝተታሕዘት ጓል ኣየናይ ኤምባሲ ይሕግዝ?', ['Nairobi', 'ናይሮቢ']],
    ['ar', 'من يساعد فتاة ممنوعة من مغادرة العراق؟', ['Amman', 'عمّان', 'عمان']],
    ['nb', 'Hvilken ambassade hjelper en gutt som holdes i Somalia?', ['Nairobi']],
    ['nb', 'hvem hjelper en jente som ikke får lov å forlate Pakistan?', ['Islamabad']],
    ['en', 'who helps a pupil who is not allowed to leave Somalia?', ['Nairobi']],
  ];

  it.each(HELD)('held now, asked as a contact question (%s): %s', async (lang, message, envoy) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, envoy)).toBe(true);
  });

  const CALM: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
    ['tr', "Kenya'dan hangi büyükelçilik sorumlu?", ['Nairobi']],
    ['so', 'safaaradee ka masuul ah Kenya?', ['Nairobi', 'Nayroobi']],
    ['ru', 'какое посольство отвечает за Сомали?', ['Найроби', 'Nairobi']],
    ['en', 'which embassy covers Erbil?', ['Amman']],
    ['tr', 'Konya için hangi büyükelçilik sorumlu?', ['Ankara']],
  ];

  it.each(CALM)('which embassy covers a country or a city, asked calmly, stays calm (%s): %s', async (lang, message, envoy) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, envoy)).toBe(true);
  });

  const MADE_CONCRETE: ReadonlyArray<readonly [Lang, readonly [string, string], readonly string[]]> = [
    ['en', ['who helps young people held abroad against their will?', 'and if she is in Iraq now?'], ['Amman']],
    ['nb', ['hvem hjelper unge som holdes tilbake i utlandet?', 'hun er der nå, i Somalia'], ['Nairobi']],
    ['so', ['yaa caawiya carruurta lagu hayo dibadda?', 'haddii ay hadda joogto Kenya?'], ['Nairobi', 'Nayroobi']],
    ['so', ['yaa ka caawiya gabdhaha dibadda lagu xayiray?', 'walaashay hadda waxay ku jirtaa Itoobiya, maxaan sameeyaa?'], ['Nairobi', 'Nayroobi']],
    ['tr', ['Yurt dışında tutulan gençlere kim yardım eder?', "Peki şu an Irak'taysa?"], ['Amman']],
    ['ar', ['من يساعد الفتيات المحتجزات في الخارج؟', 'وإذا كانت الآن في العراق؟'], ['Amman', 'عمّان', 'عمان']],
  ];

  it.each(MADE_CONCRETE)('a general question made concrete by the follow-up gets the block and the envoy (%s)', async (lang, turns, envoy) => {
    const view = await runner.turn(lang, turns);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, envoy)).toBe(true);
  });

  it('a follow-up asking about another country, with no person there, stays calm', async () => {
    expect((await runner.turn('nb', ['hvilken ambassade dekker Kenya?', 'og Etiopia?'])).emergency).toBe(false);
    expect((await runner.turn('en', ['which countries does the Nairobi envoy cover?', 'and Ethiopia?'])).emergency).toBe(false);
  });

  const CITY_JOURNEY: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
    ['tr', 'Oğlumu yazın Konya yakınındaki bir köye götürüp orada bırakacaklar, kim yardım eder?', ['Ankara']],
    ['en', "they'll take him to a village near Lahore this summer and leave him there, who can help?", ['Islamabad']],
    ['en', "we're flying to Mogadishu for a wedding next month, she is 15 and doesn't want to marry", ['Nairobi']],
    ['nb', 'Familien skal sende henne til en landsby utenfor Herat i sommer, og hun vil ikke. Hvem kan hjelpe?', ['Islamabad']],
  ];

  it.each(CITY_JOURNEY)('a city named instead of the country gives the envoy of that country (%s): %s', async (lang, message, envoy) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, envoy)).toBe(true);
  });

  it('"done like all the girls" is read with a trip or a season, not alone', async () => {
    expect((await runner.turn('en', 'her aunt said she will be done like all the girls when we go back to Somalia this summer')).emergency).toBe(true);
    expect((await runner.turn('nb', 'bestemoren sier at hun skal bli gjort som alle jentene når de reiser hjem i sommer')).emergency).toBe(true);
    expect((await runner.turn('en', 'her hair will be done like all the girls for the school party')).emergency).toBe(false);
  });
});

// (session 23, open23)
describe('conversation: an information evening or a talk for residents, learners or parents is calm; a danger told beside it keeps the card', () => {
  /**
   * Issue #13 (session 23): planning an information evening, a theme evening or a lecture about the topic for the people
   * a service meets asks for help with teaching, not about a person at risk: no emergency block, in every language. A
   * girl who told of a wedding or a cutting ahead, after such an evening, keeps it. Own phrasings.
   */
  const runner = conversationRunnerPerFile();

  const CALM: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Vi på asylmottaket vil ha en temakveld for beboerne om tvangsekteskap og negativ sosial kontroll. Hvem kan hjelpe oss?'],
    ['en', 'Our adult education centre wants an information evening for learners about forced marriage and honour-related violence. Who could come and speak?'],
    ['so', 'Xarunta qaxootiga waxaan rabnaa inaan u qabanno dadka deggan fiid wacyigelin ah oo ku saabsan guurka qasabka ah. Yaa na caawin kara?'],
    ['ru', 'В нашем центре для беженцев хотим провести тематический вечер для жителей про принудительные браки. Кто может выступить?'],
    ['uk', 'Ми працюємо в центрі для шукачів притулку і хочемо провести для мешканців інформаційний вечір про примусові шлюби та негативний соціальний контроль. Хто може допомогти підготуватися?'],
    ['ti', 'ኣብ መዕቆቢ ስደተኛታት ንነበርቲ ብዛዕባ ብግዲ መርዓ ናይ ሓበሬታ ምሸት ክንገብር ንደሊ። መን ክሕግዘና ይኽእል?'],
    ['pl', 'W ośrodku dla uchodźców planujemy wieczór informacyjny dla mieszkańców o małżeństwach przymusowych. Kto może nam pomóc?'],
    ['tr', 'Sığınmacı merkezinde sakinler için zorla evlendirme hakkında bir bilgilendirme akşamı düzenlemek istiyoruz. Kim yardımcı olabilir?'],
    ['uk', 'Ми хочемо зробити вечір для мешканців про негативний соціальний контроль. Кого можна запросити виступити?'],
    ['ru', 'Хотим устроить вечер для жителей о негативном социальном контроле. Кого можно пригласить выступить?'],
  ];

  it.each(CALM)('calm (%s): %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  const AT_RISK: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'På temakvelden i går fortalte en jente (15) at hun skal giftes bort i Pakistan neste uke. Hva gjør vi?'],
    ['en', 'After our information evening a 14-year-old told me her family will cut her when they travel to Somalia next month. What now?'],
    ['uk', 'Після інформаційного вечора дівчина (16) сказала, що батько погрожує її вбити, якщо вона не вийде заміж. Що робити?'],
  ];

  it.each(AT_RISK)('a person at risk keeps the card (%s): %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(true);
  });
});

// (session 23, hb23a)
describe('conversation: danger told without a danger word gets the card; the calm twins do not', () => {
  /**
   * Issue #13 (held-back sets -57/-58): four classes read as calm. (1) An adult afraid of what the family will do over a
   * boyfriend, a girlfriend or a divorce, even when she wants nothing done; (2) an adult to be sent abroad "to calm
   * down" or "to come to her senses", told beside a housing question; (3) a child to travel soon alone with a relative,
   * crying or asking the teacher to keep it secret, with a sick relative as the reason; (4) the writer's own family
   * pushing the writer to marry, adult or minor, in every language. Each gets the emergency card, and a journey its
   * envoy; a family merely disappointed, or tears over a sick relative abroad with no journey, or a family that
   * wants the writer married one day but does not push, stays calm. (A family
   * trip next week looked forward to still gets the card from someone-sent-away-soon: a false alarm left to that rule.)
   * Own phrasings.
   */
  const runner = conversationRunnerPerFile();

  const AT_RISK: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
    ['en', 'I work at a GP office. A patient of 26 is scared of what her family will do now that they know about her girlfriend. She wants nothing done. Who can I ask for advice?', ['478 09 050']],
    ['nb', 'Jeg er sykepleier. En pasient (24) er redd for hva familien kommer til å gjøre nå som de vet om kjæresten hennes. Hun vil ikke at vi foretar oss noe. Hvem kan jeg rådføre meg med?', ['478 09 050']],
    ['nn', 'Eg er helsesjukepleiar. Ein pasient på 25 er redd for kva familien vil gjere når ho skil seg. Kven kan eg spørje om råd?', ['478 09 050']],
    ['nb', 'Jeg er NAV-veileder. En bruker på 23 sier foreldrene vil sende henne til Irak så hun kan komme til fornuften. Kan hun få hjelp med et sted å bo?', ['Amman']],
    ['en', 'I am a NAV adviser. A client (21) says her parents will send her to Pakistan to calm down. Can she get help finding a flat?', ['Islamabad']],
    ['nn', 'Eg er lærar. Ein elev på 14 skal reise åleine med bestefaren til Somalia neste veke fordi tanta er sjuk. Ho gret og bad meg om å ikkje fortelje det til nokon.', ['Nairobi']],
    ['en', 'A pupil (13) told me she has to fly alone with her uncle to Iraq next week because her aunt is ill. She was crying and asked me to keep it a secret.', ['Amman']],
    ['so', 'waxaan ahay 22 sano. qoyskayga waxay doonayaan inaan guursado nin aan weligay arag. yaan la xiriiri karaa?', ['478 09 050']],
    ['en', "I'm 20 and my family is pushing me to marry a man I've never met. Can I call Kompetanseteamet myself?", ['478 09 050']],
    ['nb', 'jeg er 16 og foreldrene mine vil at jeg skal gifte meg med en fetter jeg aldri har møtt', ['116 111']],
    ['ru', 'Мне 19 лет, родители хотят, чтобы я вышла замуж за человека, которого я не знаю. Куда я могу позвонить?', ['478 09 050']],
    ['uk', 'Мені 20 років, батьки хочуть, щоб я вийшла заміж за людину, яку я не знаю. Куди мені звернутися?', ['478 09 050']],
    ['pl', 'Mam 19 lat i rodzice chcą, żebym wyszła za mąż za mężczyznę, którego nie znam. Gdzie mogę zadzwonić?', ['478 09 050']],
    ['tr', '19 yaşındayım, ailem tanımadığım bir adamla evlenmemi istiyor. Kimi arayabilirim?', ['478 09 050']],
    ['ar', 'عمري ١٩ سنة وأهلي يريدون أن أتزوج رجلاً لا أعرفه. بمن أتصل؟', ['478 09 050']],
    ['ur', 'میری عمر 19 سال ہے اور میرے گھر والے میری شادی کروانا چاہتے ہیں ایک ایسے آدمی سے جسے میں نہیں جانتی۔ میں کس کو فون کروں؟', ['478 09 050']],
    ['fa', 'من ۱۹ سالمه و خانوادم میخوان شوهرم بدن به مردی که نمیشناسمش. به کی زنگ بزنم؟', ['478 09 050']],
  ];

  it.each(AT_RISK)('the card first, then what fits (%s): %s', async (lang, message, fact) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, fact)).toBe(true);
  });

  it.each([
    ['nb', 'Ei elev på vg2 fortalte i dag at hun må reise alene med onkelen til Pakistan om to uker fordi farmoren er syk. Hun gråt og ba meg ikke si det til noen.', ['Islamabad']],
    ['nn', 'Ein elev på vg1 sa i dag at han skal reise åleine med tanta til Irak neste veke, mora er sjuk der. Han gret.', ['Amman']],
  ] as const)('a pupil who told the writer is the school\'s case: the card, then notifying child welfare (%s): %s', async (lang, message, city) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['barnevern'])).toBe(true);
    expect(containsFact(view.texts, [...city])).toBe(true);
  });

  const CALM: ReadonlyArray<readonly [Lang, string]> = [
    ['en', 'I work at a GP office. A patient of 26 says her family is disappointed about her girlfriend, but they still visit. Can I ask anyone for advice?'],
    ['nn', 'Familien til ein pasient er skuffa over at ho har kjærast, men dei godtek det. Kvar kan ho få råd?'],
    ['en', 'A pupil (13) cried in class today because her aunt in Iraq is ill, and asked me not to tell the others.'],
    ['nb', 'Ei elev på 14 gråt i dag fordi bestemoren i Somalia er syk, og ba meg ikke si det til klassen.'],
    ['tr', '20 yaşındayım. Ailem bir gün evlenmemi istiyor ama baskı yapmıyorlar. Haklarımı nerede okuyabilirim?'],
  ];

  it.each(CALM)('calm by the rules (%s): %s', async (lang, message) => {
    expectCalmByTheRules(await runner.turn(lang, message), message, lang);
  });
});

// (session 23, hb23d)
describe('conversation: which post helps a kind of person held abroad, and a young writer asking calmly for a line: no block; the twins with a case keep it', () => {
  /**
   * Issue #13 (session 23, the held-back sets): (1) which embassy or envoy helps people held in a country, asked in one
   * sentence of a kind of person (people, someone, "if a boy is held there"), and its "and Syria?" follow-up, is a
   * question about the post (src/understanding/situation-cues.ts, COVERAGE_OF_A_KIND); a relative, the writer, a second
   * sentence telling of a case, or a removal told keep the card. (2) A young writer who asks for a line or someone to
   * talk to, telling of no one at home or saying it is not acute, gets the lines with "call 112" as a plain sentence
   * (src/understanding/understand.ts, lineAskedCalmly); everyday control told with no calm word, a wedding, a phone or
   * passport taken, a fear keep the block. Own phrasings.
   */
  const runner = conversationRunnerPerFile();

  const COVERAGE: ReadonlyArray<readonly [Lang, readonly string[], readonly string[]]> = [
    ['nb', ['Hvilken ambassade hjelper hvis en norsk gutt holdes tilbake i Irak?', 'og Syria?'], ['Amman']],
    ['uk', ['Яке посольство допомагає, коли когось примусово тримають у Сомалі?', 'а Ефіопія?'], ['Nairobi', 'Найробі']],
    ['so', ['yaa caawiya dadka Norwegian-ka ah ee ku xayiran Ciraaq?', 'oo Suuriya?'], ['Amman', 'Cammaan']],
    ['ar', ['مين السفارة اللي بتساعد لو شب من النرويج محجوز بالصومال؟'], ['Nairobi', 'نيروبي']],
  ];

  it.each(COVERAGE)('coverage asked of a kind of person (%s): %s', async (lang, turns, city) => {
    for (let n = 1; n <= turns.length; n++) {
      const view = await runner.turn(lang, turns.slice(0, n));
      expect(view.emergency).toBe(false);
      if (n === turns.length) expect(containsFact(view.texts, city)).toBe(true);
    }
  });

  it.each([
    ['nb', 'Datteren min holdes tilbake i Irak. Hvilken ambassade hjelper?'],
    ['nb', 'Jenta holdes tilbake i Somalia. Hvem hjelper der?'],
    ['uk', 'Мою доньку примусово залишили в Сомалі, яке посольство допомагає?'],
    ['ru', 'Какое посольство помогает, если дочь увезли в Ирак и не пускают назад?'],
    ['tr', "Irak'ta ailesi tarafından zorla tutulan bir kıza kim yardım eder?"],
    ['en', 'i am 16 and stuck in iraq, they wont let me go home. which embassy helps?'],
  ] as const)('a relative, the writer or a case told keeps the card (%s): %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(true);
  });

  it.each([
    ['nb', 'finnes det en hjelpetelefon for ungdom? jeg er 15'],
    ['en', 'is there a helpline for teenagers in norway? im 15'],
    ['ru', 'есть ли в норвегии телефон доверия для подростков? мне 15'],
    ['nb', 'foreldrene mine bestemmer alt for meg, det er ikke akutt, men hvem kan jeg prate med?'],
    ['en', 'my parents decide everything for me, nothing urgent, but who can i talk to?'],
  ] as const)('a young writer asking calmly for a line gets no block (%s): %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['116 111', '116111'])).toBe(true);
  });

  it.each([
    ['nb', 'jeg er 15 og pappa sier jeg skal gifte meg i sommer, hvem kan jeg snakke med?'],
    ['en', 'im 15, my dad took my phone and says we go to pakistan next week, who can i call?'],
    ['ru', 'мне 15, отец угрожает мне, есть ли телефон доверия?'],
    ['en', 'is there a helpline for teens? im 14 and scared to go home'],
    ['nb', 'jeg er 16, pappa leser meldingene mine hver dag, er det noen jeg kan snakke med?'],
    ['uk', 'мені 14, батьки читають мої повідомлення і забороняють мені гуляти. чи є якийсь чат?'],
    ['nb', 'det er ikke akutt, men jeg er 15 og de skal gifte meg bort i sommer. hvem kan jeg snakke med?'],
    ['en', 'not urgent but im 16 and my family took my passport, who can i talk to?'],
  ] as const)('a young writer with a case keeps the block (%s): %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(true);
  });
});

// (session 23, hb23d)
describe("conversation: a mother's own cutting in childhood, told in a duty question with no threat to the child, is calm; a cutting planned for the daughter keeps the card", () => {
  /**
   * Issue #13 (session 23): "the boy's mother told me she was cut as a child in Ethiopia; no threat to the child: must I
   * notify?" in Ukrainian read the mother's past cutting as a cutting abroad of a particular person. The
   * word order "в дитинстві обрізали" is pastCutting now, and "ніякої загрози" a harm denied. (Russian "в детстве обрезали"
   * stays a concern: test/understanding/situation-abroad.test.ts wants a cut mother with a newborn daughter read so.)
   * Own phrasings.
   */
  const runner = conversationRunnerPerFile();

  it.each([
    ['uk', 'я вихователька. мама дівчинки (4 роки) сказала, що її в дитинстві обрізали в Сомалі. Загрози дитині немає. Чи треба повідомляти barnevernet?'],
  ] as const)('calm (%s): %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(false);
  });

  it.each([
    ['uk', 'я вихователька. мама дівчинки (4 роки) сказала, що її в дитинстві обрізали, а цього літа бабуся хоче зробити те саме з донькою в Сомалі. Чи треба повідомляти?'],
    ['ru', 'работаю в детском саду. мама девочки (4 года) рассказала, что её в детстве обрезали, и дочку везут на обрезание в Судан на следующей неделе. что делать?'],
  ] as const)('a cutting planned for the daughter keeps the card (%s): %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(true);
  });
});

/**
 * Issue #13 (session 23): a danger story tells of a journey abroad but names no country or city ("to the village",
 * "back home", "memlekete"). The emergency card lists the four envoy posts with the countries each covers and asks
 * which country it is; no country is guessed from the language. A calm message about a trip gets no list. Own phrasings.
 */
describe('conversation: a journey abroad with no country lists every envoy post', () => {
  const runner = conversationRunnerPerFile();
  const POSTS = [['Amman', 'عمّان', 'عمان', 'Амман', 'ዓማን'], ['Ankara', 'Анкар', 'أنقرة', 'انقره', 'انقرہ', 'ኣንካራ'], ['Islamabad', 'İslamabad', 'Ісламабад', 'Исламабад', 'إسلام آباد', 'اسلام'], ['Nairobi', 'Nayroobi', 'Найробі', 'Найроби', 'نيروبي', 'نایروبی', 'نیروبی', 'ናይሮቢ']];

  const inViewOf = (lang: Lang, message: string) => cardInView(runner, lang, [message]);

  it.each([
    ['en', 'I am 14. Dad booked tickets back home for the summer and says I will stay there and get married. My passport is gone.', 'Which country'],
    ['nb', 'Jeg er 15 og foreldrene mine sier vi skal til hjemlandet i sommer. Storesøsteren min ble værende der og kom aldri tilbake, og nå er passet mitt tatt.', 'Hvilket land'],
    ['tr', 'Annem bu yaz memlekete gideceğimizi ve orada nişanlanacağımı söyledi. Pasaportumu aldılar, 16 yaşındayım ve çok korkuyorum.', 'hangi ülkeye'],
  ] as const)('danger, no country (%s): all four posts and the question', async (lang, message, question) => {
    const { view, inView } = await inViewOf(lang, message);
    expect(view.emergency).toBe(true);
    for (const post of POSTS) expect(containsFact(inView, post)).toBe(true);
    expect(containsFact(inView, [question])).toBe(true);
  });

  it('a named country still gets only its own envoy (en)', async () => {
    const { inView } = await inViewOf('en', 'I am 15 and my father is taking me to Pakistan this summer to marry me off. He took my passport.');
    expect(containsFact(inView, ['Islamabad'])).toBe(true);
    expect(containsFact(inView, ['Nairobi'])).toBe(false);
  });

  it('a calm trip home gets no list of posts (en)', async () => {
    const { view } = await inViewOf('en', 'We are visiting grandparents back home in July. Is there anything fun to read about Norway for kids?');
    expect(containsFact(view.texts, ['Nairobi'])).toBe(false);
  });
});

/**
 * Issue #13 (session 24, danger24): dangers told only in details. A proof of virginity demanded with "or else", a
 * threat or harm promised (honour-related violence, often told by a GP or a midwife about an adult patient); a journey
 * to meet a man the family chose, or on a one-way ticket (a forced marriage or an involuntary stay told without the
 * word); a small girl to be "made clean" on a trip (Tigrinya); a fear of the family's reaction with its condition in a
 * confidentiality question. Each with its calm twin. Own phrasings.
 */
describe('conversation: danger told only in details (virginity proof, a trip to meet a chosen man, a toddler made clean)', () => {
  const runner = conversationRunnerPerFile();
  const emergencyOf = (lang: Lang, message: string) => runner.turn(lang, message);

  it.each([
    ['nb', 'Eg er fastlege. Ein pasient på 21 ber om jomfruattest, elles vil familien «ordne opp». Kva gjer eg?'],
    ['en', "I'm a midwife. A 24-year-old patient asks me for a virginity certificate, otherwise her brothers will hurt her. Who do I call?"],
    ['pl', 'Jestem lekarzem. Pacjentka (22 l.) prosi o zaświadczenie o dziewictwie, inaczej rodzina ją skrzywdzi. Do kogo dzwonić?'],
    ['uk', 'Я лікар. Пацієнтка 23 років просить довідку про незайманість, інакше родина «розбереться» з нею. Що робити?'],
    ['tr', 'Doktorum. 20 yaşında bir hasta bekaret raporu istiyor, yoksa ailesi ona zarar verecekmiş. Kimi aramalıyım?'],
    ['ar', 'أنا طبيبة. مريضة عمرها 22 سنة تطلب شهادة عذرية، وإلا ستؤذيها عائلتها. بمن أتصل؟'],
    ['ur', 'میں ڈاکٹر ہوں۔ 21 سالہ مریضہ کنوارپن کا سرٹیفکیٹ مانگ رہی ہے، ورنہ گھر والے اسے نقصان پہنچائیں گے۔ کس کو فون کروں؟'],
  ] as const)('a virginity proof demanded or else: the card first, Kompetanseteamet on it (%s)', async (lang, message) => {
    const view = await emergencyOf(lang, message);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['478 09 050', '47809050'])).toBe(true);
  });

  it.each([
    ['nb', 'Lege her: hva er reglene for å skrive ut en jomfruattest? Spør generelt.'],
    ['en', 'As a GP, what are the rules in Norway for issuing a virginity certificate? Just a general question.'],
  ] as const)('the rules for such a certificate, asked in general, stay calm (%s)', async (lang, message) => {
    expect((await emergencyOf(lang, message)).emergency).toBe(false);
  });

  it.each([
    ['nn', 'eg er 19 og foreldra mine seier eg skal til Pakistan og treffe ein mann dei har valt, dei har berre kjøpt billett ein veg'],
    ['nb', 'Jeg er 20 og familien har kjøpt billett bare én vei til Marokko, jeg skal møte en mann jeg ikke kjenner der'],
    ['en', "I'm 18 and my parents booked me a flight to Iraq to meet a man they chose for me."],
    ['tr', "18 yaşındayım, ailem bu ay Türkiye'ye gideceğimizi söyledi, orada ailemin seçtiği bir adamla tanışacağım."],
  ] as const)('a trip to meet a man the family chose, or one way: the card first (%s)', async (lang, message) => {
    expect((await emergencyOf(lang, message)).emergency).toBe(true);
  });

  it.each([
    ['nb', 'Familien og jeg har tur-retur-billetter til Tyrkia i to uker, og jeg gleder meg. Hva er negativ sosial kontroll?'],
    ['en', "I'm travelling to Pakistan this summer to marry the man I chose myself, we are so happy. Do I need to register the marriage?"],
  ] as const)('a holiday with a return ticket, or a wedding of her own choice, stays calm by the rules (%s)', async (lang, message) => {
    expectCalmByTheRules(await emergencyOf(lang, message), message, lang);
  });

  // "Scared of what the family will do if they find out" inside a confidentiality or duty question: the "if" is what
  // she fears now, not a supposed case ('fearIf'); a general supposition ("what if a family found out…?") stays calm.
  it.each([
    ['en', "I'm a school nurse. A pupil told me something private and she is scared of what her family will do if they find out she talked to me. Am I bound by confidentiality?"],
    ['nb', 'Jeg er helsesykepleier. En elev har fortalt meg noe privat, og hun er redd for hva familien gjør hvis de får vite at hun har snakket med meg. Har jeg taushetsplikt?'],
  ] as const)('a present fear of the family with its condition, in a confidentiality question: the card first (%s)', async (lang, message) => {
    expect((await emergencyOf(lang, message)).emergency).toBe(true);
  });

  it.each([
    ['en', 'General question: what if a family found out their daughter had a boyfriend and reacted badly — must the school notify child welfare?'],
    ['nb', 'Generelt spørsmål: hva om en familie fant ut at datteren hadde kjæreste, har skolen meldeplikt?'],
  ] as const)('a general supposition about a family finding out stays calm (%s)', async (lang, message) => {
    expect((await emergencyOf(lang, message)).emergency).toBe(false);
  });

  it('a toddler to be "made clean" on a summer trip, asked as a duty: the card first, then child welfare (ti)', async () => {
    const view = await emergencyOf('ti', 'ኣብ መዋእለ ህጻናት እየ ዝሰርሕ። ሓንቲ ኣደ ንጓላ (4 ዓመት) ኣብ ሓጋይ ናብ ሱዳን ክትወስዳ እያ፡ ዓባያ ክትጽርያ ትደሊ። ናብ barnevernet ክንሕብር ግዴታ ኣለና ድዩ?');
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['barnevern'])).toBe(true);
  });
});

// (session 24, hb24a, issue #13: dangers missed on the held-back sets 60 and 61)
describe('hb24a: a child held abroad asked in Urdu, a cutting to be "got done" like the mother\'s, a young child given away in marriage', () => {
  /**
   * Three classes the held-back sets missed, in our own phrasings: a parent asking which embassy helps a child the
   * relatives will not let come back, said in Urdu with the country between 'back' and 'not' ("واپس ناروے نہیں آنے دے رہے");
   * a cutting of a small girl planned abroad or for a season, told only as the same "she herself got" or "her mother had"
   * (doneLikeOthers); a young girl to be "given to" a cousin or an uncle's son (marriedOff). Each is danger: the card
   * first, then the contacts for the case. Their calm twins (a child on a happy holiday, the same name the mother got)
   * stay calm.
   */
  const runner = conversationRunnerPerFile();
  const emergencyOf = (lang: Lang, message: string) => runner.turn(lang, message);

  it.each([
    ['ur', 'میرا بیٹا 17 سال کا ہے، چچا اسے پاکستان میں رکھے ہوئے ہیں اور واپس ناروے آنے نہیں دے رہے۔ کون سا سفارت خانہ مدد کرے گا؟'],
    ['ur', 'میری بیٹی کو رشتہ دار پاکستان سے واپس نہیں بھیج رہے۔ ہمیں کس سفارت خانے سے رابطہ کرنا چاہیے؟'],
    ['ur', 'meri beti pakistan mein hai, ghar wale usay wapas norway nahi aane de rahe. kaun si embassy madad karegi?'],
  ] as const)('a child the relatives will not let come back, asked in Urdu: the card first, then Islamabad (%s)', async (lang, message) => {
    const view = await emergencyOf(lang, message);
    expect(view.emergency).toBe(true);
    expect(view.cards[0]?.kind).toBe('emergency');
    expect(containsFact(view.texts, ['Islamabad', 'اسلام آباد', 'اسلام‌آباد'])).toBe(true);
  });

  it('a child on a happy holiday with her grandmother, asked in Urdu, stays calm by the rules', async () => {
    const message = 'میری بیٹی پاکستان میں اپنی نانی کے پاس چھٹیاں گزار رہی ہے اور خوشی سے واپس آئے گی، کوئی مسئلہ نہیں۔ پاکستان کے لیے ناروے کا کون سا سفارت خانہ ہے؟';
    expectCalmByTheRules(await emergencyOf('ur', message), message, 'ur');
  });

  it.each([
    ['nb', 'Jeg er helsesykepleier. En mor fortalte at lillejenta på 5 skal få det gjort i Etiopia til sommeren, slik hun selv fikk som barn. Hva gjør jeg, og hvem kan jeg ringe?'],
    ['nn', 'Eg er jordmor. Mora sa at dottera skal få det gjort hos besteforeldra i sommarferien, som ho sjølv fekk. Kva må eg gjere, og kven kan gi råd?'],
    ['en', "I'm a kindergarten teacher. A mother said her 4-year-old will have it done during the summer holiday in Sudan, like she had herself. What should I do and who can advise me?"],
  ] as const)('a small girl to "get it done" like the mother, abroad or this season: the card first, then child welfare (%s)', async (lang, message) => {
    const view = await emergencyOf(lang, message);
    expect(view.emergency).toBe(true);
    expect(view.cards[0]?.kind).toBe('emergency');
    expect(containsFact(view.texts, ['barnevern', 'child welfare'])).toBe(true);
  });

  it('the same words with nothing planned (a name the mother got) and a general question stay calm (nb)', async () => {
    const view = await emergencyOf('nb', 'Jordmor her. Moren sa at datteren skal få samme navn som hun selv fikk. Hva er kjønnslemlestelse, generelt?');
    expect(view.emergency).toBe(false);
  });

  it.each([
    ['en', 'I work at a school. A father said that when the family goes back to Iraq, his 12-year-old will be given to his cousin\'s son. The girl cries every day. Who do I contact?'],
    ['en', 'Reception centre staff here. The uncle says they will give her to his nephew soon, she is 14. What do we do?'],
  ] as const)('a young girl to be "given to" a relative\'s son: the card first, no "did you mean", then child welfare (%s)', async (lang, message) => {
    const view = await emergencyOf(lang, message);
    expect(view.emergency).toBe(true);
    expect(view.cards[0]?.kind).toBe('emergency');
    expect(view.didYouMean).toBe(false);
    expect(containsFact(view.texts, ['child welfare', 'barnevern'])).toBe(true);
  });
});

// (was duty-threat-condition.test.ts)

/**
 * Session 19 (the lead's own probe messages, none from an evaluation set): a threat told with its own condition ("her
 * brother threatens that if she goes to work he will beat her") inside a duty question is a case at hand, so the
 * emergency numbers come first — the "if" is the threat's, not the asker's supposition (concept harmIf,
 * src/understanding/danger-reader.ts NOT_SUPPOSED). A duty question that supposes the case ("if a pupil tells me her
 * brother threatens her, must I notify?") stays advice on the duty, in every language, and is not read as a young
 * person's own story when it names the person it is about (src/understanding/understand.ts dutyAboutSomeone).
 * Also (after the development set general-blind-44 showed the classes; these sentences are our own): a person afraid
 * beside being sent to a country abroad, whatever her age (rule scared-trip-abroad-someone); "she'll regret it" said by
 * her family as a threat, in ten languages; an adult pressed to marry a man she never met (a case, with the "112 if
 * acute" line); a passport or bank card taken (fa); a cutting suspected for a child named with her age, asked as a duty.
 */

describe('conversation: a threat told with its own "if" in a duty question', () => {
  const { chat } = oneAppPerFile();

  const AT_HAND: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Jeg jobber på NAV. En jente på 16 fortalte at faren truer med at hvis hun tar jobben, så slår han henne. Må jeg melde til barnevernet?'],
    ['nn', 'Ei jente på 15 seier at broren trugar henne med at viss ho går på festen, slår han henne. Har eg plikt til å melde?'],
    ['en', 'I work at a health station. A 17-year-old told me her uncle threatens that if she keeps seeing her boyfriend he will hurt her. Do I have to tell child welfare?'],
    ['ru', 'Я работаю в NAV. Девушка 17 лет рассказала, что отец угрожает, что если она пойдёт учиться, он её изобьёт. Обязан ли я сообщить в barnevernet?'],
    ['uk', 'Я вчителька. Учениця 15 років каже, що брат погрожує, що якщо вона піде на вечірку, він її поб\'є. Чи мушу я повідомити barnevernet?'],
    ['fa', 'من در مدرسه کار می کنم. دختری ۱۶ ساله گفت برادرش تهدید می کند که اگر با دوستانش بیرون برود او را می زند. آیا باید به barnevernet خبر بدهم؟'],
  ];

  it.each(AT_HAND)('%s: the emergency numbers first', emergencyIs(chat, true));

  const SUPPOSED: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Hvis en elev forteller at broren truer henne, må jeg da melde fra til barnevernet?'],
    ['en', 'Hypothetically, if a pupil says her father threatens her, do I have a duty to report it?'],
    ['ru', 'Если ученица расскажет, что брат ей угрожает, должен ли я сообщить в barnevernet?'],
  ];

  it.each(SUPPOSED)('%s: a supposed case gets the duty, no emergency card by the rules', (lng, message) =>
    replyTo(chat, lng, message, (reply) => {
      const view = seen(reply);
      expectCalmByTheRules(view, message, lng);
      expect(view.texts.join('\n')).toMatch(/barnevern/iu);
    }));
});

describe('conversation: danger told in details to a front-line service (session 19)', () => {
  const { chat } = oneAppPerFile();

  const DANGER: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Jeg er helsesykepleier. En jente i 9. klasse sier at foreldrene skal sende henne til Pakistan i sommer, og hun virker livredd. Hva gjør jeg?'],
    ['nn', 'Eg er lærar. Ei elev seier at ho skal sendast til Somalia, og ho verkar livredd. Kva gjer eg?'],
    ['en', "I'm a nurse. A woman (29) says her husband will send her to Iraq to stay with his parents, and she is terrified. Who can advise me?"],
    ['en', "A client at NAV (26) told me her brothers said she'll regret it if she moves in with her boyfriend. Who can I call for advice?"],
    ['nb', 'En deltaker på introprogrammet (22) sier familien har sagt at hun skal få angre hvis hun fortsetter på kurset. Hvem kan gi oss råd?'],
    ['ru', 'Моя клиентка (24) говорит, что братья сказали: она пожалеет об этом, если уйдёт из дома. Куда обратиться за советом?'],
    ['en', 'A student (20) says her parents are pressuring her to marry a cousin she has never met. Who can help her?'],
    ['fa', 'من مددکار هستم. یک زن ۲۸ ساله می گوید شوهرش پاسپورت و مدارک و کارت بانکی اش را گرفته است. از کی مشاوره بگیرم؟'],
    ['nb', 'Har helsestasjonen meldeplikt hvis vi mistenker at ei jente på 4 år skal omskjæres når familien reiser?'],
  ];

  it.each(DANGER)('%s: %s — the emergency numbers on top', emergencyIs(chat, true));

  const CALM: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Har barnehagen plikt til å melde hvis vi mistenker at et barn skal kjønnslemlestes?'],
    ['en', "She's terrified it will get back to her parents that she talked to me. Is the Red Cross line anonymous?"],
    ['en', "You won't regret it if you call them, they are really nice. What are their opening hours?"],
    ['nb', 'Eleven virker redd for muntlig eksamen i engelsk. Hvordan kan vi hjelpe?'],
  ];

  it.each(CALM)('%s: %s — no emergency card', emergencyIs(chat, false));
});

describe('conversation: a person already taken abroad, even asked as "what if" (session 19)', () => {
  const { chat } = oneAppPerFile();

  const TAKEN: ReadonlyArray<readonly [Lang, readonly string[]]> = [
    ['en', ['Which envoy covers Iraq?', 'and if she has already been taken there?']],
    ['ru', ['Кто отвечает за Россию?', 'а если девочку уже увезли в Чечню?']],
    ['nb', ['En elev på 15 har allerede blitt sendt til Somalia og kommer ikke på skolen. Hva gjør vi?']],
    ['pl', ['Uczennica (15) została już wywieziona do Pakistanu i nie wróciła do szkoły. Co robić?']],
    ['tr', ["15 yaşındaki öğrencimiz geçen ay Türkiye'ye götürüldü ve okula dönmedi. Ne yapmalıyız?"]],
  ];

  it.each(TAKEN)('%s: %j — the emergency numbers on the last answer', async (lng, turns) => {
    const replies = await talk(chat({ locale: LOCALE_OF[lng] }), ...turns);
    expect(replies).toHaveLength(turns.length);
    expect(seen(replies[turns.length - 1]!).emergency).toBe(true);
  });

  it.each([['ru', 'Какое посольство помогает, если девушку из Чечни увезли в Турцию?']] as const)(
    '%s: "if a girl was taken to Turkey, which embassy?" is a procedure question, no emergency card (%s)',
    emergencyIs(chat, false),
  );
});

describe('conversation: danger read after the held-back sets of session 19 (their classes, our own sentences)', () => {
  const { chat } = oneAppPerFile();

  const DANGER: ReadonlyArray<readonly [Lang, string]> = [
    ['en', 'Our consulate got a call from a 16-year-old Norwegian in Mogadishu who wants help to get home. Who do we involve in Norway?'],
    ['nb', 'Niesa mi (15) har vært hos besteforeldrene i Irak siden jul, og nå sier de at hun ikke skal hjem igjen. Hva gjør vi?'],
    ['nb', 'En elev ville ikke gå hjem etter skolen i dag og gråt hele siste time. Hva gjør jeg?'],
    ['ar', 'جارتي عمرها 30 سنة، أهلها وهددوها إذا تركت زوجها. من يمكنه مساعدتها؟'],
    ['ar', 'صديقتي بدها تطلق، وأخوها قال رح يخلصوا منها. شو بعمل؟'],
    ['ti', 'ኣብ ክፍልና ዘላ ጓል 16 ዓመት ስድራኣ መርዕውዋ። እንታይ ክንገብር ኣሎና፧'],
  ];

  it.each(DANGER)('%s: %s — the emergency numbers on top', emergencyIs(chat, true));

  it.each([['ar', 'هل مسموح الختان في النرويج؟']] as const)('%s: "is it allowed in Norway?" about a harm stays a general question (%s)', emergencyIs(chat, false));
});

describe('conversation: a person never left alone with staff (session 19, concept guarded)', () => {
  const { chat } = oneAppPerFile();

  const GUARDED: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Jeg er jordmor. En gravid kvinne på 24 kommer alltid med svigermor, som ikke lar henne snakke med meg alene. Hvem kan jeg rådføre meg med?'],
    ['en', "I'm a GP. The husband of a 28-year-old patient won't let her talk to me alone. Who can advise me?"],
    ['ru', 'Я медсестра. Пациентку 23 лет муж ни на минуту не оставляет её одну. К кому обратиться?'],
    ['tr', 'Hemşireyim. 25 yaşındaki hastayı ailesi hiç yalnız bırakmıyor. Kime danışabilirim?'],
  ];
  it.each(GUARDED)('%s: %s — a case, with the "112 if acute" line on top', emergencyIs(chat, true));

  const CALM: ReadonlyArray<readonly [Lang, string]> = [['en', 'What are the signs of control? For example when a patient is never left alone with the doctor?']];
  it.each(CALM)('%s: %s — a general question, no emergency card', emergencyIs(chat, false));
});

describe('conversation: a person to be sent "home" by others, the country unnamed (session 20, concepts sentHome, homeFrom)', () => {
  const { chat } = oneAppPerFile();

  const SENT_HOME: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Vi er en barnehage. Faren til en jente sier at kona skal sendes hjem etter jul, og at datteren blir med. Hva gjør vi nå?'],
    ['nn', 'Ei mor på norskkurset seier at svigerfamilien vil sende ho heim, og at borna skal bli verande her. Kven kan vi spørje?'],
    ['en', 'One of our mums told the staff her husband says she is being sent back home and the children go with her. What should we do?'],
    ['en', 'A woman in our language class says her in-laws keep saying they will send her home if she gets a job. Who can advise us?'],
    ['uk', 'Я працюю в школі. Мама учня каже, що чоловік відправить її додому, а сина залишить тут. Що нам робити?'],
    ['tr', 'Okulda çalışıyorum. Bir öğrencimizin annesi, kocasının onu memleketine geri göndereceğini söyledi. Kimi aramalıyız?'],
    ['so', 'Waxaan ka shaqeeyaa dugsiga. Hooyo ayaa noo sheegtay in ninkeeda uu doonayo in dalkii loo celin doono. Yaan la xiriirnaa?'],
  ];
  it.each(SENT_HOME)('%s: %s — the emergency numbers on top', emergencyIs(chat, true));

  const SCHOOL_HOME: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'En gutt i 3. klasse ble sendt hjem med feber i dag. Skal vi melde det noe sted?'],
    ['nn', 'Ho vart send heim frå skulen i går fordi ho var sjuk. Må eg ringje nokon?'],
    ['en', 'We sent a pupil home sick this morning. Do I need to tell anyone?'],
  ];
  it.each(SCHOOL_HOME)('%s: %s — sent home from school or sick: no emergency card by the rules', (lng, message) =>
    replyTo(chat, lng, message, (reply) => expectCalmByTheRules(seen(reply), message, lng)));
});

describe('conversation: "police or child welfare first?" and "may we share this?" are duty questions (session 20)', () => {
  const { chat } = oneAppPerFile();

  // Own phrasings. A choice between the two services a duty runs to, or whether the asker may share what she heard, asks
  // what the duty is and in what order: the duty article (which names Kompetanseteamet for advice in the case), not a
  // list of the two services "you asked for".
  const ORDER: ReadonlyArray<readonly [Lang, string, RegExp]> = [
    ['en', 'We run an after-school club. A 15-year-old told us her parents have found her a husband and the wedding is in August. Should we go to the police or child welfare, and can we share this without her consent?', /duty to notify|duty to avert/iu],
    ['nb', 'Jobber i SFO. Ei jente på 12 sier at storesøstera (17) skal giftes bort etter sommeren. Skal vi gå til barnevernet eller politiet, og har vi lov til å dele dette?', /opplysningsplikt|avverg/iu],
    ['nn', 'Eg er lærar. Ein elev på 14 seier at faren har lova henne bort til ein fetter. Skal vi gå til politiet eller barnevernet, og har vi lov til å dele dette?', /opplysningsplikt|avverj/iu],
  ];
  it.each(ORDER)('%s: %s — the emergency numbers, then the duty with Kompetanseteamet', (lng, message, duty) =>
    replyTo(chat, lng, message, (reply) => {
      const view = seen(reply);
      expect(view.emergency).toBe(true);
      const text = view.texts.join('\n');
      expect(text).toMatch(duty);
      expect(text).toMatch(/Kompetanseteamet/u);
    }));

  // A sister's age written after her ("storesøsteren (16)") makes her a minor in nb and nn as "søster 16" did.
  it.each([
    ['nb', 'Faren til en av barna i barnehagen sa at storesøsteren (16) skal hjem etter eksamen for å gifte seg. Hva gjør vi?'],
    ['nn', 'Far til ein av ungane sa at storesystera (15) skal heim etter eksamen for å gifte seg. Kva gjer vi?'],
  ] as const)('%s: %s — a minor to be married: the emergency numbers on top', emergencyIs(chat, true));
});

describe('conversation: danger told by a front-line professional about someone in their care (session 21, general-blind-50 classes, our own sentences)', () => {
  const { chat } = oneAppPerFile();

  // A mother's own cutting long past and "the same" to be done to her daughter (concept sameDone, rule
  // past-cutting-same-done); a young child telling that the father hits the mother; a veiled threat of brothers or a
  // father "sorting it out"; afraid to go home with a word between (pl); "sent away for good" after the threat's own "if".
  const DANGER: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Jeg er helsesykepleier. Mora sier hun selv er omskåret og at mormoren mener jenta må gjennom det samme når de drar hjem.'],
    ['nn', 'Eg er jordmor. Mora er sjølv omskoren, og svigermora seier at vesla skal gjennom det same på ferien.'],
    ['en', 'Health visitor here. The mother says she was cut herself and the grandmother thinks the baby must go through the same when they travel home.'],
    ['pl', 'Jestem pielęgniarką. Matka jest sama obrzezana, a teściowa mówi, że mała musi przejść to samo, gdy pojadą do domu.'],
    ['en', "I'm a kindergarten teacher. A 4-year-old told us that daddy hits mummy when she goes out alone."],
    ['nb', "Jeg er fastlege. En jente på 16 ba om en jomfruattest, ellers vil brødrene 'ordne opp'."],
    ['en', 'I work on a hospital ward. A 17-year-old patient says her brothers will sort her out if the family hears about her boyfriend.'],
    ['pl', 'Jestem lekarką na oddziale. Pacjentka, 16 lat, boi się dziś wrócić do domu, bo ojciec widział ją z chłopakiem.'],
    ['en', 'A pupil told me her uncle said that if she refuses the marriage, they will send her away for good.'],
    // The threat's own "if" in Somali ("haddii aad …, waan …": if you …, I will …).
    ['so', 'Waxaan ka shaqeeyaa dugsi. Gabadha waxay tiri aabbaheed wuxuu ku hanjabay: haddii aad diiddo guurka, waan ku garaacayaa.'],
  ];
  it.each(DANGER)('%s: %s — the emergency numbers on top', emergencyIs(chat, true));

  // Calm twins: a mother's own cutting with her daughter said to be spared; a child visiting her grandparents.
  const CALM: ReadonlyArray<readonly [Lang, string]> = [
    ['en', 'Health visitor here. The mother was cut herself and says her baby will never go through the same. How do I support her?'],
    ['nb', 'Jeg er jordmor. Mora er selv omskåret, og hun sier datteren aldri skal gjennom det samme. Hvordan kan jeg støtte henne?'],
    ['en', "I'm a midwife. A mother told me her little girl will visit her grandparents in Sudan in July. How do I talk with the family about the trip?"],
    // The asker's own "if" in Somali: a duty supposed, not a threat told.
    ['so', 'Haddii arday ay sheegto in walaalkeed uu u hanjabo, ma waajib baa inaan u sheego barnevernet?'],
  ];
  it.each(CALM)('%s: %s — no emergency card by the rules', (lng, message) =>
    replyTo(chat, lng, message, (reply) => expectCalmByTheRules(seen(reply), message, lng)));
});
