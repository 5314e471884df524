import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { schoolKey } from '../../src/contacts/adviser-directory';
import { compilePhrases, createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { contactWordsSchema, loadContactWords } from '../../src/contacts/contact-words';
import { countryTables, createCountryNames, fold, loadCountryAliases, packageIndex } from '../../src/contacts/country-names';
import { readCountryNames, writeCountryNames } from '../../src/contacts/country-names-file';
import { COUNTRY_WORDS_DIR, type CountryWordsFile, countryWordsFileSchema, loadCountryWords } from '../../src/contacts/country-words';
import { ALSO, loadOtherLanguageWords, OTHER_CONTACT, OTHER_WHO_ADVISES, otherLanguageWordsSchema } from '../../src/contacts/other-language-words';
import { loadSchoolTypes, SCHOOL_TYPE_KEYS, SCHOOL_TYPES_DIR, schoolTypesFileSchema } from '../../src/contacts/school-types';
import { loadWhoWillCallWords } from '../../src/contacts/who-will-call-words';
import { type Lang, LANGUAGES } from '../../src/language/languages';
import { tokenize } from '../../src/language/text';
import { contentPath } from '../../src/paths/content-root';
import { expectWordsFiles } from '../helpers/words-files';
import { directory, noAdvisers, places } from './contact-fixtures';

// (was contact-words.test.ts)

describe('Norwegian and English contact words are data (content/contacts/contact-words.json)', () => {
  const file = contentPath('contacts', 'contact-words.json');
  it('loads every list the contact recognizer reads, with a review status', () => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { review?: string };
    expect(['machine-assisted', 'native-reviewed']).toContain(data.review);
    const words = loadContactWords();
    expect(words.contact).toContain('telefonnummer*');
    expect(words.broadServiceNames).toContain('imdi');
    expect(words.whoAdvises.give.every((g) => g.objects.length > 0)).toBe(true);
  });

  it('rejects a file with a list left out, a misspelt list, an empty give-verb or a word start without *', () => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { words: Record<string, unknown> & { whoAdvises: Record<string, unknown> } };
    const { figures, ...words } = data.words;
    expect(contactWordsSchema.safeParse({ ...data, words }).success).toBe(false);
    expect(contactWordsSchema.safeParse({ ...data, words: { ...words, figure: figures } }).success).toBe(false);
    expect(contactWordsSchema.safeParse({ ...data, words: { ...data.words, whoAdvises: { ...data.words.whoAdvises, give: [{ verb: 'gi', objects: [] }] } } }).success).toBe(false);
    expect(contactWordsSchema.safeParse({ ...data, words: { ...data.words, notContactWords: ['kontaktlærer'] } }).success).toBe(false);
    expect(contactWordsSchema.safeParse({ ...data, review: 'reviewed-ish' }).success).toBe(false);
  });

  it('keeps the words for someone other than the asker in the who-will-call files, not in code', () => {
    const someoneElse = loadWhoWillCallWords().wordOrder.flatMap((f) => f.someoneElse);
    expect(someoneElse).toEqual(expect.arrayContaining(['pasienter', 'pasientar']));
  });
});

// (was other-language-words.test.ts)

describe('contact words of the other languages are data (content/contacts/other-language-words.json)', () => {
  const file = contentPath('contacts', 'other-language-words.json');
  it('loads every list the contact recognizer reads, with a review status', () => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { review?: string };
    expect(['machine-assisted', 'reviewed']).toContain(data.review);
    expect(loadOtherLanguageWords().contact).toEqual(OTHER_CONTACT);
    expect(OTHER_CONTACT).toContain('номер*');
    expect(ALSO).toContain('også');
    expect(OTHER_WHO_ADVISES.every((pair) => pair.who.length > 0 && pair.verbs.length > 0)).toBe(true);
  });

  it('rejects a file with a list left out, a misspelt list or an empty who-advises pair', () => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { words: Record<string, unknown> };
    const { helpline, ...words } = data.words;
    expect(otherLanguageWordsSchema.safeParse({ ...data, words }).success).toBe(false);
    expect(otherLanguageWordsSchema.safeParse({ ...data, words: { ...words, helplines: helpline } }).success).toBe(false);
    expect(otherLanguageWordsSchema.safeParse({ ...data, words: { ...data.words, whoAdvises: [{ who: [], verbs: ['x'] }] } }).success).toBe(false);
  });
});

// (was contact-phrases.test.ts)
const tokensOf = (text: string) => tokenize(fold(text));

