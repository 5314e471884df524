interface TrieNode<T> {
  /** Entries whose words so far are this node's path and whose next part is not a plain word (or that end here). */
  readonly here: Array<{ readonly seq: number; readonly entry: T }>;
  readonly next: Map<string, TrieNode<T>>;
}

const newNode = <T>(): TrieNode<T> => ({ here: [], next: new Map() });

/**
 * Cue phrases that start with a word, by their leading words. A token used to meet every phrase that starts with it:
 * "jeg", "i" or "я" start thousands of role phrases ("jeg er lærer", "jeg jobber som helsesykepleier" …), each tried
 * on every message that has the word. Here a token meets only the phrases whose leading words are the message's next
 * words, and `matchesAt` still decides each one, so the result is the same, found with a few map look-ups.
 */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = newNode();
  private count = 0;

  /** A phrase by its leading plain words (at least one: what comes after them is `matchesAt`'s). Entries come back in the order added. */
  add(leadingWords: readonly string[], entry: T): void {
    if (leadingWords.length === 0) throw new Error('a phrase in the trie starts with a word');
    let node = this.root;
    for (const word of leadingWords) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = newNode()));
      node = child;
    }
    node.here.push({ seq: this.count++, entry });
  }

  /** The entries that could match at token `at` (their leading words are the tokens from `at` on), in the order added. */
  candidates(tokens: readonly string[], at: number): T[] {
    let node = this.root.next.get(tokens[at] ?? '');
    if (!node) return [];
    let found: Array<{ readonly seq: number; readonly entry: T }> | undefined;
    let lists = 0;
    for (let i = at + 1; node; i++) {
      if (node.here.length > 0) {
        found = lists === 0 ? node.here : [...(found ?? []), ...node.here];
        lists += 1;
      }
      const token = tokens[i];
      node = token === undefined ? undefined : node.next.get(token);
    }
    if (!found) return [];
    if (lists > 1) found.sort((a, b) => a.seq - b.seq);
    return found.map((f) => f.entry);
  }
}
