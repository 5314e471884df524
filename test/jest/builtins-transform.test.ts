import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BUILTINS, declaredBuiltins } from './builtins-transform';

/**
 * test/jest/builtins-transform.js gives each module local bindings of the built-ins it does not declare itself. It
 * finds the declared ones in one pass over the module; before, one pattern per built-in ran over the whole module
 * (the reference below), which on a clean clone cost more than swc's own transform. Both must name the same built-ins.
 */
function reference(code: string): Set<string> {
  return new Set(BUILTINS.filter((name) => new RegExp(`\\b(?:var|let|const|class|function)\\s+${name}\\b|[{,]\\s*${name}\\s*[,}]|(?<![.\\w$])${name}\\s*=(?!=)`).test(code)));
}

const sorted = (names: Set<string>): string[] => [...names].sort();

describe('the built-ins a module declares itself', () => {
  it.each([
    ['var Object = 1;', ['Object']],
    ['function Symbol() {}', ['Symbol']],
    ['class  Map extends Base {}', ['Map']],
    ['const { Map, Set } = collections;', ['Map', 'Set']],
    // The last parameter (before `)`) is not seen: the former patterns' heuristic, kept as it was.
    ['function f(a,Array,\n  JSON) {}', ['Array']],
    ['RegExp = function () {};', ['RegExp']],
    ['x.RegExp = 1; Object == y; a.Math=2;', []],
    ['$Object = 1; _Array = 2; myMap = new Map();', []],
    ['const ArrayBuffer = 1; new Array(3);', ['ArrayBuffer']],
    ['let Array = []; const buffer = new ArrayBuffer(8);', ['Array']],
    ['const Uint8Array2 = 1; var Intl\n= {};', ['Intl']],
    ['if (Number === x) { y(); }', []],
    ['if (x) { String }', ['String']],
    ['{ Boolean }', ['Boolean']],
    ['return Math.max(1, 2) + Reflect.ownKeys({}).length;', []],
  ])('%j declares %j', (code, names) => {
    expect(sorted(declaredBuiltins(code))).toEqual([...names].sort());
    expect(sorted(declaredBuiltins(code))).toEqual(sorted(reference(code)));
  });

  it('names what the former patterns named on modules that declare some (eld, zod, the statistics words)', () => {
    const root = path.join(__dirname, '..', '..');
    const files = [
      'node_modules/eld/src/languageDetector.js',
      'node_modules/eld/src/LanguageResult.js',
      'node_modules/zod/v4/core/compile.cjs',
      'node_modules/zod/v4/core/regexes.cjs',
      'src/stats/answers/stats-words.ts',
      'test/jest/builtins-transform.js',
    ];
    for (const file of files) {
      const code = readFileSync(path.join(root, file), 'utf8');
      expect([file, sorted(declaredBuiltins(code))]).toEqual([file, sorted(reference(code))]);
      expect(declaredBuiltins(code).size).toBeGreaterThan(0);
    }
  });
});
