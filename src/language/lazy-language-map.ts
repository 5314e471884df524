import type { Lang } from './languages';

/**
 * Per-language words, each language's compiled when it is first asked for. The files are read and schema-checked
 * when the map is made (a broken file still names itself at start); only the compiling (patterns, folded phrases)
 * waits. A message reads the words of its own language, so a start no longer compiles all twelve: the needs and
 * follow-up words' compiling was ~25 ms of a start's CPU, of which a first message needs one language's.
 *
 * A compile that throws names its file, and is tried again on the next ask. Iterating (or `forEach`) compiles every
 * language, in the order given.
 */
export class LazyLanguageMap<V> implements ReadonlyMap<Lang, V> {
  private readonly made = new Map<Lang, V>();
  private readonly sources: ReadonlyMap<Lang, { readonly file: string; readonly compile: () => V }>;

  constructor(entries: Iterable<readonly [Lang, { readonly file: string; readonly compile: () => V }]>) {
    this.sources = new Map(entries);
  }

  get size(): number {
    return this.sources.size;
  }

  has(lng: Lang): boolean {
    return this.sources.has(lng);
  }

  get(lng: Lang): V | undefined {
    const known = this.made.get(lng);
    if (known !== undefined) return known;
    const source = this.sources.get(lng);
    if (source === undefined) return undefined;
    let value: V;
    try {
      value = source.compile();
    } catch (error) {
      throw new Error(`${source.file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    this.made.set(lng, value);
    return value;
  }

  *entries(): MapIterator<[Lang, V]> {
    for (const lng of this.sources.keys()) yield [lng, this.must(lng)];
  }

  keys(): MapIterator<Lang> {
    return this.sources.keys();
  }

  *values(): MapIterator<V> {
    for (const lng of this.sources.keys()) yield this.must(lng);
  }

  [Symbol.iterator](): MapIterator<[Lang, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: Lang, map: ReadonlyMap<Lang, V>) => void, thisArg?: unknown): void {
    for (const [lng, value] of this.entries()) callback.call(thisArg, value, lng, this);
  }

  private must(lng: Lang): V {
    const value = this.get(lng);
    if (value === undefined) throw new Error(`no words for ${lng}`);
    return value;
  }
}
