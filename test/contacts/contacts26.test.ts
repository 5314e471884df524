import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { planSteps } from '../../src/contacts/plan-contacts';
import type { Lang } from '../../src/language/languages';
import type { Role } from '../../src/understanding/role-reader';
import { loadScopeReader } from '../../src/understanding/scope-reader';
import { directory, noAdvisers, places } from './contact-fixtures';

const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });
const ids = (query: Parameters<typeof planSteps>[0]) => planSteps(query, directory).map((s) => s.serviceId);

describe('the police asked for when it is not an emergency: 02800, not 112', () => {
  it.each<[Lang, string]>([
    ['nb', 'Hva er nummeret til politiet når det ikke er en nødsituasjon?'],
    ['nn', 'Kva nummer har politiet når det ikkje hastar?'],
    ['en', 'What number do I ring for the police if nobody is in danger right now?'],
    ['ar', 'كيف اتصل بالشرطة اذا الشي مش طوارئ'],
    ['ar', 'رقم البوليس لما ما تكون حالة طوارئ'],
    ['so', 'Waa maxay lambarka booliska haddii aysan ahayn xaalad degdeg ah?'],
    ['fa', 'شماره پولیس وقتی موضوع اضطراری نیست چند است؟'],
    ['ur', 'پولیس کا نمبر کیا ہے اگر معاملہ ایمرجنسی نہیں ہے؟'],
    ['uk', 'Який номер поліції, якщо ситуація не екстрена?'],
    ['ru', 'Какой номер полиции, если дело не срочное?'],
    ['tr', 'Acil olmayan durumlarda polisin numarası ne?'],
    ['pl', 'Jaki jest numer na policję, gdy sprawa nie jest pilna?'],
    ['ti', 'ህጹጽ ዘይኮነ ጉዳይ ቁጽሪ ፖሊስ እንታይ እዩ?'],
  ])('%s: %s', (lang, message) => {
    expect(recognizer.read(message, lang)?.query.serviceId).toBe('police');
  });

  it('an emergency asked for is still 112', () => {
    expect(recognizer.read('شو رقم الشرطة للطوارئ؟', 'ar')?.query.serviceId).toBe('police-emergency');
  });
});

describe('a manager asking, in a story of a past case, whether someone can train the staff: IMDi\'s expert team and RVTS', () => {
  it.each<[Lang, string]>([
    ['nb', 'Vi i voksenopplæringen hadde en elev som ble giftet bort for lenge siden, men nå er alt i orden. Lederen min spør om noen kan komme og holde kurs for lærerne om æresrelatert vold. Hvem kontakter vi?'],
    ['nn', 'Vi i flyktningtenesta hadde ei sak om tvangsekteskap for fleire år sidan, no er det over. Leiaren min spør om nokon kan halde kurs for heile personalet. Kven tek vi kontakt med?'],
    ['en', "Our refugee service had a forced-marriage case a few years back; it's resolved now and she's fine. My manager is asking whether someone could run a course for all our staff on honour-based violence. Who do we contact?"],
    ['ar', 'في خدمة اللاجئين عندنا كانت هناك حالة زواج قسري قبل سنوات، والآن انتهت والحمد لله. مديري يسأل إذا كان هناك من يقدم دورة تدريبية لكل الموظفين. بمن نتصل؟'],
    ['so', 'Adeegga qaxootiga ee aan ka shaqeeyo waxaa jirtay kiis guur qasab ah sannado ka hor, hadda wuu dhammaaday. Maamulahaygu wuxuu weydiinayaa in qof koorso u qaban karo dhammaan shaqaalaha. Yaan la xiriirnaa?'],
    ['fa', 'در خدمات پناهندگان ما چند سال پیش یک مورد ازدواج اجباری داشتیم که حالا حل شده است. مدیرم می\u200cپرسد آیا کسی می\u200cتواند برای همه کارمندان دوره آموزشی برگزار کند. با چه کسی تماس بگیریم؟'],
    ['ur', 'ہماری پناہ گزین سروس میں چند سال پہلے جبری شادی کا ایک کیس تھا، اب سب ٹھیک ہے۔ میرے باس پوچھ رہے ہیں کہ کیا کوئی ہمارے پورے عملے کے لیے تربیت دے سکتا ہے۔ ہم کس سے رابطہ کریں؟'],
    ['uk', 'У нашій службі для біженців кілька років тому був випадок примусового шлюбу, зараз усе владнано. Моя керівниця питає, чи може хтось провести навчання для всього персоналу. До кого звернутися?'],
    ['ru', 'В нашей службе для беженцев несколько лет назад был случай принудительного брака, сейчас всё позади. Начальник спрашивает, может ли кто-нибудь провести обучение для всех сотрудников. К кому обратиться?'],
    ['tr', 'Mülteci hizmetimizde birkaç yıl önce bir zorla evlendirme vakası vardı, artık çözüldü. Müdürüm soruyor: tüm personel için eğitim verebilecek biri var mı? Kime başvuralım?'],
    ['pl', 'W naszym biurze dla uchodźców kilka lat temu był przypadek przymusowego małżeństwa, teraz wszystko jest w porządku. Kierowniczka pyta, czy ktoś mógłby przeprowadzić szkolenie dla całego personelu. Do kogo się zwrócić?'],
    ['ti', 'ኣብ ኣገልግሎት ስደተኛታት ቅድሚ ገለ ዓመታት ጉዳይ ብግዲ መርዓ ነይሩ፡ ሕጂ ተፈቲሑ እዩ። ሓላፊየይ ንኹሎም ሰራሕተኛታት ስልጠና ዝህብ ሰብ እንተሎ ይሓትት። ንመን ንረኽብ?'],
  ])('%s: %s', (lang, message) => {
    const query = recognizer.read(message, lang)?.query;
    expect(query?.training).toBe(true);
    expect(ids(query ?? {}).slice(0, 2)).toEqual(['expert-team', 'rvts']);
  });
});

