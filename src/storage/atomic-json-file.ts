import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { Logger } from '../logging/logger';

/**
 * Small JSON files that must survive a crash or a full disk: written atomically and durably, read with a schema,
 * and set aside (quarantined) when damaged instead of stopping the bot. Used by the language preferences, the
 * feedback counts and the case store's snapshot.
 */
export type AtomicFs = Pick<typeof nodeFs, 'open' | 'rename' | 'readFile' | 'readdir' | 'unlink'>;

/** Flushes a directory entry (after rename/create), so the new name survives a power cut. Not supported on Windows. */
export async function fsyncDirectory(fs: Pick<AtomicFs, 'open'>, dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

let tempCounter = 0;

/** Temp files of writeFileAtomic for `target` (.name.<pid>.<n>.tmp). */
export function isTempFileOf(target: string, name: string): boolean {
  const base = path.basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${base}\\.\\d+\\.\\d+\\.tmp$`).test(name);
}

/** Removes temp files a killed process left behind. Only the file's one writer may call this. */
export async function removeStaleTempFiles(fs: Pick<AtomicFs, 'readdir' | 'unlink'>, targets: readonly string[]): Promise<number> {
  let removed = 0;
  for (const dir of new Set(targets.map((t) => path.dirname(t)))) {
    for (const name of await fs.readdir(dir)) {
      if (!targets.some((t) => path.dirname(t) === dir && isTempFileOf(t, name))) continue;
      await fs.unlink(path.join(dir, name));
      removed++;
    }
  }
  return removed;
}

/**
 * Atomic replace: write a temp file in the same directory, fsync it, rename it over the target, fsync the directory.
 * A crash at any moment leaves either the old file or the new one, never a torn file; a failed write (disk full)
 * leaves the old file and removes its temp file.
 */
export async function writeFileAtomic(fs: Pick<AtomicFs, 'open' | 'rename' | 'unlink'>, target: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${++tempCounter}.tmp`);
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'w', 0o600);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    // The temp file is garbage now; the target is untouched. Removal may fail on a read-only disk: the next
    // start removes it (removeStaleTempFiles).
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(fs, dir);
}

export function writeJsonAtomic(target: string, value: unknown, fs: AtomicFs = nodeFs): Promise<void> {
  return writeFileAtomic(fs, target, JSON.stringify(value, null, 2) + '\n');
}

/** `file` renamed aside as `<file>.damaged-<UTC time>`, kept for whoever investigates. */
export function quarantineName(file: string, now: Date = new Date()): string {
  return `${file}.damaged-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')}`;
}

/**
 * Reads a JSON file written by writeJsonAtomic. Missing: undefined. Damaged (not JSON, or not matching `schema`):
 * renamed aside with quarantineName, a warning naming the file, and undefined, so the caller starts empty.
 * Unreadable (I/O error): a warning naming the file, and undefined.
 * Leftover temp files of the target are removed first.
 */
export async function readJsonOrQuarantine<T>(file: string, schema: z.ZodType<T>, log: Logger, fs: AtomicFs = nodeFs): Promise<T | undefined> {
  await removeStaleTempFiles(fs, [file]).catch(() => 0);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    // Unreadable (I/O error, permissions): start empty rather than stop the bot; the warning names the file.
    log.warn('data file could not be read; starting empty', { file, code: errnoCode(error) ?? 'unknown' });
    return undefined;
  }
  let problem: string;
  try {
    const parsed = schema.safeParse(JSON.parse(text) as unknown);
    if (parsed.success) return parsed.data;
    problem = 'does not match its schema';
  } catch {
    problem = 'is not valid JSON';
  }
  const aside = quarantineName(file);
  try {
    await fs.rename(file, aside);
    log.warn('damaged data file set aside; starting empty', { file, problem, quarantinedAs: aside });
  } catch (error) {
    log.warn('damaged data file could not be set aside; starting empty', { file, problem, code: errnoCode(error) ?? 'unknown' });
  }
  return undefined;
}

/** The errno code of a file-system error, checked by shape (errors from node:fs may come from another realm under jest). */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
