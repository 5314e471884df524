import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Contacts asked for by a description of the service (hb26a, issue #13). Phrasings written for this test.
 */
describe('conversation: a service named by what it works on, and how to get hold of it', () => {
  const runner = conversationRunnerPerFile();
  const number = ['478 09 050', '47809050'];

  // "The team on honour-related violence" names Kompetanseteamet by its topic: its number, and no emergency card.
  it.each([
    ['en', 'GP here. Could you give me the phone number of the national team against honour-based violence? I would like advice about a patient.'],
    ['en', 'Can I have the contact details for the team on negative social control, please? I work in a nursing home.'],
    ['nb', 'Jeg er fastlege. Hva er nummeret til det nasjonale teamet mot æresrelatert vold? Trenger råd om en pasient.'],
  ] as const)('%s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, number)).toBe(true);
  });

  // A case in danger told beside the same words keeps the emergency card.
  it.each([
    ['en', 'What is the number of the national team on honour violence? My cousin is being flown to Pakistan tomorrow to be married against her will.'],
    ['nb', 'Hva er nummeret til teamet mot æresrelatert vold? Søsteren min blir sendt til Somalia i morgen for å giftes bort mot sin vilje.'],
  ] as const)('%s: danger still comes first: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // "Hvordan får jeg tak i …": the service named answers, not another service's article; its hours follow.
  it.each([
    ['nb', ['hvordan får vi tak i kompetanseteamet? det handler om en elev', 'hvilke tider kan vi ringe?']],
    ['nn', ['korleis får eg tak i kompetanseteamet? det gjeld ei venninne', 'når er dei opne?']],
  ] as const)('%s: %s', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['09.00–15.00', '09:00–15:00', '09–15', '9–15'])).toBe(true);
  });
});

// (was contacts27.test.ts)

/**
 * Contacts and figures asked beside each other, and courses for staff (contacts27, issue #13). Phrasings written for
 * this test; the languages other than nb, nn and en are machine-assisted.
 */
