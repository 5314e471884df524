import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import fc from 'fast-check';
import { LRUCache } from 'lru-cache';
import { compileFollowUpWords, followUpWordsFileSchema, loadFollowUpWords } from '../../src/conversation/follow-up-words';
import { compileNeedsWords, loadNeedsWords, needsWordsFileSchema } from '../../src/conversation/needs-words';
import { LazyLanguageMap } from '../../src/language/lazy-language-map';
import { readDataFile } from '../../src/paths/data-file';
import { allMatches } from '../../src/language/all-matches';
import { BoundedMemo } from '../../src/language/bounded-memo';
import { withinDistance } from '../../src/language/edit-distance';
import { foldArabic, hasEnding, loadLanguageMarkers } from '../../src/language/language-markers';
import { LANGUAGES } from '../../src/language/languages';
import { ReadingMemo } from '../../src/language/reading-memo';
import { applyPhrases, canonicalWords, foldAscii, isStopWord, TEXT_FAMILIES, toBokmal } from '../../src/language/spelling';
import { loadSpellingFile, SPELLING_DIR, SPELLING_FAMILIES, spellingData } from '../../src/language/spelling-data';
import { foldArabicKeyboard, normalize, tokenize } from '../../src/language/text';
import { unicodeWords, unicodeWordsSource } from '../../src/language/word-boundary';
import { recordWordBoundarySources, writeWordBoundarySources } from '../../src/language/word-boundary-sources';
import { contentPath } from '../../src/paths/content-root';

// (was spelling.test.ts)

const words = (text: string, family: 'no' | 'en') => canonicalWords(tokenize(normalize(text)), family);

describe('nynorsk and bokmål meet on the same words', () => {
  it.each([
    ['ikkje', 'ikke'],
    ['kva', 'hva'],
    ['korleis', 'hvordan'],
    ['vald', 'vold'],
    ['mangfaldsrådgjevar', 'mangfoldsrådgiver'],
    ['rådgjevarar', 'rådgiver'],
    ['vanleg', 'vanlig'],
    ['skule', 'skole'],
    ['tvangsekteskap', 'tvangsekteskap'],
  ])('%s → %s', (nn, nb) => {
    expect(toBokmal(nn)).toBe(nb);
  });

  it('gives the same words for the same question in nynorsk and bokmål', () => {
    expect(words('Kva er æresrelatert vald?', 'no')).toEqual(words('Hva er æresrelatert vold?', 'no'));
    expect(words('korleis snakkar eg med eleven', 'no')).toEqual(words('hvordan snakker jeg med eleven', 'no'));
  });
});

describe('synonyms and old names', () => {
  it.each([
    ['hva er nsk', ['negativ', 'sosial', 'kontroll']],
    ['hva gjør minoritetsrådgiverne', ['mangfoldsrådgiver']],
    ['integreringsrådgiver i Amman', ['spesialutsending', 'amman']],
    ['omskjæring av jenter', ['kjønnslemlestelse', 'jenter']],
    ['hun blir tvangsgiftet', ['tvangsekteskap']],
    ['hva er ung.no', ['ungno']],
    ['kva er avvergingsplikta', ['avvergeplikt']],
  ])('%s', (question, expected) => {
    expect(words(question, 'no')).toEqual(expected);
  });

  it.each([
    ['what is NSC', ['negative', 'social', 'control']],
    ['honor based violence', ['honour', 'related', 'violence']],
    ['female genital mutilation', ['fgm']],
    ['what do minority advisers do', ['diversity', 'adviser']],
    ['integration advisers at embassies', ['special', 'envoy', 'embassies']],
  ])('%s', (question, expected) => {
    expect(words(question, 'en')).toEqual(expected);
  });

  it('keeps "ung no" as ung.no but reads a lone nynorsk "no" as "nå"', () => {
    expect(applyPhrases(['ung', 'no'], 'no')).toEqual(['ungno']);
    expect(applyPhrases(['hjelp', 'no'], 'no')).toEqual(['hjelp', 'nå']);
  });

  it('reads an age as adult or young person', () => {
    expect(words('eleven er 19 år', 'no')).toEqual(['eleven', 'voksen']);
    expect(words('en 16-åring', 'no')).toEqual(['ungdom']);
    expect(words('she is 17 years old', 'en')).toEqual(['youth', 'old']);
  });

  it('folds æ, ø, å so questions typed on an English keyboard still match', () => {
    expect(foldAscii('kjønnslemlestelse')).toBe('kjonnslemlestelse');
    expect(foldAscii('æresrelatert')).toBe('aeresrelatert');
    expect(foldAscii('rådgiver')).toBe('radgiver');
  });
});

