import { createHmac, randomBytes } from 'node:crypto';
import path from 'node:path';
import { errnoCode, fsyncDirectory, type StoreFs } from './durable-file';

/**
 * Registrations carry a keyed hash of the registrar's Entra object id, never the id itself, so the data file
 * alone cannot tell who registered what. The key is per installation (DATA_DIR/stats-secret, mode 0600).
 * The hash is used only to allow undo by the same person and to rate-limit; it is never exported or shown.
 */
export type RegistrarHasher = (aadObjectId: string) => string;

const SECRET_FILE = 'stats-secret';

export async function loadRegistrarHasher(fs: StoreFs, dataDir: string): Promise<RegistrarHasher> {
  const file = path.join(dataDir, SECRET_FILE);
  return registrarHasher(await readOrCreateSecret(fs, file));
}

/** The hash with a given key (the PostgreSQL store keeps its key in the database, shared by every instance). */
export function registrarHasher(secret: Buffer): RegistrarHasher {
  return (aadObjectId) => createHmac('sha256', secret).update(aadObjectId, 'utf8').digest('hex');
}

async function readOrCreateSecret(fs: StoreFs, file: string): Promise<Buffer> {
  try {
    const text = (await fs.readFile(file, 'utf8')).trim();
    if (/^[0-9a-f]{64}$/.test(text)) return Buffer.from(text, 'hex');
    // Empty: the first start died between creating and writing it, before any registration could use it.
    if (text === '') return await createSecret(fs, file, 'w');
    throw new Error(`${file} is not a 64-character hex secret; restore it from a backup (without it, undo of recent registrations is lost)`);
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error;
  }
  // 'wx': if two first starts race, one fails here instead of silently replacing the other's key.
  return await createSecret(fs, file, 'wx');
}

async function createSecret(fs: StoreFs, file: string, flags: 'w' | 'wx'): Promise<Buffer> {
  const secret = randomBytes(32);
  const handle = await fs.open(file, flags, 0o600);
  try {
    await handle.writeFile(secret.toString('hex') + '\n');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fsyncDirectory(fs, path.dirname(file));
  return secret;
}
