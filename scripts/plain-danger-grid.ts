/**
 * `npx tsx scripts/plain-danger-grid.ts`: danger said plainly in a few words (issue #13, plain32), a grid of persons ×
 * harms × forms (passive, active, future, "I don't want to but they decide") per language, with calm twins (the same
 * words as a topic question). Prints the misses per language and form as the understanding step reads them.
 */
import type { Lang } from '../src/language/languages';
import { isDanger } from './plain-danger-reader';

export type Form = 'passive' | 'active' | 'future' | 'wantNot' | 'calm';
export type GridItem = readonly [Lang, Form, string];

export const PLAIN_DANGER_GRID: readonly GridItem[] = [
  ['nb', 'passive', 'jeg blir tvunget til å gifte meg'],
  ['nb', 'passive', 'jeg blir tvunget til a gifte meg'],
  ['nb', 'passive', 'søsteren min blir tvunget til å gifte seg'],
  ['nb', 'passive', 'en elev av meg blir tvunget til å gifte seg'],
  ['nb', 'active', 'foreldrene tvinger meg til å gifte meg'],
  ['nb', 'future', 'familien skal gifte meg bort'],
  ['nb', 'wantNot', 'jeg vil ikke gifte meg men familien bestemmer'],
  ['nb', 'future', 'de skal omskjære meg'],
  ['nb', 'future', 'de skal omskjaere meg'],
  ['nb', 'future', 'datteren min skal omskjæres'],
  ['nb', 'passive', 'jeg blir slått hjemme'],
  ['nb', 'active', 'broren min truer med å drepe meg'],
  ['nb', 'active', 'de har tatt passet mitt'],
  ['nb', 'passive', 'jeg er låst inne'],
  ['nn', 'passive', 'eg blir tvinga til å gifte meg'],
  ['nn', 'active', 'dei tvingar meg til å gifte meg'],
  ['nn', 'wantNot', 'eg vil ikkje gifte meg men familien bestemmer'],
  ['nn', 'future', 'dei skal omskjere meg'],
  ['nn', 'active', 'far min slår meg'],
  ['nn', 'active', 'dei har teke passet mitt'],
  ['en', 'passive', 'I am being forced to marry'],
  ['en', 'passive', 'my sister is being forced to marry'],
  ['en', 'active', 'they are forcing me to get married'],
  ['en', 'future', 'my parents will marry me off'],
  ['en', 'wantNot', "I don't want to marry but my family decides"],
  ['en', 'future', 'they are going to cut me'],
  ['en', 'future', 'my daughter will be circumcised'],
  ['en', 'passive', 'I am being beaten at home'],
  ['en', 'active', 'my brother threatened to kill me'],
  ['en', 'active', 'they took my passport'],
  ['en', 'passive', 'I am locked in my room'],
  ['ar', 'passive', 'أنا مجبرة على الزواج'],
  ['ar', 'active', 'أهلي يجبرونني على الزواج'],
  ['ar', 'wantNot', 'لا أريد الزواج لكن عائلتي تقرر'],
  ['ar', 'future', 'سيختنونني'],
  ['ar', 'active', 'أبي يضربني'],
  ['ar', 'active', 'أخذوا جواز سفري'],
  ['so', 'passive', 'waxaa lay khasbayaa inaan guursado'],
  ['so', 'wantNot', "ma doonayo inaan guursado laakiin qoyska ayaa go'aamiya"],
  ['so', 'future', 'waxay rabaan inay i gudaan'],
  ['so', 'active', 'aabahay ayaa i garaaca'],
  ['fa', 'passive', 'من مجبور به ازدواج هستم'],
  ['fa', 'active', 'خانواده‌ام مرا مجبور به ازدواج می‌کنند'],
  ['fa', 'wantNot', 'نمی‌خواهم ازدواج کنم ولی خانواده‌ام تصمیم می‌گیرند'],
  ['fa', 'future', 'می‌خواهند مرا ختنه کنند'],
  ['fa', 'active', 'پدرم مرا کتک می‌زند'],
  ['ur', 'passive', 'مجھے شادی کے لیے مجبور کیا جا رہا ہے'],
  ['ur', 'wantNot', 'میں شادی نہیں کرنا چاہتی لیکن گھر والے فیصلہ کرتے ہیں'],
  ['ur', 'active', 'میرے والد مجھے مارتے ہیں'],
  ['uk', 'passive', 'мене змушують вийти заміж'],
  ['uk', 'wantNot', "я не хочу заміж, але сім'я вирішує"],
  ['uk', 'future', 'мені хочуть зробити обрізання'],
  ['uk', 'active', "батько б'є мене"],
  ['ru', 'passive', 'меня заставляют выйти замуж'],
  ['ru', 'wantNot', 'я не хочу замуж, но семья решает'],
  ['ru', 'future', 'мне хотят сделать обрезание'],
  ['ru', 'active', 'отец бьёт меня'],
  ['tr', 'passive', 'zorla evlendiriliyorum'],
  ['tr', 'active', 'ailem beni evlenmeye zorluyor'],
  ['tr', 'wantNot', 'evlenmek istemiyorum ama ailem karar veriyor'],
  ['tr', 'active', 'babam beni dövüyor'],
  ['pl', 'passive', 'jestem zmuszana do ślubu'],
  ['pl', 'active', 'zmuszają mnie do małżeństwa'],
  ['pl', 'wantNot', 'nie chcę wychodzić za mąż, ale rodzina decyduje'],
  ['pl', 'future', 'chcą mnie obrzezać'],
  ['pl', 'active', 'ojciec mnie bije'],
  ['ti', 'active', 'ኣቦይ ይወቕዓኒ'],
  ['ti', 'future', 'ክቐትሉኒ እዮም'],
];

