import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { z } from 'zod';
import { codeFile, codeFilesPresent, RUNNING_SOURCES } from '../../src/paths/code-file';
import { contentPath } from '../../src/paths/content-root';
import { parseDataFile, readDataFile, recordCheckedData, sameData } from '../../src/paths/data-file';
import { buildTestApp, conversation, type TestApp } from '../helpers/test-app';

// Declared alike by more than one former file below: kept once.
const ROOT = path.join(__dirname, '..', '..');

// (was data-file.test.ts)

/**
 * Data files are checked with zod by the build, and a start of the built program parses only what the build did not
 * check as it is now (src/paths/data-file.ts). The sources (these tests, tsx) always parse; the trusted path is checked
 * through a small program bundled as `npm run build` bundles the app, with a build id of its own.
 */
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A contact list as a data file might hold one: the schema fills in a default and orders keys its own way. */
const contactsSchema = z.object({ lang: z.string(), phones: z.array(z.object({ name: z.string(), phone: z.string().regex(/^\d{3,8}$/) })), reviewed: z.boolean().default(false) });
const wordsSchema = z.object({ lang: z.string(), words: z.array(z.string().min(1)) });

describe('data files checked by the build', () => {
  /** Inside the project (dist/ is the build's, never committed): only the program's own files are listed. */
  let tmp: string;
  beforeAll(() => {
    mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
    tmp = mkdtempSync(path.join(ROOT, 'dist', 'data-file-test-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const write = (name: string, data: unknown): string => {
    const file = path.join(tmp, name);
    writeFileSync(file, JSON.stringify(data));
    return file;
  };

  it('tells the same JSON data from data that only looks alike', () => {
    expect(sameData({ a: [1, 'x', null, true] }, { a: [1, 'x', null, true] })).toBe(true);
    expect(sameData({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameData({ a: undefined }, {})).toBe(false);
    expect(sameData([new Date(0)], [new Date(0)])).toBe(false);
    expect(sameData(new Set([1]), new Set([1]))).toBe(false);
    expect(sameData(Number.NaN, Number.NaN)).toBe(false);
  });

  it('lists what the check read: a file as it is by its hash, a file its schema changes with the result, never a broken one', () => {
    const words = write('nb.json', { lang: 'nb', words: ['tvangsgifte', 'kontroll'] });
    const contacts = write('contacts.json', { phones: [{ phone: '116111', name: 'Alarmtelefonen' }], lang: 'nb' });
    const broken = write('broken.json', { lang: 'nb', words: [''] });
    const listed = recordCheckedData();
    expect(readDataFile(words, wordsSchema)).toEqual({ lang: 'nb', words: ['tvangsgifte', 'kontroll'] });
    expect(readDataFile(contacts, contactsSchema).reviewed).toBe(false);
    expect(() => readDataFile(broken, wordsSchema)).toThrow(/broken\.json is invalid/);
    const key = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');
    expect(listed.get(key(words))).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(listed.get(key(contacts))?.data).toEqual({ lang: 'nb', phones: [{ name: 'Alarmtelefonen', phone: '116111' }], reviewed: false });
    expect(listed.has(key(broken))).toBe(false);
  });

  it("never lists a file outside the project (an operator's file, the data directory)", () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'veiviser-data-'));
    try {
      const file = path.join(outside, 'registrars.json');
      writeFileSync(file, JSON.stringify({ lang: 'nb', words: ['saksbehandler'] }));
      const listed = recordCheckedData();
      expect(readDataFile(file, wordsSchema).words).toEqual(['saksbehandler']);
      expect(listed.size).toBe(0);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('leaves out a file two schemas read, and one whose result JSON cannot carry', () => {
    const file = write('en.json', { lang: 'en', words: ['forced marriage'] });
    const listed = recordCheckedData();
    readDataFile(file, wordsSchema);
    readDataFile(file, wordsSchema.extend({ note: z.string().optional() }));
    const asSet = write('set.json', { lang: 'en', words: ['a', 'b'] });
    readDataFile(asSet, wordsSchema.transform((w) => ({ ...w, words: new Set(w.words) })));
    expect(listed.size).toBe(0);
  });

  it('parses every file when the sources run (no build id), whatever the list says', () => {
    const file = write('pl.json', { lang: 'pl', words: [''] });
    const text = JSON.stringify({ lang: 'pl', words: [''] });
    expect(parseDataFile(file, text, () => JSON.parse(text), wordsSchema).success).toBe(false);
  });

  describe('in a bundled program', () => {
    /** A project of its own: package.json, content/, and a program bundled from data-file.ts with a build id. */
    let project: string;
    const run = (): string => execFileSync(process.execPath, [path.join(project, 'dist', 'program.js')], { encoding: 'utf8' });
    const list = (build: string, files: Record<string, unknown>) =>
      writeFileSync(path.join(project, 'dist', 'data', 'checked-data.json'), JSON.stringify({ format: 'veiviser-checked-data-1', build, files }));

    beforeAll(() => {
      project = path.join(tmp, 'project');
      mkdirSync(path.join(project, 'content'), { recursive: true });
      mkdirSync(path.join(project, 'dist', 'data'), { recursive: true });
      writeFileSync(path.join(project, 'package.json'), '{"name":"data-file-test"}');
      const entry = path.join(project, 'program.ts');
      writeFileSync(
        entry,
        [
          `import { z } from 'zod';`,
          `import { readDataFile } from ${JSON.stringify(path.join(__dirname, '..', '..', 'src', 'paths', 'data-file'))};`,
          `const schema = z.object({ lang: z.string(), phones: z.array(z.object({ name: z.string(), phone: z.string().regex(/^\\d{3,8}$/) })) });`,
          `try { process.stdout.write(JSON.stringify(readDataFile(${JSON.stringify(path.join(project, 'content', 'phones.json'))}, schema))); }`,
          `catch (error) { process.stdout.write('error: ' + (error instanceof Error ? error.message : String(error))); }`,
        ].join('\n'),
      );
      buildSync({ entryPoints: [entry], outfile: path.join(project, 'dist', 'program.js'), bundle: true, platform: 'node', format: 'cjs', nodePaths: [path.join(__dirname, '..', '..', 'node_modules')], define: { VEIVISER_BUILD_ID: '"build-1"' }, logLevel: 'error' });
    });

    it("takes the build's result for the bytes it checked, and parses a file edited since, or listed for another build", () => {
      const text = JSON.stringify({ lang: 'nb', phones: [{ name: 'Alarmtelefonen', phone: '116111' }] });
      writeFileSync(path.join(project, 'content', 'phones.json'), text);
      // What the build found (here marked, so the test sees it was used rather than the file parsed again).
      const checked = { lang: 'nb', phones: [{ name: 'Alarmtelefonen (checked by the build)', phone: '116111' }] };
      list('build-1', { 'content/phones.json': { sha256: sha256(text), data: checked } });
      expect(JSON.parse(run())).toEqual(checked);
      list('build-1', { 'content/phones.json': { sha256: sha256(text) } });
      expect(JSON.parse(run())).toEqual(JSON.parse(text));

      // Edited after the build: a wrong number is found, as without the list.
      writeFileSync(path.join(project, 'content', 'phones.json'), JSON.stringify({ lang: 'nb', phones: [{ name: 'Alarmtelefonen', phone: '11 61 11' }] }));
      expect(run()).toMatch(/^error: .*phones\.json is invalid/);
      // The list of another program: parsed.
      writeFileSync(path.join(project, 'content', 'phones.json'), text);
      list('build-0', { 'content/phones.json': { sha256: sha256(text), data: checked } });
      expect(JSON.parse(run())).toEqual(JSON.parse(text));
    });

    it("does not parse the file's JSON when it takes the build's result for its bytes", () => {
      // Bytes no JSON parser accepts, listed with a result: the result is taken, so the text was never parsed.
      const text = '{ "lang": "nb", "phones": [ not JSON';
      writeFileSync(path.join(project, 'content', 'phones.json'), text);
      const checked = { lang: 'nb', phones: [{ name: 'Alarmtelefonen', phone: '116111' }] };
      list('build-1', { 'content/phones.json': { sha256: sha256(text), data: checked } });
      expect(JSON.parse(run())).toEqual(checked);
      // Listed without a result (the file is its JSON), or for another build: parsed, and the broken JSON found.
      list('build-1', { 'content/phones.json': { sha256: sha256(text) } });
      expect(run()).toMatch(/^error: .*JSON/);
      list('build-0', { 'content/phones.json': { sha256: sha256(text), data: checked } });
      expect(run()).toMatch(/^error: .*JSON/);
    });
  });
});

// (was code-file.test.ts)

/**
 * The build's data names the code that made it by the bytes of that code's files (compiled phrases, index terms). The
 * bundled program cannot find them with `require.resolve('./…')`, so they are named from src/ (src/paths/code-file.ts).
 */
describe('codeFile', () => {
  it('names the TypeScript source of a module when the sources run (as in these tests)', () => {
    expect(RUNNING_SOURCES).toBe(true);
    expect(codeFile('understanding/phrase-book')).toBe(require.resolve('../../src/understanding/phrase-book'));
    expect(codeFile('language/text')).toBe(path.join(__dirname, '..', '..', 'src', 'language', 'text.ts'));
  });

  it("is where the compiled phrases' fingerprint reads a reader's code: other bytes there, another fingerprint", () => {
    type Fingerprint = typeof import('../../src/understanding/compiled-phrases').phrasesFingerprint;
    const fingerprintWith = (file: (module: string) => string): string => {
      let fingerprint: Fingerprint | undefined;
      jest.isolateModules(() => {
        jest.doMock('../../src/paths/code-file', () => ({ RUNNING_SOURCES: true, codeFile: file }));
        fingerprint = (jest.requireActual('../../src/understanding/compiled-phrases') as { phrasesFingerprint: Fingerprint }).phrasesFingerprint;
      });
      jest.dontMock('../../src/paths/code-file');
      if (!fingerprint) throw new Error('compiled-phrases did not load');
      return fingerprint('scope', contentPath('understanding', 'scope'));
    };
    const real = fingerprintWith(codeFile);
    expect(fingerprintWith(codeFile)).toBe(real);
    // The scope reader's code read from another module's file: the data would be rebuilt, as after an edit.
    expect(fingerprintWith((module) => codeFile(module === 'understanding/scope-reader' ? 'understanding/role-reader' : module))).not.toBe(real);
  });

  it('says when a module has no file (a bundle copied without dist/src)', () => {
    expect(codeFilesPresent(['understanding/phrase-book', 'language/text'])).toBe(true);
    expect(codeFilesPresent(['understanding/phrase-book', 'understanding/no-such-module'])).toBe(false);
  });

  it("reads the build's compiled phrases as out of date without the code that made them, so the reader compiles instead", () => {
    type Reader = typeof import('../../src/understanding/compiled-phrases');
    let reader: Reader | undefined;
    jest.isolateModules(() => {
      jest.doMock('../../src/paths/code-file', () => ({ ...jest.requireActual('../../src/paths/code-file'), codeFilesPresent: () => false }));
      reader = jest.requireActual<Reader>('../../src/understanding/compiled-phrases');
    });
    jest.dontMock('../../src/paths/code-file');
    if (!reader) throw new Error('compiled-phrases did not load');
    const dir = contentPath('understanding', 'scope');
    const file = reader.compiledPhrasesFile('scope');
    // The test run's global setup wrote the sources' file; with the code there it is read.
    expect(reader.readCompiledPhrases(file, 'scope', dir).reason).toBe('out of date');
    expect(jest.requireActual<Reader>('../../src/understanding/compiled-phrases').readCompiledPhrases(file, 'scope', dir).reason).toBeUndefined();
  });
});

// (was first-turn-data.test.ts)

/**
 * The build's data check (scripts/check-data.mjs) answers a few first messages after building the app, so the files a
 * start reads only on its first turns are listed as checked too, and the built program does not parse them with zod
 * during a person's first question. That works only for files read through `readDataFile`: this follows a first
 * guidance question and a first statistics question with the list recording, as the check does.
 */
describe("the files a start's first answers read", () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await buildTestApp();
  });
  afterAll(() => testApp.close());

  it('are read through the checked-data list: the command and statistics words, the short titles', async () => {
    const listed = recordCheckedData();
    await conversation(testApp).send('hva er tvangsekteskap?').startTest();
    await conversation(testApp, { locale: 'en-US' }).send('how many inquiries did the expert team get in 2021').startTest();
    const files = [...listed.keys()];
    const relative = (...parts: string[]) => path.relative(ROOT, path.join(ROOT, ...parts)).split(path.sep).join('/');
    expect(files).toEqual(
      expect.arrayContaining([
        relative('content', 'understanding', 'commands', 'nb.json'),
        relative('content', 'stats', 'stats-words.json'),
        relative('content', 'knowledge', 'short-titles.json'),
      ]),
    );
  }, 60_000);
});
