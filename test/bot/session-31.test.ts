import { type Lang, LANGUAGES } from '../../src/language/languages';
import { containsFact, readTurn, cardTexts } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, expectDeclined, expectAnsweredWith } from '../helpers/conversation-runner';
import { asksCoverageOfNoOne, loadSituationReader } from '../../src/understanding/situation-cues';
import { isStatsQuestion } from '../../src/knowledge/article-recognizer';
import { shippedCountedInArticles } from '../../src/language/counted-in-articles';
import { normalize } from '../../src/language/text';
import { articleCard } from '../../src/knowledge/article-card';
import { toIndexable } from '../../src/knowledge/article-indexable';
import { articleView } from '../../src/knowledge/guidance-handlers';
import { loadArticles } from '../../src/knowledge/load-articles';
import { createI18n, fixedT } from '../../src/language/i18n';
import { forYoungWriter } from '../../src/conversation/reading-rules';
import type { ServiceId } from '../../src/contacts/service-ids';
import type { IntentBase } from '../../src/understanding/types';
import { alarmed, isDanger } from '../helpers/danger-alarm';

/**
 * Two needs in one message where the second was lost (issue #13, session 31): each class with its own example
 * sentences, through the real bot, every fact shown.
 */
describe('two needs in one message: the second need is answered too', () => {
  const runner = conversationRunnerPerFile();

  async function expectFacts(lang: Lang, message: string, facts: readonly (readonly string[])[], answers?: number): Promise<void> {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
    if (answers !== undefined) expect(view.cards.filter((c) => c.kind === 'answer').length).toBe(answers);
  }

  const KT = ['478 09 050'];
  const RED_CROSS = ['815 55 201'];

  // A Norwegian service name written with another script's prefix or suffix glued on is read as the name.
  it.each<[Lang, string]>([
    ['ar', 'أريد رقم هاتف الKompetanseteamet من فضلك'],
    ['ti', 'ናይ Kompetanseteametን ቁጽሪ ስልኪ እንታይ እዩ?'],
    ['ur', 'Kompetanseteametکا فون نمبر کیا ہے؟'],
  ])('a name glued to another script (%s): %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(containsFact(view.texts, KT)).toBe(true);
    expect(view.cards.some((c) => c.kind === 'answer')).toBe(true);
  });

  // Somewhere to live asked as a question ("where could I stay"), by a grown-up who says so.
  it.each<[Lang, string]>([
    ['en', "I'm 19 and my parents want to marry me off. Who can I call, and where could I stay if I leave?"],
    ['nb', 'Jeg er 22. Familien vil gifte meg bort. 1) hvor kan jeg bo hvis jeg drar? 2) hva er nummeret til Røde Kors-telefonen?'],
    ['en', "I'm 22. My family is forcing me to marry. 1) where can I live if I run away? 2) what is the Red Cross helpline number?"],
  ])('somewhere to live, asked as a question (%s): Kompetanseteamet beside the other need', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(containsFact(view.texts, KT)).toBe(true);
    if (/Red Cross|Røde Kors/u.test(message)) expect(containsFact(view.texts, RED_CROSS)).toBe(true);
  });

  // An afterthought ("oh and", "forresten", "кстати", "przy okazji") opens a second question.
  it.each<[Lang, string]>([
    ['en', 'How many cases did the envoys have in 2023? oh and what is the email address of Kompetanseteamet'],
    ['nb', 'Hvor mange saker hadde spesialutsendingene i 2023? forresten, hva er e-postadressen til Kompetanseteamet'],
    ['ru', 'Сколько дел было у спецпосланников в 2023 году? кстати, какой e-mail у Kompetanseteamet'],
    ['pl', 'Ile spraw mieli specjalni wysłannicy w 2023 roku? przy okazji, jaki jest e-mail do Kompetanseteamet'],
  ])('an afterthought question (%s): the figure and the e-mail', async (lang, message) => {
    await expectFacts(lang, message, [['245'], ['kompetanseteamet@bufdir.no']], 2);
  });

  // Two metrics of one service, the second of a year and the first of none: the latest figure and the year's.
  it.each<[Lang, string]>([
    ['nb', 'hvor mange mangfoldsrådgivere finnes det, og hvor mange stillinger ble lagt til i 2024?'],
    ['nn', 'kor mange mangfaldsrådgivarar finst det, og kor mange nye stillingar kom i 2024?'],
    ['en', 'how many diversity advisers are there and how many new positions were added in 2024?'],
  ])('two metrics, one of a year (%s): 59 advisers and the new positions', async (lang, message) => {
    await expectFacts(lang, message, [['59'], ['6']], 2);
  });

  // A part that opens as a question and says who asks ("can we at the school …") asks; it is no introduction.
  it.each<[Lang, string]>([
    ['nb', 'hvor mange saker hadde spesialutsendingene i 2023? og kan vi på skolen ringe kompetanseteamet selv'],
    ['en', 'how many cases did the envoys have in 2023? and can we at the school ring Kompetanseteamet ourselves'],
  ])('a figure, then a question naming the asker (%s)', async (lang, message) => {
    await expectFacts(lang, message, [['245'], KT], 2);
  });
});

