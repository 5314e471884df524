/**
 * `npx tsx scripts/plain-danger-others-grid.ts`: danger said plainly about someone else (issue #13, plain33), beside
 * scripts/plain-danger-grid.ts (the writer's own): a sister, a friend, a pupil, a client, a cousin, in passive, future
 * and active forms in the twelve languages, each language with calm twins (a lesson, a statistic, a film, a law
 * question). Prints the misses and false alarms as the understanding step reads them. Written by the developers
 * (review: machine-assisted), not taken from any evaluation set.
 */
import type { GridItem } from './plain-danger-grid';
import { isDanger } from './plain-danger-reader';

export const OTHERS_DANGER_GRID: readonly GridItem[] = [
  ['nb', 'passive', 'venninna mi blir tvunget til å gifte seg'],
  ['nb', 'passive', 'venninna mi blir tvunget til a gifte seg'],
  ['nb', 'active', 'en elev sier at faren vil drepe henne'],
  ['nb', 'future', 'foreldrene til venninna mi tar henne ut av landet for å gifte henne bort'],
  ['nb', 'future', 'kusina mi skal giftes bort'],
  ['nb', 'passive', 'en klient blir slått av mannen sin'],
  ['nb', 'passive', 'søstera mi er lovet bort til en fetter'],
  ['nn', 'passive', 'ho vert gift bort'],
  ['nn', 'passive', 'venninna mi vert tvinga til å gifte seg'],
  ['nn', 'active', 'ein elev seier at far hennar skal drepe henne'],
  ['nn', 'passive', 'kusina mi er lova bort til ein mann i Irak'],
  ['nn', 'passive', 'eg er lova bort'],
  ['en', 'future', "my friend's parents are taking her out of the country to marry"],
  ['en', 'active', 'a pupil says her father will kill her'],
  ['en', 'passive', 'my cousin is being married off'],
  ['en', 'passive', 'my client is being beaten by her husband'],
  ['en', 'passive', 'my friend is being forced to marry a man she has never met'],
  ['en', 'future', 'they will marry my sister off'],
  ['ar', 'passive', 'صديقتي تُجبر على الزواج'],
  ['ar', 'active', 'طالبة تقول إن أباها سيقتلها'],
  ['ar', 'future', 'سيزوجون أختي بالقوة'],
  ['so', 'passive', 'walaashay waxaa lagu khasbayaa inay guursato'],
  ['so', 'passive', 'walaashay waa la guursiinayaa'],
  ['so', 'future', 'ardayad ayaa sheegtay in aabaheed dili doono'],
  ['fa', 'active', 'دوستم را مجبور به ازدواج می‌کنند'],
  ['fa', 'active', 'یک دانش‌آموز می‌گوید پدرش او را می‌کشد'],
  ['fa', 'active', 'خواهرم را به زور شوهر می‌دهند'],
  ['ur', 'passive', 'میری بہن کی زبردستی شادی کی جا رہی ہے'],
  ['ur', 'future', 'ایک طالبہ کہتی ہے کہ اس کا باپ اسے مار ڈالے گا'],
  ['uk', 'active', 'мою сестру змушують вийти заміж'],
  ['uk', 'future', "учениця каже, що батько її вб'є"],
  ['uk', 'passive', 'подругу видають заміж проти її волі'],
  ['ru', 'active', 'мою подругу заставляют выйти замуж'],
  ['ru', 'future', 'ученица говорит, что отец её убьёт'],
  ['ru', 'passive', 'сестру выдают замуж насильно'],
  ['tr', 'passive', 'kız kardeşim zorla evlendiriliyor'],
  ['tr', 'future', 'bir öğrencim babasının onu öldüreceğini söylüyor'],
  ['tr', 'future', 'arkadaşımı yurt dışına götürüp evlendirecekler'],
  ['pl', 'passive', 'moja siostra jest zmuszana do ślubu'],
  ['pl', 'future', 'uczennica mówi, że ojciec ją zabije'],
  ['pl', 'active', 'przyjaciółkę wydają za mąż wbrew jej woli'],
  ['ti', 'future', 'ኣቦኣ ክቐትላ እዩ'],
];

