import { correctTypos, dangerDetector, signalsDanger } from '../../src/understanding/danger-detector';
import { prepareUtterance } from '../../src/understanding/understand';
import { normalize } from '../../src/language/text';

const danger = (text: string) => signalsDanger(normalize(text));

/** Messages that must raise the emergency card, in every supported language. */
const EMERGENCIES: ReadonlyArray<readonly [lang: string, text: string]> = [
  ['nn', 'dei tek meg med til somalia i morgon'],
  ['so', 'berri ayay i geynayaan soomaaliya'],
  ['uk', 'завтра мене забирають до Сомалі'],
  ['ru', 'завтра меня забирают в Дагестан'],
  ['pl', 'uczennica mówi że jutro zabierają ją do Somalii'],
  ['nb', 'Faren min sier han skal drepe meg'],
  ['nb', 'hun blir slått hjemme i dag'],
  ['nb', 'de skal sende henne til Somalia i morgen'],
  ['nb', 'hun skal giftes bort i helgen'],
  ['nb', 'Eleven er låst inne hjemme'],
  ['nb', 'jeg tør ikke gå hjem i kveld'],
  ['nb', 'hun snakker om selvmord'],
  ['nb', 'hjelp!'],
  ['nb', 'Hjelp meg'],
  ['nb', 'broren truet henne med kniv'],
  ['nb', 'de har tatt passet hennes og flyet går i kveld'],
  ['nb', 'han sa han skal drpe henne'],
  ['nb', 'jeg tørr ikke gå hjem i kveld'],
  ['nn', 'far min seier han skal drepe meg'],
  ['nn', 'eg tør ikkje gå heim i kveld'],
  ['nn', 'ho vert slått heime i dag'],
  ['nn', 'dei skal sende meg til utlandet i morgon'],
  ['en', 'help me'],
  ['en', 'My dad said he will kill me'],
  ['en', 'she is being beaten at home today'],
  ['en', 'they are taking me abroad tomorrow'],
  ['en', "I'm locked in my room"],
  ['en', 'I am scared to go home tonight'],
  ['en', 'she wants to kill herself'],
  ['en', 'he threatend to kil her'],
  ['nb', 'jeg er redd for livet mitt'],
  ['nb', 'hun har blitt banket opp av broren'],
  ['nb', 'han har truet med å skyte meg'],
  ['nb', 'hun ble dratt inn i en bil etter skolen'],
  ['nb', 'hun blir sendt ut av landet på lørdag'],
  ['nn', 'ho har rømt heimanfrå'],
  ['en', 'her brother strangled her yesterday'],
  ['en', "they're sending me to Somalia on Friday"],
  ['en', "I'm scared they'll hurt me when I get home"],
  ['ar', 'ساعدوني، أبي يريد قتلي'],
  ['ar', 'سيرسلونني إلى العراق غدا للزواج'],
  ['ar', 'أنا محبوسة في البيت'],
  ['so', 'i caawi, aabbahay wuu i dili doonaa'],
  ['so', 'berri ayaa la i geynayaa si la ii guursado'],
  ['so', 'waa la i garaacay maanta'],
  ['fa', 'کمکم کنید پدرم مرا می‌کشد'],
  ['fa', 'فردا مرا برای ازدواج به افغانستان می برند'],
  ['fa', 'مرا در خانه زندانی کرده اند'],
  ['ur', 'میری مدد کریں، میرا باپ مجھے مار ڈالے گا'],
  ['ur', 'کل مجھے شادی کے لیے پاکستان لے جا رہے ہیں'],
  ['ur', 'مجھے گھر میں بند کر دیا ہے'],
  ['uk', 'допоможіть, батько погрожує мене вбити'],
  ['uk', 'завтра мене вивезуть за кордон'],
  ['uk', 'мене замкнули вдома'],
  ['ru', 'помогите, отец грозится меня убить'],
  ['ru', 'завтра меня выдадут замуж'],
  ['ru', 'меня заперли дома'],
  ['tr', 'yardım edin, babam beni öldürecek'],
  ['tr', 'yarin beni zorla evlendirecekler'],
  ['tr', 'beni evde kilitlediler'],
  ['pl', 'pomocy, ojciec mnie zabije'],
  ['pl', 'jutro wywiozą mnie za granicę'],
  ['pl', 'zamknęli mnie w domu'],
  ['ti', 'ሓግዙኒ ኣቦይ ክቐትለኒ እዩ'],
  ['ti', 'ጽባሕ ወሲዶም ከመርዕዉኒ እዮም'],
  ['ti', 'ኣብ ገዛ ዓጽዮምኒ'],
  ['ar', 'أبي معه سكين'],
  ['so', 'aabbahay mindi ayuu haystaa'],
  ['fa', 'پدرم چاقو دارد'],
  ['ur', 'میں گھر سے بھاگ گئی ہوں'],
  ['uk', 'я втекла з дому'],
  ['ru', 'у отца нож'],
  ['tr', 'evden kaçtım'],
  ['pl', 'uciekłam z domu'],
  ['ti', 'ካብ ገዛ ሃዲመ'],
];

/** Ordinary guidance questions that should not raise the alarm. */
const ORDINARY: readonly string[] = [
  'hva er negativ sosial kontroll',
  'hvilke tegn skal jeg se etter',
  'hva er avvergeplikt',
  'hjelp meg å bruke boten',
  'can you help me understand forced marriage',
  'could you help me translate a letter for a parents meeting',
  'please help me prepare a presentation on honour culture',
  'kan du hjelpe meg lage en plan for temadagen',
  'what is honour related violence',
  'telefonnummer til kompetanseteamet',
  'hvor mange saker hadde mangfoldsrådgiverne i 2023',
  'kva er tvangsekteskap',
  'hvordan snakker jeg med foreldrene',
  'police non-emergency number',
  'politiet når det ikke haster',
  'hun blir kalt hore og skamfull hjemme',
  'hvor mange ganger ble kompetanseteamet kontaktet i 2022',
  'foreldre som slår barna sine, hva sier loven',
];

describe('danger detector: a cry for help, not the word "help"', () => {
  it('reads "yardım edin!", "bana yardım et", "imdat" in Turkish, and not a professional asking how to help or a benefit', () => {
    for (const cry of ['yardım edin!', 'bana yardım et', 'imdat', 'lütfen yardım edin beni öldürecekler']) expect(danger(cry)).toBe(true);
    for (const calm of ["NAV'da danışmanım. Ona nasıl yardım edebilirim, kimi aramalıyım?", 'Kira yardımı için nasıl başvururum?', 'yardımcı öğretmenim']) {
      expect(danger(calm)).toBe(false);
    }
  });
});

describe('danger detector', () => {
  it.each(EMERGENCIES)('[%s] %s → emergency', (_lang, text) => {
    expect(danger(text)).toBe(true);
  });

  it.each(ORDINARY)('%s → no alarm', (text) => {
    expect(danger(text)).toBe(false);
  });

  it('reads the utterance whatever language the turn is answered in', () => {
    expect(dangerDetector.isDanger(prepareUtterance('мене замкнули вдома', 'nb'))).toBe(true);
    expect(dangerDetector.isDanger(prepareUtterance('help me', 'nn'))).toBe(true);
  });

  it('corrects typos in Norwegian and English danger words only', () => {
    expect(correctTypos('han skal drpee meg')).toBe('han skal drepe meg');
    expect(correctTypos('hva er tvangsekteskap')).toBe('hva er tvangsekteskap');
  });
});
