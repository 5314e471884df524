import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { fsyncDirectory, writeFileAtomic } from '../../storage/atomic-json-file';

// The atomic-replace helpers are shared with the other small data files (src/storage/atomic-json-file.ts).
export { errnoCode, fsyncDirectory, isTempFileOf, removeStaleTempFiles, writeFileAtomic } from '../../storage/atomic-json-file';

/**
 * The few file operations the store needs, passed in so tests can inject failures (disk full, read-only)
 * without needing a real full disk. The default is node:fs/promises.
 */
export type StoreFs = Pick<typeof nodeFs, 'open' | 'rename' | 'readFile' | 'readdir' | 'mkdir' | 'unlink' | 'stat' | 'copyFile'>;

export const defaultStoreFs: StoreFs = nodeFs;

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
