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

/*
 * A name the module declares itself, in one of three shapes: `var|let|const|class|function NAME`, `{ …, NAME, … }`
 * (a destructuring or a parameter list), `NAME = …` (not `==`, not a property `x.NAME =`). The module is scanned once
 * for the names at a word start (CANDIDATE), and each occurrence is tested for the three shapes where it stands (the
 * sticky patterns below). This is what one pattern per name, each run over the whole module, found (`\bvar…\s+NAME\b|
 * [{,]\s*NAME\s*[,}]|(?<![.\w$])NAME\s*=(?!=)`): the same names on every file the suite transforms, in ~1/30 of the
 * time, which on a clean clone (no transform cache) cost more than swc itself (docs/performance.md § Tests, sixteenth
 * pass).
 */
const CANDIDATE = new RegExp(`(?<![\\w$.])(?:${BUILTINS.join('|')})\\b`, 'g');
const DECLARED_BEFORE = /(?<=\b(?:var|let|const|class|function)\s+)/y;
const LISTED_BEFORE = /(?<=[{,]\s*)/y;
const LISTED_AFTER = /\s*[,}]/y;
const ASSIGNED_AFTER = /\s*=(?!=)/y;

/**
 * @param {RegExp} sticky
 * @param {string} code
 * @param {number} at
 */
function holdsAt(sticky, code, at) {
  sticky.lastIndex = at;
  return sticky.test(code);
}

/** The built-ins `code` declares itself (see above). @param {string} code */
function declaredBuiltins(code) {
  /** @type {Set<string>} */
  const declared = new Set();
  for (const match of code.matchAll(CANDIDATE)) {
    const name = match[0];
    const start = match.index;
    const end = start + name.length;
    if (declared.has(name)) continue;
    if (holdsAt(DECLARED_BEFORE, code, start) || (holdsAt(LISTED_BEFORE, code, start) && holdsAt(LISTED_AFTER, code, end)) || holdsAt(ASSIGNED_AFTER, code, end)) declared.add(name);
  }
  return declared;
}

/** @param {string} code */
function withLocalBuiltins(code) {
  const declared = declaredBuiltins(code);
  const names = BUILTINS.filter((name) => !declared.has(name));
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

module.exports = { createTransformer, declaredBuiltins, BUILTINS };
