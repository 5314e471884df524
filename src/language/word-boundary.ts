/**
 * Word boundaries for every script. JavaScript's `\b` knows only ASCII letters, even with the u flag: it finds a
 * boundary inside "søkt" (between ø and k, so /\bkt\b/ matches it) and none after "bistå" (so /\bbistå\b/ never
 * matches "bistå "). `unicodeWords` gives a pattern written with `\b` the boundary a reader means: between a letter,
 * mark, digit or underscore of any script and anything else.
 */

/**
 * A word character, written as alternatives rather than one class: V8 builds each `\p{…}` when a pattern is made, and
 * merging three of them into one class costs it three to four times as much as trying them in turn (same matches).
 */
const WORD = '(?:\\p{L}|\\p{M}|\\p{N}|_)';
const BOUNDARY = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;
/**
 * A boundary next to a character the pattern surely matches as a word character needs only the other side: before
 * one, "no word character behind"; after one, "no word character ahead". Same matches, and a quarter of the Unicode
 * property classes: V8 builds every `\p{…}` of a pattern anew when the pattern is made (~0.1–0.3 ms each), which was
 * ~0.5 s of the start-up CPU for the statistics grammar's ~110 patterns.
 */
const BEFORE_WORD = `(?<!${WORD})`;
const AFTER_WORD = `(?!${WORD})`;
const IS_WORD = /^[\p{L}\p{M}\p{N}_]$/u;

/** Patterns made so far, by flags and source: a pattern written inside a function is made once, not per message. */
const made = new Map<string, RegExp>();

/**
 * `pattern` with every `\b` read as a boundary between words of any script, always with the u flag. A global or
 * sticky pattern keeps its position between calls, so each call makes its own; any other is made once and shared.
 */
