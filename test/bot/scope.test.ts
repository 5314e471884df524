import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { containsFact } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';
import { isEmergencyReply } from '../helpers/emergency-reply';
import { cardJson, replyTo, talk } from '../helpers/replies';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * What the bot answers and what it declines (issue #13): everyday matters outside the domain, look-alike words, calm
 * cases and near-field questions. One app for the file (test/helpers/test-app.ts, oneAppPerFile); a describe per
 * class, each the former file named in its first line.
 */

// (was scope-conversation.test.ts)
describe('what a message is about decides whether the bot answers it (scope reader)', () => {
  /**
   * What a message is about decides whether the bot answers it (issue #13, understanding that holds on questions nobody
   * tuned for; src/understanding/scope-reader.ts, content/understanding/scope/):
   * - an everyday matter with nothing of the domain in it (a driving licence, one's own passport, a residence or
   *   family-reunification application, tax, a benefit, a Teams password, the weather, a recipe) gets the polite
   *   "I can't answer that: it is outside what I know about", not an article or an emergency card that shares a word
   *   with it;
   * - the same words inside a story of control, marriage or danger stay in scope;
   * - a professional's "what do I do?" about a case whose own verb is in no word list gets the advice for their role
   *   (Kompetanseteamet's line) with "call 112 if acute" on top, not "I can't answer that".
   * The sentences are this file's own, in several languages; none is in the evaluation sets.
   */
  type Json = Record<string, unknown>;

  const cannotTitle = (lng: Lang): string => {
    const file = path.join(__dirname, '..', '..', 'locales', lng, 'guidance.json');
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { cannot: { title: string } };
    return parsed.cannot.title;
  };

  function card(reply: Partial<Activity>): Json {
    const content = reply.attachments?.[0]?.content as Json | undefined;
    if (!content || !Array.isArray(content['body'])) throw new Error('the reply has no Adaptive Card');
    return content;
  }
  const text = (reply: Partial<Activity>): string => JSON.stringify(card(reply));

  /** The card's first element, when it is the "is someone in danger now? call 112" block. */
  function acuteBlock(reply: Partial<Activity>): Json | undefined {
    const first = (card(reply)['body'] as Json[])[0];
    return first?.['type'] === 'Container' && first['style'] === 'attention' ? first : undefined;
  }

  describe('conversation: an everyday matter outside the domain is declined politely', () => {
    const { chat } = oneAppPerFile();

    const EVERYDAY: ReadonlyArray<readonly [Lang, string]> = [
      ['nb', 'Hvordan søker jeg om nytt førerkort etter at det gamle ble borte?'],
      ['nb', 'Jeg har glemt passordet til Teams på jobben, hvordan får jeg et nytt?'],
      ['nn', 'Korleis søkjer eg om bustøtte frå Husbanken?'],
      ['en', 'How do I renew my passport at the police station?'],
      ['en', 'What documents do I need to renew my residence permit?'],
      ['ar', 'كيف أجدد رخصة القيادة في النرويج؟'],
      ['ar', 'كيف أقدم طلب إقامة دائمة في النرويج؟'],
      ['tr', 'Ehliyet sınavına nasıl başvurabilirim?'],
      ['tr', 'Pasaportumu nasıl yenileyebilirim?'],
      // Swimming lessons, a sports course and their funding are an organiser's errand (session 21).
      ['tr', 'Göçmen çocuklar için yüzme dersleri ayarlamak istiyoruz, parayı nereden buluruz?'],
      ['tr', 'Belediyeden spor kursu için bütçe nasıl isteriz?'],
      ['pl', 'Jak odnowić paszport w ambasadzie w Oslo?'],
      ['uk', "Як подати заяву на возз'єднання сім'ї з батьками?"],
      ['ru', 'Как получить вид на жительство в Норвегии?'],
      ['fa', 'چطور برای اقامت دائم در نروژ درخواست بدهم؟'],
      ['so', 'Sidee baan u cusboonaysiiyaa baasaboorkayga?'],
      ['ur', 'میں اپنا پاسپورٹ کیسے رینیو کروں؟'],
      ['ti', 'ፓስፖርተይ ከመይ ገይረ ከሐድሶ እኽእል?'],
      // A passport for one's own child is an everyday errand too (a taken passport, below, is not).
      ['nb', 'Hva må jeg ha med når jeg skal søke om pass til den minste datteren min?'],
      ['en', 'Where do I apply for a first passport for my baby?'],
      // Recipes and snacks for small children are a kitchen matter, not a case (session 25).
      ['tr', 'Anaokulundaki çocuklar için pratik atıştırmalık tarifleri var mı?'],
      ['pl', 'Jakie zdrowe przekąski mogę przygotować dla dzieci w przedszkolu?'],
      ['ru', 'Подскажите рецепты полезных перекусов для малышей в детском саду'],
      ['ar', 'هل لديك وصفات سهلة لوجبات خفيفة للأطفال؟'],
      ['en', 'Any healthy snack ideas for a group of four-year-olds?'],
    ];

    it.each(EVERYDAY)('%s: "%s" gets "I can\'t answer that", no article and no emergency card', async (lng, message) => {
      await replyTo(chat, lng, message, (reply) => {
        expect(isEmergencyReply(reply)).toBe(false);
        expect(text(reply)).toContain(cannotTitle(lng));
      });
    });
  });

  describe('conversation: homework, IT trouble and one\'s own income tax are declined in every language, asked as a plea or by a professional', () => {
    const { chat } = oneAppPerFile();

    // "Help" in these is help with a task ("помогите с домашкой"), and "won't" is said of a machine: no emergency card.
    const TASKS: ReadonlyArray<readonly [Lang, string]> = [
      ['uk', 'Допоможіть, будь ласка, з домашнім завданням з математики: як розвʼязати рівняння 2x + 3 = 11?'],
      ['ru', 'Помогите с домашкой по математике, как решить уравнение 2x + 3 = 11?'],
      ['so', 'Ma iga caawin kartaa casharka xisaabta? Ma fahmin jajabka.'],
      ['nb', 'Jeg jobber i politiet og skriveren på kontoret vil ikke skrive ut, hva gjør jeg?'],
      ['nn', 'Eg jobbar i politiet, og skrivaren på kontoret skriv ikkje ut. Kva gjer eg?'],
      ['ar', 'أعمل في الشرطة والطابعة في المكتب لا تطبع، ماذا أفعل؟'],
      ['ti', 'ኣብ ፖሊስ እየ ዝሰርሕ፣ እቲ ፕሪንተር ኣይሕትምን ዘሎ፣ እንታይ ክገብር?'],
      // A bare plea before an everyday subject, with no person named, is the same request.
      ['en', 'Help! my printer is jammed'],
      ['pl', 'Pomocy! Nie umiem rozwiązać zadania z matematyki'],
      ['tr', 'Yardım edin, matematik ödevimi yapamıyorum'],
      // "skatt" is no misspelt "skutt" (shot).
      ['nb', 'Må jeg betale skatt av overtidsbetaling?'],
      // An amount in kroner asked about no service of ours is no statistics question.
      ['en', 'How much income tax will I pay on a salary of 500,000 kroner?'],
      ['ar', 'كم ضريبة الدخل التي سأدفعها على راتبي في النرويج؟'],
    ];

    it.each(TASKS)('%s: "%s" gets "I can\'t answer that", no answer and no emergency card', async (lng, message) => {
      await replyTo(chat, lng, message, (reply) => {
        expect(isEmergencyReply(reply)).toBe(false);
        expect(text(reply)).toContain(cannotTitle(lng));
      });
    });

    const IN_SCOPE: ReadonlyArray<readonly [Lang, string]> = [
      ['ru', 'Помогите с ситуацией: ученицу хотят выдать замуж летом'],
      ['nb', 'Eleven får ikke gjøre lekser fordi hun må jobbe hjemme hele tiden og får ikke gå ut'],
      ['nb', 'Faren vil ikke at hun skal ta lappen, er det negativ sosial kontroll?'],
      ['ar', 'أعمل في الشرطة، ما هو رقم فريق الكفاءات Kompetanseteamet؟'],
    ];

    it.each(IN_SCOPE)('%s: school, police or a plea in a question of the domain is answered: "%s"', async (lng, message) => {
      await replyTo(chat, lng, message, (reply) => expect(text(reply)).not.toContain(cannotTitle(lng)));
    });
  });

  describe('conversation: the same words in a story of the domain stay in scope', () => {
    const { chat } = oneAppPerFile();

    const DANGER: ReadonlyArray<readonly [Lang, string]> = [
      ['nb', 'Faren min har tatt passet mitt og sier jeg skal gifte meg i sommer'],
      ['en', "My father took my passport and I'm scared he'll send me abroad"],
      ['tr', 'Babam pasaportumu aldı, beni evlendirmek istiyorlar'],
      ['pl', 'Ojciec zabrał mi paszport i nie mogę wrócić do Norwegii'],
    ];

    it.each(DANGER)('%s: a passport taken by the family is danger: "%s"', async (lng, message) => {
      await replyTo(chat, lng, message, (reply) => expect(isEmergencyReply(reply)).toBe(true));
    });

    const CASES: ReadonlyArray<readonly [Lang, string]> = [
      ['en', 'My client was forced into marriage abroad and is afraid of what happens if the family reunification for her husband is approved.'],
      ['nb', 'Hun ble tvangsgiftet i fjor og er redd for at mannen skal få familiegjenforening hit.'],
      ['ar', 'زوجوها بالغصب وهي خايفة من طلب لم الشمل لزوجها، شو لازم نعمل؟'],
    ];

    it.each(CASES)('%s: family reunification in a forced-marriage story is answered: "%s"', async (lng, message) => {
      await replyTo(chat, lng, message, (reply) => expect(text(reply)).not.toContain(cannotTitle(lng)));
    });
  });

  describe("conversation: a professional's \"what do I do?\" about a case gets the advice for their role", () => {
    const { chat } = oneAppPerFile();

    // The case's own verb is in no word list (a future form, an engagement arranged, "to wed"): only the ask is read.
    const ASKS: ReadonlyArray<readonly [Lang, string]> = [
      ['pl', 'Jestem pielęgniarką. Pacjentka mówi, że rodzina zaręczy ją z kuzynem. Co mam zrobić?'],
      ['ru', 'Я учитель. Ученица сказала, что родители собираются выдать её за двоюродного брата. Что мне делать?'],
      ['ur', 'main school nurse hoon. ek 13 saal ki bachi kehti hai ke uske abbu usko Pakistan mein rishta pakka karenge. kis se mashwara karun?'],
      ['uk', 'Я медсестра. Пацієнтка каже, що батьки засватають її за родича. Що мені робити?'],
    ];

    it.each(ASKS)('%s: "%s" gets Kompetanseteamet with the 112 line on top, not "I can\'t answer that"', async (lng, message) => {
      await replyTo(chat, lng, message, (reply) => {
        expect(text(reply)).not.toContain(cannotTitle(lng));
        expect(JSON.stringify(acuteBlock(reply) ?? {})).toContain('tel:112');
        expect(text(reply)).toMatch(/478\s?09\s?050/u);
      });
    });

    it('an everyday question from a professional is still declined: a teacher asking about their tax return', async () => {
      await replyTo(chat, 'nb', 'Jeg er lærer. Hva gjør jeg når skattemeldingen min er feil?', (reply) => expect(text(reply)).toContain(cannotTitle('nb')));
    });
  });
});

// (was calm-errands-and-figures.test.ts)
describe('calm errands, and figures that name a harm (session 16)', () => {
  /**
   * Calm questions that got the emergency card or an answer card (issue #13, session 16), in this file's own words:
   * shopping and a Teams password (with "I keep getting thrown out", "I'm locked out") are declined politely in every
   * language; a question for published figures that names a harm ("how many honour killings…") gets the figures, not
   * the emergency numbers. Being thrown out by one's parents, or a figures question with a threat in it, still gets them.
   */
  const cannotTitle = (lng: Lang): string => {
    const file = path.join(__dirname, '..', '..', 'locales', lng, 'guidance.json');
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { cannot: { title: string } };
    return parsed.cannot.title;
  };
  const text = (reply: Partial<Activity>): string => JSON.stringify(reply.attachments?.[0]?.content ?? reply.text ?? '');

  describe('conversation: shopping and one’s own Teams password are outside what the bot knows', () => {
    const { chat } = oneAppPerFile();

    const ERRANDS: ReadonlyArray<readonly [Lang, string]> = [
      ['nb', 'hvilken bærbar PC bør jeg kjøpe til under 8000 kr?'],
      ['en', 'which phone should I buy for my son, the cheapest good one?'],
      ['pl', 'jaki laptop kupić dla córki do 2500 zł?'],
      ['ru', 'какой телефон купить подростку недорого?'],
      ['ar', 'أي هاتف أشتري لابني بسعر معقول؟'],
      ['nb', 'hvordan endrer jeg passordet i Teams? jeg blir kastet ut hele tiden'],
      ['en', 'how do I change my Teams password? I keep getting kicked out of Teams'],
      ['ti', 'ናይ teams password ብኸመይ ክቕይሮ እኽእል?'],
    ];

    it.each(ERRANDS)('%s: "%s" gets "I can\'t answer that" and no emergency card', async (lng, message) => {
      await replyTo(chat, lng, message, (reply) => {
        expect(isEmergencyReply(reply)).toBe(false);
        expect(text(reply)).toContain(cannotTitle(lng));
      });
    });

    it('being thrown out by one’s parents is no errand, even beside a Teams login', async () => {
      await replyTo(chat, 'nb', 'foreldrene mine kastet meg ut i natt, og jeg kommer ikke inn på teams', (reply) => expect(isEmergencyReply(reply)).toBe(true));
    });
  });

  describe('conversation: a question for figures that names a harm is answered with the figures', () => {
    const { chat } = oneAppPerFile();

    it('"how many honour killing cases in 2022" gets no emergency card', async () => {
      await replyTo(chat, 'en', 'how many honour killing cases did Kompetanseteamet have in 2022?', (reply) => expect(isEmergencyReply(reply)).toBe(false));
    });

    it('the same question with a threat to the writer gets the emergency card first', async () => {
      await replyTo(chat, 'en', 'how many honour killing cases were there in 2022? my uncle says he will kill me', (reply) => expect(isEmergencyReply(reply)).toBe(true));
    });
  });
});

// (was out-of-scope-words.test.ts)
describe('conversation: look-alike words of unrelated questions', () => {
  /**
   * Everyday words that look like ours are not our answers (issue #13, out-of-scope questions answered in general-blind-7):
   * "MFA" in a question about a Teams password is not the Ministry of Foreign Affairs; "foreldrepenger" (parental
   * benefit) is not a question about grant money.
   */
  const { chat } = oneAppPerFile();

  it('a Teams password question mentioning MFA gets no UD contact card', async () => {
    await talk(chat(), ['how do I reset my Teams password, it keeps asking for MFA', (reply) => expect(cardJson(reply)).not.toContain('23 95 00 00')]);
  });

  it('a parental-benefit question gets no grant figures, while a grant question still does', async () => {
    await talk(
      chat(),
      ['hvor mye får man i foreldrepenger hvis man jobber 80%', (reply) => expect(cardJson(reply)).not.toContain('tilskudd til frivillige organisasjoner')],
      ['hvor mye penger fikk frivillige organisasjoner i 2023?', (reply) => expect(cardJson(reply)).toMatch(/10\s400\s000/u)],
    );
  });
});

// (was calm-case-near-field.test.ts)
/**
 * Issue #13, session 17, in the writer's own phrasings: a case its writer says is not dangerous now is answered, with
 * "is someone in danger now? call 112" as a sentence in the answer and no emergency block; danger described stays the
 * emergency card first; a question next to the field (another law, tuition hours, a lesson plan) is declined politely
 * in its own language, with no answer card and no emergency numbers.
 */
describe('calm cases, described danger and near-field questions (session 17)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Jeg jobber på asylmottak. En beboer på 24 forteller at mannen har tatt bankkortet hennes og bestemmer hvem hun snakker med. Hun sier hun ikke er i fare. Hvem kan gi oss råd?'],
    ['en', 'I teach adults Norwegian. A student of 29 says her in-laws keep her passport and decide everything. She is not in danger, she says. Who can advise us?'],
    ['nn', 'Helsesjukepleiar her. Ei jente på 16 fortel at broren les alle meldingane hennar, men ho er ikkje i fare no. Kven kan eg spørje om råd?'],
    ['ar', 'أعمل في مركز استقبال. امرأة عمرها 25 سنة تقول إن زوجها أخذ جواز سفرها، لكنها ليست في خطر. بمن نتصل للاستشارة؟'],
  ] as const)('%s: answered, no emergency block, "112" said in the answer: %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    expect(view.answers).toBeGreaterThan(0);
    expect(containsFact(view.texts, ['112'])).toBe(true);
  });

  it.each([
    ['nb', 'Kontaktlærer her. En gutt på 15 forteller at onkelen sjekker alt han skriver på nett. Han sier han ikke er i fare, men vil snakke med noen. Hvor kan han henvende seg?', ['116 111', '116111']],
    ['en', 'I work at NAV. A client of 31 says her husband manages all her money and decides who she meets. She is not in danger, she says. Where can we get advice?', ['478 09 050', '47809050']],
  ] as const)('%s: a calm case gets the line it needs (the children’s line for a child, Kompetanseteamet otherwise) without the block: %s', async (lang, message, line) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['112'])).toBe(true);
    expect(containsFact(view.texts, line)).toBe(true);
  });

  it.each([
    ['nb', 'Eleven min på 15 sier faren har kjøpt billett til Irak og at hun skal giftes der neste uke. Hva gjør jeg?'],
    ['en', 'My student told me her brothers beat her yesterday and she is afraid to go home tonight'],
    ['nn', 'Ho er ikkje i fare seier ho, men onkelen står og ventar utanfor skulen og har truga med å drepe henne.'],
  ] as const)('%s: danger described still gets the emergency card first: %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(true);
  });

  it.each([
    ['nb', ['hva er telefonnummeret til kompetanseteamet?', 'og hvis noe haster om natta?']],
    ['en', ['how do I reach Kompetanseteamet?', 'and at night, if it is urgent?']],
    ['nn', ['kva er nummeret til Røde Kors-telefonen?', 'er han open om natta òg?']],
  ] as const)('%s: the numbers open at night asked as information are shown, without the emergency block: %j', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['112'])).toBe(true);
  });

  it.each([
    ['nb', ['Lærer her. Ei elev på 15 sier faren vil ta henne med til Somalia og gifte henne bort. Hvem ringer jeg?', 'og hvis det haster etter at de har stengt?']],
    ['en', ['Social worker: we think a 14-year-old may be cut on a trip to Sudan. Who can advise us?', 'they are closed now, what if it is urgent?']],
  ] as const)('%s: after a case, the numbers open at night come as the emergency card: %j', async (lang, turns) => {
    expect((await runner.turn(lang, turns)).emergency).toBe(true);
  });

  it.each([
    ['nb', 'Er det lov å ha med seg kniv på offentlig sted? Trenger paragrafen.'],
    ['en', 'what does the law say about carrying a small knife in town?'],
    ['nn', 'Kor mange timar norskopplæring har vaksne deltakarar rett til?'],
    ['ru', 'Составьте, пожалуйста, план урока по географии для 7 класса'],
    ['tr', 'Norveç’te bıçak taşımak yasal mı?'],
    ['pl', 'Jakie są przepisy drogowe dla rowerzystów w Oslo?'],
    ['uk', 'Допоможіть скласти план уроку з математики'],
  ] as const)('%s: a near-field question is declined, no answer card, no emergency numbers: %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(true);
    expect(view.answers).toBe(0);
    expect(view.emergency).toBe(false);
  });

  it.each([
    ['nb', 'Jeg er lærer og vil undervise om tvangsekteskap i 10. trinn. Hvor finner jeg et undervisningsopplegg?'],
    ['en', 'my brother carries a knife and says he will hurt me if I talk to boys'],
  ] as const)('%s: the same words with the field in them stay in scope: %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.cannotAnswer).toBe(false);
    expect(view.answers + (view.emergency ? 1 : 0)).toBeGreaterThan(0);
  });
});