// (was calm31.test.ts)
{
  /**
   * Session 31, calm31 (issue #13): the coverage question asked of no one (calm30b) read in the supposition's other
   * shapes: nynorsk "om" with an indefinite person ("om ein elev blir halden att"), Turkish's conditional in the verb's
   * ending without "eğer" ("gönderilirse", "tutulursa"); a Turkish or Somali daughter or son named ("kızım",
   * "gabadhayda") makes it a case of the writer's own. The sentences are this file's own; none is in the evaluation sets.
   */
  const situation = loadSituationReader();
  const coverageOfNoOne = (text: string) => asksCoverageOfNoOne(situation.read(text).concepts);

  describe('a supposition put with nynorsk "om" or a Turkish conditional ending asks coverage of no one', () => {
    it.each([
      ['nn', 'Kven har ansvaret for Irak om ei jente vert halden att der, finst det nokon ved ambassaden?'],
      ['nn', 'Om nokon blir send til Pakistan mot viljen sin, kva ambassade dekkjer Pakistan?'],
      ['tr', "Bir genç kız Pakistan'a gönderilip orada tutulursa hangi büyükelçilik ona yardım eder?"],
      ['tr', "Bir öğrenci Somali'de alıkonulursa hangi büyükelçilik sorumlu?"],
    ] as const)('%s: "%s"', (_lng, text) => {
      expect(coverageOfNoOne(text)).toBe(true);
    });

    it.each([
      ['nn', 'Om dottera mi vert send til Pakistan, kva ambassade dekkjer Pakistan?'],
      ['nn', 'Eg er redd dei sender meg til Irak, kva ambassade kan hjelpe meg om eg blir halden att?'],
      ['tr', "Kızım Pakistan'a gönderilip orada tutulursa hangi büyükelçilik ona yardım eder?"],
      ['tr', "Oğlum Somali'de alıkonulursa hangi büyükelçilik sorumlu?"],
      ['so', 'Gabadhayda haddii Soomaaliya lagu hayo, safaaraddee ayaa caawin karta?'],
    ] as const)('%s: a case of the writer’s own: "%s"', (_lng, text) => {
      expect(coverageOfNoOne(text)).toBe(false);
    });
  });

  describe('the follow-up that names another country after such a supposition', () => {
    const runner = conversationRunnerPerFile();

    it.each([
      ['nn', 'Om nokon blir send til Pakistan mot viljen sin, kva ambassade dekkjer Pakistan?', 'og Afghanistan?'],
      ['tr', "Bir genç kız Pakistan'a gönderilip orada tutulursa hangi büyükelçilik ona yardım eder?", 'Peki Afganistan?'],
    ] as const)('%s: no emergency card: "%s" then "%s"', async (lng, first, second) => {
      const run = await runner.converse({ lang: lng, turns: [first, second] });
      expect(readTurn(run.replies, runner.markers).emergency).toBe(false);
    });

    it.each([
      ['tr', "Kızım Pakistan'da zorla tutuluyor, hangi büyükelçilik ona yardım eder?", 'Peki Afganistan?'],
      ['nn', 'Dottera mi blir halden att i Pakistan mot viljen sin, kva ambassade dekkjer Pakistan?', 'og Afghanistan?'],
    ] as const)('%s: a daughter held now keeps the numbers: "%s" then "%s"', async (lng, first, second) => {
      const run = await runner.converse({ lang: lng, turns: [first, second] });
      expect(readTurn(run.replies, runner.markers).emergency).toBe(true);
    });
  });
}

// (was dev31.test.ts)
{
  /**
   * Session 31's development blind sets (issue #13, dev31): the classes their first runs showed, each with this file's
   * own sentences (none is in the evaluation sets).
   */

  describe('dev31: a theft told with the verb (a stolen bike) is an everyday matter, declined', () => {
    /**
     * The scope words held the theft nouns ('theft', 'tyveri', 'kradzież'), not the thing stolen told with its verb ('my
     * bike was stolen'): such a question got an unrelated article. The bike and the verb are now everyday words
     * (content/understanding/scope/*.json, machine-assisted outside nb/nn/en); a person harmed or kept still keeps a
     * message in scope. Not yet: a reporting verb of the duty ('melde', 'заявити в поліцію') or a child named beside the
     * theft still keeps the question in scope (the duty and minor concepts are in the rule's 'unless').
     */
    const runner = conversationRunnerPerFile();

    const declined: [Lang, string][] = [
      ['en', 'my bike was stolen from the station last night, where do I file it with the police?'],
      ['nb', 'noen har stjålet sykkelen min fra skolen, hvordan melder jeg det?'],
      ['nn', 'sykkelen min er vorte stolen utanfor butikken, kva gjer eg no?'],
      ['uk', 'у мене вкрали велосипед біля магазину, що тепер робити?'],
      ['ru', 'у сына украли велосипед во дворе, куда обращаться?'],
      ['tr', 'bisikletim dün gece çalındı, nasıl şikayet ederim?'],
      ['pl', 'ktoś ukradł mi rower spod bloku, rower jest ukradziony, gdzie to zgłosić?'],
      ['ar', 'سرقت دراجتي من الحديقة أمس، ماذا أفعل؟'],
      ['fa', 'دوچرخه من را دزدیدند، چه کار کنم؟'],
      ['ur', 'میری سائیکل چوری ہو گئی ہے، رپورٹ کیسے کروں؟'],
      ['so', 'baaskiilkayga ayaa la xaday, sideen u soo sheegaa?'],
      ['ti', 'ብሽክሌታይ ተሰሪቑ፡ ከመይ ጌረ ክሕብር?'],
    ];

    it.each(declined)('%s: a stolen bike is declined politely', async (lang, message) => {
      expectDeclined(await runner.turn(lang, message), lang);
    });

    it('en: a stolen bike beside a girl beaten at home by her father stays in scope with the emergency card', async () => {
      const view = await runner.turn('en', 'a pupil says her bike was stolen and her father beat her for it and she is scared to go home');
      expect(view.cannotAnswer).toBe(false);
      expect(view.emergency).toBe(true);
    });
  });

  describe('dev31: the nynorsk present passive with "vert" (vert slått, vert send ut) reads as the "blir" form does', () => {
    /**
     * Nynorsk says 'ho vert slått heime' where bokmål says 'hun blir slått hjemme'; the nynorsk cues held 'blir slått' and
     * 'vart slått' but not 'vert slått', so a duty question about a pupil beaten at home got the duty article without the
     * emergency line. The 'blir' cues of the danger concepts (beaten, trip, confiscated, not back, cutting, and the denial
     * 'vert ikkje slått') now have their 'vert' twins (content/understanding/situation/nn.json). Nynorsk only: the form is
     * nynorsk's own.
     */
    const runner = conversationRunnerPerFile();

    it('nn: a pupil who says she is beaten at home ("vert slått") gets the emergency card with the duty answer', async () => {
      const view = await runner.turn('nn', 'eg er kontaktlærar. ein elev på 13 fortel at ho vert slått av far sin når ho kjem seint heim. kven skal melde dette?');
      expect(view.emergency).toBe(true);
      expect(view.answers).toBeGreaterThan(0);
    });

    it('nn: a boy who says he is hit ("vert slegen") by his brother gets the emergency card', async () => {
      const view = await runner.turn('nn', 'guten (15) seier han vert slegen av storebror sin heime om han snakkar med jenter. kva gjer eg?');
      expect(view.emergency).toBe(true);
    });

    it('nn: the calm twin, "ho vert ikkje slått", beside strict rules is answered without the emergency card', async () => {
      const view = await runner.turn('nn', 'eg er lærar. ei elev på 16 fortel at foreldra er strenge med klede, men ho vert ikkje slått og har det greitt. kven kan eg spørje om råd?');
      expect(view.emergency).toBe(false);
      expect(view.answers).toBeGreaterThan(0);
    });
  });
}

