import { createDangerReader } from '../../src/understanding/danger-reader';
import { type Concept, createSituationReader, type CueFile, loadSituationReader, type SituationRules } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

// (was situation-described.test.ts)

describe('situation reader: danger and cases only described', () => {
  /**
   * Danger and concrete cases that are only described, in the words people really use: a month or a holiday as the
   * time ("i august", "fasaxa ciidda"), a passport kept by the father, a girl who has not come back and whose phone is
   * off, a pupil taken out of school, a death threat said as an idiom ("get rid of her", "wash the shame"), an engagement
   * or a henna night, a cutting called "purification", "stay there and get married", a third person's age ("ей 14").
   * Each sentence was written for this test (content/understanding/situation/<lang>.json holds the words); the concept
   * it is about must be read, and the message must get the emergency card or the "call 112 if acute" line.
   */
  const reader = loadSituationReader();
  const CASES: ReadonlyArray<readonly [string, Concept, string]> = [
    ['nb', 'season', 'Eleven min på 15 sier at hun skal forloves når familien drar på ferie i august.'],
    ['nb', 'threat', 'Broren sa at han skal gjøre det av med henne hvis hun fortsetter å treffe kjæresten.'],
    ['nb', 'locked', 'En elev i 9. klasse er tatt ut av skolen av faren og sitter hjemme hver dag.'],
    ['nn', 'notBack', 'Ei elev kom ikkje heim etter juleferien, og mobilen hennar er av.'],
    ['en', 'confiscated', 'Her father keeps her passport in a locked drawer, so she cannot travel anywhere.'],
    ['en', 'neverReturn', 'Her aunt told her the plan is that she will stay there and get married.'],
    ['en', 'notBack', 'My student went to visit relatives in June and nobody has heard from her since.'],
    ['en', 'cuttingPlanned', "A mother said her daughter will be purified at her grandmother's during the Eid holidays."],
    ['ar', 'notBack', 'صديقتي سافرت مع أهلها ولم ترجع، وجوالها مقفل من أسبوعين'],
    ['ar', 'threat', 'أخوها قال إنه رح يخلص عليها إذا ما تركت صاحبها'],
    ['so', 'confiscated', 'Aabbaheed ayaa qaatay baasaboorkeeda, hadda ma safri karto.'],
    ['so', 'cuttingPlanned', 'Ayeeyadeed waxay tiri gabadha yar waa la gudi doonaa fasaxa ciidda.'],
    ['fa', 'neverReturn', 'معلم هستم. مادر یکی از شاگردانم گفت دخترش آنجا می‌ماند و همانجا ازدواج می‌کند.'],
    ['fa', 'minor', 'یک دختر ۱۴ ساله در کلاس ما نامزد شده است.'],
    ['ur', 'minor', 'meri class ki ek 14 saal ki larki ki mangni ho gayi hai aur agle saal nikah hai'],
    ['ur', 'locked', 'uske abbu ne uska school chhurwa diya hai aur woh ghar par hai'],
    ['uk', 'threat', 'Батьки сказали, що позбудуться її, якщо вона не послухається.'],
    ['ru', 'notBack', 'Ученица уехала к бабушке и так и не вернулась, телефон отключен.'],
    ['ru', 'honour', 'Родители хотят отправить сына на перевоспитание к родственникам.'],
    ['tr', 'threat', 'Amcası namusunu temizleyeceğini söylemiş, kız çok korkuyor.'],
    ['tr', 'locked', 'Babası kızı okuldan aldı ve evde tutuyor.'],
    ['tr', 'cutting', 'Annesi 12 yaşındaki kızını bu yaz memlekette sünnet ettirmek istiyor.'],
    ['pl', 'season', 'Uczennica (15) ma być wydana za kuzyna podczas wakacji.'],
    ['pl', 'threat', 'Ojciec groził jej, że pożałuje, jeśli nie wróci do domu.'],
    ['ti', 'wedding', 'ዕድመይ 15 እዩ፣ ስድራይ ብግዲ ክምርዓው ይደልዩ'],
    ['ti', 'cuttingPlanned', 'ስድራ ነታ ንእሽቶ ጓል ክግዝርዋ ይደልዩ ኣለዉ'],
  ];
  /** Statistics and general questions that name the same harms: neither the emergency card nor the acute line. */
  const CALM = [
    'Hvor mange saker om trusler og vold hadde Kompetanseteamet i 2022?',
    'Сколько было угроз и насилия в 2022 году по данным Kompetanseteamet?',
    'Скільки погроз зафіксувала Kompetanseteamet у 2023 році?',
    'Kor mange saker om trugsmål hadde dei i fjor?',
    'تعداد پرونده های تهدید در سال ۲۰۲۲ چند بود؟',
    'كم عدد حالات التهديد في سنة 2022؟',
  ];
  /** Everyday sentences that use the same words harmlessly ("we'll see what happens", "the helpline isn't answering"). */
  const EVERYDAY = [
    'Vi får se hva som skjer med saken etter møtet.',
    'Hvem kan ta seg av henne mens moren er på kurs?',
    'Who will pay for this course for our staff?',
    "The helpline isn't answering, is there another number?",
    'How should we deal with her parents tomorrow?',
    'Что грозит родителям за принудительный брак по закону?',
    "Kompetanseteamet'e ulaşamıyorum, başka numara var mı?",
    'Jeg har tatt med idrettstøy til eleven i dag.',
    'Svaret fra kommunen har ikke kommet ennå.',
    "Oğlumun sünnet düğünü için yazın Türkiye'ye gidiyoruz.",
  ];

  it.each(CASES)('%s: reads %s and flags the message', (_lng, concept, text) => {
    const read = reader.read(text);
    expect(read.concepts.has(concept)).toBe(true);
    expect(read.danger.length + read.concern.length).toBeGreaterThan(0);
  });

  it.each(CALM.map((t) => [t] as const))('a question about numbers is calm: %s', (text) => {
    const read = reader.read(text);
    expect(read.danger).toEqual([]);
    expect(read.concepts.has('threat')).toBe(false);
  });

  it.each(EVERYDAY.map((t) => [t] as const))('an everyday sentence is calm: %s', (text) => {
    const read = reader.read(text);
    expect(read.danger).toEqual([]);
    expect(read.concern).toEqual([]);
  });

  it('a word of one language is not a cue in another (Nynorsk "hennar" is not a henna night)', () => {
    expect(reader.read('Eg snakka med mor hennar om korleis dottera har det på skulen.').concepts.has('wedding')).toBe(false);
  });

  it('a boy\'s circumcision party in Turkish is not a cutting (the Somali "sunne" no longer matches "sünnet")', () => {
    expect(reader.read('Oğlumun sünnet düğünü ne zaman olacak?').concepts.has('cutting')).toBe(false);
  });

  it('the Dari word for the school holiday is not the Urdu bride\'s farewell', () => {
    expect(reader.read('بعد از رخصتی مکتب دوباره شروع می شود').concepts.has('wedding')).toBe(false);
  });

  it('an age in Persian or Arabic-Indic digits is an age', () => {
    expect(reader.read('دختر ۱۵ ساله').concepts.has('minor')).toBe(true);
    expect(reader.read('عمرها ١٥ سنة').concepts.has('minor')).toBe(true);
  });
});