// (was service-by-topic.test.ts)
/**
 * Issue #13, session 18, in phrasings written for this test: a request for a helpline named by what it is about
 * ("the Red Cross line on forced marriage", "the helpline on violence in close relationships") gets the number and no
 * emergency block, in every language; a danger told beside the request still gets the emergency card first; a service
 * for people of a kind abroad ("Norwegians abroad") is no case abroad; a question on sick-leave rules is declined.
 */
describe('helplines named by their topic, services for people in general, near-field work rules (session 18)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Kan du gi meg nummeret til Røde Kors-telefonen om tvangsekteskap? En kollega trenger det i dag', ['815 55 201']],
    ['nb', 'hva er telefonnummeret til hjelpetelefonen om vold i nære relasjoner?', ['116 006']],
    ['nn', 'kva er nummeret til telefonen om negativ sosial kontroll og æresrelatert vald?', ['815 55 201']],
    ['en', 'what is the number of the Red Cross helpline on forced marriage and honour-related violence? a client asked me today', ['815 55 201']],
    ['en', 'could you give me the number of the helpline on violence in close relationships?', ['116 006']],
    ['ar', 'ما هو رقم خط الصليب الأحمر بشأن الزواج القسري والعنف المرتبط بالشرف؟', ['815 55 201']],
    ['fa', 'شماره خط کمک دربارهٔ خشونت در روابط نزدیک را می‌خواهم', ['116 006']],
    ['ur', 'جبری شادی کے بارے میں ریڈ کراس ہیلپ لائن کا نمبر کیا ہے؟', ['815 55 201']],
    ['ru', 'Подскажите номер линии по вопросам насилия в близких отношениях', ['116 006']],
    ['tr', 'Yakın ilişkilerde şiddet hattının numarası nedir?', ['116 006']],
    ['pl', 'Jaki jest numer telefonu Czerwonego Krzyża w sprawie małżeństw przymusowych?', ['815 55 201']],
  ] as const)('%s: the line is answered with its number and no emergency block: %s', async (lang, message, number) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean).toBe(false);
    expect(containsFact(view.texts, number)).toBe(true);
  });

  it.each([
    ['nb', 'faren min sier han dreper meg hvis jeg ikke gifter meg. hva er nummeret til røde kors telefonen om tvangsekteskap?'],
    ['en', "my brother beat me last night and i'm scared to go home. what is the red cross helpline on forced marriage?"],
    ['ar', 'أبي ضربني اليوم وهددني بالقتل. ما رقم خط الصليب الأحمر بشأن الزواج القسري؟'],
    ['ru', 'Отец избил меня и угрожает убить. Какой номер Красного Креста по принудительным бракам?'],
  ] as const)('%s: a danger beside the request still gets the emergency card: %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(true);
  });

  it.each([
    ['en', 'what number do Norwegians stuck abroad call at the foreign ministry, and which envoy covers Iraq?', ['23 95 00 00']],
    ['nb', 'hvem er spesialutsendingen for unge som holdes igjen i utlandet, i Irak?', ['Amman']],
  ] as const)('%s: a service for people of a kind abroad is no case: no 112 block: %s', async (lang, message, fact) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, fact)).toBe(true);
  });

  it.each([
    ['nb', ['hvem er spesialutsendingen for unge som holdes igjen i utlandet, i Irak?', 'og Somalia?'], ['Nairobi']],
    ['en', ['which envoy helps young people held abroad in Pakistan?', 'and Sudan?'], ['Nairobi']],
  ] as const)('%s: a follow-up of a service for people abroad in general is no case either: %j', async (lang, turns, fact) => {
    const view = await runner.turn(lang, turns);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, fact)).toBe(true);
  });

  it.each([
    ['nb', 'hvordan når jeg Alarmtelefonen? og hva er politiets vanlige nummer, ikke 112?', ['116 111'], ['02800']],
    ['nn', 'korleis når eg Alarmtelefonen, og kva nummer har politiet når det ikkje er 112?', ['116 111'], ['02800']],
  ] as const)('%s: "how do I reach" a line and the police number that is not 112: both numbers, no emergency block: %s', async (lang, message, line, police) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, line)).toBe(true);
    expect(containsFact(view.texts, police)).toBe(true);
  });

  it('a pupil named as held abroad is still a case with the numbers first', async () => {
    expect((await runner.turn('nb', 'eleven min på 15 er holdt igjen i Somalia og får ikke reise hjem. hvem ringer jeg?')).emergency).toBe(true);
  });

  it.each([
    ['en', 'how many days of self-certified sick leave can an employee take in Norway?'],
    ['nb', 'hvor mange egenmeldingsdager har jeg som ansatt i kommunen?'],
    ['ru', 'Сколько дней больничного можно взять без справки врача в Норвегии?'],
  ] as const)('%s: a question on sick-leave rules is declined, with no answer card and no emergency numbers: %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.answers).toBe(0);
    expect(view.emergency).toBe(false);
  });
});