/** The list read the plain way: a phrase's words one after another; a trailing * lets its last word start a token. */
function plainTest(phrases: readonly string[], tokens: readonly string[]): boolean {
  return phrases.some((p) => {
    const prefix = p.endsWith('*');
    const words = tokensOf(prefix ? p.slice(0, -1) : p);
    if (words.length === 0) return false;
    for (let i = 0; i + words.length <= tokens.length; i++) {
      const fits = words.every((w, j) => (j === words.length - 1 && prefix ? (tokens[i + j] ?? '').startsWith(w) : tokens[i + j] === w));
      if (fits) return true;
    }
    return false;
  });
}

describe('a contact word list read over the tokens of a message', () => {
  const phrases = ['ringe', 'ta kontakt', 'tlf*', 'e post*', 'nummer*', 'a*', 'в*', 'ስልክ*', '𝑥y*', 'kontakt med*'];
  const list = compilePhrases(phrases);

  it.each([
    ['kan jeg ringe dem?', true],
    ['vi vil ta kontakt med skolen', true],
    ['hva er tlfnr til dem', true],
    ['send en e-postadresse', true],
    ['har dere et nummer', true],
    ['and then what', true], // "a*" starts "and"
    ['звоните в школу', true],
    ['ስልክ ቁጥራቸው ምንድን ነው', true],
    ['𝑥yz', true],
    ['kontakt skolen', false], // "ta kontakt" needs both words, "kontakt med*" its second
    ['posten kom', false], // "e post*" needs the "e" before it
    ['hei', false],
    ['', false],
  ])('%s: %s', (text, expected) => {
    expect(list.test(tokensOf(text))).toBe(expected);
    expect(plainTest(phrases, tokensOf(text))).toBe(expected);
  });

  it('finds what the plain reading finds on every short phrase and message made of the same letters', () => {
    // One and two letters, so the lists filed by a word's first letters are tried at every length.
    const letters = ['a', 'b', 'ø', 'в', '𝑥'];
    const words = [...letters, ...letters.flatMap((x) => letters.map((y) => x + y))];
    const plain = [...letters.map((l) => `${l}*`), 'ab b', 'øa*', 'b 𝑥*', 'вa в'];
    const list2 = compilePhrases(plain);
    let found = 0;
    for (const first of words) {
      for (const second of words) {
        const tokens = [first, second];
        expect([tokens, list2.test(tokens)]).toEqual([tokens, plainTest(plain, tokens)]);
        if (plainTest(plain, tokens)) found++;
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});

// (was who-will-call-words.test.ts)
const dir = contentPath('understanding', 'who-will-call');
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;

/** A copy of the who-will-call folder with one file replaced, as a reviewer's edit would leave it. */
function editedCopy(file: string, edit: (data: Record<string, unknown>) => unknown): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'who-will-call-'));
  for (const f of readdirSync(dir)) copyFileSync(path.join(dir, f), path.join(copy, f));
  writeFileSync(path.join(copy, file), JSON.stringify(edit(read(file))));
  return copy;
}
const recognizerOf = (folder?: string) =>
  createContactRecognizer({ directory, places, advisers: noAdvisers(), ...(folder ? { whoWillCall: loadWhoWillCallWords(folder) } : {}) });

describe('who will call: the words are data, one file per language', () => {
  it('has a file with a review status for every language; nb, nn and en are read by word order', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual([...LANGUAGES].sort());
    for (const f of files) expect(['machine-assisted', 'native-reviewed']).toContain(read(f).review);
    const loaded = loadWhoWillCallWords();
    expect(loaded.wordOrder.map((f) => f.lang).sort()).toEqual(['en', 'nb', 'nn']);
    expect(loaded.nearVerb).toHaveLength(9);
  });

  it('counts "I" only in the caller\'s place in Norwegian and English, not anywhere in the message', () => {
    const recognizer = recognizerOf();
    expect(recognizer.read('who can my daughter call? I am so worried')?.query).toMatchObject({ youngCaller: true });
    expect(recognizer.read('hvem kan jeg ringe om en jente på 16?')?.query.youngCaller).toBeUndefined();
  });

  it('reads a person a reviewer adds', () => {
    const text = 'is there a line the grandmother can call herself?';
    expect(recognizerOf().read(text)?.query.adultCaller).toBeUndefined();
    const edited = editedCopy('en.json', (d) => ({ ...d, persons: [...(d.persons as string[]), 'grandmother'], grownUp: [...(d.grownUp as string[]), 'grandmother'] }));
    expect(recognizerOf(edited).read(text)?.query).toMatchObject({ adultCaller: true });
  });

  it('rejects a file a reviewer broke, naming it', () => {
    expect(() => loadWhoWillCallWords(editedCopy('nb.json', (d) => ({ ...d, calls: undefined })))).toThrow(/nb\.json is invalid/u);
    expect(() => loadWhoWillCallWords(editedCopy('en.json', (d) => ({ ...d, persons: 'she' })))).toThrow(/en\.json is invalid/u);
    expect(() => loadWhoWillCallWords(editedCopy('nn.json', (d) => ({ ...d, reading: 'by order' })))).toThrow(/nn\.json is invalid/u);
    expect(() => loadWhoWillCallWords(editedCopy('so.json', (d) => ({ ...d, review: 'done' })))).toThrow(/so\.json is invalid/u);
    expect(() => loadWhoWillCallWords(editedCopy('nn.json', (d) => ({ ...d, lang: 'nb' })))).toThrow(/nn\.json says lang "nb"/u);
  });
});