describe('"a few years ago" in Dari, Urdu and Arabic dates the story and asks for no figure', () => {
  it.each<[Lang, string]>([
    ['fa', 'چند سال پیش در مدرسه ما یک مورد بود. ما دوره آموزشی برای کارمندان می‌خواهیم. با چه کسی تماس بگیریم؟'],
    ['ur', 'چند سال پہلے ہمارے اسکول میں ایک کیس تھا۔ ہم عملے کے لیے تربیت چاہتے ہیں۔ کس سے رابطہ کریں؟'],
    ['ar', 'قبل كم سنة كانت عندنا حالة في المدرسة. نريد دورة تدريبية للموظفين. بمن نتصل؟'],
  ])('%s: who trains the staff', (lang, message) => {
    expect(recognizer.read(message, lang)?.query.training).toBe(true);
  });

  it('fa: "how many" asked is still a figure', () => {
    expect(recognizer.read('کمپتانسه‌تیم در سال ۲۰۲۳ چند مورد داشت؟', 'fa')?.query.training).toBeUndefined();
  });
});

describe('parents who want to prevent it in their community, after a case long over, ask for the organisations', () => {
  it.each<[Lang, string]>([
    ['nb', 'Datteren min ble giftet bort mot sin vilje for mange år siden, men i dag har hun det godt. Nå vil noen av oss foreldre snakke om dette i miljøet vårt, så det ikke skjer med andre jenter. Finnes det en organisasjon som kan hjelpe oss?'],
    ['nn', 'Syster mi vart gift bort for lenge sidan, men no går det bra med henne. Vi er nokre kvinner som vil ta opp dette i miljøet vårt, slik at det ikkje skjer med andre. Finst det ein organisasjon som kan hjelpe oss?'],
    ['en', "My cousin was forced to marry years ago; she's divorced now and doing well. A few of us mums want to raise this in our community so it doesn't happen to other girls. Is there an organisation that could support us?"],
    ['ar', 'ابنة أختي تزوجت بالإكراه قبل سنوات، والآن هي بخير والحمد لله. نحن مجموعة أمهات نريد أن نتحدث عن هذا في مجتمعنا حتى لا يحدث لبنات أخريات. هل توجد منظمة تساعدنا؟'],
    ['so', 'Gabadh qaraabadayda ah ayaa sannado ka hor lagu qasbay guur, hadda way fiican tahay. Hooyooyin ahaan waxaan rabnaa inaan bulshadeena kala hadalno si aysan ugu dhicin gabdho kale. Ma jiraa urur na caawin kara?'],
    ['fa', 'دختر خاله\u200cام سال\u200cها پیش به زور شوهر داده شد، حالا طلاق گرفته و خوب است. ما چند مادر می\u200cخواهیم در جامعه خودمان در این باره صحبت کنیم تا برای دختران دیگر اتفاق نیفتد. آیا سازمانی هست که به ما کمک کند؟'],
    ['ur', 'میری کزن کی شادی کئی سال پہلے زبردستی کی گئی تھی، اب وہ ٹھیک ہے۔ ہم چند مائیں اپنی برادری میں اس پر بات کرنا چاہتی ہیں تاکہ دوسری لڑکیوں کے ساتھ ایسا نہ ہو۔ کیا کوئی تنظیم ہماری مدد کر سکتی ہے؟'],
    ['uk', 'Мою племінницю багато років тому примусово видали заміж, зараз вона розлучена і в неї все добре. Кілька матерів хочуть говорити про це у нашій громаді, щоб таке не сталося з іншими дівчатами. Чи є організація, яка може нам допомогти?'],
    ['ru', 'Мою двоюродную сестру много лет назад насильно выдали замуж, сейчас она в разводе и у неё всё хорошо. Мы, несколько мам, хотим говорить об этом в нашей общине, чтобы такое не случилось с другими девочками. Есть ли организация, которая может нам помочь?'],
    ['tr', 'Yeğenim yıllar önce zorla evlendirildi, şimdi boşandı ve iyi. Birkaç anne olarak bunu topluluğumuzda konuşmak istiyoruz ki başka kızların başına gelmesin. Bize yardım edebilecek bir kuruluş var mı?'],
    ['pl', 'Moja siostrzenica wiele lat temu została zmuszona do ślubu, teraz jest rozwiedziona i ma się dobrze. Kilka matek chce rozmawiać o tym w naszej społeczności, żeby to nie przydarzyło się innym dziewczynom. Czy jest organizacja, która może nam pomóc?'],
    ['ti', 'ጓል ሓብተይ ቅድሚ ብዙሕ ዓመታት ብግዲ ተመርዓወት፡ ሕጂ ተፈቲሓ ጽቡቕ ኣላ። ንሕና ገለ ኣዴታት ኣብ ማሕበረሰብና ብዛዕባ እዚ ክንዛረብ ንደሊ፡ ምእንቲ ኣብ ካልኦት ኣዋልድ ከይበጽሕ። ክሕግዘና ዝኽእል ትካል ኣሎ ድዩ?'],
  ])('%s: %s', (lang, message) => {
    const query = recognizer.read(message, lang)?.query;
    expect(query?.volunteer).toBe(true);
    expect(ids(query ?? {}).slice(0, 2)).toEqual(['seif', 'rode-kors-telefonen']);
  });
});

