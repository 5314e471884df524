import { conversationRunnerPerFile, expectAnsweredWith, expectDeclined } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';

// (was calm29.test.ts)

/**
 * False alarms by class (calm29, issue #13): a professional's calm question gets its answer without the attention
 * block (the emergency card or the "112 if acute" line), and each class has a twin that tells of a person at risk now
 * and keeps it. Phrasings written for this test.
 */
describe('conversation: calm professionals\' questions without the attention block (calm29)', () => {
  const runner = conversationRunnerPerFile();

  // A school or a body named with a person's word ("ungdomsskole": where the writer works) is no pupil at risk.
  it.each([
    ["nb", "Jeg er helsesykepleier på en ungdomsskole og trenger råd om kjønnslemlestelse. Hvem kan jeg ringe?"],
    ["nn", "Eg er helsesjukepleiar på ein ungdomsskule og treng råd om kjønnslemlesting. Kven kan eg ringje?"],
    ["en", "I'm a counsellor at an ungdomsskole in Bergen. Who can advise me about forced marriage, and what's their number?"],
  ] as const)('%s: a school named with a person\'s word is no person at risk: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ["nb", "Jeg er helsesykepleier på en ungdomsskole. En elev på 15 sier hun skal giftes bort i Pakistan i sommer. Hvem kontakter jeg?"],
    ["nn", "Eg er rektor ved ein ungdomsskule. Ei elev på 14 fortel at ho skal omskjerast når dei reiser til Somalia i sommar. Kva gjer vi?"],
  ] as const)('%s: a pupil at that school with a harm planned keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // A course for the staff: the people it names are those the staff meet, not one at risk now. (Persian is left out:
  // its plain danger words read this message as danger, a reading of its own.)
  it.each([
    ["nb", "Vi er lærere på en voksenopplæring, mange av deltakerne våre kommer fra Somalia og Eritrea. Vi ønsker kurs for de ansatte om kjønnslemlestelse. Hvem kan holde det?"],
    ["nn", "Vi jobbar på ein vaksenopplæring, og mange av deltakarane våre kjem frå Somalia. Vi ønskjer eit kurs for dei tilsette om kjønnslemlesting. Kven kan halde det?"],
    ["en", "I teach adult learners, many of our participants are from Somalia and Sudan. We would like a course for our staff on FGM. Who can provide it?"],
    ["pl", "Uczę dorosłych, wielu naszych uczestników pochodzi z Somalii. Chcemy szkolenie dla personelu na temat okaleczania żeńskich narządów płciowych. Kto może je poprowadzić?"],
    ["ru", "Я преподаю взрослым, многие наши участники из Сомали. Мы хотим обучение для сотрудников на тему калечащих операций на женских половых органах. Кто может его провести?"],
    ["uk", "Я викладаю дорослим, багато наших учасників із Сомалі. Ми хочемо навчання для персоналу на тему каліцтва жіночих статевих органів. Хто може його провести?"],
    ["tr", "Yetişkinlere ders veriyorum, katılımcılarımızın çoğu Somali'den. Personelimiz için kadın sünneti hakkında bir eğitim istiyoruz. Bunu kim verebilir?"],
    ["ar", "أدرّس الكبار، وكثير من المشاركين عندنا من الصومال. نريد تدريبًا للموظفين عن ختان الإناث. من يستطيع تقديمه؟"],
    ["ur", "میں بالغوں کو پڑھاتی ہوں، ہمارے بہت سے شرکاء صومالیہ سے ہیں۔ ہم عملے کے لیے خواتین کے ختنے پر ایک تربیت چاہتے ہیں۔ یہ کون کروا سکتا ہے؟"],
    ["so", "Waxaan wax baraa dadka waaweyn, qaar badan oo ka mid ah ka qaybgalayaashayada waxay ka yimaadeen Soomaaliya. Waxaan rabnaa tababar shaqaalaha ah oo ku saabsan gudniinka gabdhaha. Yaa bixin kara?"],
    ["ti", "ንዓበይቲ እምህር እየ፣ ብዙሓት ካብ ተሳተፍትና ካብ ሶማልያ እዮም። ንሰራሕተኛታት ብዛዕባ ምግዛር ደቂ ኣንስትዮ ስልጠና ንደሊ። መን ክህብ ይኽእል?"],
  ] as const)('%s: a course for the staff about the people they meet: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ["nb", "Vi er lærere på en voksenopplæring og ønsker kurs om kjønnslemlestelse. En deltaker sier datteren hennes skal omskjæres i Somalia i sommer. Hva gjør vi?"],
    ["en", "We want a course on FGM for our staff. Also, a participant told us her daughter will be cut in Somalia this summer. What do we do?"],
  ] as const)('%s: a course asked beside a girl to be cut this summer keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // A country named as where a family comes from, with no one taken, kept or travelling there, is no case abroad.
  it.each([
    ["nb", "Helsestasjon her. En mor fra Sudan med ei datter på 1 år forteller at hun selv er omskåret, men at de aldri skal gjøre det med datteren og ikke skal reise noe sted. Må vi melde?"],
    ["nn", "Helsestasjon her. Ei mor frå Sudan med ei dotter på 1 år fortel at ho sjølv er omskoren, men at dei aldri skal gjere det med dottera og ikkje skal reise nokon stad. Må vi melde?"],
    ["en", "Health clinic here. A mother from Sudan with a one-year-old daughter says she was cut herself, but they will never do it to the girl and are not travelling anywhere. Must we report?"],
  ] as const)('%s: a country named as origin only: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ["nb", "Helsestasjon her. En mor fra Sudan forteller at hun selv er omskåret, og at svigermor vil ta datteren på 1 år med til Sudan i sommer. Må vi melde?"],
  ] as const)('%s: a trip there planned for the girl keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });
});

