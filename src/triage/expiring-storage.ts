import type { Storage, StoreItems } from 'botbuilder';

/**
 * A botbuilder `Storage` kept in memory, where an item silently disappears `ttlMs` after it was last
 * written, and the least recently written items go first when there are more than `maxItems`.
 *
 * Why this rather than the bot's ConversationMemory: botbuilder-dialogs keeps its dialog stack through
 * `BotState`, which reads and writes a `Storage` (with eTag conflict checks). Implementing that interface
 * keeps the dialog machinery standard, and a deployment with several instances can swap in a shared store
 * with the same expiry (Cosmos DB or Blob storage with a TTL) without touching the dialog. Like
 * ConversationMemory, nothing outlives the TTL or a restart.
 */
export class ExpiringMemoryStorage implements Storage {
  private readonly items = new Map<string, { json: string; eTag: string; written: number }>();
  private nextETag = 1;

  constructor(
    private readonly ttlMs: number,
    private readonly maxItems: number = 50_000,
    private readonly clock: () => number = Date.now,
  ) {}

  private live(key: string): { json: string; eTag: string; written: number } | undefined {
    const item = this.items.get(key);
    if (item && this.clock() - item.written > this.ttlMs) {
      this.items.delete(key);
      return undefined;
    }
    return item;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const item = this.live(key);
      if (item) found[key] = { ...(JSON.parse(item.json) as Record<string, unknown>), eTag: item.eTag };
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes)) {
      const value = (change ?? {}) as Record<string, unknown>;
      const current = this.live(key);
      const eTag = value['eTag'];
      if (current && typeof eTag === 'string' && eTag !== '*' && eTag !== current.eTag) {
        throw new Error(`Storage: eTag conflict writing an item`);
      }
      const { eTag: _old, ...rest } = value;
      this.items.delete(key); // re-insert so Map order is least recently written first
      this.items.set(key, { json: JSON.stringify(rest), eTag: String(this.nextETag++), written: this.clock() });
    }
    while (this.items.size > this.maxItems) {
      const oldest = this.items.keys().next().value;
      if (oldest === undefined) break;
      this.items.delete(oldest);
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  /** How many items are held (expired ones may still count until read). */
  get size(): number {
    return this.items.size;
  }

  /** The stored JSON of every live item, for tests that check what is kept. */
  snapshot(): string[] {
    return [...this.items.keys()].flatMap((key) => {
      const item = this.live(key);
      return item ? [item.json] : [];
    });
  }
}
