import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { planSteps } from '../../src/contacts/plan-contacts';
import type { Features } from '../../src/features';
import type { Lang } from '../../src/language/languages';
import { readersOfFile } from '../helpers/test-readers';
import { directory, noAdvisers, places } from './contact-fixtures';

const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });
const ids = (query: Parameters<typeof planSteps>[0]) => planSteps(query, directory).map((s) => s.serviceId);

describe('an age typed with the person and the verb as one word ("im 20")', () => {
  it.each<[string, boolean]>([
    ['im 20 now, may i ring kompetanseteamet on my own?', true],
    ['shes 23, can she phone kompetanseteamet herself', true],
    ['im 15 and scared, who do i call', false],
  ])('%s: grown-up %s', (message, adult) => {
    expect(recognizer.saysAdult(message)).toBe(adult);
    expect(recognizer.saysMinor(message)).toBe(!adult);
  });

  it('a grown-up asking for Kompetanseteamet by name hears that people over 18 may contact it themselves', () => {
    const query = recognizer.read('im 20 now, may i ring kompetanseteamet on my own?', 'en')?.query;
    expect(query).toMatchObject({ serviceId: 'kompetanseteamet', adultCaller: true });
    expect(planSteps(query ?? {}, directory)[0]).toMatchObject({ serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametAdultSelf' } });
  });
});

describe('discussing a case anonymously with someone asks where to get advice', () => {
  it.each<[Lang, string]>([
    ['nb', 'Går det an å drøfte saken anonymt før vi bestemmer oss?'],
    ['nn', 'Er det lov å drøfte det anonymt med nokon utanfor skulen?'],
    ['en', 'Am I allowed to discuss the case anonymously before we decide anything?'],
  ])('%s: a contact question with the wish to stay anonymous', (lang, message) => {
    expect(recognizer.read(message, lang)?.query).toMatchObject({ anonymous: true });
  });
});

describe('"the number of <line> for <whom>" asks for the number, not a count', () => {
  it('en: the line asked for, surely', () => {
    const reading = recognizer.read("what's the number of Alarmtelefonen for teenagers?", 'en');
    expect(reading?.query.serviceId).toBe('alarmtelefonen');
    expect(reading?.score).toBeGreaterThan(0.5);
  });
});

describe('where a family can read about it together asks for the sites for young people', () => {
  it.each<[Lang, string]>([
    ['nb', 'Jeg vil vite hvor vi kan lese om slikt sammen med sønnen min.'],
    ['nn', 'Kvar kan vi lese om dette saman med dottera vår?'],
    ['en', 'Where we can read about it together, my daughter and I?'],
  ])('%s: the sites', (lang, message) => {
    expect(recognizer.read(message, lang)?.query.website).toBe(true);
  });
});

describe('a Somali wish not to say one\'s name is a wish to stay anonymous', () => {
  it.each<string>(['Gabadhaydu ma wici kartaa khad iyadoo aan magaceeda sheegin?', 'Ma jiraa lambar ay ardaydu wici karaan magacooda sheegin?'])('%s', (message) => {
    expect(recognizer.asksAnonymity(message)).toBe(true);
  });
});

describe('organisations to volunteer with', () => {
  it.each<[Lang, string]>([
    ['nb', 'Jeg vil gjerne jobbe frivillig for å hjelpe andre kvinner. Finnes det noe for meg?'],
    ['nn', 'Eg vil gjerne vere friviljug og hjelpe andre jenter. Kven kan eg ta kontakt med?'],
    ['en', "I'd love to volunteer with an organisation on this. Where do I start?"],
    ['tr', 'Başka kadınlara destek olmak için gönüllü olmak istiyorum. Nereye başvurabilirim?'],
    ['ru', 'Хочу стать волонтёром и помогать девушкам. Куда обратиться?'],
    ['uk', 'Хочу бути волонтеркою і допомагати дівчатам. Куди звернутися?'],
    ['pl', 'Chciałabym zostać wolontariuszką i pomagać dziewczynom. Gdzie się zgłosić?'],
    ['ar', 'أريد أن أتطوع لمساعدة البنات. أين أتوجه؟'],
    ['fa', 'می‌خواهم داوطلب شوم و به دخترها کمک کنم. کجا بروم؟'],
    ['ur', 'میں رضاکار بننا چاہتی ہوں تاکہ لڑکیوں کی مدد کروں۔ کہاں رابطہ کروں؟'],
    ['so', 'Waxaan rabaa inaan tabarruc ahaan gabdhaha u caawiyo. Xagee aadaa?'],
    ['ti', 'ብወለንታ ንኣዋልድ ክሕግዝ እደሊ። ኣበይ ክኸይድ?'],
  ])('%s: the voluntary organisations first', (lang, message) => {
    const query = recognizer.read(message, lang)?.query;
    expect(query?.volunteer).toBe(true);
    expect(ids(query ?? {}).slice(0, 2)).toEqual(['seif', 'rode-kors-telefonen']);
  });

  it.each<[Lang, string]>([
    ['nb', 'Vi er en frivillig forening som vil lage et prosjekt mot tvangsekteskap. Hvor kan vi søke om penger?'],
    ['nn', 'Vi er ein frivillig organisasjon med eit prosjekt om sosial kontroll. Kvar søkjer vi om tilskot?'],
    ['en', 'We are a small volunteer group with a project on honour violence. Where do we apply for funding?'],
    ['tr', 'Kadın dernekleri bu konuda nereden hibe alabilir?'],
  ])('%s: an association asking for funding is not asking to volunteer', (lang, message) => {
    expect(recognizer.read(message, lang)?.query?.volunteer).toBeUndefined();
  });

  it('a figures question naming volunteers still counts', () => {
    expect(recognizer.read('How many volunteers were there in 2023?', 'en')?.score ?? 0).toBeLessThan(0.5);
  });
});

describe("the school's diversity adviser beside an anonymous line, for a journey still to come", () => {
  it('a classmate to be married off on a summer trip: the adviser is in the plan', () => {
    expect(ids({ country: 'PK', whereabouts: 'travelling-soon', anonymous: true, atSchool: true })).toContain('diversity-advisers');
  });
  it('a person abroad now: not the school\'s adviser', () => {
    expect(ids({ country: 'PK', whereabouts: 'abroad', anonymous: true, atSchool: true })).not.toContain('diversity-advisers');
  });
});

describe('readings of the whole message', () => {
  let readers: Features;
  beforeAll(async () => {
    readers = await readersOfFile();
  });

  it.each<[Lang, string]>([
    ['nb', 'Æ jobbe på skolen og lure på kæm vi kan ringe.'],
    ['nb', 'Æ e lærer, kan vi ringe nån for råd?'],
  ])('%s: a Trøndelag or Northern first person says the role (%s)', (lang, message) => {
    expect(readers.understand(message, lang).role).toBe('school');
  });

  it.each<[Lang, string]>([
    ['tr', '16 yaşında evlendirildim. Yıllar sonra boşandım, geçmişim bitti. Şimdi gönüllü olmak istiyorum, nereye başvurabilirim?'],
    ['en', 'They married me off at 17. Years later I left him, and my past is behind me. I want to volunteer now, where can I go?'],
    ['nb', 'Jeg ble giftet bort som 17-åring. Mange år etter ble jeg skilt, og det ligger bak meg. Nå vil jeg jobbe frivillig, hvor kan jeg henvende meg?'],
  ])('%s: a forced marriage told as long over is calm, and the organisations answer', (lang, message) => {
    const read = readers.understand(message, lang);
    expect(read.danger).toBe(false);
    expect(read.intent).toMatchObject({ kind: 'contact', query: { volunteer: true } });
  });

  it('ar: the cases of a year and the commonest country of origin, both in one reading', () => {
    const read = readers.understand('كم حالة كانت عند مستشاري التنوع في 2022؟ وما اكتر بلد اصل؟', 'ar');
    expect(read.intent).toMatchObject({ kind: 'stats', query: { metric: 'cases', fromYear: 2022, breakdown: 'origin-country' } });
  });
});

describe('Nora asked for as "the site Nora" in the other languages', () => {
  it.each<[Lang, string]>([
    ['fa', 'لینک وبسایت نورا را می‌خواهم، کجا پیدا کنم؟'],
    ['ar', 'ما هو رابط موقع نورا للشباب؟'],
    ['ur', 'نورا کی ویب سائٹ کا پتہ کیا ہے؟'],
    ['ru', 'Подскажите адрес: сайт Nora для молодёжи'],
    ['uk', 'Дайте, будь ласка, посилання на сайт Nora'],
    ['tr', 'Nora sitesinin adresi nedir?'],
    ['pl', 'Gdzie znajdę strony Nora dla młodzieży?'],
    ['so', 'Xagee laga helaa bogga Nora?'],
    ['en', 'what is the web address of Nora?'],
    ['nb', 'Hva er adressen til Nora?'],
  ])('%s: Nora', (lang, message) => {
    expect(recognizer.read(message, lang)?.query.serviceId).toBe('nora');
  });
});

describe('a self-help organisation for immigrants is SEIF', () => {
  it.each<[Lang, string]>([
    ['en', 'Could you point me to a self-help organization that immigrants can join?'],
    ['nb', 'Finnes det en selvhjelpsorganisasjon jeg kan henvise en bruker til?'],
    ['nn', 'Kva heiter sjølvhjelpsorganisasjonen for innvandrarar?'],
    ['ru', 'Есть ли организация самопомощи для иммигрантов?'],
    ['pl', 'Czy jest organizacja samopomocowa dla imigrantów?'],
  ])('%s: SEIF', (lang, message) => {
    const reading = recognizer.read(message, lang);
    expect([reading?.query.serviceId, ...(reading?.query.alsoServiceIds ?? [])]).toContain('seif');
  });
});