// (was situation-described-danger.test.ts)

/**
 * Danger only described, on a first turn (blind sets 12 and 13, as classes): a cutting planned for a coming holiday
 * and said with a euphemism ('will be made clean / pure', 'a real woman'); a friend not back at school since the
 * holiday, or 'they won't let me come back'; a forced marriage or remarriage of a particular person, a child pushed into one even when asked as a duty question; despair said in a
 * subordinate clause. Each is danger or a concern (the answer with '112 if acute' on top). One sentence per language
 * and class, written for this test.
 */
const reader = loadSituationReader();
const flagged = (text: string): boolean => {
  const read = reader.read(text);
  return read.danger.length + read.concern.length > 0;
};

const CUTTING_EUPHEMISM_HOLIDAY: ReadonlyArray<readonly [string, string]> = [
  ['nb', 'Helsesøster her: en far sa at datteren på 6 skal bli ren hos farmoren i vinterferien.'],
  ['nn', 'Ei mor på helsestasjonen sa at dei skal la ei dame gjere jenta rein i juleferien.'],
  ['en', 'A dad at nursery told me his daughter will be made pure by her grandmother during the autumn holiday.'],
  ['so', 'Aabbe ayaa ii sheegay in gabadhiisa la nadiifin doono fasaxa xagaaga.'],
  ['ti', 'ሓደ ኣቦ ንጓሉ ኣብ ክረምቲ ክገዝርዋ እዮም ኢሉኒ።'],
  ['tr', 'Bir baba, kızının yaz tatilinde gerçek bir kadın olacağını söyledi.'],
  ['ar', 'قال أب إن ابنته سيطهرونها في العطله الصيفيه عند جدتها.'],
  ['fa', 'یک مادر گفت در تعطیلات تابستان دخترش را پیش مادربزرگ پاکش میکنن.'],
  ['ur', 'ek maa ne bataya ke garmiyon ki chhuttiyon mein beti ko paak kar denge.'],
  ['uk', 'Мати сказала, що на осінніх канікулах бабуся зробить доньку справжньою жінкою.'],
  ['ru', 'Отец сказал, что летом бабушка сделает дочку настоящей женщиной.'],
  ['pl', 'Matka powiedziała, że w wakacje córka zostanie oczyszczona u babci.'],
];

const CUTTING_AS_THE_TRADITION: ReadonlyArray<readonly [string, string]> = [
  ['so', 'Aabbe ayaa sheegay in gabadhiisa lagu samayn doono dhaqanka xagaaga.'],
  ['ti', 'ኣቦ ንጓሉ ኣብ ክረምቲ ባህሊ ክገብሩላ እዮም ኢሉ።'],
  ['tr', 'Baba, kızına yaz tatilinde geleneği yaptıracağını söyledi.'],
  ['ar', 'قال أب إن ابنته ستخضع للتقليد في الصيف.'],
  ['fa', 'پدری گفت دخترش در تابستان طبق رسم پاک میشه.'],
  ['ur', 'ek baap ne kaha ke garmiyon mein beti ki rasam hogi.'],
];

const FRIEND_NOT_BACK: ReadonlyArray<readonly [string, string]> = [
  ['nb', 'Bestevenninna mi har ikke vært på skolen siden sommerferien.'],
  ['nn', 'Venen min skreiv at dei slepp meg ikkje heim frå Somalia.'],
  ['en', 'My best friend has not been back at school since the winter break.'],
  ['so', 'Saaxiibkay dugsiga ma iman tan iyo fasaxii ciidda.'],
  ['ti', 'መሓዛይ ካብ ክረምቲ ናብ ቤት ትምህርቲ ኣይመጸትን።'],
  ['tr', 'Arkadaşım bayramdan beri okula gelmedi.'],
  ['ar', 'صديقتي لم تعد الى المدرسه بعد العطله.'],
  ['fa', 'دوستم بعد از تعطیلات به مدرسه برنگشته.'],
  ['ur', 'meri dost chhuttiyon ke baad school wapas nahi aayi.'],
  ['uk', 'Моя подруга не повернулася до школи після літа.'],
  ['ru', 'Моя одноклассница не вернулась в школу после лета.'],
  ['pl', 'Moja koleżanka nie wróciła do szkoły po wakacjach.'],
];

