import { AGE, PREFIX, WORD, type PhraseBook } from './phrase-book';
import { PhraseTrie } from './phrase-trie';

/** The keys a token's word-beginning phrases are filed under: its first two letters, then its first letter. */
export function prefixKeys(token: string): string[] {
  const letters = [...token];
  return letters.length >= 2 ? [letters.slice(0, 2).join(''), letters[0] ?? ''] : [letters[0] ?? ''];
}

/**
 * The phrases of one of a reader's lists (a PhraseBook's phrases with that list number, in their order), filed so a
 * token meets only its own: those that start with words by their leading words (phrase-trie.ts), those that start
 * with a word beginning by its first two letters (one when the beginning is one letter long), those that start with
 * an age apart. Matches come in the order they always did (phrases by their first words in the order added, then
 * those by word beginning), which decides between two roles read at the same place.
 */
export class PhraseIndex<T> {
  readonly byWords = new PhraseTrie();
  readonly byPrefix = new Map<string, Uint32Array>();
  /** Phrases that start with an age ("# år gammel"): the situation reader tries them at a number from 10 to 17. */
  readonly byAge: Uint32Array;

  /** `names`: the values by number, as the book numbers them. */
  constructor(
    readonly book: PhraseBook,
    list: number,
    private readonly names: readonly T[],
  ) {
    const prefixed = new Map<string, number[]>();
    const aged: number[] = [];
    for (let p = 0; p < book.size; p++) {
      if (book.lists[p] !== list) continue;
      const first = book.firstKind(p);
      if (first === WORD) this.byWords.add(book.leadingWords(p), p);
      else if (first === AGE) aged.push(p);
      else if (first === PREFIX) {
        const key = [...book.firstText(p)].slice(0, 2).join('');
        const bucket = prefixed.get(key);
        if (bucket) bucket.push(p);
        else prefixed.set(key, [p]);
      }
    }
    for (const [key, phrases] of prefixed) this.byPrefix.set(key, Uint32Array.from(phrases));
    this.byAge = Uint32Array.from(aged);
    this.byWords.freeze();
  }

  /** Phrase `p`'s value. */
  valueOf(p: number): T {
    return this.names[this.book.values[p] ?? 0] as T;
  }

  /** Every phrase that starts with a word or a word beginning and matches, with where it starts. */
  *matches(tokens: readonly string[]): Generator<{ readonly value: T; readonly at: number; readonly length: number }> {
    const book = this.book;
    for (const [at, token] of tokens.entries()) {
      for (const p of this.byWords.candidates(tokens, at)) if (book.matchesAt(p, tokens, at)) yield { value: this.valueOf(p), at, length: book.length(p) };
      if (this.byPrefix.size === 0) continue;
      for (const key of prefixKeys(token)) {
        const bucket = this.byPrefix.get(key);
        if (bucket) for (const p of bucket) if (book.matchesAt(p, tokens, at)) yield { value: this.valueOf(p), at, length: book.length(p) };
      }
    }
  }
}
