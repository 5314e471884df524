import type { Activity } from 'botbuilder';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { isEmergencyReply, readEmergencyReply } from '../helpers/emergency-reply';
import { oneAppPerFile } from '../helpers/test-app';
import { NO_REPLY_WAIT_MS, talk } from '../helpers/replies';

/**
 * Two needs in one message (issue #13): every part answered, in one turn, through the real bot. One app for the file
 * (test/helpers/test-app.ts, oneAppPerFile); a describe per class, each the former file named in its first line.
 */

// (was two-needs-conversation.test.ts)
describe('conversation: two questions in one message get an answer each, in one turn', () => {
  function cardText(activity: Partial<Activity>): string {
    const attachment = activity.attachments?.[0];
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    return JSON.stringify(attachment?.content);
  }

  const { chat } = oneAppPerFile();

  it('"how many cases did the envoys have, and who covers Ethiopia?": the figure, then Nairobi; "and Somalia?" follows the last', async () => {
    await chat({ locale: 'en-US' })
      .send('how many cases did the envoys have, and who covers Ethiopia?')
      .assertReply((reply) => expect(cardText(reply)).toMatch(/envoy/i))
      .assertReply((reply) => expect(cardText(reply)).toContain('Nairobi'))
      .send('and Somalia?')
      .assertReply((reply) => expect(cardText(reply)).toContain('Nairobi'))
      .assertNoReply('no further reply', NO_REPLY_WAIT_MS)
      .startTest();
  });

  it('"hva er negativ sosial kontroll og hvem kan jeg ringe?": the article, then who to call', async () => {
    await chat()
      .send('hva er negativ sosial kontroll og hvem kan jeg ringe?')
      .assertReply((reply) => expect(cardText(reply)).toMatch(/[Nn]egativ sosial kontroll/))
      .assertReply((reply) => expect(cardText(reply)).toContain('478 09 050'))
      .startTest();
  });

  it('"Який номер поліції для неекстрених випадків і який номер швидкої допомоги?": 02800 and 113', async () => {
    await chat({ locale: 'uk-UA' })
      .send('Який номер поліції для неекстрених випадків і який номер швидкої допомоги?')
      .assertReply((reply) => expect(cardText(reply)).toContain('02800'))
      .assertReply((reply) => expect(cardText(reply)).toContain('113'))
      .startTest();
  });

  // The closing question "is there a number she can call herself?" asks whom to call, as the whole message does: it
  // gets the whole's plan (she is 34: the lines for adults), not the contact of the article asked before it.
  it("a story's closing question with two needs: the article, then the lines a grown-up can call herself", async () => {
    await chat()
      .send('Jeg er veileder i NAV. En bruker på 34 forteller at mannen har bankkortet hennes og bestemmer hvem hun får treffe. Er dette negativ sosial kontroll, og finnes det et nummer hun selv kan ringe?')
      .assertReply((reply) => expect(cardText(reply)).toMatch(/[Nn]egativ sosial kontroll er/))
      .assertReply((reply) => {
        const text = cardText(reply);
        // The anonymous line, VO-linjen, then Kompetanseteamet (people over 18 may call it themselves); not the children's line first.
        expect(text.indexOf('815 55 201')).toBeGreaterThanOrEqual(0);
        expect(text.indexOf('815 55 201')).toBeLessThan(text.indexOf('116 006'));
        expect(text.indexOf('116 006')).toBeLessThan(text.indexOf('478 09 050'));
        expect(text).not.toContain('116 111');
      })
      .startTest();
  });

  it('one question with an "og" in it stays one answer', async () => {
    await chat()
      .send('Hva er telefonnummeret til Kompetanseteamet og når er de åpne?')
      .assertReply((reply) => expect(cardText(reply)).toContain('478 09 050'))
      .assertNoReply('no further reply', NO_REPLY_WAIT_MS)
      .send('Hva er nummeret til Alarmtelefonen for barn og unge?')
      .assertReply((reply) => expect(cardText(reply)).toContain('116'))
      .assertNoReply('no further reply', NO_REPLY_WAIT_MS)
      .startTest();
  });

  it('a danger turn puts both answers behind buttons in the one emergency card', async () => {
    await chat()
      .send('hvem dekker Irak og hvem dekker Somalia når faren truer med å drepe henne?')
      .assertReply((reply) => {
        expect(isEmergencyReply(reply)).toBe(true);
        const view = readEmergencyReply(reply);
        expect(view.answers.length).toBeGreaterThanOrEqual(2);
        expect(JSON.stringify(view.answers)).toContain('Amman');
        expect(JSON.stringify(view.answers)).toContain('Nairobi');
      })
      .assertNoReply('no further reply', NO_REPLY_WAIT_MS)
      .startTest();
  });
});

// (was two-needs-every-part.test.ts)
/**
 * Two needs in one message get every part answered (issue #13, point 2): what a person sees after one message, through
 * the real bot. Each case names a class, in more than one language; the facts are the domain's (domain.md §2, §3, §12).
 */
describe('conversation: every part of a message with two needs is answered', () => {
  const runner = conversationRunnerPerFile();

  /** [language, message, facts the reply shows (each a list of spellings)]. */
  const CASES: ReadonlyArray<readonly [Lang, string, readonly (readonly string[])[]]> = [
    // A country's envoy and the envoys' cases, when the whole message reads as the cases from that country.
    ['pl', 'Kto odpowiada za Irak i ile spraw mieli specjalni wysłannicy w 2023 roku?', [['Amman'], ['245']]],
    ['ti', 'ንዒራቕ ዝሓላፍነት ዘለዎ ፍሉይ ልኡኽ መን እዩ፧ ልኡኻት ኣብ 2023 ክንደይ ጉዳያት ነይሮምዎም፧', [['Amman', 'ዓማን'], ['245']]],
    // … or as their cases by embassy, from the envoy asked about; a country under a region ("other African countries").
    ['en', 'Which embassy envoy deals with Eritrea? Also, total cases for the envoys in 2023?', [['Nairobi'], ['245']]],
    // The children's line, and the one for adults.
    ['nb', 'Hva er nummeret til Alarmtelefonen, og finnes det noe tilsvarende for voksne?', [['116 111'], ['116 006']]],
    ['en', "What's the children's helpline number and the line for adults?", [['116 111'], ['116 006']]],
    ['ru', 'Какой номер Alarmtelefonen для детей и какой номер для взрослых?', [['116 111'], ['116 006']]],
    ['ar', 'ما هو خط المساعدة للبالغين وما هو خط الأطفال؟', [['116 006'], ['116 111']]],
    // A line's number, and whether one must give one's name.
    ['nb', 'Hva er nummeret til Røde Kors-telefonen, og må jeg si hvem jeg er?', [['815 55 201'], ['anonym']]],
    ['en', 'Red Cross phone number please, and do I have to give my name?', [['815 55 201'], ['anonymous']]],
    // Two emergency services asked calmly.
    ['ti', 'ቍጽሪ ኣምቡላንስን ፖሊስን እንታይ እዩ፧', [['113'], ['112']]],
    ['so', 'Waa maxay lambarka ambalaaska iyo lambarka booliska?', [['113'], ['112']]],
    // What tells two services apart, and one's number: no comparison of figures.
    ['nb', 'Hva er forskjellen mellom mangfoldsrådgiverne og Kompetanseteamet, og hvilket nummer har Kompetanseteamet?', [['skole'], ['478 09 050']]],
    // A service's figure, then its contact details asked with a pronoun.
    ['nb', 'Hvor mange saker hadde Kompetanseteamet i 2022, og hva er telefonnummeret deres?', [['891'], ['478 09 050']]],
    ['ru', 'Сколько заданий было у экспертной команды в 2023 году и как с ними связаться?', [['63'], ['post@imdi.no']]],
    // Where a teenager can read, and an anonymous line.
    ['nn', 'Kvar kan ungdom lese om negativ sosial kontroll, og finst det ei anonym linje?', [['Nora'], ['815 55 201']]],
  ];

  it.each(CASES)('%s: %s', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });
});

