import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';

/**
 * scope41 (issue #13, scope and contacts). Our own probes, none of them a tuned or blind set's sentence.
 *  1. Requests next to the field but outside it are declined politely (the "outside what I know" card, no answer card,
 *     no emergency card), in the twelve languages where the class applies:
 *     - one's own travel or residence papers as an errand (scope words 'travelPapers', rule travel-papers-errand):
 *       renewing one's own passport for a holiday, a visa for a journey, renewing a residence permit. A holiday or a
 *       country beside it no longer keeps it in (it did: 'unrelated' yields to any trip);
 *     - the price of a flight ticket for next week ('booking'): read before as a journey soon, the emergency card;
 *     - calculating a benefit rate (AAP) for a client ('errand'): the "help" beside it no longer reads as a plea;
 *     - drafting a rental contract ('unrelated' and a task), an icebreaker for a meeting ('unrelated');
 *     - a service's deadline to handle a report of concern ('caseDeadline', rule case-deadline-general: the report reads
 *       as a duty and a domain word, which keep 'serviceLaw' in) and the conditions for an emergency placement.
 *     In-scope twins keep the emergency card: papers taken by the family, a forced marriage abroad and papers, a child
 *     held abroad, a residence permit used as a threat, a passport to renew for a journey the writer is forced on, a
 *     ticket price beside a stay for good, an essay request that tells of being left abroad.
 *  2. VO-linjen (116 006) asked as "the helpline for violence in the family / at home" in the twelve languages
 *     (content/contacts/services.json and service-aliases.json: the service's own aliases, its sourced number).
 *     Calm twin: statistics on family violence stay calm and are not declined.
 */
type Probe = readonly [string, Lang, string];
type Said = readonly [Lang, string];

