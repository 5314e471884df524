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
    const phrases = book.phrasesOf(list);
    for (let i = 0; i < phrases.length; i++) {
      const p = phrases[i] ?? 0;
      if (book.firstKind(p) === WORD) trie.add(book.leadingWords(p), p);
    }
    trie.freeze();
    tries.set(list, trie);
  }
  return trie;
}

/** Word tries laid out before for `book` (by `wordTrie` over the same book), used instead of laying them out again. */
export function rememberWordTries(book: PhraseBook, tries: ReadonlyMap<number, PhraseTrie>): void {
  triesOfBooks.set(book, new Map(tries));
}

/** One more than the highest code point: two letters a and b make the key (a + 1) × this + b + 1, above every one-letter key. */
const CODE_POINTS = 0x110001;

/**
 * The key a token's word-beginning phrases are filed under, as a number (spreading every token of every message into
 * letters, then a string of each beginning, was a good part of what the situation, role and scope readers
 * allocated): `letters` 2 gives the key of the token's first two letters (code points; of its one letter when it has
 * one, 0 when it is empty), 1 the key of its first letter. Different beginnings never share a key.
 */
export function prefixCode(token: string, letters: 1 | 2): number {
  const first = token.codePointAt(0);
  if (first === undefined) return 0;
  if (letters === 1) return first + 1;
  const second = token.codePointAt(first > 0xffff ? 2 : 1);
  return second === undefined ? first + 1 : (first + 1) * CODE_POINTS + second + 1;
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
  /** Phrases that start with a word beginning, by the `prefixCode` of its first two letters (or its one). */
  readonly byPrefix = new Map<number, Uint32Array>();
  /** Phrases that start with an age ("# år gammel"): the situation reader tries them at a number from 10 to 17. */
  readonly byAge: Uint32Array;

  /** `names`: the values by number, as the book numbers them. */
  constructor(
    readonly book: PhraseBook,
    list: number,
    private readonly names: readonly T[],
  ) {
    this.byWords = wordTrie(book, list);
    const prefixed = new Map<number, number[]>();
    const aged: number[] = [];
    const phrases = book.phrasesOf(list);
    for (let i = 0; i < phrases.length; i++) {
      const p = phrases[i] ?? 0;
      const first = book.firstKind(p);
      if (first === AGE) aged.push(p);
      else if (first === PREFIX) {
        const key = prefixCode(book.firstText(p), 2);
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

  /**
   * The phrases filed under the token's first two letters (`k` 0), then (`k` 1) under its first letter when it has
   * more than one.
   */
  prefixBucket(token: string, k: number): Uint32Array | undefined {
    const two = prefixCode(token, 2);
    if (k === 0) return this.byPrefix.get(two);
    const one = prefixCode(token, 1);
    return one === two ? undefined : this.byPrefix.get(one);
  }

  /**
   * Every phrase that starts with a word or a word beginning and matches, with where it starts. Indexed loops, not
   * `for…of`: an iterator inside a generator lives across its `yield`s, so V8 kept an iterator and a result object for
   * every candidate tried (the largest allocation under the situation, role and scope readers).
   */
  *matches(tokens: readonly string[]): Generator<{ readonly value: T; readonly at: number; readonly length: number }> {
    const book = this.book;
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at] ?? '';
      const candidates = this.byWords.candidates(tokens, at);
      for (let i = 0; i < candidates.length; i++) {
        const p = candidates[i] ?? 0;
        if (book.matchesAt(p, tokens, at)) yield { value: this.valueOf(p), at, length: book.length(p) };
      }
      if (this.byPrefix.size === 0) continue;
      for (let k = 0; k <= 1; k++) {
        const bucket = this.prefixBucket(token, k);
        if (!bucket) continue;
        for (let i = 0; i < bucket.length; i++) {
          const p = bucket[i] ?? 0;
          if (book.matchesAt(p, tokens, at)) yield { value: this.valueOf(p), at, length: book.length(p) };
        }
      }
    }
  }
}
