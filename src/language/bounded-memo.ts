/**
 * Recent results of a pure function of a word (its stem, its bokmål form, its typo correction…): people reuse the same
 * words all day, and these steps are the costly part of reading a message. At most `max` results; when full, the
 * oldest goes first. Holds words only in process memory, never writes them anywhere.
 */
export class BoundedMemo<K, V> {
  private readonly results = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K, compute: (key: K) => V): V {
    const known = this.results.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (this.results.size >= this.max) this.results.delete(this.results.keys().next().value as K);
    this.results.set(key, value);
    return value;
  }

  get size(): number {
    return this.results.size;
  }
}
