import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LANGUAGES } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { contentPath } from '../../src/paths/content-root';
import { correctTypos, createDangerWords, dangerDetector, dangerStrength, signalsDanger } from '../../src/understanding/danger-detector';
import { dangerRulesSchema, loadDangerLexicon } from '../../src/understanding/danger-words';
import { prepareUtterance } from '../../src/understanding/understand';

// Declared alike by more than one former file below: kept once.
const danger = (text: string) => signalsDanger(normalize(text));

// (was danger-words.test.ts)

const dir = contentPath('understanding', 'danger');
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;

/** A copy of the danger folder with one file replaced, as a reviewer's edit would leave it. */
function editedCopy(file: string, edit: (data: Record<string, unknown>) => unknown): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'danger-'));
  for (const f of readdirSync(dir)) copyFileSync(path.join(dir, f), path.join(copy, f));
  writeFileSync(path.join(copy, file), JSON.stringify(edit(read(file))));
  return copy;
}

describe('the plain danger words are data, one file per language', () => {
  it('has a file with a review status for every language, and rules.json reads each language in one group', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json') && f !== 'rules.json')
      .map((f) => f.replace('.json', ''));
    expect(files.sort()).toEqual([...LANGUAGES].sort());
    for (const lang of files) expect(['machine-assisted', 'native-reviewed']).toContain(read(`${lang}.json`).review);
    const rules = dangerRulesSchema.parse(read('rules.json'));
    expect([...rules.wholeWords.languages, ...rules.stems.languages].sort()).toEqual([...LANGUAGES].sort());
  });

  it('reads a word a reviewer adds, in Norwegian or English and in another language', () => {
    const message = normalize('he came with a machete');
    expect(dangerStrength(message)).toBeUndefined();
    const en = editedCopy('en.json', (data) => ({
      ...data,
      concepts: { ...(data.concepts as object), weapon: ['knife', 'machete'] },
    }));
    expect(createDangerWords(loadDangerLexicon(en)).strength(message)).toBe('strong');

    // Somali "seef" (sword) added to the knife stems.
    const somali = normalize('aabbahay wuxuu haystaa seef');
    expect(dangerStrength(somali)).toBeUndefined();
    const so = editedCopy('so.json', (data) => ({
      ...data,
      concepts: { ...(data.concepts as object), weapon: ['mindi', 'seef'] },
    }));
    expect(createDangerWords(loadDangerLexicon(so)).strength(somali)).toBe('strong');
  });

  it('corrects typos to a word a reviewer adds to a typo target', () => {
    const en = editedCopy('en.json', (data) => ({
      ...data,
      concepts: { ...(data.concepts as object), weapon: ['knife', 'machete'] },
    }));
    expect(createDangerWords(loadDangerLexicon(en)).correctTypos('he has a machette')).toBe('he has a machete');
  });

  it('combines the rules of rules.json: a time alone is calm, a trip at that time is weak, the Norwegian and English words meet', () => {
    expect(dangerStrength(normalize('i morgen'))).toBeUndefined();
    expect(dangerStrength(normalize('de sender meg til utlandet i morgen'))).toBe('weak');
    expect(dangerStrength(normalize('jeg er redd they will hurt me'))).toBe('strong');
    // Another language's rule is read within that language: a Somali trip with a Turkish time is not a trip soon.
    expect(dangerStrength(normalize('safar yarın'))).toBeUndefined();
    expect(dangerStrength(normalize('safar berri'))).toBe('weak');
  });

  it('rejects a file a reviewer broke, naming it', () => {
    expect(() => loadDangerLexicon(editedCopy('nb.json', (d) => ({ ...d, review: undefined })))).toThrow(/nb\.json is invalid/u);
    expect(() =>
      loadDangerLexicon(
        editedCopy('nb.json', (d) => ({
          ...d,
          concepts: { ...(d.concepts as object), kill: 'drepe' },
        })),
      ),
    ).toThrow(/nb\.json is invalid/u);
    expect(() =>
      loadDangerLexicon(
        editedCopy('nb.json', (d) => ({
          ...d,
          concepts: { ...(d.concepts as object), kill: ['drepe  meg'] },
        })),
      ),
    ).toThrow(/nb\.json is invalid/u);
    expect(() => loadDangerLexicon(editedCopy('nn.json', (d) => ({ ...d, lang: 'nb' })))).toThrow(/nn\.json.*says lang "nb"/u);
    // A misspelt concept name would be words no rule reads.
    expect(() =>
      loadDangerLexicon(
        editedCopy('en.json', (d) => ({
          ...d,
          concepts: { ...(d.concepts as object), wepon: ['knife'] },
        })),
      ),
    ).toThrow(/no rule in rules\.json names wepon/u);
    // A stem that is not a pattern on its own is named, not silently joined with its neighbour into one.
    expect(() =>
      loadDangerLexicon(
        editedCopy('tr.json', (d) => ({
          ...d,
          concepts: { ...(d.concepts as object), weapon: ['(ю|є', 'b[ıi]çak'] },
        })),
      ),
    ).toThrow(/weapon stem "\(ю\|є"/u);
    expect(() =>
      loadDangerLexicon(
        editedCopy('rules.json', (d) => {
          const stems = d.stems as { strong: string[][] };
          return {
            ...d,
            stems: { ...stems, strong: [...stems.strong, ['dagger']] },
          };
        }),
      ),
    ).toThrow(/no file of .* has stems for dagger/u);
    expect(() =>
      loadDangerLexicon(
        editedCopy('rules.json', (d) => ({
          ...d,
          stems: { ...(d.stems as object), languages: ['ar'] },
        })),
      ),
    ).toThrow(/exactly one group/u);
  });
});