// (was dev31b.test.ts)
{
  /**
   * Session 31, issue #13 (dev31b): classes from the development sets -92/-93, through the real bot as the conversation
   * evaluation reads it. The sentences are this file's own; none is in the evaluation sets. Facts from
   * /work/shared/domain.md: §11 (Kompetanseteamet mot tvangsekteskap set up in 2004; coordination moved from UDI to
   * IMDi on 1 January 2008), §12 (Røde Kors-telefonen 815 55 201, anonymous; Kompetanseteamet 478 09 050).
   */
  type Row = readonly [Lang, readonly string[], readonly (readonly string[])[]];

  const runner = conversationRunnerPerFile();

  async function expectFacts(lang: Lang, turns: readonly string[], facts: readonly (readonly string[])[]): Promise<void> {
    const view = await runner.turn(lang, turns);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  }

  describe('after the history, who had it before or when that was is the history again', () => {
    const ROWS: readonly Row[] = [
      ['nb', ['når overtok IMDi koordineringen av kompetanseteamet?', 'hvem hadde ansvaret før?'], [['UDI', 'Utlendingsdirektoratet']]],
      ['nb', ['hva het kompetanseteamet opprinnelig?', 'når var det?'], [['2004']]],
      ['nn', ['når tok IMDi over koordineringa av kompetanseteamet?', 'kven hadde det før?'], [['UDI', 'Utlendingsdirektoratet']]],
      ['nn', ['kva heitte kompetanseteamet før?', 'kva år var det?'], [['2004']]],
      ['en', ['when did IMDi take over the coordination of kompetanseteamet?', 'and who was in charge before?'], [['UDI']]],
      ['en', ['what was the original name of kompetanseteamet?', 'what year was that?'], [['2004']]],
      ['ru', ['когда IMDi взял на себя координацию kompetanseteamet?', 'а кто отвечал раньше?'], [['UDI']]],
      ['pl', ['kiedy IMDi przejęło koordynację kompetanseteamet?', 'a kto odpowiadał wcześniej?'], [['UDI']]],
      ['tr', ['IMDi kompetanseteamet koordinasyonunu ne zaman devraldı?', 'peki daha önce kim sorumluydu?'], [['UDI']]],
      ['uk', ['коли IMDi перейняв координацію kompetanseteamet?', 'а хто відповідав раніше?'], [['UDI']]],
      ['so', ['goorma ayuu IMDi la wareegay isku-dubaridka kompetanseteamet?', 'yaa hayay kahor?'], [['UDI']]],
      ['ar', ['متى تولت IMDi تنسيق kompetanseteamet؟', 'ومن كان مسؤولا قبل ذلك؟'], [['UDI']]],
      ['fa', ['IMDi کی هماهنگی kompetanseteamet را به عهده گرفت؟', 'قبلا مسئولش کی بود؟'], [['UDI']]],
      ['ur', ['IMDi نے kompetanseteamet کی رابطہ کاری کب سنبھالی؟', 'اس سے پہلے کون تھا؟'], [['UDI']]],
      ['ru', ['как раньше назывался kompetanseteamet?', 'а в каком году это было?'], [['2004']]],
      ['pl', ['jak kiedyś nazywał się kompetanseteamet?', 'w którym roku to było?'], [['2004']]],
      ['uk', ['як раніше називався kompetanseteamet?', 'коли це було?'], [['2004']]],
      ['tr', ["kompetanseteamet'in eski adı neydi?", 'bu ne zamandı?'], [['2004']]],
    ];
    it.each(ROWS)('%s: %j', async (lang, turns, facts) => {
      await expectFacts(lang, turns, facts);
    });
  });

  describe('a phone or a line asked for with a wish to stay anonymous is the lines', () => {
    const ROWS: readonly Row[] = [
      ['nb', ['Har dere en telefon der jeg kan spørre om tvangsekteskap uten å si hvem jeg er? Jeg er mor til en jente på 15.'], [['815 55 201', '81555201']]],
      ['nb', ['er det et nummer hvor man anonymt kan spørre om negativ sosial kontroll?'], [['815 55 201', '81555201']]],
      ['nn', ['finst det ein telefon der ein kan spørje anonymt om æresvald? eg er forelder'], [['815 55 201', '81555201']]],
      ['en', ['is there a phone line where I could ask anonymously about forced marriage? I am a father'], [['815 55 201', '81555201']]],
    ];
    it.each(ROWS)('%s: %j', async (lang, turns, facts) => {
      await expectFacts(lang, turns, facts);
    });
  });

  describe("a pupil's long story is a case, never the history of the services", () => {
    it('nb: a promised pupil, a trip in the summer, no diversity adviser at the school', async () => {
      const story =
        'Hei, beklager at dette blir langt. Jeg er lærer på ungdomsskolen og har en elev i niende som alltid har vært blid og pliktoppfyllende. ' +
        'I friminuttet i dag fortalte hun at familien har avtalt at hun skal gifte seg med en slektning i hjemlandet, og at de drar rett etter skoleslutt. ' +
        'Hun begynte å gråte og ba meg ikke si det til noen. Vi har ingen mangfoldsrådgiver her, og inspektøren er borte i dag. Hva bør jeg gjøre nå?';
      const view = await runner.turn('nb', [story]);
      expect(view.emergency).toBe(true);
      expect(containsFact(view.texts, ['barnevern'])).toBe(true);
      expect(view.texts.some((t) => t.includes('Historikk'))).toBe(false);
    });
  });
}