const MARRIAGE_OF_A_PERSON: ReadonlyArray<readonly [string, string]> = [
  ['en', 'Our client (24) says her brothers are pushing her into marriage with a man in Syria.'],
  ['en', "Our client's sister (27) is being made to fly to Yemen to remarry."],
  ['nb', 'Onkelen sier de skal finne en kone til ham i Pakistan.'],
  ['nn', 'Foreldra vil finne ei kone til han i Irak.'],
  ['ar', 'أهله يبحثون له عن زوجه في العراق.'],
  ['fa', 'پدرش میخواد براش زن پیدا کنن در افغانستان.'],
  ['tr', 'Kursiyerimiz (34) kocasından ayrıldı, şimdi yeniden evlenmek için Somali’ye dönmeye zorlanıyor.'],
  ['ti', 'ሓንቲ ተሳታፊት ኮርስና (33) ደጊማ ክትምርዖ ይግድድዋ ኣለዉ።'],
];

describe('situation reader: danger only described, on a first turn', () => {
  it.each(CUTTING_EUPHEMISM_HOLIDAY)('%s: a cutting said with a euphemism, planned for a holiday', (_lng, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(CUTTING_AS_THE_TRADITION)('%s: a cutting called the tradition, for a holiday', (_lng, text) => {
    expect(flagged(text)).toBe(true);
  });

  it('the culture spoken of with pride is no case (so)', () => {
    expect(flagged('Dhaqanka Soomaalida ayaa aad u qurux badan, gabadhayda waxay jeceshahay.')).toBe(false);
  });

  it.each(FRIEND_NOT_BACK)('%s: a friend not back at school since the holiday, or not let back', (_lng, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(MARRIAGE_OF_A_PERSON)('%s: a forced marriage or remarriage of a particular person', (_lng, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    ['nn', 'Eg er lærar: kan eg melde til barnevernet om ei på 16 som blir pressa til å gifte seg med ein fetter?'],
    ['ar', 'أنا معلمة: هل يجوز لي إبلاغ الشرطة عن طالبة عمرها 16 يضغطون عليها للزواج من ابن عمها؟'],
    ['ti', 'መምህር እየ፡ ሓንቲ ናይ 16 ዓመት ተምሃሪት ንመርዓ ዝግደዳ እንተኾይና ክሕብር ግዴታ ኣለኒ ድዩ?'],
    ['en', 'Is it allowed to tell the police that a pupil aged 16 is being forced to marry her cousin?'],
  ] as const)('%s: a child pushed into a marriage is a concern even in a duty question', (_lng, text) => {
    expect(reader.read(text).concern.length).toBeGreaterThan(0);
  });

  it('a law question about forced marriage with no child at risk stays calm', () => {
    const read = reader.read('Hva sier loven om tvangsekteskap for jenter på 16?');
    expect(read.danger).toEqual([]);
    expect(read.concern).toEqual([]);
  });

  it.each([
    ['ar', 'خالها يقول سيجدون له زوجه في اليمن، والولد عمره 16.'],
    ['fa', 'پدرش گفته براش زن پیدا میکنن، پسر ۱۶ سالشه.'],
    ['ur', 'abba keh rahe hain ke uske liye Pakistan mein biwi dhoondenge.'],
    ['uk', 'Батько каже, що знайдуть йому дружину в Чечні.'],
    ['ru', 'Отец говорит, что найдут ему жену в Дагестане.'],
    ['pl', 'Ojciec mówi, że znajdą mu żonę w Pakistanie.'],
    ['tr', 'Babası ona bir eş bulacaklarını söyledi.'],
    ['ti', 'ኣቦኡ ኣብ ኤርትራ ሰበይቲ ክረኽቡሉ እዮም ይብል።'],
  ] as const)('%s: a boy to be given a wife by his family is a concern', (_lng, text) => {
    expect(reader.read(text).concern.length).toBeGreaterThan(0);
  });

  it.each([
    ['uk', 'Він каже, що більше не витримує вдома.'],
    ['ru', 'Она говорит, что больше не выдерживает дома.'],
    ['pl', 'Mówi, że już nie daje rady w domu.'],
    ['fa', 'میگه دیگه طاقت نداره تو خونه.'],
    ['ar', 'تقول إنها ما عاد تتحمل، وهو ما عاد يتحمل البيت.'],
  ] as const)('%s: despair said of someone else is danger', (_lng, text) => {
    expect(reader.read(text).danger).toContain('despair');
  });

  it.each([
    ['nb', 'Eleven sier at hun ikke orker mer hjemme.'],
    ['nn', 'Han seier at han ikkje orkar meir.'],
  ] as const)('%s: despair said in a subordinate clause is danger', (_lng, text) => {
    expect(reader.read(text).danger).toContain('despair');
  });

  it.each([
    ['nb', 'Rommet blir rent når vi vasker det på lørdag.'],
    ['en', 'The kitchen will be clean before the guests arrive.'],
    ['tr', 'Okula gelmedi çünkü hastaydı, yarın geliyor.'],
  ] as const)('%s: the everyday sense of the words is no case', (_lng, text) => {
    const read = reader.read(text);
    expect(read.danger).toEqual([]);
    expect(read.concern).toEqual([]);
  });
});

/**
 * Someone who cannot come back or leave, with a place abroad named (cannotReturn + abroad), or held by force: a person
 * kept abroad now. "I can't come back to the meeting" names no place abroad and reads no such rule.
 */
describe('cannot come back from abroad, or held by force', () => {
  const KEPT: ReadonlyArray<readonly [string, string]> = [
    ['nb', 'Eleven er i Irak nå og kan ikke komme tilbake før skolestart.'],
    ['nn', 'Ho er i Somalia og får ikkje reise heim att.'],
    ['en', 'Our client is in Pakistan with her in-laws and cannot return.'],
    ['ru', 'Она сейчас в Дагестане и не может уехать оттуда.'],
    ['uk', 'Вона зараз у Чечні і не може виїхати.'],
    ['pl', 'Uczennica jest w Iraku i nie może wrócić do Norwegii.'],
    ['tr', 'Kız şu an Irak’ta ve geri dönemiyor.'],
    ['ar', 'الفتاة في العراق الآن ولا تستطيع العودة.'],
    ['so', 'Gabadhu waxay joogtaa Soomaaliya mana soo laaban karto.'],
    ['en', 'A former pupil is being held against her will by relatives.'],
  ];
  it.each(KEPT)('%s: %s', (_lng, text) => {
    expect(flagged(text)).toBe(true);
  });
  it('everyday "cannot come back" with no place abroad is not this rule', () => {
    expect(reader.read("Sorry, I can't come back to you before Friday.").danger).not.toContain('cannot-return-from-abroad');
  });
});

// (was situation-indirect-danger.test.ts)

// In a block of its own: its helpers have the names of other former files' different helpers.
{
  /**
   * Danger said only indirectly, and calm questions that only sound like it (blind sets 14 and 15, as classes): a cutting
   * called "what was done to her mother / to all the girls of the family", signs of a cutting found on a particular
   * child, a person held abroad whose passport the family keeps, a small child's long holiday; and, on the calm side, a
   * professional who names a harm with no person at risk (read as a case to advise on, with no emergency line). One
   * sentence per language and class, written for this test.
   */
  const reader = loadSituationReader();

  const CUTTING_AS_FAMILY: ReadonlyArray<readonly [string, string]> = [
    ['nb', 'Naboen sier at bestemora skal gjøre det samme med henne som med mora når de kommer til Gambia.'],
    ['nn', 'Ho fortalde at dei skal gjere med ho som med søstera, som alle jentene i familien, når dei reiser til Mali.'],
    ['en', 'My niece says her aunt will do to her what they did to her mother when they visit Guinea next month.'],
    ['ar', 'قالت الطفلة إن جدتها ستفعل بها مثل كل البنات في العائله عندما يسافرون إلى السودان.'],
    ['so', 'Gabadhu waxay tiri waxa lagu sameeyay hooyadeed ayaa lagu sameyn doonaa marka ay Soomaaliya tagaan.'],
    ['fa', 'دختر گفت مادربزرگش همان کاری که با مادرش کردند را با او می‌کند وقتی به مصر بروند.'],
    ['ur', 'bachi ne kaha ke nani wahi karenge jo uski maa ke saath kiya tha jab woh Somalia jayenge.'],
    ['uk', 'Учениця каже, що тітка зробить їй те саме, коли вони поїдуть до Судану.'],
    ['ru', 'Девочка сказала, что бабушка сделает ей то же, что маме, когда они поедут в Египет.'],
    ['tr', 'Kız, Sudan’a gidince ailedeki bütün kızlara yapılanın ona da yapılacağını söyledi.'],
    ['pl', 'Sąsiadka mówi, że ciotka zrobi jej to samo co siostrze, kiedy pojadą do Gambii.'],
    ['ti', 'ጓል ኣብ ኤርትራ ከም ኣዲኣ ክገብርዋ እዮም ኢላትኒ።'],
  ];

  const SIGNS_FOUND: ReadonlyArray<readonly [string, string]> = [
    ['nb', 'Legevakt: jeg fant tegn på omskjæring hos ei jente på 7 i går. Hva gjør jeg nå?'],
    ['nn', 'Eg fann teikn på kjønnslemlesting hjå ei lita jente på helsestasjonen.'],
    ['en', 'As a GP I found signs of FGM on a young patient this week; her sister is two.'],
    ['ar', 'أنا طبيبة ووجدت علامات ختان على طفلة في الفحص اليوم.'],
    ['so', 'Waxaan ahay kalkaaliso, waxaan arkay calaamado gudniin gabar yar.'],
    ['fa', 'پزشک هستم. علائم ختنه را روی یک دختر کوچک دیدم.'],
    ['ur', 'main doctor hoon, maine ek bachi mein khatna ki alamaat dekhi.'],
    ['uk', 'Я лікарка, під час огляду виявила ознаки обрізання у дівчинки 6 років.'],
    ['ru', 'Я педиатр, при осмотре обнаружила признаки обрезания у девочки.'],
    ['tr', 'Muayenede küçük bir kızda kız sünneti belirtileri buldum, ne yapmalıyım?'],
    ['pl', 'Jako lekarka stwierdziłam ślady obrzezania u dziewczynki.'],
    ['ti', 'ኣብ ሓንቲ ቆልዓ ምልክታት ግዝረት ረኺበ።'],
  ];

  const HELD_PASSPORT_KEPT: ReadonlyArray<readonly [string, string]> = [
    ['nb', 'Søsteren min ble holdt tilbake i Irak etter ferien, og onkelen har passet hennes.'],
    ['nn', 'Venninna mi vart halden att i Somalia i fjor, og faren har passet hennar.'],
    ['en', 'My cousin is being held in Pakistan and her uncle kept her passport.'],
    ['ar', 'ابنة أختي محتجزة في العراق وعمها أخذ جواز سفرها.'],
    ['so', 'Walaashay waxaa lagu hayaa Soomaaliya, baasaboorkeedana waa laga qaaday.'],
    ['fa', 'دختر خاله ام در افغانستان گیر افتاده و عمویش پاسپورتش را گرفته.'],
    ['ur', 'meri behan ko Pakistan mein rok liya hai aur chacha passport wapas nahi de rahe.'],
    ['uk', 'Мою сестру утримують у Чечні, і дядько забрав її паспорт.'],
    ['ru', 'Мою подругу удерживают в Дагестане, у неё забрали паспорт.'],
    ['tr', 'Kuzenim Irak’ta alıkonuldu, amcası pasaportunu aldı.'],
    ['pl', 'Moja kuzynka utknęła w Pakistanie, wujek zabrał jej paszport.'],
    ['ti', 'ሓብተይ ኣብ ኤርትራ ተታሒዛ ኣላ፡ ፓስፖርታ ወሲዶምላ።'],
  ];

  const SMALL_CHILD_LONG_TRIP: ReadonlyArray<readonly [string, string]> = [
    ['nb', 'Ei jente på 5 i barnehagen skal på langferie til Sudan i sommer.'],
    ['nn', 'Ei jente på 6 skal på langferie til Somalia i sommarferien.'],
    ['en', 'A 6-year-old girl in my class is being sent to Sudan for the whole summer.'],
    ['uk', 'Дівчинка 5 років поїде до Єгипту на все літо.'],
    ['ru', 'Девочка 5 лет улетает в Судан на всё лето.'],
    ['pl', 'Dziewczynka 6-letnia wyjeżdża do Somalii na całe wakacje.'],
  ];

  const HELD_NOW: ReadonlyArray<readonly [string, string]> = [
    ['nb', 'Datteren min er holdt tilbake i Irak og får ikke komme hjem.'],
    ['en', 'My daughter is stuck in Pakistan and not allowed to return.'],
    ['ru', 'Мою дочь удерживают в Чечне, она не может вернуться.'],
    ['pl', 'Moja córka utknęła w Iraku i nie pozwalają jej wrócić.'],
  ];

  const TOPIC_ONLY: readonly string[] = [
    'Helsesykepleier her, trenger nummeret til en linje om tvangsekteskap til en plakat.',
    'Jeg er lærer. Hvor kan jeg lese mer om kjønnslemlestelse?',
    'I work as a school nurse: where can I read about forced marriage?',
  ];

  describe('situation reader: danger said only indirectly', () => {
    it.each(CUTTING_AS_FAMILY)('%s: "what was done to her mother / all the girls" on a trip reads as a cutting, and as danger or a concern', (_lng, text) => {
      const read = reader.read(text);
      expect(read.concepts.has('cutting')).toBe(true);
      expect(read.danger.length + read.concern.length).toBeGreaterThan(0);
    });

    it.each(SIGNS_FOUND)('%s: signs of a cutting found on a particular child are a case, not a general question about signs', (_lng, text) => {
      const read = reader.read(text);
      expect(read.concepts.has('signsFound')).toBe(true);
      expect(read.danger.length + read.concern.length).toBeGreaterThan(0);
    });

    it('a general question about the signs of a cutting stays calm', () => {
      for (const text of ['Hva er tegn på kjønnslemlestelse?', 'What are the signs of FGM?', 'Какие признаки обрезания у девочек?']) {
        const read = reader.read(text);
        expect(read.danger).toEqual([]);
        expect(read.concern).toEqual([]);
      }
    });

    it.each(HELD_PASSPORT_KEPT)('%s: a person held abroad whose passport is kept is danger', (_lng, text) => {
      expect(reader.read(text).danger.length).toBeGreaterThan(0);
    });

    it.each(SMALL_CHILD_LONG_TRIP)('%s: a small girl on a long stay abroad this summer is a concern or danger', (_lng, text) => {
      const read = reader.read(text);
      expect(read.concepts.has('minor')).toBe(true);
      expect(read.danger.length + read.concern.length).toBeGreaterThan(0);
    });

    it('a small number that is not a child’s age is not read as one', () => {
      for (const text of ['Vi var der for 5 år siden.', 'They stayed 3 years in Norway.', 'Ring 2 ganger.']) expect(reader.read(text).concepts.has('minor')).toBe(false);
    });
  });

  describe('situation reader: calm questions that only sound like danger', () => {
    it.each(HELD_NOW)('%s: a person held abroad now is still danger', (_lng, text) => {
      expect(reader.read(text).danger.length).toBeGreaterThan(0);
    });

    it.each(TOPIC_ONLY.map((t) => [t] as const))('a professional naming a harm with no person at risk is no case: %s', (text) => {
      const read = reader.read(text);
      expect(read.danger).toEqual([]);
      expect(read.concern).toEqual([]);
    });
  });

  describe('danger reader: a case to be advised on, with no one at risk now', () => {
    const danger = createDangerReader(reader);
    it.each([
      ['nb', 'Jeg jobber på et asylmottak. Hvem gir råd til ansatte om tvangsekteskap?'],
      ['en', 'I am a school nurse: who advises staff on FGM?'],
      ['uk', 'Я працюю в школі. Хто консультує вчителів щодо примусових шлюбів?'],
    ] as const)('%s: read as a case (the advice for it), with no emergency line and no danger', (lng, text) => {
      const u = prepareUtterance(text, lng);
      expect(danger.isCase?.(u)).toBe(true);
      expect(danger.isDanger(u)).toBe(false);
      expect(danger.isConcern?.(u, false)).toBe(false);
    });
  });
}

// (was situation-threats.test.ts)

describe('described threats and trips', () => {
  /**
   * Described danger that names no plain danger word: a threat to a person, "the family will deal with it", being sent
   * abroad with no return or with the passport gone, sending a girl away for being "too Norwegian", a planned cutting on
   * a trip. Each must raise a danger rule; the general questions and statistics about the same topics must not.
   */
  const reader = loadSituationReader();
  const DESCRIBED: ReadonlyArray<readonly [lang: string, text: string]> = [
    ['nb', 'onkelen min har truet meg etter at han så meldingene'],
    ['nb', 'faren sa at familien skal ordne opp med henne'],
    ['nb', 'vi reiser til Somalia og jeg skal ikke tilbake hit'],
    ['nb', 'lillesøsteren skal renses når vi er hjemme i Gambia'],
    ['en', 'her cousins threatened her outside the shop'],
    ['en', 'my stepdad says he will take care of the problem'],
    ['en', 'they bought one way tickets to Somalia for me'],
    ['en', 'the girl will be cut on the trip to Egypt'],
    ['en', 'his father keeps him in the flat all day'],
    ['ar', 'اخوها هددها بعد ما شافها'],
    ['ar', 'راح تاخذ بنتها للصومال عشان الطهارة'],
    ['fa', 'pedaram goft mifrestatam Iran va dige barnemigardi'],
    ['fa', 'برادرم تهدید کرده که اگر برگردم'],
    ['ur', 'chacha ne dhamki di hai'],
    ['ur', 'woh beti ko khatna ke liye Somalia le kar jayenge'],
    ['ru', 'брат пригрозил ей из-за парня'],
    ['ru', 'отец хочет отправить её в Дагестан, она слишком норвежская'],
    ['uk', 'його брати погрожують моїй доньці'],
    ['tr', 'amcası bu iş aile içinde çözülecek dedi'],
    ['so', 'aabaheed wuxuu doonayaa inuu u diro Soomaaliya si loo gudo'],
    ['en', 'her parents will marry her to a cousin next summer against her will'],
    ['ru', 'дочь хотят выдать замуж этим летом против её воли'],
    ['en', 'the grandmother and aunts want her cut before school starts'],
    ['nb', 'søstera mi er i Somalia og får ikke reise hjem igjen'],
    ['en', "my brother is in Iraq and they won't let him come home"],
    ['nb', 'hvor mange saker har dere, og hva gjør jeg når en elev skal omskjæres i sommerferien?'],
  ];
  const GENERAL: readonly string[] = [
    'How many cases of threats and violence did Kompetanseteamet have last year?',
    'Сколько дел об угрозах и насилии было в 2022 году?',
    'Скільки справ про погрози і насильство було у 2022 році?',
    "Kompetanseteamet'in 2022'de kaç tehdit ve şiddet vakası vardı?",
    'کمپیتنس تیم در سال ۲۰۲۲ چند قضیه تهدید و خشونت داشت؟',
    'Hva er tegnene på at noen blir truet hjemme?',
    'My daughter is 17 and relatives want her to marry, she does not want to. Who can I talk to?',
    'What does the law say about forced marriage in the summer holidays?',
  ];

  it.each(DESCRIBED)('[%s] %s → a danger rule', (_lang, text) => {
    expect(reader.read(text).danger.length).toBeGreaterThan(0);
  });
  it.each(GENERAL)('%s → no danger rule', (text) => {
    expect(reader.read(text).danger).toEqual([]);
  });
});

// (was situation-concern.test.ts)

describe('situation reader: a concrete case about a person at risk', () => {
  /**
   * A concrete case (a particular person, a named harm or a wedding or cutting planned for a child) is a "concern": the
   * answer gets "is someone in danger now? call 112" on top. A general question about the same topic is not. One
   * sentence per language, written for this test (content/understanding/situation/<lang>.json holds the words).
   */
  const reader = loadSituationReader();
  const CASES: ReadonlyArray<readonly [string, string]> = [
    ['nb', 'Jeg er kontaktlærer. Ei jente på 14 år sier at hun skal forloves med en fetter når familien drar til Irak i juli.'],
    ['nn', 'Eg er lærar. Ei jente på 13 år skal omskjerast når familien reiser til Somalia i sommar.'],
    ['en', 'A 15-year-old pupil told me her parents will marry her off to a cousin this summer.'],
    ['ar', 'أنا معلمة. طالبة عمرها 15 سنة قالت إن أهلها يريدون تزويجها من ابن عمها في العراق.'],
    // Standard Arabic's future prefix (سـ) on the verb: 'they will marry her off in the summer'.
    ['ar', 'أنا أعمل في مدرسة. طالبة قالت إن أهلها سيزوجونها في الصيف. ماذا أفعل؟'],
    ['so', 'Waxaan ahay kalkaaliso. Gabar 12 jir ah ayaa hooyadeed rabtaa in la gudo xagaagan.'],
    ['fa', 'من معلم هستم. دختر ۱۴ ساله ای گفت خانواده اش می خواهند او را به زور شوهر بدهند.'],
    ['ur', 'میں ٹیچر ہوں۔ ایک 15 سال کی لڑکی کی زبردستی شادی پاکستان میں کی جا رہی ہے۔'],
    ['uk', 'Я вчителька. Дівчині 15 років батьки хочуть видати заміж у Чечні.'],
    ['ru', 'Я работаю в школе. Девочке 14 лет, родители хотят выдать её замуж летом.'],
    ['tr', 'Öğretmenim. 15 yaşındaki bir öğrencim ailesinin onu zorla evlendireceğini söyledi.'],
    ['pl', 'Jestem nauczycielką. 15-letnia uczennica mówi, że rodzice chcą ją wydać za mąż.'],
    ['ti', 'መምህር እየ። ሓንቲ 14 ዓመት ጓል ብግዲ መርዓ ክትምርዖ እያ ኢላ።'],
  ];
  const GENERAL = [
    'Hva er tegn på tvangsekteskap?',
    'How many forced marriage cases did Kompetanseteamet have in 2022?',
    'What does the law say about FGM?',
    'Hvor mange jenter ble utsatt for kjønnslemlestelse i 2023?',
    'What was the 2008 action plan on forced marriage called?',
  ];

  it.each(CASES)('%s: a case about a particular person is a concern (or danger)', (_lng, text) => {
    const read = reader.read(text);
    expect(read.concern.length + read.danger.length).toBeGreaterThan(0);
  });

  it.each(GENERAL.map((t) => [t] as const))('a general question is neither: %s', (text) => {
    const read = reader.read(text);
    expect(read.concern).toEqual([]);
    expect(read.danger).toEqual([]);
  });

  it('a pronoun of one language is not a person in another ("on" is Polish "he", English "on")', () => {
    expect(reader.read('What was the 2008 action plan on forced marriage called?').concepts.has('someone')).toBe(false);
  });
});

// (was situation-masks.test.ts)

// In a block of its own: its helpers have the names of other former files' different helpers.
{
  /**
   * Issue #13, session 11, as classes (one sentence per language and class, written for this test): the emergency
   * number asked for and a writer who cannot talk at home are danger; a service's name with a person's word in it
   * ("child welfare") is no person at risk; "can no longer find the number" is no despair; a kindergarten teacher
   * telling what a child said is no young writer.
   */
  const reader = loadSituationReader();

  const EMERGENCY_NUMBER_ASKED: ReadonlyArray<readonly [string, string]> = [
    ['nb', 'Hva er nødnummeret jeg skal ringe?'],
    ['nn', 'Kva er naudnummeret?'],
    ['en', 'Which emergency number do I call in Norway?'],
    ['ar', 'ما هو رقم الطوارئ في النرويج؟'],
    ['so', 'Waa maxay lambarka degdegga ee Norway?'],
    ['fa', 'شماره اضطراری در ناروی چند است؟'],
    ['ur', 'ناروے میں ایمرجنسی نمبر کیا ہے؟'],
    ['uk', 'Який екстрений номер у Норвегії?'],
    ['ru', 'Какой экстренный номер в Норвегии?'],
    ['tr', 'Norveç’te acil numara hangisi?'],
    ['pl', 'Jaki jest numer alarmowy w Norwegii?'],
    ['ti', 'ኣብ ኖርወይ ህጹጽ ቁጽሪ እንታይ እዩ?'],
  ];

  const NUMBER_WHEN_NOT_URGENT: ReadonlyArray<readonly [string, string]> = [
    ['nb', 'Hvilket nummer har politiet som ikke er nødnummer?'],
    ['nb', 'Hva er nummeret til politiet som ikke er nødnummeret?'],
    ['nn', 'Kva er nummeret til politiet som ikkje er naudnummeret?'],
    ['en', 'What is the non-emergency number of the police?'],
    ['ru', 'Какой номер полиции не для экстренных случаев?'],
    ['tr', 'Polisin acil olmayan numarası nedir?'],
  ];

  const CANNOT_TALK_AT_HOME: ReadonlyArray<readonly [string, string]> = [
    ['nb', 'Jeg kan ikke snakke hjemme. Finnes det en chat?'],
    ['nn', 'Eg kan ikkje snakke heime, har de chat?'],
    ['en', "I can't talk at home, is there somewhere I can write instead?"],
    ['ar', 'لا أستطيع التحدث في البيت، هل يوجد دردشة؟'],
    ['so', 'Guriga kama hadli karo, ma jiraa chat?'],
    ['fa', 'تو خونه نمیتونم حرف بزنم، چت دارید؟'],
    ['ur', 'میں گھر میں بات نہیں کر سکتی، کیا چیٹ ہے؟'],
    ['uk', 'Я не можу говорити вдома, чи є чат?'],
    ['ru', 'Я не могу говорить дома, есть ли чат?'],
    ['tr', 'Evde konuşamıyorum, yazışabileceğim bir yer var mı?'],
    ['pl', 'Nie mogę rozmawiać w domu, czy jest czat?'],
    ['ti', 'ኣብ ገዛ ክዛረብ ኣይክእልን፣ ቻት ኣሎ ድዩ?'],
  ];

  const CHILD_WELFARE_DUTY: ReadonlyArray<readonly [string, string]> = [
    ['en', 'Child welfare here: what must we do when we suspect forced marriage?'],
    ['ar', 'نحن من حماية الطفل: ما واجبنا عند الاشتباه بزواج قسري؟'],
    ['so', 'Waxaan ka shaqeeyaa daryeelka carruurta: maxaan sameynaa marka guur qasab ah laga shakiyo?'],
    ['fa', 'ما از حمایت از اطفال هستیم: در مورد ازدواج اجباری چه وظیفه ای داریم؟'],
    ['uk', 'Пишу зі служби у справах дітей: які наші обов’язки при підозрі на примусовий шлюб?'],
    ['ru', 'Пишу из службы защиты детей: что мы обязаны делать при подозрении на принудительный брак?'],
    ['tr', 'Çocuk koruma hizmetinden yazıyorum: zorla evlilik şüphesinde ne yapmalıyız?'],
    ['pl', 'Piszę ze służby ochrony dzieci: co musimy zrobić przy podejrzeniu małżeństwa przymusowego?'],
  ];

  const CANNOT_FIND_ANY_MORE: ReadonlyArray<readonly [string, string]> = [
    ['ru', 'Я больше не могу найти номер телефона на сайте.'],
    ['uk', 'Я більше не можу знайти цей документ.'],
    ['pl', 'Nie mogę już znaleźć tego formularza.'],
    ['fa', 'دیگه نمیتونم شماره رو پیدا کنم.'],
  ];

  const CANNOT_ANY_MORE: ReadonlyArray<readonly [string, string]> = [
    ['ru', 'Я больше не могу, дома всё хуже.'],
    ['uk', 'Я більше не можу так жити.'],
    ['pl', 'Nie mogę już, w domu jest coraz gorzej.'],
    ['fa', 'دیگه نمیتونم، خونه هر روز بدتر میشه.'],
  ];

  const ADULT_TELLS_WHAT_A_CHILD_SAID: ReadonlyArray<readonly [string, string]> = [
    ['nb', 'Barnehagelærer her. Et barn forteller at pappa er sint på mamma hver dag. Hva gjør jeg?'],
    ['en', 'Kindergarten teacher here. A child told me her dad shouts at mum every day. What do I do?'],
  ];

  describe('the emergency number asked for', () => {
    it.each(EMERGENCY_NUMBER_ASKED)('%s: is answered by the emergency numbers', (_lang, text) => {
      expect(reader.read(text).danger).toContain('emergency-number-asked');
    });
    it.each(NUMBER_WHEN_NOT_URGENT)('%s: the number for when it is not urgent is not', (_lang, text) => {
      expect(reader.read(text).danger).not.toContain('emergency-number-asked');
    });
  });

  describe('a writer who cannot talk at home', () => {
    it.each(CANNOT_TALK_AT_HOME)('%s: is danger now', (_lang, text) => {
      expect(reader.read(text).danger).toContain('cannot-talk-at-home');
    });
  });

  describe("a service's name with a person's word in it", () => {
    it.each(CHILD_WELFARE_DUTY)('%s: is no person at risk', (_lang, text) => {
      const read = reader.read(text);
      expect(read.concepts.has('someone')).toBe(false);
      expect([...read.danger, ...read.concern]).toEqual([]);
    });
  });

  describe('"can no longer" said of finding a thing', () => {
    it.each(CANNOT_FIND_ANY_MORE)('%s: is no despair', (_lang, text) => {
      const read = reader.read(text);
      expect(read.danger).not.toContain('despair');
      expect(read.youngWriter).toBe(false);
    });
    it.each(CANNOT_ANY_MORE)('%s: said alone, still is', (_lang, text) => {
      expect(reader.read(text).danger).toContain('despair');
    });
  });

  describe('an adult telling what a child said', () => {
    it.each(ADULT_TELLS_WHAT_A_CHILD_SAID)('%s: is no young writer', (_lang, text) => {
      expect(reader.read(text).youngWriter).toBe(false);
    });
  });
}

// (was situation-calm-masks-index.test.ts)

describe('the situation reader, "not urgent" and masking phrases found where they start', () => {
  /**
   * The situation reader's "not urgent" and masking phrases are filed like its cues (by leading words, by word
   * beginning; those that start with an age apart) instead of being tried at every token. These cue files of our own
   * use every way a phrase can start, so a phrase the filing missed would change what is read.
   */
  const FILES: CueFile[] = [
    {
      lang: 'en',
      review: 'machine-assisted',
      cues: {
        soon: ['tomorrow', 'right away', 'tonight'],
        someone: ['pupil*', 'boy'],
        minor: ['# years old'],
        despair: ['find'],
        notUrgent: ['no rush', 'unhurr*', '# days from now'],
        serviceName: ['pupil services', 'boy scouts'],
        cannotFind: ['cannot find*'],
        people: ['# year olds'],
      },
    },
  ];
  const RULES: SituationRules = {
    danger: [{ id: 'soon-someone', all: ['soon', 'someone'], unless: [] }],
    concern: [{ id: 'someone', all: ['someone'], unless: [] }],
    youngWriter: [{ id: 'minor', all: ['minor'], unless: [] }],
    readAsCase: [],
  };
  const reader = createSituationReader(FILES, RULES);
  const concepts = (text: string) => [...reader.read(text).concepts].sort();

  it('a "not urgent" phrase of plain words keeps the time words near it from reading as soon', () => {
    expect(concepts('The pupil leaves tomorrow')).toContain('soon');
    expect(concepts('No rush, she leaves tomorrow')).not.toContain('soon');
    // Outside its reach (three words on either side) the time word still counts.
    expect(concepts('No rush at all with this one: the pupil leaves tomorrow')).toContain('soon');
  });

  it('a "not urgent" phrase that starts with a word beginning does the same', () => {
    expect(concepts('Unhurriedly, tonight the pupil talks')).not.toContain('soon');
    expect(concepts('Unhurried answer please, tonight is fine')).not.toContain('soon');
  });

  it('a "not urgent" phrase that starts with an age does the same', () => {
    expect(concepts('The pupil travels in 14 days from now, tonight we plan')).not.toContain('soon');
    expect(concepts('The pupil travels tonight')).toContain('soon');
  });

  it('a service named by words (or by a word beginning) is no person, and what is masked is only masked there', () => {
    expect(concepts('We called pupil services')).not.toContain('someone');
    expect(concepts('The boy scouts met')).not.toContain('someone');
    expect(concepts('The boy is scared')).toContain('someone');
    expect(concepts('I cannot finder the number')).not.toContain('despair');
    expect(concepts('I cannot find the number')).not.toContain('despair');
    expect(concepts('where do I find help')).toContain('despair');
  });

  it('a masking phrase that starts with an age masks the ages in it', () => {
    expect(concepts('She is 15 years old')).toContain('minor');
    expect(concepts('Groups of 15 year olds')).not.toContain('minor');
  });
});