// (was spelling-data.test.ts)

describe('spelling words are data, one file per text family', () => {
  it('has a valid file with a review status for every family the index reads', () => {
    expect([...SPELLING_FAMILIES].sort()).toEqual([...TEXT_FAMILIES].sort());
    expect(readdirSync(SPELLING_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace('.json', '')).sort()).toEqual([...SPELLING_FAMILIES].sort());
    for (const family of SPELLING_FAMILIES) {
      const file = spellingData()[family];
      expect(['machine-assisted', 'native-reviewed']).toContain(file.review);
      expect(file.stopWords.length).toBeGreaterThan(5);
    }
  });

  it('is what the reading uses: a stop word, a nynorsk form and a synonym from the files', () => {
    expect(isStopWord('hvordan', 'no')).toBe(true);
    expect(canonicalWords(['kva', 'er', 'nsk'], 'no')).toEqual(expect.arrayContaining(['negativ', 'sosial', 'kontroll']));
    expect(canonicalWords(['what', 'is', 'nsc'], 'en')).toEqual(expect.arrayContaining(['negative', 'social', 'control']));
  });

  it('reads an age by the age words of both files, in both families (people mix them)', () => {
    expect(spellingData().no.ageWords).toContain('år');
    expect(spellingData().en.ageWords).toContain('years');
    expect(canonicalWords(['eleven', 'er', '15', 'år'], 'no')).toContain('ungdom');
    expect(canonicalWords(['eleven', 'er', '20', 'years'], 'no')).toContain('voksen');
    expect(canonicalWords(['my', 'pupil', 'is', '16', 'år'], 'en')).toContain('youth');
    expect(canonicalWords(['she', 'turned', '15', 'today'], 'en')).not.toContain('youth');
  });

  it('rejects a file a reviewer broke (a rule with one side, two words as one stop word, the wrong family)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spelling-'));
    for (const f of readdirSync(SPELLING_DIR)) copyFileSync(path.join(SPELLING_DIR, f), path.join(dir, f));
    const so = JSON.parse(readFileSync(path.join(SPELLING_DIR, 'so.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(dir, 'so.json'), JSON.stringify({ ...so, phrases: [['gudniin']] }));
    expect(() => loadSpellingFile('so', dir)).toThrow(/so\.json is invalid/u);
    writeFileSync(path.join(dir, 'so.json'), JSON.stringify({ ...so, stopWords: ['waa maxay'] }));
    expect(() => loadSpellingFile('so', dir)).toThrow(/so\.json is invalid/u);
    const no = JSON.parse(readFileSync(path.join(SPELLING_DIR, 'no.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(dir, 'no.json'), JSON.stringify({ ...no, ageWords: ['år gammel'] }));
    expect(() => loadSpellingFile('no', dir)).toThrow(/no\.json is invalid/u);
    writeFileSync(path.join(dir, 'so.json'), JSON.stringify({ ...so, family: 'tr' }));
    expect(() => loadSpellingFile('so', dir)).toThrow(/says family "tr"/u);
  });
});

// (was edit-distance.test.ts)

/** The optimal string alignment distance, the whole table written out (the textbook way). */
function distance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push(Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  }
  return at(a.length, b.length);
}

/** A small deterministic generator, so a failure can be run again. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('withinDistance', () => {
  test.each([
    ['somlia', 'somalia', 1, true],
    ['erittrea', 'eritrea', 1, true],
    ['drpee', 'drepe', 1, true],
    ['vestland', 'estland', 1, true],
    ['gambia', 'zambia', 1, true],
    ['pakistan', 'afghanistan', 2, false],
    ['tørr', 'tør', 1, true],
    ['ganger', 'danger', 0, false],
    ['', 'ab', 2, true],
    ['', 'abc', 2, false],
    ['ab', '', 2, true],
    ['abc', '', 2, false],
  ])('%s and %s within %d edits: %s', (a, b, max, expected) => {
    expect(withinDistance(a, b, max)).toBe(expected);
  });

  test('agrees with the whole table on near and far words, short and long, with letters outside the basic plane', () => {
    const random = generator(20261204);
    // Few letters, so that many pairs are near; an astral letter (two code units) and æøå as users type them.
    const letters = ['a', 'b', 'e', 'n', 'r', 'ø', 'å', '𝑥'];
    const word = (length: number): string => Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join('');
    const edit = (w: string): string => {
      const i = Math.floor(random() * (w.length + 1));
      const kind = random();
      if (kind < 0.25) return w.slice(0, i) + word(1) + w.slice(i);
      if (kind < 0.5) return w.slice(0, i) + w.slice(i + 1);
      if (kind < 0.75) return w.slice(0, i) + word(1) + w.slice(i + 1);
      return w.slice(0, i) + w.slice(i + 1, i + 2) + w.slice(i, i + 1) + w.slice(i + 2);
    };
    let near = 0;
    for (let n = 0; n < 4000; n++) {
      const a = word(Math.floor(random() * 14));
      // Half the pairs a few edits apart, half unrelated; both orders, and a long word now and then (the rows grow).
      let b = random() < 0.5 ? edit(edit(a)) : word(Math.floor(random() * 14));
      if (n % 500 === 0) b = word(40 + n / 100);
      const max = Math.floor(random() * 4);
      const expected = distance(a, b) <= max;
      if (expected) near++;
      expect([a, b, max, withinDistance(a, b, max)]).toEqual([a, b, max, expected]);
      expect([b, a, max, withinDistance(b, a, max)]).toEqual([b, a, max, distance(b, a) <= max]);
    }
    // Both answers were asked for many times.
    expect(near).toBeGreaterThan(400);
  });
});

// (was word-boundary.test.ts)

describe('word boundaries for every script', () => {
  it('finds no boundary inside a word with ø, å or æ', () => {
    expect(/\bkt\b/u.test('søkt')).toBe(true); // JavaScript's own \b: why this exists
    expect(unicodeWords(/\bkt\b/u).test('søkt')).toBe(false);
    expect(unicodeWords(/\bkt\b/u).test('ring kt nå')).toBe(true);
  });

  it('finds the boundary after a word ending in å', () => {
    expect(/\bbistå\b/.test('kan de bistå meg')).toBe(false);
    expect(unicodeWords(/\bbistå\b/).test('kan de bistå meg')).toBe(true);
    expect(unicodeWords(/\bbistå\b/).test('bistånd')).toBe(false);
  });

  it('knows words of other scripts', () => {
    expect(unicodeWords(/\bмы\b/u).test('мы здесь')).toBe(true);
    expect(unicodeWords(/\bмы\b/u).test('мыло')).toBe(false);
  });

  it('leaves an escaped backslash before b alone, and keeps the flags', () => {
    expect(unicodeWords(/a\\b/u).test('a\\b')).toBe(true);
    const global = unicodeWords(/\bx\b/g);
    expect(global.flags).toBe('gu');
    expect(unicodeWords(/\bx\b/g)).not.toBe(global);
    expect(unicodeWords(/\by\b/)).toBe(unicodeWords(/\by\b/));
  });

  it('writes a boundary next to a sure word character as a one-sided assertion, with the same matches', () => {
    const full = (pattern: RegExp): RegExp => {
      const word = '[\\p{L}\\p{M}\\p{N}_]';
      return new RegExp(pattern.source.replace(/\\[\s\S]/gu, (e) => (e === '\\b' ? `(?:(?<!${word})(?=${word})|(?<=${word})(?!${word}))` : e)), 'u');
    };
    const patterns = [/\bsak(?:er|ene)?\b/u, /\b(?:cases?|saker)\b/u, /\badvis[eo]rs?\b/u, /\bvs\.?\b/u, /\b(\p{L}+) 20\d{2}/u, /a?\b/u, /(?:x|-)\b/u, /\b(?:aged) (?:1[0-7]|[1-9])\b/u, /\b(?=s)\w+/u, /\b\d+\b/u];
    const texts = ['saker', 'sakene', 'søsaker', 'en sak.', 'cases', 'case_1', 'advisors', 'vs.', 'vs. x', 'i 2023', 'år 2023', 'b', ' ', '-', 'x-', 'aged 12', 'aged 123', '\bx', 's', 'ساكر', '١٢', 'e\u0301sak'];
    for (const pattern of patterns) {
      for (const text of texts) expect([pattern.source, text, unicodeWords(pattern).exec(text)]).toEqual([pattern.source, text, full(pattern).exec(text)]);
    }
    // A \b before "sak" needs only "no word character behind"; after the optional endings, only "none ahead".
    expect(unicodeWords(/\bsak(?:er|ene)?\b/u).source).toBe('(?<!(?:\\p{L}|\\p{M}|\\p{N}|_))sak(?:er|ene)?(?!(?:\\p{L}|\\p{M}|\\p{N}|_))');
    // After a group that may end in a hyphen, the full boundary stays.
    expect(unicodeWords(/(?:x|-)\b/u).source).toContain('(?<=(?:\\p{L}|\\p{M}|\\p{N}|_))');
  });

  it('writes the boundary that neighbouring alternatives share once, with the same matches', () => {
    const W = '(?:\\p{L}|\\p{M}|\\p{N}|_)';
    // A word list bounded on both sides: one boundary before the list and one after it, not two per word.
    expect(unicodeWordsSource(String.raw`\bhjem\b|\bheim\b|\bhome\b`)).toBe(`(?<!${W})(?:(?:hjem|heim|home)(?!${W}))`);
    // Only neighbours share: an alternative without a boundary keeps its place between them.
    expect(unicodeWordsSource(String.raw`\bsnitt|middel|\bavg|\bmean`)).toBe(`(?<!${W})snitt|middel|(?<!${W})(?:avg|mean)`);
    expect(unicodeWordsSource(String.raw`fjor\b|i fjor\b|ifjor`)).toBe(`(?:fjor|i fjor)(?!${W})|ifjor`);
    // Inside groups and lookarounds too; a range of letters or digits is a word character.
    expect(unicodeWordsSource(String.raw`(?<!\bi |\bpå )\b[1-9]\d?\b`)).toBe(`(?<!(?<!${W})(?:i |på ))(?<!${W})[1-9]\\d?(?!${W})`);
  });

  it('matches what one full boundary per \\b matches, for lists of words, on any text', () => {
    const full = (source: string): RegExp => {
      const word = '(?:\\p{L}|\\p{M}|\\p{N}|_)';
      return new RegExp(source.replace(/\\[\s\S]/gu, (e) => (e === '\\b' ? `(?:(?<!${word})(?=${word})|(?<=${word})(?!${word}))` : e)), 'gu');
    };
    const words = ['sak', 'saker', 'ar', 'år', 'i år', 'vs.', 'x-', '-y', 'мы', 'سنة', '12', '1-9', 'e\u0301'];
    const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const alternative = fc.tuple(fc.boolean(), fc.constantFrom(...words), fc.boolean(), fc.constantFrom('', '?', '(?:ene)?', '\\p{L}*'));
    const texts = fc.array(fc.constantFrom(...words, ' ', '.', 'ene', 'x', '_', '\u0301', '١'), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(alternative, { minLength: 1, maxLength: 6 }), fc.array(texts, { maxLength: 6 }), (alternatives, samples) => {
        const source = alternatives.map(([before, word, after, tail]) => `${before ? '\\b' : ''}(?:${escape(word)})${tail}${after ? '\\b' : ''}`).join('|');
        const ours = new RegExp(unicodeWordsSource(source), 'gu');
        for (const text of samples) expect([source, text, [...text.matchAll(ours)].map((m) => [m.index, m[0]])]).toEqual([source, text, [...text.matchAll(full(source))].map((m) => [m.index, m[0]])]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('word boundaries worked out by the build (the built program takes them, the sources work them out)', () => {
  const ROOT = path.join(__dirname, '..', '..');
  let tmp: string;
  beforeAll(() => {
    mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
    tmp = mkdtempSync(path.join(ROOT, 'dist', 'word-boundary-test-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('lists every source worked out while recording, as unicodeWordsSource writes it, and writes the list', () => {
    const listed = recordWordBoundarySources();
    unicodeWords(/\b(?:skolen|skulen)\b|\bbarnehage\p{L}*/u);
    unicodeWords(/\bнаша школа\b/gu);
    expect([...listed.keys()]).toEqual(['\\b(?:skolen|skulen)\\b|\\bbarnehage\\p{L}*', '\\bнаша школа\\b']);
    for (const [source, result] of listed) expect(result).toBe(unicodeWordsSource(source));
    const file = path.join(tmp, 'word-boundaries.json');
    writeWordBoundarySources(file, 'build-1', listed);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ format: 'veiviser-word-boundaries-1', build: 'build-1', sources: Object.fromEntries(listed) });
  });

  it('a bundled program takes the source listed for its own build id, and works out one listed for another build', () => {
    // A project of its own: package.json, and a program bundled from word-boundary.ts with a build id.
    const project = path.join(tmp, 'project');
    mkdirSync(path.join(project, 'dist', 'data'), { recursive: true });
    writeFileSync(path.join(project, 'package.json'), '{"name":"word-boundary-test"}');
    const entry = path.join(project, 'program.ts');
    writeFileSync(entry, [`import { unicodeWordsSource } from ${JSON.stringify(path.join(ROOT, 'src', 'language', 'word-boundary'))};`, `process.stdout.write(unicodeWordsSource('\\\\bhjelp\\\\b'));`].join('\n'));
    buildSync({ entryPoints: [entry], outfile: path.join(project, 'dist', 'program.js'), bundle: true, platform: 'node', format: 'cjs', nodePaths: [path.join(ROOT, 'node_modules')], define: { VEIVISER_BUILD_ID: '"build-1"' }, logLevel: 'error' });
    const run = (): string => execFileSync(process.execPath, [path.join(project, 'dist', 'program.js')], { encoding: 'utf8' });
    // Marked, so the test sees the list was used rather than the source worked out.
    const list = (build: string) => writeWordBoundarySources(path.join(project, 'dist', 'data', 'word-boundaries.json'), build, new Map([['\\bhjelp\\b', '(?<!listed)hjelp']]));
    list('build-1');
    expect(run()).toBe('(?<!listed)hjelp');
    list('build-0');
    expect(run()).toBe(unicodeWordsSource('\\bhjelp\\b'));
    rmSync(path.join(project, 'dist', 'data', 'word-boundaries.json'));
    expect(run()).toBe(unicodeWordsSource('\\bhjelp\\b'));
  });
});

