import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Lang } from '../../src/language/languages';
import { contentPath } from '../../src/paths/content-root';
import { readDataFile } from '../../src/paths/data-file';
import { expandPhrase, expandPhrases, MAX_EXPANSION } from '../../src/understanding/phrase-classes';
import { type Concept, cueFileSchema, loadSituationReader } from '../../src/understanding/situation-cues';

/*
 * Issue #13, the structural step: a concept that needs two ideas together (afraid × home, a wound × a body part, take ×
 * passport, waiting × outside) is written with word classes, `{fearWord} ... {fearedThing}`, expanded at build time to
 * every combination, so each form a class lists combines with every other. The sentences below were written for this
 * test: word orders and inflections that no single hand-written phrase listed. The calm ones use the same words in
 * everyday senses, which the classes keep apart (holding one's own phone is no passport held; forgetting keys at home is
 * no fear of going home).
 */

describe('word classes in phrase files', () => {
  const classes = { fear: ['tør ikke', 'turte ikke'], home: ['hjem', 'heim*'], one: ['x'] };

  it('expands a phrase to every combination of its classes, first class slowest', () => {
    expect(expandPhrase('{fear} ... {home}', classes)).toEqual(['tør ikke ... hjem', 'tør ikke ... heim*', 'turte ikke ... hjem', 'turte ikke ... heim*']);
    expect(expandPhrase('hun {fear} gå {home}', classes)).toEqual(['hun tør ikke gå hjem', 'hun tør ikke gå heim*', 'hun turte ikke gå hjem', 'hun turte ikke gå heim*']);
  });

  it('leaves a phrase without classes as it is, and keeps each expanded phrase once', () => {
    expect(expandPhrase('tør ikke gå hjem', classes)).toEqual(['tør ikke gå hjem']);
    expect(expandPhrases(['{fear} gå hjem', 'tør ikke gå hjem'], classes, 'nb fearHome')).toEqual(['tør ikke gå hjem', 'turte ikke gå hjem']);
  });

  it('refuses an unknown class, an empty class, a stray brace and an expansion above the cap, naming the place and the phrase', () => {
    expect(() => expandPhrases(['{frykt} ... {home}'], classes, 'situation/nb.json fearHome')).toThrow('situation/nb.json fearHome: the phrase "{frykt} ... {home}" refers to the unknown class {frykt}');
    expect(() => expandPhrases(['{empty} hjem'], { empty: [] }, 'situation/nb.json fearHome')).toThrow('refers to the empty class {empty}');
    expect(() => expandPhrases(['{fear hjem'], classes, 'situation/nb.json fearHome')).toThrow('has an unclosed brace');
    expect(() => expandPhrase('{toString} hjem', classes)).toThrow('unknown class {toString}');
    const wide = { a: Array.from({ length: 50 }, (_, i) => `a${i}`), b: Array.from({ length: 50 }, (_, i) => `b${i}`) };
    expect(() => expandPhrase('{a} ... {b}', wide)).toThrow(`would become more than ${MAX_EXPANSION} phrases`);
    expect(expandPhrase('{a} {a}', { a: wide.a.slice(0, 40) })).toHaveLength(1600);
  });

  it('fails to read a cue file with a broken class, naming the file, the concept and the phrase', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stem28-'));
    const base = JSON.parse(readFileSync(contentPath('understanding', 'situation', 'nb.json'), 'utf8')) as { classes?: Record<string, string[]>; cues: Record<string, string[]> };
    const write = (data: unknown) => {
      const file = path.join(dir, 'nb.json');
      writeFileSync(file, JSON.stringify(data));
      return file;
    };
    const unknown = write({ ...base, cues: { ...base.cues, fearHome: ['{fryktOrd} ... {fearedThing}'] } });
    expect(() => readDataFile(unknown, cueFileSchema)).toThrow(/nb\.json is invalid[\s\S]*situation\/nb\.json fearHome: the phrase "\{fryktOrd\} \.\.\. \{fearedThing\}" refers to the unknown class \{fryktOrd\}/u);
    const empty = write({ ...base, classes: { ...base.classes, fearWord: [] } });
    expect(() => readDataFile(empty, cueFileSchema)).toThrow('a class has at least one member');
    const badName = write({ ...base, classes: { ...base.classes, 'frykt ord': ['x'] } });
    expect(() => readDataFile(badName, cueFileSchema)).toThrow(/Invalid key in record[\s\S]*classes\["frykt ord"\]/u);
  });

  it('keeps the review status of the file for its class words, and gives readers only plain phrases', () => {
    const file = readDataFile(contentPath('understanding', 'situation', 'nb.json'), cueFileSchema);
    expect(file.review).toBe('machine-assisted');
    expect(file.classes?.fearWord?.length).toBeGreaterThan(10);
    for (const phrases of Object.values(file.cues)) for (const phrase of phrases) expect(phrase).not.toMatch(/[{}]/u);
  });

  it.each(['nb', 'nn', 'en', 'ar', 'fa', 'pl', 'ru', 'so', 'ti', 'tr', 'uk', 'ur'])('%s: the two-idea concepts are written with classes', (lang) => {
    const raw = JSON.parse(readFileSync(contentPath('understanding', 'situation', `${lang}.json`), 'utf8')) as { cues: Record<string, string[]> };
    for (const concept of ['fearHome', 'wound', 'confiscated']) expect((raw.cues[concept] ?? []).some((p) => p.includes('{'))).toBe(true);
  });
});