// (was two-needs-combined-parts.test.ts)
/**
 * Two needs in one message, where the parts meet in one plan or one part leans on the one before (issue #13, session
 * 19): what a person sees after one message, through the real bot. The sentences are this file's own, in several
 * languages; none is in the evaluation sets. The facts are the domain's (domain.md §1, §3, §5, §12).
 */
describe('conversation: two needs whose parts meet in one answer', () => {
  const runner = conversationRunnerPerFile();

  /** The lines a parent may call (Røde Kors-telefonen, VO-linjen, SEIF), and the children's line. */
  const PARENT_LINES = ['815 55 201', '116 006', '22 03 48 30'];
  const CHILDRENS_LINE = ['116 111'];
  const ANONYMOUS_LINE = ['815 55 201'];
  const SITES = ['Nora', 'imdi.no/nora', 'ung.no'];
  const TRAINS = ['post@imdi.no'];
  const ADVISES = ['478 09 050'];

  /** [language, message, facts the reply shows (each a list of spellings)]. */
  const CASES: ReadonlyArray<readonly [Lang, string, readonly (readonly string[])[]]> = [
    // Help for the parent asking, and a line the child may call: read whole, the asker's "I" made the parent the caller.
    ['uk', 'Моєму синові 13, батько перевіряє його телефон. Де я як мати можу отримати пораду, і куди може зателефонувати сам син?', [PARENT_LINES, CHILDRENS_LINE]],
    ['pl', 'Mój syn ma 14 lat i wujek ciągle go kontroluje. Gdzie ja jako ojciec mogę dostać poradę i gdzie może zadzwonić syn?', [PARENT_LINES, CHILDRENS_LINE]],
    ['tr', 'Oğlum 13 yaşında, amcası onu sürekli izliyor. Bir baba olarak nereden destek alabilirim, oğlum kimi arayabilir?', [PARENT_LINES, CHILDRENS_LINE]],
    // An anonymous line, and where young people read about it online: the sites beside the line.
    ['en', 'Is there a phone line where you can stay anonymous, and where can teenagers read about honour-related control online?', [ANONYMOUS_LINE, SITES]],
    ['ru', 'Есть ли анонимная горячая линия о негативном социальном контроле? И где молодёжь может почитать об этом в интернете?', [ANONYMOUS_LINE, SITES]],
    // The advisers' former name, and how many there are: "them" is the service the part before names.
    ['en', 'What did the diversity advisers use to be called, and how many of them are there today?', [['minority adviser', 'minoritetsrådgiver'], ['59']]],
    ['uk', 'Як раніше називали mangfoldsrådgivere і скільки їх є зараз?', [['minoritetsrådgiver', 'радники з питань меншин'], ['59']]],
    // The advisers' count, and where to find an adviser's number, the service named again.
    ['ar', 'كم عدد مستشاري التنوع؟ وأين أجد رقم هاتف المستشار في المدرسة؟', [['59', '٥٩'], ['imdi.no']]],
    ['so', 'Immisa mangfoldsrådgiver ayaa jira, xaggeese ka helaa lambarka la-taliyaha?', [['59'], ['imdi.no']]],
    // Advice in a case and training for the staff: Kompetanseteamet and IMDi's expert team.
    ['en', 'Who could run a training day for our teachers, and who advises us on a case we are handling?', [ADVISES, TRAINS]],
    ['nn', 'Vi treng rettleiing i ei konkret sak og eit kurs for personalet. Kven kan hjelpe oss?', [ADVISES, TRAINS]],
    ['uk', 'Хто може провести навчання для працівників і до кого звернутися по пораду в конкретній справі?', [ADVISES, TRAINS]],
    // ... and "where do we call when we have an actual case" as the advice half (session 19, the lead's own sentences).
    ['en', 'Who can run a workshop for our staff on honour-related violence, and who do we call when we have an actual case?', [ADVISES, TRAINS]],
    ['nb', 'Hvem kan holde kurs for oss om negativ sosial kontroll, og hvor ringer vi når vi står i en konkret sak?', [ADVISES, TRAINS]],
    // Who trains the staff, asked "who runs training", and where pupils can read.
    ['pl', 'Kto prowadzi szkolenia dla nauczycieli o kontroli społecznej? I gdzie uczniowie mogą o tym poczytać w internecie?', [TRAINS, SITES]],
    // Two contacts named by what they are: "phone no." is a number; the 24-hour line for Norwegians abroad is UD's.
    ['en', 'Could I have the phone no. for SEIF and the email for Kompetanseteamet?', [['22 03 48 30'], ['kompetanseteamet@bufdir.no']]],
    ['en', 'I need the 24-hour number for Norwegians in trouble abroad and the police number for non-urgent matters', [['23 95 00 00'], ['02800']]],
    ['en', "Nurse here. What's VO-linjen's number? And is there a team that trains hospital staff on FGM?", [['116 006'], TRAINS]],
  ];

  it.each(CASES)('%s: %s', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });
});

// (was two-needs-figure-and-contact.test.ts)
/**
 * A published figure and a contact in one message (issue #13, "answer every part"): the figure's card and the
 * contact's, in one reply, whether the contact is asked with a question mark or not, after a story or not, for the
 * same service or another. The facts are the domain's (domain.md §1, §2, §3, §12; Bufdir's published case counts).
 */