// (was all-matches.test.ts)

const plain = (matches: readonly RegExpMatchArray[]) => matches.map((m) => ({ at: m.index, text: m[0], groups: [...m] }));

describe('every match of a global pattern', () => {
  const texts = [
    'Hva er nummeret til Røde Kors-telefonen, og er den anonym?',
    'Who covers Somalia? And what about Iraq; or Eritrea?',
    'هل يمكنها الاتصال بنفسها؟ وهل الخط مجاني؟',
    'ቁጽሪ ስልኪ ክንደይ እዩ፧ ከምኡ’ውን ኣብ ሌላ ግዜ',
    '😀 og 😀😀 — ok',
    '',
  ];

  it('finds what matchAll finds, with the same places and groups, and leaves the pattern ready for the next text', () => {
    const patterns = [/\s+/gu, /(og|and|و)\s*/giu, /x*/gu, /(?:)/g, /\p{Emoji_Presentation}/gu, /[?؟፧]/gu];
    for (const pattern of patterns) {
      for (const text of texts) {
        expect(plain(allMatches(pattern, text))).toEqual(plain([...text.matchAll(pattern)]));
        expect(pattern.lastIndex).toBe(0);
      }
    }
  });

  it('steps past an empty match by a whole character in unicode mode', () => {
    expect(allMatches(/(?:)/gu, '😀a').map((m) => m.index)).toEqual([0, 2, 3]);
    expect(allMatches(/(?:)/g, '😀a').map((m) => m.index)).toEqual([0, 1, 2, 3]);
  });

  it('cuts a two-needs message where matchAll does, for every language boundary', () => {
    for (const [, words] of loadNeedsWords()) {
      for (const pattern of words.boundaries) {
        for (const text of texts) expect(plain(allMatches(pattern, text))).toEqual(plain([...text.matchAll(pattern)]));
      }
    }
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches(/og/u, 'a og b')).toThrow(TypeError);
  });
});