describe('conversation: contacts and figures asked beside each other; staff courses', () => {
  const runner = conversationRunnerPerFile();
  const whoTrains = ['RVTS', 'fagteamet', 'Fagteamet', 'post@imdi.no'];

  // A course asked beside the duty it is about ("a staff meeting on the duty to notify: can someone come?"): those who
  // train staff (IMDi's expert team, RVTS), not the duty's article alone.
  it.each([
    ['nb', 'Personalet i barnehagen trenger opplæring i opplysningsplikten ved tvangsekteskap, hvem kan holde kurs?'],
    ['nb', 'Vi skal ha planleggingsdag om meldeplikt i barnehagen. Kan noen komme og snakke med oss?'],
    ['nn', 'Vi skal ha personalmøte om opplysningsplikta i barnehagen. Kan nokon kome og halde kurs?'],
    ['en', "We're having a staff meeting on the duty to notify in our nursery. Can someone come and run a session for us?"],
    ['ar', 'لدينا اجتماع للموظفين حول واجب الإبلاغ في الروضة. هل يمكن لأحد أن يأتي ويقدم دورة لنا؟'],
    ['fa', 'در مهدکودک جلسه کارکنان درباره وظیفه گزارش‌دهی داریم. کسی می‌تواند بیاید و برای ما دوره برگزار کند؟'],
    ['ur', 'ہماری نرسری میں اطلاع دینے کی ذمہ داری پر عملے کی میٹنگ ہے۔ کیا کوئی آ کر ہمیں تربیت دے سکتا ہے؟'],
    ['uk', "У нас у садочку збори персоналу про обов'язок повідомляти. Чи може хтось прийти і провести курс?"],
    ['ru', 'У нас в детском саду собрание персонала об обязанности сообщать. Может ли кто-то прийти и провести курс?'],
    ['tr', 'Anaokulunda bildirim yükümlülüğü hakkında personel toplantısı yapacağız. Biri gelip bize kurs verebilir mi?'],
    ['pl', 'W przedszkolu mamy zebranie personelu o obowiązku zgłaszania. Czy ktoś może przyjść i poprowadzić szkolenie?'],
    ['so', 'Waxaan yeelanaynaa shir shaqaale oo ku saabsan waajibka wargelinta. Qof ma iman karaa oo koorso na siin karaa?'],
    ['ti', 'ኣብ ቤት ህጻናትና ብዛዕባ ግዴታ ምሕባር ኣኼባ ሰራሕተኛታት ኣሎና። ሓደ ሰብ መጺኡ ስልጠና ክህበና ይኽእል ድዩ?'],
  ] as const)('%s: a course beside the duty: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, whoTrains)).toBe(true);
  });

  // "Is there a course for teachers about …?": who trains staff, in every language.
  it.each([
    ['nb', 'Finnes det kurs for lærere om negativ sosial kontroll?'],
    ['en', 'Is there a course for teachers on negative social control?'],
    ['ar', 'هل توجد دورة للمعلمين حول السيطرة الاجتماعية السلبية؟'],
    ['fa', 'آیا دوره‌ای برای معلمان درباره کنترل اجتماعی منفی هست؟'],
    ['fa', 'برای کارکنان مهدکودک دوره‌ای درباره ازدواج اجباری وجود دارد؟'],
    ['ur', 'کیا اساتذہ کے لیے منفی سماجی کنٹرول پر کوئی کورس ہے؟'],
    ['uk', 'Чи є курс для вчителів про негативний соціальний контроль?'],
    ['ru', 'Есть ли курс для учителей о негативном социальном контроле?'],
    ['ti', 'ንመምህራን ብዛዕባ ኣሉታዊ ማሕበራዊ ቁጽጽር ኮርስ ኣሎ ድዩ?'],
  ] as const)('%s: a course for staff: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, whoTrains)).toBe(true);
  });

  // A service's number and a count, joined by "+" or "and": both, the count with its figure (59 advisers in 2023).
  it.each([
    ['nb', 'nummeret til Kompetanseteamet + hvor mange mangfoldsrådgivere er det totalt?'],
    ['nn', 'kva er nummeret til Kompetanseteamet, og kor mange mangfaldsrådgjevarar finst det i landet?'],
    ['en', "Kompetanseteamet's phone number + how many diversity advisers are there nationwide?"],
    ['so', 'lambarka Kompetanseteamet + immisa la-taliye kala-duwanaansho ayaa dalka ka jira?'],
    ['uk', 'номер телефону Kompetanseteamet + скільки радників з різноманіття є в країні?'],
    ['ru', 'какой номер у Kompetanseteamet и сколько всего советников по многообразию в стране?'],
    ['tr', "Kompetanseteamet'in telefon numarası nedir ve ülkede kaç çeşitlilik danışmanı var?"],
    ['fa', 'شماره تلفن Kompetanseteamet چیست و چند مشاور تنوع در کل کشور وجود دارد؟'],
  ] as const)('%s: a number and a count: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['478 09 050', '47809050'])).toBe(true);
    expect(containsFact(view.texts, ['59'])).toBe(true);
  });

  // The envoys' cases in a year and what most of them were about: 245 in 2023, mostly involuntary stays abroad.
  it.each([
    ['nb', 'Hvor mange saker hadde spesialutsendingene i 2023, og hva handlet mesteparten av dem om?', ['utenlandsopphold']],
    ['nn', 'Kor mange saker hadde spesialutsendingane i 2023, og kva var det meste av sakene om?', ['utenlandsopphold', 'utanlandsopphald']],
    ['en', 'How many cases did the special envoys handle in 2023, and what were most of them about?', ['stay abroad', 'stays abroad']],
    ['ar', 'كم عدد القضايا التي تعامل معها المبعوثون الخاصون في 2023، وما موضوع معظمها؟', ['القسري في الخارج']],
    ['uk', 'Скільки справ мали спецпосланці у 2023 році і про що була більшість із них?', ['перебування за кордоном']],
    ['ru', 'Сколько дел было у специальных посланников в 2023 году и о чём было большинство из них?', ['за границей', 'за рубежом']],
    ['pl', 'Ile spraw mieli specjalni wysłannicy w 2023 roku i czego dotyczyła większość z nich?', ['za granicą']],
  ] as const)('%s: the envoys in 2023 and their main case type: %s', async (lng, text, mostly) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['245'])).toBe(true);
    expect(containsFact(view.texts, [...mostly])).toBe(true);
  });

  // "Some girls never come back from the summer holidays: how many such cases?": involuntary stays abroad, with the
  // envoys' 245 cases in 2023 (most of them about it). Whether the emergency card comes is the danger rules' (calm27a).
  it.each([
    ['nb', 'jeg er 14 og lurer bare på: noen jenter kommer ikke tilbake fra sommerferien. hvor mange slike saker er det?'],
    ['nn', 'eg er 15 og lurer berre: nokre jenter kjem ikkje tilbake frå sommarferien. kor mange slike saker er det?'],
    ['en', "I'm 15, just curious: some girls don't come back from the summer holidays. How many cases like that are there?"],
    ['ar', 'عمري 15 سنة وأسأل فقط: بعض الفتيات لا يعدن من العطلة الصيفية. كم عدد هذه الحالات؟'],
    ['so', 'waxaan ahay 15 sano, kaliya waxaan is weydiinayaa: gabdhaha qaar fasaxa kadib ma soo laabtaan. immisa kiis oo caynkaas ah ayaa jira?'],
    ['fa', '۱۵ سالمه و فقط کنجکاوم: بعضی دخترها از تعطیلات تابستانی برنمی‌گردند. چند پرونده این‌طوری وجود دارد؟'],
    ['ur', 'میری عمر 15 سال ہے، بس جاننا چاہتی ہوں: کچھ لڑکیاں چھٹیوں کے بعد واپس نہیں آتیں۔ ایسے کتنے کیس ہیں؟'],
    ['uk', 'мені 15, просто цікаво: деякі дівчата не повертаються з літніх канікул. скільки таких випадків?'],
    ['ru', 'мне 15, просто интересно: некоторые девочки не возвращаются с летних каникул. сколько таких случаев?'],
    ['tr', '15 yaşındayım, sadece merak ediyorum: bazı kızlar yaz tatilinden dönmüyor. böyle kaç vaka var?'],
    ['pl', 'mam 14 lat, pytam z ciekawości: niektóre dziewczyny nie wracają z wakacji za granicą. ile jest takich przypadków?'],
    ['ti', 'ዕድመይ 15 እዩ፣ ንምፍላጥ ጥራይ: ገለ ኣዋልድ ካብ ዕረፍቲ ክረምቲ ኣይምለሳን። ከምዚ ዝበለ ክንደይ ጉዳያት ኣለዉ፧'],
  ] as const)('%s: girls kept abroad, how many: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(containsFact(view.texts, ['245'])).toBe(true);
  });

  // A controlled young person asks for an anonymous line and for someone at school: both, the diversity adviser named.
  it.each([
    ['nb', 'Jeg er 16. Foreldrene mine sjekker mobilen min hele tiden og jeg får ikke være med venner. Finnes det et nummer jeg kan ringe uten å si navnet mitt? Og er det noen på skolen som kan hjelpe?'],
    ['en', "I'm 16 and my parents go through my phone and won't let me see my friends. Is there a number I can call without giving my name? And is there anyone at school who can help?"],
    ['ar', 'عمري 16 سنة. أهلي يفتشون هاتفي دائماً ولا يسمحون لي بالخروج مع صديقاتي. هل يوجد رقم أتصل به دون أن أذكر اسمي؟ وفي المدرسة هل يوجد أحد يساعدني؟'],
    ['so', 'Waxaan ahay 16 jir. Waalidkay had iyo jeer taleefankayga ayay eegaan, mana ii oggola inaan saaxiibadey la baxo. Ma jiraa lambar aan wici karo anigoon magacayga sheegin? Iskuulka ma jiraa qof i caawin kara?'],
    ['fa', '۱۶ سالمه. پدر و مادرم همیشه گوشیم را می‌گردند و نمی‌گذارند با دوستانم بیرون بروم. شماره‌ای هست که بدون گفتن اسمم زنگ بزنم؟ در مدرسه کسی هست که کمکم کند؟'],
    ['uk', 'Мені 16. Батьки постійно перевіряють мій телефон і не пускають мене гуляти з друзями. Чи є номер, куди можна подзвонити анонімно? А в школі є хтось, хто може допомогти?'],
    ['tr', '16 yaşındayım. Ailem sürekli telefonumu kontrol ediyor ve arkadaşlarımla dışarı çıkmama izin vermiyor. Adımı söylemeden arayabileceğim bir numara var mı? Okulda bana yardım edebilecek biri var mı?'],
    ['ti', 'ዕድመይ 16 እዩ። ወለደይ ኩሉ ግዜ ሞባይለይ ይፍትሹ፣ ምስ ኣዕሩኽተይ ክወጽእ ኣይፈቕዱለይን። ስመይ ከይጠቐስኩ ክድውለሉ ዝኽእል ቁጽሪ ኣሎ ድዩ? ኣብ ቤት ትምህርትኸ ዝሕግዘኒ ሰብ ኣሎ ድዩ?'],
    ['ti', 'ዕድመይ 15 እዩ። ሓወይ ኩሉ ግዜ ይቆጻጸረኒ። ብዘይ ስመይ ክዛረብ ዝኽእል መስመር ኣሎ ድዩ? ኣብ ቤት ትምህርቲኸ ክሕግዘኒ ዝኽእል ሰብ ኣሎ ድዩ?'],
  ] as const)('%s: a line and someone at school: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(containsFact(view.texts, ['116 111', '815 55 201'])).toBe(true);
    expect(containsFact(view.texts, ['angfoldsrådgiv', 'angfaldsrådgjev'])).toBe(true);
  });
});