describe('conversation: a figure and a contact asked together are both answered', () => {
  const runner = conversationRunnerPerFile();

  /** [language, message, facts the reply shows (each a list of spellings)]. */
  const CASES: ReadonlyArray<readonly [Lang, string, readonly (readonly string[])[]]> = [
    // The contact asked after the figure's question mark, without a mark of its own.
    ['nb', 'Hvor mange saker fikk Kompetanseteamet i 2021? Og hva er e-posten deres', [['759'], ['kompetanseteamet@bufdir.no']]],
    ['nn', 'Kor mange saker hadde Kompetanseteamet i 2016? Gi meg òg telefonnummeret', [['597'], ['478 09 050']]],
    ['en', 'How many cases did Kompetanseteamet get in 2022? And their phone number please', [['891'], ['478 09 050']]],
    ['ru', 'Сколько дел было у Kompetanseteamet в 2021 году? И телефон у них какой', [['759'], ['478 09 050']]],
    // … with the conjunction or the possessive written onto the word ("ورقم هاتفهم", "تلفنشان").
    ['ar', 'كم عدد حالات فريق الكفاءات (Kompetanseteamet) في 2022؟ ورقم هاتفهم', [['891'], ['478 09 050']]],
    ['fa', 'Kompetanseteamet در سال ۲۰۲۱ چند پرونده داشت؟ و تلفنشان', [['759', '۷۵۹'], ['478 09 050', '۴۷۸ ۰۹ ۰۵۰']]],
    // A story that closes with the figure's question and a request for the contact.
    [
      'nb',
      'Jeg er rektor på en videregående skole. Vi skal lage en plan mot negativ sosial kontroll, og styret ber om tall. Hvor mange saker hadde Kompetanseteamet i 2022? Legg også ved telefonnummeret deres',
      [['891'], ['478 09 050']],
    ],
    [
      'en',
      'I am a school nurse and our team is writing a short brief for the municipality about honour-related violence. Last year we had one case that is now closed. How many cases did Kompetanseteamet have in 2021? Also send me their e-mail address',
      [['759'], ['kompetanseteamet@bufdir.no']],
    ],
    // … and a story whose closing questions come after a wish that is no question of its own.
    [
      'en',
      "I'm a diversity adviser preparing a staff meeting. I'd like to show the bigger picture and I can't find the report. How many cases did the special envoys have in 2023? And what is the e-mail for IMDi's expert team?",
      [['245'], ['post@imdi.no']],
    ],
    // One service's figure and another service's contact, which the whole message reads as a comparison.
    ['nn', 'Kor mange oppdrag hadde spesialutsendingane i 2023? Og kva er e-postadressa til fagteamet i IMDi', [['15'], ['post@imdi.no']]],
    ['uk', 'Скільки справ мали спеціальні посланці у 2023 році? А яка електронна адреса фахової команди IMDi?', [['245'], ['post@imdi.no']]],
    // The envoy's post named in the writer's script, beside the envoys' count.
    ['ru', 'Посланник по-прежнему сидит в Анкаре? И сколько дел было у посланников в 2023 году?', [['Ankara', 'Анкар'], ['245']]],
    // The school's adviser and the anonymous line, from a parent who names the child's first school year.
    ['ar', 'ابنتي في الصف الأول. أريد رقم مستشار التنوع في مدرستها، وكمان رقم خط الصليب الأحمر بدون ذكر اسمي', [['imdi', 'IMDi'], ['815 55 201']]],
  ];

  it.each(CASES)('%s: %s', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });
});

// (was two-needs-figure-contact-youth-site.test.ts)
describe('conversation: a figure beside another service\'s contact, and a contact beside the youth site', () => {
  /** Every card of the turn as one string (each reply's first attachment). */
  function turnText(replies: readonly Partial<Activity>[]): string {
    return replies.map((reply) => JSON.stringify(reply.attachments?.[0]?.content ?? reply.text ?? '')).join('\n');
  }

  const { chat } = oneAppPerFile();

  /** Sends one message and returns the text of its `count` replies. */
  async function turn(message: string, locale: string, count: number): Promise<string> {
    const replies: Partial<Activity>[] = [];
    let flow = chat({ locale }).send(message);
    for (let i = 0; i < count; i++) flow = flow.assertReply((reply) => void replies.push(reply));
    await flow.startTest();
    return turnText(replies);
  }

  it('"Kompetanseteamet\'s cases in 2022, and the envoys\' e-mail": the figure for Kompetanseteamet and the envoys\' contact, not one comparison', async () => {
    const text = await turn('Hvor mange saker hadde Kompetanseteamet i 2022, og hva er e-postadressen til spesialutsendingene?', 'nb-NO', 2);
    expect(text).toContain('891');
    expect(text).toMatch(/[Ss]pesialutsending/);
  });

  it('"the expert team\'s assignments in 2023, and Kompetanseteamet\'s phone": the figure, then the number', async () => {
    const text = await turn("how many assignments did IMDi's expert team carry out in 2023, and what's the phone number of Kompetanseteamet?", 'en-US', 2);
    expect(text).toContain('63');
    expect(text).toContain('478 09 050');
  });

  it.each([
    ['nb', 'nb-NO', 'hva er nummeret til Alarmtelefonen, og hvor kan ungdommene selv lese mer om dette?', '116 111'],
    ['pl', 'pl-PL', 'jaki jest e-mail do Kompetanseteamet i gdzie uczniowie mogą sami o tym poczytać?', 'kompetanseteamet@bufdir.no'],
    ['en', 'en-US', "what's Kompetanseteamet's e-mail, and where can teenagers read up on this on their own?", 'kompetanseteamet@bufdir.no'],
  ])('%s: a service\'s contact, and where young people can read about it themselves (Nora)', async (_lang, locale, message, contact) => {
    const text = await turn(message, locale, 2);
    expect(text).toContain(contact);
    expect(text).toContain('Nora');
  });

  it('the youth site asked on its own is still Nora', async () => {
    const text = await turn('kvar kan elevane sjølve lese meir om negativ sosial kontroll?', 'nn-NO', 1);
    expect(text).toContain('Nora');
  });

  it.each([
    ['nb-NO', '1) hva er nummeret til Alarmtelefonen 2) hvor mange saker hadde Kompetanseteamet i 2022?', ['116 111', '891']],
    ['en-US', "(1) what is the e-mail of IMDi's expert team (2) how many envoys are there?", ['post@imdi.no', 'Nairobi']],
  ])('%s: a numbered list on one line is a list of questions, each answered', async (locale, message, facts) => {
    const text = await turn(message, locale, 2);
    for (const fact of facts) expect(text).toContain(fact);
  });

  it('tr: "where can we get … training for our staff", beside another service\'s number: who trains staff, and the number', async () => {
    const text = await turn("Zorla evlilik konusunda ekibimiz için eğitimi nereden alabiliriz, ve Alarmtelefonen'in numarası ne?", 'tr-TR', 2);
    expect(text).toContain('post@imdi.no');
    expect(text).toContain('116 111');
  });
});

// (was two-contacts-conversation.test.ts)
/**
 * Issue #13: a message asking for two contacts at once (a service and a line; a line for the person and advice for the
 * staff) gets both, in the one turn. Own phrasings, several languages.
 */
