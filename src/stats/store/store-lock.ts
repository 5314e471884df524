import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync, fsyncSync } from 'node:fs';
import os from 'node:os';
import { errnoCode } from './durable-file';
import { StatsStoreError } from './stats-store';

/**
 * One writer per data file: a lock file created with O_EXCL holding the owner's pid.
 * A lock left by a process that no longer runs (kill -9, power cut) is stale and is taken over.
 * Synchronous on purpose: the check-then-create must not interleave with another open in the same process.
 */
export interface StoreLock {
  release(): void;
}

export function acquireStoreLock(lockFile: string, isAlive: (pid: number) => boolean = processIsAlive): StoreLock {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      try {
        writeSync(fd, JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          try {
            unlinkSync(lockFile);
          } catch (error) {
            if (!isNotFound(error)) throw error;
          }
        },
      };
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      const owner = readOwner(lockFile);
      const stale = owner === undefined ? isOldEmptyLock(lockFile) : owner.host === os.hostname() && !isAlive(owner.pid);
      if (stale) {
        // Stale: the owner died without releasing. Remove and try once more (another process may win the race).
        try {
          unlinkSync(lockFile);
        } catch (unlinkError) {
          if (!isNotFound(unlinkError)) throw unlinkError;
        }
        continue;
      }
      const who = owner ? `process ${owner.pid} on ${owner.host} (since ${owner.since})` : 'another process';
      throw new StatsStoreError(
        'locked',
        `The statistics store is already open for writing by ${who}. ` +
          `Only one process may write it: stop the other process (the bot, or another stats command) and try again. ` +
          `If no such process exists, delete the lock file ${lockFile}.`,
      );
    }
  }
  throw new StatsStoreError('locked', `Could not take the lock ${lockFile}: another process keeps taking it.`);
}

function readOwner(lockFile: string): { pid: number; host: string; since: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(lockFile, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const pid = 'pid' in parsed && typeof parsed.pid === 'number' ? parsed.pid : undefined;
    const host = 'host' in parsed && typeof parsed.host === 'string' ? parsed.host : '';
    const since = 'since' in parsed && typeof parsed.since === 'string' ? parsed.since : '';
    return pid === undefined ? undefined : { pid, host, since };
  } catch {
    // Unreadable or half-written lock (its writer died between create and write): treat as held, to be safe.
    return undefined;
  }
}

/**
 * A lock file without a readable owner: its creator died between creating and writing it (a few microseconds),
 * or is in that window right now. After 10 seconds it is certainly the former.
 */
function isOldEmptyLock(lockFile: string): boolean {
  try {
    return Date.now() - statSync(lockFile).mtimeMs > 10_000;
  } catch {
    return false;
  }
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return errnoCode(error) === 'EPERM';
  }
}

function isAlreadyExists(error: unknown): boolean {
  return errnoCode(error) === 'EEXIST';
}

function isNotFound(error: unknown): boolean {
  return errnoCode(error) === 'ENOENT';
}
