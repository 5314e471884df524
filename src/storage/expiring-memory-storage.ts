import type { Storage, StoreItems } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';

/**
 * What a store item is: an object (botbuilder's state); checked on every read. A guard rather than
 * `z.record(z.string(), z.unknown())`: the same objects pass (JSON.parse gives plain objects with string keys), but
 * the record schema copies every item into a new object on each read, and the read already returns a fresh copy.
 */
const storedItemSchema = z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
  message: 'a stored item is an object',
});

/**
 * A botbuilder `Storage` kept in process memory (lru-cache): an item disappears `ttlMs` after it was last written,
 * and the least recently used items go first when there are more than `maxItems`. eTags as botbuilder defines
 * them: a write carrying a stale eTag is refused, `*` or no eTag overwrites.
 *
 * It holds the conversation state (src/conversation/conversation-state.ts): categorical facts and the triage's
 * dialog stack, never message text. Nothing outlives the TTL or a restart, and nothing is shared between instances.
 */
export class ExpiringMemoryStorage implements Storage {
  private readonly items: LRUCache<string, { readonly json: string; readonly eTag: string }>;
  private nextETag = 1;

  constructor(ttlMs: number, maxItems: number = 50_000, clock: () => number = Date.now) {
    // maxSize with every item counting 1, not `max`: the same bound and order, without lists for all 50,000 items
    // allocated at start (~1.5 MB before the first conversation; see language/bounded-memo.ts).
    this.items = new LRUCache({ maxSize: maxItems, sizeCalculation: () => 1, ttl: ttlMs, updateAgeOnGet: false, allowStale: false, ttlResolution: 0, perf: { now: clock } });
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const item = this.items.get(key);
      // JSON.parse gives a new object every time, so the eTag is added to it rather than to a copy of it.
      if (item) found[key] = Object.assign(storedItemSchema.parse(JSON.parse(item.json)), { eTag: item.eTag });
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes)) {
      const value: Record<string, unknown> = typeof change === 'object' && change !== null ? { ...(change as object) } : {};
      const current = this.items.get(key);
      const eTag = value['eTag'];
      if (current && typeof eTag === 'string' && eTag !== '*' && eTag !== current.eTag) {
        throw new Error('Storage: eTag conflict writing an item');
      }
      delete value['eTag'];
      this.items.set(key, { json: JSON.stringify(value), eTag: String(this.nextETag++) });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  /** How many live items are held. */
  get size(): number {
    this.items.purgeStale();
    return this.items.size;
  }

  /** The stored JSON of every live item, for tests that check what is kept. */
  snapshot(): string[] {
    return [...this.items.values()].map((item) => item.json);
  }
}