describe('conversation: two contacts asked at once are both answered', () => {
  const { chat } = oneAppPerFile();

  /** The answer's card as text (one contact card lists both). */
  const replies = async (text: string, locale: string): Promise<string> => {
    const [got] = await talk(chat({ locale }), text);
    return JSON.stringify(got?.attachments?.map((x) => x.content) ?? []);
  };

  it('Kompetanseteamet by name and a free line for women (nb): 478 09 050, then the Red Cross line and VO-linjen', async () => {
    const text = await replies('Kan du gi meg nummeret til Kompetanseteamet? Og har dere en gratis telefonlinje for kvinner som trenger noen å snakke med?', 'nb-NO');
    expect(text).toContain('478 09 050');
    expect(text).toContain('815 55 201');
    expect(text.indexOf('478 09 050')).toBeLessThan(text.indexOf('815 55 201'));
  });

  it('Kompetanseteamet and a free line (pl): both numbers', async () => {
    const text = await replies('Poproszę numer do Kompetanseteamet. Czy istnieje też darmowa linia dla kobiet, które chcą z kimś porozmawiać?', 'pl-PL');
    expect(text).toContain('478 09 050');
    expect(text).toMatch(/815 55 201|116 006/);
  });

  it("the children's number and advice for staff (en): Alarmtelefonen and Kompetanseteamet", async () => {
    const text = await replies('Quick one from an after-school club: what is the number for kids who have a tough time at home, and where do we as staff turn for advice on honour-related control?', 'en-US');
    expect(text).toContain('116 111');
    expect(text).toContain('478 09 050');
  });

  it("the children's number and advice for staff (ru): Alarmtelefonen and Kompetanseteamet", async () => {
    const text = await replies('Подскажите телефон для детей, которым тяжело в семье. И где нам как сотрудникам школы получить консультацию по вопросам контроля в семье?', 'ru-RU');
    expect(text).toContain('116 111');
    expect(text).toContain('478 09 050');
  });

  it('an anonymous line for a resident and advice for the staff (nb, "hvem ringer vi?"): the Red Cross line and Kompetanseteamet', async () => {
    const text = await replies('En kvinne som bor hos oss vil prate anonymt med noen om familien sin, og vi som ansatte vil gjerne ha råd. Hvem ringer vi?', 'nb-NO');
    expect(text).toContain('815 55 201');
    expect(text).toContain('478 09 050');
  });

  it("someone at school and a number for young people (en, a parent): Alarmtelefonen and the school's diversity adviser", async () => {
    const text = await replies('I am a dad. Who can my son speak with at school about the pressure he gets from relatives? Also, is there a phone number for children and teens?', 'en-US');
    expect(text).toContain('116 111');
    expect(text).toMatch(/[Dd]iversity adviser/);
  });
});

// (was contact-beside-another-need.test.ts)
describe('conversation: a plain contact question beside another need gets its own answer (issue #13, kind 1)', () => {
  function cardText(activity: Partial<Activity>): string {
    const attachment = activity.attachments?.[0];
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    return JSON.stringify(attachment?.content);
  }

  const { chat } = oneAppPerFile();

  it('"who advises kindergartens on FGM, and the police number when it is not urgent": Kompetanseteamet, then 02800', async () => {
    await chat()
      .send('hvem gir råd til barnehager om kjønnslemlestelse, og hva er nummeret til politiet når det ikke haster akkurat nå')
      .assertReply((reply) => {
        // The contact plan, not the emergency card ("Er noen i fare nå? Ring 112" with the numbers first).
        expect(cardText(reply)).toContain('Hvem du kan kontakte');
        expect(cardText(reply)).not.toContain('Er noen i fare nå? Ring 112');
        expect(cardText(reply)).toContain('478 09 050');
      })
      .assertReply((reply) => expect(cardText(reply)).toContain('02800'))
      .startTest();
  });

  it('a midwife asking in Russian whom to consult and the non-emergency police number: both', async () => {
    await chat({ locale: 'ru-RU' })
      .send('Я акушерка. Кто консультирует медиков в случаях калечащих операций на женских половых органах? И есть ли номер полиции не для экстренных случаев?')
      .assertReply((reply) => expect(cardText(reply)).toContain('478 09 050'))
      .assertReply((reply) => expect(cardText(reply)).toContain('02800'))
      .startTest();
  });

  it('"the police non-emergency number, and the number of the ambulance": 02800 and 113', async () => {
    await chat({ locale: 'en-US' })
      .send('What is the police non-emergency number, and what is the number of the ambulance?')
      .assertReply((reply) => expect(cardText(reply)).toContain('02800'))
      .assertReply((reply) => expect(cardText(reply)).toContain('113'))
      .startTest();
  });
});

// (was two-needs-training-and-advice.test.ts)
/**
 * Training for staff asked beside another need (issue #13): the training half is answered with those who train staff
 * (IMDi's expert team, post@imdi.no; RVTS), the other half as asked. Facts: domain.md §3, §12.
 */
describe('conversation: a wish for training beside another need gets both answers', () => {
  const runner = conversationRunnerPerFile();
  const KT = ['478 09 050'];
  const TRAINERS = ['post@imdi.no', 'RVTS'];

  /** [language, message, facts the reply shows (each a list of spellings)]. */
  const CASES: ReadonlyArray<readonly [Lang, string, readonly (readonly string[])[]]> = [
    // A named service's contact, and a course: the course part is no follow-up of that service's card.
    ['nb', 'hva er nummeret til Kompetanseteamet, og finnes det kurs for de ansatte hos oss?', [KT, TRAINERS]],
    ['nn', 'kva er nummeret til Kompetanseteamet, og finst det kurs for dei tilsette hjå oss?', [KT, TRAINERS]],
    ['nb', 'trenger nr til Røde Kors-telefonen, og er det noen som kan komme og lære opp lærerne våre?', [['815 55 201'], TRAINERS]],
    // "ቁጽሪ" (number) read as a figure by the whole message: no part asks a figure.
    ['ti', 'ቁጽሪ ስልኪ Kompetanseteamet እንታይ እዩ? ንሰራሕተኛታትና ስልጠና ዝህብ ኣሎ ድዩ?', [KT, TRAINERS]],
    // A first sentence that asks on its own, its request verb at the end, is the first need, not a lead-in.
    ['ti', 'ናይ Kompetanseteamet ቁጽሪ ሃበኒ። ንመምህራን ኮርስ ዝህብ መን እዩ?', [KT, TRAINERS]],
    // A reason clause after the question is story.
    ['en', 'Quick one: what is the phone number of Kompetanseteamet, and can we get a course for our staff since nobody here knows the topic well', [KT, TRAINERS]],
    // A question, a statement, another question.
    ['en', 'Which envoy covers Eritrea? One of our pupils mentioned a trip there next spring. Also is there a course on forced marriage for teachers in our area?', [['Nairobi'], TRAINERS]],
  ];

  it.each(CASES)('%s: %s', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });

  /** Whom to consult about a case, and who trains the staff: one plan, the case's advice (Kompetanseteamet) first. */
  const ADVICE_AND_TRAINING: ReadonlyArray<readonly [Lang, string]> = [
    ['pl', 'Pracuję w barnevernet. Kto może przeszkolić nasz zespół i kto doradza w konkretnych sprawach?'],
    ['en', 'We at NAV need advice on a forced marriage case, who do we call? And is there training for our office?'],
    ['ru', 'Мы в NAV нуждаемся в совете по делу о принудительном браке. Куда звонить? И есть ли обучение для сотрудников?'],
    ['fa', 'ما در NAV برای یک مورد ازدواج اجباری مشاوره لازم داریم، با چه کسی تماس بگیریم؟ و آیا دوره آموزشی برای کارکنان هست؟'],
  ];

  it.each(ADVICE_AND_TRAINING)('%s: %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [KT, TRAINERS]);
    const view = await runner.turn(lang, message);
    const first = (spellings: readonly string[]) => view.texts.findIndex((text) => spellings.some((s) => text.includes(s)));
    expect(first(KT)).toBeLessThan(first(['post@imdi.no']));
  });
});

