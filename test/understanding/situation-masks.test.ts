import { loadSituationReader } from '../../src/understanding/situation-cues';

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