// (was facts31a.test.ts)
{
  /**
   * Session 31, issue #13 point 8 (facts31a): every fact of ../shared/domain.md answerable, with its source. The facts
   * of Nora and IMDi's campaigns, ung.no, the youth panel and the networks, the grants' examples, the plans, the 2024
   * allocation letter, and who leads the coordination of the special services, asked the way people ask. The
   * sentences are this file's own; none is in the evaluation sets or the coverage script's templates. Figures and facts
   * from the articles' sources (IMDi's annual report 2023, the 2024 allocation letter).
   */

  type Row = readonly [Lang, string, readonly (readonly string[])[]];

  const runner = conversationRunnerPerFile();

  describe("a count an article gives, which no statistic publishes, is answered by the article (not IMDi's staff)", () => {
    const ROWS: readonly Row[] = [
      ['nb', 'hvor mange unge sitter i IMDis ungdomspanel?', [['13']]],
      ['nn', 'kor mange medlemmar har ungdomspanelet til IMDi?', [['13']]],
      ['en', "how many members does IMDi's youth panel have?", [['13']]],
      ['pl', 'ilu członków ma panel młodzieżowy IMDi?', [['13']]],
      ['uk', 'скільки членів у молодіжній раді IMDi?', [['13']]],
      ['nb', 'hvor mange møter hadde referansegruppen med nettverket i fjor?', [['3 møter']]],
      ['en', 'how many meetings did the reference group hold with the national network?', [['3 meetings']]],
    ];
    it.each(ROWS)('%s: %s', async (lang, message, facts) => expectAnsweredWith(runner, lang, message, facts));

    it('reads such a count as no statistics question, while a count the statistics publish still is one', () => {
      expect(isStatsQuestion(normalize('hvor mange medlemmer har ungdomspanelet?'))).toBe(false);
      expect(isStatsQuestion(normalize('how many meetings did the network have in 2023?'))).toBe(false);
      expect(isStatsQuestion(normalize('hvor mange saker hadde mangfoldsrådgiverne i 2023?'))).toBe(true);
      expect(isStatsQuestion(normalize('hvor mange ansatte har IMDi?'))).toBe(true);
      expect(shippedCountedInArticles().asks(normalize('kor mange avdelingar har divisjonen?'))).toBe(true);
      expect(shippedCountedInArticles().asks(normalize('hvor mange mangfoldsrådgivere finnes det?'))).toBe(false);
    });
  });

  describe("Nora's campaigns, film and cooperation, and IMDi on social media and ung.no", () => {
    const ROWS: readonly Row[] = [
      ['nn', 'kva kampanjar har Nora hatt?', [['Pride'], ['sommarferien']]],
      ['en', 'what campaigns has Nora run on social media?', [['Pride'], ['summer holidays']]],
      ['ar', 'ما الحملات التي نظمتها Nora؟', [['Pride']]],
      ['ru', 'какие кампании проводила Nora?', [['Pride']]],
      ['en', "what was IMDi's Pride campaign about?", [['boyfriend or girlfriend']]],
      ['nb', 'hva er animasjonsfilmen på Nora om?', [['krysskulturell identitet']]],
      ['nb', 'samarbeider Nora med Bufdir og ung.no?', [['DigiUng']]],
      ['en', 'how does Nora collaborate with other services?', [['DigiUng']]],
      ['nb', 'hvem er Nora laget for?', [['ungdom og utsatte']]],
      ['nb', 'hvilke kanaler bruker IMDi for å nå ungdom?', [['Snapchat'], ['Instagram']]],
      ['en', 'what has IMDi written on ung.no?', [['diversity adviser can help']]],
      ['nb', 'hva har IMDi skrevet på ung.no?', [['mangfoldsrådgiver kan hjelpe']]],
    ];
    it.each(ROWS)('%s: %s', async (lang, message, facts) => expectAnsweredWith(runner, lang, message, facts));

    it('keeps the facts beyond the short answer one click away, behind "Les meir", so the first screen stays short', async () => {
      const run = await runner.converse({ lang: 'nn', turns: ['kva kampanjar har Nora hatt?'] });
      const card: unknown = run.replies[0]?.attachments?.[0]?.content;
      // The text the card shows before any button is pressed: every TextBlock outside a hidden element.
      const open: string[] = [];
      const hidden: string[] = [];
      const walk = (node: unknown, shown: boolean): void => {
        if (Array.isArray(node)) return node.forEach((child) => walk(child, shown));
        if (typeof node !== 'object' || node === null) return;
        const element = node as Record<string, unknown>;
        const visible = shown && element['isVisible'] !== false;
        if (element['type'] === 'TextBlock' && typeof element['text'] === 'string') (visible ? open : hidden).push(element['text']);
        for (const [key, value] of Object.entries(element)) if (key !== 'data') walk(value, visible);
      };
      walk(card, true);
      expect(containsFact(open, ['Nora'])).toBe(true);
      expect(containsFact(open, ['Superminoritet'])).toBe(false);
      expect(containsFact(hidden, ['Superminoritet'])).toBe(true);
    });
  });

  describe("the grants' projects and who manages the funds, the plans, and the 2024 allocation letter", () => {
    const ROWS: readonly Row[] = [
      ['nb', 'hvilke prosjekter har fått tilskudd mot negativ sosial kontroll?', [['Skeiv verden'], ['Hjelpeskilden']]],
      ['nn', 'kva prosjekt har fått tilskot under delmål C?', [['Skeiv verden']]],
      ['en', 'give examples of projects funded under sub-goal C', [['Skeiv verden'], ['Snapchat']]],
      ['nb', 'hvor stor del av tilskuddsmidlene forvalter kommunene?', [['70 prosent']]],
      ['nb', 'hvorfor søker så få små organisasjoner om tilskudd?', [['erfaring eller ressurser']]],
      ['nb', 'når ble opptrappingsplanen mot vold og overgrep lansert?', [['desember 2023']]],
      ['en', 'when was the escalation plan against violence launched?', [['December 2023']]],
      ['en', 'what is measure 20 of the action plan against racism and discrimination?', [['measure 20']]],
      ['nb', 'hva står det om mål 3 i tildelingsbrevet?', [['frie liv']]],
      ['en', 'what does goal 3 in the allocation letter say?', [['free lives']]],
      ['en', 'what is the background for assignment 2024-14?', [['Partnerdrapsutvalget']]],
      ['nb', 'hvorfor må vi bruke kvalifisert tolk og ikke barn?', [['Partnerdrapsutvalget']]],
    ];
    it.each(ROWS)('%s: %s', async (lang, message, facts) => expectAnsweredWith(runner, lang, message, facts));
  });

  describe("who leads the coordination of the special services: both sources, side by side", () => {
    const ROWS: readonly Row[] = [['nb', 'hvem leder samordningen av de særskilte tjenestene?', [['sammen med Bufdir'], ['IMDi leder']]]];
    it.each(ROWS)('%s: %s', async (lang, message, facts) => expectAnsweredWith(runner, lang, message, facts));
  });
}