// (was dev29.test.ts)
{
  /**
   * This session's development sets (dev29, issue #13): the classes behind their failures. Phrasings written for this
   * test.
   */
  describe('conversation: dev29 classes', () => {
    const runner = conversationRunnerPerFile();

    // The domestic-violence helpline named by its topic in a declined form (dative, locative, instrumental, suffixes).
    it.each([
      ['ru', 'Куда можно позвонить, если речь идёт о домашнем насилии?'],
      ['ru', 'Мне нужен номер телефона по семейному насилию.'],
      ['uk', 'Чи є в Норвегії телефон довіри щодо насильства в родині?'],
      ['uk', 'Куди дзвонити з питань домашнього насильства?'],
      ['pl', 'Jaki jest numer telefonu zaufania w sprawie przemocy w rodzinie?'],
      ['tr', 'Aile içi şiddete maruz kalanlar için bir telefon hattı var mı?'],
    ] as const)('%s: VO-linjen for %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['116 006', '116006'])).toBe(true);
    });

    // A website with no article of its own, asked about: its card (who runs it), beside the article of the one that has.
    it.each([
      ['nb', 'hva slags side er dinutvei.no?', ['NKVTS']],
      ['nn', 'kven driv dinutvei.no?', ['NKVTS']],
      ['en', 'what is dinutvei.no and who is behind it?', ['NKVTS']],
      ['nb', 'hvem driver ung.no og dinutvei.no?', ['Bufdir']],
    ] as const)('%s: %s', async (lng, text, fact) => {
      const view = await runner.turn(lng, text);
      expect(view.didYouMean).toBe(false);
      expect(containsFact(view.texts, [...fact])).toBe(true);
    });

    // "Which county had the most", asked with 'kva/hva' alone: the split by county (Oslo's 13 among them).
    it.each([
      ['nn', 'i 2008, kva fylke hadde flest skular med minoritetsrådgjevarar?'],
      ['nb', 'hva fylke hadde flest skoler med minoritetsrådgiver i 2008?'],
    ] as const)('%s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(containsFact(view.texts, ['Oslo'])).toBe(true);
    });

    // "How many persons did the cases cover": a number asked, not the history's 'which countries did a post cover'.
    it.each([
      ['tr', '2008 yılında azınlık danışmanlarının davaları toplam kaç kişiyi kapsıyordu?'],
      ['tr', 'azinlik danismanlarinin 2008 vakalari kac kisiyi kapsiyordu acaba'],
    ] as const)('%s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(containsFact(view.texts, ['391'])).toBe(true);
    });

    // A young writer told she is to marry her cousin, against her will: the emergency card first (a cousin is kin, 'my
    // cousin' is her own family), also when she asks whom to talk to at school.
    it.each([
      ['ur', 'امی ابو چاہتے ہیں کہ میں اپنے چچا زاد سے شادی کروں، میں نہیں چاہتی۔ اسکول میں کس سے بات کروں؟'],
      ['ur', 'میرے کزن سے میری شادی کی بات چل رہی ہے اور میں نہیں چاہتی۔ کیا کروں؟'],
      ['tr', 'Ailem kuzenimle evlenmemi istiyor ama ben istemiyorum. Okulda kiminle konuşabilirim?'],
      ['ru', 'Родители хотят выдать меня за моего двоюродного брата, а я не хочу. С кем поговорить в школе?'],
      ['en', 'My parents want me to marry my cousin and I do not want to. Who can I talk to at school?'],
      ['nb', 'Foreldrene mine vil at jeg skal gifte meg med fetteren min, og jeg vil ikke. Hvem på skolen kan jeg snakke med?'],
    ] as const)('%s: danger: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.emergency).toBe(true);
    });

    // A lesson at school about forced marriage, told in Urdu, stays a general question.
    it('ur: a talk at school that happened is no case', async () => {
      const view = await runner.turn('ur', 'ہمارے اسکول میں جبری شادی کے بارے میں بات ہوئی۔ کیا یہ غیر قانونی ہے؟');
      expect(view.emergency).toBe(false);
    });
  });
}