// (was lgbtq-young-people.test.ts)
/**
 * Issue #13: a question about help for an LGBTQ+ young person whose family controls them gets the article on LGBTQ+
 * young people (what it is, the children's lines, ung.no and Nora, Kompetanseteamet for professionals, Skeiv verden as
 * IMDi's annual report describes it) with the lines to call, in the asker's language. The writer's own phrasings.
 */
describe('LGBTQ+ young people under negative social control (issue #13)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Hva slags hjelp finnes for en skeiv 15-åring som familien overvåker?'],
    ['nn', 'Ein homofil elev på 16 blir kontrollert av foreldra, kva hjelp finst?'],
    ['en', 'Where can a trans teenager get support if her parents control her whole life?'],
    ['en', 'A bisexual boy of 15 fears his family will find out, who can help him?'],
    ['pl', 'Gdzie szukać pomocy dla nastolatka geja, którego rodzina kontroluje?'],
    ['tr', 'Ailesinin baskısı altındaki eşcinsel bir genç nereden destek alabilir?'],
  ] as const)('%s: the LGBTQ+ article with Skeiv verden and the children’s line: %s', async (lang: Lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    expect(containsFact(view.texts, ['Skeiv verden'])).toBe(true);
    expect(containsFact(view.texts, ['116 111'])).toBe(true);
  });
});

