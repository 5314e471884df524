import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { Pool } from 'pg';
import { z } from 'zod';
import { langSchema, type Lang } from '../language/languages';
import { createLogger, type Logger } from '../logging/logger';
import { errnoCode, readJsonOrQuarantine, writeJsonAtomic, type AtomicFs } from './atomic-json-file';
import { createStorageHealth, type StorageHealth } from './storage-health';

/**
 * A user's explicit language choice, kept across restarts (and shared by every instance on PostgreSQL). Keys are
 * hashed: neither the file nor the table holds user ids. The bot reads it once per turn (veiviser-bot.ts run()).
 */
export interface LanguagePreferences {
  get(userKey: string): Promise<Lang | undefined>;
  set(userKey: string, lng: Lang): Promise<void>;
}

const fileSchema = z.object({ version: z.literal(1), languages: z.record(z.string(), langSchema) });

export function hashKey(userKey: string): string {
  return createHash('sha256').update('veiviser-language:' + userKey).digest('hex').slice(0, 32);
}

export function memoryLanguagePreferences(): LanguagePreferences {
  const map = new Map<string, Lang>();
  return {
    get: async (userKey) => map.get(hashKey(userKey)),
    set: async (userKey, lng) => void map.set(hashKey(userKey), lng),
  };
}

export const LANGUAGE_PREFERENCES_FILE = 'language-preferences.json';

/**
 * JSON file in DATA_DIR, written atomically and fsync'd (writeJsonAtomic), one write at a time. A failed write
 * (disk full) rejects that `set` and leaves the choice in memory; the next `set` writes everything again. A damaged
 * file is set aside and the bot starts with no preferences: a language choice must never stop guidance.
 */
export async function fileLanguagePreferences(
  dataDir: string,
  log: Logger = createLogger({ level: 'warn', name: 'veiviser' }),
  health: StorageHealth = createStorageHealth(),
  fs: AtomicFs = nodeFs,
): Promise<LanguagePreferences> {
  const file = path.join(dataDir, LANGUAGE_PREFERENCES_FILE);
  const logger = log.child('language-preferences');
  await nodeFs.mkdir(dataDir, { recursive: true });
  const map = new Map<string, Lang>();
  const stored = await readJsonOrQuarantine(file, fileSchema, logger, fs);
  if (stored) for (const [k, v] of Object.entries(stored.languages)) map.set(k, v);
  health.report('language-preferences', 'ok');
  let queue: Promise<void> = Promise.resolve();
  return {
    get: async (userKey) => map.get(hashKey(userKey)),
    set(userKey, lng) {
      map.set(hashKey(userKey), lng);
      const snapshot = { version: 1, languages: Object.fromEntries(map) };
      const write = queue.then(() => writeJsonAtomic(file, snapshot, fs));
      // The next write waits for this one whether it succeeds or not: one failure must not stop every later write.
      queue = write.then(
        () => health.report('language-preferences', 'ok'),
        (error: unknown) => {
          health.report('language-preferences', 'write-failed');
          logger.warn('language preference not saved', { file, code: errnoCode(error) ?? 'unknown' });
        },
      );
      return write;
    },
  };
}

/**
 * The language choices in PostgreSQL (table language_preferences), shared by every instance: a choice made through
 * one instance holds on the next turn, wherever it lands. A failed read answers "no choice" (the turn goes on in the
 * detected language); a failed write rejects that `set`, so the user hears it was not kept.
 */
export function postgresLanguagePreferences(pool: Pool, log: Logger = createLogger({ level: 'warn', name: 'veiviser' }), health: StorageHealth = createStorageHealth()): LanguagePreferences {
  const logger = log.child('language-preferences');
  return {
    async get(userKey) {
      try {
        const result = await pool.query<{ lng: string }>('SELECT lng FROM language_preferences WHERE user_hash = $1', [hashKey(userKey)]);
        const parsed = langSchema.safeParse(result.rows[0]?.lng);
        return parsed.success ? parsed.data : undefined;
      } catch (error) {
        health.report('language-preferences', 'write-failed');
        logger.warn('language preference not read', { errorName: error instanceof Error ? error.name : 'unknown' });
        return undefined;
      }
    },
    async set(userKey, lng) {
      try {
        await pool.query(
          `INSERT INTO language_preferences (user_hash, lng) VALUES ($1, $2)
           ON CONFLICT (user_hash) DO UPDATE SET lng = EXCLUDED.lng, updated_at = now()`,
          [hashKey(userKey), lng],
        );
        health.report('language-preferences', 'ok');
      } catch (error) {
        health.report('language-preferences', 'write-failed');
        logger.warn('language preference not saved', { errorName: error instanceof Error ? error.name : 'unknown' });
        throw error;
      }
    },
  };
}
