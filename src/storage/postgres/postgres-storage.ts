import type { Storage, StoreItems } from 'botbuilder';
import type { Pool } from 'pg';
import { z } from 'zod';

/** What a store item is: an object (botbuilder's state); parsed on every read. */
const storedItemSchema = z.record(z.string(), z.unknown());

const rowSchema = z.object({ key: z.string(), value: storedItemSchema, etag: z.string() });

/**
 * botbuilder's `Storage` on PostgreSQL, shared by every instance: the conversation state lives here when
 * DATABASE_URL is set, so a triage started on one instance continues on another. Like the in-memory store
 * (../expiring-memory-storage.ts): an item disappears `ttlMs` after it was last written, and a write carrying a
 * stale eTag is refused (`*` or no eTag overwrites). One statement per item, so a conflict cannot slip between a
 * read and a write.
 */
export class PostgresStorage implements Storage {
  private writes = 0;

  constructor(
    private readonly pool: Pool,
    private readonly ttlMs: number,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const result = await this.pool.query('SELECT key, value, etag::text AS etag FROM bot_state WHERE key = ANY($1) AND expires_at > now()', [keys]);
    const found: StoreItems = {};
    for (const raw of result.rows) {
      const row = rowSchema.parse(raw);
      found[row.key] = { ...row.value, eTag: row.etag };
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes)) {
      const value = storedItemSchema.parse(change ?? {});
      const eTag = typeof value['eTag'] === 'string' && value['eTag'] !== '*' ? value['eTag'] : null;
      delete value['eTag'];
      // Insert, or replace when the caller's eTag is the current one (or it gave none, or the row has expired).
      const result = await this.pool.query(
        `INSERT INTO bot_state (key, value, etag, expires_at)
           VALUES ($1, $2, nextval('bot_state_etag'), now() + $3 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE
           SET value = EXCLUDED.value, etag = EXCLUDED.etag, expires_at = EXCLUDED.expires_at
           WHERE $4::text IS NULL OR bot_state.etag::text = $4::text OR bot_state.expires_at <= now()
         RETURNING etag`,
        [key, JSON.stringify(value), this.ttlMs, eTag],
      );
      if (result.rowCount === 0) throw new Error('Storage: eTag conflict writing an item');
    }
    // Expired items are unreadable at once; every so often they are also removed.
    if (++this.writes % 500 === 0) await this.pool.query('DELETE FROM bot_state WHERE expires_at <= now()');
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.pool.query('DELETE FROM bot_state WHERE key = ANY($1)', [keys]);
  }
}