export function unicodeWords(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`;
  const stateful = pattern.global || pattern.sticky;
  const key = `${flags}/${pattern.source}`;
  const known = stateful ? undefined : made.get(key);
  if (known) return known;
  const sides = boundarySides(pattern.source);
  // Escapes are read pairwise, so "\\b" (a backslash, then b) stays what it is.
  const source = pattern.source.replace(/\\[\s\S]/gu, (escape, offset: number) => (escape === '\\b' ? (sides.get(offset) ?? BOUNDARY) : escape));
  const result = new RegExp(source, flags);
  if (!stateful) made.set(key, result);
  return result;
}

/** One atom of a pattern, with its quantifier (`''` when it has none). */
type Node =
  | { readonly kind: 'char'; readonly word: boolean; quantifier: string }
  | { readonly kind: 'escape'; readonly text: string; readonly at: number; quantifier: string }
  | { readonly kind: 'class'; readonly word: boolean; quantifier: string }
  | { readonly kind: 'group'; readonly consumes: boolean; readonly alternatives: Node[][]; quantifier: string };

/**
 * What a node or a run of nodes matches at one end: `word` — at least one character, and the one at that end is
 * always a word character; `maybe` — possibly nothing, and when something, a word character at that end; `unknown`.
 */
type End = 'word' | 'maybe' | 'unknown';

/** Escapes that always match one word character, and the zero-width ones. */
const WORD_ESCAPES = new Set(['\\d', '\\p{L}', '\\p{N}', '\\p{M}']);
const ZERO_WIDTH_ESCAPES = new Set(['\\b', '\\B']);
/** A character class of word characters only (no ranges, no negation). */
const WORD_CLASS = /^\[(?:[\p{L}\p{M}\p{N}_]|\\p\{[LMN]\}|\\d)+\]$/u;

/**
 * For each `\b` (by its offset in `source`) next to atoms that always end (before it) or start (after it) with a word
 * character, the one-sided assertion that is equivalent there. Any `\b` it is not sure of (inside a character class,
 * beside a group that may match other characters, a pattern it cannot read) gets none and keeps the full boundary.
 */
function boundarySides(source: string): Map<number, string> {
  const sides = new Map<number, string>();
  let i = 0;
  const fail = (): never => {
    throw new SyntaxError('unread pattern');
  };
  const quantifier = (): string => {
    const match = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/u.exec(source.slice(i));
    if (!match) return '';
    i += match[0].length;
    return match[0];
  };
  const escape = (): string => {
    const start = i;
    const next = source[i + 1] ?? fail();
    i += 2;
    if ((next === 'p' || next === 'P' || next === 'u') && source[i] === '{') i = source.indexOf('}', i) + 1 || fail();
    else if (next === 'k' && source[i] === '<') i = source.indexOf('>', i) + 1 || fail();
    else if (next === 'u') i += 4;
    else if (next === 'x') i += 2;
    else if (next === 'c') i += 1;
    return source.slice(start, i);
  };
  const sequence = (): Node[][] => {
    const alternatives: Node[][] = [[]];
    while (i < source.length) {
      const c = source[i] as string;
      if (c === ')') break;
      if (c === '|') {
        i++;
        alternatives.push([]);
        continue;
      }
      let node: Node;
      if (c === '\\') {
        const at = i;
        node = { kind: 'escape', text: escape(), at, quantifier: '' };
      } else if (c === '[') {
        const start = i;
        i++;
        while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        if (i >= source.length) fail();
        i++;
        node = { kind: 'class', word: WORD_CLASS.test(source.slice(start, i)), quantifier: '' };
      } else if (c === '(') {
        const head = /^\((?:\?(?::|=|!|<=|<!|<[\p{L}\p{N}_$]+>))?/u.exec(source.slice(i)) ?? fail();
        i += head[0].length;
        const consumes = !/^\(\?(?:=|!|<=|<!)/u.test(head[0]);
        const inner = sequence();
        if (source[i] !== ')') fail();
        i++;
        node = { kind: 'group', consumes, alternatives: inner, quantifier: '' };
      } else if ('*+?{'.includes(c)) {
        return fail();
      } else {
        const char = String.fromCodePoint(source.codePointAt(i) as number);
        i += char.length;
        node = { kind: 'char', word: !'^$.'.includes(char) && IS_WORD.test(char), quantifier: '' };
      }
      node.quantifier = quantifier();
      (alternatives[alternatives.length - 1] as Node[]).push(node);
    }
    return alternatives;
  };
  const optional = (node: Node): boolean => /^(?:[?*]|\{0[,}])/u.test(node.quantifier);
  /** The end of one node, `first` or `last`. */
  const nodeEnd = (node: Node, end: 'first' | 'last'): End => {
    if ((node.kind === 'escape' && ZERO_WIDTH_ESCAPES.has(node.text)) || (node.kind === 'group' && !node.consumes)) return 'maybe';
    let own: End;
    if (node.kind === 'char' || node.kind === 'class') own = node.word ? 'word' : 'unknown';
    else if (node.kind === 'escape') own = WORD_ESCAPES.has(node.text) ? 'word' : 'unknown';
    else {
      const ends = node.alternatives.map((a) => runEnd(a, end));
      own = ends.includes('unknown') ? 'unknown' : ends.includes('maybe') ? 'maybe' : 'word';
    }
    return own === 'word' && optional(node) ? 'maybe' : own;
  };
  /** The end of a run of nodes: from its last node backwards (`last`) or its first forwards (`first`). */
  const runEnd = (nodes: readonly Node[], end: 'first' | 'last'): End => {
    const ordered = end === 'first' ? nodes : [...nodes].reverse();
    for (const node of ordered) {
      const own = nodeEnd(node, end);
      if (own !== 'maybe') return own;
    }
    return 'maybe';
  };
  const decide = (alternatives: Node[][]): void => {
    for (const nodes of alternatives) {
      nodes.forEach((node, k) => {
        if (node.kind === 'group') decide(node.alternatives);
        if (node.kind !== 'escape' || node.text !== '\\b' || node.quantifier !== '') return;
        if (runEnd(nodes.slice(k + 1), 'first') === 'word') sides.set(node.at, BEFORE_WORD);
        else if (runEnd(nodes.slice(0, k), 'last') === 'word') sides.set(node.at, AFTER_WORD);
      });
    }
  };
  try {
    const tree = sequence();
    if (i !== source.length) fail();
    decide(tree);
    return sides;
  } catch {
    // A pattern this reader does not follow keeps the full boundary at every \b: the same matches, only slower to make.
    return new Map();
  }
}