// (was facts31b.test.ts)
{
  /**
   * Session 31, issue #13 point 8 (facts31b): the facts of ../shared/domain.md about the expert team, the diversity
   * advisers, the envoys, Kompetanseteamet and the 2008 advisers that no answer showed. They are written in each
   * article's `details` (12 languages, each with its seed source) and shown behind "Les mer". The questions are this
   * file's own, none from the evaluation sets or the coverage script's templates.
   */

  const runner = conversationRunnerPerFile();

  type Row = readonly [Lang, string, readonly (readonly string[])[]];

  async function expectShown(lang: Lang, message: string, facts: readonly (readonly string[])[]): Promise<void> {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.emergency).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  }

  describe('the article card shows the fuller text behind "Les mer", never on the first screen', () => {
    const t = fixedT(createI18n(), 'nb');

    it('shows long and details of an article, in that order, inside the hidden "more" section', async () => {
      const articles = await loadArticles();
      const byId = new Map(articles.map((a) => [a.id, a]));
      const advisers = byId.get('service-diversity-advisers');
      if (!advisers) throw new Error('the diversity advisers article exists');
      const view = articleView(advisers, 'nb', { articles: byId, serviceName: () => undefined });
      const card = articleCard('nb', t, view);
      const json = JSON.stringify(card);
      // The hidden section is found by its id wherever it sits in the card.
      const moreAt = json.indexOf('"id":"more-service-diversity-advisers"');
      expect(moreAt).toBeGreaterThan(0);
      const more = json.slice(moreAt);
      expect(more).toContain('897');
      expect(more).toContain('ROS-analyser');
      expect(more.indexOf('897')).toBeLessThan(more.indexOf('ROS-analyser'));
      // Only once in the card: behind the toggle, not on the first screen.
      expect(json.split('ROS-analyser').length - 1).toBe(1);
      expect(cardTexts(card).some((text) => text.includes('31.10.2024'))).toBe(true);
    });

    it('writes details in every language, and keeps them out of the index (the services they name draw no questions)', async () => {
      const articles = await loadArticles();
      for (const id of ['service-expert-team', 'service-diversity-advisers', 'service-special-envoys', 'service-kompetanseteamet', 'history-special-services']) {
        const article = articles.find((a) => a.id === id);
        expect([id, LANGUAGES.filter((l) => !article?.details?.[l])]).toEqual([id, []]);
        const body = article ? toIndexable(article).body : undefined;
        for (const lng of LANGUAGES) for (const text of body?.[lng] ?? []) expect(text).not.toBe(article?.details?.[lng]);
      }
    });
  });

  describe("the expert team's target groups, purpose and its new strategy", () => {
    const ROWS: readonly Row[] = [
      ['nb', 'Hva er formålet med fagteamet i IMDi?', [['kjennskapen til hjelpetjenestene']]],
      ['nb', 'Hvilke målgrupper har IMDis fagteam?', [['kriminalomsorgen']]],
      ['nn', 'Kven rettar fagteamet til IMDi seg mot?', [['flyktningtenester']]],
      ['en', 'Does the expert team also train prison staff or students?', [['correctional service']]],
      ['en', 'Is there a new strategy for how the IMDi expert team trains people?', [['start of 2024']]],
      ['tr', 'IMDi uzman ekibi kimlere eğitim veriyor?', [['mülteci hizmetlerindeki']]],
    ];
    it.each(ROWS)('%s: %s', (lang, message, facts) => expectShown(lang, message, facts));
  });

  describe("the diversity advisers' placement, experience, media work and privacy", () => {
    const ROWS: readonly Row[] = [
      ['nb', 'Hvor er mangfoldsrådgiverne plassert?', [['voksenopplæringskontor']]],
      ['nb', 'Har mangfoldsrådgiverne vært i media?', [['radio og tv']]],
      ['nb', 'Hvordan er personvernet ivaretatt hos mangfoldsrådgiverne?', [['ROS-analyser']]],
      ['nn', 'Kva erfaringar har mangfaldsrådgivarane?', [['foreldresamarbeid']]],
      ['en', 'What have the diversity advisers learned from their work?', [['uncovers more cases']]],
      ['pl', 'Gdzie pracują doradcy ds. różnorodności?', [['kształcenia dorosłych']]],
      ['so', 'Xaggee ka shaqeeyaan la-taliyayaasha kala-duwanaanshaha?', [['waxbarasho dadka waaweyn']]],
    ];
    it.each(ROWS)('%s: %s', (lang, message, facts) => expectShown(lang, message, facts));
  });

  describe("the envoys' task, who is responsible abroad, and their training in Norway", () => {
    const ROWS: readonly Row[] = [
      ['nb', 'Hva gjør spesialutsendingene egentlig?', [['forsterket konsulær bistand']]],
      ['nn', 'Kva er oppgåva til spesialutsendingane?', [['konsulær']]],
      ['en', 'What exactly do the special envoys do for people abroad?', [['reinforced consular assistance']]],
      ['so', 'Waa maxay hawsha ergooyinka gaarka ah?', [['qunsuliyadeed']]],
      ['uk', 'Яке завдання спеціальних відряджених?', [['консульську допомогу']]],
    ];
    it.each(ROWS)('%s: %s', (lang, message, facts) => expectShown(lang, message, facts));
  });

  describe("Kompetanseteamet's two names (D04) and the 2008 advisers and team", () => {
    const ROWS: readonly Row[] = [
      ['nb', 'Hvorfor har Kompetanseteamet to forskjellige navn?', [['kjønnslemlesting og negativ sosial kontroll'], ['negativ sosial kontroll og æresrelatert vold']]],
      ['en', 'Why does Kompetanseteamet appear under two different names?', [['same team']]],
      ['nb', 'Hva gjorde Kompetanseteamet i 2008?', [['førstelinjetjenesten'], ['anonymisert']]],
      ['en', "What was Kompetanseteamet's job back in 2008?", [['front-line services']]],
      ['nb', 'Hvem var minoritetsrådgiverne som startet i 2008?', [['24 og 62']]],
      ['nn', 'Kven var minoritetsrådgivarane som starta i 2008?', [['24 og 62']]],
      ['en', 'Who were the minority advisers who started in 2008?', [['24 and 62']]],
      ['tr', "2008'deki azınlık danışmanları kimdi?", [['24 ile 62']]],
      ['ru', 'Кем были советники по делам меньшинств в 2008 году?', [['24 до 62']]],
      ['nb', 'Hvordan jobbet integreringsrådgiverne på ambassadene i 2008?', [['visumattache']]],
    ];
    it.each(ROWS)('%s: %s', (lang, message, facts) => expectShown(lang, message, facts));
  });
}

