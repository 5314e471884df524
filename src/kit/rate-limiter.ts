/**
 * Sliding-window limit per key (a user): `limit` events per `windowMs`. Keys whose events have all left the
 * window are dropped at least once per window (and whenever more than 10,000 keys are tracked), so a user's
 * id and times are held for at most about two windows after their last message.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private lastPrune: number;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number = 60_000,
    private readonly clock: () => number = Date.now,
  ) {
    this.lastPrune = clock();
  }

  /** Records an event and tells whether it is within the limit. */
  allow(key: string): boolean {
    const now = this.clock();
    const recent = (this.hits.get(key) ?? []).filter((time) => now - time < this.windowMs);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000 || now - this.lastPrune >= this.windowMs) this.prune(now);
    return allowed;
  }

  /** Users currently tracked. */
  get size(): number {
    return this.hits.size;
  }

  private prune(now: number): void {
    this.lastPrune = now;
    for (const [key, times] of this.hits) {
      if (times.every((time) => now - time >= this.windowMs)) this.hits.delete(key);
    }
  }
}