// (was two-needs-service-figure-and-more.test.ts)
/**
 * A service's figure, then another question about the same service that the understanding cannot read alone ("… and
 * are they at lower secondary schools too?", "… and where do I find the one for our school?"): the figure, and the
 * service's article (where the advisers work, where their list is). Facts: domain.md §1, §12.
 */
describe('conversation: a service figure and another question about the service get both answers', () => {
  const runner = conversationRunnerPerFile();

  /** [language, message, facts the reply shows (each a list of spellings)]. */
  const CASES: ReadonlyArray<readonly [Lang, string, readonly (readonly string[])[]]> = [
    ['nb', 'Hvor mange mangfoldsrådgivere er det i landet, og er de bare på videregående skoler?', [['59'], ['ungdomsskol']]],
    ['nb', 'hvor mange mangfoldsrådgivere finnes, og hvordan finner jeg den som hører til vår skole?', [['59'], ['imdi.no']]],
    ['en', 'How many diversity advisers does IMDi have, and where do I find the one for our school?', [['59'], ['imdi.no']]],
    ['en', 'how many diversity advisers are there right now and what was the old name for them? my colleague keeps using it', [['59'], ['minoritetsrådgiver', 'minority adviser']]],
  ];

  it.each(CASES)('%s: %s', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });
});

/**
 * Session 21 (hb21b, issue #13, the held-back sets' classes), in this file's own phrasings: (1) a longer opening that
 * announces a list ("I'm the mother of a 13-year-old and want to know two things:") is who asks, and the two questions
 * after its colon are answered, also when each part is read only "probably" as one of the articles the whole message
 * offered; (2) a grown-up who says so and asks about somewhere to live, in a story or as a young writer, gets
 * Kompetanseteamet, which coordinates housing and support for people over 18 (domain.md §12); (3) a calm parent's
 * story with the year the family came is no figure question: the parent's lines, the school's diversity adviser among
 * them (domain.md §1).
 */
describe('conversation: a list opening, housing for a grown-up, and a parent\'s story with a year', () => {
  const runner = conversationRunnerPerFile();
  const NSC: Readonly<Record<string, readonly string[]>> = { nb: ['Negativ sosial kontroll'], nn: ['Negativ sosial kontroll'], en: ['Negative social control'] };
  const SITES = ['Nora', 'ung.no'];
  const KT = ['Kompetanseteamet', '478 09 050'];

  it.each([
    ['nn', 'eg er mor til ei jente på 13 og lurer på to ting: kva betyr negativ sosial kontroll, og kvar kan dottera mi lese meir om det?'],
    ['nn', 'eg vil vite to ting: kva er negativ sosial kontroll eigentleg, og finst det ein stad ungdomen kan lese om det sjølv?'],
    ['nb', 'jeg er far til en gutt på 15 og lurer på to ting: hva betyr negativ sosial kontroll, og hvor kan sønnen min lese om det selv?'],
  ] as const)('%s: %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [NSC[lang] ?? [], SITES]);
  });

  it.each([
    ['nn', 'eg er 19 og familien styrer alt eg gjer, men ingen slår meg. kven kan hjelpe meg å finne ein stad å bu? og kva er telefonnummeret?'],
    ['nb', 'jeg er 19 og familien kontrollerer alt, ingen slår meg. hjelper noen med bolig? og hva er nummeret'],
    ['en', "I'm 20 and my family decides everything for me, nobody hits me but I want to move out. Does anyone help with housing?"],
  ] as const)('%s: %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [KT]);
  });

  it('a young writer of 19 under threat who asks about housing gets Kompetanseteamet beside the emergency numbers', async () => {
    const view = await runner.turn('nb', 'er 19. broren min sa i går at han skal ta meg hvis jeg flytter ut. jeg vil flytte men tør ikke. er det noen som hjelper folk over 18 med bolig?');
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, KT)).toBe(true);
  });

  it.each([
    ['en', 'Hello, I am a mother of two and we came to Norway from Iraq in 2019. My daughter is 14 and wants to go to sleepovers. I have never hit my children but I worry. Is there anyone at the school who helps parents with this?'],
    ['nn', 'Eg er mor og vi kom frå Afghanistan i 2018. Dottera mi er 14 og vil vere med venene sine. Er det nokon på skulen som hjelper foreldre med slike spørsmål?'],
  ] as const)('%s: %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['diversity adviser', 'mangfald', 'mangfold']]);
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
  });
});

describe('conversation: Turkish two needs, a line and a site, advice and the children\'s line (issue #13, session 21)', () => {
  const runner = conversationRunnerPerFile();
  const LINES = ['815 55 201', '116 111', '116 006'];
  const SITES = ['Nora', 'ung.no'];

  it.each([
    // An anonymous line and a site where young people read others' stories ("bir site", "deneyimlerini okuy…").
    ['17 yaşındayım, ailem her şeyimi kontrol ediyor. Anonim konuşabileceğim bir hat var mı, bir de benim durumumdaki gençlerin deneyimlerini okuyabileceğim bir site?', [LINES, SITES]],
    // "benim" (my) is no Benin: no envoy in the answer.
    ['Benim gibi kontrol edilen gençler için anonim bir hat ve okuyabileceğim bi site var mı?', [LINES, SITES]],
    // Whom staff consult on a topic, and the children's line asked by what it is for.
    ['Anaokulu öğretmeniyim. Zorla evlendirme konusunda kime danışırım, ve çocuklar için yardım hattı hangisi?', [['478 09 050'], ['116 111']]],
  ] as const)('tr: %s', async (message, facts) => {
    await expectAnsweredWith(runner, 'tr', message, facts);
    if (message.startsWith('Benim')) {
      const view = await runner.turn('tr', message);
      expect(view.texts.some((t) => t.includes('Benin'))).toBe(false);
    }
  });
});