// (was who-will-call-other-languages.test.ts)

/**
 * Whom a young person can call, a line a grown-up can call herself, a number "she" can call (no age), and the asker
 * calling about a child, in the nine other answer languages. Sentences written for these tests (machine-assisted).
 */
const cases: readonly { lng: string; young: readonly string[]; adult: readonly string[]; someone: string; asker: readonly string[] }[] = [
  {
    lng: 'ar',
    young: ['بمن يمكن لابنتي أن تتصل إذا كانت خائفة؟', 'مع من يمكن أن تتحدث فتاة عمرها 15 سنة؟', 'هل هناك خط يمكن لابني أن يتصل به؟'],
    adult: ['هل يوجد رقم يمكن للمرأة أن تتصل به بنفسها؟'],
    someone: 'هل يوجد رقم يمكنها أن تتصل به بنفسها؟',
    asker: ['بمن أتصل بخصوص ابنتي؟', 'بمن يمكن الاتصال بخصوص ابنتي؟'],
  },
  {
    lng: 'so',
    young: ['Gabadhaydu yay la xiriiri kartaa?', 'Wiilkaygu yuu la hadli karaa?'],
    adult: ['Ma jiraa lambar haweeneydu ay iyadu wici karto?'],
    someone: 'Ma jiraa lambar ay iyadu wici karto?',
    asker: ['Yaan la xiriiraa gabadhayda arrinteeda?'],
  },
  {
    lng: 'fa',
    young: ['دخترم با کی می‌تواند صحبت کند؟', 'پسرم کجا می‌تواند کمک بگیرد؟'],
    adult: ['آیا شماره‌ای هست که زن خودش بتواند زنگ بزند؟'],
    someone: 'آیا شماره‌ای هست که او خودش بتواند زنگ بزند؟',
    asker: ['درباره دخترم به کی زنگ بزنم؟'],
  },
  {
    lng: 'ur',
    young: ['میری بیٹی کس سے بات کر سکتی ہے؟', 'میرا بیٹا کس سے رابطہ کر سکتا ہے؟'],
    adult: ['کیا کوئی نمبر ہے جس پر عورت خود فون کر سکے؟'],
    someone: 'کیا کوئی نمبر ہے جس پر وہ خود فون کر سکے؟',
    asker: ['میں اپنی بیٹی کے بارے میں کس سے بات کروں؟'],
  },
  {
    lng: 'uk',
    young: ['До кого може звернутися моя донька?', 'З ким може поговорити мій син?'],
    adult: ['Чи є номер, за яким жінка може сама зателефонувати?'],
    someone: 'Чи є номер, куди вона може сама подзвонити?',
    asker: ['Кому я можу подзвонити щодо доньки?'],
  },
  {
    lng: 'ru',
    young: ['К кому может обратиться моя дочь?', 'Куда может позвонить девочка 15 лет?', 'С кем может поговорить мой сын?'],
    adult: ['Есть ли номер, по которому женщина может сама позвонить?'],
    someone: 'Есть ли номер, по которому она может сама позвонить?',
    asker: ['Кому я могу позвонить насчёт дочери?', 'Кому позвонить, если дочь боится?'],
  },
  {
    lng: 'tr',
    young: ['Kızım kimi arayabilir?', '15 yaşındaki bir kız kiminle konuşabilir?', 'Oğlumun arayabileceği bir hat var mı?'],
    adult: ['Kadının kendisinin arayabileceği bir numara var mı?'],
    someone: 'Kendisinin arayabileceği bir numara var mı?',
    asker: ['Kızım için kimi arayabilirim?'],
  },
  {
    lng: 'pl',
    young: ['Do kogo może zadzwonić moja córka?', 'Gdzie uczennica może uzyskać pomoc?', 'Z kim może porozmawiać mój syn?'],
    adult: ['Czy jest numer, pod który kobieta może sama zadzwonić?'],
    someone: 'Czy jest numer, pod który ona może sama zadzwonić?',
    asker: ['Do kogo mogę zadzwonić w sprawie córki?'],
  },
  {
    lng: 'ti',
    young: ['ጓለይ ንመን ክትድውል ትኽእል?', 'ወደይ ምስ መን ክዛረብ ይኽእል?'],
    adult: ['እታ ሰበይቲ ባዕላ ክትድውለሉ ትኽእል ቁጽሪ ኣሎ ድዩ?'],
    someone: 'ባዕላ ክትድውለሉ ትኽእል ቁጽሪ ኣሎ ድዩ?',
    asker: ['ብዛዕባ ጓለይ ንመን ክድውል እኽእል?'],
  },
];

