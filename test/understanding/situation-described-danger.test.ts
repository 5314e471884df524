import { loadSituationReader } from '../../src/understanding/situation-cues';

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