describe('conversation: the second need said in words the parts did not read before (session 22)', () => {
  const runner = conversationRunnerPerFile();
  const RED_CROSS = ['815 55 201'];
  const CHILDREN = ['116 111'];
  const NORA = ['Nora'];

  // "Do I have to give my name?" asks whether one may stay anonymous: the anonymous line is said, beside the number asked.
  it.each<[Lang, string, readonly (readonly string[])[]]>([
    ['nb', 'Hva er nummeret til Røde Kors-telefonen? Må jeg oppgi navnet mitt når jeg ringer?', [RED_CROSS, ['nonym']]],
    ['en', "What's the number for the children's helpline, and do I have to give my name when I call?", [CHILDREN, RED_CROSS]],
    ['pl', 'Jaki jest numer telefonu Røde Kors? Czy muszę podać imię?', [RED_CROSS, ['nonimow']]],
    ['ru', 'Какой номер у Alarmtelefonen? Надо ли называть своё имя?', [CHILDREN, RED_CROSS]],
    ['tr', 'Kızılhaç hattının numarası nedir? Ararken isim vermek gerekiyor mu?', [RED_CROSS, ['anonim']]],
    ['ar', 'ما هو رقم خط الأطفال؟ وهل في رقم بقدر احكي فيه بدون ما قول اسمي؟', [CHILDREN, RED_CROSS]],
  ])('%s: a number, and whether one must give one\'s name: the anonymous line too', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });

  // Arabic "ووين" ("and where"), the conjunction written onto the question word: a parent's advice asked beside a definition.
  it('ar: what negative social control means, and "ووين" a mother can ask for advice: the article and the parents\' line', async () => {
    await expectAnsweredWith(runner, 'ar', 'أنا أم لبنت عمرها 15. شو يعني السيطرة الاجتماعية السلبية؟ ووين بقدر احكي مع حدا اطلب نصيحة كأم؟', [RED_CROSS]);
  });

  // Tigrinya "-ከ" ("and my son?") asks the same again for the child: the parents' line and the children's.
  it("ti: a parent's own advice and whom the son may call: the children's line beside the parents'", async () => {
    await expectAnsweredWith(runner, 'ti', 'ኣነ ኣደ እየ። ንወለዲ ምኽሪ ኣበይ ይርከብ? ወደይከ ንመን ክድውል ይኽእል?', [CHILDREN, RED_CROSS]);
  });

  // Polish children calling "themselves" ("dzieci … same"): the children's line, and its e-mail asked beside it.
  it("pl: the number children can call themselves, and an e-mail: Alarmtelefonen's number and address", async () => {
    await expectAnsweredWith(runner, 'pl', 'Na jaki numer dzieci mogą same dzwonić, kiedy w domu jest źle? I czy jest do nich e-mail?', [CHILDREN, ['alarm@116111.no']]);
  });

  // Who advises, asked with the country between or as "which team": Kompetanseteamet beside the topic explained.
  it.each<[Lang, string]>([
    ['en', 'What is negative social control, and who in Norway helps schools that are worried about a pupil?'],
    ['nb', 'Hva betyr kjønnslemlestelse, og hvem i Norge gir råd til barnehager som er bekymret for et barn?'],
    ['en', 'Is forced marriage illegal in Norway, and which team advises in a specific case?'],
    ['tr', "Kadın sünneti Norveç'te suç mu? Bir de hangi kurum somut vakalarda danışmanlık veriyor?"],
  ])('%s: a topic, and who in Norway or which team advises: Kompetanseteamet too', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['478 09 050']]);
  });

  // A site asked by what is on it ("the one with other young people's stories"), or as reading for oneself.
  it.each<[Lang, string, readonly (readonly string[])[]]>([
    ['nb', 'Jeg er 16 og vil snakke med noen uten å si hvem jeg er. Og hva heter siden med historier fra andre ungdommer?', [RED_CROSS, NORA]],
    ['uk', 'Я вчителька. Хочемо запросити когось провести навчання для колег, у нас немає mangfoldsrådgiver. І ще: де учні можуть самі про це почитати?', [['post@imdi.no'], NORA]],
    ['ru', 'Кто может провести семинар для наших учителей? И где ученики могут сами об этом почитать?', [['post@imdi.no'], NORA]],
  ])('%s: a line or a course, and the youth site asked in other words: both', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });

  // Advisers at adult-education centres are a pilot (Tildelingsbrev IMDi 2024): said on the card, not only behind "read more".
  it.each<[Lang, string, string]>([
    ['nb', 'Vi driver et voksenopplæringssenter. Finnes det mangfoldsrådgivere hos oss, og hvem kan lære opp lærerne våre?', 'pilot'],
    ['nn', 'Vi er eit vaksenopplæringssenter. Kan vi få ein mangfaldsrådgjevar, og kven kan halde kurs for lærarane?', 'pilot'],
    ['en', 'We run an adult education centre. Are there diversity advisers for centres like ours, and who can train our teachers?', 'pilot'],
  ])('%s: an adviser at an adult-education centre and a course: the pilot and the expert team', async (lang, message, pilot) => {
    await expectAnsweredWith(runner, lang, message, [[pilot], ['post@imdi.no']]);
  });
});

describe('conversation: two case types of one figure asked in one message (session 22, hb22c)', () => {
  const runner = conversationRunnerPerFile();

  // "How many were about X, and how many about Y?": each case type is a figure of its own (Kompetanseteamet 2022:
  // negative social control 135, fear of forced marriage 113), not the first one's again.
  it.each<[Lang, string]>([
    ['nb', 'hvor mange saker om negativ sosial kontroll hadde Kompetanseteamet i 2022, og hvor mange om frykt for tvangsekteskap?'],
    ['nn', 'kor mange saker om negativ sosial kontroll hadde kompetanseteamet i 2022, og kor mange om frykt for tvangsekteskap?'],
    ['en', "in 2022 how many of the competence team's cases were about negative social control, and how many about fear of forced marriage?"],
  ])('%s: two case types in one question: 135 and 113', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['135'], ['113']]);
  });
});

/**
 * Issue #13, session 23 (langs23): Turkish staff ask whom to consult with the verb before "which" ("danışabileceğimiz
 * kurum hangisi") or with "kime", with or without Turkish letters, beside a line or a course; "for general information"
 * marks a calm question, and a hospital is the writer's workplace, not a patient.
 */
describe('conversation: Turkish staff ask whom to consult beside another need (issue #13, session 23)', () => {
  const runner = conversationRunnerPerFile();

  it.each<[string, readonly (readonly string[])[]]>([
    ["Ebeyim, genel bilgi için soruyorum: kadın sünneti şüphesinde danışabileceğimiz kurum hangisi, bir de Alarmtelefonen'in numarası ne?", [['Kompetanseteamet'], ['116 111']]],
    ['rehber ogretmenim, personel icin seminer nerede var, ve somut bir vakamiz olursa kime danisalim?', [['IMDi', 'post@imdi.no'], ['Kompetanseteamet']]],
    ['hemsire olarak calisiyorum, genel bilgi icin soruyorum: zorla evlilik vakalarinda danisabilecegimiz ekip hangisi?', [['Kompetanseteamet']]],
  ])('"%s" gets every part, calm', async (message, facts) => {
    await expectAnsweredWith(runner, 'tr', message, facts);
    expect((await runner.turn('tr', message)).emergency).toBe(false);
  });
});