// (was bounded-memo.test.ts)

describe('BoundedMemo', () => {
  it('keeps what an lru-cache of `max` entries keeps, in the same order, for any sequence of look-ups', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), (max, keys) => {
        const memo = new BoundedMemo<number, string>(max);
        const reference = new LRUCache<number, string>({ max });
        const computed: number[] = [];
        const expected: number[] = [];
        for (const key of keys) {
          memo.get(key, (k) => (computed.push(k), `v${k}`));
          if (reference.get(key) === undefined) (expected.push(key), reference.set(key, `v${key}`));
        }
        // The same keys computed again means the same ones were kept and evicted all along.
        expect(computed).toEqual(expected);
        expect(memo.size).toBe(reference.size);
        expect(memo.size).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('computes a result once while it is kept, and again after it was not kept (undefined)', () => {
    const memo = new BoundedMemo<string, string | undefined>(2);
    let calls = 0;
    expect(memo.get('a', (k) => (calls++, k.toUpperCase()))).toBe('A');
    expect(memo.get('a', () => (calls++, 'other'))).toBe('A');
    expect(calls).toBe(1);
    expect(memo.get('b', () => (calls++, undefined))).toBeUndefined();
    expect(memo.get('b', () => (calls++, 'B'))).toBe('B');
    expect(calls).toBe(3);
  });
});

// (was reading-memo.test.ts)

describe('ReadingMemo', () => {
  it('works a text out once while its message is read, and forgets it on the next turn of the event loop', async () => {
    const memo = new ReadingMemo<string>();
    let calls = 0;
    const upper = (k: string) => (calls++, k.toUpperCase());
    expect(memo.get('hvor mange saker', upper)).toBe('HVOR MANGE SAKER');
    expect(memo.get('hvor mange saker', upper)).toBe('HVOR MANGE SAKER');
    expect(calls).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(memo.get('hvor mange saker', upper)).toBe('HVOR MANGE SAKER');
    expect(calls).toBe(2);
  });

  it('keeps at most `max` texts, even when the event loop does not turn', () => {
    const memo = new ReadingMemo<number>(3);
    let calls = 0;
    for (const key of ['a', 'b', 'c', 'd', 'a']) memo.get(key, (k) => (calls++, k.length));
    // 'd' found the memo full and emptied it, so 'a' was worked out again.
    expect(calls).toBe(5);
  });

});

// (was language-markers.test.ts)

const dir = contentPath('understanding', 'language');

describe('language marker words are data, one file per language', () => {
  it('has a file for every language the detector weighs by words (Tigrinya is told by its script), each with a review status', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'common.json').map((f) => f.replace('.json', ''));
    expect(files.sort()).toEqual(LANGUAGES.filter((l) => l !== 'ti').sort());
    for (const f of [...files, 'common']) {
      const data = JSON.parse(readFileSync(path.join(dir, `${f}.json`), 'utf8')) as { review?: string };
      expect(['machine-assisted', 'native-reviewed']).toContain(data.review);
    }
  });

  it('loads the words the detector uses, Arabic-script words folded so either keyboard matches', () => {
    const markers = loadLanguageMarkers();
    expect(markers.bokmal.has('hvordan')).toBe(true);
    expect(markers.nynorsk.has('korleis')).toBe(true);
    expect(markers.romanUrdu.has('kya')).toBe(true);
    expect(markers.finglish.has('dokhtar')).toBe(true);
    // ar.json writes في and على with the Arabic ي/ى; the set holds them folded, as messages are.
    expect(markers.arabic.has(foldArabic('في'))).toBe(true);
    expect(markers.arabic.has('في')).toBe(false);
    expect(markers.norwegianNames.test('kompetanseteamet')).toBe(true);
    expect(markers.norwegianNames.test('kompass')).toBe(false);
  });

  it('rejects a file a reviewer broke (two words in one entry, a missing review status, the wrong language)', () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'markers-'));
    for (const f of readdirSync(dir)) copyFileSync(path.join(dir, f), path.join(broken, f));
    const so = JSON.parse(readFileSync(path.join(dir, 'so.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(broken, 'so.json'), JSON.stringify({ ...so, markers: ['waa maxay'] }));
    expect(() => loadLanguageMarkers(broken)).toThrow(/so\.json is invalid/u);
    writeFileSync(path.join(broken, 'so.json'), JSON.stringify({ ...so, review: undefined }));
    expect(() => loadLanguageMarkers(broken)).toThrow(/so\.json is invalid/u);
    writeFileSync(path.join(broken, 'so.json'), JSON.stringify({ ...so, lang: 'tr' }));
    expect(() => loadLanguageMarkers(broken)).toThrow(/says lang "tr"/u);
  });
});

