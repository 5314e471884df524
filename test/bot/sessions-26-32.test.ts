import { containsFact, readTurn, cardTexts, type TurnView } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, expectAnsweredWith, expectDeclined } from '../helpers/conversation-runner';
import { type Lang, LANGUAGES } from '../../src/language/languages';
import { createI18n, fixedT } from '../../src/language/i18n';
import { normalize } from '../../src/language/text';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { statsCard } from '../../src/stats/answers/stats-card';
import { type StatsQueryModel, statsQuerySchema } from '../../src/stats/answers/stats-query';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { elements } from '../helpers/card-elements';
import { asksCoverageOfNoOne, loadSituationReader } from '../../src/understanding/situation-cues';
import { isStatsQuestion, isContactQuestion } from '../../src/knowledge/article-recognizer';
import { shippedCountedInArticles } from '../../src/language/counted-in-articles';
import { articleCard } from '../../src/knowledge/article-card';
import { toIndexable } from '../../src/knowledge/article-indexable';
import { articleView } from '../../src/knowledge/guidance-handlers';
import { loadArticles } from '../../src/knowledge/load-articles';
import { forYoungWriter } from '../../src/conversation/reading-rules';
import type { ServiceId } from '../../src/contacts/service-ids';
import type { IntentBase } from '../../src/understanding/types';
import { alarmed, isDanger, expectCalmByTheRules } from '../helpers/danger-alarm';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { judgeReply, type DomainFact } from '../../scripts/domain-coverage';
import { indexTerms } from '../../src/knowledge/article-index';
import { toBokmal } from '../../src/language/spelling';
import { LEFT_OPEN, PLAIN_CALM_TWINS, PLAIN_DANGER_GRID } from '../../scripts/plain-danger-grid';

/**
 * Conversation tests through the bot of sessions 26 and 29–32 (issue #13), joined into one file so the suite builds one
 * app for them instead of five (docs/performance.md § Tests, session 34): each former file below its `(was …)` line,
 * its describes and tests unchanged; each test still has its own conversations and user on the file's app.
 */

// (was contacts-hb26a.test.ts)
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

// (was session-29.test.ts)
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

// (was session-30.test.ts)
/**
 * Session 30's conversation tests through the bot (issue #13), joined into one file: dev30b, city30, hb30a, hb30b.
 */

// (was dev30b.test.ts)
{
  /**
   * Session 30, issue #13: classes from the development set general-blind-89's failures, through the real bot as the
   * conversation evaluation reads it. The sentences are this file's own; none is in the evaluation sets. Figures from
   * content/stats/published.json (Kompetanseteamet 2022: 891 cases, 368 on threats and violence; the diversity
   * advisers 2023: 899/897 cases, 59 advisers; the envoys 2023: 245 cases, most about involuntary stays abroad).
   */
  type Row = readonly [Lang, readonly string[], readonly (readonly string[])[]];

  const runner = conversationRunnerPerFile();

  async function expectFacts(lang: Lang, turns: readonly string[], facts: readonly (readonly string[])[]): Promise<void> {
    const view = await runner.turn(lang, turns);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  }

  describe('a split asked of the year after (or before) the one last shown', () => {
    // "og året etter? hvordan fordelte de seg": Kompetanseteamet's 2022 cases by type, after its 2021 count.
    const ROWS: readonly Row[] = [
      ["nb", ["hvor mange saker fikk Kompetanseteamet i 2021?", "og året etterpå? hvordan fordelte de seg"], [["891"], ["368"]]],
      ["nn", ["kor mange saker hadde Kompetanseteamet i 2021?", "og året etter? korleis fordelte dei seg på sakstypar?"], [["891"], ["368"]]],
      ["en", ["how many cases did Kompetanseteamet get in 2021?", "and the year after? what types of cases were they?"], [["891"], ["368"]]],
      ["en", ["how many cases did Kompetanseteamet get in 2023?", "and the year before, broken down by case type?"], [["891"], ["368"]]],
      ["ar", ["كم عدد الحالات التي تلقاها Kompetanseteamet في 2021؟", "والسنة التالية؟ كيف توزعت حسب نوع الحالة؟"], [["891", "٨٩١"], ["368", "٣٦٨"]]],
      ["so", ["immisa kiis ayuu Kompetanseteamet helay 2021?", "sannadka xiga hadana? sidee bay u kala qaybsan yihiin nooca kiiska?"], [["891"], ["368"]]],
      ["fa", ["Kompetanseteamet در سال ۲۰۲۱ چند پرونده داشت؟", "و سال بعدش؟ تفکیک بر اساس نوع پرونده چطور بود؟"], [["891", "۸۹۱"], ["368", "۳۶۸"]]],
      ["ur", ["Kompetanseteamet کے پاس 2021 میں کتنے کیس تھے؟", "اور اس سے اگلے سال؟ کیسوں کی اقسام کے لحاظ سے تقسیم کیا تھی؟"], [["891", "۸۹۱"], ["368", "۳۶۸"]]],
      ["uk", ["скільки справ мала Kompetanseteamet у 2021 році?", "а наступного року? який був розподіл за типами справ?"], [["891"], ["368"]]],
      ["ru", ["сколько дел было у Kompetanseteamet в 2021 году?", "а на следующий год? как они распределились по типам дел?"], [["891"], ["368"]]],
      ["tr", ["Kompetanseteamet 2021'de kaç vaka aldı?", "peki ertesi yıl? vaka türlerine göre dağılımı nasıldı?"], [["891"], ["368"]]],
      ["pl", ["ile spraw miał Kompetanseteamet w 2021 roku?", "a w następnym roku? jaki był podział według rodzaju spraw?"], [["891"], ["368"]]],
      ["ti", ["Kompetanseteamet ኣብ 2021 ክንደይ ጉዳያት ነይሩዎ?", "ኣብ ዝቕጽል ዓመትከ? ብዓይነት ጉዳይ ከመይ ተማቒሎም?"], [["891"], ["368"]]],
    ];
    it.each(ROWS)('%s: %j', async (lang, turns, facts) => expectFacts(lang, turns, facts));
  });

  describe("a service's cases and its writers' own headcount in one question", () => {
    // "antall saker vi … hadde, og hvor mange vi var": the cases, then how many "we" (the advisers) were.
    const ROWS: readonly Row[] = [
      ["nb", ["Jeg skal holde et innlegg på et kurs. Hvor mange saker hadde mangfoldsrådgiverne i 2023, og hvor mange rådgivere var de?"], [["899", "897"], ["59"]]],
      ["nb", ["antall saker for oss mangfoldsrådgivere i 2023 og hvor mange er vi?"], [["899", "897"], ["59"]]],
      ["nn", ["treng talet på saker vi mangfaldsrådgivarar hadde i 2023 til eit innlegg på fagdagen, og kor mange vi var til saman"], [["899", "897"], ["59"]]],
      ["en", ["I need the number of cases we diversity advisers handled in 2023 for a workshop next week, and how many of us there were in total"], [["899", "897"], ["59"]]],
      ["ar", ["أحتاج عدد الحالات التي تعاملنا معها نحن mangfoldsrådgivere في 2023 لعرض في يوم تدريبي، وكم كان عددنا إجمالاً"], [["899", "897", "٨٩٩"], ["59", "٥٩"]]],
      ["so", ["waxaan u baahanahay tirada kiisaska aan annaga oo ah mangfoldsrådgivere qabanay 2023 bandhig aan sameynayo, iyo immisa ayaan ahayn guud ahaan"], [["899", "897"], ["59"]]],
      ["fa", ["برای یک ارائه در روز آموزشی تعداد پرونده‌هایی که ما mangfoldsrådgivere در ۲۰۲۳ داشتیم را لازم دارم، و اینکه در کل چند نفر بودیم"], [["899", "897", "۸۹۹"], ["59", "۵۹"]]],
      ["ur", ["مجھے ایک پریزنٹیشن کے لیے 2023 میں ہم mangfoldsrådgivere کے کیسوں کی تعداد چاہیے، اور یہ کہ ہم کل کتنے تھے"], [["899", "897"], ["59"]]],
      ["uk", ["потрібна кількість справ, які ми, mangfoldsrådgivere, мали у 2023 році, для презентації на семінарі, і скільки нас було загалом"], [["899", "897"], ["59"]]],
      ["ru", ["нужно количество дел, которые у нас, mangfoldsrådgivere, были в 2023 году, для презентации на семинаре, и сколько нас было всего"], [["899", "897"], ["59"]]],
      ["tr", ["gelecek haftaki eğitim günü sunumu için biz mangfoldsrådgivere olarak 2023'te kaç vakamız olduğunu ve toplam kaç kişi olduğumuzu bilmem gerekiyor"], [["899", "897"], ["59"]]],
      ["pl", ["potrzebuję liczby spraw, które my mangfoldsrådgivere mieliśmy w 2023 roku, do prezentacji na szkoleniu, i ilu nas było w sumie"], [["899", "897"], ["59"]]],
      ["ti", ["ንመቕረቢ ኣብ 2023 ንሕና mangfoldsrådgivere ዝነበሩና ጉዳያት ብዝሒ የድልየኒ፡ ከምኡ’ውን ብጠቕላላ ክንደይ ኔርና"], [["899", "897"], ["59"]]],
    ];
    it.each(ROWS)('%s: %j', async (lang, turns, facts) => expectFacts(lang, turns, facts));
  });

  describe('the cases of one type among the last count, asked of children left abroad', () => {
    // Not published per type: the answer says so, gives the 245 and that most concerned involuntary stays abroad.
    const ROWS: readonly Row[] = [
      ["en", ["how many cases did the special envoys have in 2023?", "how many of them involved teenagers stuck abroad? exact figure please"], [["245"], ["most", "Most"]]],
      ["nb", ["hvor mange saker hadde spesialutsendingene i 2023?", "og hvor mange av dem gjaldt unger som ble etterlatt i utlandet? trenger nøyaktig tall"], [["245"], ["fleste", "flest"]]],
      ["nn", ["kor mange saker hadde spesialutsendingane i 2023?", "og kor mange av dei galdt ungdommar som vart etterlatne i utlandet? treng eksakt tal"], [["245"], ["fleste", "flest"]]],
      ["ar", ["كم عدد الحالات التي تعامل معها المبعوثون الخاصون في 2023؟", "وكم منها كانت عن أطفال تُركوا في الخارج؟ أحتاج الرقم الدقيق"], [["245", "٢٤٥"]]],
      ["uk", ["скільки справ мали спеціальні представники у 2023 році?", "а скільки з них стосувалися дітей, яких залишили за кордоном? потрібна точна цифра"], [["245"]]],
      ["ru", ["сколько дел было у специальных представителей в 2023 году?", "а сколько из них касались детей, которых оставили за границей? нужна точная цифра"], [["245"]]],
      ["pl", ["ile spraw prowadzili specjalni wysłannicy w 2023 roku?", "a ile z nich dotyczyło dzieci pozostawionych za granicą? potrzebuję dokładnej liczby"], [["245"]]],
      ["ti", ["ፍሉያት ልኡኻት ኣብ 2023 ክንደይ ጉዳያት ሒዞም?", "ካብኣቶም ክንደይ ብዛዕባ ኣብ ወጻኢ ዝተገድፉ ቆልዑ ነይሮም? ልክዕ ቁጽሪ የድልየኒ"], [["245"]]],
    ];
    it.each(ROWS)('%s: %j', async (lang, turns, facts) => expectFacts(lang, turns, facts));
  });
}

