import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/**
 * Session 22 (calm22, issue #13: danger told in details, and the emergency card only where there is danger), in this
 * file's own phrasings, each class with its calm twins: (1) a cutting told as the girl being "cleaned" ("ska reinsast",
 * "she will be cleaned") on a trip or abroad this season is danger, a room to be cleaned is not; (2) the family to
 * "sort things out" with a person abroad, on a trip, this season or beside control is a threat, sorting out a
 * timetable with a colleague is not; (3) control told in its details (no key of her own, followed or escorted
 * everywhere, her phone checked) with a trip abroad this season is danger, a key of her own and a holiday are not.
 */
const danger = createDangerReader(loadSituationReader());
const isDanger = (text: string, lng: Lang) => danger.isDanger(prepareUtterance(text, lng));

describe('danger: a cutting told as "cleaning" the girl, abroad or on a trip this season', () => {
  it.each([
    ['nn', 'Mor til ei jente på 6 sa at veslejenta ska reinsast når dei reiser til Etiopia i haust.'],
    ['nn', 'Barnehagen fekk høyre at jenta skal no reinsast hjå bestemor i Gambia i sommar.'],
    ['nb', 'En far fortalte at datteren hans ska renses hos bestemor i Gambia i sommerferien.'],
    ['en', 'A mum told our nurse that her little girl will be cleaned when they visit Sudan this summer, she said she will be cleaned like her sisters.'],
    ['ru', 'Мать сказала, что её очистят летом, когда они поедут в Сомали.'],
    ['uk', 'Батько сказав, що її очистять у Сомалі цього літа.'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nn', 'Vi skal reinse akvariet i barnehagen før ferien.'],
    ['nb', 'Vi skal rense vannet i akvariet på barnehagen i sommer.'],
    ['en', 'The classroom will be cleaned this summer before the pupils come back.'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: the family to "sort things out" with a person abroad, on a trip, this season or under control', () => {
  it.each([
    ['nb', 'En elev sier familien skal ordne ting med henne i Pakistan når de reiser i juli.'],
    ['nn', 'Kvinna fortel at brørne skal ordne ting med ho i Somalia i sommar.'],
    ['en', 'My client says her uncles will sort things out with her when they take her to Iraq.'],
    ['pl', 'Klientka mówi, że bracia załatwią z nią sprawę w Pakistanie tego lata.'],
    ['ru', 'Девушка слышала, что родственники решат вопрос с ней в Чечне этим летом.'],
    ['nn', 'Ho får ikkje ha eigne pengar, og mannen seier familien skal ordne ting med ho.'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'Jeg skal ordne ting med henne før foreldremøtet på torsdag.'],
    ['nn', 'Eg må ordne ting med ho som har vakt i morgon.'],
    ['en', 'I need to sort things out with her about the timetable before the exam.'],
    ['pl', 'Muszę załatwić sprawę z nią w urzędzie w przyszłym tygodniu.'],
    ['ru', 'Нам нужно решить вопрос с ней о расписании уроков.'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: control told in details, with a trip abroad this season', () => {
  it.each([
    ['nb', 'En kvinne på 23 får ikke ha egen nøkkel, mannen sjekker telefonen hennes, og de skal til Irak i sommer.'],
    ['nn', 'Eleven har ikkje eigen nøkkel, bror går med ho overalt, og familien reiser til Pakistan i sommar.'],
    ['nn', 'Kvinna seier broren følgje ho overalt.'],
    ['en', 'She has no key of her own, her brother checks her phone, and the family is taking her to Somalia this summer.'],
    ['pl', 'Nie ma własnego klucza, brat sprawdza jej telefon, a tego lata jadą z nią do Pakistanu.'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'En kvinne på 23 har fått egen nøkkel til leiligheten og skal til Irak i sommer på ferie.'],
    ['en', 'She got her own key to the flat this year and is visiting Somalia this summer with her mum.'],
    ['pl', 'Dostała klucz do mieszkania i tego lata jedzie do Pakistanu na wakacje.'],
    ['nn', 'Eg skal følgje ho til bussen etter skulen.'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('words of one language are not read as a harm in another', () => {
  const situation = loadSituationReader();

  it('reads Somali "la tashado" (to consult) as no violence, and Roman Urdu "tashaddud" still as a harm', () => {
    expect(situation.read('Waxaan rabaa inaan la tashado koox qaran oo ku takhasustay arrimahan.').concepts.has('harm')).toBe(false);
    expect(situation.read('Us ke ghar mein tashadud hota hai, woh dar rahi hai.').concepts.has('harm')).toBe(true);
    expect(situation.read('ghar mein tashaddud hai').concepts.has('harm')).toBe(true);
  });
});

describe('"no violence" denies a harm, not a cutting, a marriage arranged or a removal abroad', () => {
  it.each([
    ['nb', 'Det er ingen vold, men de skal omskjære henne i Somalia i sommer.'],
    ['ar', 'ما حكت عن ضرب، بس أهلها رح ياخدوها على العراق بالصيف ليزوجوها.'],
    ['tr', "kimse kimseyi tehdit etmedi ama kızı bu yaz Türkiye'de zorla evlendirecekler."],
    ['en', 'cps worker. 14yo possibly taken to somalia, who do we call?'],
  ] as const)('still danger: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'En bruker på 30 sier mannen tar lønna hennes og bestemmer alt, men hun har ikke fortalt om vold.'],
    ['fa', 'مادرم و پدرم خیلی سخت گیرند ولی هیچ خشونتی نیست و قرار نیست جایی بریم.'],
    ['en', "My client's husband decides everything; she didn't mention any violence and they are not travelling anywhere."],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

/**
 * Session 22 (safety22, issue #13): a wedding trip told with a bare pronoun ("they are flying her to…"), where the
 * person taken is told only by the trip words or by the verb of her marrying, and a "no violence" beside it. Either
 * reading brings the "112 if acute" line on top (danger, or a concern); a cousin's wedding, a holiday and a wedding the
 * young adult chose herself bring neither.
 */
describe('a wedding trip told with a bare pronoun, with or without "no violence" beside it', () => {
  const raised = (text: string, lng: Lang) => {
    const u = prepareUtterance(text, lng);
    return danger.isDanger(u) || danger.isConcern?.(u, false) === true;
  };

  it.each([
    ['en', 'they are flying her to Bangladesh in August to get married'],
    ['en', 'Nobody hits her, but they will send her back to Iraq this autumn so she can be married.'],
    ['nb', 'Det er ingen trusler, men de sender henne til Irak i høstferien for å gifte seg.'],
    ['nn', 'Ingen vald, men dei tek henne med til Somalia i haust for å gifte seg.'],
    ['ar', 'سيرسلونها إلى اليمن في العطلة الصيفية لتتزوج'],
    ['ar', 'لا يوجد عنف لكنهم سيأخذونها إلى سوريا في الخريف لتتزوج هناك'],
    ['pl', 'W sierpniu wywożą ją do Afganistanu, żeby wyszła za mąż.'],
    ['tr', "Şiddet yok ama bu sonbahar onu Irak'a evlenmesi için götürüyorlar."],
    ['so', 'Rabshad ma jirto, laakiin xagaaga waxay u diraan Kenya si ay u guursato.'],
    ['ru', 'Насилия нет, но осенью её отправляют в Дагестан, чтобы она вышла замуж.'],
    ['uk', 'Насильства немає, але восени її відправляють до Афганістану, щоб вона вийшла заміж.'],
    ['ur', 'کوئی تشدد نہیں، لیکن وہ اسے سردیوں میں پاکستان بھیج رہے ہیں تاکہ اس کی شادی ہو جائے۔'],
  ] as const)('raised: %s: %s', (lng, text) => {
    expect(raised(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'We are flying her to Bangladesh in August for her cousin\'s wedding.'],
    ['en', 'My sister is 27 and is getting married in Morocco next summer to a man she chose herself.'],
    ['nb', 'Vi tar henne med til Tyrkia i høstferien på ferie.'],
    ['ar', 'سنأخذها إلى مصر في العطلة الصيفية للسياحة'],
    ['pl', 'W sierpniu zabieramy ją nad morze do Chorwacji na wakacje.'],
    ['ur', 'ہم اسے سردیوں میں بھائی کی شادی میں شرکت کے لیے پاکستان لے جا رہے ہیں۔'],
    ['fa', 'پاییز او را برای عروسی دخترخاله‌اش به ترکیه می‌بریم.'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(raised(text, lng)).toBe(false);
  });
});
