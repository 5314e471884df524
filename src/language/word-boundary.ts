import { builtWordBoundarySource, noteWordBoundarySource } from './word-boundary-sources';

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
  const result = new RegExp(unicodeWordsSource(pattern.source), flags);
  if (!stateful) made.set(key, result);
  return result;
}

/** The source `unicodeWords` makes its pattern of (exported for the tests). */
export function unicodeWordsSource(source: string): string {
  // The built program takes the sources its build's check worked out (language/word-boundary-sources.ts).
  const built = builtWordBoundarySource(source);
  if (built !== undefined) return built;
  const result = workOutSource(source);
  noteWordBoundarySource(source, result);
  return result;
}

function workOutSource(source: string): string {
  let tree: Node[][];
  try {
    tree = parse(source);
  } catch {
    // A pattern this reader does not follow keeps the full boundary at every \b: the same matches, only slower to make.
    // Escapes are read pairwise, so "\\b" (a backslash, then b) stays what it is.
    return source.replace(/\\[\s\S]/gu, (escape) => (escape === '\\b' ? BOUNDARY : escape));
  }
  const factored = factorAlternatives(tree);
  const sides = new Map<Node[], Map<number, string>>();
  decide(factored, sides);
  return alternation(factored, sides);
}

/** One atom of a pattern, with its quantifier (`''` when it has none). */
type Node =
  | { readonly kind: 'char'; readonly text: string; readonly word: boolean; readonly quantifier: string }
  | { readonly kind: 'escape'; readonly text: string; readonly quantifier: string }
  | { readonly kind: 'class'; readonly text: string; readonly word: boolean; readonly quantifier: string }
  | { readonly kind: 'group'; readonly head: string; readonly consumes: boolean; readonly alternatives: Node[][]; readonly quantifier: string };

/**
 * What a node or a run of nodes matches at one end: `word` — at least one character, and the one at that end is
 * always a word character; `maybe` — possibly nothing, and when something, a word character at that end; `unknown`.
 */
type End = 'word' | 'maybe' | 'unknown';

/** Escapes that always match one word character, and the zero-width ones. */
const WORD_ESCAPES = new Set(['\\d', '\\p{L}', '\\p{N}', '\\p{M}']);
const ZERO_WIDTH_ESCAPES = new Set(['\\b', '\\B']);
/** A character class of word characters and ranges of them (no negation, no other escapes). */
const WORD_CLASS = /^\[(?:[\p{L}\p{M}\p{N}_](?:-[\p{L}\p{M}\p{N}_])?|\\p\{[LMN]\}|\\d)+\]$/u;
/** The ranges of a class `WORD_CLASS` accepts, e.g. "a-z", "1-9". */
const CLASS_RANGE = /([\p{L}\p{M}\p{N}_])-([\p{L}\p{M}\p{N}_])/gu;
/** Ranges longer than this are not looked through (none of ours is: a-z, 0-9). */
const LONGEST_RANGE = 0x400;

/** Whether a character class matches only word characters: every character of every range is one. */
function wordClass(text: string): boolean {
  if (!WORD_CLASS.test(text)) return false;
  for (const [, from, to] of text.matchAll(CLASS_RANGE)) {
    const first = (from as string).codePointAt(0) as number;
    const last = (to as string).codePointAt(0) as number;
    if (last - first > LONGEST_RANGE) return false;
    for (let code = first; code <= last; code++) if (!IS_WORD.test(String.fromCodePoint(code))) return false;
  }
  return true;
}

/** A pattern's source as a tree: its alternatives, each a run of atoms. Throws on what it does not read. */
function parse(source: string): Node[][] {
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
        const text = escape();
        node = { kind: 'escape', text, quantifier: quantifier() };
      } else if (c === '[') {
        const start = i;
        i++;
        while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        if (i >= source.length) fail();
        i++;
        const text = source.slice(start, i);
        node = { kind: 'class', text, word: wordClass(text), quantifier: quantifier() };
      } else if (c === '(') {
        const head = /^\((?:\?(?::|=|!|<=|<!|<[\p{L}\p{N}_$]+>))?/u.exec(source.slice(i)) ?? fail();
        i += head[0].length;
        const consumes = !/^\(\?(?:=|!|<=|<!)/u.test(head[0]);
        const inner = sequence();
        if (source[i] !== ')') fail();
        i++;
        node = { kind: 'group', head: head[0], consumes, alternatives: inner, quantifier: quantifier() };
      } else if ('*+?{'.includes(c)) {
        return fail();
      } else {
        const char = String.fromCodePoint(source.codePointAt(i) as number);
        i += char.length;
        node = { kind: 'char', text: char, word: !'^$.'.includes(char) && IS_WORD.test(char), quantifier: quantifier() };
      }
      (alternatives[alternatives.length - 1] as Node[]).push(node);
    }
    return alternatives;
  };
  const tree = sequence();
  if (i !== source.length) fail();
  return tree;
}

