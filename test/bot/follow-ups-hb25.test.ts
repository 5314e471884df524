import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Session 25 (hb25, issue #13): follow-ups and stories that general-blind-62 found missing, each as a class, in own
 * phrasings.
 */

/** Afghanistan, one of the published countries of origin (domain.md §1), as each language's card writes it. */
const AFGHANISTAN = ['Afghanistan', 'أفغانستان', 'افغانستان', 'Afgaanistaan', 'Афганістан', 'Афганистан', 'Afganistan', 'ኣፍጋኒስታን'];

describe('follow-up: where most of the cases came from, after a count, in everyday words (hb25)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', ['hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'hvilken bakgrunn hadde de?']],
    ['nn', ['kor mange saker hadde mangfaldsrådgjevarane i 2023?', 'kva bakgrunn hadde dei fleste av dei?']],
    ['en', ['how many cases did the diversity advisers have in 2023?', 'what background did most of them have?']],
    ['ar', ['كم حالة كانت عند مستشاري التنوع سنة 2023؟', 'طيب ومن وين جاؤوا أكثرهم؟']],
    ['ar', ['كم حالة كانت عند مستشاري التنوع سنة 2023؟', 'من أي البلاد كانوا؟']],
    ['ar', ['كم حالة كانت عند مستشاري التنوع سنة 2023؟', 'وأصلهم من وين؟']],
    ['ar', ['كم حالة كانت عند مستشاري التنوع سنة 2023؟', 'شو جنسياتهم؟']],
    ['so', ['immisa kiis ayay la-taliyayaasha kala duwanaanshaha lahaayeen 2023?', 'dalkee ayay badankood ka yimaadeen?']],
    ['fa', ['مشاوران تنوع در سال ۲۰۲۳ چند پرونده داشتند؟', 'از کدام ملک‌ها بودند؟']],
    ['ur', ['2023 میں تنوع کے مشیروں کے پاس کتنے کیس تھے؟', 'زیادہ تر لوگ کہاں سے تھے؟']],
    ['uk', ['скільки справ мали радники з питань різноманітності у 2023 році?', 'а звідки вони здебільшого?']],
    ['ru', ['сколько дел было у советников по разнообразию в 2023 году?', 'а откуда они в основном?']],
    ['ru', ['сколько дел было у советников по разнообразию в 2023 году?', 'а какой страны они были в основном?']],
    ['tr', ["çeşitlilik danışmanlarının 2023'te kaç vakası vardı?", 'peki en çok nereden geliyorlardı?']],
    ['pl', ['ile spraw mieli doradcy ds. różnorodności w 2023 roku?', 'z jakiego kraju było najwięcej?']],
    ['ti', ['ኣማኸርቲ ብዙሕነት ኣብ 2023 ክንደይ ጉዳያት ነይሩዎም?', 'መብዛሕትኦም ካበይ መጺኦም?']],
  ] as const)('%s: %j gives the published order of the countries of origin', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.replyLanguage).toBe(lang);
    expect(view.cannotAnswer).toBe(false);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, AFGHANISTAN)).toBe(true);
  });
});

describe('statistics: where most of the cases came from, asked in one message in everyday words (hb25)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['ar', 'من أي بلاد جاءت أغلب حالات مستشاري التنوع في 2023؟'],
    ['fa', 'در سال ۲۰۲۳ بیشتر پرونده‌های مشاوران تنوع از کدام ملک‌ها بودند؟'],
    ['ru', 'из какой страны чаще всего были люди в делах советников по разнообразию в 2023 году?'],
    ['tr', "2023'te çeşitlilik danışmanlarının vakaları en çok nereden geliyordu?"],
    ['pl', 'z jakiego kraju pochodziło najwięcej osób w sprawach doradców ds. różnorodności w 2023?'],
    ['en', "what background did most of the people in the diversity advisers' 2023 cases have?"],
  ] as const)('%s: %s gives the published order of the countries of origin', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.replyLanguage).toBe(lang);
    expect(view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, AFGHANISTAN)).toBe(true);
  });
});