describe('conversation: a course for the staff beside a line, material to read, and adult learners (session 23, needs23)', () => {
  const runner = conversationRunnerPerFile();
  const EXPERT_TEAM = ['post@imdi.no'];
  const RED_CROSS_LINE = ['815 55 201'];
  const YOUTH_SITES = ['imdi.no/nora', 'ung.no'];

  // A course wished for in one sentence and a line's number asked in the next ("what is it?" of the number asks no
  // article): IMDi's expert team (it trains adult-education centres) beside the line.
  it.each<[Lang, string]>([
    ['nn', 'vi på vaksenopplæringa ønskjer eit kurs om tvangsekteskap for lærarane. kva er nummeret til Røde Kors-telefonen?'],
    ['en', 'I teach at an adult education centre. We need a course for the staff on honour-based violence, and what is the Red Cross helpline number for our learners?'],
  ])('%s: a course for the staff and the Red Cross line: both', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [EXPERT_TEAM, RED_CROSS_LINE]);
  });

  // The learners of an adult-education centre are adults: "our learners" names no child, so no child welfare for a minor.
  it('en: learners at an adult-education centre are not read as under 18', async () => {
    const view = await runner.turn('en', 'I teach at an adult education centre. We need a course for the staff on honour-based violence, and what is the Red Cross helpline number for our learners?');
    expect(view.texts.some((t) => t.includes('The person is under 18'))).toBe(false);
  });

  // Something to read about one's rights, asked calmly by a teacher or by a young adult beside an anonymous line.
  it.each<[Lang, string, readonly (readonly string[])[]]>([
    ['nn', 'eg underviser på vaksenopplæringa. finst det noko elevane kan lese om rettane sine, gjerne på fleire språk?', [YOUTH_SITES]],
    ['fa', 'من ۱۹ سالمه. یه شماره میخوام که بدون اسم زنگ بزنم و یه سایت که درباره حقوقم بخونم', [RED_CROSS_LINE, YOUTH_SITES]],
    ['en', 'Our learners at the adult education centre want something to read about their rights. What is the number for SEIF as well?', [YOUTH_SITES, ['22 03 48 30']]],
  ])('%s: a site to read about rights (and a line): Nora or ung.no', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });
});

describe('conversation: a calm teacher of adults asks for sites about rights: in scope, the youth sites (session 23, needs23)', () => {
  const runner = conversationRunnerPerFile();

  // A lesson on divorce or money (everyday subjects) told calmly, then sites about rights or with stories asked: Nora
  // and ung.no, not "outside what I know".
  it.each<[Lang, string]>([
    ['en', 'I teach Norwegian to adults. We talked about divorce and who decides about money at home, and nobody said anything worrying. Are there websites with stories my learners can recognise themselves in?'],
    ['nb', 'Jeg er lærer på voksenopplæringen. Vi snakket om skilsmisse og økonomi i timen, ingen fortalte om noe vondt. Finnes det nettsider om rettigheter på flere språk?'],
    ['ru', 'Я преподаю взрослым. Мы обсуждали развод и кто решает про деньги в семье, ничего тревожного никто не сказал. Есть ли сайт о правах на разных языках?'],
    ['ar', 'أنا معلمة للكبار. تكلمنا عن الطلاق ومن يقرر في المال، ولم يذكر أحد شيئا مقلقا. هل هناك مواقع عن حقوقهم بعدة لغات؟'],
    ['pl', 'Uczę dorosłych. Rozmawialiśmy o rozwodzie i o tym, kto decyduje o pieniądzach. Nikt nie mówił o niczym złym. Czy są strony o prawach w kilku językach?'],
    ['uk', 'Я викладаю дорослим. Ми говорили про розлучення і хто вирішує щодо грошей, нічого тривожного ніхто не казав. Чи є сайти про права кількома мовами?'],
  ])('%s: Nora or ung.no', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['imdi.no/nora', 'ung.no']]);
  });
});

describe('conversation: a course for the teachers and whom to consult in a case, in twelve languages (session 23, needs23)', () => {
  const runner = conversationRunnerPerFile();

  // IMDi's expert team trains schools without an adviser and adult-education centres; Kompetanseteamet advises in a case.
  it.each<[Lang, string]>([
    ['nb', 'Hvor finner vi kurs for lærerne, og hvem kan vi rådføre oss med i en sak som ikke haster?'],
    ['nn', 'Kvar finn vi kurs for lærarane, og kven kan vi rådføre oss med i ei sak som ikkje hastar?'],
    ['en', 'Where can we find a course for our teachers, and who do we consult in a case that is not urgent?'],
    ['ru', 'Где найти курс для учителей, и с кем посоветоваться по случаю, который не срочный?'],
    ['uk', 'Де знайти курс для вчителів, і з ким порадитися щодо конкретного випадку?'],
    ['pl', 'Gdzie znajdziemy szkolenie dla nauczycieli i kogo zapytać o radę w konkretnej sprawie?'],
    ['ar', 'وين نلاقي دورة للمعلمين، ومين نستشير في حالة مش مستعجلة؟'],
    ['fa', 'برای معلم‌ها کجا دوره آموزشی پیدا کنیم و در یک مورد غیر فوری با کی مشورت کنیم؟'],
    ['so', 'Xaggee ka heli karnaa koorso macallimiinta, yaanse la tashanaa kiis aan degdeg ahayn?'],
    ['ur', 'اساتذہ کے لیے کورس کہاں ملے گا، اور ایک غیر فوری کیس میں کس سے مشورہ کریں؟'],
    ['ti', 'ንመምህራን ኮርስ ኣበይ ንረክብ፣ ኣብ ዘይህጹጽ ጉዳይ ድማ ንመን ነማኽር?'],
    ['tr', 'Öğretmenler için kurs nerede bulabiliriz, bir de acil olmayan bir vakada kime danışabiliriz?'],
  ])('%s: the expert team for the course, Kompetanseteamet for the case', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['post@imdi.no'], ['478 09 050']]);
  });

  // A course wished for, then a line's number asked, in the other languages: both.
  it.each<[Lang, string]>([
    ['ru', 'Нам нужен курс для сотрудников центра образования для взрослых. И какой номер у телефона Красного Креста?'],
    ['pl', 'Potrzebujemy szkolenia dla pracowników. A jaki jest numer telefonu Czerwonego Krzyża?'],
    ['ar', 'نحتاج دورة تدريبية للموظفين. وما هو رقم هاتف الصليب الأحمر؟'],
    ['so', 'Waxaan u baahan nahay tababar shaqaalaha. Waa maxay lambarka telefoonka Laanqayrta Cas?'],
    ['ti', 'ንሰራሕተኛታት ስልጠና ንደሊ። ቁጽሪ ተሌፎን ቀይሕ መስቀል እንታይ እዩ?'],
  ])('%s: a course and the Red Cross line: both', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['post@imdi.no'], ['815 55 201']]);
  });
});

