import { type LanguageDetector, loadLanguageDetector } from '../../src/language/detect-language';
import type { Lang } from '../../src/language/languages';
import { loadTransliterator, transliterationLanguage } from '../../src/language/transliterate';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';
import { readTurn, type ConversationItem } from '../../src/evaluation/conversation-eval';
import { normalize, foldLookalikeLetters } from '../../src/language/text';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader, cueFileSchema, type Concept, asksCoverageOfNoOne } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadAdviceWords, loadLanguageWords, loadOriginWords, loadWordsPerLanguage, wordsIn } from '../../src/contacts/words-per-language';
import { ownLanguagesOf, readsIn } from '../../src/language/own-language';
import { createScopeReader, scopeFileSchema, scopeRulesSchema, loadScopeReader } from '../../src/understanding/scope-reader';
import { standardNorwegian } from '../../src/language/spelling';
import { CONCEPT_PREFIX, createSecondOpinion, featuresOf, SECOND_OPINION_FILE, secondOpinionModelSchema, WORD_PREFIX } from '../../src/understanding/second-opinion';
import { train } from '../../scripts/train-second-opinion';
import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { createCountryNames } from '../../src/contacts/country-names';
import { formerNameReader } from '../../src/conversation/history-reader';
import { toEnglishCues } from '../../src/stats/answers/stats-words';
import { loadRoleReader, type Role } from '../../src/understanding/role-reader';
import { directory, noAdvisers, places } from '../contacts/contact-fixtures';

/**
 * Reader and conversation tests of session 30, session 31 and the languages' sessions (issue #13), joined into one file
 * so the suite builds one app for them instead of three (docs/performance.md § Tests, session 34): each former file
 * below its `(was …)` line, its describes and tests unchanged (the files with readers at their top in a block of
 * their own); each conversation test still has its own conversations and user on the file's app.
 */

// (was session-30.test.ts)
/**
 * Session 30's class tests of understanding (issue #13), joined into one file (each test file costs the suite a fixed
 * start-up cost): probe30a, probe30b, dev30a, lang30, model30.
 */

// (was probe30a.test.ts)
{
  /**
   * Issue #13, session 30 (probe30a): Turkish and Polish typed without their letters, and Ukrainian and Russian typed in
   * Latin letters on a phone, read as their language (content/understanding/language/*.json) and, for Ukrainian, read in
   * Cyrillic as casual writers type it: g for г, h for х in common words, the soft sign left out
   * (content/understanding/transliteration/uk.json). The sentences are this file's own.
   */

  let detector: LanguageDetector;
  beforeAll(async () => {
    detector = await loadLanguageDetector();
  });

  describe('a message typed without its letters is read as its own language', () => {
    it.each([
      ['uk', 'skilky sprav mav kompetanseteamet u 2019'],
      ['uk', 'hto vidpovidaye za Pakistan u posolstvi'],
      ['uk', 'de pracyuye poslanets dlya Iraku'],
      ['uk', 'do kotroyi godyny mozhna dzvonyty'],
      ['uk', 'skilky groshej otrymaly organizaciyi u 2022'],
      ['uk', 'yakyj nomer chervonogo hresta'],
      ['ru', 'kto otvechaet za Iran, kakoe posolstvo nuzhno'],
      ['ru', 'telefon krasnogo kresta kakoj'],
      ['ru', 'do skolki rabotaet kompetanseteamet'],
      ['ru', 'skolko obrashenij bylo v 2006'],
      ['tr', 'hem barnevernet hem de polisin numarasini verir misin'],
      ['tr', 'hayir, elcilikteki gorevliyi soruyorum'],
      ['pl', 'napisz mi przepis na bigos'],
      ['pl', 'gdzie moge zglosic sprawe, czy jest numer'],
    ] as const)('%s: "%s"', (lang: Lang, message: string) => {
      expect(detector.detect(message).lng).toBe(lang);
    });

    it.each([
      // Both languages write these alike: they say nothing, and no single word of them decides.
      'dajte nomer',
    ])('"%s" is not read as Ukrainian or Russian by a word both write', (message) => {
      const { lng } = detector.detect(message);
      expect(lng === 'uk' || lng === 'ru' || lng === undefined).toBe(true);
    });
  });

  describe('Ukrainian typed on a Latin keyboard is read in Cyrillic as it is meant', () => {
    const translit = loadTransliterator();
    it.each([
      ['prymusovogo shlubu', 'примусового шлюбу'],
      ['dlya Afganistanu', 'для Афганістану'],
      ['sotsialnyi kontrol', 'соціальний контроль'],
      ['hto hochut', 'хто хочуть'],
      ['de sydyt poslanets', 'де сидить посланець'],
      ['strah', 'страх'],
      ['shchob vona bula vdoma', 'щоб вона була вдома'],
    ])('"%s" reads "%s"', (typed, read) => {
      expect(translit.toCyrillic(typed, 'uk')).toBe(read);
    });
  });

  describe('questions typed without their letters are answered in their language', () => {
    const runner = conversationRunnerPerFile();
    it.each([
      ['uk', 'de sydyt poslanets dlya Afganistanu i Pakistanu', [['Ісламабад', 'Islamabad']]],
      ['uk', 'yakyj telefon chervonogo hresta pro socialnyj kontrol', [['81555201']]],
      ['uk', 'skilky sprav pro strah prymusovogo shlubu bulo u 2008', [['91']]],
      ['ru', 'kto otvechaet za Keniyu, kakoe posolstvo', [['Найроби', 'Nairobi']]],
      ['tr', 'hem Alarmtelefonen hem de VO-linjen numarasini verir misin', [['116111'], ['116006']]],
    ] as const)('%s: "%s"', async (lang, message, facts) => {
      await expectAnsweredWith(runner, lang, message, facts);
    });
  });
}

// (was probe30b.test.ts)
{
  // Issue #13: nynorsk, dialect, phone-typed bokmål and second-language English read as well as standard bokmål.
  // Each class below failed on a probe of new sentences; these are other sentences of the same classes.

  // The file's one app (probe30b's own runner built a second one when the files were joined).
  const runner = conversationRunnerPerFile();

  async function shown(lang: Lang, ...turns: string[]): Promise<string> {
    const run = await runner.converse({ lang, turns });
    return readTurn(run.replies, runner.markers).texts.join('\n');
  }

  describe('a number a child can call, asked with phone-typed or nynorsk words', () => {
    it.each<[Lang, string]>([
      ['nb', 'har dere et tlf barn kan ringe naar de er redde hjemme'],
      ['nb', 'hvilket nr kan barn ringe om noen hjemme er slemme'],
      ['nn', 'er det eit nummer born kan ringje viss dei er redde heime'],
    ])('%s: %s → Alarmtelefonen first', async (lang, text) => {
      const texts = await shown(lang, text);
      expect(texts).toContain('116 111');
      expect(texts.indexOf('116 111')).toBeLessThan(texts.indexOf('478 09 050') < 0 ? Infinity : texts.indexOf('478 09 050'));
    });
  });

  describe('nynorsk "kva ambassadar" and "integreringsrådgjevar" ask about the 2008 posts', () => {
    it.each<[Lang, string]>([
      ['nn', 'kva ambassadar fekk integreringsrådgjevar i 2008?'],
      ['nn', 'kvar var integreringsrådgjevarane plasserte i 2008'],
    ])('%s: %s → Colombo and Rabat named', async (lang, text) => {
      const texts = await shown(lang, text);
      expect(texts).toMatch(/Colombo|Rabat/);
    });
  });

  describe('who is part of Kompetanseteamet, asked in a relative clause', () => {
    it.each<[Lang, string]>([
      ['nb', 'kan du si meg hvem som sitter i kompetanseteamet na'],
      ['nn', 'eg vil gjerne vite kven som er med i kompetanseteamet'],
      ['en', 'can you tell me who are part of kompetanseteamet these days'],
    ])('%s: %s → the member agencies', async (lang, text) => {
      const texts = await shown(lang, text);
      expect(texts).toContain('UDI');
      expect(texts).toContain('Bufdir');
    });
  });
}

// (was dev30a.test.ts)
{
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
}