// (was hb27c.test.ts)

/**
 * The right contacts for two people's needs and for grown-ups (hb27c, issue #13). Phrasings written for this test,
 * none taken from an evaluation set; the Arabic ones are machine-assisted.
 */
describe('conversation: the right contacts for two needs and for adults', () => {
  const runner = conversationRunnerPerFile();
  const teamOrNumber = ['Kompetanseteamet', '478 09 050'];
  const grownUpLine = ['815 55 201', '116 006'];
  const youngLine = ['116 111', '815 55 201'];
  const whoTrains = ['RVTS', 'fagteam', 'Fagteamet', 'post@imdi.no'];
  const duty = ['barnevern', 'child welfare', 'Child welfare', 'Kompetanseteam'];

  async function expectFacts(lng: 'nb' | 'nn' | 'en' | 'ar', text: string, facts: readonly (readonly string[])[]): Promise<void> {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.cannotAnswer).toBe(false);
    for (const fact of facts) expect(containsFact(view.texts, fact)).toBe(true);
  }

  // Housing asked with a joined preposition ("بالسكن"), living on one's own, and a line written "خط تلفون": a grown-up's
  // housing is Kompetanseteamet's offer, and the line is the adults' line.
  it.each([
    ['ar', 'أعمل مع اللاجئين. شاب عمره ٢٣ يبحث عن مساعدة للسكن بعيداً عن عائلته. وهل يوجد خط تلفون مجاني؟', [teamOrNumber, grownUpLine]],
    ['ar', 'أعمل في مركز استقبال. شابة عمرها 22 تريد أن تترك أهلها وتعيش لوحدها. من يساعد بالسكن؟ وهل في خط تلفون مجاني لمثل هذه الأمور؟', [teamOrNumber, grownUpLine]],
    ['ar', 'أختي عمرها ٢١ وتريد أن تعيش لوحدها. مين بيساعد بالسكن؟', [teamOrNumber]],
  ] as const)('%s: a grown-up\'s housing and a line: %s', async (lng, text, facts) => {
    await expectFacts(lng, text, facts);
  });

  // Nynorsk "ringja" and "utan å seia kven ho er": a line a young person can call without giving a name.
  it.each([
    ['nn', 'Niesa mi er 15 og synest foreldra er veldig strenge. Finst det ein telefon ho kan ringja utan å seia kven ho er?'],
    ['nn', 'Kan sonen min på 14 ringja nokon utan å seie kven han er?'],
  ] as const)('%s: an anonymous line for a young person: %s', async (lng, text) => {
    await expectFacts(lng, text, [youngLine]);
  });

  // A child who wants to talk without her name, and a grown-up who wants advice: both lines, in one answer.
  it.each([
    ['nb', 'Datteren min på 12 vil snakke med noen anonymt. Hvor kan jeg som mor få råd?'],
    ['nn', 'Jenta er 13 og vil snakke med nokon anonymt. Kven kan mora snakke med om ho treng råd?'],
    ['en', 'Our daughter is 13 and would like to talk to someone without giving her name. Is there also somewhere I, her mother, can get advice?'],
  ] as const)("%s: the child's line and the grown-up's line: %s", async (lng, text) => {
    await expectFacts(lng, text, [['116 111'], ['815 55 201']]);
  });

  // Training asked as a task from the writer's leader, after a story naming the families' countries: who trains staff.
  it.each([
    ['en', "I'm a public health nurse and our head of department asked me to find out who could run a course for us on forced marriage. Any suggestions?"],
    ['en', 'I teach at a secondary school. Many of our pupils have families from Iraq and Syria. My principal asked me to find out who could give the staff some training on honour-related violence. Any ideas?'],
    ['nb', 'Jeg er sykepleier på en fødeavdeling. Vi møter mange kvinner fra Etiopia og Somalia. Avdelingslederen ba meg finne ut hvem som kunne holde kurs for oss om negativ sosial kontroll. Noen tips?'],
    ['nn', 'Eg er jordmor. Vi møter mange familiar frå Eritrea og Sudan. Leiaren min bad meg finne ut kven som kunne halde kurs for oss om æresrelatert vald. Har du tips?'],
  ] as const)('%s: who trains staff, asked for a leader: %s', async (lng, text) => {
    await expectFacts(lng, text, [whoTrains]);
  });

  // Whether a confidence may be passed on to the school's diversity adviser: the duty, not the adviser's card alone.
  it.each([
    ['en', 'Can I share with the diversity adviser what a pupil told me in confidence, or would I be breaking confidentiality?'],
    ['en', 'Am I allowed to tell the diversity adviser what a pupil told me in confidence?'],
  ] as const)('%s: confidentiality and the duty: %s', async (lng, text) => {
    await expectFacts(lng, text, [duty]);
  });
});