// (was city30.test.ts)
{
  /**
   * Issue #13, asked for a city: no source counts the cases of a city, so "how many cases did the advisers in Bergen
   * have?" is told that first ("I don't have figures for cases in Bergen"), and then gets the national figure as the
   * broader one, never the national figure alone as if it were Bergen's.
   */

  const now = new Date('2026-11-24T12:00:00Z');
  const i18n = createI18n();
  const published = loadPublishedSeed().figures;

  function read(text: string, lng: Lang): StatsQueryModel | undefined {
    const parsed = parseStatsQuestion(normalize(text), now, lng);
    return parsed ? statsQuerySchema.parse(parsed.query) : undefined;
  }

  function answerTexts(text: string, lng: Lang): string[] {
    const query = read(text, lng);
    if (!query) throw new Error(`not read as a statistics question: ${text}`);
    return elements(statsCard(answerStats(query, published), lng, fixedT(i18n, lng)))
      .filter((e) => e.type === 'TextBlock')
      .map((e) => String(e['text']));
  }

  describe('case figures asked for a city', () => {
    it.each([
      ['nb', 'Hvor mange saker hadde minoritetsrådgiverne i Stavanger i 2023?', 'stavanger', 'Stavanger'],
      ['nn', 'Kor mange saker hadde mangfaldsrådgjevarane i Bergen i 2023?', 'bergen', 'Bergen'],
      ['en', 'How many cases did the diversity advisers handle in Trondheim in 2023?', 'trondheim', 'Trondheim'],
      ['en', 'how many cases did the advisers in Tromsø have in 2023', 'tromso', 'Tromsø'],
      ['ar', 'كم عدد الحالات التي تعامل معها مستشارو التنوع في بيرغن عام 2023؟', 'bergen', 'Bergen'],
      ['so', 'Immisa kiis ayay la-taliyeyaasha kala duwanaanshaha ku lahaayeen Bergen sannadkii 2023?', 'bergen', 'Bergen'],
      ['fa', 'مشاوران تنوع در برگن در سال ۲۰۲۳ چند پرونده داشتند؟', 'bergen', 'Bergen'],
      ['ur', '2023 میں برگن میں تنوع کے مشیروں کے پاس کتنے کیس تھے؟', 'bergen', 'Bergen'],
      ['uk', 'Скільки справ мали радники з питань різноманітності в Бергені у 2023 році?', 'bergen', 'Bergen'],
      ['ru', 'Сколько дел было у советников по разнообразию в Ставангере в 2023 году?', 'stavanger', 'Stavanger'],
      ['tr', "2023'te Drammen'de çeşitlilik danışmanlarının kaç vakası vardı?", 'drammen', 'Drammen'],
      ['pl', 'Ile spraw mieli doradcy ds. różnorodności w Trondheimie w 2023 roku?', 'trondheim', 'Trondheim'],
      ['ti', 'ኣብ 2023 ኣብ Bergen ኣማኸርቲ ብዙሕነት ክንደይ ጉዳያት ነይሮምዎም?', 'bergen', 'Bergen'],
    ] as const)('%s: "%s" names the city, says it has no figure for it, then the national one', (lng, text, id, name) => {
      const query = read(text, lng);
      expect(query).toMatchObject({ metric: 'cases', breakdown: 'county', category: id, services: ['diversity-advisers'] });
      const texts = answerTexts(text, lng);
      const noFigure = texts.findIndex((t) => t.includes(name));
      const national = texts.findIndex((t) => /899/u.test(t));
      expect(noFigure).toBeGreaterThanOrEqual(0);
      expect(national).toBeGreaterThan(noFigure);
    });

    it.each([
      ['nb', 'Jeg er lærer i Bergen. Hvor mange saker hadde minoritetsrådgiverne i 2023?'],
      ['en', "I'm a school nurse in Trondheim, how many cases did the diversity advisers have in 2023?"],
      ['pl', 'Pracuję w szkole w Stavanger. Ile spraw mieli doradcy ds. różnorodności w 2023 roku?'],
    ] as const)('%s: "%s" names the city as where the writer works: the national figure, no split', (lng, text) => {
      const query = read(text, lng);
      expect(query?.breakdown).toBeUndefined();
      const texts = answerTexts(text, lng);
      expect(texts.some((t) => /Bergen|Trondheim|Stavanger/u.test(t))).toBe(false);
      expect(texts.some((t) => t.includes('899'))).toBe(true);
    });

    it('a county is still a county, and a city where schools are counted is still read as its county of 2008', () => {
      expect(read('Hvor mange saker hadde minoritetsrådgiverne i Rogaland i 2023?', 'nb')).toMatchObject({ breakdown: 'county', category: 'rogaland' });
      expect(read('hvilke skoler i Bergen hadde minoritetsrådgivere i 2008?', 'nb')).toMatchObject({ breakdown: 'county', category: 'hordaland' });
    });

    it('a case type named with a city is still asked by its case type', () => {
      expect(read('Hvor mange saker om tvangsekteskap hadde minoritetsrådgiverne i Drammen i 2023?', 'nb')).toMatchObject({ breakdown: 'case-type' });
    });

    it('a city with nothing counted is no statistics question', () => {
      expect(read('Jeg bor i Trondheim og trenger noen å snakke med', 'nb')).toBeUndefined();
    });
  });
}

// (was hb30a.test.ts)
{
  /**
   * general-blind-86's classes (hb30a, issue #13). Phrasings written for this test; the languages other than nb, nn
   * and en are machine-assisted.
   */
  describe('conversation: figures asked in a follow-up or by the grant\'s own words', () => {
    const runner = conversationRunnerPerFile();

    // After a question on the advisers' cases, "how many such advisers" asks for the headcount (59), not the cases again.
    it.each([
      ['nb', ['hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'og hvor mange slike rådgivere finnes det?']],
      ['en', ['how many cases did the diversity advisers handle in 2023?', 'and how many such advisers are there?']],
      ['uk', ['Скільки звернень опрацювали радники з питань різноманіття у 2023?', 'а скільки всього цих радників?']],
      ['ru', ['Сколько дел было у советников по разнообразию в 2023 году?', 'а сколько вообще таких советников?']],
      ['pl', ['Ile spraw mieli doradcy ds. różnorodności w 2023?', 'a ilu w ogóle takich doradców?']],
    ] as const)('%s: %s', async (lng, turns) => {
      const view = await runner.turn(lng, [...turns]);
      expect(containsFact(view.texts, ['59'])).toBe(true);
    });

    // The grant to voluntary organisations under sub-goal C, named as "NGOs" and "goal C": NOK 10.4 million.
    it.each([
      ['pl', 'Jaką kwotę dostały organizacje pozarządowe od IMDi w 2023 roku w ramach celu C?'],
      ['ru', 'Сколько денег получили некоммерческие организации от IMDi в 2023 году по подцели C?'],
      ['uk', 'Скільки грошей отримали громадські організації від IMDi у 2023 році за підціллю C?'],
      ['tr', 'IMDi 2023 yılında hedef C kapsamında sivil toplum kuruluşlarına ne kadar para verdi?'],
    ] as const)('%s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['10,4', '10.4'])).toBe(true);
    });
  });
}

// (was hb30b.test.ts)
{
  /**
   * Classes from general-blind-87 and the development sets' leftovers (hb30b, issue #13). Phrasings written for this test.
   */
  describe('conversation: a hunting-weapon or gun licence is an everyday errand, declined politely', () => {
    const runner = conversationRunnerPerFile();

    // A weapon licence is a licence like the driving licence: outside the field, and no emergency card for the word "gun".
    it.each([
      ['tr', 'Av tüfeği için ruhsat almak istiyorum, nereye başvurmalıyım?'],
      ['tr', 'silah ruhsati icin hangi belgeler gerekiyor?'],
      ['en', 'What do I need to apply for a firearms licence in Norway?'],
      ['en', 'how long does a rifle licence take to get approved?'],
      ['nb', 'Hvor lang tid tar det å få våpenkort til hagle?'],
      ['nn', 'Korleis søkjer eg om våpenkort for jakt?'],
      ['uk', 'Як отримати дозвіл на зброю для полювання в Норвегії?'],
      ['ru', 'Сколько стоит охотничье ружьё и разрешение на него в Норвегии?'],
      ['pl', 'Jak dostać pozwolenie na broń myśliwską w Norwegii?'],
      ['ar', 'كيف أحصل على رخصة صيد في النرويج؟'],
      ['fa', 'برای گرفتن مجوز شکار در نروژ چه مدارکی لازم است؟'],
      ['ur', 'ناروے میں شکار کا لائسنس کیسے ملتا ہے؟'],
    ] as const)('%s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.emergency).toBe(false);
      expect(view.cannotAnswer).toBe(true);
    });
  });
}

// (was session-31.test.ts)
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

// (was session-32.test.ts)
/**
 * Danger told indirectly, in every language (issue #13, probe32): our own probe sentences, written as people type
 * (typos, no å/ø, second-language Norwegian, nynorsk dialect forms, the danger one clause beside another question), for a
 * trip abroad planned against a young person's will, a marriage arranged for a minor, a cutting told without the word,
 * violence, threats or confinement at home, a young person kept from school, and someone who did not come back after
 * the holidays. Each dangerous probe gets the full emergency card first (the rules read danger, not only the second
 * opinion's short line); each calm twin (the same words in a statistics question, a course, an ordinary wedding or
 * holiday) gets no attention block from the rules.
 */