describe('information material for pupils: the numbers to put on a poster or leaflet are the lines for young people (hb25)', () => {
  const runner = conversationRunnerPerFile();
  const ALARMTELEFONEN = ['116 111', '116111'];
  const RODE_KORS = ['815 55 201', '81555201'];

  it.each([
    ['en', 'we are making a leaflet for the pupils at our lower secondary school about forced marriage. which numbers should we put on it?'],
    ['en', "I'm a teacher organising an awareness day on honour-based control. what phone numbers can students call that we can print on posters?"],
    ['nb', 'vi skal lage plakat til elevene om negativ sosial kontroll i en temauke. hvilke numre bør stå på den?'],
    ['nb', 'helsesykepleier her. vi lager en brosjyre til ungdommene om tvangsekteskap, hvilke telefonnumre kan de ringe?'],
    ['nn', 'vi skal henge opp ein plakat på skulen om æresrelatert vald. kva nummer bør stå på han?'],
    ['ar', 'نحن نحضّر ملصقًا للطلاب في المدرسة عن الزواج القسري. ما هي الأرقام التي يجب أن نكتبها عليه؟'],
    ['so', 'waxaan u samaynaynaa boodhka ardayda iskuulka ee ku saabsan guurka qasabka ah. lambarada noocee ah ayaan ku qornaa?'],
    ['fa', 'برای شاگردان مکتب یک پوستر دربارهٔ ازدواج اجباری می‌سازیم. کدام شماره‌ها را روی آن بنویسیم؟'],
    ['ur', 'ہم اسکول کے طلبہ کے لیے جبری شادی کے بارے میں ایک پوسٹر بنا رہے ہیں۔ اس پر کون سے نمبر لکھیں؟'],
    ['uk', 'ми робимо плакат для учнів школи про примусовий шлюб. які номери телефонів на ньому написати?'],
    ['ru', 'мы делаем плакат для учеников школы о принудительном браке. какие номера телефонов на нём указать?'],
    ['tr', 'okuldaki öğrenciler için zorla evlilik hakkında bir afiş hazırlıyoruz. üzerine hangi numaraları yazmalıyız?'],
    ['pl', 'przygotowujemy plakat dla uczniów w szkole o przymusowych małżeństwach. jakie numery powinny się na nim znaleźć?'],
    ['ti', 'ንተማሃሮ ቤት ትምህርቲ ብዛዕባ ግዱድ መርዓ ፖስተር ነዳሉ ኣለና። ኣየኖት ቁጽሪታት ክንጽሕፍ ኣለና?'],
  ] as const)('%s: %s gives Alarmtelefonen and Røde Kors-telefonen, no emergency card', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.replyLanguage).toBe(lang);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ALARMTELEFONEN)).toBe(true);
    expect(containsFact(view.texts, RODE_KORS)).toBe(true);
  });

  it.each([
    ['en', 'which phone numbers can young people call about honour-related control?'],
    ['nb', 'hvilke telefonnumre kan ungdom ringe om negativ sosial kontroll?'],
  ] as const)('%s: %s asks phone numbers, not figures', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(containsFact(view.texts, ALARMTELEFONEN)).toBe(true);
    expect(containsFact(view.texts, RODE_KORS)).toBe(true);
  });

  it('a count for a named service with "numbers" is still statistics', async () => {
    const view = await runner.turn('en', 'Kompetanseteamet numbers for 2022?');
    expect(containsFact(view.texts, ['891'])).toBe(true);
  });
});

describe('follow-up: the pupil is or turns 18, after the contacts for the case (hb25)', () => {
  const runner = conversationRunnerPerFile();
  const KOMPETANSETEAMET = ['Kompetanseteamet', '478 09 050', '47809050'];

  it.each([
    ['nb', ['kan noen hjelpe en elev som er redd for tvangsekteskap? vi har ikke mangfoldsrådgiver', 'hun er 18 nå, gjelder det fortsatt?']],
    ['nb', ['kan noen hjelpe en elev som er redd for tvangsekteskap? vi har ikke mangfoldsrådgiver', 'hun blir 18 om en måned, hva da?']],
    ['nn', ['kan nokon hjelpe ein elev som vert pressa til å gifte seg? skulen har ingen mangfaldsrådgjevar', 'ho fyller 18 til sommaren, kva gjeld då?']],
    ['en', ['who can help a pupil who is scared of being forced to marry? our school has no diversity adviser', 'she turns 18 next month, does that change anything?']],
    ['en', ['what should we do about a student who is pressured to marry her cousin?', 'what if she is already 18?']],
    ['ru', ['кто может помочь ученице, которую заставляют выйти замуж? у нас нет советника по многообразию', 'через месяц ей исполнится 18, что тогда?']],
    ['uk', ['хто може допомогти учениці, яку змушують вийти заміж? у нас немає радника з різноманітності', 'за місяць їй виповниться 18, що тоді?']],
  ] as const)('%s: %j gives Kompetanseteamet, which grown-ups may contact themselves', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.replyLanguage).toBe(lang);
    expect(view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, KOMPETANSETEAMET)).toBe(true);
  });

  it('a follow-up that says no age keeps the case as it was', async () => {
    const view = await runner.turn('nb', ['kan noen hjelpe en elev som er redd for tvangsekteskap? vi har ikke mangfoldsrådgiver', 'hva gjør vi hvis hun ikke vil snakke med oss?']);
    expect(containsFact(view.texts, ['fagteam', 'Fagteam', 'mangfoldsrådgiver', 'Mangfoldsrådgiver'])).toBe(true);
  });
});

