/** The phrases added, before `freeze`: each one's leading words as word numbers, one phrase after the other. */
interface Pending {
  /** Phrase i's words are `words[starts[i]…starts[i + 1]]` (the last up to the end). */
  readonly starts: number[];
  readonly words: number[];
  readonly entries: number[];
}

/** The trie as numbers: node n's next words are `childWord[childStart[n]…childStart[n + 1]]`, word numbers ascending. */
export interface Frozen {
  readonly childStart: Uint32Array;
  readonly childWord: Uint32Array;
  readonly childNode: Uint32Array;
  /** Node n's phrases are `here[hereStart[n]…hereStart[n + 1]]`, sequence numbers ascending. */
  readonly hereStart: Uint32Array;
  readonly here: Uint32Array;
  /** Each sequence number's entry. */
  readonly entries: Uint32Array;
}

const NONE: readonly number[] = Object.freeze([]);

/** A laid-out trie as data (what the build writes, see compiled-phrases.ts): its words by number and its arrays. */
export interface LaidOutTrie extends Frozen {
  readonly words: readonly string[];
}

/**
 * Cue phrases that start with a word, by their leading words. A token used to meet every phrase that starts with it:
 * "jeg", "i" or "я" start thousands of role phrases ("jeg er lærer", "jeg jobber som helsesykepleier" …), each tried
 * on every message that has the word. Here a token meets only the phrases whose leading words are the message's next
 * words, and the reader's matching still decides each one, so the result is the same, found with a few look-ups.
 *
 * Kept as six number arrays and one Map of the words (a node object, a Map or an array per node for ~50,000 nodes
 * were a third of the readers' memory): the phrases are added, then `freeze` sorts them by their words and lays the
 * trie out, each node's next words in one stretch of an array, found by a binary search.
 */
export class PhraseTrie {
  /** Every word the phrases start with, by number. */
  private readonly words = new Map<string, number>();
  private pending: Pending | undefined = { starts: [], words: [], entries: [] };
  private frozen: Frozen | undefined;

  /**
   * A trie laid out before (by `laidOut` of a trie with the same phrases added), without adding and sorting them again.
   * The arrays are checked to fit together, so a damaged file cannot make a look-up read past them; with `checks:
   * 'shape'` (arrays the build checked whole, vouched for by a digest: compiled-phrases.ts) only their lengths are.
   */
  static restore(data: LaidOutTrie, checks: 'all' | 'shape' = 'all'): PhraseTrie {
    const { words, childStart, childWord, childNode, hereStart, here, entries } = data;
    const nodes = hereStart.length - 1;
    const fits =
      nodes >= 1 &&
      childStart.length === nodes + 1 &&
      childStart[nodes] === childWord.length &&
      childNode.length === childWord.length &&
      hereStart[nodes] === here.length &&
      (checks === 'shape' ||
        (ascending(childStart) &&
          ascending(hereStart) &&
          childWord.every((w) => w < words.length) &&
          childNode.every((n) => n > 0 && n < nodes) &&
          here.every((seq) => seq < entries.length)));
    if (!fits) throw new Error('the laid-out trie does not add up');
    const trie = new PhraseTrie();
    words.forEach((word, id) => trie.words.set(word, id));
    if (trie.words.size !== words.length) throw new Error('the laid-out trie names a word twice');
    trie.pending = undefined;
    trie.frozen = { childStart, childWord, childNode, hereStart, here, entries };
    return trie;
  }

  /** The trie as data, laid out (see `restore`). */
  laidOut(): LaidOutTrie {
    return { words: [...this.words.keys()], ...this.freeze() };
  }

  /**
   * A phrase by its leading plain words (at least one: what comes after them is the matcher's), with its entry (a
   * phrase number). Entries come back in the order added.
   */
  add(leadingWords: readonly string[], entry: number): void {
    if (leadingWords.length === 0) throw new Error('a phrase in the trie starts with a word');
    if (!this.pending) throw new Error('the trie is not added to after its first look-up');
    this.pending.starts.push(this.pending.words.length);
    for (const word of leadingWords) {
      let id = this.words.get(word);
      if (id === undefined) this.words.set(word, (id = this.words.size));
      this.pending.words.push(id);
    }
    this.pending.entries.push(entry);
  }