// (was hb29b.test.ts)
{
  /**
   * Statistics and history asked in ways the held-back sets showed (hb29b, issue #13): the total asked after a split
   * of the cases, the largest case type asked beside the count in dialect, a share of cases that is not published, the
   * headcount asked after a count of cases, and the 2008 schools counted with a classifier word. Phrasings written for
   * this test; the languages other than nb, nn and en are machine-assisted.
   */
  describe('conversation: totals, largest types, shares and headcounts asked about the published figures', () => {
    const runner = conversationRunnerPerFile();

    // Kompetanseteamet's 2022 cases: 891 in all, threats and violence 368 the largest (domain.md §12, Bufdir).
    it.each([
      ['nb', ['Kan jeg få saksfordelingen hos Kompetanseteamet for 2022?', 'Hva blir det til sammen?']],
      ['nn', ['Kva var saksfordelinga hjå Kompetanseteamet i 2022?', 'kor mange vart det i alt?']],
      ['en', ['What was the case distribution for Kompetanseteamet in 2022?', 'and how many altogether?']],
    ] as const)('%s: the split by case type, then the total: %j', async (lng, turns) => {
      const view = await runner.turn(lng, turns);
      expect(view.didYouMean).toBe(false);
      expect(containsFact(view.texts, ['891'])).toBe(true);
    });

    it.each([
      ['nb', 'ka mange saker hadde kompetanseteamet i 2022, og ka e det mest av?'],
      ['nn', 'kor mange saker hadde kompetanseteamet i 2022 og kva va det mest av?'],
      ['nb', 'antall saker hos kompetanseteamet 2022, ka gjaldt de fleste?'],
    ] as const)('%s: the count and its largest case type, asked in dialect: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(containsFact(view.texts, ['891'])).toBe(true);
      expect(containsFact(view.texts, ['368'])).toBe(true);
    });

    // The envoys' 245 cases in 2023: most of the people helped were girls; no percentage is published (domain.md §2).
    it.each([
      ['nb', 'Hvilken prosentdel av utsendingenes saker i 2023 handlet om gutter?'],
      ['nb', 'hvor stor prosentdel av sakene til spesialutsendingene i 2023 gjaldt jenter?'],
      ['nn', 'Kor stor prosentdel av saker hjå spesialutsendingane i 2023 var om jenter?'],
    ] as const)('%s: a share of cases by gender, not of a grant: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(containsFact(view.texts, ['245'])).toBe(true);
      expect(view.texts.join(' ')).not.toMatch(/tilskot|tilskudd/u);
    });

    // 59 diversity advisers in 2023 (domain.md §1), asked after their cases (899 / 897).
    it.each([
      ['nb', ['Hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'og hvor mange jobber det der?']],
      ['nn', ['Kor mange saker hadde mangfaldsrådgjevarane i 2023?', 'og kor mange jobbar der?']],
      ['en', ['How many cases did the diversity advisers have in 2023?', 'and how many of them are working overall?']],
      ['ru', ['Сколько дел было у советников по многообразию в 2023 году?', 'а сколько их всего работает?']],
      ['uk', ['Скільки справ мали радники з різноманіття у 2023 році?', 'а скільки їх усього працює?']],
      ['pl', ['Ile spraw mieli doradcy ds. różnorodności w 2023?', 'a ilu ich w ogóle pracuje?']],
      ['tr', ["Çeşitlilik danışmanlarının 2023'te kaç vakası vardı?", 'peki kaçı çalışıyor?']],
      ['ar', ['كم عدد القضايا لدى مستشاري التنوع في 2023؟', 'وكم منهم يعملون؟']],
      ['fa', ['مشاوران تنوع در سال ۲۰۲۳ چند پرونده داشتند؟', 'و چند تا از اونا کار می‌کنن؟']],
      ['ur', ['ڈائیورسٹی ایڈوائزرز کے پاس 2023 میں کتنے کیس تھے؟', 'اور ان میں سے کتنے کام کرتے ہیں؟']],
      ['so', ['Immisa kiis ayay lateen la-taliyayaasha kala duwanaanshaha 2023?', 'immisa ka mid ah ayaa shaqeeya?']],
      ['ti', ['ኣብ 2023 መማኸርቲ ብዙሕነት ክንደይ ጉዳያት ነይሮምዎም?', 'ክንደይ ካብኣቶም ይሰርሑ?']],
    ] as const)('%s: the headcount asked after the cases: %j', async (lng, turns) => {
      const view = await runner.turn(lng, turns);
      expect(containsFact(view.texts, ['59', '۵۹', '٥٩'])).toBe(true);
    });

    // 29 schools had minority advisers in 2008 (domain.md §9), counted with a classifier word.
    it.each([
      ['fa', 'در ۲۰۰۸ چند تا مکتب مشاور اقلیت داشتند؟'],
      ['tr', "2008'de kaç tane okulda azınlık danışmanı vardı?"],
    ] as const)('%s: the 2008 schools: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(containsFact(view.texts, ['29', '۲۹', '٢٩'])).toBe(true);
    });
  });
}