describe('a new adviser whose manager wants to know who can train them, no case at hand (hb25)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'jeg er ny som programrådgiver i flyktningtjenesten. vi har bosatt mange fra Eritrea og Syria. lederen min vil at jeg skal finne ut hvem som kan lære opp de ansatte i negativ sosial kontroll. ingen konkrete saker nå, det haster ikke.'],
    ['nn', 'eg er ny i flyktningtenesta i kommunen. vi har mange busette frå Somalia. sjefen min vil at eg skal finne ut kven som kan halde kurs for oss om æresrelatert vald. vi har ingen saker no.'],
    ['en', 'I just started as a settlement adviser in the refugee service. we have resettled many families from Afghanistan and Iraq. my manager asked me to find out who can train our staff on negative social control. there is no case right now, nothing urgent.'],
    ['ar', 'بدأت للتو العمل في خدمة اللاجئين في البلدية. استقبلنا عائلات كثيرة من سوريا. مديري يريد أن أعرف من يمكنه تدريب الموظفين على الرقابة الاجتماعية السلبية. لا توجد حالة الآن.'],
    ['ru', 'я недавно начала работать в службе по делам беженцев в коммуне. у нас много семей из Сирии. мой руководитель хочет, чтобы я выяснила, кто может провести обучение для сотрудников о негативном социальном контроле. конкретного случая сейчас нет.'],
    ['pl', 'zaczęłam pracę w służbie dla uchodźców w gminie. mamy wiele rodzin z Afganistanu. mój szef chce, żebym sprawdziła, kto może przeprowadzić szkolenie dla pracowników o negatywnej kontroli społecznej. nie mamy teraz konkretnej sprawy.'],
  ] as const)('%s: %s gives IMDi’s expert team (post@imdi.no), not the envoy, no emergency card', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.replyLanguage).toBe(lang);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['post@imdi.no'])).toBe(true);
  });
});

// (was hb27d.test.ts)

/**
 * hb27d (issue #13): follow-ups that ask a detail of the service just given or whom to call once abroad, the history of
 * Kompetanseteamet's coordination, and child welfare for a child whose mother is harmed and watched. Phrasings written
 * for this test.
 */
describe('hb27d: a contact detail of the service just given', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['ti', 'ተሌፎን ኣላርም ንቖልዑ ሃበኒ', 'ኢመይሎምከ?'],
    ['ti', 'ኣላርም ንቆልዑ ቁጽሪ እንታይ እዩ?', 'ኢመይሎም ከ?'],
    ['en', 'what is the number of Alarmtelefonen?', 'and their e-mail?'],
    ['nb', 'hva er nummeret til Alarmtelefonen?', 'og e-posten deres?'],
  ] as const)('%s: %s → %s gives the e-mail', async (lng, first, second) => {
    const view = await runner.turn(lng, [first, second]);
    expect(view.cannotAnswer).toBe(false);
    expect(view.texts.join(' ')).toContain('alarm@116111.no');
  });
});

describe('hb27d: "and if I am already there?" after whom to call before being taken abroad', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['en', 'who can i talk to if my family plans to take me abroad?', 'what if im already there?'],
    ['nb', 'hvem kan jeg ringe hvis foreldrene mine vil sende meg til utlandet?', 'og hvis jeg allerede er der?'],
    ['ru', 'кому я могу позвонить, если родители хотят отправить меня за границу?', 'а если я уже там?'],
    ['tr', 'ailem beni yurt dışına göndermek isterse kimi arayabilirim?', 'peki zaten oradaysam?'],
    ['pl', 'do kogo mogę zadzwonić, jeśli rodzice chcą mnie wysłać za granicę?', 'a jeśli już tam jestem?'],
  ] as const)('%s: UD operations centre', async (lng, first, second) => {
    const view = await runner.turn(lng, [first, second]);
    expect(view.texts.join(' ')).toMatch(/23 95 00 00/);
  });
});

describe('hb27d: when IMDi took over the coordination of Kompetanseteamet', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['uk', 'З якого року IMDi взяла на себе Kompetanseteamet і хто це робив раніше?'],
    ['ru', 'Когда IMDi взял на себя координацию Kompetanseteamet и кто это делал раньше?'],
    ['so', 'Goorma ayay IMDi la wareegtay Kompetanseteamet?'],
    ['en', 'When did IMDi take over Kompetanseteamet, and who had it before?'],
    ['nb', 'Når overtok IMDi koordineringen av Kompetanseteamet, og hvem hadde den før?'],
  ] as const)('%s: 2008, from UDI', async (lng, question) => {
    const view = await runner.turn(lng, [question]);
    const all = view.texts.join(' ');
    expect(all).toContain('2008');
    expect(all).toContain('UDI');
  });
});

describe('hb27d: a child whose mother is harmed and watched', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Jobber i barnehage. Moren til en jente på 3 hadde hovent kinn i dag, og hun sa at svigerfamilien følger med på henne hele tiden og at hun ikke får møte venninner.'],
    ['nn', 'Eg jobbar i barnehage. Mora til ei jente på 4 kom i dag med blåmerke på kinnet. Ho seier at svigerfamilien passar på henne heile tida og at ho ikkje får treffe venninnene sine lenger.'],
    ['en', 'I work at a nursery. The mother of a 4-year-old girl came in with a bruised cheek today; she says her husband’s family keep an eye on her all the time and she may not see her friends anymore.'],
  ] as const)('%s: the emergency card and child welfare', async (lng, story) => {
    const view = await runner.turn(lng, [story]);
    expect(view.emergency).toBe(true);
    expect(view.texts.join(' ')).toMatch(/barnevern|child welfare/i);
  });
});