// (was danger-detector.test.ts)

/** Messages that must raise the emergency card, in every supported language. */
const EMERGENCIES: ReadonlyArray<readonly [lang: string, text: string]> = [
  ['nn', 'dei tek meg med til somalia i morgon'],
  ['so', 'berri ayay i geynayaan soomaaliya'],
  ['uk', 'завтра мене забирають до Сомалі'],
  ['ru', 'завтра меня забирают в Дагестан'],
  ['pl', 'uczennica mówi że jutro zabierają ją do Somalii'],
  ['nb', 'Faren min sier han skal drepe meg'],
  ['nb', 'hun blir slått hjemme i dag'],
  ['nb', 'de skal sende henne til Somalia i morgen'],
  ['nb', 'hun skal giftes bort i helgen'],
  ['nb', 'Eleven er låst inne hjemme'],
  ['nb', 'jeg tør ikke gå hjem i kveld'],
  ['nb', 'hun snakker om selvmord'],
  ['nb', 'hjelp!'],
  ['nb', 'Hjelp meg'],
  ['nb', 'broren truet henne med kniv'],
  ['nb', 'de har tatt passet hennes og flyet går i kveld'],
  ['nb', 'han sa han skal drpe henne'],
  ['nb', 'jeg tørr ikke gå hjem i kveld'],
  ['nn', 'far min seier han skal drepe meg'],
  ['nn', 'eg tør ikkje gå heim i kveld'],
  ['nn', 'ho vert slått heime i dag'],
  ['nn', 'dei skal sende meg til utlandet i morgon'],
  ['en', 'help me'],
  ['en', 'My dad said he will kill me'],
  ['en', 'she is being beaten at home today'],
  ['en', 'they are taking me abroad tomorrow'],
  ['en', "I'm locked in my room"],
  ['en', 'I am scared to go home tonight'],
  ['en', 'she wants to kill herself'],
  ['en', 'he threatend to kil her'],
  ['nb', 'jeg er redd for livet mitt'],
  ['nb', 'hun har blitt banket opp av broren'],
  ['nb', 'han har truet med å skyte meg'],
  ['nb', 'hun ble dratt inn i en bil etter skolen'],
  ['nb', 'hun blir sendt ut av landet på lørdag'],
  ['nn', 'ho har rømt heimanfrå'],
  ['en', 'her brother strangled her yesterday'],
  ['en', "they're sending me to Somalia on Friday"],
  ['en', "I'm scared they'll hurt me when I get home"],
  ['ar', 'ساعدوني، أبي يريد قتلي'],
  ['ar', 'سيرسلونني إلى العراق غدا للزواج'],
  ['ar', 'أنا محبوسة في البيت'],
  ['so', 'i caawi, aabbahay wuu i dili doonaa'],
  ['so', 'berri ayaa la i geynayaa si la ii guursado'],
  ['so', 'waa la i garaacay maanta'],
  ['fa', 'کمکم کنید پدرم مرا می‌کشد'],
  ['fa', 'فردا مرا برای ازدواج به افغانستان می برند'],
  ['fa', 'مرا در خانه زندانی کرده اند'],
  ['ur', 'میری مدد کریں، میرا باپ مجھے مار ڈالے گا'],
  ['ur', 'کل مجھے شادی کے لیے پاکستان لے جا رہے ہیں'],
  ['ur', 'مجھے گھر میں بند کر دیا ہے'],
  ['uk', 'допоможіть, батько погрожує мене вбити'],
  ['uk', 'завтра мене вивезуть за кордон'],
  ['uk', 'мене замкнули вдома'],
  ['ru', 'помогите, отец грозится меня убить'],
  ['ru', 'завтра меня выдадут замуж'],
  ['ru', 'меня заперли дома'],
  ['tr', 'yardım edin, babam beni öldürecek'],
  ['tr', 'yarin beni zorla evlendirecekler'],
  ['tr', 'beni evde kilitlediler'],
  ['pl', 'pomocy, ojciec mnie zabije'],
  ['pl', 'jutro wywiozą mnie za granicę'],
  ['pl', 'zamknęli mnie w domu'],
  ['ti', 'ሓግዙኒ ኣቦይ ክቐትለኒ እዩ'],
  ['ti', 'ጽባሕ ወሲዶም ከመርዕዉኒ እዮም'],
  ['ti', 'ኣብ ገዛ ዓጽዮምኒ'],
  ['ar', 'أبي معه سكين'],
  ['so', 'aabbahay mindi ayuu haystaa'],
  ['fa', 'پدرم چاقو دارد'],
  ['ur', 'میں گھر سے بھاگ گئی ہوں'],
  ['uk', 'я втекла з дому'],
  ['ru', 'у отца нож'],
  ['tr', 'evden kaçtım'],
  ['pl', 'uciekłam z domu'],
  ['ti', 'ካብ ገዛ ሃዲመ'],
];

