import type { Lang } from '../language/languages';
import type { RememberedReading } from '../understanding/follow-up';

/**
 * What the bot remembers about a conversation: the reply language, whether it said hello, and what the last answer
 * was about (categorical fields only: an intent kind, a service, a country, statistics fields, an article id).
 */
export interface ConversationFacts {
  lng?: Lang;
  welcomed?: boolean;
  /** The last answered reading, for follow-ups such as "og i 2008?"; cleared by a turn answered otherwise. */
  lastAnswered?: RememberedReading | undefined;
}

/**
 * In-memory, expiring per-conversation facts. Nothing here outlives `ttlMs` of silence or a restart,
 * and nothing a user wrote is kept. Expired entries are unreadable at once and are dropped from memory at the
 * next write (the Map is ordered by last write, so the sweep only looks at the expired head).
 */
export class ConversationMemory {
  private readonly entries = new Map<string, { facts: ConversationFacts; touched: number }>();

  constructor(
    private readonly ttlMs: number = 60 * 60 * 1000,
    private readonly maxEntries: number = 50_000,
    private readonly clock: () => number = Date.now,
  ) {}

  get(conversationId: string): ConversationFacts {
    const entry = this.entries.get(conversationId);
    if (!entry || this.clock() - entry.touched > this.ttlMs) {
      this.entries.delete(conversationId);
      return {};
    }
    return { ...entry.facts };
  }

  update(conversationId: string, facts: ConversationFacts): void {
    const current = this.get(conversationId);
    this.entries.delete(conversationId); // re-insert so Map order is least-recently-used first
    const now = this.clock();
    this.entries.set(conversationId, { facts: { ...current, ...facts }, touched: now });
    for (const [key, entry] of this.entries) {
      if (now - entry.touched <= this.ttlMs) break;
      this.entries.delete(key);
    }
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
