import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

const situation = loadSituationReader();
const danger = createDangerReader(situation);
const u = (lng: Lang, text: string) => prepareUtterance(text, lng);
/** The emergency numbers come first: danger, or a case with the "112 if acute" block on top. */
const numbersFirst = (lng: Lang, text: string) => danger.isDanger(u(lng, text)) || danger.isConcern?.(u(lng, text), false) === true;

/**
 * A professional (or a relative) tells of an adult whose life is controlled, watched in all she does, and who wants out
 * of the home or the marriage (issue #13, dev30a; rule controlled-wants-out). One sentence per language, written for this test.
 */
const CONTROLLED_WANTS_OUT: ReadonlyArray<readonly [Lang, string]> = [
  ['nb', 'Jeg er saksbehandler. En kvinne på 27 sier at svigerfamilien følger med på alt hun gjør, og hun vil skilles.'],
  ['nn', 'Eg er sosialarbeidar. Ei kvinne på 26 seier at mannen sjekkar alt ho gjer, og ho vil kome seg ut.'],
  ['en', 'I work at the job centre. A client of 25 says her husband watches everything she does and she wants to leave him.'],
  ['ar', 'أعمل في مركز اللاجئين. امرأة عمرها ٢٥ تقول إن أهل زوجها يراقبون كل شيء وهي تريد ترك البيت.'],
  ['so', 'Waxaan ahay shaqaale. Haweeney 26 jir ah ayaa sheegtay in ninkeeda wuu xakameeyaa, waxayna rabtaa inay ka baxdo.'],
  ['fa', 'من مددکار هستم. زنی ۲۶ ساله می گوید شوهرش همه کارهایش را زیر نظر دارد و او میخواهد جدا شود.'],
  ['ur', 'میں سوشل ورکر ہوں۔ ایک خاتون کہتی ہے کہ سسرال والے ہر وقت نظر رکھتے ہیں اور وہ الگ رہنا چاہتی ہے۔'],
  ['uk', 'Я соціальна працівниця. Жінка 27 років каже, що чоловік стежить за нею, і вона хоче розлучитися.'],
  ['ru', 'Я работаю в NAV. Клиентка 26 лет говорит, что родня мужа следит за ней, и она хочет уйти от мужа.'],
  ['tr', 'Sosyal hizmette çalışıyorum. 27 yaşında bir kadın, kocasının her adımını izlediğini ve boşanmak istiyor olduğunu söylüyor.'],
  ['pl', 'Pracuję w ośrodku. Kobieta, 26 lat, mówi, że teściowie śledzą każdy jej krok i chce się wyprowadzić.'],
  ['ti', 'ኣብ ማሕበራዊ ኣገልግሎት እሰርሕ። ሰበይቲ ሰብኣያ ይከታተላ፣ ካብ ገዛ ክትወጽእ ትደሊ።'],
];

/** The same words asked as a supposition or in general: the advice, not the numbers first. */
const CONTROLLED_WANTS_OUT_SUPPOSED: ReadonlyArray<readonly [Lang, string]> = [
  ['nn', 'Viss ei kvinne vert overvaka av mannen og vil skiljast, kva kan NAV hjelpe med?'],
  ['en', 'If a woman is controlled by her husband and wants to leave him, what can a shelter offer?'],
];

/** One relative (not "they") found a child a husband, an adjective between: a marriage arranged for her. */
const HUSBAND_FOUND: ReadonlyArray<readonly [Lang, string]> = [
  ['en', 'A pupil of 14 told me her grandfather has found her a rich husband.'],
  ['uk', 'Учениця, 14 років, каже, що дідусь знайшов їй багатого чоловіка.'],
  ['ru', 'Ученица 14 лет говорит, что дед нашёл ей богатого мужа.'],
  ['pl', 'Uczennica, 14 lat, mówi, że dziadek znalazł jej bogatego męża.'],
  ['nb', 'Eleven på 14 sier at bestefaren har funnet en rik mann til henne.'],
];

describe('a controlled adult who wants out, told by a professional', () => {
  it.each(CONTROLLED_WANTS_OUT)('%s: the numbers first', (lng, text) => {
    expect(numbersFirst(lng, text)).toBe(true);
  });
  it.each(CONTROLLED_WANTS_OUT_SUPPOSED)('%s: a supposition stays advice', (lng, text) => {
    expect(danger.isConcern?.(u(lng, text), false)).toBe(false);
  });
});

describe('a husband found for a child by one relative', () => {
  it.each(HUSBAND_FOUND)('%s: a marriage arranged, the numbers first', (lng, text) => {
    expect(situation.read(text).concepts.has('marriedOff')).toBe(true);
    expect(numbersFirst(lng, text)).toBe(true);
  });
});

describe('cases said to come from the minority advisers are Kompetanseteamet’s, split by referrer', () => {
  const now = new Date('2026-12-06T12:00:00Z');
  it.each([
    ['nn', 'Kor mange saker kom frå minoritetsrådgjevarane i juni 2008?'],
    ['nb', 'Hvor mange saker kom fra minoritetsrådgiverne i juni 2008?'],
    ['en', 'How many cases came from the minority advisers in June 2008?'],
  ] as const)('%s', (lng, text) => {
    const q = parseStatsQuestion(normalize(text), now, lng);
    expect(q?.query).toMatchObject({ services: ['kompetanseteamet'], breakdown: 'referrer', fromYear: 2008 });
  });
});