// (was facts31c.test.ts)
{
  /**
   * Session 31, facts31c: what makes facts31a's added facts safe to merge. Two classes:
   *  - a phrasing written for a new fact lends its words to the article's document frequencies: a common service word in
   *    it ("mangfoldsrådgivere" in ung.no's "article about the advisers") lowered that word's weight in every article and
   *    tipped close readings (the plan before "Sjef i eget liv" against "what were the advisers called before") to "did
   *    you mean"; the new facts' phrasings name what is new about them, not a service every article names;
   *  - the platforms (Instagram, Snapchat, TikTok) are the online-control article's words: a phrasing of Nora's naming
   *    them ("is IMDi on Instagram", "Christmas campaign … TikTok") took weight from that article, and a sibling reading
   *    a sister's messages became "did you mean"; Nora's facts about them stay in its long text ("which channels");
   *  - an article's longer text lends its words to the article's reading: a young writer asking what a service's site is
   *    beside someone to talk to at school was read as that service's article and lost the service from the lines.
   *    A young writer's reading of an article about a service keeps the service, first among the lines.
   * The sentences are this file's own, none from the evaluation sets.
   */

  const runner = conversationRunnerPerFile();

  type Row = readonly [Lang, string, readonly (readonly string[])[]];

  describe("a young writer who asks what a service is, beside someone at school, gets that service first among the lines", () => {
    const ROWS: readonly Row[] = [
      ['nb', 'Jeg er 15. Hva er Nora for noe? Og finnes det en voksen på skolen jeg kan prate med om familien?', [['Nora'], ['mangfoldsrådgiver']]],
      ['nn', 'Eg er 15. Kva er Nora for noko? Og finst det ein vaksen på skulen eg kan prate med om familien?', [['Nora'], ['mangfaldsrådgivar', 'mangfoldsrådgiver']]],
      ['ar', 'أنا عمري 15 سنة. ما هو موقع Nora؟ وهل يوجد شخص في المدرسة أستطيع التحدث معه عن عائلتي؟', [['Nora'], ['mangfoldsrådgiver', 'مستشار']]],
      ['en', "I'm 15. What is the Nora website? Is there an adult at my school I could talk to?", [['Nora']]],
      ['tr', '15 yaşındayım. Nora sitesi nedir? Okulda konuşabileceğim biri var mı?', [['Nora'], ['mangfoldsrådgiver', 'danışman']]],
      ['pl', 'Mam 15 lat. Co to jest strona Nora? Czy jest ktoś w szkole, z kim mogę porozmawiać o rodzinie?', [['Nora'], ['mangfoldsrådgiver', 'doradc']]],
    ];
    it.each(ROWS)('%s: %s', async (lang, message, facts) => {
      const view = await runner.turn(lang, message);
      expect(view.didYouMean || view.cannotAnswer || view.emergency).toBe(false);
      expect(view.replyLanguage).toBe(lang);
      for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
      // The service asked about is the first one the card lists.
      const first = view.texts.findIndex((text) => /^1\. /u.test(text));
      expect(view.texts[first]).toContain('Nora');
    });

    it('keeps the service of an article about one, and only of such an article', () => {
      const article = (articleId: string): IntentBase => {
        const intent = { kind: 'article', articleId };
        return intent;
      };
      const serviceOf = (articleId: string): ServiceId | undefined => (articleId === 'service-nora' ? 'nora' : undefined);
      expect(forYoungWriter(article('service-nora'), true, false, serviceOf)).toEqual({ kind: 'contact', query: { serviceId: 'nora', atSchool: true, youngSelf: true } });
      expect(forYoungWriter(article('negative-social-control'), false, false, serviceOf)).toEqual({ kind: 'contact', query: { youngSelf: true } });
      expect(forYoungWriter(article('service-nora'))).toEqual({ kind: 'contact', query: { youngSelf: true } });
    });
  });

  describe("the new facts' phrasings leave close readings as they were", () => {
    const ROWS: readonly Row[] = [
      ['nb', 'hva het handlingsplanen før «Sjef i eget liv»?', [['Frihet fra negativ sosial kontroll']]],
      ['nb', 'hva het den handlingsplanen som gjaldt før Sjef i eget liv?', [['Frihet fra negativ sosial kontroll']]],
      ['nn', 'kva heitte den førre handlingsplanen, før Sjef i eige liv?', [['Frihet fra negativ sosial kontroll']]],
      ['en', 'what was the name of the action plan that came before Sjef i eget liv?', [['Frihet fra negativ sosial kontroll']]],
      // ung.no's own facts are still found by what is new about them.
      ['nb', 'har IMDi skrevet en artikkel om mangfoldsrådgiverne på ung.no?', [['ung.no']]],
      ['en', 'did IMDi publish an article on ung.no?', [['ung.no']]],
    ];
    it.each(ROWS)('%s: %s', async (lang, message, facts) => {
      const view = await runner.turn(lang, message);
      expect(view.didYouMean || view.cannotAnswer || view.emergency).toBe(false);
      expect(view.replyLanguage).toBe(lang);
      for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
    });

    it.each([
      ['nn', 'skriv ein «boka» eller «boki» på nynorsk?'],
      ['nn', 'er det rett å skrive «jentene» eller «jentone» på nynorsk?'],
    ] as const)('%s: a grammar question stays out of scope: %s', async (lang, message) => expectDeclined(await runner.turn(lang, message), lang));
  });

  describe("a question about control on social media keeps the online-control article, beside Nora's facts about IMDi's channels", () => {
    const ROWS: readonly Row[] = [
      ['nb', 'faren hennes leser alle meldingene hennes på instagram', [['sosiale medier']]],
      ['nn', 'far hennar les alle meldingane hennar på instagram', [['sosiale medium']]],
      ['en', 'her brothers read all her messages on instagram', [['social media']]],
      ['tr', 'babası tiktok hesabını kontrol ediyor', [['sosyal medya']]],
      ['pl', 'brat czyta jej wiadomości na instagramie', [['internecie']]],
      ['nb', 'hvilke kanaler bruker IMDi for å nå ungdom?', [['Snapchat'], ['Instagram']]],
      ['nn', 'kva kanalar brukar IMDi for å nå unge?', [['Snapchat'], ['Instagram']]],
    ];
    it.each(ROWS)('%s: %s', async (lang, message, facts) => {
      const view = await runner.turn(lang, message);
      expect(view.didYouMean || view.cannotAnswer || view.emergency).toBe(false);
      expect(view.replyLanguage).toBe(lang);
      for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
    });

    it("no phrasing of Nora's names a platform", async () => {
      const nora = (await loadArticles()).find((a) => a.id === 'service-nora');
      const phrasings = Object.values(nora?.phrasings ?? {}).flat();
      expect(phrasings.length).toBeGreaterThan(0);
      expect(phrasings.filter((p) => /instagram|snapchat|tiktok/iu.test(p))).toEqual([]);
    });
  });
}

