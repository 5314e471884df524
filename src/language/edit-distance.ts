/**
 * Three rows of the alignment table, reused by every call: a call needs only the row before and the one before that
 * (for a swap), and allocating a table of arrays per call was a large part of a new message's garbage (the country
 * names' typo search asks ~20 words of every long token). Calls never overlap (synchronous, no callbacks).
 */
let before = new Int32Array(32);
let previous = new Int32Array(32);
let current = new Int32Array(32);

/**
 * Whether two words are at most `max` edits apart, by optimal string alignment: a letter changed, added or removed,
 * or two neighbours swapped, each one edit ("drpee" → "drepe", "Somlia" → "Somalia"). Stops as soon as every cell of
 * a row exceeds `max`. Used for typos in the danger words and in country names.
 */
export function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  // Every letter of `a` removed: within reach by the check above (the rows below would have no cell to fill).
  if (b.length === 0) return true;
  const rows = a.length + 1;
  const cols = b.length + 1;
  if (current.length < cols) {
    before = new Int32Array(cols * 2);
    previous = new Int32Array(cols * 2);
    current = new Int32Array(cols * 2);
  }
  // Row 0: j edits from the empty word.
  for (let j = 0; j < cols; j++) current[j] = j;
  for (let i = 1; i < rows; i++) {
    // Rotate: the row before last, the last row, and a row to fill.
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
    current[0] = i;
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      // Optimal string alignment: two neighbours swapped ("drpee" → "drepe") count as one edit.
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) v = Math.min(v, (before[j - 2] as number) + 1);
      current[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return false;
  }
  return (current[cols - 1] as number) <= max;
}