// (was test/understanding/scope-near-field-errands.test.ts)
describe('near-field errands declined, the same subjects beside danger in scope (issue #13, class 5)', () => {
  /**
   * Issue #13, class 5: questions near the field but outside it are declined politely in every language, with no
   * emergency card and no look-alike answer: a staffing norm, university admission, a benefit's rate, a young person's
   * summer job (their age said beside it), a letter about a class outing "next week" (read as a trip soon before), and
   * quarrels over screen time. The same subjects beside a danger, a marriage, a country or control stay in scope (the
   * rules everyday-young-plans and everyday-outing in content/understanding/scope/rules.json). Sentences are this file's own.
   */
  const runner = conversationRunnerPerFile();

  describe('near-field errands are declined', () => {
    it.each([
      ['nb', 'Hva sier bemanningsnormen om antall helsesykepleiere per elev?'],
      ['en', 'Which entry requirements does the nursing degree have, and when is the Samordna opptak deadline?'],
      ['nn', 'Kor mykje er introstønaden i månaden for ein deltakar?'],
      ['ar', 'ما هو المعدل المطلوب للقبول الجامعي في كلية الطب؟'],
      ['en', "I'm 16, where do I look for a part-time job this summer?"],
      ['tr', '17 yaşındayım, yaz işi için nereye başvurabilirim?'],
      ['en', 'Please help me draft a letter to parents about our class trip to the zoo next Friday.'],
      ['ru', 'Помогите написать письмо родителям об экскурсии в зоопарк на следующей неделе.'],
      ['nb', 'Tenåringen min krangler om skjermtid hver kveld. Hvordan setter jeg grenser?'],
    ] as const)('%s: "%s"', async (lang, message) => {
      const turn = await runner.turn(lang, message);
      expect(turn.didYouMean || turn.cannotAnswer).toBe(true);
      expect(turn.answers).toBe(0);
      expect(turn.emergency).toBe(false);
    });
  });

  describe('the same subjects beside danger stay in scope, emergency first', () => {
    it.each([
      ['en', "I'm 16 and my father won't let me take a summer job because I am to be married in Pakistan."],
      ['nb', 'Vi skal på klassetur til dyreparken neste uke, men en elev sier at hun blir sendt til Irak etterpå.'],
      ['ar', 'رحلة المدرسة إلى حديقة الحيوانات الأسبوع القادم لكن طالبة قالت إن أهلها سيزوجونها في الصومال'],
    ] as const)('%s: "%s"', async (lang, message) => {
      const turn = await runner.turn(lang, message);
      expect(turn.emergency).toBe(true);
      expect(turn.cannotAnswer).toBe(false);
    });
  });
});

