import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

/**
 * The few file operations the store needs, passed in so tests can inject failures (disk full, read-only)
 * without needing a real full disk. The default is node:fs/promises.
 */
export type StoreFs = Pick<typeof nodeFs, 'open' | 'rename' | 'readFile' | 'readdir' | 'mkdir' | 'unlink' | 'stat' | 'copyFile'>;

export const defaultStoreFs: StoreFs = nodeFs;

/** Flushes a directory entry (after rename/create), so the new name survives a power cut. Not supported on Windows. */
export async function fsyncDirectory(fs: StoreFs, dir: string): Promise<void> {
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

/** Removes temp files a killed process left behind. Only the lock holder may call this. */
export async function removeStaleTempFiles(fs: StoreFs, targets: readonly string[]): Promise<number> {
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
 * A crash at any moment leaves either the old file or the new one, never a torn file.
 */
export async function writeFileAtomic(fs: StoreFs, target: string, data: string | Uint8Array): Promise<void> {
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
    // The temp file is garbage now; the target is untouched. Removal may fail on a read-only disk, which is fine.
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(fs, dir);
}

/**
 * An append-only file of JSON lines, each acknowledged only after fsync.
 * If an append fails half-way (disk full), the file is cut back to its last good length, so a torn line can
 * only ever be the last line after a crash (and a torn last line was never acknowledged).
 */
export class JournalFile {
  /** Set when a failed append could not be cut back: nothing more may be appended after a torn line. */
  private broken = false;
  /** Set when the journal was replaced but the new file could not be opened yet. */
  private mustReopen = false;

  private constructor(
    private readonly fs: StoreFs,
    private readonly file: string,
    private handle: nodeFs.FileHandle,
    private size: number,
  ) {}

  static async open(fs: StoreFs, file: string, expectedSize: number): Promise<JournalFile> {
    const handle = await fs.open(file, 'a+', 0o600);
    const { size } = await handle.stat();
    if (size !== expectedSize) {
      // A torn tail from a crash: cut it off before anything new is appended after it.
      await handle.truncate(expectedSize);
      await handle.sync();
    }
    // A newly created journal's directory entry must be durable before the first acknowledged append.
    await fsyncDirectory(fs, path.dirname(file));
    return new JournalFile(fs, file, handle, expectedSize);
  }

  get byteLength(): number {
    return this.size;
  }

  /** Appends complete lines and fsyncs. On failure the file is restored to its previous length and the error rethrown. */
  async append(lines: readonly string[]): Promise<void> {
    const buffer = Buffer.from(lines.map((l) => l + '\n').join(''), 'utf8');
    if (this.mustReopen) {
      const handle = await this.fs.open(this.file, 'a+', 0o600);
      await this.handle.close().catch(() => undefined);
      this.handle = handle;
      this.size = (await handle.stat()).size;
      this.mustReopen = false;
    }
    if (this.broken) {
      await this.handle.truncate(this.size);
      this.broken = false;
    }
    try {
      let written = 0;
      while (written < buffer.length) {
        const { bytesWritten } = await this.handle.write(buffer, written, buffer.length - written, null);
        written += bytesWritten;
      }
      await this.handle.datasync();
      this.size += buffer.length;
    } catch (error) {
      await this.handle.truncate(this.size).catch(() => {
        this.broken = true;
      });
      throw error;
    }
  }

  /** Replaces the journal with an empty file (after a snapshot has absorbed its entries). */
  async reset(): Promise<void> {
    await writeFileAtomic(this.fs, this.file, '');
    const old = this.handle;
    try {
      this.handle = await this.fs.open(this.file, 'a+', 0o600);
    } catch (error) {
      // The old handle now points at the replaced file: appending to it would write to a file nobody reads.
      this.mustReopen = true;
      throw error;
    }
    this.size = 0;
    await old.close();
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

/**
 * The errno code of a file-system error ('ENOENT', 'ENOSPC', …). Checked structurally, not with `instanceof Error`:
 * errors from Node's fs come from another realm under jest, where `instanceof` fails.
 */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
