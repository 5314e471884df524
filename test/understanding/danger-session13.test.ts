import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

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