// (was calm-false-alarms.test.ts)
describe('calm questions on the topic get no emergency card, their dangerous twins keep it (session 20)', () => {
  /**
   * Issue #13 (session 20): the emergency card only where someone is in danger. Calm messages of the classes that drew
   * it before (a report or an e-mail "sent", a duty question asked in general, a case long over, marriage pressure with
   * no date or trip planned, a cutting the person went through as a baby) get their answer with no "call 112" block;
   * each calm message has a dangerous twin in the same words' field (a person sent abroad, a pupil to be married next
   * week, a cutting planned on a trip), which keeps the card. Everyday school matters near the field (holiday dates, a
   * letter for a parents' meeting, child benefit) are declined in the languages we answer in. Sentences are this file's own.
   */
  const runner = conversationRunnerPerFile();

  type Messages = ReadonlyArray<readonly [Lang, string]>;
  /** Each calm message is answered with no emergency card; each of its dangerous twins keeps the card. */
  const calmAndTwins = (calm: Messages, twins: Messages): void => {
    it.each(calm)('%s: calm, no emergency card: %s', async (lang, message) => {
      const turn = await runner.turn(lang, message);
      expect(turn.emergency).toBe(false);
      expect(turn.answers).toBeGreaterThan(0);
    });

    it.each(twins)('%s: the dangerous twin keeps the emergency card: %s', async (lang, message) => {
      expect((await runner.turn(lang, message)).emergency).toBe(true);
    });
  };

  describe("a thing sent, or Norwegian 'for sent' (late), is no person sent away", () =>
    calmAndTwins([
      ["en", "I sent an email to the diversity adviser yesterday and got no answer. Who else can I contact?"],
      ["en", "We sent our report to child welfare today. What usually happens next?"],
      ["nb", "Jeg kom for sent til fagdagen i går. Hvor finner jeg presentasjonen om negativ sosial kontroll?"],
    ],
    [
      ["en", "My pupil was sent to Pakistan yesterday and her phone is off. Who do I call?"],
      ["en", "They are sending her to Somalia tomorrow, she told me crying. What do I do?"],
    ]));

  describe("a duty question asked in general, or with no case at hand", () =>
    calmAndTwins([
      ["nb", "Jeg spør generelt, har ingen konkret sak: har helsesykepleier plikt til å melde hvis en elev sier at hun skal giftes bort?"],
      ["nn", "Generelt spørsmål frå ein lærar: må eg melde til barnevernet om ei elev fortel at ho skal giftast bort? Inga konkret sak no."],
      ["en", "General question, no specific case: must a teacher notify child welfare if a pupil says her parents plan to marry her off?"],
      ["so", "Waxaan ahay macallin. Su'aal guud: haddii arday ii sheegto in qoyskeedu rabo inay guursiiyaan, ma waajib baa inaan u sheego barnevernet?"],
      ["fa", "من معلم هستم. سوال کلی: اگر یک دانش‌آموز بگوید خانواده‌اش می‌خواهند او را شوهر بدهند، آیا باید به barnevernet خبر بدهم؟"],
      ["pl", "Jestem nauczycielką. Pytanie ogólne: czy muszę zgłosić do barnevernet, jeśli uczennica powie, że rodzina chce ją wydać za mąż?"],
    ],
    [
      ["nb", "Jeg er lærer. Ei elev på 15 sa i dag at hun skal giftes bort i Pakistan neste uke. Har jeg plikt til å melde?"],
      ["en", "I'm a teacher. A 15-year-old pupil told me today she will be married off in Iraq next week. Must I notify anyone?"],
      ["nn", "Eg er lærar. Ei elev på 15 fortalde i dag at ho skal giftast bort i Somalia neste veke. Må eg melde?"],
    ]));

  describe("a forced marriage long over", () =>
    calmAndTwins([
      ["nb", "Jeg er fastlege. En pasient ble tvangsgiftet for seks år siden, nå er hun skilt og har det trygt. Har jeg meldeplikt?"],
      ["nn", "Eg er lærar i vaksenopplæringa. Ein deltakar vart tvangsgift for fem år sidan, no er ho skild. Må eg melde noko?"],
      ["en", "I'm a GP. A patient was forced to marry six years ago and is now divorced. Do I have any duty to report?"],
    ],
    [
      ["nb", "Jeg er fastlege. En pasient på 17 forteller at hun skal tvangsgiftes i morgen. Har jeg meldeplikt?"],
      ["en", "I'm a GP. A 17-year-old patient says she will be forced to marry tomorrow. Do I have a duty to report?"],
    ]));

  describe("marriage pressure with no date and no trip planned", () =>
    calmAndTwins([
      ["en", "I teach adults. A 26-year-old learner says her family is pushing her to marry, no date set and nothing planned yet. Where can she get advice herself?"],
      ["nb", "Jeg er NAV-veileder. En bruker på 25 sier familien presser henne til å gifte seg, men ingen dato er satt og ingenting er planlagt. Hvor kan hun få råd?"],
      ["ur", "میں استاد ہوں۔ ایک طالبہ کہتی ہے کہ رشتہ داروں نے شادی کی بات کی ہے، کوئی تاریخ طے نہیں ہوئی۔ ہم کس سے مشورہ کریں؟"],
      ["so", "Hooyo ayaan ahay. Qaraabadu waxay ku cadaadinayaan in gabadhayda la gudo, laakiin anigu waan diiday oo mana jiro safar. Xaggee caawimaad laga helaa?"],
    ],
    [
      ["en", "A 16-year-old pupil says her family is forcing her to marry and the wedding is this Saturday. Who do I call?"],
      ["so", "Gabadhayda 8 jir ah waxay rabaan inay gudaan, berri ayay u safrayaan Soomaaliya. Maxaan sameeyaa?"],
    ]));

  describe("a cutting the person went through as a baby or a little girl", () =>
    calmAndTwins([
      ["en", "School nurse. A 15-year-old told me she was cut as a baby before the family came here. She is fine and has no sisters. Do I have to tell child welfare?"],
      ["nn", "Jordmor her. Ei kvinne fortel at ho vart kjønnslemlesta som lita. Ho ventar ein gut. Har eg plikt til å melde noko?"],
    ],
    [
      ["en", "School nurse. A 15-year-old says her little sister will be cut when they travel to Sudan next week. What do I do?"],
    ]));

  describe('school holiday dates, a letter for a parents\' meeting and child benefit are declined in every language', () => {
    it.each([
      ["tr", "Bu yıl okulların kış tatili ne zaman başlıyor?"],
      ["nb", "Når begynner sommerferien for skolene i Bergen i år?"],
      ["en", "Could you write an invitation to the parents meeting on Thursday for my class?"],
      ["ti", "ንወለዲ ደብዳቤ ዕድመ ናብ ኣኼባ ወለዲ ክትጽሕፈለይ ትኽእል ዶ?"],
      ["so", "Sideen u codsadaa lacagta carruurta? Bishii hore ayaan Bergen u guuray."],
      ["ru", "Когда начинаются летние каникулы в норвежских школах?"],
      ["ar", "متى تبدأ العطلة الصيفية في مدارس النرويج هذا العام؟"],
      ["uk", "Коли починаються літні канікули в норвезьких школах?"],
      ["fa", "تعطیلات تابستانی مدرسه‌ها در نروژ کی شروع می‌شود؟"],
      ["ur", "ناروے میں اسکول کی چھٹیاں کب شروع ہوتی ہیں؟"],
      ["nn", "Når byrjar sommarferien for skulane i år?"],
      // Polish "wakacje w …" is a trip word ("w wakacje w Egipcie"); in Norwegian schools it is a holiday at home
      // (tripInNorway, session 31: was a known defect kept as it.failing).
      ["pl", "Kiedy zaczynają się wakacje w norweskich szkołach w tym roku?"],
    ] as const)('%s: declined, no emergency card: %s', async (lang, message) => {
      const turn = await runner.turn(lang, message);
      expect(turn.didYouMean || turn.cannotAnswer).toBe(true);
      expect(turn.answers).toBe(0);
      expect(turn.emergency).toBe(false);
    });

    it.each([
      ["tr", "Yaz tatili başlayınca babası kızı Türkiye'ye götürüp orada evlendirecek. Kime başvurmalıyım?"],
      ["so", "Gabadhayda 15 jir ah waxay rabaan inay berri guursiiyaan nin aanay aqoon. Maxaan sameeyaa?"],
    ] as const)('%s: the same holiday beside a child taken abroad and married stays in scope, emergency first: %s', async (lang, message) => {
      expect((await runner.turn(lang, message)).emergency).toBe(true);
    });
  });
});

