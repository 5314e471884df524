import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadAdviceWords, loadLanguageWords, loadOriginWords, loadWordsPerLanguage, wordsIn } from '../../src/contacts/words-per-language';
import type { Lang } from '../../src/language/languages';
import { ownLanguagesOf, readsIn } from '../../src/language/own-language';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { createScopeReader, scopeFileSchema, scopeRulesSchema } from '../../src/understanding/scope-reader';
import { cueFileSchema, loadSituationReader, type Concept } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

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