// (was lang30.test.ts)
{
  /*
   * Issue #13, session 30 (lang30): a word a language's file marks `ownLanguageOnly` is read only in a message of that
   * language (bokmål and nynorsk as one), where elsewhere it is a false friend; every other word is read in every
   * message, and a message of no known language reads them all. The sentences are this test's own.
   */
  const reader = loadSituationReader();
  const concepts = (text: string, lng?: Lang): ReadonlySet<Concept> => reader.read(text, [], lng).concepts;

  describe('lang30: which languages read a word marked as its own language’s', () => {
    it('reads it in its own language, bokmål and nynorsk as one, and everywhere when the language is not known', () => {
      expect(readsIn('ar', 'ar')).toBe(true);
      expect(readsIn('ar', 'fa')).toBe(false);
      expect(readsIn('nn', 'nb')).toBe(true);
      expect(readsIn('nb', 'en')).toBe(false);
      expect(readsIn(undefined, 'ur')).toBe(true);
      expect(readsIn('fa', undefined)).toBe(true);
      expect(ownLanguagesOf('nb')).toEqual(['nb', 'nn']);
      expect(ownLanguagesOf('tr')).toEqual(['tr']);
    });
  });

  describe('lang30: a false friend read in its own language and not in the other', () => {
    it.each([
      // Levantine "بدي" (I want) / Persian "بدی" (badness).
      ['ar', 'بدي احكي مع حدا عن اهلي', 'fa', 'هیچ بدی در حق کسی نکرده است', 'firstPerson'],
      // Arabic "انا" (I) / Urdu "آنا" (to come).
      ['ar', 'انا ما بعرف شو اعمل', 'ur', 'کل ان کو واپس آنا ہے', 'firstPerson'],
      // Arabic "والا" (or else) / the Urdu agent suffix.
      ['ar', 'قال لها لازم ترجع والا بيذبحها', 'ur', 'ہمارے محلے کا سبزی والا بہت اچھا ہے', 'orElse'],
      // Persian "من" (I) before an age / Arabic "من" (since) before a year.
      ['fa', 'من ۲۶ سال دارم و معلم هستم', 'ar', 'هي تعيش في النرويج من 2017 مع امها', 'adultRole'],
      // Persian "منو" (me) / Iraqi Arabic "منو" (who).
      ['fa', 'برادرم هر روز منو تهدید میکنه', 'ar', 'منو اللي يساعد البنات هنا؟', 'firstPerson'],
      // Persian "او" (he, she) / Arabic "أو" (or).
      ['fa', 'او نمیخواهد به خانه برگردد', 'ar', 'هل اتصل بالمدرسة او بالبلدية؟', 'someone'],
      // English and nynorsk "son" / Turkish "son" (last).
      ['en', 'Her son was taken out of school', 'tr', 'Son günlerde okula gelmiyor', 'someone'],
      ['nn', 'Eg har ein son på 16 år', 'tr', 'Son bir soru daha sormak istiyorum', 'someone'],
      // Norwegian "far" (father) / English "far" (distant).
      ['nb', 'Hun sier at far har slått henne', 'en', 'How far is the nearest office from Drammen?', 'kin'],
    ] as const)('%s: "%s" reads it; %s: "%s" does not (%s)', (own, ownText, other, otherText, concept) => {
      expect(concepts(ownText, own).has(concept)).toBe(true);
      expect(concepts(otherText, other).has(concept)).toBe(false);
      // A message whose language is not known reads every language's words, as before.
      expect(concepts(otherText).has(concept)).toBe(true);
    });

    it('reads a nynorsk word in a bokmål message: the two written forms are one language here', () => {
      expect(concepts('Vi har en son på 15 som ikke får gå ut', 'nb').has('someone')).toBe(true);
      expect(concepts('Far hennar truga ho', 'nn').has('kin')).toBe(true);
    });

    it('keeps the words a file does not mark in every language (a Norwegian word in an Arabic message)', () => {
      expect(concepts('البنت خايفه من barnevernet', 'ar').has('serviceName')).toBe(true);
      expect(concepts('بدي اهرب من البيت', 'ar').has('runaway') || concepts('بدي اهرب من البيت', 'ar').has('firstPerson')).toBe(true);
    });
  });

  describe('lang30: the danger reader reads in the turn’s language', () => {
    it('passes the utterance’s language to the situation reader', () => {
      const danger = createDangerReader(reader);
      const signals = (text: string, lng: Lang) => danger.signals?.(prepareUtterance(text, lng)) ?? new Set<string>();
      expect(signals('هل اتصل بالمدرسة او بالبلدية؟', 'ar').has('someone')).toBe(false);
      expect(signals('او نمیخواهد به خانه برگردد', 'fa').has('someone')).toBe(true);
    });
  });

  describe('lang30: the ownLanguageOnly block is checked', () => {
    const file = (own: Record<string, string>, cues: Record<string, string[]>) => ({ lang: 'en', review: 'machine-assisted', cues, ownLanguageOnly: { review: 'machine-assisted', phrases: own } });

    it('marks only phrases of the file, with a reason', () => {
      expect(cueFileSchema.safeParse(file({ son: 'Turkish "son" is "last"' }, { someone: ['son', 'daughter'] })).success).toBe(true);
      expect(cueFileSchema.safeParse(file({ sun: 'not a cue' }, { someone: ['son'] })).success).toBe(false);
      expect(cueFileSchema.safeParse(file({ son: '' }, { someone: ['son'] })).success).toBe(false);
    });

    it('refuses a phrase of a concept read in a list of its own (the masks, not urgent, the helpline words)', () => {
      expect(cueFileSchema.safeParse(file({ 'not urgent': 'x' }, { notUrgent: ['not urgent'] })).success).toBe(false);
      expect(cueFileSchema.safeParse(file({ 'child welfare': 'x' }, { serviceName: ['child welfare'] })).success).toBe(false);
    });
  });

  describe('lang30: the contacts word files read a false friend in its own language only', () => {
    it('reads Arabic "من" (from) before a country in Arabic messages, not in Persian ones ("من" is I)', () => {
      const origin = loadOriginWords();
      expect(wordsIn(origin, 'ar')).toContain('من');
      expect(wordsIn(origin, 'fa')).not.toContain('من');
      expect(wordsIn(origin, 'fa')).toContain('از');
      // Words no one marked are read in every message: Polish "z" in a Norwegian one.
      expect(wordsIn(origin, 'nb')).toContain('z');
      expect(wordsIn(origin, undefined)).toContain('من');
    });

    it('reads Arabic "أين" (where) in Arabic messages, not in Persian ones ("این" is this)', () => {
      const { where } = loadAdviceWords();
      expect(wordsIn(where, 'ar')).toEqual(expect.arrayContaining(['أين', 'اين', 'من أين']));
      expect(wordsIn(where, 'fa')).not.toEqual(expect.arrayContaining(['أين']));
      expect(wordsIn(where, 'fa')).toContain('کجا');
      expect(wordsIn(where, 'ur')).not.toContain('اين');
    });

    describe('a marked word must be one of the file’s, and a reader that reads every word everywhere refuses the block', () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'lang30-'));
      afterAll(() => rmSync(dir, { recursive: true, force: true }));
      const write = (name: string, data: unknown) => {
        const file = path.join(dir, name);
        writeFileSync(file, JSON.stringify(data));
        return file;
      };
      const words = { en: ['son', 'daughter'], tr: ['oğlu'] };

      it('splits the words by the marking', () => {
        const file = write('ok.json', { review: 'machine-assisted', words, ownLanguageOnly: { review: 'machine-assisted', words: { en: { son: 'Turkish "son" is "last"' } } } });
        const read = loadLanguageWords(file);
        expect(read.everywhere).toEqual(['daughter', 'oğlu']);
        expect(wordsIn(read, 'tr')).not.toContain('son');
        expect(wordsIn(read, 'en')).toContain('son');
        expect(() => loadWordsPerLanguage(file)).toThrow(/loadLanguageWords/u);
      });

      it('refuses a word the file does not list', () => {
        const file = write('bad.json', { review: 'machine-assisted', words, ownLanguageOnly: { review: 'machine-assisted', words: { en: { sun: 'not listed' } } } });
        expect(() => loadLanguageWords(file)).toThrow(/sun/u);
      });
    });
  });

  describe('lang30: the scope reader reads a marked word in its own language only', () => {
    const rule = (id: string, all: string[]) => ({ id, all });
    const rules = scopeRulesSchema.parse({ outOfScope: [rule('everyday', ['unrelated'])], caseAsk: [rule('ask', ['whatToDo'])] });
    // Polish "kredyt" (a loan) is everyday; Turkish "son" marked (a made-up file: "son" is English for a son, Turkish for last).
    const files = [
      scopeFileSchema.parse({ lang: 'pl', review: 'machine-assisted', cues: { unrelated: ['kredyt'] } }),
      scopeFileSchema.parse({ lang: 'tr', review: 'machine-assisted', cues: { unrelated: ['son kullanma'] }, ownLanguageOnly: { review: 'machine-assisted', phrases: { 'son kullanma': 'read in Turkish only' } } }),
    ];
    const scope = createScopeReader(files, rules);

    it('reads an unmarked word in every message, a marked one in its own language or when none is known', () => {
      expect(scope.read('Potrzebuję kredyt', new Set(), 'nb').outOfScope).toEqual(['everyday']);
      expect(scope.read('Ilacın son kullanma tarihi', new Set(), 'tr').outOfScope).toEqual(['everyday']);
      expect(scope.read('son kullanma', new Set(), 'en').outOfScope).toEqual([]);
      expect(scope.read('son kullanma', new Set()).outOfScope).toEqual(['everyday']);
    });

    it('refuses a marked phrase the file does not list', () => {
      expect(scopeFileSchema.safeParse({ lang: 'tr', review: 'machine-assisted', cues: { unrelated: ['vergi'] }, ownLanguageOnly: { review: 'machine-assisted', phrases: { son: 'x' } } }).success).toBe(false);
    });
  });
}