export const OTHERS_CALM_TWINS: readonly GridItem[] = [
  ['nb', 'calm', 'vi har en skoletime om tvangsekteskap i morgen'],
  ['nb', 'calm', 'hvor mange jenter blir giftet bort i verden?'],
  ['nb', 'calm', 'jeg så en film om ei jente som ble tvunget til å gifte seg'],
  ['nb', 'calm', 'hva sier loven om å gifte bort barn?'],
  ['nn', 'calm', 'kva seier lova om tvangsekteskap?'],
  ['nn', 'calm', 'etter lova er det forbode å gifte bort barn'],
  ['nn', 'calm', 'eg såg ein film om ei jente som vart gift bort'],
  ['en', 'calm', 'we have a lesson on forced marriage next week'],
  ['en', 'calm', 'how many girls are married off each year worldwide?'],
  ['en', 'calm', 'I watched a film about a girl forced to marry'],
  ['en', 'calm', 'what does the law say about marrying off children?'],
  ['ar', 'calm', 'شاهدت فيلما عن فتاة أجبرت على الزواج'],
  ['ar', 'calm', 'ماذا يقول القانون عن زواج القاصرات؟'],
  ['so', 'calm', 'maxay sharciga ka dhahaan guurka qasabka ah?'],
  ['fa', 'calm', 'قانون درباره ازدواج اجباری چه می‌گوید؟'],
  ['ur', 'calm', 'جبری شادی کے بارے میں قانون کیا کہتا ہے؟'],
  ['uk', 'calm', 'що каже закон про примусовий шлюб?'],
  ['ru', 'calm', 'сколько девочек выдают замуж каждый год?'],
  ['tr', 'calm', 'kanun zorla evlendirme hakkında ne diyor?'],
  ['pl', 'calm', 'co mówi prawo o przymusowym małżeństwie?'],
  // The same passive forms said of girls in some countries: a statistic about the world, no one at hand.
  ['en', 'calm', 'in some countries girls are being married off at 12'],
  ['nb', 'calm', 'i noen land blir jenter giftet bort som 12-åringer'],
  ['nn', 'calm', 'i nokre land vert jenter gift bort når dei er 12'],
  ['ru', 'calm', 'в некоторых странах девочек выдают замуж в 12 лет'],
  ['uk', 'calm', 'у деяких країнах дівчат видають заміж у 14 років'],
  ['tr', 'calm', 'bazı ülkelerde kızlar küçük yaşta evlendiriliyor'],
  ['pl', 'calm', 'w niektórych krajach wydają dziewczynki za mąż bardzo wcześnie'],
  ['ur', 'calm', 'کچھ ملکوں میں لڑکیوں کی زبردستی شادی کی جا رہی ہے'],
];

/** Misses left open after plain33: none (before its rule 19 of 42 were missed and 2 calm twins alarmed; after, 0 and 0 of 28). */
export const OTHERS_LEFT_OPEN: ReadonlySet<string> = new Set<string>([]);

function main(): void {
  let missed = 0;
  for (const [lang, form, text] of OTHERS_DANGER_GRID) {
    if (!isDanger(text, lang)) {
      missed += 1;
      console.log(`miss ${lang} ${form}: ${text}`);
    }
  }
  let alarms = 0;
  for (const [lang, , text] of OTHERS_CALM_TWINS) {
    if (isDanger(text, lang)) {
      alarms += 1;
      console.log(`false alarm ${lang}: ${text}`);
    }
  }
  console.log(`${missed} misses of ${OTHERS_DANGER_GRID.length}; ${alarms} false alarms of ${OTHERS_CALM_TWINS.length}`);
}

if (process.argv[1]?.endsWith('plain-danger-others-grid.ts')) main();