/**
 * Session 23, hb23b (issue #13): the second need of a message is not dropped:
 * - Alarmtelefonen's Norwegian name written in another script, beside whether an embassy covers a country: both;
 * - a young writer's wish to talk to someone at school, beside a website: the school's diversity adviser and the sites;
 * - a calm past case at a health station with someone to talk with the family and a course: Kompetanseteamet for the
 *   case, IMDi's expert team or RVTS for the course.
 * The sentences are this file's own; none is in the evaluation sets.
 */
describe('conversation: the second need is answered too (hb23b)', () => {
  const runner = conversationRunnerPerFile();
  const CHILDRENS_LINE = ['116 111', '116111'];

  it.each([
    ['fa', 'دو سوال دارم: شماره آلارم تلفون چیست، و آیا سفارت در اسلام آباد به بنگلادش هم رسیدگی می‌کند؟', ['Islamabad', 'اسلام آباد']],
    ['ru', 'Два вопроса: какой номер у Алармтелефон, и посольство в Исламабаде занимается также Бангладеш?', ['Islamabad', 'Исламабад']],
  ] as const)('%s: "%s" gets the children\'s line and Islamabad', async (lng, message, islamabad) => {
    await expectAnsweredWith(runner, lng, message, [CHILDRENS_LINE, islamabad]);
  });

  const ADVISER = ['mangfoldsrådgiver'];
  const SITES = ['Nora', 'ung.no'];
  it.each([
    ['en', "I'm 15 and I want to talk to someone at school about how strict my family is, nobody hits me. Is there also a website I can read?"],
    ['uk', 'Мені 16, хочу поговорити з кимось у школі про батьків, вони дуже суворі. І чи є сайт, де можна про це почитати?'],
    ['pl', 'Mam 16 lat i chcę z kimś porozmawiać w szkole o moich rodzicach, są bardzo surowi. Czy jest też strona, gdzie mogę o tym poczytać?'],
    ['tr', '16 yaşındayım, okulda biriyle konuşmak istiyorum, ailem çok katı. Okuyabileceğim bir internet sitesi de var mı?'],
    ['ar', 'عمري 16 سنة، أريد التحدث مع أحد في المدرسة عن أهلي، هم صارمون جدا. وهل يوجد موقع أقرأ فيه عن هذا؟'],
  ] as const)('%s: "%s" gets the school\'s diversity adviser and a site', async (lng, message) => {
    await expectAnsweredWith(runner, lng, message, [ADVISER, SITES]);
  });

  const KT = ['478 09 050', 'Kompetanseteamet'];
  const TRAINERS = ['post@imdi.no', 'RVTS'];
  it.each([
    ['nb', 'Jeg er jordmor. En kvinne på 28 fra Somalia ble omskåret som liten og er selv imot det. Hva sier loven, kan noen snakke med familien hennes, og finnes det kurs for oss ansatte?'],
    ['ru', 'Я акушерка. Женщине 32 года, в детстве ей сделали обрезание, она сама против. Что говорит закон, может ли кто-то поговорить с семьёй, и есть ли курсы для нашего персонала?'],
    ['pl', 'Jestem położną. Pacjentka (29 lat) została obrzezana w dzieciństwie i jest temu przeciwna. Co mówi prawo, czy ktoś może porozmawiać z rodziną i czy są szkolenia dla personelu?'],
  ] as const)('%s: "%s" gets Kompetanseteamet for the case and those who train staff', async (lng, message) => {
    await expectAnsweredWith(runner, lng, message, [KT, TRAINERS]);
  });
});

/**
 * Session 24, hb24b (issue #13): training for the staff asked beside another need, and two questions about one service:
 * - a course and advice about one particular child: Kompetanseteamet for the child, those who train staff for the course;
 * - a list "1) … 2) …" whose last question has no question mark: the course is asked too (nn: "held" is "holds" there);
 * - "we have no adviser, whom can we get training from?" in Turkish: those who train staff, not the advisers' article;
 * - a worry about a girl asked with "who" in Somali, beside a course: the contacts, not the triage's questions;
 * - Kompetanseteamet's members beside whether a grown-up may call it: both, in its one step;
 * - "the VO hotline" beside the envoy for a child held abroad: both numbers;
 * - a young writer asking how to find her school's adviser and what Nora is: both, on imdi.no.
 * The sentences are this file's own; none is in the evaluation sets.
 */
describe('conversation: a course for the staff and a second question, both answered (hb24b)', () => {
  const runner = conversationRunnerPerFile();
  const KT = ['478 09 050'];
  const TRAINERS = ['post@imdi.no', 'RVTS'];

  it.each<[Lang, string, readonly (readonly string[])[]]>([
    ['en', 'Nursery manager here: first, is there a workshop for our staff on forced marriage, and second, who do we phone for advice about one particular child?', [KT, TRAINERS]],
    ['nb', 'Styrer i barnehage: vi ønsker kurs for de ansatte om kjønnslemlestelse, og hvem ringer vi for råd om et konkret barn?', [KT, TRAINERS]],
    ['nn', 'helsestasjonen her. 1) kven dekkjer somalia? 2) kan nokon koma og halde eit kurs for oss om tvangsekteskap', [['Nairobi'], TRAINERS]],
    ['tr', 'Öğretmenim. 1) ung.no nedir? 2) okulumuzda mangfoldsrådgiver yok, kimden eğitim alabiliriz?', [['ung.no'], TRAINERS]],
    ['so', 'Waxaan ka shaqeeyaa xarun caafimaad. 1) yaan la xiriiraa haddii aan ka walwalo gabadh yar oo la gudi karo? 2) ma jiraa tababar loogu talagalay shaqaalaha?', [KT, TRAINERS]],
  ])('%s: "%s" gets both parts', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });

  it.each<[Lang, string]>([
    ['nb', 'To spørsmål om Kompetanseteamet: hvilke etater er med i teamet, og kan en kvinne på 22 ringe dem selv?'],
    ['en', 'Which agencies make up Kompetanseteamet, and may a resident aged 20 phone them on her own?'],
  ])('%s: the members and that people over 18 may call themselves', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['Bufdir'], ['18']]);
  });

  it('en: "the VO hotline" and the embassy for a son held in Somalia: 116 006 and Nairobi, the emergency card first', async () => {
    const message = "Two questions: the VO hotline number, and which embassy helps when a patient's son is held in Somalia?";
    await expectAnsweredWith(runner, 'en', message, [['116 006'], ['Nairobi']]);
    expect((await runner.turn('en', message)).emergency).toBe(true);
  });

  it.each<[Lang, string]>([
    ['nb', 'Jeg er 16. Hvordan finner jeg ut om skolen min har mangfoldsrådgiver? Og hva er Nora?'],
    ['ti', 'ኣነ 16 ዓመት እየ። ኣብ ቤት ትምህርተይ mangfoldsrådgiver ኣሎ ድዩ ብኸመይ ክፈልጥ? Nora እንታይ እዩ?'],
  ])('%s: a young writer looking for her school\'s adviser and asking what Nora is: both on imdi.no', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['imdi.no'], ['imdi.no/nora']]);
  });
});