describe('unseen combinations of class words are read', () => {
  const reader = loadSituationReader();
  const reads = (text: string, concept: Concept) => reader.read(text).concepts.has(concept);

  const CASES: ReadonlyArray<readonly [Lang, Concept, string]> = [
    ['nb', 'fearHome', 'Eleven tørde ikke å dra hjem igjen etter skoletid.'],
    ['nb', 'fearHome', 'Hjem tør hun ikke gå etter skolen i dag.'],
    ['nb', 'wound', 'Læreren så et stort arr over leppa hans.'],
    ['nb', 'confiscated', 'Broren har låst inn passene deres i et skap.'],
    ['nn', 'fearHome', 'Ho turte ikkje å gå heimover etter trening.'],
    ['nn', 'wound', 'Ho hadde blåmerke på beina og armane.'],
    ['en', 'fearHome', 'He was too frightened to walk back home after the match.'],
    ['en', 'wound', 'The nurse noticed a welt across her ribs.'],
    ['en', 'confiscated', 'Her uncle has taken her residence card away.'],
    ['pl', 'fearHome', 'Nie odważyła się wrócić wieczorem do domu.'],
    ['pl', 'wound', 'Ma blizny na przedramieniu.'],
    ['ru', 'fearHome', 'Она не решилась вечером вернуться домой.'],
    ['ru', 'wound', 'У неё ссадины на шее.'],
    ['uk', 'fearHome', 'Вона не наважилася ввечері піти додому.'],
    ['uk', 'confiscated', 'Батько відняв у неї паспорт.'],
    ['tr', 'fearHome', 'Akşam evlerine dönmekten çekiniyor.'],
    ['tr', 'wound', 'Bacaklarında morluklar var.'],
    ['ar', 'wound', 'عندها كدمات على راسها'],
    ['fa', 'fearHome', 'دخترم می ترسه برگرده خونمون'],
    ['so', 'wound', 'Waxay qabtaa nabarro garabka ah.'],
    ['ti', 'wound', 'ቁስሊ ኣብ ክሳዳ ኣሎ'],
    ['ur', 'wound', 'اس کے چہرے پر نیل ہیں'],
  ];

  it.each(CASES)('%s %s: "%s"', (_lang, concept, text) => {
    expect(reads(text, concept)).toBe(true);
  });

  const CALM: ReadonlyArray<readonly [Lang, Concept, string]> = [
    ['nb', 'fearHome', 'Jeg er redd for å glemme gymtøyet hjemme i morgen.'],
    ['nb', 'waitedFor', 'Vi sitter ute i friminuttet når det er fint vær.'],
    ['en', 'confiscated', 'She always keeps her phone in her jacket pocket.'],
    ['pl', 'confiscated', 'Ona trzyma telefon pod ławką.'],
    ['pl', 'fearHome', 'Boję się, że zostawiłam zeszyt w domu.'],
    ['ru', 'waitedFor', 'Дети ждали снаружи, пока откроют зал.'],
  ];

  it.each(CALM)('%s not %s: "%s"', (_lang, concept, text) => {
    expect(reads(text, concept)).toBe(false);
  });
});
