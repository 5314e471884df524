import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import fc from 'fast-check';
import { unicodeWords, unicodeWordsSource } from '../../src/language/word-boundary';
import { recordWordBoundarySources, writeWordBoundarySources } from '../../src/language/word-boundary-sources';

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
