import { LRUCache } from 'lru-cache';

/** Most users tracked at once; past that, the least recently seen user is forgotten (and starts a fresh window). */
const MAX_TRACKED = 10_000;

/**
 * Sliding-window limit per key (a user): `limit` events per `windowMs`. The event times per user are kept in an
 * lru-cache of at most 10,000 users whose entries expire `windowMs` after the user's last allowed event (when all of
 * its times have left the window). Expired users are purged at least once per window, so a user's id and times are
 * held for at most about two windows after their last message.
 */
export class RateLimiter {
  private readonly hits: LRUCache<string, number[]>;
  private lastPurge: number;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number = 60_000,
    private readonly clock: () => number = Date.now,
  ) {
    const origin = clock();
    this.lastPurge = origin;
    this.hits = new LRUCache<string, number[]>({
      max: MAX_TRACKED,
      ttl: windowMs,
      allowStale: false,
      updateAgeOnGet: false,
      // Ask the clock on every look-up (by default lru-cache reuses one reading for a millisecond of real time), and
      // count from 1 at construction: lru-cache takes a start time of 0 to mean "never expires".
      ttlResolution: 0,
      perf: { now: () => clock() - origin + 1 },
    });
  }

  /** Records an event and tells whether it is within the limit. */
  allow(key: string): boolean {
    const now = this.clock();
    const recent = (this.hits.get(key) ?? []).filter((time) => now - time < this.windowMs);
    const allowed = recent.length < this.limit;
    if (allowed) {
      recent.push(now);
      // Setting restarts the entry's time to live: it expires when this event leaves the window.
      this.hits.set(key, recent);
    }
    // A refused event is not counted and does not extend how long the user is remembered.
    if (now - this.lastPurge >= this.windowMs) {
      this.lastPurge = now;
      this.hits.purgeStale();
    }
    return allowed;
  }

  /** Users currently tracked. */
  get size(): number {
    return this.hits.size;
  }
}