// (was hb31a.test.ts)
{
  /**
   * Issue #13, session 31 (hb31a): the classes behind the held-back set -90's failures, each in this file's own words
   * (none of these sentences is in the evaluation sets). Each row: the language, the turns, and the facts the last
   * turn's answer must show (each fact a list of spellings), with no "did you mean" and no "cannot answer".
   */
  type Row = readonly [Lang, readonly string[], readonly (readonly string[])[]];

  const runner = conversationRunnerPerFile();

  async function expectAnswer(lang: Lang, turns: readonly string[], facts: readonly (readonly string[])[]): Promise<void> {
    const view = await runner.turn(lang, turns);
    expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, language: view.replyLanguage }).toEqual({ didYouMean: false, cannotAnswer: false, language: lang });
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  }

  describe("the prevention unit of 2008 named in a mix of bokmål and nynorsk ('forebyggingseininga')", () => {
    const rows: readonly Row[] = [
      ['nn', ['Kor mange tilsette hadde forebyggingseininga i 2008?'], [['45']]],
      ['nb', ['Hvor mange ansatte hadde førebyggingsenheten i 2008?'], [['45']]],
    ];
    it.each(rows)('%s: %j tells its staff', (lang, turns, facts) => expectAnswer(lang, turns, facts));
  });

  describe('the duty to notify child welfare, asked about someone over 18: the grown-ups article (Kompetanseteamet)', () => {
    const rows: readonly Row[] = [
      ['en', ['Is an adult education teacher obliged to report to child welfare when the student is 21?'], [['Kompetanseteamet', '478 09 050']]],
      ['nn', ['Må lærarane i vaksenopplæringa melde til barnevernet om ein elev på 20 år?'], [['Kompetanseteamet', '478 09 050']]],
      ['nb', ['Har vi meldeplikt til barnevernet for en kursdeltaker på 22? Familien bestemmer hvem hun møter.'], [['Kompetanseteamet', '478 09 050']]],
    ];
    it.each(rows)('%s: %j', (lang, turns, facts) => expectAnswer(lang, turns, facts));
  });

  describe('where young people read about control and their rights in plain words: Nora', () => {
    const rows: readonly Row[] = [
      ['en', ['Is there a site where teenagers can read about their rights in easy words?'], [['Nora']]],
      ['nb', ['Hvor kan ungdom lese lettfattet om kontroll og rettighetene sine?'], [['Nora']]],
      ['nn', ['Kvar kan unge lese om rettane sine med enkle ord?'], [['Nora']]],
    ];
    it.each(rows)('%s: %j', (lang, turns, facts) => expectAnswer(lang, turns, facts));
  });

  describe("'which organisation?' with no service named asks whom to contact, in the twelve languages", () => {
    const lines = ['815 55 201', '478 09 050', '116 111', 'SEIF', '22 03 48 30'];
    const rows: readonly Row[] = [
      ['nb', ['Foreldrene til nevøen min bestemmer alt for ham. Hvilken organisasjon kan vi snakke med?'], [lines]],
      ['nn', ['Foreldra til nevøen min bestemmer alt for han. Kva organisasjon kan vi snakke med?'], [lines]],
      ['en', ['My niece is watched by her brothers all the time. Which organisation is there for this?'], [lines]],
      ['ar', ['أخوها يراقب ابنة أختي طوال الوقت. أي منظمة تساعد في هذا؟'], [lines]],
      ['so', ['Walaalkeed ayaa had iyo jeer la socda gabadha. Hay\'addee ayaa arrintan ka caawisa?'], [lines]],
      ['fa', ['برادرش همیشه خواهرزاده‌ام را کنترل می‌کند. کدام سازمان در این مورد هست؟'], [lines]],
      ['ur', ['میری بھانجی کا بھائی ہر وقت اس پر نظر رکھتا ہے۔ اس کے لیے کون سی تنظیم ہے؟'], [lines]],
      ['uk', ['Брат постійно стежить за моєю племінницею. Яка організація цим займається?'], [lines]],
      ['ru', ['Брат постоянно следит за моей племянницей. Какая организация этим занимается?'], [lines]],
      ['tr', ['Ağabeyi yeğenimi sürekli takip ediyor. Bu konuda hangi kuruluş var?'], [lines]],
      ['pl', ['Brat ciągle pilnuje mojej siostrzenicy. Jaka organizacja się tym zajmuje?'], [lines]],
      ['ti', ['ሓዋ ንጓል ሓብተይ ኩሉ ግዜ ይከታተላ። ኣየናይ ትካል ኣሎ?'], [lines]],
    ];
    it.each(rows)('%s: %j', (lang, turns, facts) => expectAnswer(lang, turns, facts));
  });

  describe("a helpline asked for grown-ups, no service named: the grown-ups' lines, VO-linjen among them", () => {
    const rows: readonly Row[] = [
      ['en', ['Any helpline grown-ups can ring about abuse from a partner?'], [['116 006', 'VO-linjen']]],
      ['nb', ['Finnes det en hjelpelinje for voksne som har det vondt med en partner som truer?'], [['116 006', 'VO-linjen']]],
    ];
    it.each(rows)('%s: %j', (lang, turns, facts) => expectAnswer(lang, turns, facts));
  });

  describe("'since when?' after the advisers' new name: when the renaming came (2024)", () => {
    const rows: readonly Row[] = [
      ['nb', ['hva heter minoritetsrådgiverne i dag?', 'siden når?'], [['2024']]],
      ['en', ["what is the minority advisers' new name?", 'since when?'], [['2024']]],
    ];
    it.each(rows)('%s: %j', (lang, turns, facts) => expectAnswer(lang, turns, facts));
  });

  describe('a count the sources do not publish: said first, then the nearest published count', () => {
    const rows: readonly Row[] = [
      // The expert team counts assignments, not cases.
      ['nb', ['Hvor mange saker hadde IMDis fagteam i 2023?'], [['63']]],
      ['en', ["How many cases did IMDi's expert team handle in 2023?"], [['63']]],
      // Girls protected, with no service named: the services' case totals of that year.
      ['en', ['How many girls from Eritrea were protected from FGM in 2023?'], [['899', '897']]],
      ['nb', ['Hvor mange jenter ble beskyttet mot omskjæring i 2023?'], [['899', '897']]],
    ];
    it.each(rows)('%s: %j', (lang, turns, facts) => expectAnswer(lang, turns, facts));
  });
}

