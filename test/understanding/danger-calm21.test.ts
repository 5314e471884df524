import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/**
 * Session 21 (calm21, issue #13: the emergency card only where there is danger). Classes of calm messages that got
 * the card, each with its dangerous twins, in this file's own phrasings: (1) the day the asker was told ("i dag
 * fortalte hun", "told me today") is no time for the harm; (2) "after school" is a daily routine, no "soon", so a
 * cousin named beside it is no wedding soon; (3) a trip against someone's will asked as a supposition ("if a pupil
 * were taken…") or called not urgent is no emergency (the case's advice, with the "112 if acute" line at most);
 * (4) a threat to send a person to a country abroad if she does not obey is danger, a child sent to grandma if she is
 * ill is not.
 */
const danger = createDangerReader(loadSituationReader());
const read = (text: string, lng: Lang) => prepareUtterance(text, lng);
const isDanger = (text: string, lng: Lang) => danger.isDanger(read(text, lng));

describe('calm: the day the asker was told is no time for the harm', () => {
  it.each([
    ['en', "I'm a nurse. Today she told me her husband keeps her bank card and decides who she meets. Who can advise us?"],
    ['ru', 'Я медсестра. Сегодня она рассказала, что муж не даёт ей денег. С кем посоветоваться?'],
    ['ar', 'أنا معلمة. اليوم قالت لي طالبة إن زوجها يأخذ راتبها كله. من يمكنه أن ينصحني؟'],
    ['nb', 'Jeg er lærer. I dag fortalte ei elev at broren sjekker telefonen hennes hver kveld. Hvem kan jeg drøfte saken med?'],
    ['nn', 'Eg er helsesjukepleiar. Ho fortalde meg i dag at mora les alle meldingane hennar. Kven kan eg rådføre meg med?'],
    ['pl', 'Jestem nauczycielką. Dzisiaj powiedziała mi, że brat czyta jej wiadomości. Z kim mogę się skonsultować?'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });

  it.each([
    ['nb', 'I dag fortalte eleven at hun skal sendes til Pakistan i morgen for å gifte seg.'],
    ['en', 'Today she told me they are taking her to Somalia tomorrow to be cut.'],
    ['uk', 'Сьогодні вона розповіла, що завтра її везуть до Чечні, щоб видати заміж.'],
    ['nb', 'Hun fortalte meg i dag at faren slo henne i går.'],
    ['en', 'She told me today that her brother hit her last night.'],
  ] as const)('still danger: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('calm: "after school" is a daily routine, and a cousin beside it no wedding soon', () => {
  it.each([
    ['nb', 'Etter skolen må jeg rett hjem, og jeg får bare være sammen med fetteren min. Hvem kan jeg prate med?'],
    ['en', "After school I must go straight home and I'm only allowed to see my cousin. Who can I talk to?"],
    ['ar', 'بعد المدرسة لازم ارجع عالبيت وما بيخلوني اطلع الا مع بنت عمي. مين بقدر احكي معه؟'],
    ['ru', 'После школы я должна сразу идти домой, и гулять можно только с двоюродной сестрой. С кем поговорить?'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });

  it.each([
    ['nb', 'Etter skolen i dag skal jeg gifte meg med fetteren min, jeg vil ikke.'],
    ['en', 'After school today they are taking me to the airport, we fly to Iraq and I am scared.'],
    ['nb', 'Etter skolen i dag skal pappa kjøre meg til flyplassen, vi reiser til Somalia og jeg er redd.'],
  ] as const)('still danger: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('calm: a trip against someone’s will asked as a supposition, or called not urgent', () => {
  it.each([
    ['nb', 'Hvis en ungdom blir tatt med til utlandet mot sin vilje, hvilken ambassade hjelper da?'],
    ['en', 'If a pupil were taken to Iraq against her will, who at the embassy would help?'],
    ['so', 'Haddii gabadh lagu qaado dibadda iyadoo aan rabin, safaaradee ayaa caawisa?'],
    ['ru', 'Если подростка увезут за границу против воли, какое посольство поможет? Это не срочно.'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });

  it.each([
    ['en', 'My cousin was taken to Iraq against her will last week and she cannot come back.'],
    ['nb', 'Eleven vår ble tatt med til Somalia mot sin vilje, hun ringte meg i går.'],
    ['so', 'Walaashay waxaa la geeyay Soomaaliya iyadoo aan rabin, hadda way ku xiran tahay.'],
    ['ru', 'Мою сестру увезли в Чечню против её воли, она не может вернуться.'],
  ] as const)('still danger: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('danger: a threat to send a person to a country abroad if she does not obey', () => {
  it.each([
    ['nb', 'Faren har sagt at han sender henne til Pakistan hvis hun ikke slutter å treffe kjæresten.'],
    ['nn', 'Far hennar seier han sender ho til Somalia viss ho ikkje gjer som han seier.'],
    ['en', 'My uncle says he will send me to Iraq if I keep seeing my girlfriend.'],
    ['pl', 'Ojciec mówi, że wyśle ją do Pakistanu, jeśli nie zerwie z chłopakiem.'],
    ['ru', 'Отец сказал, что отправит её в Дагестан, если она не бросит учёбу.'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'Vi sender henne til bestemor hvis hun blir syk i ferien.'],
    ['en', 'We send him to football camp if there is room this summer.'],
    ['pl', 'Wyślemy ją do babci, jeśli zachoruje.'],
    ['ru', 'Отправим её в лагерь, если будут места.'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('calm: control told with "no signs of violence" or "he does not beat her"', () => {
  it.each([
    ['nb', 'Jeg er lærer. Ei elev på 15 får ikke bli med på klassetur, og broren følger henne hjem. Ingen tegn på vold. Hvem kan vi spørre?'],
    ['nn', 'Eg er barnehagelærar. Far seier at dottera ikkje får leike med gutane. Ingen teikn til vald. Kven kan vi spørje?'],
    ['fa', 'من مادرم. پدرش نمیذاره دخترم با دوستاش بیرون بره ولی کتکش نمیزنه. کجا میتونم مشورت بگیرم؟'],
  ] as const)('%s: %s', (lng, text) => {
    const u = read(text, lng);
    expect(danger.isDanger(u)).toBe(false);
    expect(danger.isConcern?.(u, false)).toBe(false);
  });

  it.each([
    ['nb', 'Faren slår henne, men ingen tegn på vold på kroppen i dag. Hun er redd for å gå hjem.'],
    ['en', 'No signs of violence on her body, but she says her brother will kill her tonight.'],
    ['fa', 'کتکش نمیزنه ولی گفته اگه با اون پسر ببینتش میکشتش.'],
  ] as const)('still danger: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('calm: the emergency number asked "just to know"; harm told beside it still danger', () => {
  it.each([
    ['en', 'What is the police emergency number in Norway? Just to know.'],
    ['nb', 'Hva er nødnummeret til politiet? Bare for å vite det.'],
    ['ti', 'ናይ ፖሊስ ህጹጽ ቁጽሪ እንታይ እዩ? ክፈልጥ ጥራይ'],
    ['ru', 'Какой номер экстренной полиции? Просто чтобы знать.'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });

  it.each([
    ['en', 'What is the police emergency number? Just to know, my dad is hitting my mum right now.'],
    ['nb', 'Hva er nødnummeret? Bare for å vite, han truer med å drepe henne i kveld.'],
    ['ru', 'Какой номер полиции? Просто чтобы знать: отец сейчас бьёт маму.'],
  ] as const)('still danger: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('danger: a mother, a sister or the writer beaten, in English', () => {
  it.each([
    'my dad is beating my mum',
    'my brother hits my mother every day',
    'my stepdad keeps hitting me',
    'he beat my sister again last night',
  ])('%s', (text) => {
    expect(isDanger(text, 'en')).toBe(true);
  });
});

describe('calm: a family wedding the bride chose herself, or a cousin’s wedding the family goes to', () => {
  it.each([
    ['nb', 'Kusina mi gifter seg i Pakistan i juli, hun valgte ham selv. Vi skal alle i bryllupet. Må jeg søke fri fra skolen?'],
    ['ru', 'Летом едем в Чечню на свадьбу двоюродного брата, невеста сама выбрала его. Как отпроситься из школы?'],
    ['pl', 'W sierpniu jedziemy do Turcji na wesele kuzynki, sama wybrała męża. Czy szkoła da mi wolne?'],
    ['fa', 'تابستان برای عروسی دخترعمو به افغانستان می‌رویم، خودش انتخاب کرد. از مدرسه چطور مرخصی بگیرم؟'],
  ] as const)('%s: %s', (lng, text) => {
    const u = read(text, lng);
    expect(danger.isDanger(u)).toBe(false);
    expect(danger.isConcern?.(u, false)).toBe(false);
  });

  it.each([
    ['nb', 'Vi skal i bryllup i Irak i sommer, men jeg tror det er meg som skal gifte meg. Jeg er 16 og vil ikke.'],
    ['en', 'She chose him herself, but her father took her passport and says they leave for Iraq tomorrow.'],
    ['pl', 'Mówi, że sama wybrała, ale ojciec grozi, że ją zabije, jeśli nie pojedzie na ślub do Pakistanu.'],
  ] as const)('still danger: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['ru', 'Летом её везут в Дагестан на свадьбу, ей 15 лет, жениха она не видела.'],
    ['fa', 'می‌گن خودش انتخاب کرده ولی دختر ۱۵ سالشه و تابستون میبرنش افغانستان عروسی کنه.'],
    ['ru', 'моя подруга (16) пишет, что её везут на свадьбу в Чечню и заберут телефон. что делать?'],
  ] as const)('still a case with "112 if acute" or danger: %s: %s', (lng, text) => {
    const u = read(text, lng);
    expect(danger.isDanger(u) || danger.isConcern?.(u, false) === true).toBe(true);
  });
});
