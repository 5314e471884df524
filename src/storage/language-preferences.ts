import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { langSchema, type Lang } from '../language/languages';
import { createLogger, type Logger } from '../logging/logger';
import { errnoCode, readJsonOrQuarantine, writeJsonAtomic, type AtomicFs } from './atomic-json-file';
import { createStorageHealth, type StorageHealth } from './storage-health';

/** A user's explicit language choice, kept across restarts. Keys are hashed: the file holds no user ids. */
export interface LanguagePreferences {
  get(userKey: string): Lang | undefined;
  set(userKey: string, lng: Lang): Promise<void>;
}

const fileSchema = z.object({ version: z.literal(1), languages: z.record(z.string(), langSchema) });

function hashKey(userKey: string): string {
  return createHash('sha256').update('veiviser-language:' + userKey).digest('hex').slice(0, 32);
}

export function memoryLanguagePreferences(): LanguagePreferences {
  const map = new Map<string, Lang>();
  return {
    get: (userKey) => map.get(hashKey(userKey)),
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
    get: (userKey) => map.get(hashKey(userKey)),
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
