import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/**
 * Danger classes of session 13 (danger13b), written for this test: a person under control who fears the controller's
 * reaction; a particular person kept abroad, or abroad against their will, from a near date even with a "maybe"; and
 * what raises no emergency: a request for training with danger said only in general words, a duty question about
 * minors in general or about a supposed marriage with no one named.
 */
const situation = loadSituationReader();
const reader = createDangerReader(situation);
const utter = (text: string, lng: Lang) => prepareUtterance(text, lng);
const isDanger = (text: string, lng: Lang, duty = false) => reader.isDanger(utter(text, lng), duty);
const isConcern = (text: string, lng: Lang, duty = false) => reader.isConcern?.(utter(text, lng), duty) === true;

describe('danger reader: session 13 (danger13b)', () => {
  it.each([
    ['nb', 'En kursdeltaker forteller at mannen kontrollerer pengene hennes. Hun er redd for hvordan han vil reagere hvis hun snakker med oss.'],
    ['nn', 'Ei kvinne på kurset seier at mannen bestemmer alt. Ho er redd for kva han vil gjere om han finn ut at ho har snakka med oss.'],
    ['en', 'A client says her husband checks her phone and takes her wages. She is afraid of how he will react if she goes to the meeting.'],
    ['ar', 'المشاركة تقول ان زوجها يتحكم في كل شيء وهي خايفه من رده فعله اذا عرف انها تكلمت معنا.'],
    ['so', 'Ardayda waxay sheegtay in ninkeeda uu xakameeyaa noloshiisa, waxayna ka baqaysaa falcelintiisa.'],
    ['fa', 'شاگرد ما میگوید شوهرش کنترلش می کند و او از واکنش شوهرش می ترسد.'],
    ['ur', 'ہماری طالبہ کہتی ہے کہ شوہر اسے کنٹرول کرتا ہے اور وہ اس کے ردعمل سے ڈرتی ہے۔'],
    ['uk', 'Учениця каже, що чоловік контролює її гроші, і вона боїться його реакції.'],
    ['ru', 'Клиентка говорит, что муж контролирует её деньги, и она боится его реакции.'],
    ['tr', 'Kursiyerimiz kocasının onu kontrol ettiğini ve tepkisinden korktuğunu söylüyor.'],
    ['pl', 'Uczestniczka mówi, że mąż kontroluje jej pieniądze i boi się jego reakcji.'],
  ] as const)('%s: a person under control who fears the controller’s reaction', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'En gutt på 15 år kan bli holdt igjen i Pakistan fra neste måned, sier kontaktlæreren.'],
    ['en', 'A 14-year-old girl may be kept in Somalia from next week, her teacher told us.'],
    ['nb', 'Jenta på 16 sier at hun kanskje skal være i Somalia fra neste måned, og hun vil ikke.'],
    ['en', 'The boy, 15, says he might stay in Iraq from next month and he does not want to.'],
  ] as const)('%s: a person kept abroad, or abroad against their will, from a near date', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'Vi ønsker opplæring for de ansatte på mottaket om negativ sosial kontroll og tvangsekteskap nå. Hvem gir slik opplæring?'],
    ['en', 'Who can give our staff training on forced marriage and acute cases now?'],
  ] as const)('%s: a request for training with danger said only in general words', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });

  it('a duty question about minors in general gets neither the card nor the "112 if acute" line', () => {
    const text = 'Jeg er politi. Generelt: må vi varsle barnevernet når personer under 18 står i fare for tvangsekteskap?';
    expect(isDanger(text, 'nb', true)).toBe(false);
    expect(isConcern(text, 'nb', true)).toBe(false);
  });

  it('a supposed marriage with no one named is a duty question; with a pupil named it keeps its line', () => {
    expect(isConcern('Jeg jobber i NAV. Hvis vi mistenker tvangsekteskap, må vi melde til barnevernet?', 'nb', true)).toBe(false);
    expect(isConcern('Hvis en elev på 16 sier at hun skal giftes bort mot sin vilje i sommer, må vi melde til barnevernet?', 'nb', true)).toBe(true);
  });
});
