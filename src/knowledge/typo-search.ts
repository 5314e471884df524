/** Which letters (UTF-16 units, folded into 32 buckets) a word has. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A `TypoSearch`'s tables (see its fields), worked out from its words. */
export interface TypoLayout {
  readonly byLength: Uint32Array;
  readonly lengthStarts: Uint32Array;
  readonly masks: Int32Array;
}

/** The tables of a `TypoSearch` over `words` (in its order). */
export function typoLayout(words: readonly string[]): TypoLayout {
  const longest = words.reduce((most, word) => Math.max(most, word.length), 0);
  const counts = new Uint32Array(longest + 2);
  for (const word of words) counts[word.length + 1] = (counts[word.length + 1] ?? 0) + 1;
  for (let n = 1; n < counts.length; n++) counts[n] = (counts[n] ?? 0) + (counts[n - 1] ?? 0);
  const lengthStarts = counts.slice();
  const next = counts.slice(0, -1);
  const byLength = new Uint32Array(words.length);
  const masks = new Int32Array(words.length);
  words.forEach((word, w) => {
    const at = next[word.length] ?? 0;
    next[word.length] = at + 1;
    byLength[at] = w;
    masks[at] = letterMask(word);
  });
  return { byLength, lengthStarts, masks };
}

/**
 * The words of a vocabulary within a few typos of a question term: what minisearch's `SearchableMap.fuzzyGet` gives
 * (the same words, the same Levenshtein distances over UTF-16 units, in the same order), found faster. `fuzzyGet` walks
 * the radix tree with a Levenshtein row per letter and can prune only once two or three letters differ, so it
 * visits most of a family's ~1,000 words for every new question word: a quarter of reading a new message, eleven
 * families over. Here two checks that never reject a match come first, then the distance itself:
 * - the lengths differ by at most the distance;
 * - a letter of one word that the other lacks takes an edit of its own, so each word has at most `maxDistance`
 *   letter buckets the other lacks.
 * The words are filed by length, so a search looks only at the lengths within the distance (a fifth to a third of a
 * vocabulary) instead of testing every word's length; what it finds is put back in the vocabulary's order.
 * test/knowledge/typo-search.test.ts checks it against `fuzzyGet` on every family's vocabulary.
 */
export class TypoSearch {
  private readonly words: readonly string[];
  /** The words' numbers by length, shortest first (in the vocabulary's order within a length)… */
  private readonly byLength: Uint32Array;
  /** …where each length's run starts in it (`lengthStarts[n]` to `lengthStarts[n + 1]`: the words of length n)… */
  private readonly lengthStarts: Uint32Array;
  /** …and the letter masks in the same order. */
  private readonly masks: Int32Array;
  /** Two Levenshtein rows, reused by every search (a search never runs inside another). */
  private previous = new Uint8Array(64);
  private current = new Uint8Array(64);

  /**
   * `words`: the vocabulary in the order `fuzzyGet` reports it (a depth-first walk of the tree; `keys()` walks it
   * backwards); `layout`: its tables as `typoLayout` makes them (the build writes them), else made here.
   */
  constructor(words: readonly string[], layout: TypoLayout = typoLayout(words)) {
    this.words = words;
    this.byLength = layout.byLength;
    this.lengthStarts = layout.lengthStarts;
    this.masks = layout.masks;
  }

  /** Every word within `maxDistance` edits of `term`, with its distance, in `fuzzyGet`'s order. */
  within(term: string, maxDistance: number): Array<readonly [string, number]> {
    const numbers: number[] = [];
    const distances: number[] = [];
    let lengthsFound = 0;
    const mask = letterMask(term);
    const { words, masks, byLength, lengthStarts } = this;
    const last = Math.min(term.length + maxDistance, lengthStarts.length - 2);
    for (let length = Math.max(0, term.length - maxDistance); length <= last; length++) {
      const before = numbers.length;
      for (let k = lengthStarts[length] ?? 0, end = lengthStarts[length + 1] ?? 0; k < end; k++) {
        const other = masks[k] as number;
        if (bitCount(other & ~mask) > maxDistance || bitCount(mask & ~other) > maxDistance) continue;
        const w = byLength[k] as number;
        const distance = this.distance(term, words[w] as string, maxDistance);
        if (distance <= maxDistance) {
          numbers.push(w);
          distances.push(distance);
        }
      }
      if (numbers.length > before) lengthsFound++;
    }
    // Within a length the words come in the vocabulary's order; across lengths, put back in it.
    const order = numbers.map((_, i) => i);
    if (lengthsFound > 1) order.sort((a, b) => (numbers[a] as number) - (numbers[b] as number));
    return order.map((i) => [words[numbers[i] as number] as string, distances[i] as number] as const);
  }

  /** The Levenshtein distance of `a` and `b`, or more than `max` as soon as it must be. */
  private distance(a: string, b: string, max: number): number {
    const n = a.length;
    if (this.previous.length <= n) {
      this.previous = new Uint8Array(n + 1);
      this.current = new Uint8Array(n + 1);
    }
    let previous = this.previous;
    let current = this.current;
    for (let j = 0; j <= n; j++) previous[j] = Math.min(j, 255);
    for (let i = 1; i <= b.length; i++) {
      const char = b.charCodeAt(i - 1);
      current[0] = Math.min(i, 255);
      let rowMin = current[0] as number;
      for (let j = 1; j <= n; j++) {
        const substitute = (previous[j - 1] as number) + (a.charCodeAt(j - 1) === char ? 0 : 1);
        const remove = (previous[j] as number) + 1;
        const insert = (current[j - 1] as number) + 1;
        const value = Math.min(substitute, remove, insert, 255);
        current[j] = value;
        if (value < rowMin) rowMin = value;
      }
      if (rowMin > max) return max + 1;
      [previous, current] = [current, previous];
    }
    return previous[n] as number;
  }
}
