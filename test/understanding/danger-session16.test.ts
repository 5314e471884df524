import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/**
 * Session 16: described danger still missed in long stories in the other languages. Each class is written here in
 * our own words, in several languages, not copied from an evaluation set: (1) a girl "promised to someone" for
 * marriage, said by the girl herself, with a near date; (2) a veiled threat that "no one will find her"; (3) "he will
 * do something if she…" from a relative; (4) a residence card or passport taken and a return "home" announced
 * (Somali); (5) "we will send you to <country>" and a child afraid to go home (Persian); (6) a girl told she will
 * "become clean" on a summer trip (Tigrinya); (7) a girl going "home for good" in the nine other languages.
 */
const situation = loadSituationReader();
const danger = createDangerReader(situation);
const isDanger = (text: string, lng: Lang) => danger.isDanger(prepareUtterance(text, lng));

describe('danger: a girl promised to someone for marriage, with a near date', () => {
  it.each([
    ['en', 'my aunt says I was promised to a cousin and they come to get me next week'],
    ['nb', 'jeg er lovet til en fetter og de kommer for å hente meg neste uke'],
    ['ru', 'меня обещали какому-то мужчине, свадьба через месяц'],
    ['pl', 'rodzice obiecali mnie komuś, ślub w przyszłym tygodniu'],
    ['tr', 'ailem beni birine söz verdi, gelecek hafta nişan var'],
    ['fa', 'خاله‌ام گفت منو به پسرعموم قول دادن و هفته دیگه میان'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('danger: veiled threats from relatives', () => {
  it.each([
    ['en', 'her uncle told her that if she leaves, no one will ever find her'],
    ['nb', 'faren sa at ingen vil finne henne hvis hun drar'],
    ['ru', 'брат сказал ей, что её никто не найдёт, если она уйдёт'],
    ['uk', 'батько сказав, що її ніхто не знайде, якщо вона піде'],
    ['pl', 'ojciec powiedział, że nikt jej nie znajdzie, jeśli odejdzie'],
    ['tr', 'abisi giderse kimse onu bulamaz dedi'],
    ['nn', 'onkelen sa han skal gjere noko med ho om ho flyttar ut'],
    ['nb', 'broren hennes har sagt at han skal gjøre noe hvis hun prøver å flytte'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'vi må gjøre noe hvis hun ikke kommer på skolen, hvem ringer vi?'],
    ['en', 'we should do something if she keeps missing class'],
  ] as const)('%s, calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: papers taken and a return announced (Somali); "we will send you" (Persian); "clean" on a trip (Tigrinya)', () => {
  it('Somali: a husband took her residence card and says she will go back to Somalia next month', () => {
    expect(isDanger('Ninkeeda ayaa qaatay kaarkeeda, wuxuuna yiri bisha soo socota waxaad ku laabanaysaa Soomaaliya.', 'so')).toBe(true);
  });
  it('Somali: returning to class today is not danger', () => {
    expect(isDanger('Maanta waxaad ku laabanaysaa fasalka saacadda 10.', 'so')).toBe(false);
  });
  it('Persian: a father says "we will send you to Afghanistan" and the boy will not go home', () => {
    expect(isDanger('پدرش بهش گفته میفرستیمت افغانستان و حالا نمیخواد بره خونه', 'fa')).toBe(true);
  });
  it('Tigrinya: a girl told she will become clean on a summer trip to Eritrea', () => {
    expect(isDanger('ኣብ ሓምለ ናብ ኤርትራ ክኸዱ እዮም፣ ኣደኣ ንጓል 9 ዓመት ጽርይቲ ክትኮኒ ኢኺ ኢላታ።', 'ti')).toBe(true);
  });
});

describe('danger: a girl going "home for good" (the nine other languages)', () => {
  it.each([
    ['ru', 'ученица сказала, что после лета уезжает насовсем на родину, и плакала'],
    ['uk', 'учениця каже, що після літа поїде назавжди на батьківщину'],
    ['pl', 'uczennica mówi, że po wakacjach wyjeżdża na stałe do ojczyzny'],
    ['tr', 'öğrencim yazdan sonra memlekete temelli döneceğini söyledi'],
    ['ar', 'قالت الطالبة إنها سترجع للبلد نهائيا بعد الصيف'],
    ['fa', 'دانش‌آموزم گفت بعد از تابستان برای همیشه برمیگرده افغانستان'],
    ['ur', 'طالبہ نے بتایا کہ گرمیوں کے بعد وہ ہمیشہ کے لیے واپس پاکستان جا رہی ہے'],
    ['so', 'ardayda ayaa sheegtay in ay si joogto ah ugu laabanayso Soomaaliya xagaaga kadib'],
    ['ti', 'ተመሃሪት ድሕሪ ክረምቲ ንሓዋሩ ናብ ዓዲ ክትምለስ እያ ኢላ'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

/**
 * After the held-back sets' first run (general-blind-36/-37): described danger still missed, in our own words:
 * a child to be sent to "school" abroad after Christmas; a fracture the girl explains away; "she won't be here any
 * more" after the holidays; a small girl cut "down there"; a mother saying her newborn will be done "like me"; a
 * father threatening to send a girl away.
 */
describe('danger: described after the held-back run of session 16', () => {
  it.each([
    ['nb', 'en elev på 14 skal sendes på skole i Somalia etter jul, og hun vil ikke'],
    ['ru', 'девочке 15 лет, у неё перелом руки, говорит, что упала, отец не отходит от неё'],
    ['en', 'a 15-year-old came in with a fractured wrist and her brother answers every question for her'],
    ['ru', 'ученица сказала, что после каникул её здесь, скорее всего, уже не будет'],
    ['so', 'hooyadu waxay tiri gabadheeda sidayda oo kale ayaa loo samayn doonaa'],
    ['ru', 'отец пригрозил отправить её к родственникам, если она не перестанет общаться с подругами'],
    ['uk', 'батько погрожує відправити її до бабусі, якщо вона не слухатиметься'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it('a small girl cut "down there" is a case of cutting (the answer comes with "call 112 if acute" on top)', () => {
    expect(situation.read('en jente på 5 sa at hun ble skåret i tissen hos bestemor i ferien').concern.length).toBeGreaterThan(0);
  });

  it.each([
    ['nb', 'hun snakker brukket norsk, trenger vi tolk?'],
    ['ru', 'у меня сломался телефон, как позвонить в Kompetanseteamet?'],
    ['tr', 'telefonum kırık, numaranızı yazar mısınız?'],
    ['so', 'waxaan ka imid Jabuuti, yaan la xiriiraa?'],
    ['nb', 'vi skal ha foreldremøte etter jul, hvem kan holde et kurs om sosial kontroll?'],
  ] as const)('%s, calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});
