/**
 * The contact reading's plain phrase lists, filed together: where in a message's tokens each list could match is
 * worked out once for all the lists of a group, not token by token in every list.
 *
 * Each list used to look every token of a message up in its own maps (its first words, its prefix heads): ~60 lists,
 * each asked of the same few token arrays, so ~60 lookups a token where one says which lists a token can start at all
 * (issue #16, perf41a: `exactAt` and the lists' `test` were the contact reader's largest self-time). A list's answer is
 * the same: it still checks each phrase at each place as before, only at the places the group found for it.
 */

/** A list's phrases in the order a message is tested against them. */
export interface PlainPhraseList {
  test(tokens: readonly string[]): boolean;
}

/** Whether `words` are the tokens from `at` on. */
export function followsAt(words: readonly string[], tokens: readonly string[], at: number): boolean {
  for (let j = 0; j < words.length; j++) if (tokens[at + j] !== words[j]) return false;
  return true;
}

/**
 * A word's first one or two UTF-16 units as a number ("ra" and "r" and "" never collide): the prefix phrases are filed
 * by it, so a token is looked up without a substring made for each token of each list.
 */
export function headKey(word: string, units: 1 | 2): number {
  if (word.length === 0) return 0;
  if (units === 1 || word.length === 1) return word.charCodeAt(0) + 1;
  return (word.charCodeAt(0) + 1) * 65537 + word.charCodeAt(1) + 1;
}

/** What a list has nowhere (shared: a miss allocates nothing). */
const NO_PHRASES: readonly never[] = [];
const NO_PLACES: readonly number[] = [];

/** A prefix phrase: the words before its last one, and the start of its last word. */
interface PrefixPhrase {
  readonly head: readonly string[];
  readonly last: string;
}

/** Where each list of the group could match in one token array: token indexes by list id. */
interface Places {
  readonly exact: (number[] | undefined)[];
  readonly prefix: (number[] | undefined)[];
}

/** A token array asked about, and its places once a second list asked about it (the first reads it directly). */
interface Asked {
  readonly tokens: readonly string[];
  /** How many lists the group had when the places were found (a list compiled later, for a new language, finds them again). */
  lists: number;
  places: Places | undefined;
}

/** How many token arrays' places are kept (a message's tokens, and the few arrays made from them, such as a list's without its phrases). */
const KEPT_PLACES = 4;

/** Whether two token arrays hold the same tokens (the readers tokenize the same text into copies of one array). */
function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Adds `at` to the list's places, once. */
function addPlace(places: (number[] | undefined)[], list: number, at: number): void {
  const here = places[list];
  if (here === undefined) places[list] = [at];
  else if (here[here.length - 1] !== at) here.push(at);
}

/**
 * A group of plain phrase lists sharing one index of first words and prefix heads (one group per contact recognizer,
 * and one for the module's fixed lists). `tokenWords(phrase)` gives a phrase's words as the lists read them.
 */
export class PhraseListGroup {
  /** A first word of a whole phrase → the lists with a phrase that starts with it. */
  private readonly firstWordLists = new Map<string, number[]>();
  /** A prefix phrase's last word's head (`headKey`) → the lists with such a phrase. */
  private readonly headLists = new Map<number, number[]>();
  private lists = 0;
  private readonly kept: Asked[] = [];
  private nextKept = 0;
  private clearing = false;

  constructor(private readonly tokenWords: (phrase: string) => readonly string[]) {}