// (was hb29c.test.ts)
{
  /**
   * Contacts and scope on the held-back sets 83 and 84 (hb29c, issue #13), by class. Phrasings written for this test.
   * Contact facts: /work/shared/domain.md §12 (fagteamet post@imdi.no; Røde Kors-telefonen 815 55 201; Kompetanseteamet
   * 478 09 050, which coordinates housing for exposed people over 18; Nora and ung.no for young people).
   */
  describe('conversation: contacts and scope (hb29c)', () => {
    const runner = conversationRunnerPerFile();

    // An everyday subject beside a wedding the writer goes to as a guest: the wedding is the occasion, not a marriage of
    // the domain. GDPR and a school's photo policy are outside the field too.
    it.each([
      ['nb', 'Kan du hjelpe meg å skrive en søknad om permisjon? Jeg skal i bryllup til kusina mi i Tyrkia i mai.'],
      ['nn', 'Kan du skrive ein permisjonssøknad for meg? Eg skal i bryllaup hjå venninna mi i Litauen.'],
      ['en', 'Can you write my request for a leave of absence? I am going to a friend\'s wedding in Spain.'],
      ['en', 'What does GDPR say about publishing photos of pupils from sports day on the school website?'],
      ['nb', 'Hva sier GDPR om å legge ut bilder av elevene på skolens Facebook-side?'],
      ['nn', 'Kva seier GDPR om samtykke til bilete av elevane på nettsida til skulen?'],
      ['pl', 'Jakie są zasady RODO dotyczące publikowania zdjęć uczniów na stronie szkoły?'],
    ] as const)('%s: an everyday subject is declined: %s', async (lng, text) => {
      expectDeclined(await runner.turn(lng, text), lng);
    });

    it.each([
      ['nb', 'Jeg skal i bryllupet til kusina mi i Pakistan, men hun er bare 16 og vil ikke gifte seg. Kan du skrive en søknad om permisjon?'],
      ['en', 'Can you write my leave application? I am going to my cousin\'s wedding in Iraq, but she is 15 and is being forced to marry.'],
    ] as const)('%s: a forced marriage beside the errand keeps it in scope: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.answers + (view.emergency ? 1 : 0)).toBeGreaterThan(0);
      expect(view.cannotAnswer && !view.emergency).toBe(false);
    });

    // A training day the head of the school asked the writer to find is the service's own wish for training: IMDi's
    // expert team (fagteamet, post@imdi.no), which trains staff at schools without a diversity adviser.
    it.each([
      ['nb', 'Jeg er lærer på en ungdomsskole uten mangfoldsrådgiver. Rektor ba meg finne noen som kan holde en fagdag for personalet om negativ sosial kontroll. Finnes det et slikt tilbud?'],
      ['nn', 'Eg er lærar på ein vidaregåande skule utan mangfaldsrådgivar. Rektor bad meg finne nokon som kan halde ein fagdag for personalet om negativ sosial kontroll. Finst det eit slikt tilbod?'],
      ['en', 'I teach at a school without a diversity adviser. The principal asked me to find someone who could run a training day for the staff on honour-related violence. Does anything like that exist?'],
    ] as const)('%s: a training day the principal asked for gets the expert team: %s', async (lng, text) => {
      await expectAnsweredWith(runner, lng, text, [['post@imdi.no']]);
    });

    // "None of them is in acute danger": a calm story, no emergency card.
    it.each([
      ['nb', 'Jeg er helsesykepleier. Flere gutter har fortalt om strenge regler hjemme, men ingen av dem er i akutt fare. Vi ønsker kurs for lærerne. Hvem kan holde det?'],
      ['en', 'I am a school nurse. Several pupils have told me about strict rules at home, but none of them are in immediate danger. We need training for the teachers. Who can provide it?'],
    ] as const)('%s: none of them in danger, a course asked: no emergency card: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.emergency).toBe(false);
      expect(view.answers).toBeGreaterThan(0);
    });

    // Polish typed without its marks ("mlodziezy"), and a site asked beside a helpline named: the line and the sites.
    it.each([
      ['pl', 'Jestem nauczycielka. Prosze o numer do Røde Kors-telefonen i strone dla mlodziezy, gdzie uczniowie moga poczytac o swoich prawach.'],
      ['nb', 'Hva er nummeret til Røde Kors-telefonen, og finnes det en nettside for ungdom om negativ sosial kontroll?'],
      ['en', 'What is the number for Røde Kors-telefonen, and is there a website for young people about family control?'],
    ] as const)('%s: the Red Cross line and the sites for young people: %s', async (lng, text) => {
      await expectAnsweredWith(runner, lng, text, [['815 55 201'], ['imdi.no/nora', 'ung.no']]);
    });

    // Tigrinya: a number she can call without giving her name, and help leaving home for a grown-up (19): the Red Cross
    // line and Kompetanseteamet (housing and support for exposed people over 18).
    it('ti: an anonymous line and leaving home for a 19-year-old', async () => {
      await expectAnsweredWith(runner, 'ti', 'ኣብ ቤት ትምህርቲ እሰርሕ። ሓደ ወዲ 19 ዓመት ስድራኡ ኣዝዮም ይቆጻጸሩዎ። ስሙ ከይሃበ ክድውለሉ ዝኽእል ቁጽሪ ኣሎ ድዩ? ካብ ገዛ ክወጽእ እንተደለየ መን ይሕግዞ?', [
        ['815 55 201'],
        ['478 09 050', 'Kompetanseteamet'],
      ]);
    });

    // Arabic duty question written without hamza: the duty to notify child welfare, with Kompetanseteamet for advice.
    it('ar: a duty question without hamza gets the duty and Kompetanseteamet', async () => {
      const view = await runner.turn('ar', 'انا ممرضة في مركز صحي. فتاة عمرها 14 سنة قالت ان اهلها سيزوجونها في بلدهم هذا الشتاء. هل يجب علي ان ابلغ barnevernet؟');
      expect(view.emergency).toBe(true);
      expect(view.texts.some((t) => t.includes('478 09 050'))).toBe(true);
    });
  });
}