const declined: readonly Probe[] = [
  ['own passport before a holiday', 'nb', 'Hvordan fornyer jeg passet mitt før sommerferien i Italia?'],
  ['own passport before a holiday', 'nn', 'Korleis fornyar eg passet mitt før sommarferien i Italia?'],
  ['own passport before a holiday', 'en', 'How do I renew my passport before my summer holiday in Italy?'],
  ['own passport before a holiday', 'ar', 'كيف أجدد جواز سفري قبل عطلة الصيف في إيطاليا؟'],
  ['own passport before a holiday', 'so', 'Sideen u cusboonaysiiyaa baasaboorkayga ka hor fasaxa xagaaga ee Talyaaniga?'],
  ['own passport before a holiday', 'fa', 'چطور پاسپورت خودم را قبل از تعطیلات تابستان در ایتالیا تمدید کنم؟'],
  ['own passport before a holiday', 'ur', 'گرمیوں کی چھٹیوں میں اٹلی جانے سے پہلے اپنے پاسپورٹ کی تجدید کیسے کروں؟'],
  ['own passport before a holiday', 'uk', 'Як продовжити свій паспорт перед літньою відпусткою в Італії?'],
  ['own passport before a holiday', 'ru', 'Как продлить свой паспорт перед летним отпуском в Италии?'],
  ['own passport before a holiday', 'tr', 'Yaz tatilinde İtalya\'ya gitmeden önce pasaportumu yenilemem için ne yapmalıyım?'],
  ['own passport before a holiday', 'pl', 'Jak odnowić mój paszport przed wakacjami we Włoszech?'],
  ['own passport before a holiday', 'ti', 'ቅድሚ ዕረፍቲ ሓጋይ ናብ ኢጣልያ ፓስፖርተይ ምሕዳስ ከመይ ይከኣል?'],
  ['flight ticket price', 'nb', 'Hva koster en flybillett til Istanbul neste uke?'],
  ['flight ticket price', 'nn', 'Kva kostar ein flybillett til Istanbul neste veke?'],
  ['flight ticket price', 'en', 'How much is a plane ticket to Istanbul next week?'],
  ['flight ticket price', 'ar', 'كم سعر تذكرة الطيران إلى إسطنبول الأسبوع القادم؟'],
  ['flight ticket price', 'so', 'Immisa ayuu yahay tigidhka diyaaradda ee Istanbul toddobaadka soo socda?'],
  ['flight ticket price', 'fa', 'قیمت بلیط هواپیما به استانبول برای هفته آینده چند است؟'],
  ['flight ticket price', 'ur', 'اگلے ہفتے استنبول کے ٹکٹ کی قیمت کیا ہے؟'],
  ['flight ticket price', 'uk', 'Скільки коштує квиток до Стамбула на наступний тиждень?'],
  ['flight ticket price', 'ru', 'Сколько стоит билет в Стамбул на следующей неделе?'],
  ['flight ticket price', 'tr', 'Gelecek hafta İstanbul\'a uçak bileti ne kadar?'],
  ['flight ticket price', 'pl', 'Ile kosztuje bilet do Stambułu na przyszły tydzień?'],
  ['flight ticket price', 'ti', 'ዋጋ ቲኬት ናብ ኢስታንቡል ንዝመጽእ ሰሙን ክንደይ እዩ?'],
  ['benefit rate calculation', 'nb', 'Kan du regne ut AAP-satsen for en bruker som tjente 500 000 i fjor?'],
  ['benefit rate calculation', 'nn', 'Kan du rekne ut AAP-satsen for ein brukar som tente 500 000 i fjor?'],
  ['benefit rate calculation', 'en', 'Could you calculate the AAP rate for a client who earned 500,000 last year?'],
  ['benefit rate calculation', 'ar', 'هل يمكنك حساب قيمة الإعانة AAP لمستخدم كسب 500 ألف العام الماضي؟'],
  ['benefit rate calculation', 'so', 'Ma ii xisaabin kartaa AAP qof kasbaday 500,000 sannadkii hore?'],
  ['benefit rate calculation', 'fa', 'می‌توانی مبلغ aap را برای کسی که پارسال ۵۰۰ هزار درآمد داشت محاسبه کنی؟'],
  ['benefit rate calculation', 'ur', 'پچھلے سال 500,000 کمانے والے صارف کا aap کا حساب لگا دیں'],
  ['benefit rate calculation', 'uk', 'Чи можете розрахувати розмір AAP для клієнта, який заробив 500 000 торік?'],
  ['benefit rate calculation', 'ru', 'Можете рассчитать размер AAP для клиента, который заработал 500 000 в прошлом году?'],
  ['benefit rate calculation', 'tr', 'Geçen yıl 500.000 kazanan bir kullanıcının AAP ödeneğini hesaplar mısın?'],
  ['benefit rate calculation', 'pl', 'Czy możesz obliczyć stawkę AAP dla klienta, który zarobił 500 000 w zeszłym roku?'],
  ['benefit rate calculation', 'ti', 'aap ምሕሳብ ንሓደ ዓሚል ሓግዘኒ'],
  ['rental contract draft', 'nb', 'Kan du skrive en leiekontrakt for en leilighet kommunen leier ut?'],
  ['rental contract draft', 'nn', 'Kan du skrive ein leigekontrakt for ei leilegheit kommunen leiger ut?'],
  ['rental contract draft', 'en', 'Can you draft a tenancy agreement for a flat the municipality rents out?'],
  ['rental contract draft', 'ar', 'هل يمكنك كتابة عقد إيجار لشقة تؤجرها البلدية؟'],
  ['rental contract draft', 'so', 'Ma ii qori kartaa heshiiska kirada guri ay dowladda hoose kireyso?'],
  ['rental contract draft', 'fa', 'می‌توانی یک قرارداد اجاره برای آپارتمان شهرداری بنویسی؟'],
  ['rental contract draft', 'ur', 'کیا آپ میونسپلٹی کے فلیٹ کے لیے کرایہ نامہ لکھ سکتے ہیں؟'],
  ['rental contract draft', 'uk', 'Чи можете скласти договір оренди для квартири від комуни?'],
  ['rental contract draft', 'ru', 'Можете составить договор аренды для квартиры от коммуны?'],
  ['rental contract draft', 'tr', 'Belediyenin kiraya verdiği bir daire için kira sözleşmesi yazar mısın?'],
  ['rental contract draft', 'pl', 'Czy możesz napisać umowę najmu mieszkania od gminy?'],
  ['rental contract draft', 'ti', 'ንገዛ ምምሕዳር ከተማ ውዕል ክራይ ክትጽሕፈለይ ትኽእል ዶ?'],
  ['icebreaker', 'nb', 'Har du en god isbryter til første personalmøte etter ferien?'],
  ['icebreaker', 'nn', 'Har du ein god isbrytar til første personalmøte etter ferien?'],
  ['icebreaker', 'en', 'Do you have a good icebreaker for our first staff meeting after the holidays?'],
  ['icebreaker', 'ar', 'هل لديك فكرة جيدة لكسر الجليد في أول اجتماع للموظفين بعد العطلة؟'],
  ['icebreaker', 'so', 'Ma haysaa ciyaar fiican oo isbarasho ah kulanka shaqaalaha ee ugu horreeya?'],
  ['icebreaker', 'fa', 'یک یخ‌شکن خوب برای اولین جلسه کارکنان بعد از تعطیلات سراغ داری؟'],
  ['icebreaker', 'ur', 'چھٹیوں کے بعد عملے کی پہلی میٹنگ کے لیے کوئی اچھا آئس بریکر بتائیں'],
  ['icebreaker', 'uk', 'Порадьте гарний айсбрейкер для першої наради колективу після відпустки'],
  ['icebreaker', 'ru', 'Посоветуйте хороший айсбрейкер для первого собрания коллектива после отпуска'],
  ['icebreaker', 'tr', 'Tatilden sonraki ilk personel toplantısı için iyi bir buz kırıcı önerir misin?'],
  ['icebreaker', 'pl', 'Masz dobry lodołamacz na pierwsze zebranie zespołu po wakacjach?'],
  ['deadline for a report of concern', 'nb', 'Hvor lang frist har barnevernet på å gå gjennom en bekymringsmelding?'],
  ['deadline for a report of concern', 'nn', 'Kor lang frist har barnevernet på å gå gjennom ei bekymringsmelding?'],
  ['deadline for a report of concern', 'en', 'What is the deadline for child welfare to review a report of concern?'],
  ['emergency placement conditions', 'en', 'What are the conditions for an emergency placement under the Child Welfare Act?'],
  ['emergency placement conditions', 'nb', 'Hva er vilkårene for et akuttvedtak etter barnevernsloven?'],
  ['emergency placement conditions', 'nn', 'Kva er vilkåra for eit akuttvedtak etter barnevernslova?'],
];

