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

/**
 * hb22a (issue #13): dangers told in a family's euphemism, or inside a question about whom to contact first. (1) A
 * relative to "take care of" a small girl "the way it is done back home", or to do to her "what is done to all girls":
 * a cutting planned; a grandmother who babysits, or who cooks the way one does at home, is not. (2) A father or a
 * brother who will "take care of it / deal with it" if she does not stop seeing someone: a threat; taking care of the
 * paperwork if she has no time is not. (3) A girl to be sent to her grandmother or relatives "for good" / "насовсем":
 * sent away for good; a grandmother who moved in for good, or a summer at grandmother's, is not. (4) A girl who "may
 * be sent" to a country, told inside an order-of-contacts or duty question: the duty question does not hide the case.
 */
const isDutyDanger = (text: string, lng: Lang) => danger.isDanger(prepareUtterance(text, lng), true);

describe('danger: a cutting told as taking care of a small girl "the way it is done back home" or "as with all girls"', () => {
  it.each([
    ['nb', 'Tante kommer fra Somalia i sommer og skal ta seg av lillejenta på 3 slik de gjør der hjemme, sier foreldrene. Hva gjør vi?'],
    ['nb', 'Far sa at de skal gjøre med henne som med alle jentene i familien. Hun er 5 år.'],
    ['nn', 'Mormor kjem frå Egypt om ein månad og skal ta seg av veslejenta slik ein gjer heime. Kva gjer vi?'],
    ['en', 'The aunt is flying in from Somalia and says she will take care of the little girl the way it is done back home. She is 4.'],
    ['en', 'The parents told me they will do to their 6-year-old what is done to all girls when they visit Sudan this summer.'],
    ['ru', 'Бабушка приедет из Египта и сделает с внучкой то же, что со всеми девочками. Девочке 5 лет.'],
    ['uk', 'Бабуся приїде з Єгипту і зробить з онукою те саме, що з усіма дівчатками. Дівчинці 5 років.'],
    ['fa', 'پدرش گفته تابستان در سودان همان کاری که با همه دخترها می‌کنند با او هم می‌کنند. دختر ۶ ساله است.'],
    ['ti', 'ኣቦ ነታ ጓል 5 ዓመት ኣብ ክረምቲ ኣብ ኢትዮጵያ ከም ኩለን ኣዋልድ ክገብርዋ እዮም ኢሉ።'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'Bestemor kommer fra Sudan neste måned for å passe jenta på 2 mens mor jobber.'],
    ['nb', 'Bestemor skal lage mat slik man gjør hjemme når hun kommer på besøk.'],
    ['en', 'Grandma is coming from Somalia to babysit our 3-year-old girl while we work. Where can I find Norwegian courses for her?'],
    ['en', 'She is like all girls her age, she loves her phone. Is that normal?'],
    ['ti', 'ጓለይ ከም ኩለን ኣዋልድ ሞባይል ትፈቱ።'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: a relative who will "take care of it" if she does not stop seeing someone', () => {
  it.each([
    ['en', 'Teacher: a 15 year old says her brother will deal with it if she does not stop meeting that boy. Should we call barnevern?'],
    ['en', "My student (16) said her father will handle it if she doesn't stop talking to her boyfriend. Who do we call first?"],
    ['nb', 'Eleven på 15 sier faren skal ta seg av det hvis hun ikke slutter å treffe kjæresten. Melder vi til barnevernet eller politiet først?'],
    ['nn', 'Eleven (16) seier at bror hennar skal ordne det viss ho ikkje sluttar å møte kjærasten.'],
    ['ru', 'Ученица сказала, что отец разберется с этим, если она не перестанет встречаться с парнем.'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
    expect(isDutyDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', "Dad will take care of the paperwork if she doesn't have time. Which number is Kompetanseteamet?"],
    ['nb', 'Faren tar seg av papirene hvis hun ikke rekker det.'],
    ['en', 'Her mum will take care of it if she keeps coughing at night.'],
    ['nb', 'Mor tar seg av det hvis hun fortsetter å være syk.'],
    ['ru', 'Мама разберется с этим, если она не успеет.'],
    ['uk', 'Мати розбереться з цим, якщо вона не встигне.'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: a girl to be sent to her grandmother or relatives abroad for good', () => {
  it.each([
    ['ru', 'Ученица 15 лет: отец сказал, что отправит её к тёте в Чечню насовсем, если она не перестанет гулять.'],
    ['ru', 'Девочку 14 лет хотят отправить к бабушке насовсем. Что делать?'],
    ['uk', 'Учениця 15 років каже, що її відправлять до бабусі назовсім, якщо вона не кине хлопця.'],
    ['nb', 'Foreldrene vil sende henne til bestemor i Pakistan for godt hvis hun ikke oppfører seg. Hun er 15.'],
    ['en', 'Her parents will send her to her grandmother in Iraq for good if she keeps seeing her friends. She is 14.'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['ru', 'Бабушка переехала к нам насовсем. Где найти курсы норвежского?'],
    ['en', 'My daughter (15) is spending the summer holiday at her grandmother\'s in Pakistan. Which embassy covers Pakistan?'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: a girl who "may be sent" to a country, told inside an order-of-contacts question', () => {
  it.each([
    ['en', 'Social worker. A 14-year-old girl may be sent to Pakistan by her family. In which order do we contact the police, Kompetanseteamet and the embassy?'],
    ['fa', 'مددکار هستم. ممکنه دختر ۱۴ ساله رو بفرستن ایران. اول به کی زنگ بزنیم؟ پلیس یا سفارت؟'],
    ['nb', 'Barnevernet: en jente på 15 kan bli sendt til Somalia av familien. Hvem kontakter vi først, politiet eller Kompetanseteamet?'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
    expect(isDutyDanger(text, lng)).toBe(true);
  });

  it.each([
    ['fa', 'دخترم ۱۴ ساله تابستان برای تعطیلات پیش مادربزرگش به ایران میره. کدام سفارت مسئول ایران است؟'],
    ['en', 'Which embassy covers Pakistan? A pupil asked for a school project.'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});