describe('who will call, when it is not the asker, in the other answer languages', () => {
  const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });
  const read = (text: string) => recognizer.read(text);
  describe.each(cases)('$lng', ({ young, adult, someone, asker }) => {
    it.each(young)('a young person will call: %s', (text) => {
      expect(read(text)).toMatchObject({ query: { youngCaller: true, minor: true }, score: 0.75 });
    });
    it.each(adult)('a grown-up will call: %s', (text) => {
      const reading = read(text);
      expect(reading).toMatchObject({ query: { adultCaller: true }, score: 0.75 });
      expect(reading?.query.youngCaller).toBeUndefined();
    });
    it(`no age is said: ${someone}`, () => {
      const reading = read(someone);
      expect(reading).toMatchObject({ query: { helpline: true }, score: 0.75 });
      expect(reading?.query.adultCaller).toBeUndefined();
      expect(reading?.query.youngCaller).toBeUndefined();
    });
    it.each(asker)('the asker will call: %s', (text) => {
      const query = read(text)?.query;
      expect(query?.youngCaller).toBeUndefined();
      expect(query?.adultCaller).toBeUndefined();
    });
  });

  it('takes a child in another clause for the one talked about, not the caller', () => {
    expect(read('дочь удерживают в Чечне, кому звонить?')).toMatchObject({ query: { country: 'RU', whereabouts: 'abroad' }, score: 0.95 });
    expect(read('доньку утримують в Сомалі, куди звертатися?')?.query.youngCaller).toBeUndefined();
    expect(read('ጓለይ ኣብ ኤርትራ ተታሒዛ ኣላ፡ ንመን ክድውል?')?.query.youngCaller).toBeUndefined();
    // "Where can a young person ask anonymously": asking a question is no call, ung.no's article answers it.
    expect(read('መንእሰይ ኣበይ ብዘይ ስም ሕቶ ክሓትት ይኽእል')).toBeUndefined();
  });
});

// (was country-words.test.ts)
/** A copy of the shipped words with one language's file changed, and a country reader folding names with them. */
function editedCountryWords(lng: Lang, edit: (file: CountryWordsFile) => CountryWordsFile): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'country-words-'));
  cpSync(COUNTRY_WORDS_DIR, dir, { recursive: true });
  const file = path.join(dir, `${lng}.json`);
  const data = countryWordsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  writeFileSync(file, JSON.stringify(edit(data)));
  return dir;
}
const readerWith = (dir: string) => createCountryNames(loadCountryAliases(), { packages: countryTables().packages }, loadCountryWords(dir));
const codes = (names: ReturnType<typeof readerWith>, text: string, lng: Lang) => names.find(text, lng).map((m) => m.code);

