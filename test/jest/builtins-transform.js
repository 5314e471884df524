// @ts-check
/**
 * Jest runs every test file in a `vm` context. There, each read of a global (`Math`, `Object`, `Map` …) goes through
 * the context's interceptor instead of V8's fast global lookup, which made hot loops (minisearch's fuzzy matching,
 * the snowball stemmers' getters, our own matchers) three to four times slower than under node: a test file that
 * reads the evaluation questions spent most of its time there (docs/performance.md § Tests).
 *
 * This transform gives each module local bindings of the context's own built-ins, inserted after the directive
 * prologue on the first line (line numbers stay as they are): the same objects, read once per module. Globals that
 * tests replace (timers, `Date`, `performance`, `process`) are left alone, and so is a name the module declares itself.
 * TypeScript and the ESM-only packages go through @swc/jest first, as before.
 */
const crypto = require('node:crypto');
const { readFileSync } = require('node:fs');
const swcJest = require('@swc/jest');

const BUILTINS = [
  'Object', 'Array', 'Math', 'Map', 'Set', 'WeakMap', 'WeakSet', 'String', 'Number', 'Boolean', 'Symbol', 'RegExp',
  'JSON', 'Reflect', 'Intl', 'Uint8Array', 'Uint16Array', 'Uint32Array', 'Int32Array', 'Float64Array', 'ArrayBuffer',
];

const DIRECTIVES = /^(?:#![^\n]*\n)?(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(?:(['"])use strict\1;?)?/;

/** @param {string} code */
function withLocalBuiltins(code) {
  const names = BUILTINS.filter((name) => !new RegExp(`\\b(?:var|let|const|class|function)\\s+${name}\\b|[{,]\\s*${name}\\s*[,}]|(?<![.\\w$])${name}\\s*=(?!=)`).test(code));
  if (names.length === 0) return code;
  const prologue = DIRECTIVES.exec(code)?.[0] ?? '';
  const end = /use strict['"]$/.test(prologue) ? ';' : '';
  return `${prologue}${end}var ${names.map((name) => `${name} = globalThis.${name}`).join(', ')};${code.slice(prologue.length)}`;
}

const SELF = crypto.createHash('sha1').update(readFileSync(__filename)).digest('hex');

/** @param {Record<string, unknown>} swcOptions */
function createTransformer(swcOptions) {
  const swc = swcJest.createTransformer(swcOptions);
  return {
    /**
     * @param {string} src
     * @param {string} filename
     * @param {any} options
     */
    process(src, filename, options) {
      if (/\.(?:t|mj)s$/.test(filename) || /\/node_modules\/(?:lowdb|steno|eld)\//.test(filename)) {
        const out = swc.process(src, filename, options);
        return { ...out, code: withLocalBuiltins(out.code) };
      }
      return { code: withLocalBuiltins(src) };
    },
    /**
     * @param {string} src
     * @param {string} filename
     * @param {any[]} rest
     */
    getCacheKey(src, filename, ...rest) {
      return crypto.createHash('sha1').update(SELF).update(swc.getCacheKey(src, filename, ...rest)).digest('hex');
    },
  };
}

module.exports = { createTransformer };