  /** The entries that could match at token `at` (their leading words are the tokens from `at` on), in the order added. */
  candidates(tokens: readonly string[], at: number): readonly number[] {
    const t = this.frozen ?? this.freeze();
    let node = this.childOf(t, 0, tokens[at]);
    if (node < 0) return NONE;
    let found: number[] | undefined;
    let lists = 0;
    for (let i = at + 1; node >= 0; i++) {
      const from = t.hereStart[node] ?? 0;
      const to = t.hereStart[node + 1] ?? 0;
      if (to > from) {
        found ??= [];
        for (let k = from; k < to; k++) found.push(t.here[k] ?? 0);
        lists += 1;
      }
      node = i < tokens.length ? this.childOf(t, node, tokens[i]) : -1;
    }
    if (!found) return NONE;
    if (lists > 1) found.sort((a, b) => a - b);
    for (let k = 0; k < found.length; k++) found[k] = t.entries[found[k] ?? 0] ?? 0;
    return found;
  }

  /**
   * Lays the trie out as arrays (the first look-up does it if nothing did before; a reader calls it once it has added
   * every phrase). The phrases sorted by their words (equal ones in the order added) make a node of each run of
   * phrases that share their first words; nodes are numbered in the order they are made, and each node's phrases and
   * next words are written when it is made, so every node's stretch of `here` and of the child arrays follows the one
   * before.
   */
  freeze(): Frozen {
    if (this.frozen) return this.frozen;
    const { starts, words, entries } = this.pending ?? { starts: [], words: [], entries: [] };
    const count = entries.length;
    const end = (seq: number) => (seq + 1 < count ? (starts[seq + 1] ?? 0) : words.length);
    const length = (seq: number) => end(seq) - (starts[seq] ?? 0);
    const wordAt = (seq: number, depth: number) => words[(starts[seq] ?? 0) + depth] ?? 0;
    const order = Array.from({ length: count }, (_, seq) => seq).sort((a, b) => {
      const la = length(a);
      const lb = length(b);
      for (let d = 0; d < la && d < lb; d++) {
        const diff = wordAt(a, d) - wordAt(b, d);
        if (diff !== 0) return diff;
      }
      return la - lb || a - b;
    });
    const childStart: number[] = [];
    const childWord: number[] = [];
    const childNode: number[] = [];
    const hereStart: number[] = [];
    const here: number[] = [];
    /** The node of the phrases `order[lo…hi]`, which share their first `depth` words; returns its number. */
    const make = (lo: number, hi: number, depth: number): number => {
      const node = hereStart.length;
      hereStart.push(here.length);
      let i = lo;
      for (; i < hi && length(order[i] ?? 0) === depth; i++) here.push(order[i] ?? 0);
      childStart.push(childWord.length);
      if (i === hi) return node;
      // The runs of phrases with the same next word: one child each, its slot reserved now, filled as it is made.
      const runs: number[] = [];
      for (let j = i; j < hi; j++) if (j === i || wordAt(order[j] ?? 0, depth) !== wordAt(order[j - 1] ?? 0, depth)) runs.push(j);
      const first = childWord.length;
      for (const j of runs) {
        childWord.push(wordAt(order[j] ?? 0, depth));
        childNode.push(0);
      }
      for (let r = 0; r < runs.length; r++) childNode[first + r] = make(runs[r] ?? hi, runs[r + 1] ?? hi, depth + 1);
      return node;
    };
    make(0, count, 0);
    hereStart.push(here.length);
    childStart.push(childWord.length);
    this.pending = undefined;
    this.frozen = {
      childStart: Uint32Array.from(childStart),
      childWord: Uint32Array.from(childWord),
      childNode: Uint32Array.from(childNode),
      hereStart: Uint32Array.from(hereStart),
      here: Uint32Array.from(here),
      entries: Uint32Array.from(entries),
    };
    return this.frozen;
  }

  /** Node `node`'s child by `token`, or -1: a binary search among its next words' numbers. */
  private childOf(t: Frozen, node: number, token: string | undefined): number {
    if (token === undefined) return -1;
    const word = this.words.get(token);
    if (word === undefined) return -1;
    let lo = t.childStart[node] ?? 0;
    let hi = (t.childStart[node + 1] ?? 0) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const w = t.childWord[mid] ?? 0;
      if (w === word) return t.childNode[mid] ?? -1;
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

function ascending(array: Uint32Array): boolean {
  for (let i = 1; i < array.length; i++) if ((array[i] ?? 0) < (array[i - 1] ?? 0)) return false;
  return array[0] === 0;
}