describe('a support group sought for someone whose forced marriage is long over: the voluntary organisations first', () => {
  it.each<[Lang, string]>([
    ['nb', 'En pasient fra Irak ble tvangsgiftet for femten år siden, men er skilt og har det trygt nå. Hun ønsker å møte andre med samme erfaring, kanskje en støttegruppe. Hvor kan jeg henvise henne?'],
    ['nn', 'Ei kvinne frå Somalia eg følgjer opp vart gift bort som ung, men det er lenge sidan og ho er trygg no. Ho vil gjerne ha ei støttegruppe. Kvar kan ho vende seg?'],
    ['en', "One of my clients from Afghanistan was married off as a teenager; that was twenty years ago and she's safe now. She'd like a support group with others who've been through it. Where could I refer her?"],
    ['ar', 'مريضة من العراق زوجوها بالإكراه قبل عشرين سنة، والآن هي مطلقة وآمنة. تريد أن تنضم إلى مجموعة دعم مع نساء مررن بنفس التجربة. إلى أين أوجهها؟'],
    ['so', 'Bukaan ka timid Soomaaliya ayaa guur qasab ah lagu sameeyay muddo dheer ka hor, hadda way nabad qabtaa. Waxay rabtaa koox taageero oo dumar la mid ah. Xagee u diri karaa?'],
    ['fa', 'یکی از مراجعانم از افغانستان سال\u200cها پیش به زور ازدواج کرد، اما حالا جدا شده و مشکلی ندارد. او دنبال یک گروه حمایتی است. کجا معرفیش کنم؟'],
    ['ur', 'میری ایک مریضہ، جو پاکستان سے ہے، کی شادی بیس سال پہلے زبردستی ہوئی تھی، اب وہ محفوظ ہے۔ وہ کسی سپورٹ گروپ میں شامل ہونا چاہتی ہے۔ میں اسے کہاں بھیجوں؟'],
    ['uk', 'Моя пацієнтка з Чечні багато років тому була примусово видана заміж, зараз вона розлучена і в безпеці. Вона хоче знайти групу підтримки. Куди її можна направити?'],
    ['ru', 'Моя клиентка из Дагестана когда-то давно была выдана замуж насильно, сейчас она в безопасности. Она ищет группу поддержки. Куда её направить?'],
    ['tr', 'Suriyeli bir danışanım yıllar önce zorla evlendirildi, şimdi boşandı ve güvende. Benzer şeyler yaşamış kadınlarla bir destek grubuna katılmak istiyor. Onu nereye yönlendirebilirim?'],
    ['pl', 'Moja pacjentka z Czeczenii dawno temu została zmuszona do małżeństwa, teraz jest bezpieczna. Szuka grupy wsparcia. Gdzie mogę ją skierować?'],
    ['ti', 'ሓንቲ ካብ ኤርትራ ዝመጸት ሓካሚተይ ቅድሚ ነዊሕ እዋን ብግዲ ተመርዓወት፡ ሕጂ ውሕስቲ እያ። ጉጅለ ደገፍ ትደሊ ኣላ። ናበይ ክሰዳ?'],
  ])('%s: %s', (lang, message) => {
    const query = recognizer.read(message, lang)?.query;
    expect(query?.volunteer).toBe(true);
    expect(ids(query ?? {}).slice(0, 2)).toEqual(['seif', 'rode-kors-telefonen']);
  });
});

