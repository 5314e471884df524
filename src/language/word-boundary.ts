/**
 * Word boundaries for every script. JavaScript's `\b` knows only ASCII letters, even with the u flag: it finds a
 * boundary inside "søkt" (between ø and k, so /\bkt\b/ matches it) and none after "bistå" (so /\bbistå\b/ never
 * matches "bistå "). `unicodeWords` gives a pattern written with `\b` the boundary a reader means: between a letter,
 * mark, digit or underscore of any script and anything else.
 */

const WORD = '[\\p{L}\\p{M}\\p{N}_]';
const BOUNDARY = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

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
  // Escapes are read pairwise, so "\\b" (a backslash, then b) stays what it is.
  const source = pattern.source.replace(/\\[\s\S]/gu, (escape) => (escape === '\\b' ? BOUNDARY : escape));
  const result = new RegExp(source, flags);
  if (!stateful) made.set(key, result);
  return result;
}