/** Ordinary guidance questions that should not raise the alarm. */
const ORDINARY: readonly string[] = [
  'hva er negativ sosial kontroll',
  'hvilke tegn skal jeg se etter',
  'hva er avvergeplikt',
  'hjelp meg å bruke boten',
  'can you help me understand forced marriage',
  'could you help me translate a letter for a parents meeting',
  'please help me prepare a presentation on honour culture',
  'kan du hjelpe meg lage en plan for temadagen',
  'what is honour related violence',
  'telefonnummer til kompetanseteamet',
  'hvor mange saker hadde mangfoldsrådgiverne i 2023',
  'kva er tvangsekteskap',
  'hvordan snakker jeg med foreldrene',
  'police non-emergency number',
  'politiet når det ikke haster',
  'hun blir kalt hore og skamfull hjemme',
  'hvor mange ganger ble kompetanseteamet kontaktet i 2022',
  'foreldre som slår barna sine, hva sier loven',
];

describe('danger detector: a cry for help, not the word "help"', () => {
  it('reads "yardım edin!", "bana yardım et", "imdat" in Turkish, and not a professional asking how to help or a benefit', () => {
    for (const cry of ['yardım edin!', 'bana yardım et', 'imdat', 'lütfen yardım edin beni öldürecekler']) expect(danger(cry)).toBe(true);
    for (const calm of ["NAV'da danışmanım. Ona nasıl yardım edebilirim, kimi aramalıyım?", 'Kira yardımı için nasıl başvururum?', 'yardımcı öğretmenim']) {
      expect(danger(calm)).toBe(false);
    }
  });
});

describe('danger detector', () => {
  it.each(EMERGENCIES)('[%s] %s → emergency', (_lang, text) => {
    expect(danger(text)).toBe(true);
  });

  it.each(ORDINARY)('%s → no alarm', (text) => {
    expect(danger(text)).toBe(false);
  });

  it('reads the utterance whatever language the turn is answered in', () => {
    expect(dangerDetector.isDanger(prepareUtterance('мене замкнули вдома', 'nb'))).toBe(true);
    expect(dangerDetector.isDanger(prepareUtterance('help me', 'nn'))).toBe(true);
  });

  it('corrects typos in Norwegian and English danger words only', () => {
    expect(correctTypos('han skal drpee meg')).toBe('han skal drepe meg');
    expect(correctTypos('hva er tvangsekteskap')).toBe('hva er tvangsekteskap');
  });
});

// (was danger-plea.test.ts)

/**
 * Two false alarms of the plain danger words (issue #13): "help me" before an everyday task is a request, not a plea;
 * "våren" (spring) is a word, not a typo of "våpen" (weapon). Pleas and typos of the danger words still count.
 */
describe('danger detector: requests and ordinary words are not pleas or weapons', () => {
  it.each(['can you help me translate a letter from school into Norwegian', 'kan du hjelpe meg oversette et brev', 'help me fill in the form please', 'hva skjedde våren 2019 med handlingsplanen?'])(
    'calm: %s',
    (text) => {
      expect(danger(text)).toBe(false);
    },
  );

  it.each(['help me please', 'hjelp meg, han har kniv', 'can you help me, I am scared he will hurt me', 'han har et vpåen', 'help me translate – no, help me, he is here'])('danger: %s', (text) => {
    expect(danger(text)).toBe(true);
  });
});

// (was danger-words-calm20.test.ts)

/**
 * The plain danger words (content/understanding/danger/) read a person sent or taken, not a thing (session 20): English
 * "sent" and "taken" count only with the person or the journey beside them, so an e-mail sent yesterday or a report
 * sent today is no "sent … now", and Norwegian "for sent" (late) is no English "sent"; Somali "guur" (marriage) counts
 * in its own forms, not in "guuray" (moved house). Sentences are this file's own.
 */
describe('a thing sent is no person sent away', () => {
  it.each([
    'I sent the form to the diversity adviser yesterday, is there anyone else I should contact?',
    'We sent a letter to the parents today about the class trip.',
    'I have taken the online course today, where do I find the certificate?',
    'Hun kom for sent på skolen i dag igjen.',
    'Waxaan u guuray Oslo bishii hore, hadda waxaan raadinayaa dugsi.',
  ])('no danger: %s', (message) => {
    expect(dangerStrength(normalize(message))).toBeUndefined();
  });

  it.each([
    'They sent her to Pakistan yesterday and she cannot come back.',
    'I am being sent to Iraq tomorrow.',
    'She was taken to Somalia today by her uncle.',
    'Waxay rabaan inay i guursiiyaan berri.',
  ])('still danger: %s', (message) => {
    expect(dangerStrength(normalize(message))).toBeDefined();
  });
});
