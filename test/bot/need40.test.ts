import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * need40 (issue #13, two needs and long stories: the reply answers every part). Our own probes, none of them an
 * evaluation set's sentence, for four classes whose second part was dropped:
 *  1. staff training asked beside a figure, with the noun ("… and who do we contact about training for our teachers?"):
 *     the whole message read "training" as the competence-raising assignments of the year asked, a figure no part asks,
 *     and kept that one card; now the figure part (six new posts in 2024, domain.md §1) and whom to contact for
 *     training (IMDi's expert team, post@imdi.no, §3) are both answered (src/conversation/needs.ts).
 *  2. a long story with no case that ends in a wish that someone teach the staff ("kan noen komme og lære de ansatte
 *     om …?"): read as training (content/contacts/training-words.json) and as a training context, not a case
 *     (content/understanding/situation/<lang>.json "training"): the expert team, and no emergency card.
 *  3. information online, or material made for young people, asked beside another need or at the end of a story
 *     (content/contacts/website-words.json): Nora (imdi.no/nora) or ung.no beside the envoy (Nairobi covers Somalia).
 *  4. how many advisers there are, and whether they also work in lower-secondary schools, asked as a yes/no question
 *     ("og jobber de på …", "и работают ли они …": content/understanding/needs/<lang>.json requests): 59 (2023) and
 *     the advisers' card, which says where they work (§1).
 *  5. a website for teenagers or young people asked beside a named service's e-mail ("… and a site for teenagers"):
 *     the young readers' words of the nine other languages (content/contacts/other-language-words.json "minor":
 *     مراهق, نوجوان, dhalinyaro, молодь, молодёжь, gençler, młodzież, መንእሰያት), as "teenagers" and "youth" already
 *     were in nb, nn and en, so the service's card gets Nora and ung.no beside it.
 * Calm twins: every probe above is calm and must get no emergency card; the teaching words do not calm a case at hand
 * (a pupil to be married off next week stays an emergency beside a wish for teaching).
 */
type Probe = readonly [Lang, string];

const trainingBesideFigure: readonly Probe[] = [
  ['nb', 'Hvor mange nye mangfoldsrådgiverstillinger kom i 2024, og hvem kontakter vi om opplæring for lærerne våre?'],
  ['nn', 'Kor mange nye stillingar for mangfaldsrådgivarar kom i 2024, og kven kontaktar vi om opplæring for lærarane våre?'],
  ['en', 'How many new diversity adviser positions came in 2024, and who do we contact about training for our teachers?'],
  ['ar', 'كم عدد وظائف مستشاري التنوع الجديدة في 2024؟ ومن نتواصل معه بخصوص تدريب معلمينا؟'],
  ['so', 'Imisa jago cusub oo lataliyeyaasha kala duwanaanshaha ah ayaa la abuuray 2024? Yaan la xiriirnaa si macallimiinteena loo siiyo tababar?'],
  ['fa', 'در سال ۲۰۲۴ چند پست جدید برای مشاوران تنوع ایجاد شد؟ و برای آموزش معلمان‌مان با چه کسی تماس بگیریم؟'],
  ['ur', '2024 میں تنوع کے مشیروں کی کتنی نئی آسامیاں آئیں؟ اور اپنے اساتذہ کی ٹریننگ کے لیے ہم کس سے رابطہ کریں؟'],
  ['uk', "Скільки нових посад радників з різноманітності з'явилося у 2024 році? І до кого звернутися щодо тренінгу для наших вчителів?"],
  ['ru', 'Сколько новых должностей советников по многообразию появилось в 2024 году? И к кому обратиться насчёт тренинга для наших учителей?'],
  ['tr', "2024'te çeşitlilik danışmanları için kaç yeni kadro açıldı? Öğretmenlerimiz için eğitim konusunda kime başvuralım?"],
  ['pl', 'Ile nowych etatów dla doradców do spraw różnorodności powstało w 2024 roku? I do kogo się zwrócić w sprawie szkolenia dla naszych nauczycieli?'],
  ['ti', 'ኣብ 2024 ክንደይ ሓደስቲ ቦታታት ን mangfoldsrådgivere ተወሲኾም? መን እዩ ንመምህራንና ስልጠና ክህበና ዝኽእል?'],
];

const staffTaughtNoCase: readonly Probe[] = [
  ['nb', 'Vi jobber på et lite NAV-kontor i en bygd som har tatt imot mange flyktninger. Det meste går fint, men noen ektemenn vil ikke at konene skal ta førerkort. Ingen akutte saker. Kan noen komme og lære de ansatte om negativ sosial kontroll?'],
  ['nn', 'Vi er ei lita flyktningteneste i ein kommune med mange nye innbyggjarar. Stort sett går det bra, men nokre ektemenn vil ikkje at konene skal ta førarkort. Ingen akutte saker. Kan nokon kome og lære dei tilsette om negativ sosial kontroll?'],
  ['en', "We are a small refugee service in a rural municipality. Most families are doing well, but a few husbands decide everything about their wives' money. Nothing acute. Could someone come and teach our colleagues about negative social control?"],
  ['ar', 'نحن خدمة لاجئين صغيرة في بلدية ريفية. معظم العائلات بخير، لكن بعض الأزواج يتحكمون في أموال زوجاتهم. لا توجد حالة طارئة. هل يمكن لأحد أن يأتي لتعليم الموظفين عن السيطرة الاجتماعية السلبية؟'],
  ['so', "Waxaan nahay adeeg qaxooti oo yar. Qoysaska intooda badan way fiican yihiin, laakiin ragga qaar ayaa go'aamiya lacagta xaasaskooda. Ma jiro xaalad degdeg ah. Qof ma iman karaa oo shaqaalaha wax u bara xakamaynta bulshada ee taban?"],
  ['fa', 'ما یک خدمات پناهندگان کوچک هستیم. بیشتر خانواده‌ها خوب هستند، اما چند شوهر درباره پول همسرشان تصمیم می‌گیرند. هیچ مورد فوری نداریم. آیا کسی می‌تواند بیاید و به همکاران آموزش بدهد درباره کنترل اجتماعی منفی؟'],
  ['ur', 'ہم ایک چھوٹی پناہ گزین سروس ہیں۔ زیادہ تر خاندان ٹھیک ہیں، لیکن کچھ شوہر بیویوں کے پیسوں کا فیصلہ کرتے ہیں۔ کوئی فوری معاملہ نہیں۔ کیا کوئی آ کر منفی سماجی کنٹرول کے بارے میں ہمارے عملے کو سکھا سکتا ہے؟'],
  ['uk', 'Ми невелика служба для біженців у сільській громаді. Більшість родин у порядку, але деякі чоловіки вирішують усе щодо грошей своїх дружин. Нічого термінового. Чи може хтось приїхати і навчити персонал про негативний соціальний контроль?'],
  ['ru', 'Мы небольшая служба для беженцев в сельской коммуне. У большинства семей всё хорошо, но некоторые мужья решают всё о деньгах жён. Ничего срочного. Может ли кто-то приехать и научить персонал о негативном социальном контроле?'],
  ['tr', 'Küçük bir belediyenin mülteci hizmetiyiz. Ailelerin çoğu iyi, ama bazı kocalar eşlerinin parası hakkında her şeye karar veriyor. Acil bir durum yok. Biri gelip personele olumsuz sosyal kontrolü öğretebilir mi?'],
  ['pl', 'Jesteśmy małą służbą dla uchodźców w wiejskiej gminie. Większości rodzin dobrze się wiedzie, ale niektórzy mężowie decydują o pieniądzach żon. Nic pilnego. Czy ktoś mógłby przyjechać i nauczyć pracowników o negatywnej kontroli społecznej?'],
  ['ti', 'ንሕና ንእሽቶ ኣገልግሎት ስደተኛታት ኢና። መብዛሕትኦም ስድራቤታት ጽቡቕ እዮም፣ ግን ገለ ሰብኡት ብዛዕባ ገንዘብ ኣንስቶም ይውስኑ። ህጹጽ ጉዳይ የለን። ሓደ ሰብ መጺኡ ንሰራሕተኛታትና ክምህሩ ይኽእልዶ?'],
];

const onlineInfoBesideEnvoy: readonly Probe[] = [
  ['nb', 'Vi lager en temakveld for foreldre på mottaket. Er det noe info på nett vi kan vise dem? Og hvem er utsendingen for Somalia?'],
  ['nn', 'Vi lagar ein temakveld for foreldre på mottaket. Er det noko info på nett vi kan vise dei? Og kven er utsendingen for Somalia?'],
  ['en', 'We are planning a theme evening for parents at the reception centre. Is there any info online we can show them? And who is the envoy for Somalia?'],
  ['ar', 'نحضّر أمسية توعوية للآباء في مركز الاستقبال. هل توجد معلومات على الإنترنت يمكن أن نعرضها؟ ومن هو المبعوث المسؤول عن الصومال؟'],
  ['so', 'Waxaan diyaarinaynaa kulan wacyigelin ah oo waalidiinta ah. Ma jiraan macluumaad internetka ah oo aan tusi karno? Yaa ah ergayga Soomaaliya?'],
  ['fa', 'برای والدین در کمپ یک جلسه اطلاع رسانی داریم. آیا اطلاعات در اینترنت هست که نشان بدهیم؟ و فرستاده ویژه برای سومالی کیست؟'],
  ['ur', 'ہم والدین کے لیے ایک معلوماتی شام رکھ رہے ہیں۔ کیا انٹرنیٹ پر معلومات ہیں جو ہم دکھا سکیں؟ اور صومالیہ کے لیے خصوصی ایلچی کون ہے؟'],
  ['uk', 'Ми готуємо інформаційний вечір для батьків у центрі прийому. Чи є інформація в інтернеті, яку можна показати? І хто спеціальний посланець для Сомалі?'],
  ['ru', 'Мы готовим информационный вечер для родителей в приёмном центре. Есть ли информация в интернете, которую можно показать? И кто спецпосланник по Сомали?'],
  ['tr', 'Kabul merkezinde ebeveynler için bir bilgilendirme akşamı hazırlıyoruz. Gösterebileceğimiz internette bilgi var mı? Somali için özel temsilci kim?'],
  ['pl', 'Przygotowujemy wieczór informacyjny dla rodziców w ośrodku recepcyjnym. Czy są informacje w internecie, które możemy pokazać? I kto jest specjalnym wysłannikiem dla Somalii?'],
  ['ti', 'ንወለዲ ናይ ሓበሬታ ምሸት ነዳሉ ኣለና። ኣብ ኢንተርነት ሓበሬታ ኣሎዶ ከነርእዮም እንኽእል? ንሶማልያ እቲ ፍሉይ ልኡኽ መን እዩ?'],
];

const materialMadeForYouth: readonly Probe[] = [
  ['nb', 'Jeg er helsesykepleier og vil starte en samtalegruppe for gutter om grenser og respekt, ingen konkret sak. Hvor finner jeg materiell som er laget for ungdom?'],
  ['nn', 'eg er helsesjukepleiar og skal ha ei gruppe for gutar om grenser og kjærleik, ingen konkret sak. kvar finn eg materiell som er laga for ungdom?'],
  ['en', 'I lead a prevention group for girls at a youth club, nothing acute. Where can I find material made for young people about control in the family?'],
];

const advisersAndSchools: readonly Probe[] = [
  ['nb', 'hvor mange mangfoldsrådgivere har vi i Norge? og jobber de på ungdomsskoler også eller bare på videregående'],
  ['nn', 'kor mange mangfaldsrådgivarar har vi i Noreg? og jobbar dei på ungdomsskulen også'],
  ['en', 'how many diversity advisers are there in the country? and are they also at lower secondary schools or only upper secondary'],
  ['ru', 'сколько всего советников по многообразию в Норвегии? и работают ли они в средних школах тоже'],
];

const siteForTeensBesideService: readonly Probe[] = [
  ['nb', 'Hva er e-posten til fagteamet? Jeg trenger også en nettside for tenåringer.'],
  ['nn', 'Kva er e-posten til fagteamet? Eg treng òg ei nettside for tenåringar.'],
  ['en', "What is the expert team's email? I also need a website for teenagers."],
  ['ar', 'ما هو البريد الإلكتروني لفريق fagteamet؟ وأحتاج أيضا موقعا إلكترونيا للمراهقين'],
  ['so', 'Waa maxay email-ka fagteamet? Waxaan sidoo kale u baahanahay website loogu talagalay dhalinyarada.'],
  ['fa', 'ایمیل fagteamet چیست؟ یک وب‌سایت برای نوجوانان هم لازم دارم'],
  ['ur', 'fagteamet کا ای میل کیا ہے؟ مجھے نوجوانوں کے لیے ایک ویب سائٹ بھی چاہیے'],
  ['uk', 'Яка електронна адреса fagteamet? Мені також потрібен сайт для молоді.'],
  ['ru', 'Какой адрес электронной почты у fagteamet? Мне также нужен сайт для молодёжи.'],
  ['tr', "fagteamet'in e-posta adresi nedir? Gençler için bir web sitesi de lazım."],
  ['pl', 'Jaki jest adres e-mail fagteamet? Potrzebuję też strony internetowej dla młodzieży.'],
  ['ti', 'ኢመይል ናይ fagteamet እንታይ እዩ? ንመንእሰያት ዝኸውን ዌብሳይት እውን የድልየኒ።'],
];

/** A case at hand beside the same wish for teaching: the teaching words never calm it. */
const caseBesideTeaching: readonly Probe[] = [
  ['nb', 'Kan noen komme og lære de ansatte om tvangsekteskap? En elev sier at hun skal giftes bort i Pakistan neste uke og hun er livredd.'],
  ['nn', 'Kan nokon kome og lære dei tilsette om tvangsekteskap? Ei elev seier at ho skal giftast bort i Pakistan neste veke og ho er livredd.'],
  ['en', 'Could someone come and teach our colleagues about forced marriage? A pupil told me she will be married off in Pakistan next week and she is terrified.'],
];

describe('need40: every part of two needs and long stories answered', () => {
  const runner = conversationRunnerPerFile();

  it.each(trainingBesideFigure)('1. the figure and whom to contact for training (%s): %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['2024'], ['post@imdi.no']]);
    const view = await runner.turn(lang, message);
    expect(view.answers).toBe(2);
    expect(view.emergency).toBe(false);
  });

  it.each(staffTaughtNoCase)('2. teaching the staff, no case: the expert team, calm (%s): %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['post@imdi.no']]);
    expect((await runner.turn(lang, message)).emergency).toBe(false);
  });

  it.each(onlineInfoBesideEnvoy)('3. information online beside the envoy (%s): %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['Nora', 'imdi.no/nora', 'ung.no'], ['Nairobi']]);
    expect((await runner.turn(lang, message)).emergency).toBe(false);
  });

  it.each(materialMadeForYouth)('3. material made for young people, end of a calm story (%s): %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['Nora', 'imdi.no/nora', 'ung.no']]);
    expect((await runner.turn(lang, message)).emergency).toBe(false);
  });

  it.each(advisersAndSchools)('4. how many advisers, and do they work in lower-secondary schools (%s): %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['59']]);
    const view = await runner.turn(lang, message);
    expect(view.answers).toBe(2);
    expect(view.emergency).toBe(false);
  });

  it.each(siteForTeensBesideService)('5. a site for teenagers beside a service\'s e-mail (%s): %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['post@imdi.no'], ['Nora', 'imdi.no/nora', 'ung.no']]);
    expect((await runner.turn(lang, message)).emergency).toBe(false);
  });

  it.each(caseBesideTeaching)('safety: a case at hand beside a wish for teaching keeps the emergency card (%s): %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(true);
  });
});