describe('the country reader’s words as data', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const copy = (lng: Lang, edit: (file: CountryWordsFile) => CountryWordsFile) => {
    const dir = editedCountryWords(lng, edit);
    dirs.push(dir);
    return dir;
  };

  it('has valid files with a review status, each named by its language', () => {
    const files = expectWordsFiles(COUNTRY_WORDS_DIR, countryWordsFileSchema);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(LANGUAGES).toContain(file.replace(/\.json$/u, ''));
  });

  it('reads the shipped words: an everyday word, a name only in its language, attached letters', () => {
    const names = createCountryNames();
    expect(codes(names, 'Han er en mann som jobber med ungdom', 'nb')).toEqual([]);
    expect(codes(names, 'Эта семья переехала в Мали', 'ru')).toEqual(['ML']);
    expect(codes(names, 'Скільки учнів мали такі проблеми?', 'uk')).toEqual([]);
    expect(codes(names, 'سافرت العائلة بالطائرة والعراق بلدها', 'ar')).toContain('IQ');
  });

  it('no longer reads a word as a country once a reviewer adds it to the not-a-country list', () => {
    const text = 'Familien har slekt i Jordan og reiser dit i sommer';
    expect(codes(readerWith(COUNTRY_WORDS_DIR), text, 'nb')).toEqual(['JO']);
    const dir = copy('nb', (file) => ({ ...file, notACountry: [...(file.notACountry ?? []), 'Jordan'] }));
    expect(codes(readerWith(dir), text, 'nb')).toEqual([]);
  });

  it('no longer strips an attached letter a reviewer takes out', () => {
    const text = 'سافرت العائلة بالطائرة والعراق بلدها';
    const dir = copy('ar', (file) => ({ ...file, prefixes: (file.prefixes ?? []).filter((p) => p !== 'و') }));
    expect(codes(readerWith(dir), text, 'ar')).not.toContain('IQ');
  });

  it('stops the start with the file named when a file is broken', () => {
    const dir = copy('ti', (file) => ({ ...file, prefixes: ['n'] }));
    expect(() => loadCountryWords(dir)).toThrow(/ti\.json is invalid/u);
    const renamed = copy('pl', (file) => ({ ...file, lang: 'uk' }));
    expect(() => loadCountryWords(renamed)).toThrow(/pl\.json says lang "uk"/u);
  });

  it('counts the build’s country tables out of date when the words they were folded with change', () => {
    const dir = copy('en', (file) => file);
    const tables = mkdtempSync(path.join(tmpdir(), 'country-tables-'));
    dirs.push(tables);
    const file = path.join(tables, 'country-names.json');
    const { packages } = countryTables();
    writeCountryNames(file, packages, packageIndex(packages, loadCountryWords(dir)), dir);
    expect(readCountryNames(file, dir).reason).toBeUndefined();
    const en = path.join(dir, 'en.json');
    const data = countryWordsFileSchema.parse(JSON.parse(readFileSync(en, 'utf8')));
    writeFileSync(en, JSON.stringify({ ...data, shortNames: [...(data.shortNames ?? []), 'rsa'] }));
    expect(readCountryNames(file, dir).reason).toBe('out of date');
  });
});

// (was school-types.test.ts)
describe('school types as data', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const copy = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'school-types-'));
    dirs.push(dir);
    cpSync(SCHOOL_TYPES_DIR, dir, { recursive: true });
    return dir;
  };

  it('has a valid file with a review status for bokmål, nynorsk and English, and every type has forms', () => {
    expect(expectWordsFiles(SCHOOL_TYPES_DIR, schoolTypesFileSchema)).toEqual(['en.json', 'nb.json', 'nn.json']);
    expect(loadSchoolTypes().map(([, key]) => key)).toEqual([...SCHOOL_TYPE_KEYS]);
  });

  it('reads each language’s forms, a form with the word after it, and the longest form first', () => {
    expect(schoolKey('Nordby vidaregåande skule')).toBe('nordby vgs');
    expect(schoolKey('Nordby upper secondary school')).toBe('nordby vgs');
    expect(schoolKey('Sørli lower secondary school')).toBe('sørli us');
    expect(schoolKey('Sørli adult education centre')).toBe('sørli vo');
    expect(schoolKey('Sørli vaksenopplæring')).toBe('sørli vo');
    expect(schoolKey('Sørli skule')).toBe('sørli skole');
  });

  it('reads a form a reviewer adds as its type', () => {
    const dir = copy();
    const file = path.join(dir, 'en.json');
    const en = schoolTypesFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const vgs = en.types.vgs ?? { forms: [] };
    writeFileSync(file, JSON.stringify({ ...en, types: { ...en.types, vgs: { ...vgs, forms: [...vgs.forms, 'sixth form college'] } } }));
    expect(schoolKey('Nordby Sixth Form College')).toBe('nordby sixth form college');
    expect(schoolKey('Nordby Sixth Form College', loadSchoolTypes(dir))).toBe('nordby vgs');
  });

  it('stops the start with the file named when a file is broken', () => {
    const dir = copy();
    const file = path.join(dir, 'nn.json');
    const nn = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...nn, types: { folkehøgskule: { forms: ['folkehøgskule'] } } }));
    expect(() => loadSchoolTypes(dir)).toThrow(/nn\.json is invalid/u);
  });
});