describe('the words that tell bokmål from nynorsk', () => {
  const markers = loadLanguageMarkers();
  it('keeps bokmål and nynorsk marker words apart, and dialect words out of both', () => {
    const both = [...markers.bokmal].filter((w) => markers.nynorsk.has(w));
    expect(both).toEqual([]);
    const dialectInStandard = [...markers.norwegianDialect].filter((w) => markers.bokmal.has(w) || markers.nynorsk.has(w));
    expect(dialectInStandard).toEqual([]);
  });

  it('reads the dialect-shared nynorsk forms as nynorsk words, and the endings of each standard', () => {
    expect(markers.nynorskDialect.has('ikkje')).toBe(true);
    expect(markers.nynorsk.has('ikkje')).toBe(true);
    expect(markers.norwegianDialect.has('itj')).toBe(true);
    expect(hasEnding('brukarar', markers.nynorskEndings)).toBe(true);
    expect(hasEnding('arar', markers.nynorskEndings)).toBe(false);
    expect(hasEnding('vanlig', markers.bokmalEndings)).toBe(true);
    expect(hasEnding(foldArabic('کردند'), markers.dariEndings)).toBe(true);
  });

  it('rejects dialect words or endings in a file that is not read for them', () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'markers-'));
    for (const f of readdirSync(dir)) copyFileSync(path.join(dir, f), path.join(broken, f));
    const so = JSON.parse(readFileSync(path.join(dir, 'so.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(broken, 'so.json'), JSON.stringify({ ...so, dialectShared: ['ho'] }));
    expect(() => loadLanguageMarkers(broken)).toThrow(/so\.json is invalid/u);
    writeFileSync(path.join(broken, 'so.json'), JSON.stringify({ ...so, endings: [{ ending: 'aa', minLength: 4 }] }));
    expect(() => loadLanguageMarkers(broken)).toThrow(/so\.json is invalid/u);
  });
});

