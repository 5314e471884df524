import { loadLanguageDetector, norwegianVariant, type LanguageDetector } from '../../src/language/detect-language';
import { chooseLanguage } from '../../src/language/choose-language';
import { langFromLocale, type Lang } from '../../src/language/languages';

/**
 * Short messages as staff type them in a chat: 2–6 words, no capitals or question marks, typos welcome.
 * Each must be read as its language and be reliable enough to switch the reply language.
 */
const SHORT_MESSAGES: Readonly<Record<Lang, readonly string[]>> = {
  nb: [
    'Hva er negativ sosial kontroll?',
    'hvordan snakker jeg med eleven om dette',
    'hva gjør jeg nå',
    'jeg er bekymret for en elev',
    'hvem skal jeg ringe',
    'hun får ikke gå ut',
    'eleven kom ikke tilbake etter ferien',
    'takk for hjelpen',
    'hvordan melder jeg til barnevernet',
  ],
  nn: [
    'Kva er negativ sosial kontroll?',
    'korleis skal eg snakke med eleven',
    'eg er uroa for ei jente i klassen min',
    'kva gjer eg no',
    'kven skal eg ringje',
    'ho får ikkje gå ut',
    'eleven kom ikkje tilbake frå ferien',
    'takk for hjelpa',
    'korleis kan skulen hjelpe',
  ],
  en: [
    'What should I do if a pupil is afraid of going home?',
    'help me please',
    'what should i do',
    'who do I call',
    'signs of forced marriage',
    'a student is missing after the holidays',
    'thanks for the help',
    'phone number for Kompetanseteamet',
    'she is not allowed out',
  ],
  ar: [
    'ما هو الزواج القسري؟',
    'مساعدة من فضلك',
    'ماذا أفعل الآن',
    'بمن أتصل',
    'طالبة لم تعد من الإجازة',
    'شكرا جزيلا',
    'رقم هاتف الشرطة',
    'هي خائفة من أهلها',
    'أجب بالعربية',
  ],
  fa: [
    'ازدواج اجباری چیست؟',
    'لطفاً کمک کنید',
    'حالا چه کار کنم',
    'به کی زنگ بزنم',
    'شاگرد از رخصتی برنگشته',
    'تشکر زیاد',
    'نمبر تیلفون پولیس',
    'او از خانواده‌اش می‌ترسد',
    'به دری جواب بده',
  ],
  ur: [
    'جبری شادی کیا ہے؟',
    'براہ کرم مدد کریں',
    'اب میں کیا کروں',
    'مجھے کس کو فون کرنا چاہیے',
    'طالبہ چھٹیوں سے واپس نہیں آئی',
    'بہت شکریہ',
    'پولیس کا نمبر',
    'وہ اپنے گھر والوں سے ڈرتی ہے',
    'اردو میں جواب دیں',
  ],
  uk: [
    'Що таке примусовий шлюб?',
    'допоможіть будь ласка',
    'що мені робити',
    'кому телефонувати',
    'учениця не повернулася з канікул',
    'дякую за допомогу',
    'номер телефону поліції',
    'вона боїться батьків',
    'відповідай українською',
  ],
  ru: [
    'Что такое принудительный брак?',
    'помогите пожалуйста',
    'что мне делать',
    'кому звонить',
    'ученица не вернулась с каникул',
    'спасибо за помощь',
    'номер телефона полиции',
    'она боится родителей',
    'отвечай по-русски',
  ],
  tr: [
    'Zorla evlilik nedir?',
    'yardım lütfen',
    'ne yapmalıyım',
    'kimi aramalıyım',
    'öğrenci tatilden dönmedi',
    'teşekkürler',
    'polis telefon numarası',
    'kız ailesinden korkuyor',
    'türkçe cevap ver',
  ],
  pl: [
    'Czym jest małżeństwo przymusowe?',
    'pomocy proszę',
    'co mam zrobić',
    'do kogo zadzwonić',
    'uczennica nie wróciła z wakacji',
    'dziękuję za pomoc',
    'numer telefonu na policję',
    'ona boi się rodziców',
    'odpowiadaj po polsku',
  ],
  ti: [
    'ሓይልን ምርዓው እንታይ እዩ?',
    'ሓገዝ በጃኻ',
    'እንታይ ክገብር ኣለኒ',
    'ናብ መን ክድውል',
    'ተመሃሪት ካብ ዕረፍቲ ኣይተመልሰትን',
    'የቐንየለይ',
    'ቁጽሪ ተሌፎን ፖሊስ',
    'ብትግርኛ መልስ',
  ],
  so: [
    'Waa maxay guur qasab ah?',
    'fadlan i caawi',
    'maxaan sameeyaa hadda',
    'yaan wacaa',
    'ardayda kama soo laaban fasaxa',
    'mahadsanid caawimaadda',
    'lambarka taleefanka booliska',
    'gabadhu waxay ka baqaysaa waalidkeed',
    'ku jawaab soomaali',
  ],
};