describe('danger told indirectly (probe32)', () => {
  const runner = conversationRunnerPerFile();

  const danger: [Lang, string][] = [
    ["nb", "de har kjøpt billetter til meg og jeg får ikke si nei, vi drar i sommer"],
    ["nb", "pappa har tatt passet mitt og sier vi skal reise hjem for at jeg skal lære kulturen"],
    ["nb", "jeg er 15 og de sier jeg skal gifte meg med fetteren min neste år"],
    ["nb", "jeg er lovet bort til en mann i pakistan og er bare 16"],
    ["nb", "mamma sier søstra mi skal ha en seremoni for jenter når vi er i somalia i ferien"],
    ["nb", "det de gjorde med storesøstera mi der nede vil de gjøre med meg ogsa"],
    ["nb", "de sier jeg maa bli ren før jeg blir voksen og jeg er redd for hva de skal gjøre med meg"],
    ["nb", "hvor ligger helsesykepleier sitt kontor? har blåmerker etter broren min igjen"],
    ["nb", "han sa han skal drepe meg hvis jeg snakker med gutter"],
    ["nb", "de låser meg inne på rommet hver dag etter skolen"],
    ["nb", "jeg får ikke gå på skolen lenger, de holder meg hjemme"],
    ["nb", "en jente i klassen min kom ikke tilbake etter sommerferien, familien sier hun ble igjen i irak"],
    ["nb", "venninna mi ble igjen i somalia etter ferien og svarer ikke på telefon"],
    ["nb", "hvordan søker jeg lånekassen? forresten sier onkelen min at jeg skal sendes til hjemlandet i juli"],
    ["nb", "blir slått hjemme nesten hver dag"],
    ["nb", "jeg er forlova med en jeg ikke kjenner, jeg går i niende"],
    ["nb", "familien vil sende lillebroren min til skole i utlandet mot hans vilje, han er 13"],
    ["nn", "eg vert slått heime av far min"],
    ["nn", "eg blir slegen heime kvar veke"],
    ["nn", "dei har kjøpt billettar til meg og eg får ikkje seie nei"],
    ["nn", "far har teke passet mitt, han seier vi skal heim for at eg skal lære kulturen"],
    ["nn", "eg er 15 og dei seier eg skal gifte meg med syskenbarnet mitt"],
    ["nn", "mor seier syster mi skal ha ein seremoni for jenter når vi er i somalia"],
    ["nn", "det dei gjorde med syster mi vil dei gjere med meg og"],
    ["nn", "dei seier eg må bli rein før eg blir vaksen, eg er redd"],
    ["nn", "kor er kontoret til helsesjukepleiaren? eg har blåmerke etter bror min igjen"],
    ["nn", "han sa han skal drepe meg viss eg snakkar med gutar"],
    ["nn", "dei låser meg inne på rommet kvar dag"],
    ["nn", "eg får ikkje gå på skulen lenger, dei held meg heime"],
    ["nn", "ei jente i klassen min kom ikkje tilbake etter sommarferien, familien seier ho vart verande i irak"],
    ["nn", "venninna mi vart att i somalia etter ferien og svarar ikkje"],
    ["nn", "korleis søkjer eg lånekassen? forresten seier onkelen min at eg skal sendast til heimlandet i juli"],
    ["nn", "eg er forlova med ein eg ikkje kjenner, eg går i niande"],
    ["nn", "dei vil sende veslebror min til skule i utlandet mot viljen hans"],
    ["nn", "far min truga med å drepe meg"],
    ["nn", "eg er redd for å gå heim, dei slår meg"],
    ["nn", "kva skal eg gjere, dei vil gifte meg bort i sommar og eg er berre 14"],
    ["nn", "mor mi slo meg med beltet i går"],
    ["nn", "dei tek meg ut av skulen og sender meg til pakistan"],
    ["nn", "syster mi er 13 og dei har funne ein mann til henne"],
    ["nn", "dei stengjer meg inne og eg får ikkje ha telefon"],
    ["nn", "eg har ikkje vore på skulen på tre veker fordi dei ikkje lèt meg gå ut"],
    ["en", "they bought tickets for me and I can't say no, we leave in july"],
    ["en", "my dad took my passport and says we go back home so I learn our culture"],
    ["en", "im 15 and they say i will marry my cousin next year"],
    ["en", "i was promised to a man back home when i was a kid and now im 16 and they want to do it"],
    ["en", "my mum says my little sister will have a ceremony for girls when we visit somalia"],
    ["en", "what they did to my sister over there they want to do to me too"],
    ["en", "they say i must be made clean before i grow up and im scared"],
    ["en", "where is the school nurse's office? i have bruises from my brother again"],
    ["en", "he said he will kill me if i talk to boys"],
    ["en", "they lock me in my room every day after school"],
    ["en", "im not allowed to go to school anymore, they keep me at home"],
    ["en", "a girl in my class didnt come back after the summer holidays, the family says she stayed in iraq"],
    ["en", "my friend stayed behind in somalia after the holiday and doesnt answer her phone"],
    ["en", "how do i apply for a student loan? btw my uncle says im being sent to the home country in july"],
    ["en", "i get beaten at home almost every day"],
    ["en", "im engaged to someone i have never met and im in 9th grade"],
    ["en", "my parents want to send my little brother to a school abroad against his will, he is 13"],
    ["ar", "اشتروا لي تذاكر ولا أستطيع أن أقول لا، سنسافر في الصيف"],
    ["ar", "أبي أخذ جوازي ويقول سنعود إلى البلد لأتعلم ثقافتنا"],
    ["ar", "عمري ١٥ ويقولون إنني سأتزوج ابن عمي"],
    ["ar", "أمي تقول إن أختي الصغيرة ستُجرى لها عملية الطهارة عندما نزور مصر"],
    ["ar", "أخي ضربني وعندي كدمات في كل جسمي"],
    ["ar", "قال إنه سيقتلني إذا تكلمت مع الشباب"],
    ["ar", "لا يسمحون لي بالذهاب إلى المدرسة ويبقونني في البيت"],
    ["ar", "صديقتي لم ترجع بعد العطلة وأهلها تركوها في العراق"],
    ["so", "waxay ii iibsadeen tigidh mana diidi karo, xagaaga ayaan tagaynaa"],
    ["so", "aabbahay ayaa baasaboorkayga qaatay wuxuuna leeyahay dalkii ayaan ku laabanaynaa si aan dhaqanka u barto"],
    ["so", "waxaan ahay 15 jir waxayna leeyihiin waxaad guursan doontaa ina adeerkaa"],
    ["so", "hooyaday waxay leedahay walaashay yar waa la gudi doonaa marka aan Soomaaliya tagno"],
    ["so", "aabbahay ayaa i garaacay jirkayga oo dhan waa nabar"],
    ["so", "wuxuu yiri waan ku dili doonaa haddii aad la hadasho wiilal"],
    ["so", "iskuulka ima sii daayaan, guriga ayay igu hayaan"],
    ["so", "saaxiibaday kama soo laaban fasaxa, qoyskeeda ayaa ka tagay Soomaaliya"],
    ["fa", "برام بلیط خریدن و نمیتونم نه بگم، تابستون میریم"],
    ["fa", "بابام پاسپورتم رو گرفته و میگه برمیگردیم که فرهنگمون رو یاد بگیرم"],
    ["fa", "۱۵ سالمه و میگن باید با پسرعموم ازدواج کنم"],
    ["fa", "مامانم میگه خواهر کوچیکم رو وقتی رفتیم ختنه میکنن"],
    ["fa", "برادرم منو زد و همه جای بدنم کبوده"],
    ["fa", "گفت اگه با پسرا حرف بزنی میکشمت"],
    ["fa", "نمیذارن برم مدرسه و توی خونه نگهم میدارن"],
    ["fa", "دوستم بعد از تعطیلات برنگشت و خانوادش اونو تو افغانستان گذاشتن"],
    ["ur", "انہوں نے میرے ٹکٹ خرید لیے ہیں اور میں انکار نہیں کر سکتی"],
    ["ur", "ابو نے میرا پاسپورٹ لے لیا ہے اور کہتے ہیں ہم واپس جائیں گے تاکہ میں اپنی ثقافت سیکھوں"],
    ["ur", "میری عمر ۱۵ سال ہے اور وہ کہتے ہیں میری شادی کزن سے ہوگی"],
    ["ur", "امی کہتی ہیں کہ جب ہم جائیں گے تو چھوٹی بہن کا ختنہ کروائیں گے"],
    ["ur", "بھائی نے مجھے مارا اور میرے جسم پر نیل ہیں"],
    ["ur", "اس نے کہا اگر تم لڑکوں سے بات کرو گی تو میں تمہیں مار ڈالوں گا"],
    ["ur", "وہ مجھے اسکول نہیں جانے دیتے اور گھر میں بند رکھتے ہیں"],
    ["ur", "میری سہیلی چھٹیوں کے بعد واپس نہیں آئی، گھر والوں نے اسے پاکستان میں چھوڑ دیا"],
    ["uk", "мені купили квитки і я не можу відмовитися, ми їдемо влітку"],
    ["uk", "тато забрав мій паспорт і каже, що ми повернемося додому, щоб я вивчила нашу культуру"],
    ["uk", "мені 15 і кажуть, що я вийду заміж за двоюрідного брата"],
    ["uk", "мама каже, що моїй сестричці зроблять обрізання, коли поїдемо"],
    ["uk", "брат мене побив і в мене синці по всьому тілу"],
    ["uk", "він сказав, що вб'є мене, якщо я буду говорити з хлопцями"],
    ["uk", "мене не пускають до школи і тримають вдома"],
    ["uk", "моя подруга не повернулася після канікул, родина залишила її за кордоном"],
    ["ru", "мне купили билеты и я не могу отказаться, мы уезжаем летом"],
    ["ru", "папа забрал мой паспорт и говорит, что мы вернемся домой, чтобы я выучила нашу культуру"],
    ["ru", "мне 15 и говорят, что я выйду замуж за двоюродного брата"],
    ["ru", "мама говорит, что младшей сестре сделают обрезание, когда мы поедем"],
    ["ru", "брат меня избил, у меня синяки по всему телу"],
    ["ru", "он сказал, что убьет меня, если я буду разговаривать с парнями"],
    ["ru", "меня не пускают в школу и держат дома"],
    ["ru", "моя подруга не вернулась после каникул, семья оставила ее в Дагестане"],
    ["tr", "bana bilet aldılar ve hayır diyemiyorum, yazın gidiyoruz"],
    ["tr", "babam pasaportumu aldı, kültürümüzü öğrenmem için memlekete döneceğimizi söylüyor"],
    ["tr", "15 yaşındayım ve kuzenimle evleneceğimi söylüyorlar"],
    ["tr", "annem gidince kız kardeşime sünnet yaptıracaklarını söylüyor"],
    ["tr", "abim beni dövdü, her yerim morardı"],
    ["tr", "erkeklerle konuşursam beni öldüreceğini söyledi"],
    ["tr", "okula gitmeme izin vermiyorlar, beni evde tutuyorlar"],
    ["tr", "arkadaşım tatilden sonra geri dönmedi, ailesi onu Türkiye'de bıraktı"],
    ["pl", "kupili mi bilety i nie mogę odmówić, jedziemy latem"],
    ["pl", "tata zabrał mój paszport i mówi, że wracamy do kraju, żebym poznała naszą kulturę"],
    ["pl", "mam 15 lat i mówią, że wyjdę za mąż za kuzyna"],
    ["pl", "mama mówi, że mojej młodszej siostrze zrobią obrzezanie, kiedy pojedziemy"],
    ["pl", "brat mnie pobił i mam siniaki na całym ciele"],
    ["pl", "powiedział, że mnie zabije, jeśli będę rozmawiać z chłopakami"],
    ["pl", "nie puszczają mnie do szkoły i trzymają w domu"],
    ["pl", "moja koleżanka nie wróciła po wakacjach, rodzina zostawiła ją za granicą"],
    ["ti", "ትኬት ገዚኦምለይ እዮም ክኣቢ ድማ ኣይክእልን"],
    ["ti", "ኣቦይ ፓስፖርተይ ወሲዱ ባህልና ክትመሃሪ ናብ ዓዲ ክንምለስ ኢና ይብል"],
    ["ti", "ዕድመይ 15 እዩ ምስ ወዲ ኣኮይ ክትምርዓዊ ኢኺ ይብሉኒ"],
    ["ti", "ኣደይ ንሓፍተይ ክንከዶ ከለና ክግዝርዋ እዮም ትብል"],
    ["ti", "ሓወይ ወቒዑኒ ኣብ ኩሉ ኣካላተይ ስምብራት ኣሎ"],
    ["ti", "ምስ ኣወዳት እንተ ተዛሪብኪ ክቐትለኪ እየ ኢሉኒ"],
    ["ti", "ናብ ቤት ትምህርቲ ክኸይድ ኣይፈቕዱለይን ኣብ ገዛ ዓጽዮም የቐምጡኒ"],
    ["ti", "ዓርከይ ድሕሪ ዕረፍቲ ኣይተመልሰትን ስድራኣ ኣብ ኤርትራ ገዲፎማ"],
  ];

  it.each(danger)('%s: "%s" gets the full emergency card first', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(true);
    const view = await runner.turn(lang, text);
    expect(view.cards[0]?.kind).toBe('emergency');
  });

  const calm: [Lang, string][] = [
    ["nb", "hvor mange ble etterlatt i utlandet mot sin vilje i 2023 ifølge statistikken?"],
    ["nb", "finnes det kurs om kjønnslemlestelse for helsesykepleiere?"],
    ["nb", "hvordan snakker jeg med elevene om vold i nære relasjoner i undervisningen?"],
    ["nn", "kor mange vart etterlatne i utlandet mot viljen sin i 2023?"],
    ["nn", "finst det kurs om kjønnslemlesting for lærarar?"],
    ["nn", "eg jobbar i barnehage, kva teikn skal vi sjå etter?"],
    ["en", "how many young people were left abroad against their will in 2023?"],
    ["en", "is there a course about FGM for school nurses?"],
    ["en", "what does the law say about reporting when a pupil doesnt come back after the holidays?"],
    ["en", "how do i teach my class about violence in close relationships?"],
    ["ar", "كم عدد حالات الزواج القسري في النرويج في عام 2023؟"],
    ["so", "immisa kiis oo guur qasab ah ayaa ka dhacay Norway 2023?"],
    ["fa", "در سال ۲۰۲۳ چند مورد ازدواج اجباری در نروژ بود؟"],
    ["ur", "2023 میں ناروے میں جبری شادی کے کتنے کیس تھے؟"],
    ["uk", "скільки випадків примусового шлюбу було в Норвегії у 2023 році?"],
    ["ru", "сколько случаев принудительного брака было в Норвегии в 2023 году?"],
    ["tr", "2023'te Norveç'te kaç zorla evlendirme vakası vardı?"],
    ["pl", "ile było przypadków przymusowego małżeństwa w Norwegii w 2023 roku?"],
    ["ti", "ኣብ 2023 ኣብ ኖርወይ ክንደይ ናይ ግዱድ መርዓ ጉዳያት ነይሮም?"],
  ];

  // (Session 36 left the English law question about a pupil not back open; session 37 closed it: a question about what
  // the law says beside a pupil not back is not asked of the second opinion, content/understanding/second-opinion-gate.json calmAsked.)
  it.each(calm)('%s: "%s" gets no emergency card', async (lang, text) => {
    expect(alarmed(text, lang)).toBe(false);
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(false);
  });

  // Calm twins the rules read as no danger, though the bot's turn shows the short '112 if acute' line of a concern or
  // of the second opinion (an ordinary wedding with tickets bought, a school's question about signs): false alarms
  // counted in the conversation sets' figures, not made worse here. The rules' full card must stay off.
  const calmNoFullCard: [Lang, string][] = [
    ["nb", "jeg skal gifte meg med kjæresten min i juni, vi er begge 28, trenger vi prøvingsattest?"],
    ["nb", "hva sier loven om at skolen må melde fra når en elev ikke kommer tilbake etter ferien?"],
    ["nb", "fetteren min gifter seg i juli og vi har kjøpt billetter til bryllupet"],
    ["nb", "jeg jobber på skole, hvilke tegn skal vi se etter hos elever som kan bli sendt ut?"],
    ["nn", "kva seier lova om at skulen må melde frå når ein elev ikkje kjem tilbake etter ferien?"],
    ["nn", "korleis snakkar eg med elevane om vald i nære relasjonar?"],
    ["nn", "syskenbarnet mitt skal gifte seg i juli og vi har kjøpt billettar til bryllaupet"],
    ["en", "my cousin is getting married in july and we bought tickets for the wedding"],
    ["en", "i work at a school, what signs should we look for in pupils who might be sent abroad?"],
    ["ar", "ابن عمي سيتزوج في يوليو واشترينا تذاكر للعرس"],
    ["so", "ina adeerkay ayaa guursanaya bisha luulyo waxaanan iibsanay tigidhada arooska"],
    ["fa", "پسرعموم تیر ماه عروسی میکنه و ما بلیط خریدیم"],
    ["ur", "میرے کزن کی شادی جولائی میں ہے اور ہم نے ٹکٹ خرید لیے ہیں"],
    ["uk", "мій двоюрідний брат одружується в липні, ми купили квитки на весілля"],
    ["ru", "мой двоюродный брат женится в июле, мы купили билеты на свадьбу"],
    ["tr", "kuzenim temmuzda evleniyor, düğün için bilet aldık"],
    ["pl", "mój kuzyn żeni się w lipcu, kupiliśmy bilety na wesele"],
    ["ti", "ወዲ ኣኮይ ኣብ ሓምለ ይምርዖ ንመርዓ ትኬት ገዚእና"],
  ];

  it.each(calmNoFullCard)('%s: "%s" is no danger by the rules', (lang, text) => {
    expect(isDanger(text, lang)).toBe(false);
  });
});

