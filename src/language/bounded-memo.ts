import { LRUCache } from 'lru-cache';

/**
 * Recent results of a pure function of a word (its stem, its bokmål form, its typo correction…): people reuse the same
 * words all day, and these steps are the costly part of reading a message. An lru-cache of at most `max` results;
 * when full, the least recently used goes first. An `undefined` result is not kept (it is computed again). Holds words
 * only in process memory, never writes them anywhere.
 */
export class BoundedMemo<K, V> {
  // lru-cache wants non-nullish keys and values; a nullish key never occurs here, and `undefined` is the cache's
  // "not kept" (setting it deletes), which is what this memo did before.
  private readonly results: LRUCache<K & {}, V & {}>;

  constructor(max: number) {
    // Bounded by count through maxSize (every result counts 1), not `max`: with `max`, lru-cache allocates its lists
    // for all `max` entries up front (~80 KB a memo, ~2 MB for the app's memos at start, most of them empty until
    // messages come); with maxSize they grow as results are kept. The same least-recently-used order and bound.
    this.results = new LRUCache<K & {}, V & {}>({ maxSize: max, sizeCalculation: () => 1 });
  }

  get(key: K, compute: (key: K) => V): V {
    const known = this.results.get(key as K & {});
    if (known !== undefined) return known;
    const value = compute(key);
    this.results.set(key as K & {}, value as V & {});
    return value;
  }

  get size(): number {
    return this.results.size;
  }
}