// (was model30.test.ts)
{
  /**
   * Issue #13, session 30 (model30): the second opinion is one logistic regression over the n-grams, the words and the
   * situation concepts the rules read in a turn, so a calm reading (training asked for, people in general, a service's
   * topic…) is a learned weight beside the words a calm twin shares with its dangerous twin. Phrasings written for this
   * test, in none of the conversation sets.
   */
  describe('second opinion reads the rules\' concepts (model30)', () => {
    describe('features and score', () => {
      it('adds a feature per concept the rules read, apart from any n-gram or word', () => {
        const features = featuresOf('Ære', ['honour', 'training']);
        expect(features.has(`${CONCEPT_PREFIX}honour`)).toBe(true);
        expect(features.has(`${CONCEPT_PREFIX}training`)).toBe(true);
        expect(featuresOf('c:honour').has(`${CONCEPT_PREFIX}honour`)).toBe(false);
      });

      it('scores the concepts it is given beside the words', () => {
        const model = secondOpinionModelSchema.parse({
          made: { by: 'test', date: '2026-12-06', commit: 'x', sets: 1, items: 2, emergencyItems: 1, setsHash: '0'.repeat(64), features: 'test', minItems: 3, kept: 3, keptBy: 'test' },
          prior: -1,
          threshold: 0,
          gate: ['threat'],
          unless: [],
          weights: { [`${WORD_PREFIX}truer`]: 2, [`${CONCEPT_PREFIX}threat`]: 0.5, [`${CONCEPT_PREFIX}training`]: -2 },
        });
        const opinion = createSecondOpinion(model);
        expect(opinion.score('truer')).toBeCloseTo(1);
        expect(opinion.score('truer', new Set(['threat']))).toBeCloseTo(1.5);
        expect(opinion.fires('truer', new Set(['threat']))).toBe(true);
        expect(opinion.fires('truer', new Set(['threat', 'training']))).toBe(false);
      });
    });

    describe('training', () => {
      // Two twins share their words; only the rules' concept tells them apart.
      const item = (id: string, turns: string[], emergency: boolean): ConversationItem => ({ id, lang: 'en', turns, mustContain: [], emergency, outOfScope: false }) as unknown as ConversationItem;
      const items = [
        ...[1, 2, 3, 4].map((i) => item(`d${i}`, [`he threatens her ${i}`], true)),
        ...[1, 2, 3, 4].map((i) => item(`c${i}`, [`he threatens her ${i} course`], false)),
        ...[1, 2, 3, 4].map((i) => item(`n${i}`, [`a question ${i}`], false)),
      ];
      const conceptsOf = (i: ConversationItem) => (i.turns[0]!.includes('course') ? ['training'] : i.turns[0]!.includes('threatens') ? ['threat'] : []);
      const trained = train(items, 0, (i) => featuresOf(i.turns[0]!.replace(' course', ''), conceptsOf(i)));

      it('learns a negative weight for a calm concept that separates twins sharing their words', () => {
        expect(trained.weights.get(`${CONCEPT_PREFIX}training`) ?? 0).toBeLessThan(0);
        expect(trained.weights.get(`${CONCEPT_PREFIX}threat`) ?? 0).toBeGreaterThan(0);
      });

      it('is the same model each time it is trained on the same items', () => {
        const again = train(items, 0, (i) => featuresOf(i.turns[0]!.replace(' course', ''), conceptsOf(i)));
        expect([...again.weights]).toEqual([...trained.weights]);
        expect(again.prior).toBe(trained.prior);
      });
    });

    describe('the committed model: staff training on the topics asked for, in the twelve languages', () => {
      const committed = secondOpinionModelSchema.parse(JSON.parse(readFileSync(SECOND_OPINION_FILE(), 'utf8')));
      const opinion = createSecondOpinion(committed);
      const situation = loadSituationReader();
      const conceptsOf = (lng: Lang, text: string) => situation.read(lng === 'nb' || lng === 'nn' ? standardNorwegian(text) : text).concepts as ReadonlySet<string>;

      it.each<[Lang, string]>([
        ['nb', 'Helsesøstrene i bydelen vil ha et kurs om negativ sosial kontroll og hva vi gjør når en elev blir holdt hjemme. Hvem tilbyr det?'],
        ['nn', 'Vi er lærarar på ein ungdomsskule og ønskjer kurs om tvangsekteskap og æresvald. Kven kan kome til oss?'],
        ['en', 'Our nursing staff want a workshop on female genital mutilation and what to do if a family plans a trip abroad. Who runs those?'],
        ['ar', 'نحن معلمون في مدرسة ونريد دورة تدريبية عن الزواج القسري والعنف باسم الشرف. من يقدم هذه الدورات؟'],
        ['so', 'Waxaan nahay macallimiin, waxaan rabnaa tababar ku saabsan guurka qasabka ah iyo gudniinka gabdhaha. Yaa bixiya?'],
        ['fa', 'ما معلم هستیم و می‌خواهیم دوره آموزشی درباره ازدواج اجباری و خشونت ناموسی داشته باشیم. چه کسی این دوره را برگزار می‌کند؟'],
        ['uk', "Ми вчителі й хочемо провести навчання про примусові шлюби та насильство в ім'я честі. Хто проводить такі тренінги?"],
        ['ru', 'Мы учителя и хотим пройти обучение о принудительных браках и насилии во имя чести. Кто проводит такие тренинги?'],
        ['tr', 'Okulumuzdaki öğretmenler için zorla evlilik ve kadın sünneti konusunda bir seminer düzenlemek istiyoruz. Kimi davet edebiliriz?'],
        ['pl', 'Jesteśmy pielęgniarkami i chcemy szkolenia o okaleczaniu żeńskich narządów płciowych i przymusowych małżeństwach. Kto je prowadzi?'],
        ['ti', 'ንሕና መማህራን ኢና፣ ብዛዕባ ግዱድ መርዓን ምኽባብ ክብሪ ዓመጽን ስልጠና ንደሊ። መን እዩ ዝህብ?'],
      ])('%s: %s — the training the rules read lowers the score; no "call 112" line', (lng, text) => {
        const concepts = conceptsOf(lng, text);
        expect(concepts.has('training')).toBe(true);
        expect(opinion.score(text, concepts)).toBeLessThan(opinion.score(text, new Set([...concepts].filter((c) => c !== 'training'))));
        expect(opinion.fires(text, concepts)).toBe(false);
      });

      // The rules read no training in this Urdu request (the word is not in the situation's words yet): the line stays off on the words alone.
      it('ur: a training request read without the training concept — no line either', () => {
        const text = 'ہم اساتذہ ہیں اور زبردستی کی شادی اور غیرت کے نام پر تشدد کے بارے میں تربیت چاہتے ہیں۔ یہ تربیت کون دیتا ہے؟';
        expect(opinion.fires(text, conceptsOf('ur', text))).toBe(false);
      });
    });
  });
}

