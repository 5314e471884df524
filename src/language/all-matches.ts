/**
 * Every match of a global pattern in a text, as `[...text.matchAll(pattern)]` gives them, found with the pattern
 * object itself. `matchAll` works on a copy of the pattern, and V8 compiles a copy anew whenever its compilation
 * cache has let the source go, which each full garbage collection does for sources not used since the one before:
 * under load, a new message paid ~0.5–2 ms to compile each of the two-needs boundaries again (word classes of
 * every script, case-insensitive). The pattern's own compiled code is kept with it.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    // An empty match would be found again at the same place: step past it (a whole code point with the u flag).
    if (match[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  pattern.lastIndex = 0;
  return found;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
