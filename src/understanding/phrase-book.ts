import type { Part } from './phrase-parts';

/*
 * A reader's compiled phrases as a few flat arrays: every distinct part once (its kind and its text), and per phrase
 * where its parts start, which value it gives (a concept, a role, a duty: by number in the reader's list of them) and
 * which of the reader's lists it belongs to. An array and an object per phrase for ~50,000 phrases were most of the
 * readers' ~14 MB of heap; here a phrase is a number, and the same arrays are what the build writes and a start reads
 * (compiled-phrases.ts).
 */

export const WORD = 0;
export const PREFIX = 1;
export const AGE = 2;
export const GAP = 3;

/** How many other words a `...` may skip. */
const MAX_GAP = 3;

/** A number from 10 to 17: the age of a child (18 and 19 are adults). */
export function isAge(token: string): boolean {
  if (token.length !== 2) return false;
  const tens = token.charCodeAt(0);
  const ones = token.charCodeAt(1);
  return tens === 0x31 && ones >= 0x30 && ones <= 0x37;
}

export interface PhraseBookData {
  /** Each distinct part's kind (WORD, PREFIX, AGE, GAP)… */
  readonly kinds: Uint8Array;
  /** …and its text: the word or the word beginning ('' for an age or a gap). */
  readonly texts: readonly string[];
  /** Phrase p's parts are `parts[starts[p]]` up to `parts[starts[p + 1]]` (so `starts` has one more entry than there are phrases). */
  readonly starts: Uint32Array;
  /** Part numbers (into kinds and texts), one phrase after the other. */
  readonly parts: Uint32Array;
  /** Each phrase's value, by its number in the reader's list of values. */
  readonly values: Uint8Array;
  /** Which of the reader's lists each phrase is in (the role reader has four: roles, duties, titles, person titles). */
  readonly lists: Uint8Array;
}

const NO_PHRASES = new Uint32Array(0);

/** Each list's phrase numbers, ascending, indexed by list number (lists are bytes). */
function phrasesByList(lists: Uint8Array): Uint32Array[] {
  const counts = new Uint32Array(256);
  for (let p = 0; p < lists.length; p++) counts[lists[p] ?? 0] = (counts[lists[p] ?? 0] ?? 0) + 1;
  const out: Uint32Array[] = [];
  for (let list = 0; list < counts.length; list++) out.push(new Uint32Array(counts[list] ?? 0));
  const filled = new Uint32Array(256);
  for (let p = 0; p < lists.length; p++) {
    const list = lists[p] ?? 0;
    const at = filled[list] ?? 0;
    const phrases = out[list];
    if (phrases) phrases[at] = p;
    filled[list] = at + 1;
  }
  return out;
}

export class PhraseBook {
  readonly kinds: Uint8Array;
  readonly texts: readonly string[];
  readonly starts: Uint32Array;
  readonly parts: Uint32Array;
  readonly values: Uint8Array;
  readonly lists: Uint8Array;

  /**
   * Checks that the arrays fit together (a file may be damaged), so matching never reads past them. `checks: 'shape'`
   * is for arrays the build checked whole and a digest vouches for (compiled-phrases.ts): only their lengths are
   * checked, not each number (~300,000 of them over the three readers, in V8's interpreter at a start).
   */
  constructor(data: PhraseBookData, checks: 'all' | 'shape' = 'all') {
    const { kinds, texts, starts, parts, values, lists } = data;
    const phrases = starts.length - 1;
    if (phrases < 0 || starts[0] !== 0 || starts[phrases] !== parts.length || values.length !== phrases || lists.length !== phrases || kinds.length !== texts.length) {
      throw new Error('the phrases do not add up');
    }
    if (checks === 'all') {
      for (let p = 0; p < phrases; p++) if ((starts[p + 1] ?? 0) <= (starts[p] ?? 0)) throw new Error(`phrase ${p} has no parts`);
      for (const id of parts) if (id >= kinds.length) throw new Error(`part ${id} is not in the table`);
      for (const kind of kinds) if (kind > GAP) throw new Error(`${kind} is not a kind of part`);
    }
    this.kinds = kinds;
    this.texts = texts;
    this.starts = starts;
    this.parts = parts;
    this.values = values;
    this.lists = lists;
  }

  get size(): number {
    return this.values.length;
  }

  /** The phrases of each list, in their order: made on the first ask, in one pass over the book (see `phrasesOf`). */
  private byList: readonly Uint32Array[] | undefined;

  /**
   * The numbers of the phrases in list `list`, in ascending order. A reader files each of its lists (the situation
   * reader eleven times over its six), and going over every phrase of the book for each was ~10–15 ms of a start.
   */
  phrasesOf(list: number): Uint32Array {
    this.byList ??= phrasesByList(this.lists);
    return this.byList[list] ?? NO_PHRASES;
  }

  /** How many parts phrase `p` has (a gap counts as one, as in the compiled parts). */
  length(p: number): number {
    return (this.starts[p + 1] ?? 0) - (this.starts[p] ?? 0);
  }

  /** The kind of phrase `p`'s first part. */
  firstKind(p: number): number {
    return this.kinds[this.parts[this.starts[p] ?? 0] ?? 0] ?? GAP;
  }

  /** The text of phrase `p`'s first part (its first word, or the beginning it starts with). */
  firstText(p: number): string {
    return this.texts[this.parts[this.starts[p] ?? 0] ?? 0] ?? '';
  }