// (was facts28.test.ts)
{
  /**
   * Facts asked exactly (facts28, issue #13): the 2008 embassy posts asked by city, the adviser scheme's start, whether a closed post ever served a country, Røde Kors-telefonen's anonymity, Kompetanseteamet's e-mail, two
   * contacts in one message, and everyday tasks declined. Phrasings written for this test; the languages other than nb,
   * nn and en are machine-assisted.
   */
  describe("conversation: history, a line's properties and two contacts asked exactly", () => {
    const runner = conversationRunnerPerFile();

    // "In which cities were the embassy advisers in 2008?": the history's six posts (domain.md §9), Colombo and Rabat too.
    it.each([
      ['nb', 'I hvilke byer hadde ambassadene integreringsrådgivere i 2008?'],
      ['nn', 'Kva byar hadde ambassadane integreringsrådgivarar i 2008?'],
      ['en', 'Which cities had integration advisers at the embassies in 2008?'],
      ['ar', 'في أي مدن كان هناك مستشارو اندماج في السفارات عام 2008؟'],
      ['fa', 'در سال 2008 در کدام شهرها مشاوران ادغام در سفارت‌ها بودند؟'],
      ['ur', '2008 میں سفارت خانوں کے انٹیگریشن مشیر کن شہروں میں تھے؟'],
      ['uk', 'У яких містах у 2008 році були радники з інтеграції при посольствах?'],
      ['ru', 'В каких городах в 2008 году работали советники по интеграции при посольствах?'],
      ['tr', '2008 yılında büyükelçiliklerdeki entegrasyon danışmanları hangi şehirlerdeydi?'],
      ['pl', 'W jakich miastach były ambasady z doradcami ds. integracji w 2008 roku?'],
      ['so', 'Sannadkii 2008 magaalooyinkee ayay safaaradaha la-taliyayaasha is-dhexgalka ku jireen?'],
    ] as const)('%s: the 2008 posts by city: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['Colombo', 'Коломбо', 'كولومبو', 'کلمبو', 'کولمبو'])).toBe(true);
      expect(containsFact(view.texts, ['Rabat', 'Рабат', 'الرباط', 'رباط'])).toBe(true);
    });

    // "Was there ever an embassy adviser for Sri Lanka / Morocco?": Colombo and Rabat served them in 2008 and have closed.
    it.each([
      ['nb', 'Har det noen gang vært en rådgiver ved ambassaden for Marokko?'],
      ['en', 'Did the embassies ever have an adviser for Bangladesh?'],
      ['ru', 'Был ли когда-нибудь советник при посольстве для Шри-Ланки?'],
      ['tr', 'Eskiden Fas için büyükelçilikte bir danışman var mıydı?'],
    ] as const)('%s: a post that served the country once: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(containsFact(view.texts, ['Colombo', 'Коломбо', 'Kolombo', 'Rabat', 'Рабат'])).toBe(true);
    });

    // "When did the advisers for minorities start, and how many at first?": thirty in June 2008 (domain.md §11).
    it.each([
      ['ru', 'С какого года в школах есть консультанты по делам меньшинств и сколько их было вначале?'],
      ['uk', 'Коли з’явилися консультанти з питань меншин у школах і скільки їх було спочатку?'],
    ] as const)('%s: the scheme began in 2008 with thirty: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.didYouMean).toBe(false);
      expect(containsFact(view.texts, ['2008'])).toBe(true);
      expect(containsFact(view.texts, ['30'])).toBe(true);
    });

    // "Will they know who I am if I ring the Red Cross line?": it is anonymous (domain.md §12).
    it.each([
      ['nb', 'Må jeg si hva jeg heter når jeg ringer Røde Kors-telefonen?', ['anonym']],
      ['en', 'If I ring the Red Cross helpline, will they know who is calling?', ['anonymous']],
      ['ar', 'إذا اتصلت بخط الصليب الأحمر هل يعرفون اسمي؟', ['مجهول']],
      ['ru', 'Если я позвоню на линию Красного Креста, они узнают моё имя?', ['аноним']],
      ['tr', 'Kızılhaç hattını ararsam adımı bilirler mi?', ['anonim']],
      ['pl', 'Czy jak zadzwonię na telefon Czerwonego Krzyża, to poznają moje imię?', ['anonim']],
    ] as const)('%s: the Red Cross line is anonymous: %s', async (lng, text, words) => {
      const view = await runner.turn(lng, text);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['815 55 201'])).toBe(true);
      expect(containsFact(view.texts, [...words])).toBe(true);
    });

    // Kompetanseteamet's e-mail asked in Arabic: the contact card with kompetanseteamet@bufdir.no, not its article.
    it('ar: Kompetanseteamet’s e-mail address', async () => {
      const view = await runner.turn('ar', 'أريد عنوان البريد الإلكتروني الخاص بـ Kompetanseteamet من فضلك');
      expect(containsFact(view.texts, ['kompetanseteamet@bufdir.no'])).toBe(true);
    });

    // A country declined in Polish's instrumental ("Egiptem", "Marokiem") with UD's number asked beside it: both.
    it('pl: who covers a country in the instrumental, and UD’s 24/7 number', async () => {
      const view = await runner.turn('pl', 'Która ambasada zajmuje się Egiptem i jaki jest całodobowy numer MSZ?');
      expect(containsFact(view.texts, ['Amman'])).toBe(true);
      expect(containsFact(view.texts, ['23 95 00 00'])).toBe(true);
    });

    // Everyday tasks close to the field: declined politely, in the asker's language.
    it.each([
      ['nb', 'Kan du skrive engelskleksa mi om ferien vår?'],
      ['en', 'Could you do my expense report for the conference next month?'],
    ] as const)('%s: an everyday task is declined: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.cannotAnswer || view.didYouMean).toBe(true);
      expect(view.answers).toBe(0);
      expect(view.replyLanguage).toBe(lng);
    });
  });
}

