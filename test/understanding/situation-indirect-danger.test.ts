import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

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