describe('language detection on short, real messages', () => {
  let detector: LanguageDetector;
  beforeAll(async () => {
    detector = await loadLanguageDetector();
  });

  const table = Object.entries(SHORT_MESSAGES).flatMap(([lng, messages]) => messages.map((text) => [lng, text] as const));
  it.each(table)('%s: "%s"', (expected, text) => {
    expect(detector.detect(text)).toEqual({ lng: expected, reliable: true });
  });

  it('has at least eight short messages for every language', () => {
    for (const messages of Object.values(SHORT_MESSAGES)) expect(messages.length).toBeGreaterThanOrEqual(8);
  });

  // A few words that could be several languages must not move the conversation to another language.
  it.each(['ok', 'OK!', 'takk', 'thanks', 'hei', 'ja', 'hjelp meg', 'ok takk', '👍', '2023', 'Kompetanseteamet'])(
    '"%s" is not reliable, so the conversation keeps its language',
    (text) => expect(detector.detect(text).reliable).toBe(false),
  );

  it('reads Norwegian without a bokmål or nynorsk marker as Norwegian, but not reliably', () => {
    expect(detector.detect('hjelp meg')).toEqual({ lng: 'nb', reliable: false });
    expect(detector.detect('takk')).toEqual({ lng: 'nb', reliable: false });
  });

  it('trusts a single word only when its letters belong to one language', () => {
    expect(detector.detect('مساعدة')).toEqual({ lng: 'ar', reliable: true }); // ة is Arabic only
    expect(detector.detect('ሓገዝ')).toEqual({ lng: 'ti', reliable: true });
    expect(detector.detect('допомога').lng).toBe('uk');
    expect(detector.detect('помощь').lng).toBe('ru');
  });

  it('returns nothing for an empty or symbol-only message', () => {
    expect(detector.detect('')).toEqual({ lng: undefined, reliable: false });
    expect(detector.detect('?!')).toEqual({ lng: undefined, reliable: false });
  });

  it('tells nynorsk from bokmål by marker words', () => {
    expect(norwegianVariant(['kva', 'gjer', 'eg', 'no']).lng).toBe('nn');
    expect(norwegianVariant(['hva', 'gjør', 'jeg', 'nå']).lng).toBe('nb');
  });
});

describe('choosing the reply language', () => {
  const unsure = { lng: undefined, reliable: false } as const;
  it('puts an explicit choice first', () => {
    expect(chooseLanguage({ preferred: 'nn', detected: { lng: 'en', reliable: true }, previous: 'nb', locale: 'en', fallback: 'nb' })).toBe('nn');
  });
  it('lets reliable text beat the conversation and the Teams locale', () => {
    expect(chooseLanguage({ preferred: undefined, detected: { lng: 'nb', reliable: true }, previous: 'en', locale: 'en', fallback: 'nb' })).toBe('nb');
  });
  it('keeps the conversation language for a few uncertain words', () => {
    expect(chooseLanguage({ preferred: undefined, detected: { lng: 'en', reliable: false }, previous: 'ar', locale: 'en', fallback: 'nb' })).toBe('ar');
  });
  it('falls back to locale, then the default', () => {
    expect(chooseLanguage({ preferred: undefined, detected: unsure, previous: undefined, locale: 'en', fallback: 'nb' })).toBe('en');
    expect(chooseLanguage({ preferred: undefined, detected: unsure, previous: undefined, locale: undefined, fallback: 'nn' })).toBe('nn');
  });
  it('maps Teams locales', () => {
    expect(langFromLocale('nb-NO')).toBe('nb');
    expect(langFromLocale('no')).toBe('nb');
    expect(langFromLocale('nn-NO')).toBe('nn');
    expect(langFromLocale('prs-AF')).toBe('fa');
    expect(langFromLocale('de-DE')).toBeUndefined();
  });
});