// (was calm32.test.ts)
{
  /**
   * Calm questions that got the emergency card (issue #13, session 32): a family's years in Norway read as a child's age,
   * and a happy, freely chosen wedding abroad asked about only to learn where an envoy sits. Each calm sentence has a
   * dangerous twin (a child's age, tears, force) that keeps its card.
   */
  describe('calm32: a happy wedding abroad, told by a family long in Norway, is calm', () => {
    const runner = conversationRunnerPerFile();
    const situation = loadSituationReader();

    it.each<[Lang, string]>([
      ['nb', 'Vi har bodd i Norge i 14 år og trives godt.'],
      ['en', "We've been in Norway for 11 years now."],
      ['so', 'Norway joognay 9 sano.'],
      ['tr', "Norveç'te 13 yıldır yaşıyoruz."],
      ['pl', 'Mieszkamy w Norwegii od 10 lat.'],
      ['ru', 'Мы живём в Норвегии уже 12 лет.'],
    ])('%s: years lived in Norway are no child\'s age: %s', (lng, message) => {
      const read = situation.read(message, [], lng);
      expect(read.concepts.has('minor')).toBe(false);
      expect(read.concepts.has('selfAge')).toBe(false);
    });

    it('nb: a child\'s age said beside the years in Norway is still read', () => {
      expect(situation.read('Vi har bodd i Norge i 14 år. Datteren min er 15 år.', [], 'nb').concepts.has('minor')).toBe(true);
    });

    it.each<[Lang, string]>([
      ['nb', 'Vi har bodd i Norge i 14 år. Datteren min gifter seg med den hun elsker i Marokko i juli, og alle er kjempeglade. Hvilken ambassade har en spesialutsending for Marokko?'],
      ['en', "We've been in Norway for 11 years. My cousin is marrying the man she loves in Karachi this winter and she is over the moon. Which embassy has the envoy for Pakistan?"],
      ['so', 'Norway joognay 9 sano. Gabadhayda waxay guursanaysaa nin ay jeceshahay bisha dambe, qof walba waa faraxsan yahay. Safaaradee ayaa leh ergayga Itoobiya?'],
      ['tr', "Norveç'te 13 yıldır yaşıyoruz. Kızım sevdiği kişiyle yazın Antalya'da evleniyor, herkes mutlu. Türkiye için özel elçi hangi büyükelçilikte?"],
      ['pl', 'Mieszkamy w Norwegii od 10 lat. Moja córka wychodzi za mąż z ukochanym w Turcji latem, wszyscy są szczęśliwi. Która ambasada ma specjalnego wysłannika dla Turcji?'],
    ])('%s: a happy wedding of her own choice, envoy asked: no emergency card: %s', async (lng, message) => {
      const view = await runner.turn(lng, message);
      expect(view.emergency).toBe(false);
    });

    it.each<[Lang, string]>([
      ['nb', 'Vi har bodd i Norge i 14 år. Datteren min er 15 og skal gifte seg i Marokko i juli, hun gråter hver kveld. Hvem kan hjelpe?'],
      ['en', "We've been in Norway for 11 years. My cousin is 16 and they will marry her off in Karachi this winter, she cries every night. Which embassy can help?"],
      ['so', 'Norway joognay 9 sano. Gabadhayda waa 15 jir, waxaa lagu qasbayaa guur Itoobiya bisha dambe. Yaa caawin kara?'],
      ['tr', "Norveç'te 13 yıldır yaşıyoruz. Kızım 15 yaşında ve yazın Antalya'da zorla evlendirilecek, her gece ağlıyor. Kim yardım edebilir?"],
      ['pl', 'Mieszkamy w Norwegii od 10 lat. Moja córka ma 15 lat i latem w Turcji wydadzą ją za mąż wbrew jej woli, płacze. Kto może pomóc?'],
    ])('%s: the dangerous twin (a child, tears, force) keeps the emergency card: %s', async (lng, message) => {
      const view = await runner.turn(lng, message);
      expect(view.emergency).toBe(true);
    });
  });
}