  /** The plain words phrase `p` starts with, up to its first word beginning, age or gap (see phrase-trie.ts). */
  leadingWords(p: number): string[] {
    const words: string[] = [];
    const end = this.starts[p + 1] ?? 0;
    for (let q = this.starts[p] ?? 0; q < end; q++) {
      const id = this.parts[q] ?? 0;
      if (this.kinds[id] !== WORD) break;
      words.push(this.texts[id] ?? '');
    }
    return words;
  }

  /** Phrase `p`'s parts in the compiler's shape (tests and the build's checks). */
  partsOf(p: number): Part[] {
    const out: Part[] = [];
    const end = this.starts[p + 1] ?? 0;
    for (let q = this.starts[p] ?? 0; q < end; q++) {
      const id = this.parts[q] ?? 0;
      const text = this.texts[id] ?? '';
      const kind = this.kinds[id];
      out.push(kind === WORD ? { kind: 'word', word: text } : kind === PREFIX ? { kind: 'prefix', prefix: text } : kind === AGE ? { kind: 'age' } : { kind: 'gap' });
    }
    return out;
  }

  /** Whether phrase `p` matches starting at token `at` (a gap skips up to three tokens). */
  matchesAt(p: number, tokens: readonly string[], at: number): boolean {
    return this.matchesFrom(this.starts[p] ?? 0, this.starts[p + 1] ?? 0, tokens, at);
  }

  /**
   * The parts from `q` to `end` at token `i`. A loop over the plain parts and recursion only at a gap: every token of
   * every message is tried against the phrases that start with it, so this runs thousands of times per message and
   * allocates nothing.
   */
  private matchesFrom(q: number, end: number, tokens: readonly string[], i: number): boolean {
    const { parts, kinds, texts } = this;
    for (; q < end; q++, i++) {
      const id = parts[q] ?? 0;
      const kind = kinds[id];
      if (kind === GAP) {
        for (let skip = 0; skip <= MAX_GAP && i + skip <= tokens.length; skip++) if (this.matchesFrom(q + 1, end, tokens, i + skip)) return true;
        return false;
      }
      const token = tokens[i];
      if (token === undefined) return false;
      if (kind === WORD) {
        if (token !== texts[id]) return false;
      } else if (kind === PREFIX) {
        if (!token.startsWith(texts[id] ?? '')) return false;
      } else if (!isAge(token)) return false;
    }
    return true;
  }
}

/** A part as one string: `w<word>`, `p<beginning>`, `a` (an age), `g` (a gap): how the build's file names the parts. */
export function partCode(kind: number, text: string): string {
  return kind === WORD ? `w${text}` : kind === PREFIX ? `p${text}` : kind === AGE ? 'a' : 'g';
}

/** The kind and text of a part's code (see partCode). */
export function decodePart(code: string): { readonly kind: number; readonly text: string } {
  const first = code[0];
  if (first === 'w' && code.length > 1) return { kind: WORD, text: code.slice(1) };
  if (first === 'p' && code.length > 1) return { kind: PREFIX, text: code.slice(1) };
  if (code === 'a') return { kind: AGE, text: '' };
  if (code === 'g') return { kind: GAP, text: '' };
  throw new Error(`"${code}" is not a part`);
}

/** Gathers a reader's compiled phrases, in the order the reader adds them, into a PhraseBook. */
export class PhraseBookBuilder {
  private readonly ids = new Map<string, number>();
  private readonly kinds: number[] = [];
  private readonly texts: string[] = [];
  private readonly starts: number[] = [0];
  private readonly parts: number[] = [];
  private readonly values: number[] = [];
  private readonly lists: number[] = [];

  /** Adds a phrase's compiled parts with its value and list; returns the phrase's number. */
  add(list: number, value: number, parts: readonly Part[]): number {
    if (parts.length === 0) throw new Error('a phrase has at least one part');
    if (!(value >= 0 && value <= 255 && list >= 0 && list <= 255)) throw new Error(`value ${value} or list ${list} is not a number from 0 to 255`);
    for (const part of parts) {
      const kind = part.kind === 'word' ? WORD : part.kind === 'prefix' ? PREFIX : part.kind === 'age' ? AGE : GAP;
      const text = part.kind === 'word' ? part.word : part.kind === 'prefix' ? part.prefix : '';
      const code = partCode(kind, text);
      let id = this.ids.get(code);
      if (id === undefined) {
        id = this.kinds.length;
        this.ids.set(code, id);
        this.kinds.push(kind);
        this.texts.push(text);
      }
      this.parts.push(id);
    }
    this.starts.push(this.parts.length);
    this.values.push(value);
    this.lists.push(list);
    return this.values.length - 1;
  }

  build(): PhraseBook {
    return new PhraseBook({
      kinds: Uint8Array.from(this.kinds),
      texts: [...this.texts],
      starts: Uint32Array.from(this.starts),
      parts: Uint32Array.from(this.parts),
      values: Uint8Array.from(this.values),
      lists: Uint8Array.from(this.lists),
    });
  }
}

/** One phrase of a reader's data before compiling: the list it goes to, its value's number, the phrase, and its label for errors. */
export interface SourcePhrase {
  readonly list: number;
  readonly value: number;
  readonly phrase: string;
  readonly label: string;
}

/** Compiles a reader's phrases, in order, into its book. */
export function compileBook(phrases: Iterable<SourcePhrase>, compile: (phrase: string, label: string) => readonly Part[]): PhraseBook {
  const builder = new PhraseBookBuilder();
  for (const { list, value, phrase, label } of phrases) builder.add(list, value, compile(phrase, label));
  return builder.build();
}
