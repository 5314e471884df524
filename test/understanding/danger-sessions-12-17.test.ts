import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { signalsDanger } from '../../src/understanding/danger-detector';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

// Declared alike by more than one former file below: kept once.
const situation = loadSituationReader();
const reader = createDangerReader(situation);

// (was danger-session12.test.ts)

/**
 * Session 12's danger classes (issue #13), written for this test: a parent's death threat in other word orders, a
 * person who refuses to go home or to travel, a small child's "made clean" for a cutting; and what raises no
 * emergency block: "help me" before a task in the languages read by stems (a plea alone or cried out still does).
 */
const isDanger = (text: string, lng: Lang, duty = false) => reader.isDanger(prepareUtterance(text, lng), duty);

describe('danger reader: described danger of session 12', () => {
  it.each([
    ['en', 'The girl says her father threatens to kill her if she keeps seeing her boyfriend.'],
    ['nb', 'Eleven sier at faren truer med å drepe henne.'],
    ['fa', 'دانش آموز میگوید پدرش او را به مرگ تهدید کرده است.'],
    ['ru', 'Ученица говорит, что отец грозится убить её.'],
    ['tr', 'Öğrenci babasının onu öldüreceğini söylediğini anlattı.'],
  ] as const)('%s: a death threat by a parent', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'Our participant refuses to go home because her family wants to send her away.'],
    ['nb', 'Deltakeren nekter å gå hjem etter kurset.'],
    ['pl', 'Uczestniczka odmawia powrotu do domu.'],
    ['uk', 'Учасниця відмовляється йти додому після курсу.'],
  ] as const)('%s: a person who refuses to go home', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'A kindergarten girl told me that on the trip to her grandmother there will be a big party so she will become clean.'],
    ['nb', 'Jenta i barnehagen sier hun skal på tur, og der blir det stor fest så hun skal bli ren.'],
  ] as const)('%s: a small child telling of being "made clean" on a trip', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it('a country, a time and a refusal stand in for a trip against her will', () => {
    expect(situation.read('She refuses to go, but the family leaves for Somalia next week.').danger).toContain('abroad-soon-against-will');
  });
});

describe('danger detector: "help me" before a task is a request', () => {
  it.each(['ساعدني في كتابة السيرة الذاتية من فضلك', 'помогите найти курсы норвежского языка для мамы', 'pomóż mi napisać list do szkoły o zebraniu'])(
    '"help me" before a task: %s',
    (text) => {
      expect(signalsDanger(normalize(text))).toBe(false);
    },
  );

  it.each(['ساعدوني', 'помогите!', 'pomocy, proszę', 'ساعدوني أرجوكم'])('a plea alone or cried out: %s', (text) => {
    expect(signalsDanger(normalize(text))).toBe(true);
  });
});

// (was danger-session13.test.ts)

