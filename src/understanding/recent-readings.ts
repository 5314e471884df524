import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

export interface RecentReadingsOptions {
  /** Most readings kept; 0 turns the cache off. */
  readonly size: number;
  /** How long a reading is reused, in whole milliseconds; 0 turns the cache off. */
  readonly ttlMs: number;
  readonly now: () => Date;
}

export interface RecentReadingsStats {
  readonly hits: number;
  readonly misses: number;
  readonly size: number;
}

export interface RecentReadings<V> {
  /** The reading for this message, computed at most once per `ttlMs` while it stays among the `size` most recent. */
  get(parts: readonly string[], compute: () => V): V;
  /** The reading kept for this message, if any, without computing it (counted neither a hit nor a miss). */
  peek(parts: readonly string[]): V | undefined;
  stats(): RecentReadingsStats;
}

/**
 * Recent results of a pure reading of a message (its language, its intent), in an lru-cache of at most `size`
 * readings (the least recently used goes first), each reused for `ttlMs` after it was computed (a hit does not extend
 * it) and read again once it is older. The cache's clock is `now`, so tests can move time. Privacy: the key is a
 * SHA-256 digest of the parts, never the text; a value must hold only categorical data (a language code, an intent
 * with ids, years, scores, and at most the name of a school or municipality the message names). Everything lives in
 * process memory, bounded and expiring; values are frozen, so no handler can change what the next turn gets.
 */
export function recentReadings<V extends {}>(options: RecentReadingsOptions): RecentReadings<V> {
  let hits = 0;
  let misses = 0;
  if (options.size <= 0 || options.ttlMs <= 0) return { get: (_parts, compute) => compute(), peek: () => undefined, stats: () => ({ hits, misses, size: 0 }) };
  const entries = new LRUCache<string, V>({
    max: options.size,
    ttl: options.ttlMs,
    allowStale: false,
    updateAgeOnGet: false,
    // Ask `now` on every look-up: by default lru-cache reuses one reading of its clock for a millisecond of real time.
    ttlResolution: 0,
    perf: { now: () => options.now().getTime() },
  });
  const keyOf = (parts: readonly string[]): string => createHash('sha256').update(parts.join('\u0000')).digest('base64url');
  return {
    get(parts, compute) {
      const key = keyOf(parts);
      const known = entries.get(key);
      if (known !== undefined) {
        hits += 1;
        return known;
      }
      misses += 1;
      const value = deepFreeze(compute());
      entries.set(key, value);
      return value;
    },
    peek: (parts) => entries.peek(keyOf(parts)),
    stats: () => ({ hits, misses, size: entries.size }),
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