// (was dev32a.test.ts)
{
  /**
   * Dangers the development blind set general-blind-96 missed in the nine other languages (issue #13, session 32), each
   * class with its own sentences through the real bot: the emergency card comes first; the calm twins stay calm.
   */
  describe('dev32a: dangers told in the third person, as a threat with a condition, by a cancelled return ticket, or beside a training question', () => {
    const runner = conversationRunnerPerFile();

    // A relative beat him: a boy's harm said in the third person ("اخوه ضربه", "ኣቦኡ ዝወቕዖ").
    it.each<[Lang, string]>([
      ["ar", "انا معلمة. طالب عمره ١٥ قال ان اخوه ضربه امبارح لانه تأخر عالبيت. شو لازم اعمل؟"],
      ["en", "I am a teacher. A 15-year-old boy told me his father beat him yesterday for coming home late. What is my duty?"],
      ["fa", "من معلم هستم. یک پسر ۱۵ ساله گفت پدرش دیروز او را کتک زد چون دیر به خانه آمد. وظیفه من چیست؟"],
      ["ur", "میں استاد ہوں۔ ایک پندرہ سالہ لڑکے نے بتایا کہ کل اس کے والد نے اسے مارا کیونکہ وہ دیر سے گھر آیا۔ میرا فرض کیا ہے؟"],
      ["so", "Waxaan ahay macallin. Wiil 15 jir ah ayaa ii sheegay in aabihiis shalay garaacay maxaa yeelay wuu soo daahay. Waa maxay waajibkeyga?"],
      ["ti", "መምህር እየ። ሓደ ወዲ 15 ዓመት ኣቦኡ ትማሊ ከም ዝወቕዖ ነጊሩኒ። ግቡአይ እንታይ እዩ?"],
      ["tr", "Öğretmenim. 15 yaşında bir erkek öğrenci dün babasının onu dövdüğünü söyledi. Görevim ne?"],
      ["ru", "Я учитель. Мальчик 15 лет сказал, что вчера отец его избил за то, что он поздно пришёл домой. Какая у меня обязанность?"],
      ["uk", "Я вчитель. Хлопець 15 років сказав, що вчора батько його побив, бо він пізно прийшов додому. Який мій обов'язок?"],
      ["pl", "Jestem nauczycielem. 15-letni chłopak powiedział, że wczoraj ojciec go pobił, bo wrócił późno do domu. Jaki jest mój obowiązek?"],
    ])('a boy beaten by a relative (%s): %s', async (lang, message) => {
      expect((await runner.turn(lang, message)).emergency).toBe(true);
    });

    // Sent to a country abroad if she does not obey: a threat with its own condition.
    it.each<[Lang, string]>([
      ["ar", "ابوها بيقلها اذا ما بتتحجبي رح يبعتها على سوريا عند جدتها. بنتي عمرها ١٥. مين بقدر احكي معه؟"],
      ["fa", "پدرش به دخترم که ۱۵ سالشه گفته اگه با اون پسر حرف بزنی میفرستمت افغانستان. با کی میتونم صحبت کنم؟"],
      ["uk", "Батько сказав моїй доньці 15 років, що відправить її до Чечні, якщо вона ще раз зустрінеться з тим хлопцем. З ким я можу поговорити?"],
    ])('sent abroad if she does not obey (%s): %s', async (lang, message) => {
      expect((await runner.turn(lang, message)).emergency).toBe(true);
    });

    // The return ticket cancelled by the family: held abroad now.
    it.each<[Lang, string]>([
      ["nb", "Jeg er 20 og er på besøk hos familien i Pakistan. Jeg skulle være her i to uker, men nå har de kansellert returbilletten min og snakker om at jeg skal gifte meg. Hvem kan jeg kontakte?"],
      ["en", "I am 20 and visiting relatives in Iraq. It was meant to be three weeks but my parents cancelled my return ticket and keep introducing me to men. Who can I contact?"],
      ["fa", "۲۰ سالمه و رفتم افغانستان پیش فامیل. قرار بود یک ماه باشه ولی بلیط برگشتمو کنسل کردن. به کی بگم؟"],
      ["ar", "عمري ٢٠ وانا بزيارة لاهلي بالعراق. كان المفروض اسبوعين بس الغوا تذكره العوده تبعتي. مين بقدر اتصل فيه؟"],
      ["tr", "20 yaşındayım, ailemle Irak'tayım. İki hafta kalacaktık ama dönüş biletimi iptal ettiler. Kime ulaşabilirim?"],
      ["ru", "Мне 20, я у родственников в Дагестане. Должна была быть две недели, но родители отменили мой обратный билет. К кому обратиться?"],
      ["uk", "Мені 20, я у родичів у Туреччині. Мала бути два тижні, але батьки скасували мій зворотний квиток. До кого звернутися?"],
      ["pl", "Mam 20 lat i jestem u rodziny w Pakistanie. Miałam być dwa tygodnie, ale rodzice anulowali mój bilet powrotny. Do kogo mogę się zwrócić?"],
      ["ur", "میری عمر بیس سال ہے اور میں پاکستان میں رشتہ داروں کے پاس ہوں۔ انہوں نے میرا واپسی کا ٹکٹ کینسل کر دیا۔ میں کس سے رابطہ کروں؟"],
    ])('the return ticket cancelled (%s): %s', async (lang, message) => {
      expect((await runner.turn(lang, message)).emergency).toBe(true);
    });

    // A child not let out alone whose phone is taken, beside a question about training for the staff.
    it.each<[Lang, string]>([
      ["nb", "Jeg jobber på et asylmottak. En jente på 15 kom hit med onkelen sin. Han tar mobilen hennes og lar henne ikke gå ut alene. Hvem ringer vi, og kan vi få kurs?"],
      ["en", "I work at a reception centre. A girl of 15 came with her uncle. He takes her phone and does not let her leave the room alone. Who should we call? Can our staff get training too?"],
      ["ti", "ኣብ መዕቆቢ እሰርሕ። ሓንቲ ጓል 15 ዓመት ምስ ሓዋ መጺኣ። ስልካ ይወስዳ፡ ንበይና ክትወጽእ ኣይፈቕደላን። ንመን ንድውል?"],
    ])('a child guarded and her phone taken, beside a training question (%s): %s', async (lang, message) => {
      expect((await runner.turn(lang, message)).emergency).toBe(true);
    });

    // Calm twins: a flight cancelled by a storm and a new return ticket; a girl with her own phone who goes out.
    it.each<[Lang, string]>([
      ["nb", "Flyet hjem ble kansellert på grunn av storm, så vi kjøpte en ny returbillett. Hvor mange saker hadde Kompetanseteamet i 2023?"],
      ["en", "Our flight was cancelled because of a storm, so we bought a new return ticket. How many cases did Kompetanseteamet have in 2023?"],
      ["en", "I work at a reception centre. A girl of 15 came with her uncle. She has her own phone and goes out with friends. Can our staff get training on negative social control?"],
    ])('calm twin (%s): %s', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(view.emergency).toBe(false);
      expect(view.replyLanguage).toBe(lang);
    });
    // Everyday errands outside the field: registering a marriage freely chosen, an e-mail about a parents' meeting,
    // renewing one's passport. Declined politely in the asker's language.
    it.each<[Lang, string]>([
      ['en', 'My brother married a woman he met at university in Morocco last year, both families are happy. How do we register the marriage in Norway?'],
      ['ti', 'ፓስፖርተይ ኣብ ኦስሎ ክሕድስ ደልየ፡ ከመይ ይግበር?'],
      ['ur', 'برائے مہربانی والدین کے لیے ایک ای میل لکھ دیں کہ کل اسکول بند ہے'],
      ['en', 'Could you write an email about the parents meeting on Thursday for my class?'],
      ['nb', 'Kan du skrive en e-post om foreldremøtet neste uke til foreldrene i klassen min?'],
    ])('an everyday errand declined (%s): %s', async (lang, message) => {
      expectDeclined(await runner.turn(lang, message), lang);
    });

    // A marriage against her will stays in the field even with the same registration words.
    it('a forced marriage with the registration words keeps its emergency card', async () => {
      const view = await runner.turn('en', 'My parents force me to marry my cousin next month and will register the marriage in Pakistan. Help');
      expect(view.emergency).toBe(true);
    });

    // Turkish typed without its own letters beside a Norwegian service name is still Turkish.
    it.each<[Lang, string]>([
      ['tr', "2022'de kompetanseteamet vakalarinda en cok hangi ulkeler vardi? Irak listede mi?"],
      ['tr', 'Barnevernet vakalarında en çok hangi ülkeler vardı?'],
    ])('answered in Turkish (%s): %s', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(view.replyLanguage).toBe(lang);
      expect(view.answers).toBeGreaterThan(0);
    });
    // The involuntary stays abroad of a year asked in other words ("тримали за кордоном проти волі", "ماندن ناخواسته"):
    // the category's figure (2022: 113 of 891, bufdir.no).
    it.each<[Lang, string]>([
      ['uk', 'У 2022 році скільки випадків Kompetanseteamet були про молодь, яку тримали за кордоном проти волі?'],
      ['fa', 'در سال ۲۰۲۲ چند پرونده کمپتانسه‌تیم مربوط به ماندن ناخواسته در خارج بود؟'],
    ])('the involuntary stays abroad of 2022 (%s): %s', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(containsFact(view.texts, ['113', '۱۱۳'])).toBe(true);
    });
  });
}

// (was dev32b.test.ts)
{
  /**
   * Session 32, issue #13 (dev32b, the nynorsk and English blind set): the classes its first run missed, each with
   * sentences of our own, and the calm twins that must stay calm.
   */
  describe('a child’s wedding told by its things, with the child in tears, is danger', () => {
    it.each<[Lang, string]>([
      ['nb', 'Kusina mi på 16 har fått brudekjole av familien, det skal være fest i Pakistan til sommeren, og hun gråter hele tiden.'],
      ['nn', 'Systera mi på 14 har fått brudekjole av familien, og ho græt kvar gong nokon snakkar om festen i Somalia.'],
      ['en', 'My cousin is 15 and her family bought her a bridal dress for a big party in Iraq this summer. She cries every time it comes up.'],
      ['ru', 'Моей племяннице 15 лет, ей купили свадебное платье, и она плачет каждый день.'],
      ['uk', 'Моїй племінниці 15 років, їй купили весільну сукню, і вона плаче щодня.'],
      ['tr', 'Yeğenim 15 yaşında, ona gelinlik aldılar ve her gün ağlıyor.'],
      ['pl', 'Moja siostrzenica ma 15 lat, kupili jej suknię ślubną i ona ciągle płacze.'],
      ['ar', 'ابنة أختي عمرها 15 سنة، اشتروا لها فستان زفاف وهي تبكي كل يوم'],
    ])('%s: %s', (lang, message) => {
      expect(isDanger(message, lang)).toBe(true);
    });

    it.each<[Lang, string]>([
      ['nb', 'Søstera mi er 27 og har kjøpt brudekjole til bryllupet i Tyrkia i juli, vi gleder oss!'],
      ['nn', 'Systera mi er 29 og har kjøpt brudekjole til bryllaupet i juli.'],
      ['en', 'My sister is 28 and just bought her wedding dress for the big party in Turkey in July.'],
    ])('an adult’s wedding stays calm (%s): %s', (lang, message) => {
      expect(isDanger(message, lang)).toBe(false);
    });
  });

  describe('harm by one’s parents told in the generic second person is danger', () => {
    it.each<[Lang, string]>([
      ['en', 'who do u call if ur mom hits u'],
      ['en', 'what can you do when your dad hurts you?'],
      ['nb', 'hvem ringer du når faren din slår deg?'],
      ['nb', 'hva gjør man hvis foreldrene dine slår deg'],
      ['nn', 'kven ringer ein når foreldra dine slår deg?'],
    ])('%s: %s', (lang, message) => {
      expect(isDanger(message, lang)).toBe(true);
    });

    it.each<[Lang, string]>([
      ['en', 'what time is Alarmtelefonen open?'],
      ['en', 'can kids call the children’s helpline at night?'],
      ['nn', 'kva tid er Alarmtelefonen open?'],
      ['nb', 'kan barn ringe Alarmtelefonen om natta?'],
    ])('a young person asking opening hours stays calm (%s): %s', (lang, message) => {
      expect(isDanger(message, lang)).toBe(false);
    });

    const runner = conversationRunnerPerFile();

    it('a helpline asked for when parents hurt you, then its hours: the emergency card and 116 111', async () => {
      const view = await runner.turn('en', ['any number for teens when ur dad beats u?', 'is it open on weekends?']);
      expect(view.emergency).toBe(true);
      expect(containsFact(view.texts, ['116 111'])).toBe(true);
    });
  });

  describe('people over 18 may call Kompetanseteamet themselves, asked as a follow-up in the plural', () => {
    const runner = conversationRunnerPerFile();

    it.each<[Lang, readonly string[]]>([
      ['nn', ['kva nummer har Kompetanseteamet?', 'kan deltakarane ringje dei sjølve?']],
      ['nn', ['kan brukarane våre ringje Kompetanseteamet sjølve?']],
      ['nb', ['hva er nummeret til Kompetanseteamet?', 'kan beboerne ringe dem selv?']],
    ])('%s: %j', async (lang, turns) => {
      const view = await runner.turn(lang, turns);
      expect(containsFact(view.texts, ['18'])).toBe(true);
      expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
    });
  });

  describe('SEIF keeps its own name on a nynorsk card', () => {
    const runner = conversationRunnerPerFile();

    it('nn: what SEIF is and its number', async () => {
      const view = await runner.turn('nn', 'kva driv SEIF med, og korleis ringjer eg dei?');
      expect(containsFact(view.texts, ['Selvhjelp for innvandrere og flyktninger'])).toBe(true);
      expect(containsFact(view.texts, ['22 03 48 30'])).toBe(true);
    });
  });
}