describe('conversation: swimming lessons a family forbids are a case, not an errand (session 21)', () => {
  const runner = conversationRunnerPerFile();

  it('tr: parents who will not let their daughter join swimming lessons get whom to consult', async () => {
    const view = await runner.turn('tr', 'Bir öğrencimizin ailesi kızlarının yüzme derslerine katılmasına izin vermiyor, baskı var gibi. Kime danışabilirim?');
    expect(view.cannotAnswer || view.didYouMean).toBe(false);
    expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
  });
});

/**
 * Session 22 (langs22, issue #13): errands about an ID or personal number, a school enrolment or a benefit form asked
 * in the other languages are declined; a calm story of a strict father who keeps his daughters from football, asked by
 * a refugee service in nynorsk, is advice, not an everyday question; Ukrainian typed with the Latin i is answered in
 * Ukrainian. Own phrasings.
 */
describe('scope and language in the users’ own forms (langs22)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['pl', 'jak załatwić numer personalny dla ucznia, który przyjechał z Polski?'],
    ['uk', 'як отримати особовий номер для нової учениці?'],
    ['tr', 'oğlumu okula nasıl kaydettirebilirim?'],
    ['ru', 'помогите заполнить заявление на пособие NAV'],
  ] as const)('%s: "%s" is declined', async (lang, message) => {
    expectDeclined(await runner.turn(lang, message), lang);
  });

  it('nn: a calm story of control with football in it gets advice for talking with the parents', async () => {
    const view = await runner.turn(
      'nn',
      'eg jobbar i flyktningtenesta. ein familie me busette e strenge, jentene på 12 og 14 får ikkje bli med på fotballen eller på leirskule. ingen vald. korleis kan me snakke med foreldra om dette?',
    );
    expect(view.replyLanguage).toBe('nn');
    expect(view.cannotAnswer).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it('uk: a figure asked with the Latin i is answered in Ukrainian', async () => {
    const view = await runner.turn('uk', 'скiльки випадкiв мав Kompetanseteamet у 2022 роцi?');
    expect(view.replyLanguage).toBe('uk');
    expect(containsFact(view.texts, ['891'])).toBe(true);
  });
});