// In a block of its own: its helpers have the names of other former files' different helpers.
{
  /**
   * Danger described without a plain danger word (session 13, task danger13): harm promised to an adult if she moves
   * out or leaves the family, a trip she "may not come back from", a threat to send someone abroad, a marriage in a
   * number of days, a cutting feared on a trip. Written for this test, not taken from an evaluation set.
   */
  const danger = createDangerReader(loadSituationReader());
  const isDanger = (text: string, lng: Lang, duty = false) => danger.isDanger(prepareUtterance(text, lng), duty);

  describe('danger: harm promised if she moves out or leaves the family', () => {
    it.each([
      ['en', 'A woman of 26 wants to leave home, but her brother has said he will do something to her if she moves out.'],
      ['nb', 'Hun er 25 og vil flytte hjemmefra, men broren har sagt at han skal gjøre noe med henne hvis hun flytter.'],
      ['nn', 'Eg jobbar i NAV. Ei kvinne på 23 fortel at broren hennar har sagt at det vil gå ille med henne viss ho flyttar for seg sjølv. Kva reglar gjeld?'],
      ['nn', 'Ei kvinne på 22 har fått trugsmål frå broren om ho flyttar ut.'],
      ['ar', 'عمرها 24 سنة. أخوها يقول إنها إذا انتقلت من البيت سيؤذيها.'],
      ['so', 'Waa 24 jir. Walaalkeed wuxuu leeyahay haddii ay guriga ka guurto wuu dhaawici doonaa.'],
      ['fa', '۲۴ ساله است. برادرش گفته اگر از خانه جدا شود بلایی سرش می‌آورد.'],
      ['ur', 'وہ 24 سال کی ہے۔ اس کا بھائی کہتا ہے کہ اگر وہ گھر چھوڑ کر گئی تو وہ اسے نقصان پہنچائے گا۔'],
      ['uk', "Їй 24. Брат каже, що якщо вона з'їде з дому, він їй щось зробить."],
      ['ru', 'Ей 24. Брат говорит, что если она съедет из дома, он с ней что-нибудь сделает.'],
      ['tr', '24 yaşında. Ağabeyi evden taşınırsa ona zarar vereceğini söylüyor.'],
      ['pl', 'Ma 24 lata. Brat mówi, że jeśli się wyprowadzi, zrobi jej krzywdę.'],
      ['ti', 'ዕድሚኣ 24 እዩ። ሓዋ ካብ ገዛ እንተ ወጺኣ ክጎድኣ እዩ ይብል።'],
    ] as const)('%s: the emergency numbers first', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['en', 'She is 24 and wants to move out of her parents\' home. How can NAV help her find a flat?'],
      ['nn', 'Ho er 24 og vil flytte ut frå foreldra. Korleis kan NAV hjelpe henne med eigen bustad?'],
      ['ar', 'عمرها 24 سنة وتريد أن تسكن وحدها. كيف يمكن أن نساعدها في إيجاد شقة؟'],
      ['uk', 'Їй 24, вона хоче жити окремо від батьків. Як допомогти їй знайти житло?'],
      ['tr', '24 yaşında ve ayrı eve çıkmak istiyor. Ona nasıl yardım edebiliriz?'],
      ['ti', 'ዕድሚኣ 24 እዩ፣ በይና ክትነብር ትደሊ። ከመይ ክንሕግዛ ንኽእል?'],
    ] as const)('%s: moving out with no threat is no emergency', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: a trip she may not come back from', () => {
    it.each([
      ['uk', 'Моя подруга на літніх канікулах їде до Чечні до родичів, і я боюся, що вона може звідти вже не повернутися.'],
      ['uk', 'Подруга їде в Чечню на все літо, боїться, що її назад не пустять.'],
      ['ru', 'Подруга летом едет в Чечню, боюсь, что её там оставят.'],
      ['pl', 'Moja przyjaciółka jedzie na lato do Czeczenii i boję się, że może nie wrócić.'],
      ['so', 'Saaxiibaday waxay u safraysaa Chechnya xagaagan, waxaan ka baqayaa inaysan soo laaban.'],
      ['ur', 'میری دوست اس گرمی میں چیچنیا جا رہی ہے اور مجھے ڈر ہے کہ وہ شاید واپس نہ آئے۔'],
      ['tr', "Arkadaşım bu yaz Çeçenistan'a gidiyor ve belki geri dönmeyecek diye korkuyorum."],
      ['ti', 'መሓዛይ ኣብዚ ክረምቲ ናብ ቸቸንያ ክትከይድ እያ፣ ምናልባት ኣይክትምለስን እያ ኢለ እፈርህ።'],
    ] as const)('%s: the emergency numbers first', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });

  describe('danger: threatened with being sent abroad, married off in days, a cutting feared on a trip', () => {
    it.each([
      ['ti', 'ዕድሚኡ 17 እዩ፣ ኣቦኡ ናብ ኣፍጋኒስታን ክሰዶ ምዃኑ የፈራርሆ ኣሎ።'],
      ['fa', 'پسر ۱۷ ساله می‌گوید خانواده تهدیدش کرده‌اند به افغانستان فرستاده شود. می‌ترسد به خانه برگردد.'],
      ['fa', 'در کمپ کار می‌کنم. دختری ۱۶ ساله گفت خانواده‌اش می‌خواهند ده روز دیگر او را به زور به عقد پسرعمویش دربیاورند. قانون چه می‌گوید؟'],
      ['ar', 'نخشى أن تُختن الفتاة قبل السفر إلى إثيوبيا أو خلاله.'],
      ['ti', 'ሓንቲ ጓል 8 ዓመት ምስ ስድራኣ ናብ ኢትዮጵያ ክትጓዓዝ እያ፣ ኣብኡ ምጉዳል ኣካል ጾታ ክግበረላ ይኽእል እዩ። መስርሕ እንታይ እዩ?'],
      ['so', 'Haweeney weyn ayaa ii sheegtay inaysan doonayn inay guriga ku laabato, qoyskeeduna waxay rabaan inay Soomaaliya u diraan.'],
    ] as const)('%s: the emergency numbers first', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });

  describe('no emergency: a harm or a danger the writer denies', () => {
    it.each([
      ['nb', 'Jeg jobber i introduksjonsprogrammet. En kvinne på 30 får ikke styre egne penger, og mannen bestemmer hvem hun kan møte. Hun er ikke redd for vold. Hvem kan gi oss råd?'],
      ['uk', 'Я працюю в дитсадку. Мама однієї дитини під сильним контролем чоловіка, але насильства немає. Чи маємо ми обовʼязок повідомити?'],
      ['ar', 'أنا طبيبة. مريضة بالغة تحت سيطرة زوجها وعائلته، لا يوجد عنف. هل يمكنها الاتصال بفريق الكفاءة بنفسها؟'],
      ['so', 'Waxaan ka shaqeeyaa xarunta qaxootiga. Wiil 19 jir ah ayaa qoyskiisu ku cadaadinayaan inuu guursado, laakiin khatar degdeg ah ma jirto. Yaa na talin kara?'],
      ['nn', 'Eg jobbar i NAV. Ein mann på 24 blir pressa av familien til å gifte seg med ei kusine, men det er ingen fare akkurat no. Kven kan vi rådføre oss med?'],
    ] as const)('%s: the answer, no emergency card', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });

    it.each([
      ['nb', 'Det er ingen vold, men faren har truet med å drepe henne hvis hun flytter ut.'],
      ['en', 'There is no violence yet, but they are sending her to Somalia tomorrow.'],
    ] as const)('%s: danger said beside the denial still comes first', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });
}

// (was danger-session13b.test.ts)

/**
 * Danger classes of session 13 (danger13b), written for this test: a person under control who fears the controller's
 * reaction; a particular person kept abroad, or abroad against their will, from a near date even with a "maybe"; and
 * what raises no emergency: a request for training with danger said only in general words, a duty question about
 * minors in general or about a supposed marriage with no one named.
 */
describe('danger reader: session 13 (danger13b)', () => {
  const utter = (text: string, lng: Lang) => prepareUtterance(text, lng);
  const isDanger = (text: string, lng: Lang, duty = false) => reader.isDanger(utter(text, lng), duty);
  const isConcern = (text: string, lng: Lang, duty = false) => reader.isConcern?.(utter(text, lng), duty) === true;

  it.each([
    ['nb', 'En kursdeltaker forteller at mannen kontrollerer pengene hennes. Hun er redd for hvordan han vil reagere hvis hun snakker med oss.'],
    ['nn', 'Ei kvinne på kurset seier at mannen bestemmer alt. Ho er redd for kva han vil gjere om han finn ut at ho har snakka med oss.'],
    ['en', 'A client says her husband checks her phone and takes her wages. She is afraid of how he will react if she goes to the meeting.'],
    ['ar', 'المشاركة تقول ان زوجها يتحكم في كل شيء وهي خايفه من رده فعله اذا عرف انها تكلمت معنا.'],
    ['so', 'Ardayda waxay sheegtay in ninkeeda uu xakameeyaa noloshiisa, waxayna ka baqaysaa falcelintiisa.'],
    ['fa', 'شاگرد ما میگوید شوهرش کنترلش می کند و او از واکنش شوهرش می ترسد.'],
    ['ur', 'ہماری طالبہ کہتی ہے کہ شوہر اسے کنٹرول کرتا ہے اور وہ اس کے ردعمل سے ڈرتی ہے۔'],
    ['uk', 'Учениця каже, що чоловік контролює її гроші, і вона боїться його реакції.'],
    ['ru', 'Клиентка говорит, что муж контролирует её деньги, и она боится его реакции.'],
    ['tr', 'Kursiyerimiz kocasının onu kontrol ettiğini ve tepkisinden korktuğunu söylüyor.'],
    ['pl', 'Uczestniczka mówi, że mąż kontroluje jej pieniądze i boi się jego reakcji.'],
  ] as const)('%s: a person under control who fears the controller’s reaction', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'En gutt på 15 år kan bli holdt igjen i Pakistan fra neste måned, sier kontaktlæreren.'],
    ['en', 'A 14-year-old girl may be kept in Somalia from next week, her teacher told us.'],
    ['nb', 'Jenta på 16 sier at hun kanskje skal være i Somalia fra neste måned, og hun vil ikke.'],
    ['en', 'The boy, 15, says he might stay in Iraq from next month and he does not want to.'],
  ] as const)('%s: a person kept abroad, or abroad against their will, from a near date', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'Vi ønsker opplæring for de ansatte på mottaket om negativ sosial kontroll og tvangsekteskap nå. Hvem gir slik opplæring?'],
    ['en', 'Who can give our staff training on forced marriage and acute cases now?'],
  ] as const)('%s: a request for training with danger said only in general words', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });

  it('a duty question about minors in general gets neither the card nor the "112 if acute" line', () => {
    const text = 'Jeg er politi. Generelt: må vi varsle barnevernet når personer under 18 står i fare for tvangsekteskap?';
    expect(isDanger(text, 'nb', true)).toBe(false);
    expect(isConcern(text, 'nb', true)).toBe(false);
  });

  it('a supposed marriage with no one named is a duty question; with a pupil named it keeps its line', () => {
    expect(isConcern('Jeg jobber i NAV. Hvis vi mistenker tvangsekteskap, må vi melde til barnevernet?', 'nb', true)).toBe(false);
    expect(isConcern('Hvis en elev på 16 sier at hun skal giftes bort mot sin vilje i sommer, må vi melde til barnevernet?', 'nb', true)).toBe(true);
  });
});