// (was dev32c.test.ts)
{
  /**
   * A course someone attends is part of the story, not training asked for the staff (issue #13, dev32c): "she may not go
   * to the course" beside a threat gets the lines for her case, not IMDi's expert team and RVTS, in every language the
   * attended-course phrases cover (content/contacts/attended-course-words.json); a course asked for still gets them.
   */
  describe('a course someone attends asks for no training', () => {
    const runner = conversationRunnerPerFile();
    const KT = ['Kompetanseteam', '478 09 050'];

    it.each<[Lang, string]>([
      ['nb', 'Ei elev på voksenopplæringa sier at mannen hennes truer henne hvis hun går på kurset neste uke. Hvem kan hun kontakte?'],
      ['nn', 'Ei deltakar seier at svigerfamilien passar på henne heile tida og at ho ikkje får gå på kurs åleine. Kven kan ho snakke med?'],
      ['en', 'A learner told me her husband says she will regret it if she goes to the course again. Who can she call?'],
      ['pl', 'Moja kursantka mówi, że mąż zabrania jej chodzić na kursy i grozi jej. Do kogo może zadzwonić?'],
      ['tr', 'Bir kursiyerimiz kocasının kursa gitmesine izin vermediğini ve onu tehdit ettiğini söylüyor. Kimi arayabilir?'],
      ['ru', 'Слушательница говорит, что муж запрещает ей ходить на курсы и угрожает ей. Куда она может позвонить?'],
      ['uk', 'Слухачка каже, що чоловік забороняє їй ходити на курси і погрожує їй. Куди вона може зателефонувати?'],
    ])('attended course in a story (%s): her lines, no training plan', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(view.didYouMean).toBe(false);
      expect(containsFact(view.texts, KT)).toBe(true);
      expect(view.texts.some((t) => t.includes('RVTS'))).toBe(false);
    });

    it.each<[Lang, string]>([
      ['nb', 'Kan noen holde kurs for de ansatte hos oss om negativ sosial kontroll?'],
      ['en', 'Who can run a course for our staff on honour-based violence?'],
      // "train us", "kurse oss": the service's own staff trained, said with the verb.
      ['en', 'Our youth club has seen a few girls who are watched by older brothers. Is there anyone who can train us?'],
      ['en', 'Could somebody train our team on forced marriage this autumn?'],
      ['nb', 'Vi på ungdomsklubben vet for lite om æresvold. Hvem kan kurse personalet?'],
      ['nn', 'Vi på biblioteket møter unge jenter som lever med negativ sosial kontroll. Kven kan kurse oss?'],
    ])('a course asked for (%s) still gets those who train staff', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(containsFact(view.texts, ['post@imdi.no'])).toBe(true);
    });
  });

  /**
   * "How did the cases spread?" asks the case-type split (issue #13, dev32c): "hvordan fordelte sakene seg", "how were
   * the cases distributed" give every published case type of the year, not only the type named as an example; a split
   * by county or gender named beside it stays that split (content/stats/stats-grammar.json `caseTypeAsked`).
   */
  describe('how the cases were distributed asks the case-type split', () => {
    const runner = conversationRunnerPerFile();

    it.each<[Lang, string]>([
      ['nb', 'Hvordan fordeler henvendelsene til Kompetanseteamet seg i 2022?'],
      ['nn', 'korleis fordelte sakane seg i 2022 hos Kompetanseteamet? vald, kontroll og slikt'],
      ['en', "How were Kompetanseteamet's cases distributed in 2022?"],
      ['en', "how did the team's cases break down in 2022? threats, control etc"],
    ])('the split asked (%s): %s', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(containsFact(view.texts, ['368'])).toBe(true);
      expect(containsFact(view.texts, ['135'])).toBe(true);
    });

    it('a split by county named beside it is no case-type split', async () => {
      const view = await runner.turn('en', 'how were the 2022 cases spread across counties?');
      expect(containsFact(view.texts, ['135'])).toBe(false);
    });
  });
}

// (was dym32.test.ts)
{
  /**
   * "Did you mean" on clear questions (issue #13, session 32): each class the reader was unsure of, with its own example
   * sentences, through the real bot: the answer, not a choice of topics, with the facts a person needs.
   */
  describe('clear questions get the answer, not "did you mean"', () => {
    const runner = conversationRunnerPerFile();

    const KT = ['478 09 050', '47809050'];
    const EXPERT_TEAM = ['post@imdi.no'];
    const RED_CROSS = ['815 55 201'];

    // Someone to discuss a case with, without saying who: "drøfte", "discuss", "обговорити", "omówić", "ክዛረበሉ" asked with
    // a wish to stay anonymous (also typed "aa" for å), is Kompetanseteamet's advice for services.
    it.each<[Lang, string]>([
      ['nb', 'Vi i SFO lurer på en familie der far bestemmer alt for mora. Er det noen vi kan drøfte dette med uten å si hvem det er?'],
      ['nn', 'Eg er miljøterapeut og har ei jente eg uroar meg for. Finst det nokon eg kan drofte dette med utan aa seie namn?'],
      ['en', "I work at a youth club. Is there someone we could discuss a family's situation with anonymously?"],
      ['uk', 'Я соціальна працівниця. Чи є хтось, з ким можна анонімно обговорити випадок однієї родини?'],
      ['ru', 'Я работаю в детском саду. Есть ли кто-то, с кем можно анонимно обсудить одну семью?'],
      ['pl', 'Pracuję w szkole. Czy jest ktoś, z kim mogę anonimowo omówić sytuację jednej rodziny?'],
    ])('someone to discuss a case with anonymously (%s): %s', async (lang, message) => {
      await expectAnsweredWith(runner, lang, message, [KT]);
    });

    it('a number to talk on without giving one\'s name, in Tigrinya: the lines, the Red Cross line among them', async () => {
      await expectAnsweredWith(runner, 'ti', 'ኣብ ቤት ትምህርቲ እሰርሕ። ብዛዕባ ሓንቲ ስድራ ስመይ ከይሃብኩ ክዛረበሉ ዝኽእል ሰብ ኣሎ ዶ?', [KT, RED_CROSS]);
    });

    // Consulting without consent is consulting without saying who: Kompetanseteamet's card says it can be done anonymously.
    it.each<[Lang, string]>([
      ['en', 'Can I discuss a client with Kompetanseteamet without consent, or does that break confidentiality?'],
      ['nn', 'Kan eg drøfte ein elev med Kompetanseteamet utan samtykke frå foreldra?'],
    ])('consulting Kompetanseteamet without consent (%s): %s', async (lang, message) => {
      await expectAnsweredWith(runner, lang, message, [KT]);
    });

    // A speaker, a course or a theme day for staff or parents: asked as "whom can we invite", in an earlier question of the
    // message ("… a course? And how do we book it?"), as a wish followed by "is there such a thing?", or as a parents'
    // meeting someone is asked to hold.
    it.each<[Lang, string]>([
      ['nb', 'Vi skal ha planleggingsdag i august. Hvem kan vi invitere til å snakke om negativ sosial kontroll for personalet?'],
      ['en', 'Our library wants to host a theme evening on forced marriage for parents. Who could we invite as a speaker?'],
      ['uk', 'Ми працюємо в центрі для біженців. Кого можна запросити провести лекцію для працівників про примусові шлюби?'],
      ['ru', 'Мы работаем в школе для взрослых. Кого можно пригласить выступить перед сотрудниками о контроле в семье?'],
      ['pl', 'Jesteśmy ośrodkiem dla uchodźców. Kogo możemy zaprosić na wykład dla pracowników o przemocy honorowej?'],
      ['nn', 'Me er ein barnehage i Sunnfjord. Me ønskjer ein fagdag for personalet om kjønnslemlesting. Finst det noko slikt?'],
      ['en', 'We run an after-school club. Is there anyone who can give a short course for our staff on honour-related violence? And how do we book it?'],
      ['nb', 'Hei, jeg jobber på en barneskole. Rektor og jeg tenker at det hadde vært lurt med et foreldremøte om frihet og grenser. Kan vi få noen til å holde det?'],
    ])('a speaker or a course for staff or parents (%s): %s', async (lang, message) => {
      await expectAnsweredWith(runner, lang, message, [EXPERT_TEAM]);
    });

    // The services' names now and before, asked with words between ("hva kalles … i dag?"), or with the school advisers
    // named in other words: the history of the services, which gives the names.
    it.each<[Lang, string, readonly string[]]>([
      ['nb', 'hva kalles minoritetsrådgiverne i dag?', ['mangfoldsrådgiver']],
      ['nn', 'kva heiter integreringsrådgjevarane no?', ['spesialutsending']],
      ['en', 'what are the integration advisers at the embassies called nowadays?', ['envoy']],
      ['fa', 'مشاوران مدرسه که در این زمینه کمک می‌کنند قبلاً چه نام داشتند؟', ['minoritetsrådgiver', 'اقلیت']],
    ])('the names now and before (%s): %s', async (lang, message, fact) => {
      await expectAnsweredWith(runner, lang, message, [fact]);
    });

    // Someone at school asked for, and nothing else: the school's diversity adviser, whose number is on imdi.no.
    it.each<[Lang, string]>([
      ['nn', 'Eg er kontaktlærar på vidaregåande og har ein elev som ikkje får vere med på noko etter skuletid. Er det nokon på skulen som jobbar med slikt?'],
      ['nb', 'Er det noen på skolen som jobber med sånt? Jeg er lærer og en elev får ikke bli med på tur.'],
      ['en', 'My son is in upper secondary and has trouble at home. I want to talk to the adviser at his school. How do I reach him?'],
      ['ar', 'ابني في المدرسة الثانوية. أريد التحدث مع المستشار في المدرسة. كيف أجد رقم هاتفه؟'],
    ])('someone at school who works with this (%s): %s', async (lang, message) => {
      await expectAnsweredWith(runner, lang, message, [['imdi.no']]);
    });

    it('a question about a named service with its number asked beside it: the card, number and all', async () => {
      await expectAnsweredWith(runner, 'nb', 'Hva gjør egentlig Kompetanseteamet for barnevernet, og kan du gi meg nummeret deres?', [KT]);
    });

    // Somewhere a young person can read about it herself, beside an anonymous place to ask: Nora and ung.no.
    it.each<[Lang, string, readonly (readonly string[])[]]>([
      ['en', "I'm a youth worker. Is there a website where a girl can read about this herself, and somewhere she can ask questions anonymously?", [['imdi.no/nora'], ['ung.no']]],
      ['nb', 'Jeg er helsesykepleier. Hvor kan en jente lese om dette selv?', [['nora']]],
    ])('somewhere to read about it herself (%s): %s', async (lang, message, facts) => {
      await expectAnsweredWith(runner, lang, message, facts);
    });
  });
}