/**
 * Session 23 (hb23c, issue #13): translating a parents' letter about a school matter is an errand. Own phrasings. Not yet
 * in Arabic ("للأهل" reads as a parent's concern) and Somali ("turjumi" reads as the article on interpreters).
 */
describe('a translation errand is declined (hb23c)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nn', 'kan du omsetje informasjonsskrivet om skidagen til arabisk for foreldra?'],
    ['nb', 'kan du oversette skrivet om foreldremøtet til polsk?'],
    ['en', 'could you translate the note about the school photo day into Somali for the parents?'],
    ['uk', 'можете перекласти оголошення про шкільну екскурсію для батьків?'],
    ['ru', 'можете перевести объявление о школьной экскурсии для родителей?'],
    ['pl', 'czy możesz przetłumaczyć list do rodziców o wycieczce klasowej?'],
    ['tr', 'velilere gezi hakkındaki mektubu çevirebilir misiniz?'],
    ['fa', 'میشه اطلاعیه گردش مکتب را برای والدین ترجمه کنی؟'],
    ['ur', 'کیا آپ والدین کے لیے اسکول ٹرپ کا خط ترجمہ کر سکتے ہیں؟'],
    ['ti', 'ነቲ ብዛዕባ ናይ ቤት ትምህርቲ ዙረት ዝገልጽ ደብዳቤ ንወለዲ ክትትርጉመለይ ትኽእል ዶ?'],
  ] as const)('%s: "%s" is declined', async (lang, message) => {
    expectDeclined(await runner.turn(lang, message), lang);
  });
});

// (session 24, calm24, issue #13)
describe('calm24: control told with the violence denied stays in the domain, calm', () => {
  /**
   * A girl kept from sport and parties, told by staff who add that they have seen no violence: the denial masks the harm
   * words, but a writer who says there is no violence speaks of a case of control, so the everyday subject (football, a
   * disco) does not make it "outside what I know" (content/understanding/scope/rules.json). Calm: no emergency numbers
   * on top. Own phrasings.
   */
  const runner = conversationRunnerPerFile();

  it.each([
    ['uk', 'Я працюю в asylmottak. Дівчині 15, батьки не пускають її на футбол і на шкільні вечірки, брат завжди поруч. Ніякого насильства я не бачила. До кого звернутися за порадою?'],
    ['en', 'I work at an asylum reception centre. A girl of 15 is not allowed to play football or go to school parties, her brother is always with her. I have seen no violence. Who can I ask for advice?'],
  ] as const)('%s: answered, not declined, and calm: %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.replyLanguage).toBe(lang);
    expect(view.answers).toBeGreaterThan(0);
    expect(view.cannotAnswer).toBe(false);
    expect(view.emergency).toBe(false);
  });
});

// (session 24, hb24a, issue #13)
describe('hb24a: a denied harm keeps a message in the domain only beside control, a threat, a marriage or the family of a case', () => {
  /**
   * "He is not violent" said of a son's quarrels about gaming or bedtime is an everyday matter: the denial alone names
   * nothing of the domain, so the message is declined politely (content/understanding/scope/rules.json, unlessBeside).
   * Said beside a brother who escorts a girl, or a control, it is a case told without violence (calm24's twin above).
   * Own phrasings.
   */
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Min sønn på 14 krangler med meg om gaming hver kveld og legger seg altfor seint. Han er ikke voldelig, bare sur. Tips?'],
    ['nn', 'Sonen min på 14 kranglar med meg om gaming kvar kveld. Han er ikkje valdeleg, berre sur. Har de nokre tips?'],
    ['en', "My 15-year-old son argues with me about homework and screen time every evening. He isn't violent, just moody. Any tips?"],
  ] as const)('%s: an everyday quarrel with the violence denied is declined: %s', async (lang, message) => {
    expectDeclined(await runner.turn(lang, message), lang);
  });

  it('nb: the denial beside a brother who follows a pupil everywhere is answered, calm', async () => {
    const view = await runner.turn('nb', 'Jeg er lærer. Ei jente på 15 får ikke være med på svømming, broren følger henne overalt. Ingen vold så vidt jeg vet. Hvem kan jeg spørre om råd?');
    expect(view.answers).toBeGreaterThan(0);
    expect(view.cannotAnswer).toBe(false);
    expect(view.emergency).toBe(false);
  });
});

// (was scope-bullying26.test.ts)

/**
 * Session 26 (stats26, issue #13): general school bullying is outside the field (content/understanding/scope/*.json
 * `unrelated`): a parent asking about it gets the polite "I can't answer that", not an article on control. Bullying told
 * with threats, honour or control stays in scope. The sentences are this file's own; none is in the evaluation sets.
 */