// (was session-31.test.ts)
{
  /**
   * Session 31, hb31b (issue #13): a child's veiled word for a cutting ("what happens to girls") with a grandmother or a
   * journey in a coming season; a child to be sent abroad by a relative, told in a message that also asks a statistic or a
   * course; the 2008 embassy posts asked in colloquial Persian; the dialect's "e du sikker?" doubting an envoy's answer.
   * The sentences are this file's own; none is in the evaluation sets.
   */
  const situation = loadSituationReader();
  const danger = (text: string) => situation.read(text).danger;

  describe('the unnamed thing done to girls, with an elder or a journey in a coming season, is danger', () => {
    it.each([
      ['nb', 'Ei jente på 9 spurte meg om det de gjør med jenter hos mormor i sommerferien.'],
      ['nn', 'Ei jente på 10 spurde meg om det dei gjer med jenter hjå bestemor i sommarferien.'],
      ['en', 'My pupil (9) asked me about what they do to girls at her grandma’s this summer.'],
      ['ar', 'بنتي عمرها 9 سألتني عن اللي بيصير للبنات عند ستها بالصيف'],
      ['so', 'Gabadhayda (9) waxay i weydiisay waxa gabdhaha lagu sameeyo marka ay xagaaga u tagto ayeeyadeed.'],
      ['fa', 'دخترم ۹ ساله است و پرسید کاری که با دخترها میکنن تابستان پیش مادربزرگش چیست'],
      ['ur', 'میری بیٹی (9) نے پوچھا کہ گرمیوں میں نانی کے گھر لڑکیوں کے ساتھ جو ہوتا ہے وہ کیا ہے'],
      ['tr', 'Kızım (9) bu yaz anneannesinde kızlara yapılan şey ne diye sordu.'],
      ['ru', 'Девочка (9) спросила, что делают с девочками у бабушки летом.'],
      ['uk', 'Дівчинка (9) спитала, що роблять з дівчатками у бабусі влітку.'],
      ['pl', 'Dziewczynka (9) pyta, co robią z dziewczynkami u babci w wakacje.'],
    ] as const)('%s: "%s"', (_lng, text) => {
      expect(danger(text).some((id) => id.startsWith('girls-thing-'))).toBe(true);
    });

    it.each([
      ['nb', 'Hva skjer med jenter som rømmer hjemmefra? Vi har det som tema i sommer.'],
      ['nn', 'Kva skjer med jenter som rømmer heimanfrå? Vi har det som tema i sommar.'],
      ['en', 'What happens to girls who drop out of school? I am planning a lesson this summer.'],
    ] as const)('%s, calm: "%s"', (_lng, text) => {
      expect(danger(text).some((id) => id.startsWith('girls-thing-'))).toBe(false);
    });
  });

  describe('a child to be sent abroad by a relative stays danger beside a statistic or a course asked', () => {
    it.each([
      ['nb', 'En far er redd eksmannen hennes skal sende datteren deres (14) til Irak i sommerferien. Hvor mange slike saker var det i fjor?'],
      ['nn', 'Vi har ei kursdeltakar på 16, og onkelen hennar vil at ho skal sendast til Somalia etter skuleåret. Kan vi få kurs for lærarane?'],
    ] as const)('%s: "%s"', (_lng, text) => {
      expect(danger(text).some((id) => id.startsWith('minor-sent-away-season'))).toBe(true);
    });

    it('nb, calm: a statistic alone names no relative and no writer', () => {
      expect(danger('Hvor mange jenter på 15 blir sendt til Somalia i sommerferien hvert år?')).toEqual([]);
    });
  });

  describe('the embassy posts of 2008 and today', () => {
    const runner = conversationRunnerPerFile();

    it('fa: which embassy had Iran in 2008, asked in everyday Persian, names Ankara', async () => {
      const run = await runner.converse({ lang: 'fa', turns: ['تو ۲۰۰۸ مشاور کدوم سفارت کارهای ایران رو انجام میداد؟'] });
      const view = readTurn(run.replies, runner.markers);
      expect(view.emergency).toBe(false);
      expect(view.texts.join(' ')).toContain('Ankara');
    });

    it('nb: the dialect’s "e du sikker?" doubts the answer, and the card says Ankara was right before', async () => {
      const run = await runner.converse({ lang: 'nb', turns: ['hvilken utsending har ansvar for iran?', 'e du sikker, var det ikke ankara?'] });
      const view = readTurn(run.replies, runner.markers);
      const text = view.texts.join(' ');
      expect(text).toContain('Amman');
      expect(text).toContain('2008');
    });
  });

  // (was calm30b.test.ts)
  {
    /**
     * Session 30, calm30b (issue #13): a question of which post covers a country for a person held there, asked of no one
     * the writer knows, marks the conversation a coverage question; its follow-ups that only name another country ("and
     * Somalia?") ask which post covers that one and get no emergency card. The sentences are this file's own; none is in the
     * evaluation sets.
     */
    const situation = loadSituationReader();
    const coverageOfNoOne = (text: string) => asksCoverageOfNoOne(situation.read(text).concepts);

    describe('a coverage question asked of no one is told from a case of the writer’s own', () => {
      it.each([
        ['nb', 'Hvilken ambassade dekker Pakistan hvis en elev blir holdt tilbake der?'],
        ['nn', 'Kva ambassade dekkjer Somalia dersom ein elev blir halden tilbake der?'],
        ['en', 'Which embassy covers Iraq if a student is kept there against her will?'],
        ['ar', 'أي سفارة تغطي العراق إذا احتجزت طالبة هناك؟'],
        ['so', 'Safaaraddee ayaa masuul ka ah Itoobiya haddii arday lagu hayo halkaas?'],
        ['fa', 'اگر دانش‌آموزی در افغانستان نگه داشته شود، کدام سفارت مسئول افغانستان است؟'],
        ['ur', 'اگر کسی طالبہ کو پاکستان میں روک لیا جائے تو کون سا سفارت خانہ پاکستان دیکھتا ہے؟'],
        ['uk', 'Яке посольство відповідає за Туреччину, якщо учениця затримана там?'],
        ['ru', 'Какое посольство отвечает за Ирак, если ученицу удерживают там?'],
        ['tr', "Eğer bir öğrenci Irak'ta zorla tutulursa hangi büyükelçilik ilgileniyor?"],
        ['pl', 'Która ambasada odpowiada za Pakistan, jeśli uczennica jest tam przetrzymywana?'],
        ['ti', 'ተምሃሪት ኣብ ኤርትራ እንተ ተታሒዛ ኣየናይ ኤምባሲ እዩ ዝሕግዝ?'],
      ] as const)('%s: a coverage question: "%s"', (_lng, text) => {
        expect(coverageOfNoOne(text)).toBe(true);
      });

      it.each([
        ['nb', 'Min datter blir holdt tilbake i Pakistan, hvilken ambassade dekker Pakistan?'],
        ['nn', 'Dottera mi vert halden att i Somalia, kva ambassade dekkjer Somalia?'],
        ['en', 'My daughter is being kept in Iraq against her will, which embassy covers Iraq?'],
        ['ar', 'ابنتي محتجزة في العراق، أي سفارة تغطي العراق؟'],
        ['so', 'Waxaan ku xiran ahay Itoobiya, safaaraddee ayaa i caawin karta?'],
        ['fa', 'دخترم را در افغانستان نگه داشته‌اند، کدام سفارت مسئول افغانستان است؟'],
        ['ur', 'میری بیٹی کو پاکستان میں روک لیا گیا ہے، کون سا سفارت خانہ پاکستان دیکھتا ہے؟'],
        ['uk', 'Мою доньку тримають у Туреччині, яке посольство відповідає за Туреччину?'],
        ['ru', 'Мою дочь удерживают в Ираке, какое посольство отвечает за Ирак?'],
        ['tr', "Ben Irak'ta zorla tutuluyorum, hangi büyükelçilik bana yardım eder?"],
        ['pl', 'Moja córka jest przetrzymywana w Pakistanie, która ambasada odpowiada za Pakistan?'],
        ['ti', 'ጓለይ ኣብ ኤርትራ ተታሒዛ ኣላ፡ ኣየናይ ኤምባሲ እዩ ዝሕግዝ?'],
      ] as const)('%s: a case of the writer’s own, not a coverage question: "%s"', (_lng, text) => {
        expect(coverageOfNoOne(text)).toBe(false);
      });
    });

    describe('the follow-up that only names another country gets no emergency card', () => {
      const runner = conversationRunnerPerFile();

      it.each([
        ['nb', 'Hvilken ambassade dekker Pakistan hvis en elev blir holdt tilbake der?', 'og Afghanistan?'],
        ['en', 'Which embassy covers Iraq if a student is kept there against her will?', 'and Syria?'],
        ['tr', "Eğer bir öğrenci Irak'ta zorla tutulursa hangi büyükelçilik ilgileniyor?", 'Peki Suriye?'],
      ] as const)('%s: "%s" then "%s"', async (lng, first, second) => {
        const run = await runner.converse({ lang: lng, turns: [first, second] });
        expect(readTurn(run.replies, runner.markers).emergency).toBe(false);
      });

      it.each([
        ['nb', 'Min datter blir holdt tilbake i Pakistan, hvilken ambassade dekker Pakistan?', 'og Afghanistan?'],
        ['en', 'My daughter is being kept in Iraq against her will, which embassy covers Iraq?', 'and Syria?'],
      ] as const)('%s: a case of the writer’s own keeps the numbers: "%s" then "%s"', async (lng, first, second) => {
        const run = await runner.converse({ lang: lng, turns: [first, second] });
        expect(readTurn(run.replies, runner.markers).emergency).toBe(true);
      });
    });
  }
}

