import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

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