describe('general school bullying is declined; bullying in a story of control is not (stats26)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'datteren min blir mobbet i gymtimene fordi hun er liten for alderen. hvem bør jeg snakke med?'],
    ['nn', 'guten min blir mobba på skulebussen. kven skal eg ta det opp med?'],
    ['en', 'my daughter is being bullied in the playground because of her glasses. who should I talk to?'],
    ['ru', 'моего сына травят одноклассники из-за его веса. к кому обратиться?'],
    ['uk', 'мою доньку цькують однокласники через окуляри. до кого звернутися?'],
    ['tr', 'oğlum okulda akran zorbalığı yaşıyor çünkü kısa boylu. kiminle konuşmalıyım?'],
    ['ar', 'ابنتي تتعرض للتنمر في الحافلة المدرسية بسبب نظارتها. مع من أتحدث؟'],
  ] as const)('%s: "%s" is declined', async (lang: Lang, message: string) => {
    expectDeclined(await runner.turn(lang, message), lang);
  });

  it.each([
    ['nb', 'datteren min blir mobbet av fetterne sine fordi hun ikke vil gå med hijab, og de truer med å si det til faren. hva gjør jeg?'],
    ['en', 'my son is bullied by his cousins at school because he has a Norwegian girlfriend; they say he brings shame on the family and threaten him'],
  ] as const)('%s: bullying with threats and honour stays in scope: "%s"', async (lang: Lang, message: string) => {
    const view = await runner.turn(lang, message);
    expect(view.cannotAnswer).toBe(false);
    expect(view.answers + (view.emergency ? 1 : 0)).toBeGreaterThan(0);
  });
});

// (was scope27.test.ts)

/**
 * Session 27 (hb27b, issue #13): errands of everyday school and working life that sound close to the field are declined
 * (content/understanding/scope/*.json): writing or correcting an essay or homework, staff salaries (out of scope even
 * beside a service's name: `errand`), mother-tongue tuition, registering absence in the school's admin system. The same
 * words in a story of control, a duty question or a school's routines in an honour case stay answered. The sentences
 * are this file's own; none is in the evaluation sets.
 */
describe('school and working-life errands near the field are declined (hb27b)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    // writing or correcting a text for school
    ['nb', 'kan du rette stilen til datteren min? den handler om fotball'],
    ['nn', 'kan du skrive ein stil om hausten til meg?'],
    ['en', 'could you correct the essay my pupil wrote about the Vikings?'],
    ['pl', 'czy możesz napisać za mnie wypracowanie o zimie?'],
    ['ru', 'помогите написать сочинение про зимние каникулы'],
    ['uk', 'можеш написати твір про мого улюбленого письменника?'],
    ['tr', 'benim için kışla ilgili bir kompozisyon yazar mısın?'],
    ['ar', 'هل يمكنك كتابة موضوع تعبير عن فصل الشتاء لابني؟'],
    ['fa', 'میشه برای پسرم یک انشا بنویسی درباره زمستان؟'],
    ['ur', 'کیا آپ میرے لیے سردیوں پر مضمون لکھ سکتے ہیں؟'],
    ['so', 'ma ii qori kartaa qormo ku saabsan xilliga jiilaalka?'],
    ['ti', 'ብዛዕባ ክረምቲ ድርሰት ክትጽሕፈለይ ትኽእል ዶ?'],
    // salaries of staff, even of a service of ours
    ['nb', 'hva er startlønna for en miljøterapeut i barnevernet?'],
    ['nn', 'kva er gjennomsnittsløna for ein lærar i Bergen?'],
    ['en', 'what is the average salary of a police officer in Norway?'],
    ['pl', 'ile zarabia pracownik socjalny w Bergen?'],
    ['ru', 'какой уровень зарплат у полицейских в Норвегии?'],
    ['uk', 'яка середня зарплата вчителя в Норвегії?'],
    ['tr', 'Norveç’te bir polis memurunun ortalama maaşı nedir?'],
    ['ar', 'ما هو متوسط الراتب لموظف في الشرطة النرويجية؟'],
    ['fa', 'میانگین حقوق یک مددکار اجتماعی در نروژ چقدر است؟'],
    ['ur', 'ناروے میں ایک استاد کی اوسط تنخواہ کیا ہے؟'],
    ['so', 'waa imisa celcelis mushaharka macallinka Norway?'],
    ['ti', 'ኣብ ኖርወይ ማእከላይ ደሞዝ መምህር ክንደይ እዩ?'],
    // mother-tongue tuition
    ['nb', 'hvordan søker jeg om morsmålsopplæring i arabisk for sønnen min?'],
    ['nn', 'har skulen morsmålsundervisning i somali?'],
    ['en', 'how do we apply for mother tongue lessons in Polish at our school?'],
    ['ru', 'где найти уроки родного языка для сына в Осло?'],
    ['uk', 'чи є в школі заняття з рідної мови для дітей?'],
    ['tr', 'okulda anadil eğitimi için nereye başvurmalıyım?'],
    ['ar', 'كيف أسجل ابني في دروس اللغة الأم في المدرسة؟'],
    ['fa', 'چطور برای دخترم کلاس زبان مادری پیدا کنم؟'],
    ['ur', 'بیٹی کے لیے مادری زبان کی کلاس کیسے ملے گی؟'],
    ['so', 'sidee loo helaa waxbarashada afka hooyo ee carruurta?'],
    // absence in the school's admin system
    ['nb', 'hvor fører jeg fravær for klassen min i itslearning?'],
    ['nn', 'korleis fører eg fråvær i visma flyt for ein elev?'],
    ['en', 'how do I record absences in the attendance system for my class?'],
    ['pl', 'jak wpisać nieobecność ucznia w systemie visma flyt?'],
  ] as const)('%s: "%s" is declined', async (lang: Lang, message: string) => {
    expectDeclined(await runner.turn(lang, message), lang);
  });

  it.each([
    ['nb', 'fraværet til en elev har økt, og broren hennes følger henne overalt. hva gjør vi?'],
    ['nb', 'har jeg meldeplikt når fraværet til en elev øker og jeg er bekymret?'],
    ['nb', 'hvordan registrerer vi fravær for en elev som har vært i Somalia i to måneder og ikke kommet tilbake?'],
    ['nb', 'en elev skrev i stilen at hun er redd for å bli giftet bort i sommer'],
    ['en', 'a pupil wrote in her essay that she will be married off this summer, what do I do?'],
    ['en', "a pupil's absence has risen and her brother watches her all the time. what should the school do?"],
    ['nn', 'ein elev skreiv i stilen at faren slår henne. kva gjer eg?'],
  ] as const)('%s: in a story of control or a duty, the same words stay answered: "%s"', async (lang: Lang, message: string) => {
    const view = await runner.turn(lang, message);
    expect(view.cannotAnswer).toBe(false);
    expect(view.answers + (view.emergency ? 1 : 0)).toBeGreaterThan(0);
  });

  it.each([
    ['nb', 'har Alarmtelefonen hjelp på morsmålet?'],
    ['en', 'is there mother-tongue help at Alarmtelefonen?'],
  ] as const)('%s: a service in one\'s own language is no tuition: "%s"', async (lang: Lang, message: string) => {
    const view = await runner.turn(lang, message);
    expect(view.cannotAnswer).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });
});