  /** A list of whole phrases and prefix phrases ("word*"), tested as a message's tokens. */
  compile(phrases: readonly string[]): PlainPhraseList {
    const id = this.lists++;
    // Whole phrases by their first word: a phrase matches exactly when its words follow one another in the tokens.
    const exact = new Map<string, (readonly string[])[]>();
    for (const p of phrases) {
      if (p.endsWith('*')) continue;
      const words = this.tokenWords(p);
      const first = words[0];
      if (first === undefined) continue;
      const known = exact.get(first);
      if (known) known.push(words);
      else {
        exact.set(first, [words]);
        fileUnder(this.firstWordLists, first, id);
      }
    }
    // Prefix phrases by the first one or two letters of their last word, so a token is checked only against those it could start.
    const prefixes = new Map<number, PrefixPhrase[]>();
    for (const p of phrases) {
      if (!p.endsWith('*')) continue;
      const words = this.tokenWords(p.slice(0, -1));
      const last = words[words.length - 1] ?? '';
      const key = headKey(last, 2);
      const known = prefixes.get(key);
      if (known) known.push({ head: words.slice(0, -1), last });
      else {
        prefixes.set(key, [{ head: words.slice(0, -1), last }]);
        fileUnder(this.headLists, key, id);
      }
    }
    const startingAt = (tokens: readonly string[], i: number, candidates: readonly PrefixPhrase[] | undefined): boolean => {
      if (candidates === undefined) return false;
      for (let c = 0; c < candidates.length; c++) {
        const { head, last } = candidates[c] as PrefixPhrase;
        if (i >= head.length && (tokens[i] ?? '').startsWith(last) && followsAt(head, tokens, i - head.length)) return true;
      }
      return false;
    };
    return {
      test: (tokens) => {
        const places = this.placesOf(tokens);
        if (places === undefined) {
          // The first list asked about these tokens: every token looked up in this list's own maps, as a list alone does.
          for (let i = 0; i < tokens.length; i++) {
            const candidates = exact.get(tokens[i] ?? '') ?? NO_PHRASES;
            for (let c = 0; c < candidates.length; c++) if (followsAt(candidates[c] as readonly string[], tokens, i)) return true;
          }
          if (prefixes.size === 0) return false;
          for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i] ?? '';
            if (startingAt(tokens, i, prefixes.get(headKey(token, 2))) || (token.length > 1 && startingAt(tokens, i, prefixes.get(headKey(token, 1))))) return true;
          }
          return false;
        }
        const exactPlaces = places.exact[id] ?? NO_PLACES;
        for (let p = 0; p < exactPlaces.length; p++) {
          const i = exactPlaces[p] as number;
          const candidates = exact.get(tokens[i] ?? '') ?? NO_PHRASES;
          for (let c = 0; c < candidates.length; c++) if (followsAt(candidates[c] as readonly string[], tokens, i)) return true;
        }
        const prefixPlaces = places.prefix[id] ?? NO_PLACES;
        for (let p = 0; p < prefixPlaces.length; p++) {
          const i = prefixPlaces[p] as number;
          const token = tokens[i] ?? '';
          if (startingAt(tokens, i, prefixes.get(headKey(token, 2))) || (token.length > 1 && startingAt(tokens, i, prefixes.get(headKey(token, 1))))) return true;
        }
        return false;
      },
    };
  }

  /**
   * Where each list could match in `tokens`, found once for every list of the group when a second list asks about the
   * same tokens (kept for the last few arrays); undefined for the first list that asks, which reads them directly: a
   * text that only one list is asked about (the follow-up's words left out one by one) costs what it did.
   */
  private placesOf(tokens: readonly string[]): Places | undefined {
    for (const asked of this.kept) {
      if (!sameTokens(asked.tokens, tokens)) continue;
      if (asked.places === undefined || asked.lists !== this.lists) {
        asked.places = this.placesIn(asked.tokens);
        asked.lists = this.lists;
      }
      return asked.places;
    }
    // A copy: the caller's array is only read, but the places must stay true to the tokens they were found in.
    this.kept[this.nextKept] = { tokens: tokens.slice(), lists: this.lists, places: undefined };
    this.nextKept = (this.nextKept + 1) % KEPT_PLACES;
    // A message's words are kept only while it is being read, as `ReadingMemo` keeps its texts: emptied on the next
    // `setImmediate`, so no conversation's words stay in this module-wide group after its turn.
    if (!this.clearing) {
      this.clearing = true;
      setImmediate(() => {
        this.kept.length = 0;
        this.nextKept = 0;
        this.clearing = false;
      });
    }
    return undefined;
  }

  private placesIn(tokens: readonly string[]): Places {
    const exact: (number[] | undefined)[] = [];
    const prefix: (number[] | undefined)[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] ?? '';
      const starting = this.firstWordLists.get(token);
      if (starting) for (const list of starting) addPlace(exact, list, i);
      const byTwo = this.headLists.get(headKey(token, 2));
      if (byTwo) for (const list of byTwo) addPlace(prefix, list, i);
      if (token.length > 1) {
        const byOne = this.headLists.get(headKey(token, 1));
        if (byOne) for (const list of byOne) addPlace(prefix, list, i);
      }
    }
    return { exact, prefix };
  }
}

function fileUnder<K>(index: Map<K, number[]>, key: K, list: number): void {
  const lists = index.get(key);
  if (lists) lists.push(list);
  else index.set(key, [list]);
}