describe('where a person comes from, with no journey told, makes no case abroad when she is to talk to someone herself', () => {
  it.each<[Lang, string]>([
    ['ru', 'У меня много пациенток из Чечни. Одна давно развелась, всё спокойно. Сейчас она хочет поговорить с кем-то. Куда её можно направить?'],
    ['nb', 'Hun kommer fra Somalia og bor her med barna sine. Hun vil snakke med noen om presset fra familien. Hvem kan hun ringe?'],
  ])('%s: no envoy', (lang, message) => {
    const query = recognizer.read(message, lang)?.query;
    expect(query?.country).toBeUndefined();
    expect(ids(query ?? {})).not.toContain('envoy-ankara');
  });
});

describe('relatives who say a parent gives a child too much freedom keep a story with a sport in it in the field', () => {
  const scope = loadScopeReader();
  it.each<[Lang, string]>([
    ['nb', 'Sønnen min spiller fotball tre ganger i uka. Onkelen hans ringer stadig og sier at jeg gir ham for mye frihet. Hvor kan jeg få råd uten å si navnet mitt?'],
    ['nn', 'Dottera mi spelar fotball og trivst godt. Slekta ringjer og seier ho har for mykje fridom. Kvar kan eg få råd utan å seie namnet mitt?'],
    ['en', 'My daughter plays football and loves it. My in-laws keep phoning to say I give her too much freedom. Is there somewhere I can get advice anonymously?'],
    ['ar', 'ابنتي تلعب كرة القدم وتحبها. أقاربي يتصلون ويقولون إنني أعطيها حرية كثيرة. أين أجد نصيحة دون ذكر اسمي؟'],
    ['so', 'Gabadhaydu waxay ciyaartaa kubadda cagta. Qaraabadaydu waxay igu yiraahdaan xorriyad badan ayaad siisay. Xagee ka heli karaa talo anigoo aan magacayga sheegin?'],
    ['fa', 'دخترم فوتبال بازی می\u200cکند. فامیل\u200cهایم زنگ می\u200cزنند و می\u200cگویند به او آزادی زیاد داده\u200cام. کجا می\u200cتوانم بدون ذکر نام مشوره بگیرم؟'],
    ['ur', 'میری بیٹی فٹ بال کھیلتی ہے۔ رشتہ دار فون کر کے کہتے ہیں کہ میں نے اسے بہت زیادہ آزادی دی ہے۔ نام بتائے بغیر مشورہ کہاں مل سکتا ہے؟'],
    ['uk', 'Моя донька грає у футбол. Родичі дзвонять і кажуть, що я даю їй забагато свободи. Де можна анонімно отримати пораду?'],
    ['ru', 'Моя дочь играет в футбол. Родственники звонят и говорят, что я даю ей слишком много свободы. Где можно анонимно получить совет?'],
    ['tr', 'Kızım futbol oynuyor. Akrabalarım arayıp ona fazla özgürlük verdiğimi söylüyor. İsmimi vermeden nereden tavsiye alabilirim?'],
    ['pl', 'Moja córka gra w piłkę nożną. Krewni dzwonią i mówią, że daję jej za dużo wolności. Gdzie mogę anonimowo dostać radę?'],
    ['ti', 'ጓለይ ኩዕሶ እግሪ ትጻወት። ኣዝማደይ ብተሌፎን ብዙሕ ናጽነት ሂብኪያ ኢሎም ይጭቅጭቑኒ። ስመይ ከይሃብኩ ምኽሪ ኣበይ ክረክብ እኽእል?'],
  ])('%s: in scope, and advice asked anonymously gets the lines', (lang, message) => {
    expect(scope.read(message, new Set()).outOfScope).toEqual([]);
    expect(recognizer.read(message, lang)?.query.anonymous).toBe(true);
  });
});

