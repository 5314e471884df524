import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { langSchema, type Lang } from '../language/languages';

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

/** JSON file in DATA_DIR; writes are serialised and atomic (temp file + rename). */
export async function fileLanguagePreferences(dataDir: string): Promise<LanguagePreferences> {
  const file = path.join(dataDir, 'language-preferences.json');
  await mkdir(dataDir, { recursive: true });
  const map = new Map<string, Lang>();
  try {
    const parsed = fileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    for (const [k, v] of Object.entries(parsed.languages)) map.set(k, v);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  let queue: Promise<void> = Promise.resolve();
  return {
    get: (userKey) => map.get(hashKey(userKey)),
    set(userKey, lng) {
      map.set(hashKey(userKey), lng);
      const snapshot = JSON.stringify({ version: 1, languages: Object.fromEntries(map) });
      queue = queue.then(async () => {
        const tmp = `${file}.${process.pid}.tmp`;
        await writeFile(tmp, snapshot, 'utf8');
        await rename(tmp, file);
      });
      return queue;
    },
  };
}