describe('the Arabic keyboard folding is written once', () => {
  it('folds ي and ك to the Persian ی and ک in normalize and on its own', () => {
    expect(foldArabicKeyboard('كيف')).toBe('کیف');
    expect(normalize('كيف')).toBe('کیف');
    expect(foldArabic('على')).toBe('علی');
  });
});

describe('per-language words compiled on first use (LazyLanguageMap)', () => {
  it('compiles a language only when it is asked for, once, and every language when iterated', () => {
    const compiled: string[] = [];
    const map = new LazyLanguageMap([
      ['nb', { file: 'nb.json', compile: () => (compiled.push('nb'), { words: ['hei'] }) }],
      ['en', { file: 'en.json', compile: () => (compiled.push('en'), { words: ['hello'] }) }],
    ] as const);
    expect(map.size).toBe(2);
    expect(map.has('en') && !map.has('so')).toBe(true);
    expect(compiled).toEqual([]);
    const nb = map.get('nb');
    expect(nb).toEqual({ words: ['hei'] });
    expect(map.get('nb')).toBe(nb);
    expect(map.get('so')).toBeUndefined();
    expect(compiled).toEqual(['nb']);
    expect([...map.keys()]).toEqual(['nb', 'en']);
    expect([...map].map(([lng, v]) => [lng, v.words[0]])).toEqual([
      ['nb', 'hei'],
      ['en', 'hello'],
    ]);
    expect(compiled).toEqual(['nb', 'en']);
    const seen: string[] = [];
    map.forEach((v, lng) => seen.push(`${lng}:${v.words.join()}`));
    expect(seen).toEqual(['nb:hei', 'en:hello']);
    expect([...map.values()]).toHaveLength(2);
  });

  it('names the file when its words do not compile, and tries again on the next ask', () => {
    let fail = true;
    const map = new LazyLanguageMap([['ar', { file: 'content/x/ar.json', compile: () => (fail ? new RegExp('(') : /ok/u) }]] as const);
    expect(() => map.get('ar')).toThrow(/^content\/x\/ar\.json: .*Invalid regular expression/u);
    fail = false;
    expect(map.get('ar')?.source).toBe('ok');
  });

  it('gives the needs and follow-up words of every language as compiling each file gives them', () => {
    const needs = loadNeedsWords();
    const followUps = loadFollowUpWords();
    const needsDir = contentPath('understanding', 'needs');
    const followUpDir = contentPath('understanding', 'follow-up');
    const needsFiles = readdirSync(needsDir).filter((f) => f.endsWith('.json'));
    expect(needs.size).toBe(needsFiles.length);
    for (const file of needsFiles) {
      const data = readDataFile(path.join(needsDir, file), needsWordsFileSchema);
      const direct = compileNeedsWords(data);
      const lazy = needs.get(data.lang);
      expect(lazy?.boundaries.map((b) => `${b.source}/${b.flags}`)).toEqual(direct.boundaries.map((b) => `${b.source}/${b.flags}`));
      expect(lazy?.pointsBack).toEqual(direct.pointsBack);
    }
    const followUpFiles = readdirSync(followUpDir).filter((f) => f.endsWith('.json'));
    expect(followUps.size).toBe(followUpFiles.length);
    for (const file of followUpFiles) {
      const data = readDataFile(path.join(followUpDir, file), followUpWordsFileSchema);
      expect(followUps.get(data.lang)).toEqual(compileFollowUpWords(data));
    }
    expect(followUps.size).toBe(LANGUAGES.length);
  });
});