/** A `\b` standing alone (not quantified): one that the alternatives around it can share. */
const isBoundary = (node: Node | undefined): boolean => node !== undefined && node.kind === 'escape' && node.text === '\\b' && node.quantifier === '';
const BOUNDARY_NODE: Node = { kind: 'escape', text: '\\b', quantifier: '' };
const group = (alternatives: Node[][]): Node => ({ kind: 'group', head: '(?:', consumes: true, alternatives, quantifier: '' });

/**
 * The alternatives with the `\b` that neighbouring alternatives begin or end with written once for them:
 * `\bx|\by` as `\b(?:x|y)`, `x\b|y\b` as `(?:x|y)\b`. A boundary asserts something about one position, the same
 * for every alternative tried there, and the alternatives keep their order, so the pattern matches exactly what it
 * did, captures included; a list of n words bounded on both sides builds the property classes of 2 boundaries instead
 * of 2n. Groups inside are factored too.
 */
function factorAlternatives(alternatives: readonly Node[][]): Node[][] {
  const inner = alternatives.map((nodes) => nodes.map((node) => (node.kind === 'group' ? { ...node, alternatives: factorAlternatives(node.alternatives) } : node)));
  const leading = runs(
    inner,
    (nodes) => isBoundary(nodes[0]),
    (run) => [BOUNDARY_NODE, group(shareEnds(run.map((nodes) => nodes.slice(1))))],
  );
  return shareEnds(leading);
}

/** Each run of neighbouring alternatives that end in a `\b` as one: `(?:x|y)\b`. */
function shareEnds(alternatives: readonly Node[][]): Node[][] {
  return runs(
    alternatives,
    (nodes) => isBoundary(nodes[nodes.length - 1]),
    (run) => [group(run.map((nodes) => nodes.slice(0, -1))), BOUNDARY_NODE],
  );
}

/** The alternatives with each run of two or more neighbours that `belongs` replaced by the one `merge` makes of them. */
function runs(alternatives: readonly Node[][], belongs: (nodes: readonly Node[]) => boolean, merge: (run: readonly Node[][]) => Node[]): Node[][] {
  const result: Node[][] = [];
  let run: Node[][] = [];
  const flush = (): void => {
    if (run.length > 1) result.push(merge(run));
    else result.push(...run);
    run = [];
  };
  for (const nodes of alternatives) {
    if (belongs(nodes)) {
      run.push(nodes);
      continue;
    }
    flush();
    result.push(nodes);
  }
  flush();
  return result;
}

const optional = (node: Node): boolean => /^(?:[?*]|\{0[,}])/u.test(node.quantifier);

/** The end of one node, `first` or `last`. */
function nodeEnd(node: Node, end: 'first' | 'last'): End {
  if ((node.kind === 'escape' && ZERO_WIDTH_ESCAPES.has(node.text)) || (node.kind === 'group' && !node.consumes)) return 'maybe';
  let own: End;
  if (node.kind === 'char' || node.kind === 'class') own = node.word ? 'word' : 'unknown';
  else if (node.kind === 'escape') own = WORD_ESCAPES.has(node.text) ? 'word' : 'unknown';
  else {
    const ends = node.alternatives.map((a) => runEnd(a, end));
    own = ends.includes('unknown') ? 'unknown' : ends.includes('maybe') ? 'maybe' : 'word';
  }
  return own === 'word' && optional(node) ? 'maybe' : own;
}

/** The end of a run of nodes: from its last node backwards (`last`) or its first forwards (`first`). */
function runEnd(nodes: readonly Node[], end: 'first' | 'last'): End {
  const ordered = end === 'first' ? nodes : [...nodes].reverse();
  for (const node of ordered) {
    const own = nodeEnd(node, end);
    if (own !== 'maybe') return own;
  }
  return 'maybe';
}

/**
 * For each `\b` next to atoms that always start (after it) or end (before it) with a word character, the one-sided
 * assertion that is equivalent there. Any `\b` it is not sure of (beside a group that may match other characters)
 * gets none and keeps the full boundary.
 */
function decide(alternatives: readonly Node[][], sides: Map<Node[], Map<number, string>>): void {
  for (const nodes of alternatives) {
    nodes.forEach((node, k) => {
      if (node.kind === 'group') decide(node.alternatives, sides);
      if (!isBoundary(node)) return;
      const side = runEnd(nodes.slice(k + 1), 'first') === 'word' ? BEFORE_WORD : runEnd(nodes.slice(0, k), 'last') === 'word' ? AFTER_WORD : undefined;
      if (side === undefined) return;
      const ofRun = sides.get(nodes) ?? new Map<number, string>();
      ofRun.set(k, side);
      sides.set(nodes, ofRun);
    });
  }
}

/** The tree written out as a pattern source, each `\b` as `decide` chose. */
function alternation(alternatives: readonly Node[][], sides: ReadonlyMap<Node[], ReadonlyMap<number, string>>): string {
  return alternatives
    .map((nodes) =>
      nodes
        .map((node, k) => {
          if (node.kind === 'group') return `${node.head}${alternation(node.alternatives, sides)})${node.quantifier}`;
          if (isBoundary(node)) return sides.get(nodes)?.get(k) ?? BOUNDARY;
          return `${node.text}${node.quantifier}`;
        })
        .join(''),
    )
    .join('|');
}
