import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { directory, noAdvisers, places } from './contact-fixtures';

const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });
const read = (text: string) => recognizer.read(text);

/**
 * Whom a young person can call, a line a grown-up can call herself, a number "she" can call (no age), and the asker
 * calling about a child, in the nine other answer languages. Sentences written for these tests (machine-assisted).
 */
const cases: readonly { lng: string; young: readonly string[]; adult: readonly string[]; someone: string; asker: readonly string[] }[] = [
  {
    lng: 'ar',
    young: ['بمن يمكن لابنتي أن تتصل إذا كانت خائفة؟', 'مع من يمكن أن تتحدث فتاة عمرها 15 سنة؟', 'هل هناك خط يمكن لابني أن يتصل به؟'],
    adult: ['هل يوجد رقم يمكن للمرأة أن تتصل به بنفسها؟'],
    someone: 'هل يوجد رقم يمكنها أن تتصل به بنفسها؟',
    asker: ['بمن أتصل بخصوص ابنتي؟', 'بمن يمكن الاتصال بخصوص ابنتي؟'],
  },
  {
    lng: 'so',
    young: ['Gabadhaydu yay la xiriiri kartaa?', 'Wiilkaygu yuu la hadli karaa?'],
    adult: ['Ma jiraa lambar haweeneydu ay iyadu wici karto?'],
    someone: 'Ma jiraa lambar ay iyadu wici karto?',
    asker: ['Yaan la xiriiraa gabadhayda arrinteeda?'],
  },
  {
    lng: 'fa',
    young: ['دخترم با کی می‌تواند صحبت کند؟', 'پسرم کجا می‌تواند کمک بگیرد؟'],
    adult: ['آیا شماره‌ای هست که زن خودش بتواند زنگ بزند؟'],
    someone: 'آیا شماره‌ای هست که او خودش بتواند زنگ بزند؟',
    asker: ['درباره دخترم به کی زنگ بزنم؟'],
  },
  {
    lng: 'ur',
    young: ['میری بیٹی کس سے بات کر سکتی ہے؟', 'میرا بیٹا کس سے رابطہ کر سکتا ہے؟'],
    adult: ['کیا کوئی نمبر ہے جس پر عورت خود فون کر سکے؟'],
    someone: 'کیا کوئی نمبر ہے جس پر وہ خود فون کر سکے؟',
    asker: ['میں اپنی بیٹی کے بارے میں کس سے بات کروں؟'],
  },
  {
    lng: 'uk',
    young: ['До кого може звернутися моя донька?', 'З ким може поговорити мій син?'],
    adult: ['Чи є номер, за яким жінка може сама зателефонувати?'],
    someone: 'Чи є номер, куди вона може сама подзвонити?',
    asker: ['Кому я можу подзвонити щодо доньки?'],
  },
  {
    lng: 'ru',
    young: ['К кому может обратиться моя дочь?', 'Куда может позвонить девочка 15 лет?', 'С кем может поговорить мой сын?'],
    adult: ['Есть ли номер, по которому женщина может сама позвонить?'],
    someone: 'Есть ли номер, по которому она может сама позвонить?',
    asker: ['Кому я могу позвонить насчёт дочери?', 'Кому позвонить, если дочь боится?'],
  },
  {
    lng: 'tr',
    young: ['Kızım kimi arayabilir?', '15 yaşındaki bir kız kiminle konuşabilir?', 'Oğlumun arayabileceği bir hat var mı?'],
    adult: ['Kadının kendisinin arayabileceği bir numara var mı?'],
    someone: 'Kendisinin arayabileceği bir numara var mı?',
    asker: ['Kızım için kimi arayabilirim?'],
  },
  {
    lng: 'pl',
    young: ['Do kogo może zadzwonić moja córka?', 'Gdzie uczennica może uzyskać pomoc?', 'Z kim może porozmawiać mój syn?'],
    adult: ['Czy jest numer, pod który kobieta może sama zadzwonić?'],
    someone: 'Czy jest numer, pod który ona może sama zadzwonić?',
    asker: ['Do kogo mogę zadzwonić w sprawie córki?'],
  },
  {
    lng: 'ti',
    young: ['ጓለይ ንመን ክትድውል ትኽእል?', 'ወደይ ምስ መን ክዛረብ ይኽእል?'],
    adult: ['እታ ሰበይቲ ባዕላ ክትድውለሉ ትኽእል ቁጽሪ ኣሎ ድዩ?'],
    someone: 'ባዕላ ክትድውለሉ ትኽእል ቁጽሪ ኣሎ ድዩ?',
    asker: ['ብዛዕባ ጓለይ ንመን ክድውል እኽእል?'],
  },
];

describe('who will call, when it is not the asker, in the other answer languages', () => {
  describe.each(cases)('$lng', ({ young, adult, someone, asker }) => {
    it.each(young)('a young person will call: %s', (text) => {
      expect(read(text)).toMatchObject({ query: { youngCaller: true, minor: true }, score: 0.75 });
    });
    it.each(adult)('a grown-up will call: %s', (text) => {
      const reading = read(text);
      expect(reading).toMatchObject({ query: { adultCaller: true }, score: 0.75 });
      expect(reading?.query.youngCaller).toBeUndefined();
    });
    it(`no age is said: ${someone}`, () => {
      const reading = read(someone);
      expect(reading).toMatchObject({ query: { helpline: true }, score: 0.75 });
      expect(reading?.query.adultCaller).toBeUndefined();
      expect(reading?.query.youngCaller).toBeUndefined();
    });
    it.each(asker)('the asker will call: %s', (text) => {
      const query = read(text)?.query;
      expect(query?.youngCaller).toBeUndefined();
      expect(query?.adultCaller).toBeUndefined();
    });
  });

  it('takes a child in another clause for the one talked about, not the caller', () => {
    expect(read('дочь удерживают в Чечне, кому звонить?')).toMatchObject({ query: { country: 'RU', whereabouts: 'abroad' }, score: 0.95 });
    expect(read('доньку утримують в Сомалі, куди звертатися?')?.query.youngCaller).toBeUndefined();
    expect(read('ጓለይ ኣብ ኤርትራ ተታሒዛ ኣላ፡ ንመን ክድውል?')?.query.youngCaller).toBeUndefined();
    // "Where can a young person ask anonymously": asking a question is no call, ung.no's article answers it.
    expect(read('መንእሰይ ኣበይ ብዘይ ስም ሕቶ ክሓትት ይኽእል')).toBeUndefined();
  });
});