// (was hb28c.test.ts)
{
  /**
   * Figures and lines asked in the other languages (hb28c, issue #13): the share of Nora's traffic from social-media
   * campaigns, a case type typed without Polish diacritics, the countries of origin typed without the Arabic hamza, and
   * an anonymous line asked in Arabic beside a threat. Phrasings written for this test; the languages other than nb, nn
   * and en are machine-assisted.
   */
  describe('conversation: figures by part and the anonymous line, asked in the other languages', () => {
    const runner = conversationRunnerPerFile();

    // "What part of the visits to Nora came through social media?": 70 % (IMDi årsrapport 2023, domain.md §5).
    it.each([
      ['fa', 'چه درصدی از بازدیدکنندگان نورا از طریق شبکه های اجتماعی آمدند؟'],
      ['ar', 'كم بالمئة من زيارات موقع Nora جاءت من وسائل التواصل الاجتماعي؟'],
      ['ru', 'Какая доля посещений сайта Nora пришла из социальных сетей?'],
      ['uk', 'Яка частка відвідувань сайту Nora прийшла із соціальних мереж?'],
      ['pl', 'Jaki procent odwiedzin strony Nora pochodzi z mediów społecznościowych?'],
      ['tr', "Nora sitesine gelen ziyaretlerin yüzde kaçı sosyal medyadan geliyor?"],
    ] as const)('%s: 70 %% of Nora traffic from social media: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['70', '۷۰', '٧٠'])).toBe(true);
    });

    // Polish typed without diacritics: the case type still splits the count (domain.md §12: 113 of 891 in 2022).
    it('pl: stays abroad against one\'s will in 2022, typed without diacritics', async () => {
      const view = await runner.turn('pl', 'ile bylo w 2022 spraw Kompetanseteamet o przymusowy pobyt za granica?');
      expect(containsFact(view.texts, ['113'])).toBe(true);
    });

    // The 2008 advisers' cases by kind of forced marriage (domain.md §9: 14 entered, 63 fear).
    it('pl: forced marriages in the 2008 cases, typed without diacritics', async () => {
      const view = await runner.turn('pl', 'ile przypadkow malzenstw z przymusu mieli doradcy w 2008 roku?');
      expect(containsFact(view.texts, ['14'])).toBe(true);
      expect(containsFact(view.texts, ['63'])).toBe(true);
    });

    // "Most countries" and "countries of origin" without the hamza (domain.md §1: Iraq first in 2023).
    it('ar: where most of the 2023 advisers\' cases came from, without hamza', async () => {
      const view = await runner.turn('ar', 'شو اكثر الدول اللي اجت منها حالات مستشاري التنوع سنة 2023؟');
      expect(containsFact(view.texts, ['العراق', 'Irak', 'Iraq'])).toBe(true);
    });

    // An anonymous line asked in Arabic beside a threat: the Red Cross line (815 55 201, anonymous; domain.md §12).
    it.each([
      ['ar', 'جارتي يضربها أخوها ويهددها بالقتل. هل يوجد خط تتصل عليه وما تعطي اسمها؟'],
      ['ar', 'أخي يهددني كل يوم لأني ما بدي اتزوج ابن عمي. بدي رقم أحكي فيه بدون ما أعطي اسمي'],
    ] as const)('%s: the anonymous line beside the emergency numbers: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(containsFact(view.texts, ['815 55 201', '81555201'])).toBe(true);
    });
  });
}