// (was facts32.test.ts)
{
  /**
   * Facts the articles hold that a person asks about in their own words (issue #13 point 8, session 32): each class with
   * its own example sentences, through the real bot. The coverage script's English scoring is checked beside them.
   */
  const ISOLATES = /[\u2066-\u2069]/gu;

  function articleTitle(id: string, lang: Lang): string {
    const file = path.resolve(__dirname, '../../content/knowledge/articles', `${id}.json`);
    const title = z.object({ title: z.record(z.string(), z.string()) }).parse(JSON.parse(readFileSync(file, 'utf8'))).title[lang];
    if (title === undefined) throw new Error(`${id} has no title in ${lang}`);
    return title;
  }

  function shows(view: TurnView, text: string): boolean {
    return view.texts.some((t) => t.replace(ISOLATES, '').includes(text));
  }

  describe('facts in the articles, asked in a person’s own words', () => {
    const runner = conversationRunnerPerFile();

    // "Film" is an everyday subject (a film to watch tonight), but Nora's animated film about cross-cultural identity is
    // one of the portal's resources: asked about, it is answered from Nora's article, not declined.
    it.each<[Lang, string]>([
      ['nb', 'Hva slags animasjonsfilm har IMDi laget til Nora?'],
      ['nn', 'Kva for ein animasjonsfilm har IMDi laga til Nora?'],
      ['en', 'Has IMDi made an animated film for Nora?'],
      ['pl', 'Czy IMDi zrobiło film animowany dla Nory?'],
      ['uk', 'Чи зробив IMDi анімаційний фільм для Nora?'],
      ['ru', 'Сделал ли IMDi анимационный фильм для Nora?'],
      ['tr', 'IMDi Nora için animasyon filmi yaptı mı?'],
      ['so', 'Miyuu IMDi u sameeyay filim kartoon ah Nora?'],
      ['ar', 'هل يوجد فيلم رسوم متحركة على موقع نورا؟'],
      ['fa', 'آیا IMDi برای نورا یک فیلم انیمیشن ساخته است؟'],
      ['ur', 'کیا IMDi نے نورا کے لیے اینیمیٹڈ فلم بنائی ہے؟'],
      ['ti', 'Nora ናይ ካርቱን ፊልም ኣለዋ ድዩ?'],
    ])("Nora's animated film (%s): %s", async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(view.cannotAnswer || view.didYouMean || view.emergency).toBe(false);
      expect(shows(view, articleTitle('service-nora', lang))).toBe(true);
    });

    // An abbreviation in capitals ("ROS-analyser") is no place name, so the question is not read as "which adviser is in ROS".
    it.each<[Lang, string]>([
      ['en', 'Does the diversity adviser scheme carry out ROS analyses?'],
    ])('risk and vulnerability analyses of privacy (%s): %s', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(shows(view, articleTitle('service-diversity-advisers', lang))).toBe(true);
      expect(shows(view, 'ROS')).toBe(true);
    });

    it.each<[Lang, string, RegExp]>([
      ['nb', 'Hvorfor samlet IMDi rådgiverne og fagteamet i én divisjon?', /divisjon/u],
      ['nn', 'Korleis er dei særskilde tenestene i IMDi organiserte no?', /divisjon/u],
      ['en', 'How did IMDi organise its special support services in 2023?', /division/u],
    ])('the special services in one division (%s): %s', async (lang, message, fact) => {
      const view = await runner.turn(lang, message);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(view.texts.some((t) => fact.test(t))).toBe(true);
    });
  });

  describe('what reads as a place in a question about a service', () => {
    it('an abbreviation in capitals is no place; a county is', () => {
      expect(isContactQuestion('gjør mangfoldsrådgiverne ros-analyser', 'gjør mangfoldsrådgiverne ROS-analyser')).toBe(false);
      expect(isContactQuestion('har fagteamet et fou-oppdrag', 'har fagteamet et FoU-oppdrag')).toBe(false);
      expect(isContactQuestion('mangfoldsrådgiver i trøndelag', 'mangfoldsrådgiver i Trøndelag')).toBe(true);
    });
  });

  describe('the coverage script reads an English reply as the bot writes it', () => {
    const fact = (value: string, statement: string): DomainFact => ({
      id: 'T1',
      topic: 'saksstatistikk',
      service: 'mangfoldsrådgivere',
      year: 2023,
      metric: 'opprinnelsesland',
      value,
      unit: null,
      breakdown: null,
      statement_nb: statement,
      source: { file: 'x.txt', lines: '1-1' },
    });
    const view = (texts: string[]): TurnView => ({ texts, cards: [], replyLanguage: 'en', languages: ['en'], emergency: false, didYouMean: false, cannotAnswer: false, languageCard: false, answers: 1 });

    it('a Norwegian country name is found by its English name', () => {
      const f = fact('Irak, Tyrkia, Marokko', 'Sakene gjaldt Irak, Tyrkia og Marokko.');
      expect(judgeReply(f, 'en', view(['Most cases involved people from Iraq, Turkey and Morocco.']))).toBe('answered');
      expect(judgeReply(f, 'en', view(['Most cases involved people from Iraq and Turkey.']))).toBe('wrong-figure');
    });

    it("a service named by its Norwegian noun at a sentence's head is found by its English name, and by nothing else", () => {
      const f = fact('oppfølging av utsatte', 'Mangfoldsrådgiverne følger opp ungdom som er utsatt.');
      expect(judgeReply(f, 'en', view(['The diversity advisers follow up young people at risk.']))).toBe('answered');
      expect(judgeReply(f, 'en', view(['Kompetanseteamet advises front-line services.']))).toBe('wrong-figure');
    });
  });
}

// (was hb32a.test.ts)
{
  /**
   * What the held-back set general-blind-94 showed (issue #13, session 32, hb32a), as classes with their own sentences,
   * through the real bot.
   */
  describe('hb32a: dangers the held-back set -94 showed', () => {
    const runner = conversationRunnerPerFile();
    const EMERGENCY = ['112', '١١٢', '۱۱۲'];

    // A silencing threat: "it will end badly for her (she will regret it) if she tells anyone", told of a person.
    it.each<[Lang, string]>([
      ['nb', 'Faren til eleven har sagt at det skal ende ille for henne hvis hun sier noe til noen. Hun er hos helsesykepleier nå.'],
      ['nn', 'Bror hennar har sagt at det skal gå ille med ho viss ho seier noko til nokon. Ho sit hjå oss på kontoret no.'],
      ['en', 'Her father told her it will end very badly for her if she tells anyone about the engagement. She is in my classroom now.'],
      ['ar', 'أخوها قال لها إن العاقبة ستكون سيئة جدا إذا أخبرت أحدا عن الخطوبة. هي الآن عندي في الصف.'],
      ['so', 'Aabbaheed wuxuu ku yiri haddii ay cid u sheegto natiijadu way xumaan doontaa. Hadda waxay joogtaa fasalkayga.'],
      ['fa', 'برادرش به او گفته اگر به کسی چیزی بگوید عاقبتش بد خواهد بود. الان در کلاس من است.'],
      ['ur', 'اس کے بھائی نے کہا ہے کہ اگر اس نے کسی کو منگنی کے بارے میں بتایا تو انجام بہت برا ہو گا۔ وہ ابھی میری کلاس میں ہے۔'],
      ['uk', 'Її брат сказав, що якщо вона комусь скаже про заручини, наслідки будуть дуже погані. Вона зараз у моєму класі.'],
      ['ru', 'Её брат сказал, что если она кому-то расскажет о помолвке, последствия будут очень плохие. Она сейчас у меня в классе.'],
      ['tr', 'Ağabeyi, nişanı birine söylerse sonunun çok kötü olacağını söylemiş. Şu an benim sınıfımda.'],
      ['pl', 'Jej brat powiedział, że jeśli komuś powie o zaręczynach, skończy się to dla niej bardzo źle. Jest teraz w mojej klasie.'],
      ['ti', 'ሓዋ ንሓደ ሰብ እንተ ነጊራ መወዳእታኣ ሕማቕ ክኸውን እዩ ኢሉዋ። ሕጂ ኣብ ክፍለይ ኣላ።'],
    ])('a silencing threat told of a person (%s): the emergency card', async (lang, message) => {
      expect(isDanger(message, lang)).toBe(true);
      const view = await runner.turn(lang, message);
      expect(view.emergency).toBe(true);
      expect(containsFact(view.texts, EMERGENCY)).toBe(true);
    });

    // Its calm twins: "if she tells" without harm promised, and an ending feared without anyone's words.
    it.each<[Lang, string]>([
      ['nb', 'Hvis hun sier noe til noen på skolen, hvem skal vi da kontakte?'],
      ['en', 'If she tells anyone at school, who should the teacher contact first?'],
      ['en', 'I worry our project will end badly if we do not plan the parents meeting better.'],
    ])('calm twin (%s): %s', (lang, message) => {
      expect(alarmed(message, lang)).toBe(false);
    });

    // A person held by family in a country the lists did not name (Lebanon, Jordan): an involuntary stay abroad.
    it.each<[Lang, string]>([
      ['uk', 'Моя колега розповіла, що її племінницю (19 років) батько тримає в Лівані і не відпускає додому. Куди звертатися?'],
      ['ru', 'Коллега рассказала, что её племянницу (19 лет) отец держит в Ливане и не отпускает домой. Куда обращаться?'],
      ['pl', 'Koleżanka mówi, że jej siostrzenica (19 lat) jest w Libanie i rodzina jej nie wypuszcza, nie pozwalają jej wrócić. Gdzie dzwonić?'],
      ['tr', 'Bir öğrencimin ablası Lübnan\'da ailesi tarafından tutuluyor, geri dönmesine izin vermiyorlar. Kime başvurmalıyız?'],
    ])('held abroad in Lebanon (%s): the emergency card', async (lang, message) => {
      expect(isDanger(message, lang)).toBe(true);
      const view = await runner.turn(lang, message);
      expect(view.emergency).toBe(true);
    });

    // Training asked as a wish ("eğitim isteyebileceğimiz", "eğitim talep"): whoever trains staff, IMDi's expert team.
    it.each<[Lang, string]>([
      ['tr', 'Okulumuzda mangfoldsrådgiver yok. Personelimiz için zorla evlilik konusunda eğitim talep edebileceğimiz bir yer var mı?'],
    ])('training wished, no adviser (%s): IMDi\'s expert team', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(containsFact(view.texts, ['post@imdi.no', 'fagteam', 'Fagteam'])).toBe(true);
    });
  });
}

// (was hb32b.test.ts)
{
  /**
   * What the held-back set general-blind-95 showed (issue #13, session 32), as classes with their own sentences, through
   * the real bot.
   */
  describe('hb32b: everyday errands declined, and a chat asked for answered with the lines', () => {
    const runner = conversationRunnerPerFile();

    // A birthday greeting to write for someone is an errand; a child kept from birthday parties stays a sign of control.
    it.each<[Lang, string]>([
      ['nb', 'Kan du skrive en bursdagshilsen til en kollega som fyller 50?'],
      ['nn', 'Kan du skrive ei bursdagshelsing til sjefen min?'],
      ['en', 'Can you write a short birthday message for my neighbour?'],
      ['ar', 'هل يمكنك أن تكتب لي رسالة عيد ميلاد لصديقتي؟'],
      ['so', 'Ma ii qori kartaa fariin maalin dhalasho oo saaxiibkay ah?'],
      ['fa', 'میشه برای همکارم یک پیام تولد کوتاه بنویسی؟'],
      ['ur', 'میری بہن کے لیے سالگرہ کی مبارکباد لکھ دیں'],
      ['uk', 'Напишіть, будь ласка, привітання з днем народження для колеги'],
      ['ru', 'Напишите поздравление с днем рождения для моей коллеги'],
      ['pl', 'Napisz proszę życzenia urodzinowe dla mojej koleżanki'],
      ['tr', 'Arkadaşım için kısa bir doğum günü mesajı yazar mısın?'],
      ['ti', 'ንዓርከይ ናይ ልደት መልእኽቲ ክትጽሕፈለይ ትኽእል ዶ?'],
    ])('a birthday greeting to write (%s) is declined', async (lang, message) => {
      expectDeclined(await runner.turn(lang, message), lang);
    });

    // Changing one's GP is an errand with the health service, not a matter of the domain.
    it.each<[Lang, string]>([
      ['nb', 'Jeg vil bytte fastlege, hvordan gjør jeg det?'],
      ['nn', 'Korleis kan eg byte fastlege?'],
      ['en', 'How do I change my GP in Norway?'],
      ['ar', 'كيف يمكنني تغيير طبيبي العام في النرويج؟'],
      ['so', 'Sideen u beddeli karaa dhakhtarkayga fastlege?'],
      ['fa', 'چطور میتوانم دکترم را عوض کنم؟ fastlege'],
      ['ur', 'میں اپنا fastlege کیسے تبدیل کروں؟'],
      ['uk', 'Як змінити свого сімейного лікаря в Норвегії?'],
      ['ru', 'Как сменить своего семейного врача в Норвегии?'],
      ['pl', 'Jak mogę zmienić lekarza rodzinnego w Norwegii?'],
      ['tr', 'Doktorumu nasıl değiştirebilirim?'],
      ['ti', 'ሓኪም ከመይ ክቕይር እኽእል?'],
    ])('changing one\'s GP (%s) is declined', async (lang, message) => {
      expectDeclined(await runner.turn(lang, message), lang);
    });

    // "What can I suggest to her?" beside a chat or a line she would rather use is the asker's own ask: the lines.
    const LINES = ['Røde Kors', 'rodekorstelefonen', 'ung.no', 'volinjen', '815 55 201'];
    it.each<[Lang, string]>([
      ['nb', 'En elev vil heller chatte enn å ringe om at broren passer på alt hun gjør. Hva kan jeg anbefale?'],
      ['nn', 'Ei elev vil heller chatte enn ringje om at faren styrer kven ho er med. Kva kan eg tilrå?'],
      ['en', 'A learner would rather chat than call about her family controlling her. What can I recommend?'],
    ])('a chat asked for, and what to suggest (%s): the lines', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(containsFact(view.texts, LINES)).toBe(true);
    });
  });
}

