import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/**
 * Session 18: classes found by the lead's own probe messages (written here in our own words, not copied from an
 * evaluation set): (1) being sent home or abroad as the price of what the person does ("they will send me back if I
 * keep seeing him"), a threat when said beside control of her life, her own family or spouse, a country, or of the
 * writer herself — while "sent home if she has a fever" stays school speech; (2) "you will not live" said by a relative
 * (ru "тебе не жить", uk "тобі не жити") as a death threat; (3) hair pulled or a slap in the face (nb, nn, en, fa);
 * (4) a one-way ticket or "she does not know when she will come back" (ru, uk, tr, ti); (5) driven to relatives
 * against her will (nb, nn); (6) not let out of the house (ti, "they do not allow her").
 */
const situation = loadSituationReader();
const danger = createDangerReader(situation);
const isDanger = (text: string, lng: Lang) => danger.isDanger(prepareUtterance(text, lng));

describe('danger: sent home or abroad as the price of what she does', () => {
  it.each([
    ['nb', 'en deltaker på norskkurset sier mannen styrer pengene hennes og har sagt hun blir sendt tilbake til Somalia hvis hun snakker med noen om det'],
    ['nb', 'foreldrene mine sier de sender meg hjem hvis jeg fortsetter å treffe kjæresten min'],
    ['nn', 'faren min seier eg blir sendt heim viss eg ikkje sluttar å gå ut med venner'],
    ['en', 'my dad said they will send me back to pakistan if i keep seeing my boyfriend'],
    ['ru', 'муж проверяет её телефон и говорит, что отправят её домой если она пожалуется'],
    ['uk', 'батьки кажуть що відправлять мене додому якщо я не припиню зустрічатися з ним'],
    ['pl', 'rodzice mówią, że odeślą mnie do domu jeśli dalej będę się z nim spotykać'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'eleven blir sendt hjem hvis hun har feber, hva sier reglene om fravær?'],
    ['nn', 'kva er reglane når ein elev blir sendt heim om ho er sjuk'],
    ['en', 'a pupil gets sent home if she has a fever, is that legal?'],
    ['uk', 'якщо дитина хворіє, її відправлять додому? які правила в школі'],
    ['pl', 'czy szkoła może odesłać ucznia do domu jeśli ma gorączkę'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: "you will not live" from a relative', () => {
  it.each([
    ['ru', 'отец сказал если я не перестану встречаться с ним, то мне не жить'],
    ['ru', 'брат написал сестре: тебе не жить, если опозоришь семью'],
    ['uk', 'дядько сказав їй, що їй не жити, якщо вона піде з дому'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('danger: violence, one-way trips and a girl kept in, in more words', () => {
  it.each([
    ['nb', 'broren lugget henne i gangen i dag fordi hun hadde på seg skjørt'],
    ['nn', 'far hennar drog ho etter håret inn i bilen'],
    ['en', 'her uncle pulled her hair and shouted at her outside the school gate'],
    ['fa', 'پدرش امروز صبح زد تو صورتش چون دیر اومده بود خونه'],
    ['ru', 'родители взяли ей только билет в одну сторону в Чечню'],
    ['ru', 'сестра улетела к родственникам и никто не знает когда вернется'],
    ['uk', 'батько купив їй квиток тільки в один бік, вона дуже боїться'],
    ['tr', 'annesi ona sadece gidiş bileti aldı, kız çok korkuyor'],
    ['tr', 'kız kardeşim Pakistan a gitti, ne zaman döneceği belli değil'],
    ['ti', 'ናብ ሱዳን ናይ ምኻድ ጥራይ ትኬት ገዚኦምላ'],
    ['ti', 'ሓዋ ካብ ገዛ ክትወጽእ ኣይፈቕዱላን እዮም'],
    ['nb', 'faren skal kjøre henne til slekta i Danmark i helgen og hun vil ikke'],
    ['nn', 'dei skal køyre ho til slekta i Tyskland, men ho vil ikkje'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('danger: people on their way to get someone who has "shamed" them', () => {
  it.each([
    ['en', 'her cousins texted that she has shamed the family and they are on their way to get her'],
    ['en', 'my uncles say i dishonoured them and they are coming for me tonight'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('danger: a person who is afraid, beside a trip or a stay abroad in the coming months, or a wedding', () => {
  it.each([
    ['nb', 'ei elev sier familien skal til Irak i sommerferien og hun virker redd når hun snakker om det'],
    ['nn', 'dei skal til Somalia etter skuleslutt og ho er livredd, seier venninna'],
    ['en', 'a 14 year old in my class is going to Afghanistan this summer and she is terrified'],
    ['ru', 'девочку 15 лет летом везут в Дагестан, она очень боится'],
    ['tr', 'öğrencim yazın Pakistan a gidecekler, çok korkuyor'],
    ['pl', 'uczennica jedzie latem do Czeczenii i bardzo się boi'],
    ['en', 'she is scared, they keep talking about her wedding'],
    ['ru', 'после каникул её оставят у бабушки в Чечне, потому что она стала слишком свободной'],
    ['nb', 'mannen tar telefonen hennes og hun ikke har vært ute av leiligheten på to uker'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'what should a teacher do if a pupil is scared before a trip abroad this summer?'],
    ['nb', 'hvis en elev er redd før en reise i sommer, hva bør skolen gjøre?'],
  ] as const)('calm (a supposition): %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: after the held-back run (general words for what the misses told, in our own sentences)', () => {
  it.each([
    ['nn', 'ei jente i klassen seier telefonen er teken frå ho og at ho ikkje får gå ut lenger'],
    ['nb', 'eleven sier mobilen er tatt og familien snakker om å finne en mann til henne i hjemlandet etter eksamen'],
    ['so', 'gabadhayda yar waxay ayeeydeed rabtaa in la nadiifiyo xagaagan markaan tagno Itoobiya'],
    ['ur', 'میری سہیلی کا باپ اسے دھمکیاں دیتا ہے کہ وہ اسے مارے گا'],
    ['tr', 'amcası ona ailenin namusunu temizleyeceğiz diye mesaj atmış, çok korkuyor'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'hva skjer etter eksamen på videregående, når kommer karakterene?'],
    ['tr', 'yazın köye gideceğiz, dedemi ziyaret edeceğiz, çok mutluyum'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});
