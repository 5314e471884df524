import { AGE, PREFIX, WORD, type PhraseBook } from './phrase-book';
import { PhraseTrie } from './phrase-trie';

/**
 * Each book's word tries by list: laid out once per book and list (sorting ~30,000 phrases by their words was the
 * largest part of building the situation reader), or given by the build's file (compiled-phrases.ts).
 */
const triesOfBooks = new WeakMap<PhraseBook, Map<number, PhraseTrie>>();

/** The phrases of `list` that start with a word, by their leading words, laid out (see phrase-trie.ts). */
export function wordTrie(book: PhraseBook, list: number): PhraseTrie {
  let tries = triesOfBooks.get(book);
  if (!tries) triesOfBooks.set(book, (tries = new Map()));
  let trie = tries.get(list);
  if (!trie) {
    trie = new PhraseTrie();
    for (let p = 0; p < book.size; p++) if (book.lists[p] === list && book.firstKind(p) === WORD) trie.add(book.leadingWords(p), p);
    trie.freeze();
    tries.set(list, trie);
  }
  return trie;
}

/** Word tries laid out before for `book` (by `wordTrie` over the same book), used instead of laying them out again. */
export function rememberWordTries(book: PhraseBook, tries: ReadonlyMap<number, PhraseTrie>): void {
  triesOfBooks.set(book, new Map(tries));
}

/** The keys a token's word-beginning phrases are filed under: its first two letters, then its first letter. */
export function prefixKeys(token: string): string[] {
  // Letters as code points, found in place: spreading every token of every message into an array of letters was a
  // good part of what the situation, role and scope readers allocated.
  const one = letterEnd(token, 0);
  return one < token.length ? [token.slice(0, letterEnd(token, one)), token.slice(0, one)] : [token.slice(0, one)];
}

/** Where the letter (code point) that starts at `at` ends; `at` at the end of the token. */
function letterEnd(token: string, at: number): number {
  const code = token.codePointAt(at);
  return code === undefined ? at : at + (code > 0xffff ? 2 : 1);
}

/**
 * The phrases of one of a reader's lists (a PhraseBook's phrases with that list number, in their order), filed so a
 * token meets only its own: those that start with words by their leading words (phrase-trie.ts), those that start
 * with a word beginning by its first two letters (one when the beginning is one letter long), those that start with
 * an age apart. Matches come in the order they always did (phrases by their first words in the order added, then
 * those by word beginning), which decides between two roles read at the same place.
 */
export class PhraseIndex<T> {
  readonly byWords: PhraseTrie;
  readonly byPrefix = new Map<string, Uint32Array>();
  /** Phrases that start with an age ("# år gammel"): the situation reader tries them at a number from 10 to 17. */
  readonly byAge: Uint32Array;

  /** `names`: the values by number, as the book numbers them. */
  constructor(
    readonly book: PhraseBook,
    list: number,
    private readonly names: readonly T[],
  ) {
    this.byWords = wordTrie(book, list);
    const prefixed = new Map<string, number[]>();
    const aged: number[] = [];
    for (let p = 0; p < book.size; p++) {
      if (book.lists[p] !== list) continue;
      const first = book.firstKind(p);
      if (first === AGE) aged.push(p);
      else if (first === PREFIX) {
        const key = [...book.firstText(p)].slice(0, 2).join('');
        const bucket = prefixed.get(key);
        if (bucket) bucket.push(p);
        else prefixed.set(key, [p]);
      }
    }
    for (const [key, phrases] of prefixed) this.byPrefix.set(key, Uint32Array.from(phrases));
    this.byAge = Uint32Array.from(aged);
  }

  /** Phrase `p`'s value. */
  valueOf(p: number): T {
    return this.names[this.book.values[p] ?? 0] as T;
  }

  /** Every phrase that starts with a word or a word beginning and matches, with where it starts. */
  *matches(tokens: readonly string[]): Generator<{ readonly value: T; readonly at: number; readonly length: number }> {
    const book = this.book;
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at] ?? '';
      for (const p of this.byWords.candidates(tokens, at)) if (book.matchesAt(p, tokens, at)) yield { value: this.valueOf(p), at, length: book.length(p) };
      if (this.byPrefix.size === 0) continue;
      for (const key of prefixKeys(token)) {
        const bucket = this.byPrefix.get(key);
        if (bucket) for (const p of bucket) if (book.matchesAt(p, tokens, at)) yield { value: this.valueOf(p), at, length: book.length(p) };
      }
    }
  }
}
