/**
 * The build's data names the code that made it by the bytes of that code's files (compiled phrases, index terms). The
 * bundled program cannot find them with `require.resolve('./…')`, so they are named from src/ (src/paths/code-file.ts).
 */
import path from 'node:path';
import { codeFile, codeFilesPresent, RUNNING_SOURCES } from '../../src/paths/code-file';
import { contentPath } from '../../src/paths/content-root';

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