describe('a professional asking to discuss a case without names: Kompetanseteamet, before the Red Cross line', () => {
  it.each<[Lang, Role, string]>([
    ['nb', 'police', 'Jeg er politibetjent. En jente på 16 sier at familien skal gifte henne bort. Kan jeg drøfte saken anonymt med noen?'],
    ['nn', 'school', 'Eg er lærar. Ein elev på 15 fortel om tvangsekteskap. Kan eg drøfte saka anonymt med nokon?'],
    ['en', 'school-health', "I'm a school nurse. A 15-year-old says her parents plan to marry her off. Can I discuss the case anonymously with someone?"],
    ['ar', 'police', 'أنا شرطي. فتاة عمرها 16 سنة تقول إن أهلها سيزوجونها. هل يمكنني استشارة أحد دون ذكر اسمها؟'],
    ['so', 'school', 'Waxaan ahay bare. Arday 15 jir ah ayaa sheegtay in guur lagu qasbayo. Ma la tashan karaa qof anigoo aan magaceeda sheegin?'],
    ['fa', 'school', 'من معلم هستم. یک شاگرد ۱۵ ساله می\u200cگوید خانواده\u200cاش می\u200cخواهند او را شوهر بدهند. آیا می\u200cتوانم بدون ذکر نام او با کسی مشوره کنم؟'],
    ['ur', 'police', 'میں پولیس افسر ہوں۔ ایک 16 سالہ لڑکی کہتی ہے کہ گھر والے اس کی شادی کرنا چاہتے ہیں۔ کیا میں نام بتائے بغیر کسی سے مشورہ کر سکتا ہوں؟'],
    ['uk', 'police', 'Я поліцейський. Дівчина 16 років каже, що батьки хочуть видати її заміж. Чи можна анонімно порадитися з кимось?'],
    ['ru', 'school', 'Я учитель. Ученица 15 лет говорит, что её хотят выдать замуж. Можно ли анонимно посоветоваться с кем-то?'],
    ['tr', 'police', 'Ben polisim. 16 yaşında bir kız ailesinin onu evlendirmek istediğini söylüyor. İsmini vermeden birine danışabilir miyim?'],
    ['pl', 'police', 'Jestem policjantem. Szesnastolatka mówi, że rodzina chce ją wydać za mąż. Czy mogę anonimowo skonsultować sprawę?'],
    ['ti', 'school', 'ኣነ መምህር እየ። ሓንቲ ተማሃሪት 15 ዓመት ስድራኣ ብግዲ ክምርዕውዋ ከም ዝደልዩ ትብል። ብዘይ ስም ምስ ሰብ ክመያየጥ እኽእል ድየ?'],
  ])('%s (%s): %s', (lang, askerRole, message) => {
    const query = recognizer.read(message, lang)?.query;
    expect(query?.anonymous).toBe(true);
    const plan = ids({ ...query, askerRole });
    expect(plan).toContain('kompetanseteamet');
    expect(plan.indexOf('kompetanseteamet')).toBeLessThan(plan.indexOf('rode-kors-telefonen'));
  });

  it('a parent asking the same still gets the Red Cross line first', () => {
    const plan = ids({ anonymous: true, askerRole: 'parent' });
    expect(plan[0]).toBe('rode-kors-telefonen');
  });

  it('child welfare named by the officer stays first', () => {
    expect(ids({ serviceId: 'child-welfare', anonymous: true, minor: true, askerRole: 'police' }).slice(0, 3)).toEqual(['child-welfare', 'kompetanseteamet', 'rode-kors-telefonen']);
  });
});