// (was left32.test.ts)
{
  /**
   * What session 31's blind sets still failed, as classes (issue #13, session 32), through the real bot with our own
   * example sentences.
   */
  describe('left32: classes the tuned sets still failed', () => {
    const runner = conversationRunnerPerFile();

    // "And if it is not urgent?" after the police's emergency number: the police's ordinary number, not 112 again.
    it.each<[Lang, string, string]>([
      ['nb', 'hva er nødnummeret til politiet?', 'og hvis det ikke haster?'],
      ['nn', 'kva er naudnummeret til politiet?', 'enn om det ikkje hastar?'],
      ['en', 'what number do I call for the police in an emergency?', 'and if it is not urgent?'],
      ['pl', 'jaki jest numer alarmowy policji?', 'a jeśli to nie jest pilne?'],
      ['ru', 'какой номер полиции в экстренной ситуации?', 'а если не срочно?'],
      ['uk', 'який номер поліції для екстрених випадків?', 'а якщо не терміново?'],
      ['tr', 'polisin acil numarası nedir?', 'peki acil değilse?'],
      ['ar', 'ما هو رقم الشرطة في حالات الطوارئ؟', 'وإذا لم تكن حالة طوارئ؟'],
      ['fa', 'شماره پلیس برای موارد اضطراری چیست؟', 'اگر اضطراری نباشد چی؟'],
      ['ur', 'پولیس کا ایمرجنسی نمبر کیا ہے؟', 'اگر ایمرجنسی نہ ہو تو؟'],
      ['so', 'waa maxay lambarka booliska ee degdegga?', 'haddii aysan degdeg ahayn?'],
      ['ti', 'ፖሊስ ኣብ ህጹጽ ኩነታት ቁጽሪ እንታይ እዩ?', 'ህጹጽ እንተዘይኮነኸ?'],
    ])('not urgent after the emergency number (%s): the police 02800, no emergency card', async (lang, first, second) => {
      const view = await runner.turn(lang, [first, second]);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['02800'])).toBe(true);
    });

    // The same for child welfare: after the out-of-hours service, the child-welfare office when it is not urgent.
    it('not urgent after barnevernvakten (nn): the municipal child-welfare office', async () => {
      const view = await runner.turn('nn', ['kva nummer har barnevernvakta?', 'enn viss det ikkje hastar?']);
      expect(view.texts.join(' ')).toMatch(/Barnevernet er kommunalt/u);
    });

    // A front-line worker's child case in danger that nothing else read: the emergency card first, and the duty to
    // notify child welfare (barnevernet) in the answer under it.
    it.each<[Lang, string]>([
      ['pl', 'lekarz na SOR. 16-latek z obrażeniami twierdzi, że pobił go wujek, bo przyniósł wstyd rodzinie. wujek siedzi w poczekalni. co robić?'],
      ['ru', 'врач в приёмном отделении. у 16-летней девочки синяки, говорит, что её избил отец. отец ждёт в коридоре. что делать?'],
      ['ar', 'طبيبة في الطوارئ. بنت عمرها 16 سنة عليها كدمات وتقول إن أبوها ضربها. أبوها ينتظر في الممر. ماذا أفعل؟'],
      ['nn', 'lege på legevakta. ein gut på 16 har skadar og seier at far slo han. far ventar på gangen. kva no?'],
    ])('a child in danger told by health staff (%s): 112 first, child welfare in the answer', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(view.emergency).toBe(true);
      expect(view.cards[0]?.kind).toBe('emergency');
      expect(view.texts.join(' ')).toMatch(/barnevern/iu);
    });
  });
}

// (was nn32.test.ts)
{
  /**
   * Nynorsk holds where bokmål holds (issue #13, session 32): the nynorsk forms people write meet the same words as their
   * bokmål twins, and the bot answers the nynorsk question with the same fact, in nynorsk.
   */
  describe('nynorsk forms read as their bokmål twins', () => {
    // Each pair: a nynorsk (or typed-without-æøå) wording and its bokmål twin, which must index to the same terms.
    it.each<[string, string]>([
      // "-givar" is nynorsk as much as "-gjevar" (the nn locale writes "mangfaldsrådgivar").
      ['kor mange mangfaldsrådgivarar er det', 'hvor mange mangfoldsrådgivere er det'],
      ['kven er minoritetsrådgivaren', 'hvem er minoritetsrådgiveren'],
      // "kva for" is "hvilke".
      ['kva for ambassade har ansvar for irak', 'hvilke ambassade har ansvar for irak'],
      ['kva for skular har rådgivar', 'hvilke skoler har rådgiver'],
      // ø and æ typed as oe and ae, as å as aa.
      ['kjoennslemlesting', 'kjønnslemlestelse'],
      ['kven kan laere oss meir', 'hvem kan lære oss mer'],
    ])('%s ~ %s', (nn, nb) => {
      expect(indexTerms(nn, 'no')).toEqual(indexTerms(nb, 'no'));
    });

    it.each<string>(['poeng', 'does', 'israel'])('%s is left as written', (word) => {
      expect(indexTerms(word, 'no')).toEqual([word]);
    });

    it.each<string>(['noe', 'noen', 'poeng'])('%s keeps its oe', (word) => {
      expect(toBokmal(word)).toBe(word);
    });
  });

  describe('nynorsk questions get the bokmål twin’s fact, in nynorsk', () => {
    const runner = conversationRunnerPerFile();

    async function expectNn(turns: string | readonly string[], facts: readonly (readonly string[])[], lang: Lang = 'nn'): Promise<void> {
      const view = await runner.turn(lang, turns);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(view.replyLanguage).toBe(lang);
      expect(view.emergency).toBe(false);
      for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
    }

    // Failed before: "kva for skular" with "-givarar" read as the adviser article, not the 2008 figure.
    it('which schools had advisers in 2008, asked with kva for and -givarar: 29', async () => {
      await expectNn('kva for skular hadde mangfaldsrådgivarar i 2008', [['29']]);
    });

    // Failed before: ø typed as oe, the FGM word unread; the child-welfare contact alone came back.
    it('child welfare on suspected FGM, typed without ø: the FGM answer and Kompetanseteamet', async () => {
      await expectNn('korleis skal barnevernstenesta gaa fram naar dei mistenkjer kjoennslemlesting hos ei jente?', [['478 09 050']]);
    });

    // Failed on the way (a history phrasing's weights moved): a question about nynorsk words is out of scope.
    it('a nynorsk spelling question is declined', async () => {
      const view = await runner.turn('nn', 'heiter det barnehagar eller barnehagen på nynorsk?');
      expectDeclined(view, 'nn');
    });

    // Passed before and after (a sample of the probes).
    it.each<[string | readonly string[], readonly (readonly string[])[]]>([
      ['kva for ein ambassade dekkjer Afghanistan?', [['Islamabad']]],
      ['kor mange saker hadde spesialutsendingane i 2023', [['245']]],
      [['kor mange saker hadde mangfaldsrådgjevarane i 2023?', 'og i 2008?'], [['381']]],
      ['kan bebuarar på mottaket ringje kompetanseteamet sjølve?', [['478 09 050']]],
      ['når vart kompetanseteamet oppretta?', [['2004']]],
      ['kva er nummeret til SEIF?', [['22 03 48 30']]],
    ])('%s', async (turns, facts) => {
      await expectNn(turns, facts);
    });
  });
}

// (was plain32.test.ts)
{
  /**
   * Danger said plainly in a few words (issue #13, plain32): a person × harm × form grid in the twelve languages
   * (scripts/plain-danger-grid.ts) gets the full emergency card first; the same words as a topic question stay calm.
   */
  describe('danger said plainly in a few words: the emergency card first', () => {
    const runner = conversationRunnerPerFile();

    const dangerous = PLAIN_DANGER_GRID.filter(([, , text]) => !LEFT_OPEN.has(text));

    it.each(dangerous.map(([lang, form, text]) => [lang, form, text] as [Lang, string, string]))(
      'dangerous (%s, %s): %s',
      async (lang, _form, text) => {
        expect(isDanger(text, lang)).toBe(true);
        const view = await runner.turn(lang, text);
        expect(view.cards[0]?.kind).toBe('emergency');
      },
    );

    // Forced marriage and cutting in the bot's own test words, not the grid's: more persons and forms.
    it.each<[Lang, string]>([
      ['nb', 'kusina mi blir tvunget til å gifte seg med en hun ikke kjenner'],
      ['nn', 'eg vert tvinga til å gifte meg med ein eg ikkje kjenner'],
      ['en', "I'm being made to marry a man I have never met, I don't want to"],
      ['nb', 'onkelen min vil omskjære meg neste uke'],
      ['en', 'my aunt wants to circumcise me'],
      ['pl', 'ciocia chce mnie obrzezać'],
      ['ru', 'бабушка говорит, что мне сделают обрезание'],
    ])('more persons and forms (%s): %s', async (lang, text) => {
      expect(isDanger(text, lang)).toBe(true);
    });

    it.each(PLAIN_CALM_TWINS.map(([lang, , text]) => [lang, text] as [Lang, string]))('calm twin (%s): %s', async (lang, text) => {
      const view = await runner.turn(lang, text);
      expectCalmByTheRules(view, text, lang);
    });

    it.each<[Lang, string]>([
      ['nb', 'jeg vil ikke gifte meg før jeg er ferdig med studiene, det har jeg valgt selv'],
      ['en', 'what happens if someone is forced to marry?'],
      ['nb', 'er det lov å omskjære gutter?'],
    ])('calm, more twins (%s): %s', async (lang, text) => {
      expect(isDanger(text, lang)).toBe(false);
    });
  });
}