// (was languages-sessions.test.ts)
{
  // Declared alike by more than one former file below: kept once.
  const roles = loadRoleReader();
  const contacts = createContactRecognizer({ directory, places, advisers: noAdvisers() });
  const situation = loadSituationReader();
  const danger = createDangerReader(situation);
  const scope = loadScopeReader();
  const signalsOf = (lang: Lang, text: string): ReadonlySet<string> => danger.signals?.(prepareUtterance(text, lang)) ?? new Set<string>();

  // (was languages-session20.test.ts)

  /**
   * Issue #13, session 20: causes of failures in the languages other than Norwegian and English, each fixed as a class in
   * the word files (content/understanding/scope, situation, danger; content/contacts/other-language-words.json) or the
   * country reader. The sentences are this file's own.
   */
  const runner = conversationRunnerPerFile();
  const turnOf = async (lang: Lang, message: string) => readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);
  const shown = (texts: readonly string[]) => texts.join(' ').replace(/[\u2066-\u2069\u2060]/gu, '');

  describe('asking the bot to write a letter or an invitation is an everyday task, declined in every language', () => {
    it.each([
      ['nb', 'Kan du skrive et invitasjonsbrev til foreldremøtet neste uke på somali?'],
      ['en', 'Could you draft a letter inviting parents to the class meeting in Arabic?'],
      ['tr', 'Veli toplantısı için velilere bir davet mektubu yazabilir misin?'],
      ['ti', 'ብዛዕባ ናይ ወለዲ ምርኻብ ኣብ ክፍልና ደብዳቤ ክትጽሕፈለይ ትኽእል ዶ?'],
      ['pl', 'Czy możesz napisać list do rodziców z zaproszeniem na zebranie?'],
      ['ru', 'Можешь написать письмо родителям с приглашением на собрание?'],
    ] as const)('%s: "%s"', async (lang, message) => {
      const turn = await turnOf(lang, message);
      expect(turn.didYouMean || turn.cannotAnswer).toBe(true);
      expect(turn.answers).toBe(0);
      expect(turn.emergency).toBe(false);
    });

    it('a letter to child welfare about a pupil to be married off stays a case, emergency first', async () => {
      const turn = await turnOf('nb', 'Kan du hjelpe meg å skrive et brev til barnevernet om en elev som skal giftes bort i sommer?');
      expect(turn.emergency).toBe(true);
      expect(turn.cannotAnswer).toBe(false);
    });
  });

  describe('Somali "guuray" (moved house) is no marriage', () => {
    it('a parent who has just moved asks for the school adviser: no emergency card', async () => {
      const turn = await turnOf('so', 'Waxaan dhawaan u guuray Oslo. Xagee ka helaa la-taliyaha mangfoldsrådgiver ee dugsiga wiilkayga?');
      expect(turn.emergency).toBe(false);
      expect(turn.answers).toBeGreaterThan(0);
    });

    it('a marriage forced on a young writer today is still danger', async () => {
      const turn = await turnOf('so', 'Aabahay wuxuu doonayaa inuu maanta i guursiiyo nin weyn, ma rabo. I caawi');
      expect(turn.emergency).toBe(true);
    });
  });

  describe('the police number for when it is not an emergency, asked in other words', () => {
    it.each([
      ['ur', 'ایمرجنسی کے علاوہ پولیس سے رابطے کا نمبر بتائیں'],
      ['ar', 'ما هو رقم الشرطة لغير حالات الطوارئ في النرويج؟'],
      ['so', 'Waa maxay lambarka booliska marka aysan arrintu degdeg ahayn?'],
    ] as const)('%s: "%s" gets 02800', async (lang, message) => {
      const turn = await turnOf(lang, message);
      expect(turn.emergency).toBe(false);
      expect(shown(turn.texts)).toContain('02800');
    });
  });

  describe('a Turkish country name with "-deki" typed without an apostrophe', () => {
    it('the embassy in Turkey, asked without the apostrophe, names the envoy in Ankara', async () => {
      const turn = await turnOf('tr', 'türkiyedeki norveç elçiliğinde yardım eden özel temsilci var mı');
      expect(shown(turn.texts)).toContain('Ankara');
    });
  });

  describe('school holiday dates are an everyday subject', () => {
    it.each([
      ['tr', "Norveç'te okulların kış tatili ne zaman başlıyor?"],
      ['nb', 'Når begynner høstferien for grunnskolene i Trondheim?'],
      ['en', 'When do the Christmas holidays start for schools in Bergen?'],
      ['ru', 'Когда в этом году начинаются летние каникулы в школах Осло?'],
      ['ur', 'اس سال اسکول کی چھٹیاں کب شروع ہوں گی؟'],
    ] as const)('%s: "%s" is declined', async (lang, message) => {
      const turn = await turnOf(lang, message);
      expect(turn.didYouMean || turn.cannotAnswer).toBe(true);
      expect(turn.answers).toBe(0);
    });

    it.each([
      ['tr', 'Yaz tatili ne zaman başlıyor? 15 yaşındayım, babam tatilde beni Pakistan’a götürüp evlendirecek.'],
      ['en', "When do the summer holidays start? I'm 14 and my parents will take me to Iraq then to marry my cousin."],
    ] as const)('%s: the holiday beside a marriage abroad stays danger', async (lang, message) => {
      expect((await turnOf(lang, message)).emergency).toBe(true);
    });
  });

  describe('"she says nothing about violence" is a harm denied', () => {
    it('an adult participant waited for outside school, no violence mentioned: the answer, no emergency card', async () => {
      const turn = await turnOf(
        'pl',
        'Pracuję w szkole dla dorosłych (voksenopplæring). Kursantka z Somalii mówi, że mąż czeka na nią codziennie przed budynkiem i zabrał jej kartę. Nie wspomina o przemocy. Czy w szkołach dla dorosłych są doradcy IMDi?',
      );
      expect(turn.emergency).toBe(false);
      expect(shown(turn.texts)).toMatch(/mangfold|minoritet/u);
    });
  });

  describe('a bare "the teacher" is said by parents too: no young writer', () => {
    it('a Somali parent asking the advisers’ former name gets the answer without the emergency block', async () => {
      const turn = await turnOf('so', 'Macallinka wiilkayga ayaa ii sheegay erayga mangfoldsrådgiver. Maxay ahaan jireen magacooda hore?');
      expect(turn.emergency).toBe(false);
      expect(shown(turn.texts)).toContain('minoritetsrådgiver');
    });
  });

  describe('a school without an adviser, said with the negation after the name (tr, so, ti, fa)', () => {
    it.each([
      ['tr', 'Okulumuzda çeşitlilik danışmanı yok. Zorla evlilik şüphesinde okul olarak kime danışabiliriz?'],
      ['so', 'Dugsigayaga la-taliyaha kala-duwanaanshaha ma leh. Yaan la tashan karnaa marka aan ka shakino guur qasab ah?'],
      ['ti', 'ኣብ ቤት ትምህርትና ኣማኻሪ ብዙሕነት የለን። ብዛዕባ ብግዲ መርዓ ጥርጣረ እንተሃልዩና ምስ መን ክንማኸር ንኽእል?'],
      ['fa', 'مکتب ما مشاور تنوع ندارد. وقتی به ازدواج اجباری شک داریم با چه کسی مشوره کنیم؟'],
    ] as const)('%s: Kompetanseteamet is on the card', async (lang, message) => {
      expect(shown((await turnOf(lang, message)).texts)).toContain('478 09 050');
    });

    it('the adviser asked for by name is still that service', async () => {
      expect(shown((await turnOf('tr', 'Okulumuzdaki çeşitlilik danışmanına nasıl ulaşabilirim?')).texts)).toContain('imdi.no');
    });
  });

  describe('the envoy named the way Turkish writers name it', () => {
    it('"özel bir temsilci" for young people at risk in Turkey names Ankara', async () => {
      const turn = await turnOf('tr', "Türkiye'de zorla evlendirilme riski olan Norveçli gençlere yardım eden özel bir temsilci var mı?");
      expect(shown(turn.texts)).toContain('Ankara');
    });
  });

  // (was languages-session21.test.ts)

  /**
   * Issue #13, session 21: causes of failures in nynorsk, Urdu, Persian, Somali, Ukrainian and Russian found with the
   * session's own probes, each fixed as a class in the word files (content/understanding/roles, scope, situation,
   * countries; content/contacts) or the readers that place them. The readers alone; the same classes through the bot are
   * in test/bot/front-line.test.ts, follow-ups.test.ts and scope.test.ts. The sentences are this file's own.
   */
  const countries = createCountryNames();
  const outOfScope = (lang: Lang, text: string): readonly string[] => {
    const signals = danger.signals?.(prepareUtterance(text, lang)) ?? new Set<string>();
    return scope.read(text, signals).outOfScope;
  };

  describe('the asker’s own workplace said with "we" in the users’ forms', () => {
    it.each<readonly [Lang, string, Role]>([
      ['nn', 'Me i barnevernet har ei vanskeleg sak om ei jente som kan bli send ut av landet', 'child-welfare'],
      ['nn', 'Me på helsestasjonen lurer på korleis me skal snakke med ei mor om omskjering', 'health'],
      ['nn', 'Me som jobbar i NAV treng råd om ei kvinne som ikkje får styre eigne pengar', 'nav'],
      ['fa', 'ما از barnevernet هستیم و یک سوال درباره یک نوجوان داریم', 'child-welfare'],
      ['fa', 'من تو NAV کار میکنم و یه خانم ازم کمک خواسته', 'nav'],
      ['ur', 'ہم barnevernet سے ہیں اور ایک لڑکی کے بارے میں پریشان ہیں', 'child-welfare'],
      ['ur', 'hum NAV se hain, ek khatoon ke baare mein poochna hai', 'nav'],
      ['so', 'Waxaan nahay barnevernet, waxaan rabnaa talo', 'child-welfare'],
      ['so', 'Waxaan ka socdaa NAV, haweeney ayaa caawimo dalbatay', 'nav'],
    ])('%s: "%s" → %s', (_lang, text, role) => {
      expect(roles.read(text).role).toBe(role);
    });

    it('"me" after a verb is no workplace: "kan me ringje barnevernet?" asks for child welfare', () => {
      expect(roles.read('Kan me ringje barnevernet om dette?').role).toBeUndefined();
    });
  });

  describe('a name read only in its own language is not found in another language’s word with a letter attached', () => {
    it('Persian "ببینن" ((they) see) is not Urdu’s Benin "بینن" with the attached ب', () => {
      expect(countries.find('میخوایم کارمندامون یه دوره آموزشی ببینن', 'fa')).toEqual([]);
    });

    it('Benin is still read in an Urdu message, and Persian "بایران" is still Iran', () => {
      expect(countries.find('وہ بینن چلی گئی ہے', 'ur').map((m) => m.code)).toEqual(['BJ']);
      expect(countries.find('میخوان ببرنش بایران', 'fa').map((m) => m.code)).toEqual(['IR']);
    });
  });

  describe('a grown-up’s age said in more forms', () => {
    it.each([
      ['en', "and if I'm already 20?"],
      ['nb', 'hva om jeg er allerede 22?'],
      ['uk', 'а якщо мені вже 21?'],
      ['ru', 'а если мне уже 23?'],
      ['fa', 'اگه ۲۰ سالم باشه چی؟'],
      ['ur', 'agar meri umar 22 saal ho to?'],
    ])('%s: "%s"', (_lang, text) => {
      expect(contacts.saysAdult(text)).toBe(true);
    });

    it.each(['а якщо мені вже 15?', 'agar meri umar 16 saal ho to?', 'اگه ۱۷ سالم باشه چی؟'])('a young age is no grown-up: "%s"', (text) => {
      expect(contacts.saysAdult(text)).toBe(false);
    });
  });

  describe('Urdu’s full stop ۔ ends a sentence: a service told of in the story is not the one asked for', () => {
    it('"she does not want to go to the police۔ where can I send her?" asks whom to contact, not the police', () => {
      const reading = contacts.recognize(
        prepareUtterance('میرے پاس ایک خاتون آتی ہیں جن کا شوہر ان کے پیسے رکھ لیتا ہے۔ وہ پولیس کے پاس جانا نہیں چاہتیں۔ میں انہیں کہاں بھیج سکتی ہوں؟', 'ur'),
      );
      expect(reading[0]?.intent.query.serviceId).toBeUndefined();
    });
  });

  describe('"where can I refer her?" asks whom to contact, in every language', () => {
    it.each<readonly [Lang, string]>([
      ['nb', 'En bruker forteller at svigerfamilien bestemmer alt. Hvor kan jeg henvise henne?'],
      ['en', 'A client says her in-laws decide everything for her. Who can I refer her to?'],
      ['fa', 'یکی از مراجعین میگه خانواده شوهرش همه چیزو براش تصمیم میگیرن. به کجا ارجاع بدم؟'],
      ['ur', 'ایک خاتون کہتی ہیں کہ سسرال والے ان کے سب فیصلے کرتے ہیں۔ میں انہیں کہاں بھیجوں؟'],
      ['uk', 'Клієнтка каже, що свекри вирішують усе за неї. Куди її скерувати?'],
      ['ru', 'Клиентка говорит, что родня мужа всё решает за неё. Куда её направить?'],
      ['so', 'Macmiil ayaa sheegtay in qoyska ninkeedu wax walba u go’aamiyaan. Xagee u diri karaa?'],
    ])('%s: "%s"', (lang, text) => {
      const reading = contacts.recognize(prepareUtterance(text, lang));
      expect(reading[0]?.intent.kind).toBe('contact');
    });
  });

  describe('near-field errands in the users’ words are declined; a story of control beside them stays in scope', () => {
    it.each<readonly [Lang, string]>([
      ['ur', 'norskkurs کے لیے کیسے اپلائی کرتے ہیں؟'],
      ['ur', 'کیا آپ اس خط کا ترجمہ کر دیں گے؟'],
      ['fa', 'چطوری برای norskkurs ثبت نام کنم؟'],
      ['fa', 'میشه این نامه رو ترجمه کنی؟'],
      ['so', 'Sideen u codsadaa norskkurs?'],
      ['uk', 'Як записатися на курси норвезької в комуні?'],
      ['ru', 'Можете перевести письмо от арендодателя?'],
      ['nn', 'Korleis søkjer eg på norskkurs i kommunen?'],
    ])('%s: "%s"', (lang, text) => {
      expect(outOfScope(lang, text).length).toBeGreaterThan(0);
    });

    it.each<readonly [Lang, string]>([
      ['ur', 'میرا شوہر مجھے norskkurs جانے نہیں دیتا اور میرا فون چیک کرتا ہے۔ کس سے بات کروں؟'],
      ['nb', 'Mannen lar henne ikke melde seg på norskkurs og tar lønna hennes. Hvem kan hjelpe?'],
    ])('%s: "%s" stays in scope', (lang, text) => {
      expect(outOfScope(lang, text)).toEqual([]);
    });
  });

  describe('Somali: being married off said as "loo guurinayo", and a girl’s age in a teacher’s story', () => {
    it('"in loo guurinayo" of a 13-year-old is a concern', () => {
      const read = situation.read('Arday 13 jir ah ayaa ii sheegtay in loo guurinayo nin weyn fasaxa ka dib');
      expect(read.concepts.has('marriedOff')).toBe(true);
      expect(read.concern.length + read.danger.length).toBeGreaterThan(0);
    });

    it('"gabadh 11 jir ah" named by a teacher is not the writer’s own age', () => {
      expect(situation.read('Waxaan ahay macallin. Gabadh 11 jir ah ayaa i weydiisay su’aal').concepts.has('selfAge')).toBe(false);
      expect(situation.read('Waxaan ahay gabadh 15 jir ah').concepts.has('selfAge')).toBe(true);
    });
  });

  describe('"how much extra did they get?" asks for money, in Norwegian and English', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    it.each(['kor mykje ekstra fekk Kompetanseteamet i 2024?', 'hvor mye mer fikk Kompetanseteamet i 2024?', 'how much more did Kompetanseteamet get in 2024?'])('"%s"', (text) => {
      expect(parseStatsQuestion(normalize(text), now)?.query.metric).toBe('funding-nok');
    });

    it('"how many more cases" still counts cases', () => {
      expect(parseStatsQuestion(normalize('kor mange fleire saker fekk Kompetanseteamet i 2022?'), now)?.query.metric).toBe('cases');
    });
  });

  describe('Urdu: a service’s own wish for training said with the verb last', () => {
    it('"ہم عملے کے لیے … تربیت چاہتے ہیں۔ کون آ سکتا ہے؟" asks who trains staff', () => {
      const reading = contacts.recognize(prepareUtterance('ہمارا اسکول چھوٹا ہے۔ ہم اساتذہ کے لیے غیرت سے جڑے تشدد پر تربیت چاہتے ہیں۔ کون کروا سکتا ہے؟', 'ur'));
      expect(reading[0]?.intent.query.training).toBe(true);
    });
  });

  describe('"can I talk to someone at school?" in Urdu and Persian asks whom to contact', () => {
    it.each<readonly [Lang, string]>([
      ['ur', 'کیا اسکول میں کوئی ہے؟ میں کسی سے بات کر سکتی ہوں؟'],
      ['ur', 'school mein kis se baat karun?'],
      ['fa', 'توی مدرسه با کی حرف بزنم؟'],
    ])('%s: "%s"', (lang, text) => {
      expect(contacts.recognize(prepareUtterance(text, lang))[0]?.intent.kind).toBe('contact');
    });
  });

  describe('Persian: the names before, asked colloquially', () => {
    const formerName = formerNameReader();
    it.each(['به مشاوران تنوع قبلاً چی میگفتن؟', 'اسمشون عوض شده یا نه؟', 'اسم قدیمی مشاوران تنوع چی بود؟'])('"%s"', (text) => {
      expect(formerName(text, 'fa')).toBe(true);
    });
  });

  // (was languages-session22.test.ts)

  /**
   * Issue #13, session 22 (langs22): causes of failures in nynorsk, Ukrainian, Polish, Persian, Arabic, Turkish, Russian
   * and Tigrinya found with the session's own probes, each fixed as a class in the word files (content/understanding
   * scope, situation, follow-up, language; content/contacts advice, aliases, other-language words) or in how a message's
   * letters are read (Latin look-alikes in a Cyrillic word). The readers alone; the same classes through the bot are in
   * test/bot/follow-ups.test.ts and scope.test.ts. The sentences are this file's own.
   */
  const scopeOf = (lang: Lang, text: string) => scope.read(text, signalsOf(lang, text));

  describe('Latin look-alike letters inside a Cyrillic word are read as Cyrillic', () => {
    it.each([
      ['скiльки випадкiв було у 2022?', 'скільки випадків було у 2022?'],
      ['батьки i вчителi', 'батьки і вчителі'],
      ['їхнiй номер', 'їхній номер'],
      ['пpивiт', 'привіт'],
    ])('"%s" → "%s"', (typed, read) => {
      expect(foldLookalikeLetters(typed)).toBe(read);
    });

    it.each(['Kompetanseteamet i Oslo', 'ring Alarmtelefonen i dag', 'дзвоніть у Kompetanseteamet i Bufdir', 'e-post: post@imdi.no'])(
      'a word of Latin letters only is left alone: "%s"',
      (text) => {
        expect(foldLookalikeLetters(text)).toBe(text);
      },
    );

    describe('detection', () => {
      let detector: LanguageDetector;
      beforeAll(async () => {
        detector = await loadLanguageDetector();
      });

      it.each(['скiльки справ мали радники з рiзноманiття у 2023 роцi?', 'де знайти мангфолдсрадгiвера у школi моєї дитини?', 'чи можна подзвонити анонiмно?'])(
        'Ukrainian typed with the Latin i is Ukrainian: "%s"',
        (text) => {
          expect(detector.detect(text).lng).toBe('uk');
        },
      );

      it('Russian is still Russian', () => {
        expect(detector.detect('сколько дел было у советников по многообразию в 2023 году?').lng).toBe('ru');
      });
    });
  });

  describe('"not allowed to join" an activity is control, and a control keeps an everyday subject in scope', () => {
    it.each([
      ['nb', 'faren er streng, datteren får ikke være med på svømming og ikke på fotballen lenger'],
      ['nn', 'far er streng, jenta får ikkje bli med på klassetur og ikkje på handballen'],
      ['nn', 'ho får ikkje vere med på trening etter skulen'],
      ['fa', 'پدرش نمیذاره با دوستاش بره فوتبال'],
    ] as const)('%s: "%s" reads control', (lang, text) => {
      expect(signalsOf(lang, text).has('control')).toBe(true);
    });

    it('a story of a strict father and football is not an everyday question', () => {
      expect(scopeOf('nn', 'me jobbar i flyktningtenesta. jentene får ikkje bli med på fotballen lenger, korleis snakkar me med foreldra?').outOfScope).toEqual([]);
    });

    it('football asked about on its own is still out of scope', () => {
      expect(scopeOf('nb', 'når begynner fotballsesongen for barn i Oslo?').outOfScope.length).toBeGreaterThan(0);
    });
  });

  describe('nynorsk dialect asks of someone who must act ("ka ska me gjere?", "kem ska me ringe?")', () => {
    it.each([
      'eg er lærar, ei elev blir kontrollert av familien sin. ka ska me gjere?',
      'helsesjukepleiar her, ei jente seier ho blir kontrollert heime. kem ska me ringe?',
      'me i barnehagen er uroa for ei jente. kven ringe me fyrst?',
    ])('"%s" is a case ask', (text) => {
      expect(scopeOf('nn', text).caseAsk.length).toBeGreaterThan(0);
    });
  });

  describe('errands with an ID or personal number are out of scope in the other languages', () => {
    it.each([
      ['pl', 'jak dostać numer personalny dla nowego ucznia?'],
      ['uk', 'як отримати особовий номер для дитини?'],
      ['ru', 'где получить личный номер для сына?'],
      ['tr', 'yeni gelen öğrenciye kimlik numarası nasıl alınır?'],
      ['ar', 'كيف نحصل على رقم الهوية لطالب وصل حديثا؟'],
      ['fa', 'برای شاگرد تازه‌وارد شماره شخصی چطور بگیریم؟'],
      ['tr', 'oğlumu okula nasıl kaydettirebilirim?'],
      ['ru', 'помогите заполнить заявление на пособие'],
    ] as const)('%s: "%s"', (lang, text) => {
      expect(scopeOf(lang, text).outOfScope.length).toBeGreaterThan(0);
    });

    it('a taken ID number in a story of a trip is not an errand', () => {
      expect(scopeOf('pl', 'ojciec zabrał jej numer personalny i paszport, mają ją wysłać do Pakistanu').outOfScope).toEqual([]);
    });
  });

  describe('a cutting in childhood told with the verb is past, in Ukrainian and Russian', () => {
    it.each([
      ['uk', 'пацієнтка розповіла, що її обрізали в дитинстві в Єгипті'],
      ['ru', 'пациентка рассказала, что её обрезали в детстве'],
    ] as const)('%s: "%s"', (lang, text) => {
      expect(signalsOf(lang, text).has('pastCutting')).toBe(true);
    });
  });

  describe('where to talk anonymously, and other contact words', () => {
    it.each([
      ['uk', 'де можна анонімно поговорити про тиск у родині?'],
      ['ru', 'где можно анонимно поговорить о давлении в семье?'],
      ['pl', 'gdzie mogę anonimowo porozmawiać o presji w rodzinie?'],
      ['ar', 'في حدا بقدر احكي معه بدون ما اعطي اسمي؟'],
      ['fa', 'از کجا میتونم به عنوان مادر مشورت بگیرم؟'],
      ['nn', 'kor kan foreldre få råd om slikt?'],
    ] as const)('%s: "%s" asks whom to contact', (lang, text) => {
      expect(contacts.recognize(prepareUtterance(text, lang))[0]?.intent.kind).toBe('contact');
    });

    it.each([
      ['fa', 'سفیر ویژه برای پاکستان کجاست؟'],
      ['tr', 'Pakistan için özel bir danışman var mı?'],
      ['pl', 'ktory wyslannik jest od Pakistanu?'],
    ] as const)('%s: "%s" names the special envoys', (lang, text) => {
      expect(contacts.namedService(text, lang)).toMatch(/envoy/u);
    });
  });

  describe('a Norwegian message in dialect is read for danger as in the standard forms ("ska", "e", "mæ", "te")', () => {
    const isDanger = (lang: Lang, text: string): boolean => danger.isDanger(prepareUtterance(text, lang));

    it.each([
      ['nn', 'ei mor seie at veslejenta på 2 ska omskjerast når dei e i Etiopia i ferien'],
      ['nn', 'æ e redd for at dæm ska sende mæ te Pakistan og gifte mæ bort'],
      ['nb', 'hu ska gifte sæ mot viljen sin i sommar, familien har bestemt det'],
    ] as const)('%s: "%s" is danger', (lang, text) => {
      expect(isDanger(lang, text)).toBe(true);
    });

    it.each([
      ['nn', 'æ e lærar og lure på ka negativ sosial kontroll e'],
      ['nn', 'ho ska på ferie te Spania med familien i sommar'],
    ] as const)('%s: a calm dialect message stays calm: "%s"', (lang, text) => {
      expect(isDanger(lang, text)).toBe(false);
    });
  });

  describe('Russian and Ukrainian typed in Latin letters (langs22b)', () => {
    let detector: LanguageDetector;
    beforeAll(async () => {
      detector = await loadLanguageDetector();
    });

    it.each([
      ['ru', 'gde mozhno pozvonit anonimno?'],
      ['ru', 'chto delat esli devochku khotyat vydat zamuzh?'],
      ['ru', 'mne nuzhna pomoshch, kto mozhet pomoch uchitelyu?'],
      ['ru', 'u menya vopros pro prinuditelnyy brak'],
      ['uk', 'skilky vypadkiv bulo u 2022?'],
      ['uk', 'de mozhna pohovoryty anonimno?'],
      ['uk', 'shcho robyty yakshcho uchenytsiu khochut vidpravyty?'],
    ] as const)('%s: "%s"', (lang, text) => {
      expect(detector.detect(text)).toMatchObject({ lng: lang, reliable: true });
    });

    it.each([
      ['so', 'gabadhu waxay ka baqaysaa guurka'],
      ['so', 'ardayda waxaa lagu khasbayaa guur'],
      ['pl', 'ile bylo spraw w 2023 roku'],
      ['pl', 'co mam zrobic, uczennica boi sie ojca'],
      ['tr', 'kizim zorla evlendirilecek ne yapmaliyim'],
      ['tr', 'okulda bir ogrenci var, ailesi baski yapiyor'],
      ['ur', 'meri beti ki shaadi zabardasti ho rahi hai'],
    ] as const)('%s typed without its letters keeps its language: "%s"', (lang, text) => {
      expect(detector.detect(text).lng).toBe(lang);
    });
  });

  describe('"their cases" with a glued "and" and "their" is the case count (langs22b)', () => {
    it.each(['وقضاياهم؟', 'و حالاتهم في 2022', 'ملفاتهم', 'ጉዳያቶምከ?'])('"%s" reads as cases', (text) => {
      expect(toEnglishCues(normalize(text))).toMatch(/\bcases\b/u);
    });
  });

  describe('Russian and Ukrainian typed in Latin letters are read in Cyrillic (translit22)', () => {
    const translit = loadTransliterator();
    let detector: LanguageDetector;
    beforeAll(async () => {
      detector = await loadLanguageDetector();
    });
    /** As the bot does in a new conversation: the language read from the message as typed, then the Cyrillic for every reader. */
    const asRead = (text: string): { lang: Lang; text: string } => {
      const detected = detector.detect(text);
      if (detected.lng !== 'ru' && detected.lng !== 'uk') throw new Error(`"${text}" read as ${String(detected.lng)}`);
      return { lang: detected.lng, text: detected.reliable ? translit.toCyrillic(text, detected.lng) : text };
    };

    it.each([
      ['ru', 'Kuda obratitsya uchitelyu v Oslo?', 'Куда обратиться учителю в Oslo?'],
      ['ru', 'pochemu ona boitsya idti domoy', 'почему она боится идти домой'],
      ['uk', 'chy mozhna podzvonyty v barnevernet?', 'чи можна подзвонити в barnevernet?'],
      ['uk', "yii sim'ya khoche yikhaty", "її сім'я хоче їхати"],
      ['uk', 'skilky vypadkiv bulo u 2021?', 'скільки випадків було у 2021?'],
    ] as const)('%s: "%s" → "%s"', (lang, typed, read) => {
      expect(translit.toCyrillic(typed, lang)).toBe(read);
    });

    it.each([
      ['ru', 'где можно поговорить? Kompetanseteamet'],
      ['uk', 'дзвоніть у NAV або Bufdir'],
      ['ru', 'post@bufdir.no 47809050'],
      ['nb', 'hvor kan jeg ringe?'],
    ] as const)('%s: "%s" stays as typed (Cyrillic, an address, another language)', (lang, text) => {
      expect(translit.toCyrillic(text, lang)).toBe(text);
    });

    it.each([
      'kuda mne obratitsya za sovetom po prinuditelnomu braku?',
      'est li telefon, kuda mozhno pozvonit anonimno?',
      'kuda obratitsya uchitelyu, esli uchenitsu khotyat vydat zamuzh?',
      'de meni otrymaty poradu shchodo prymusovoho shliubu?',
      'chy ye telefon, kudy mozhna zatelefonuvaty anonimno?',
      'kudy zvernutysia vchyteliu, yakshcho uchenytsiu khochut vydaty zamizh?',
    ])('"%s" asks whom to contact', (typed) => {
      const { lang, text } = asRead(typed);
      expect(contacts.recognize(prepareUtterance(text, lang))[0]?.intent.kind).toBe('contact');
    });

    it.each([
      'otets skazal, chto ub’yot yeyo, esli ona ne vyydet zamuzh',
      "brat zaper sestru doma i b'yot yeyo kazhdyy den, chto delat?",
      'bat’ko skazav, shcho vbye yii, yakshcho vona ne vyide zamizh',
      'yiyi brat zamknuv sestru vdoma i b’ye yii shchodnia, shcho robyty?',
    ])('a danger told in details is danger: "%s"', (typed) => {
      const { lang, text } = asRead(typed);
      expect(danger.isDanger(prepareUtterance(text, lang))).toBe(true);
    });

    it.each([
      ['obyazan li ya soobshchit v barnevernet, esli podozrevayu nasilie?', 'обязан ли я сообщить в barnevernet, если подозреваю насилие?'],
      ['dolzhen li uchitel soobshchat o prinuditelnom brake?', 'должен ли учитель сообщать о принудительном браке?'],
      ['chy zoboviazanyi ya povidomyty barnevernet pro nasylstvo?', "чи зобов'язаний я повідомити barnevernet про насильство?"],
      ['chy povynen vchytel povidomliaty pro prymusovyi shliub?', 'чи повинен вчитель повідомляти про примусовий шлюб?'],
    ])('a duty question "%s" reads as its Cyrillic "%s"', (typed, cyrillic) => {
      const { lang, text } = asRead(typed);
      const read = signalsOf(lang, text);
      expect(read.size).toBeGreaterThan(0);
      expect([...read].sort()).toEqual([...signalsOf(lang, cyrillic)].sort());
      expect(scopeOf(lang, text)).toEqual(scopeOf(lang, cyrillic));
    });
  });

  // (was languages-session23.test.ts)

  /**
   * Issue #13, session 23 (langs23): Turkish asked with and without its letters (whom to consult, "just general
   * information", staff titles, "kabul" that is no Kabul), the Polish and Somali titles an audit found missing, and
   * Russian typed in Latin letters (short messages with no question word; a short follow-up read in the conversation's
   * Russian or Ukrainian), and a threat in Turkish to send someone away if she does not obey. The readers alone; the follow-up through the bot is in test/bot/follow-ups.test.ts. The
   * sentences are this file's own.
   */
  const topIntent = (lang: Lang, text: string) => contacts.recognize(prepareUtterance(text, lang))[0];

  describe('Turkish: whom to consult, asked with the verb before "which" or with "kime", with and without Turkish letters', () => {
    it.each([
      'zorla evlilik konusunda danışabileceğimiz kurum hangisi?',
      'zorla evlilik konusunda danisabilecegimiz kurum hangisi?',
      'kadın sünneti şüphesinde başvurabileceğimiz bir ekip var mı?',
      'namus meselelerinde kime danışalım?',
      'bu tür durumlarda kimden destek alabiliriz?',
      'bu tur durumlarda kimden destek alabiliriz?',
    ])('"%s" asks whom to contact', (text) => {
      expect(topIntent('tr', text)?.intent.kind).toBe('contact');
    });

    it('training with "where from" and a case with "kime" are both asked', () => {
      const top = topIntent('tr', 'personelimiz için seminer nereden bulabiliriz, bir de bir vakamız olursa kime danışalım?');
      expect(top?.intent).toMatchObject({ kind: 'contact', query: { training: true, caseAdvice: true } });
    });

    it('"from whom can we get" is no question about who referred the cases; "from whom did the cases come" still is', () => {
      expect(toEnglishCues(normalize('çalışanlar için eğitimi kimden alabiliriz'))).not.toMatch(/from which services/u);
      expect(toEnglishCues(normalize('vakalar çoğunlukla kimden geldi'))).toMatch(/from which services/u);
    });
  });

  describe('Turkish: general information is a calm question, and a hospital is no patient', () => {
    it.each([
      ['tr', 'sadece genel bilgi için soruyorum, zorla evlilikte ne yapılır?'],
      ['tr', 'genel bilgi amacli soruyorum: namus siddeti nedir?'],
    ] as const)('%s: "%s" is general', (lang, text) => {
      expect(signalsOf(lang, text).has('general')).toBe(true);
    });

    it.each(['şu an somut bir vaka değil, sadece merak ediyorum', 'acil bir durum değil, elimizde bir vaka yok'])('"%s" says it is not urgent', (text) => {
      expect(signalsOf('tr', text).has('notUrgent')).toBe(true);
    });

    it('a nurse at a hospital who names violence names no person at risk', () => {
      expect(signalsOf('tr', 'hastanemizde çalışıyorum, şiddet vakalarında kime başvurulur?').has('someone')).toBe(false);
      expect(signalsOf('tr', 'bir hastamız kocasının şiddetinden korkuyor').has('someone')).toBe(true);
    });

    it('a present danger said with "for general information" still gets the emergency reading', () => {
      expect(danger.isDanger(prepareUtterance('genel bilgi için yazıyorum ama kızım yarın zorla Pakistan’a götürülecek', 'tr'))).toBe(true);
    });
  });

  describe('staff titles in Turkish, Polish and Somali', () => {
    it.each<[string, string]>([
      ['Sosyal hizmet uzmanıyım, bir gençle ilgili sorum var', 'child-welfare'],
      ['NAV’da danışmanım, bir kadın yardım istiyor', 'nav'],
      ['Kreşte yardımcı öğretmenim, bir çocuk için endişeliyim', 'kindergarten'],
      ['Yetişkin eğitim merkezinde öğretmenim ve bir kursiyer için endişeliyim', 'adult-education'],
      ['Diş hekimiyim, bir hastamda şüpheli bir durum gördüm', 'health'],
      ['Belediyede mülteci koordinatörüyüm, bir aile hakkında soracağım', 'refugee-services'],
      ['Jestem dyrektorką przedszkola i martwię się o dziewczynkę', 'kindergarten'],
      ['Uczę norweskiego w ośrodku, jedna kursantka się boi', 'adult-education'],
      ['Waxaan ahay sarkaal booliis, gabadh ayaa iga codsatay caawimo', 'police'],
      ['Waxaan ka shaqeeyaa xanaanada, ilmo ayaan ka walwalsanahay', 'kindergarten'],
    ])('"%s" is read as %s', (text, role) => {
      expect(roles.read(text).role).toBe(role);
    });
  });

  describe('"kabul" is Turkish for acceptance: Kabul only in the other languages', () => {
    const names = createCountryNames();
    const codes = (text: string, lng: Lang) => names.find(text, lng).map((m) => m.code);

    it.each(['annem bu ilişkiyi asla kabul etmez', 'kabul merkezindeki bir aile', 'kabulü zor bir karar'])('tr: "%s" names no country', (text) => {
      expect(codes(text, 'tr')).toEqual([]);
    });

    it.each<[string, Lang]>([
      ['The family has relatives in Kabul', 'en'],
      ['Hun er i Kabul nå', 'nb'],
      ['Kabil’de akrabaları var', 'tr'],
    ])('"%s" (%s) names Afghanistan', (text, lng) => {
      expect(codes(text, lng)).toEqual(['AF']);
    });

    it('a tribe ("kabile") is not Kabil declined', () => {
      expect(codes('kabilemizin kuralları çok katı', 'tr')).toEqual([]);
    });
  });

  describe('Russian typed in Latin letters with no question word is read as Russian', () => {
    let detector: LanguageDetector;
    beforeAll(async () => {
      detector = await loadLanguageDetector();
    });

    it.each([
      'nomer telefona doveriya dlya podrostkov',
      'posolstvo v Pakistane, kontakty',
      'statistika sluchayev za 2020',
      'bylo mnogo del v proshlom godu',
    ])('"%s"', (text) => {
      expect(detector.detect(text)).toMatchObject({ lng: 'ru', reliable: true });
    });

    it.each([
      ['uk', 'skilky vypadkiv bulo v 2020 rotsi'],
      ['uk', 'de mozhna pohovoryty v shkoli?'],
      ['pl', 'ile spraw bylo w 2021 roku'],
    ] as const)('%s stays itself: "%s"', (lang, text) => {
      expect(detector.detect(text).lng).toBe(lang);
    });

    it('"i v 2016?" says Russian or Ukrainian, not which: the conversation decides', () => {
      const detected = detector.detect('i v 2016?');
      expect(['ru', 'uk']).toContain(detected.lng);
      expect(detected.reliable).toBe(false);
    });
  });

  describe('a Latin-letter message is read in Cyrillic in the language its conversation is held in', () => {
    const translit = loadTransliterator();

    it.each<[Parameters<typeof transliterationLanguage>[0], Lang | undefined, Lang | undefined]>([
      [{ lng: 'ru', reliable: true }, undefined, 'ru'],
      [{ lng: 'ru', reliable: false }, 'ru', 'ru'],
      [{ lng: 'ru', reliable: false }, 'uk', 'uk'],
      [{ lng: 'uk', reliable: false }, 'ru', 'ru'],
      [{ lng: 'ru', reliable: false }, undefined, undefined],
      [{ lng: 'ru', reliable: false }, 'tr', undefined],
      [{ lng: 'en', reliable: false }, 'ru', undefined],
      [{ lng: undefined, reliable: false }, 'ru', undefined],
    ])('%j in a conversation in %s → %s', (detected, conversation, read) => {
      expect(transliterationLanguage(detected, conversation)).toBe(read);
    });

    it('"a v 2016?" in a Russian conversation is "а в 2016?"', () => {
      expect(translit.toCyrillic('a v 2016?', transliterationLanguage({ lng: 'ru', reliable: false }, 'ru'))).toBe('а в 2016?');
    });

    it('"and their phone?" in a Russian conversation stays as typed', () => {
      expect(translit.toCyrillic('and their phone?', transliterationLanguage({ lng: 'en', reliable: false }, 'ru'))).toBe('and their phone?');
    });
  });

  describe('Turkish: being sent away as the price of what one does, the condition in the verb’s ending', () => {
    it.each([
      'Amcası, nişanlısından ayrılmazsa kızı Irak’a yollayacağını söylüyor',
      'okulu bırakmazsam beni memlekete geri göndereceklerini söylediler',
      'babasi onu Somali’ye gondermekle tehdit ediyor',
      'yoksa seni Pakistan’a göndeririz diyorlar',
    ])('"%s" is danger', (text) => {
      expect(danger.isDanger(prepareUtterance(text, 'tr'))).toBe(true);
    });

    it.each(['eğer bir öğrenci Irak’a gönderilirse okul ne yapar?', 'kurala uymazsa öğrenciyi eve gönderiyoruz', 'ödevini yaparsa onu yaz kursuna göndereceğiz'])(
      '"%s" is not',
      (text) => {
        expect(danger.isDanger(prepareUtterance(text, 'tr'))).toBe(false);
      },
    );
  });
}