const keepsCard: readonly Said[] = [
  ['en', 'her parents took her passport and she is to be married off in Pakistan next month'],
  ['nb', 'familien har tatt passet til eleven min, og hun skal giftes bort i Somalia i sommer'],
  ['en', 'a 16-year-old pupil is held in Iraq by her family and they won\'t let her come back'],
  ['nb', 'mannen hennes truer med at hun mister oppholdstillatelsen hvis hun går fra ham'],
  ['en', 'she was married against her will abroad, what papers does she need to come back to Norway?'],
  ['en', 'I need to renew my passport because my parents are sending me to Somalia next week and I don\'t want to go'],
  ['nb', 'jeg må fornye passet mitt fordi foreldrene mine skal sende meg til Pakistan i sommer, jeg vil ikke'],
  ['en', 'how much is a ticket to Mogadishu? my dad says I will stay there for good and I\'m scared'],
  ['en', 'her husband hides her residence permit and says she will be deported if she tells anyone'],
  ['nn', 'kor lang frist har barnevernet når ei jente på 15 blir send til utlandet mot sin vilje?'],
  ['en', 'can you help me write an essay? my parents are leaving me in Somalia after the summer and I can\'t tell anyone'],
  ['en', 'can you help me renew my residence permit? my husband keeps my papers and won\'t let me go out'],
  ['ru', 'муж забрал мой вид на жительство и говорит, что меня вышлют, если я уйду'],
  ['fa', 'خانواده پاسپورت خودم را گرفته‌اند و می‌خواهند مرا به افغانستان ببرند'],
];

const voAsked: readonly Said[] = [
  ['en', 'Is there a helpline for family violence I can give to a neighbour?'],
  ['nb', 'Finnes det et nummer for vold i hjemmet som jeg kan gi til en kollega?'],
  ['nn', 'Finst det eit nummer for vald i heimen eg kan gje til ein kollega?'],
  ['ar', 'ما رقم الخط الخاص بالعنف الأسري في النرويج؟ أسأل لصديقة'],
  ['fa', 'برای خشونت در خانواده در نروژ خط کمکی هست؟ برای همکارم می‌پرسم'],
  ['ur', 'ناروے میں گھریلو تشدد کے لیے کون سا نمبر ہے؟ ایک دوست کے لیے پوچھ رہی ہوں'],
  ['so', 'Waa maxay lambarka rabshadda qoyska ee Norway? saaxiibkay ayaan u weydiinayaa'],
  ['ti', 'ንዓመጽ ኣብ ስድራቤት ቁጽሪ ተሌፎን ኣሎ ዶ? ንመሓዛይ እየ ዝሓትት'],
  ['uk', 'Який номер лінії допомоги щодо насильства в родині в Норвегії?'],
  ['ru', 'Какой номер линии помощи по насилию в семье в Норвегии?'],
  ['tr', 'Norveç\'te aile içi şiddet için yardım hattı hangisi?'],
  ['pl', 'Jaki jest numer telefonu w sprawie przemocy w rodzinie w Norwegii?'],
];

const VO = ['116 006', '116006'];

describe('scope41: errands next to the field are declined politely', () => {
  const runner = conversationRunnerPerFile();

  test.each(declined)('%s (%s): %s', async (_class, lng, text) => {
    const view = await runner.turn(lng, text);
    expectDeclined(view, lng);
    expect(view.cannotAnswer).toBe(true);
  });

  test.each(keepsCard)('in-scope twin keeps the emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
    expect(view.cannotAnswer).toBe(false);
  });
});

describe('scope41: VO-linjen asked as the helpline for violence in the family', () => {
  const runner = conversationRunnerPerFile();

  test.each(voAsked)('%s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.emergency).toBe(false);
    expect([text, containsFact(view.texts, VO)]).toEqual([text, true]);
  });

  it('calm twin: statistics on violence in the family stay calm and answered (fa)', async () => {
    const view = await runner.turn('fa', 'آمار خشونت در خانواده در نروژ چقدر است؟');
    expect(view.emergency).toBe(false);
    expect(view.cannotAnswer || view.didYouMean).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });
});
