import type { Part, PhraseCompiler } from './phrase-parts';
import { leadingWords, matchesAt, partsCompiler } from './situation-cues';
import { PhraseTrie } from './phrase-trie';

interface Compiled<T> {
  readonly value: T;
  readonly parts: readonly Part[];
}

/**
 * Phrases by the words they start with (see phrase-trie.ts), or by the first two letters of a word beginning, so a
 * token meets only its own. Matches come in the order they always did (phrases by their first word in the order
 * added, then those by word beginning), which decides between two roles read at the same place.
 */
export class PhraseIndex<T> {
  private readonly byWords = new PhraseTrie<Compiled<T>>();
  private readonly byPrefix = new Map<string, Compiled<T>[]>();

  /**
   * `compile`: by default each distinct word folded once and identical parts shared across the index's phrases (see
   * partsCompiler); at start, the build's recorded parts (compiled-phrases.ts).
   */
  constructor(private readonly compile: PhraseCompiler = partsCompiler()) {}

  add(phrase: string, value: T): void {
    const parts = this.compile(phrase, String(value));
    const first = parts[0];
    const entry = { value, parts };
    if (first?.kind === 'word') this.byWords.add(leadingWords(parts), entry);
    else if (first?.kind === 'prefix') {
      const key = [...first.prefix].slice(0, 2).join('');
      const list = this.byPrefix.get(key);
      if (list) list.push(entry);
      else this.byPrefix.set(key, [entry]);
    }
  }

  /** Every phrase that matches, with where it starts. */
  *matches(tokens: readonly string[]): Generator<{ readonly value: T; readonly at: number; readonly length: number }> {
    for (const [at, token] of tokens.entries()) {
      for (const c of this.byWords.candidates(tokens, at)) if (matchesAt(c.parts, tokens, at)) yield { value: c.value, at, length: c.parts.length };
      if (this.byPrefix.size === 0) continue;
      const letters = [...token];
      const keys = letters.length >= 2 ? [letters.slice(0, 2).join(''), letters[0] ?? ''] : [letters[0] ?? ''];
      for (const key of keys) for (const c of this.byPrefix.get(key) ?? []) if (matchesAt(c.parts, tokens, at)) yield { value: c.value, at, length: c.parts.length };
    }
  }
}
