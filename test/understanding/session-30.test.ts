import { type LanguageDetector, loadLanguageDetector } from '../../src/language/detect-language';
import type { Lang } from '../../src/language/languages';
import { loadTransliterator } from '../../src/language/transliterate';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';
import { readTurn, type ConversationItem } from '../../src/evaluation/conversation-eval';
import { normalize } from '../../src/language/text';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader, cueFileSchema, type Concept } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadAdviceWords, loadLanguageWords, loadOriginWords, loadWordsPerLanguage, wordsIn } from '../../src/contacts/words-per-language';
import { ownLanguagesOf, readsIn } from '../../src/language/own-language';
import { createScopeReader, scopeFileSchema, scopeRulesSchema } from '../../src/understanding/scope-reader';
import { standardNorwegian } from '../../src/language/spelling';
import { CONCEPT_PREFIX, createSecondOpinion, featuresOf, SECOND_OPINION_FILE, secondOpinionModelSchema, WORD_PREFIX } from '../../src/understanding/second-opinion';
import { train } from '../../scripts/train-second-opinion';

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