// (was left31.test.ts)
{
  /**
   * Issue #13, session 31 (left31): dangers the tuned sets still missed, each class in the writer's own words. The
   * sentences are this file's own; none is in the evaluation sets.
   */
  type Twin = readonly [Lang, string];

  describe("nynorsk passives with 'vert' read as their 'blir' forms", () => {
    const danger: readonly Twin[] = [
      ['nn', 'Eleven min (13) seier at ho vert slått av faren kvar gong ho kjem seint heim. Kven melder eg til?'],
      ['nn', 'Guten på 15 fortel at han vert slegen heime når han ikkje ber. Kva gjer vi no?'],
      ['nn', 'Syster mi (16) vert send ut av landet i morgon og ho vil ikkje.'],
    ];
    const calm: readonly Twin[] = [
      ['nn', 'Ho vert ikkje slått, men foreldra bestemmer kven ho får vere saman med. Kven kan vi snakke med?'],
    ];
    it.each(danger)('%s: "%s" is an emergency', (lng, text) => expect(isDanger(text, lng)).toBe(true));
    it.each(calm)('%s: "%s" is no emergency', (lng, text) => expect(isDanger(text, lng)).toBe(false));
  });

  describe('an elder who "knows how things are done", told beside a mother who was cut: the daughter may be next', () => {
    const danger: readonly Twin[] = [
      ['nn', 'Jordmor her. Mor er omskoren sjølv. Farmor kjem frå Somalia i haust, og mannen seier at ho veit korleis slikt skal gjerast. Dottera er 5.'],
      ['nb', 'Jeg er helsesykepleier. Mor er omskåret, og datteren er 7. Nå skal mormor bo hos dem et halvt år, og faren sier hun vet hvordan ting skal gjøres.'],
      ['en', 'Practice nurse here. The mother was cut as a child. Her mother-in-law is moving in for the winter and, the husband says, knows how things are done. The girl is six.'],
      ['pl', 'Pielęgniarka szkolna. Mama jest obrzezana. Babcia przyjeżdża na pół roku i podobno wie jak takie rzeczy się robi. Córka ma 6 lat.'],
      ['ru', 'Я медсестра. Мама обрезана, дочке 7 лет. Приезжает бабушка, и отец говорит, что она знает как такие вещи делаются.'],
      ['uk', 'Я медсестра. Мама обрізана, доньці 6 років. Приїжджає бабуся, і батько каже, що вона знає як такі речі робляться.'],
      ['tr', 'Hemşireyim. Annesi sünnetli, kızı 7 yaşında. Babaanne gelecek ve babası onun bu işlerin nasıl yapıldığını bildiğini söylüyor.'],
      ['ar', 'أنا ممرضة. الام مختونة وابنتها عمرها 7 سنوات. الجدة ستأتي، ويقول الأب إنها تعرف كيف تتم هذه الامور.'],
      ['fa', 'من پرستارم. مادر ختنه شده و دخترش ۷ ساله است. مادربزرگ می‌آید و پدر می‌گوید او میداند چطور باید انجام شود.'],
      ['ur', 'میں نرس ہوں۔ ختنہ شدہ ماں ہے اور بیٹی 7 سال کی ہے۔ دادی آ رہی ہیں اور والد کہتے ہیں کہ وہ جانتی ہیں کہ یہ کیسے کیا جاتا ہے۔'],
      ['so', 'Waxaan ahay kalkaaliso. Hooyada waa gudan tahay, gabadhuna waa 7 jir. Ayeeyo ayaa imanaysa, aabuhuna wuxuu leeyahay way taqaan sida loo sameeyo.'],
      ['ti', 'ኣነ ነርስ እየ። ኣደ ተገዚራ፣ ጓላ 7 ዓመት እያ። ዓባይ ክትመጽእ እያ፣ ኣቦ ድማ ከመይ ከም ዝግበር ትፈልጥ ይብል።'],
    ];
    const calm: readonly Twin[] = [
      // The same elder with no cutting in the family: a grandmother's visit.
      ['nb', 'Bestemor kommer på besøk i sommer og vet hvordan ting skal gjøres på kjøkkenet. Datteren på 8 gleder seg.'],
      // A mother's own cutting and a daughter, with the same done denied.
      ['nb', 'Mor er omskåret, men hun sier datteren aldri skal gjennom det samme. Hvor kan vi lese mer?'],
      // A course and figures on the topic.
      ['nn', 'Vi planlegg eit kurs for tilsette om kvinner som er omskorne. Kven kan halde det?'],
      ['en', 'How many women who have been cut live in Norway? I need figures for a lesson.'],
    ];
    it.each(danger)('%s: "%s" is an emergency', (lng, text) => expect(isDanger(text, lng)).toBe(true));
    it.each(calm)('%s: "%s" gets no attention block', (lng, text) => expect(alarmed(text, lng)).toBe(false));
  });

  describe('a young woman sent on an open-ended "holiday" whose passport is to stay with a relative', () => {
    const danger: readonly Twin[] = [
      ['en', 'My client (20) works at a car workshop with her dad. He says she will fly to Amman in May and stay as long as needed, and leave her passport with her uncle.'],
      ['en', 'A learner of 22 told me her family will take her to Jordan; she must hand over her passport to her father before they go.'],
      ['nb', 'En deltaker (21) skal på ferie til Jordan og bli der så lenge det trengs, sier faren. Passet skal ligge hos onkelen.'],
      ['nn', 'Ei kvinne på 20 skal reise til Irak i sommar og vere der så lenge det trengst. Passet skal liggje hjå onkelen.'],
    ];
    const calm: readonly Twin[] = [
      // A workshop job alone says nothing of a course, and nothing of a case.
      ['en', 'The father works at a car workshop and the family is doing well. Where can parents read about negative social control?'],
    ];
    it.each(danger)('%s: "%s" is an emergency', (lng, text) => expect(isDanger(text, lng)).toBe(true));
    it.each(calm)('%s: "%s" gets no attention block', (lng, text) => expect(alarmed(text, lng)).toBe(false));

    const runner = conversationRunnerPerFile();
    it('en: the long story of a resettled family gets the emergency card, the envoy in Amman and the 24/7 line', async () => {
      const view = await runner.turn(
        'en',
        'Some background first. We welcomed an Iraqi family here three years ago; the dad has a job in a repair workshop and the younger ones love school. Their daughter, 21, just finished upper secondary. Her dad now says she is going to Amman for a "break" and will stay as long as needed, and she asked me whether she should leave her passport with her aunt. Which embassy covers Jordan, and who answers after hours?',
      );
      expect(view.emergency).toBe(true);
      expect(containsFact(view.texts, ['Amman'])).toBe(true);
      expect(containsFact(view.texts, ['23 95 00 00', '23950000'])).toBe(true);
    });
  });
}