describe('housing and support for an exposed adult, and who coordinates it: Kompetanseteamet first', () => {
  it.each<[Lang, string]>([
    ['nb', 'Hun er 24 og har brutt med familien etter trusler. Finnes det et bo- og støttetilbud for voksne i en slik situasjon? Hvem koordinerer det?'],
    ['nn', 'Ho er 22 og har brote med familien. Finst det eit bu- og støttetilbod for vaksne? Kven koordinerer det?'],
    ['en', "She's 25 and broke with her family after threats. Is there housing and support for adults in her situation? Who coordinates it?"],
    ['ar', 'عمرها 24 سنة وقطعت علاقتها مع عائلتها. هل يوجد السكن والدعم للبالغين؟ من يساعد؟'],
    ['so', "Waa 24 jir, qoyskeedana way ka go'day. Ma jiraa hoy iyo taageero dadka waaweyn? Yaa caawin kara?"],
    ['fa', 'او ۲۴ ساله است و از خانواده\u200cاش جدا شده. آیا مسکن و حمایت برای بزرگسالان وجود دارد؟ چه کسی می تواند کمک کند؟'],
    ['ur', 'وہ 24 سال کی ہے اور خاندان سے الگ ہو گئی ہے۔ کیا بالغوں کے لیے رہائش اور مدد ملتی ہے؟ کون مدد کر سکتا ہے؟'],
    ['uk', 'Їй 24 роки, вона розірвала стосунки з родиною. Чи є житло та підтримка для дорослих? Хто може допомогти?'],
    ['ru', 'Ей 24 года, она порвала с семьёй. Есть ли жильё и поддержка для взрослых? Кто может помочь?'],
    ['tr', '24 yaşında ve ailesiyle bağını kopardı. Yetişkinler için barınma ve destek var mı? Kim yardım edebilir?'],
    ['pl', 'Ma 24 lata i zerwała z rodziną. Czy jest mieszkanie i wsparcie dla dorosłych? Kto może pomóc?'],
    ['ti', 'ዕድመኣ 24 እዩ፡ ካብ ስድራኣ ተፈሊያ። ንዓበይቲ መንበሪ ገዛን ደገፍን ኣሎ ድዩ? መን ክሕግዝ ይኽእል?'],
  ])('%s: %s', (lang, message) => {
    const query = recognizer.read(message, lang)?.query;
    expect(query?.housing).toBe(true);
    expect(ids(query ?? {})[0]).toBe('kompetanseteamet');
  });
});