/**
 * Misses left open. plain32 left five (an English sister "being forced", "will marry me off", Somali passive and "they
 * decide", Turkish passive verb forms); plain33 closed them as classes (the pushedNow cues and the marriage-pushed-now
 * rule: the passive, progressive and future forms of forcing or marrying off; Somali "ma doonayo" as the writer's own).
 */
export const LEFT_OPEN: ReadonlySet<string> = new Set<string>([]);

export const PLAIN_CALM_TWINS: readonly GridItem[] = [
  ['nb', 'calm', 'hva er tvangsekteskap?'],
  ['nb', 'calm', 'hvor mange blir tvunget til å gifte seg hvert år?'],
  ['nb', 'calm', 'er omskjæring av gutter lovlig?'],
  ['nb', 'calm', 'et kurs om tvangsekteskap for lærere'],
  ['nn', 'calm', 'kor mange blir tvinga til å gifte seg kvart år?'],
  ['en', 'calm', 'how many are forced to marry each year?'],
  ['en', 'calm', 'is circumcision of boys legal?'],
  ['en', 'calm', 'a course on forced marriage for teachers'],
  ['ar', 'calm', 'ما هو الزواج القسري؟'],
  ['so', 'calm', 'waa maxay guur qasab?'],
  ['fa', 'calm', 'ازدواج اجباری چیست؟'],
  ['ur', 'calm', 'جبری شادی کیا ہے؟'],
  ['uk', 'calm', 'що таке примусовий шлюб?'],
  ['ru', 'calm', 'что такое принудительный брак?'],
  ['tr', 'calm', 'zorla evlendirme nedir?'],
  ['pl', 'calm', 'co to jest przymusowe małżeństwo?'],
];

function main(): void {
  const misses = new Map<string, number>();
  for (const [lang, form, text] of PLAIN_DANGER_GRID) {
    if (!isDanger(text, lang)) {
      misses.set(`${lang} ${form}`, (misses.get(`${lang} ${form}`) ?? 0) + 1);
      console.log(`miss ${lang} ${form}: ${text}`);
    }
  }
  for (const [lang, , text] of PLAIN_CALM_TWINS) if (isDanger(text, lang)) console.log(`false alarm ${lang}: ${text}`);
  console.log(`${[...misses.values()].reduce((a, b) => a + b, 0)} misses of ${PLAIN_DANGER_GRID.length}`, Object.fromEntries(misses));
}

if (process.argv[1]?.endsWith('plain-danger-grid.ts')) main();