// (was danger-session14.test.ts)

describe('danger words: beating told in the past or the passive', () => {
  /**
   * Violence at home told in a past or third-person form ("her father beat her", "she is beaten at home") inside a
   * question from a service is danger, in Russian, Ukrainian and Tigrinya as in Norwegian (session 14: the held-back
   * blind sets found the past tense and the passive missing). Written for this test.
   */
  const danger = createDangerReader(loadSituationReader());
  const isDanger = (text: string, lng: 'ru' | 'uk' | 'ti') => danger.isDanger(prepareUtterance(text, lng));

  it.each([
    ['ru', 'Я работаю в школе. Ученица сказала, что отец бил её вчера ремнём. Что нам делать?'],
    ['ru', 'Соседка говорит, что муж бьёт её каждый вечер. Куда обратиться?'],
    ['uk', 'Учениця розповіла, що батько бив її вчора. Що робити?'],
    ['ti', 'ሓንቲ ተምሃሪት ኣብ ገዛ ከም እትውቃዕ ነጊራትና። እንታይ ንግበር?'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['ru', 'Где купить билет на поезд в Осло?'],
    ['ru', 'Какие у нас обязанности, если мы подозреваем принудительный брак?'],
    ['uk', 'Скільки було справ у 2023 році?'],
    ['ru', 'Она говорит, что отец не бил её, но не отпускает на учёбу.'],
    ['uk', 'Вона каже, що чоловік не б’є її, але забирає гроші.'],
  ] as const)('%s, calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

// (was danger-session15.test.ts)

// In a block of its own: its helpers have the names of other former files' different helpers.
{
  /**
   * Session 15: the fresh blind sets found two kinds of described danger missed. (1) Others taking or sending the writer
   * to a country abroad ("they will take me to Pakistan", "если меня отправят в Ирак"), also put as "if": the writer's
   * fear of removal, not a supposition (concept takenSelf, rule taken-self-abroad). (2) In Somali, a small girl's cutting
   * told as "cleaning" her on a trip in the holidays, with a child's age under ten written "6 jirka". Written for this
   * test, not copied from a set.
   */
  const danger = createDangerReader(loadSituationReader());
  const isDanger = (text: string, lng: Lang) => danger.isDanger(prepareUtterance(text, lng));

  describe('danger: the writer taken or sent abroad by others', () => {
    it.each([
      ['en', 'what if my parents send me to Iraq after exams? can anyone stop it'],
      ['nb', 'foreldra mine skal sende meg til Somalia etter jul, hva kan jeg gjøre'],
      ['nn', 'dei vil senda meg til Pakistan i haust, kven kan hjelpa meg?'],
      ['ru', 'родители хотят отправить меня в Дагестан, к кому обратиться?'],
      ['uk', 'якщо батьки відправлять мене до Іраку, хто мені допоможе?'],
      ['pl', 'rodzice chcą wysłać mnie do Pakistanu, co mam zrobić?'],
      ['tr', 'ailem beni yazın Türkiye\'ye gönderecek, ne yapabilirim?'],
      ['so', 'waalidkay waxay rabaan inay i geeyaan Muqdisho, maxaan sameeyaa?'],
      ['ar', 'أهلي يريدون أن يرسلوني إلى العراق، ماذا أفعل؟'],
      ['fa', 'خانواده‌ام می‌خواهند مرا به ایران بفرستند، چه کار کنم؟'],
      ['ur', 'میرے والدین مجھے پاکستان بھیجنا چاہتے ہیں، میں کیا کروں؟'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['en', 'can you send me the number for the embassy in Pakistan?'],
      ['nb', 'kan du sende meg nummeret til ambassaden i Pakistan?'],
      ['en', 'what does the law say if parents take a child abroad against her will?'],
      ['ru', 'какие страны покрывает посольство в Анкаре?'],
    ] as const)('%s, calm: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: a small girl to be "cleaned" abroad in the holidays (Somali)', () => {
    it('reads the euphemism with a young child and a trip in the holiday', () => {
      expect(isDanger('Deriskayga ayaa doonaya inay gabadheeda 7 jirka ah u qaado Itoobiya fasaxa si ay u nadiifiso.', 'so')).toBe(true);
    });
    it('leaves cleaning at home alone', () => {
      expect(isDanger('Sidee baan u nadiifiyaa guriga ka hor fasaxa?', 'so')).toBe(false);
    });
  });

  describe('danger: a girl to go "home for good" (nb, nn, en)', () => {
    it.each([
      ['nb', 'en elev i 10. klasse sier at hun skal hjem for godt etter sommeren, og hun var lei seg'],
      ['nn', 'ein elev fortalde at ho skal heim for godt etter ferien og gret'],
      ['en', 'a pupil told me she is going back for good after the summer and she was crying'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });
}

// (was danger-session16.test.ts)

// In a block of its own: its helpers have the names of other former files' different helpers.
{
  /**
   * Session 16: described danger still missed in long stories in the other languages. Each class is written here in
   * our own words, in several languages, not copied from an evaluation set: (1) a girl "promised to someone" for
   * marriage, said by the girl herself, with a near date; (2) a veiled threat that "no one will find her"; (3) "he will
   * do something if she…" from a relative; (4) a residence card or passport taken and a return "home" announced
   * (Somali); (5) "we will send you to <country>" and a child afraid to go home (Persian); (6) a girl told she will
   * "become clean" on a summer trip (Tigrinya); (7) a girl going "home for good" in the nine other languages.
   */
  const danger = createDangerReader(situation);
  const isDanger = (text: string, lng: Lang) => danger.isDanger(prepareUtterance(text, lng));

  describe('danger: a girl promised to someone for marriage, with a near date', () => {
    it.each([
      ['en', 'my aunt says I was promised to a cousin and they come to get me next week'],
      ['nb', 'jeg er lovet til en fetter og de kommer for å hente meg neste uke'],
      ['ru', 'меня обещали какому-то мужчине, свадьба через месяц'],
      ['pl', 'rodzice obiecali mnie komuś, ślub w przyszłym tygodniu'],
      ['tr', 'ailem beni birine söz verdi, gelecek hafta nişan var'],
      ['fa', 'خاله‌ام گفت منو به پسرعموم قول دادن و هفته دیگه میان'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });

  describe('danger: veiled threats from relatives', () => {
    it.each([
      ['en', 'her uncle told her that if she leaves, no one will ever find her'],
      ['nb', 'faren sa at ingen vil finne henne hvis hun drar'],
      ['ru', 'брат сказал ей, что её никто не найдёт, если она уйдёт'],
      ['uk', 'батько сказав, що її ніхто не знайде, якщо вона піде'],
      ['pl', 'ojciec powiedział, że nikt jej nie znajdzie, jeśli odejdzie'],
      ['tr', 'abisi giderse kimse onu bulamaz dedi'],
      ['nn', 'onkelen sa han skal gjere noko med ho om ho flyttar ut'],
      ['nb', 'broren hennes har sagt at han skal gjøre noe hvis hun prøver å flytte'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['nb', 'vi må gjøre noe hvis hun ikke kommer på skolen, hvem ringer vi?'],
      ['en', 'we should do something if she keeps missing class'],
    ] as const)('%s, calm: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: papers taken and a return announced (Somali); "we will send you" (Persian); "clean" on a trip (Tigrinya)', () => {
    it('Somali: a husband took her residence card and says she will go back to Somalia next month', () => {
      expect(isDanger('Ninkeeda ayaa qaatay kaarkeeda, wuxuuna yiri bisha soo socota waxaad ku laabanaysaa Soomaaliya.', 'so')).toBe(true);
    });
    it('Somali: returning to class today is not danger', () => {
      expect(isDanger('Maanta waxaad ku laabanaysaa fasalka saacadda 10.', 'so')).toBe(false);
    });
    it('Persian: a father says "we will send you to Afghanistan" and the boy will not go home', () => {
      expect(isDanger('پدرش بهش گفته میفرستیمت افغانستان و حالا نمیخواد بره خونه', 'fa')).toBe(true);
    });
    it('Tigrinya: a girl told she will become clean on a summer trip to Eritrea', () => {
      expect(isDanger('ኣብ ሓምለ ናብ ኤርትራ ክኸዱ እዮም፣ ኣደኣ ንጓል 9 ዓመት ጽርይቲ ክትኮኒ ኢኺ ኢላታ።', 'ti')).toBe(true);
    });
  });

  describe('danger: a girl going "home for good" (the nine other languages)', () => {
    it.each([
      ['ru', 'ученица сказала, что после лета уезжает насовсем на родину, и плакала'],
      ['uk', 'учениця каже, що після літа поїде назавжди на батьківщину'],
      ['pl', 'uczennica mówi, że po wakacjach wyjeżdża na stałe do ojczyzny'],
      ['tr', 'öğrencim yazdan sonra memlekete temelli döneceğini söyledi'],
      ['ar', 'قالت الطالبة إنها سترجع للبلد نهائيا بعد الصيف'],
      ['fa', 'دانش‌آموزم گفت بعد از تابستان برای همیشه برمیگرده افغانستان'],
      ['ur', 'طالبہ نے بتایا کہ گرمیوں کے بعد وہ ہمیشہ کے لیے واپس پاکستان جا رہی ہے'],
      ['so', 'ardayda ayaa sheegtay in ay si joogto ah ugu laabanayso Soomaaliya xagaaga kadib'],
      ['ti', 'ተመሃሪት ድሕሪ ክረምቲ ንሓዋሩ ናብ ዓዲ ክትምለስ እያ ኢላ'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });

  /**
   * After the held-back sets' first run (general-blind-36/-37): described danger still missed, in our own words:
   * a child to be sent to "school" abroad after Christmas; a fracture the girl explains away; "she won't be here any
   * more" after the holidays; a small girl cut "down there"; a mother saying her newborn will be done "like me"; a
   * father threatening to send a girl away.
   */
  describe('danger: described after the held-back run of session 16', () => {
    it.each([
      ['nb', 'en elev på 14 skal sendes på skole i Somalia etter jul, og hun vil ikke'],
      ['ru', 'девочке 15 лет, у неё перелом руки, говорит, что упала, отец не отходит от неё'],
      ['en', 'a 15-year-old came in with a fractured wrist and her brother answers every question for her'],
      ['ru', 'ученица сказала, что после каникул её здесь, скорее всего, уже не будет'],
      ['so', 'hooyadu waxay tiri gabadheeda sidayda oo kale ayaa loo samayn doonaa'],
      ['ru', 'отец пригрозил отправить её к родственникам, если она не перестанет общаться с подругами'],
      ['uk', 'батько погрожує відправити її до бабусі, якщо вона не слухатиметься'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it('a small girl cut "down there" is a case of cutting (the answer comes with "call 112 if acute" on top)', () => {
      expect(situation.read('en jente på 5 sa at hun ble skåret i tissen hos bestemor i ferien').concern.length).toBeGreaterThan(0);
    });

    it.each([
      ['nb', 'hun snakker brukket norsk, trenger vi tolk?'],
      ['ru', 'у меня сломался телефон, как позвонить в Kompetanseteamet?'],
      ['tr', 'telefonum kırık, numaranızı yazar mısınız?'],
      ['so', 'waxaan ka imid Jabuuti, yaan la xiriiraa?'],
      ['nb', 'vi skal ha foreldremøte etter jul, hvem kan holde et kurs om sosial kontroll?'],
    ] as const)('%s, calm: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });
}

// (was danger-session17.test.ts)

// In a block of its own: its helpers have the names of other former files' different helpers.
{
  /**
   * Session 17: classes found by the lead's own probe messages (written here in our own words, not copied from an
   * evaluation set): (1) being followed home or stalked by relatives, said in the present tense; (2) a veiled threat
   * that the family "will deal with her" or "teach her a lesson" (not in English, where "lesson" marks a teaching
   * question); (3) the asker saying there is no crisis keeps a calm
   * question from getting the "112 if acute" line, while plain danger stays danger. Being followed around at school by a
   * sibling who reports to the family is control, not an emergency, in Persian as in the other languages. (4) "She
   * will not live to see…" said by a relative is a death threat. (5) A school nurse or teacher planning a talk with a
   * class or a group of girls about FGM is a teaching question, not a case. (6) A story that began long ago ("settled
   * two years ago") and goes on lately ("since then", "yesterday") is a present case: a time long past makes a message
   * general only when nothing happened lately. (7) A cutting named as "what is done to (the other) girls" on a trip or
   * abroad in a season. (8) Guarding a girl's door, being taken "to the family" on Friday (pl), followed home and "you
   * will see" (tr).
   */
  const danger = createDangerReader(situation);
  const isDanger = (text: string, lng: Lang) => danger.isDanger(prepareUtterance(text, lng));
  const isConcern = (text: string, lng: Lang) => danger.isConcern?.(prepareUtterance(text, lng), false) === true;

  describe('danger: followed home or stalked by relatives', () => {
    it.each([
      ['en', 'a pupil says two of her cousins follow her home every day and she is terrified'],
      ['en', 'my brother stalks me after school'],
      ['ru', 'брат преследует меня после школы'],
      ['uk', 'дядько переслідує її по дорозі додому'],
      ['pl', 'kuzyni prześladują mnie w drodze do domu, ojciec prześladuje mnie'],
      ['ar', 'ابن عمها يلاحقونها بعد المدرسة'],
      ['fa', 'پسرعموش هر روز تعقیبش میکنه تا خونه'],
      ['ur', 'اس کا کزن روز اسکول سے اس کا پیچھا کرتا ہے'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });

  describe('danger: the family will "deal with her" or "teach her a lesson"', () => {
    it.each([
      ['en', 'her brothers said they will deal with her if she moves out'],
      ['nb', 'onkelen sa de skal lære henne en lekse hvis hun ikke slutter å treffe ham'],
      ['nn', 'far hennar seier ho skal få svi om ho flyttar'],
      ['ru', 'братья сказали, что разберутся с ней, если она не вернётся'],
      ['uk', 'батько сказав, що провчить її за хлопця'],
      ['pl', 'bracia mówią, że dadzą jej nauczkę, jeśli się nie podporządkuje'],
      ['ar', 'قال أخوها إنهم سيلقنونها درسا إذا خرجت مع صديقاتها'],
      ['ur', 'اس کے بھائی کہتے ہیں کہ وہ اسے سبق سکھائیں گے'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });

  describe('calm: followed around at school by a sibling is control, not an emergency', () => {
    it.each([
      ['fa', 'برادرش تو مدرسه همه جا دنبالش میره و به خانواده گزارش میده. چه کار کنیم؟'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('"no crisis" said by the asker: no "112 if acute" on a calm question', () => {
    it.each([
      ['nb', 'tenker på en elev på 15 som kanskje skal giftes bort en gang, ingen krise nå, hva er rutinen?'],
      ['nn', 'ei elev på 15 skal kanskje giftast bort ein gong, ikkje nokon krise, kva er rutinen?'],
      ['en', 'a pupil of 15 might be married off some day, not a crisis, just wondering about the routine'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
      expect(isConcern(text, lng)).toBe(false);
    });

    it.each([
      ['nb', 'ingen krise sier hun, men faren har tatt passet hennes og de reiser i morgen'],
      ['en', 'just wondering, my dad took my passport and we fly tomorrow'],
    ] as const)('plain danger stays danger — %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });

  describe('danger: "she will not live to see it" from a relative', () => {
    it.each([
      ['uk', 'свекруха сказала, що вона не доживе до весілля з тим хлопцем'],
      ['ru', 'дядя сказал ей, что она не доживёт до выпускного, если не послушается'],
      ['en', 'her uncle told her she will not live to see her graduation if she keeps this up'],
      ['pl', 'teść powiedział, że ona nie dożyje rozwodu'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });

  describe('calm: planning a talk with a class or a group of girls about FGM', () => {
    it.each([
      ['ru', 'я учитель, хочу провести беседу с ученицами 9 класса про обрезание девочек, с чего начать?'],
      ['uk', 'хочу провести бесіду з дівчатами 8 класу про каліцтво статевих органів, як підготуватися?'],
      ['pl', 'przygotowuję pogadankę dla dziewczynek z 8 klasy o okaleczaniu narządów płciowych, od czego zacząć?'],
      ['en', 'I want to give a talk to year 9 girls about FGM, where do I start?'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
      expect(isConcern(text, lng)).toBe(false);
    });
  });

  describe('a story that began long ago and goes on lately is a present case', () => {
    it.each([
      ['nb', 'hun kom til kommunen for tre år siden. siden da har onkelen stått utenfor skolen hver dag og fulgt henne hjem'],
      ['nn', 'familien kom for to år sidan. i går stod broren utanfor skulen og venta på ho igjen'],
      ['en', 'she arrived two years ago. since then her cousin has been waiting outside the school every day'],
      ['ru', 'семья приехала три года назад. вчера брат опять ждал её у школы'],
      ['pl', 'przyjechała dwa lata temu, a wczoraj wujek znowu czekał na nią przed szkołą'],
      ['tr', 'iki yıl önce geldiler. dün yine abisi okulun önünde onu bekliyordu'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['nb', 'for to år siden sto en onkel utenfor skolen og ventet på en elev. hvordan skulle vi ha håndtert det?'],
      ['en', 'years ago an uncle was waiting outside the school for a pupil. what should we have done?'],
      ['ru', 'три года назад дядя ждал ученицу у школы. как надо было поступить?'],
    ] as const)('a case long past stays general — %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: a cutting named as "what is done to girls", abroad in a season or on a long trip', () => {
    it.each([
      ['en', 'the mother says grandma will do what is due to girls when they are in Egypt this summer'],
      ['ru', 'мама сказала, что летом в Судане бабушка сделает девочке то, что положено девочкам'],
      ['uk', 'мама каже, що влітку в Єгипті бабуся зробить те, що належить дівчатам'],
      ['pl', 'mama mówi, że latem w Egipcie babcia zrobi to, co należy się dziewczynkom'],
      ['so', 'hooyadu waxay tiri gabadha waxaa loo samayn doonaa waxa gabdhaha loo sameeyo, xagaagan Soomaaliya ayay u socdaan'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });

  describe('danger: a door guarded, a girl taken "to the family" on Friday, followed home with "you will see"', () => {
    it.each([
      ['pl', 'ojciec siedzi pod jej drzwiami cały dzień'],
      ['pl', 'w sobotę mają ją odwieźć do rodziny w Pakistanie'],
      ['tr', 'kuzeninin onu her gün takip ettiğini söyledi, çok korkuyor'],
      ['tr', 'abisi bir daha görürsem görürsün dedi'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });

  describe('calm: someone waits outside, and the writer says she is not afraid of harm from him', () => {
    it.each([
      ['nb', 'broren hennes har stått utenfor jobben hver dag, men hun sier hun ikke er redd for at han skal gjøre noe, hun er bare lei'],
      ['nn', 'faren har stått utanfor skulen nokre dagar, men ho seier ho ikkje er redd for han'],
      ['en', 'her cousin follows her home from the course, but she says she is not afraid of him, just tired of it'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  /**
   * After the held-back pair (general-blind-38/-39) was run once: wedding preparations (gold bought, a big party back
   * home) on a trip; a threat with the Arabic "and" attached; "I'll send him" (fa) and a Persian age with "my"
   * attached; an engagement arranged (tr); a beating (ti); a girl taken to be "cleaned" (ti). Own phrasings.
   */
  describe('after the held-back pair: described danger or a concern, in the words people use', () => {
    const either = (text: string, lng: Lang) => isDanger(text, lng) || isConcern(text, lng);
    it.each([
      ['en', 'her mother has bought gold and talks about a big party back home, and the 14yo is flying out after the summer'],
      ['nb', 'mora har kjøpt gull og snakker om stor fest i hjemlandet, jenta på 15 skal reise etter sommeren'],
      ['ar', 'زوجها منعها من العمل وهددها إذا رجعت للدورة'],
      ['fa', 'پسر ۱۴ ساله‌ام رو باباش میگه میفرستمش عراق پیش عموش'],
      ['tr', 'ailesi 16 yaşındaki kızları için memlekette nişan ayarlamış, kız istemiyor'],
      ['ti', 'ሰብኣያ ከም ዝወቕዓ ነጊራትኒ'],
      ['ti', 'ኣደ ንጓላ ኣብ ሱዳን ክትጸሪ ክትወስዳ ትደሊ'],
    ] as const)('%s: %s', (lng, text) => {
      expect(either(text, lng)).toBe(true);
    });
  });

  describe('review: "she will be married" said of a girl is a marriage arranged for her (en)', () => {
    it('a 16-year-old who will be married abroad this summer is danger', () => {
      expect(isDanger('a 16-year-old in my caseload says she will be married in Somalia this summer', 'en')).toBe(true);
    });
    it.each([
      ['nb', 'ei jente på 16 sier hun skal giftes i Pakistan i sommer, må vi melde?'],
      ['nn', 'ei jente på 16 seier ho skal giftast i Irak i sommar, må vi melde?'],
      ['en', 'a 15 year old told me she will be married in Iraq in the summer holidays'],
    ] as const)('the same said in other words is danger or a case — %s: %s', (lng, text) => {
      expect(isDanger(text, lng) || isConcern(text, lng)).toBe(true);
    });
    it('a question about the marriage age stays calm', () => {
      expect(isDanger('at what age can you be married in Norway?', 'en')).toBe(false);
      expect(isConcern('at what age can you be married in Norway?', 'en')).toBe(false);
    });
  });
}
