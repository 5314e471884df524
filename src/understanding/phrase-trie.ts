/**
 * A node of the trie. Most nodes end one phrase and lead nowhere, or lead to one next word, so a Map is made only for
 * two or more next words: a Map and an array on each of ~40,000 nodes were a third of the cue and role readers' memory.
 * Every node has the same four fields from the start, so the look-ups stay monomorphic.
 */
class TrieNode {
  /** Sequence numbers of the phrases whose leading words end here, in the order added. */
  here: number[] | undefined = undefined;
  /** The only next word, while there is one… */
  word: string | undefined = undefined;
  child: TrieNode | undefined = undefined;
  /** …and every next word once there are two or more. */
  next: Map<string, TrieNode> | undefined = undefined;
}

function childOf(node: TrieNode, word: string): TrieNode | undefined {
  return node.word === word ? node.child : node.next?.get(word);
}

function addChild(node: TrieNode, word: string): TrieNode {
  const child = new TrieNode();
  if (node.next) node.next.set(word, child);
  else if (node.child === undefined) {
    node.word = word;
    node.child = child;
  } else {
    node.next = new Map([[node.word ?? '', node.child], [word, child]]);
    node.word = undefined;
    node.child = undefined;
  }
  return child;
}

/**
 * Cue phrases that start with a word, by their leading words. A token used to meet every phrase that starts with it:
 * "jeg", "i" or "я" start thousands of role phrases ("jeg er lærer", "jeg jobber som helsesykepleier" …), each tried
 * on every message that has the word. Here a token meets only the phrases whose leading words are the message's next
 * words, and `matchesAt` still decides each one, so the result is the same, found with a few map look-ups.
 */
export class PhraseTrie<T> {
  private readonly root = new TrieNode();
  /** Every entry, by its sequence number (the order added). */
  private readonly entries: T[] = [];

  /** A phrase by its leading plain words (at least one: what comes after them is `matchesAt`'s). Entries come back in the order added. */
  add(leadingWords: readonly string[], entry: T): void {
    if (leadingWords.length === 0) throw new Error('a phrase in the trie starts with a word');
    let node = this.root;
    for (const word of leadingWords) node = childOf(node, word) ?? addChild(node, word);
    const seq = this.entries.length;
    this.entries.push(entry);
    // A copy, not push: an array grown by push keeps room for 16 more, and most lists hold one or two phrases.
    node.here = node.here ? node.here.concat(seq) : [seq];
  }

  /** The entries that could match at token `at` (their leading words are the tokens from `at` on), in the order added. */
  candidates(tokens: readonly string[], at: number): T[] {
    let node = childOf(this.root, tokens[at] ?? '');
    if (!node) return [];
    let found: number[] | undefined;
    let lists = 0;
    for (let i = at + 1; node; i++) {
      if (node.here) {
        found = lists === 0 ? node.here : [...(found ?? []), ...node.here];
        lists += 1;
      }
      const token = tokens[i];
      node = token === undefined ? undefined : childOf(node, token);
    }
    if (!found) return [];
    if (lists > 1) found.sort((a, b) => a - b);
    const entries = this.entries;
    return found.map((seq) => entries[seq] as T);
  }
}
