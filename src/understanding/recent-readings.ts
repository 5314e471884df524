import { createHash } from 'node:crypto';

export interface RecentReadingsOptions {
  /** Most readings kept; 0 turns the cache off. */
  readonly size: number;
  /** How long a reading is reused. */
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
  stats(): RecentReadingsStats;
}

interface Entry<V> {
  readonly value: V;
  readonly expires: number;
}

/**
 * Recent results of a pure reading of a message (its language, its intent). Privacy: the key is a SHA-256 digest of
 * the parts, never the text; a value must hold only categorical data (a language code, an intent with ids, years,
 * scores, and at most the name of a school or municipality the message names). Everything lives in process memory, bounded and expiring; values are frozen, so no handler can change
 * what the next turn gets.
 */
export function recentReadings<V>(options: RecentReadingsOptions): RecentReadings<V> {
  const entries = new Map<string, Entry<V>>();
  let hits = 0;
  let misses = 0;
  return {
    get(parts, compute) {
      if (options.size <= 0) return compute();
      const now = options.now().getTime();
      const key = createHash('sha256').update(parts.join('\u0000')).digest('base64url');
      const entry = entries.get(key);
      entries.delete(key);
      if (entry && entry.expires > now) {
        hits += 1;
        // Most recently used last: the oldest reading is the first to go.
        entries.set(key, entry);
        return entry.value;
      }
      misses += 1;
      const value = deepFreeze(compute());
      if (entries.size >= options.size) entries.delete(entries.keys().next().value as string);
      entries.set(key, { value, expires: now + options.ttlMs });
      return value;
    },
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
