import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import os from 'node:os';
import { errnoCode } from './durable-file';
import { StatsStoreError } from './stats-store';

/**
 * One writer per data directory: a lock file created with O_EXCL, naming its owner by host, pid, the process's
 * start time and a random token drawn once per process, and kept fresh (mtime) by a heartbeat.
 *
 * Why not a pid alone: with node as PID 1 in a container, the process restarted after `kill -9` is PID 1 again,
 * and "is process 1 alive?" answers yes — for itself. The token tells "this process" from "an earlier process with
 * the same pid"; the start time (Linux /proc) tells a live owner from an unrelated process that reused its pid.
 * A lock from another host (a recreated container has a new hostname) cannot be checked by pid, so it is stale
 * when its heartbeat has stopped for `staleMs`.
 *
 * Why not proper-lockfile: it decides by mtime only, with a minimum stale time of 2 s (5 s documented), so every
 * restart after a crash would wait that long or fail; a same-host owner can be decided at once.
 * Synchronous on purpose: the check-then-create must not interleave with another open in the same process.
 */
export interface StoreLock {
  release(): void;
}

export interface StoreLockOptions {
  /** A lock whose heartbeat is older than this is stale when its owner cannot be checked (another host). */
  readonly staleMs?: number;
  /** Called when the lock file was removed or taken over while held: another writer may be running. */
  readonly onCompromised?: (reason: string) => void;
  /** For tests: is a process with this pid alive? */
  readonly isAlive?: (pid: number) => boolean;
  /** For tests: the start time of a process (opaque, comparable), or undefined when unknown. */
  readonly startTimeOf?: (pid: number) => string | undefined;
}

export const DEFAULT_LOCK_STALE_MS = 30_000;

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  readonly token?: string;
  readonly started?: string;
}

/** Drawn once per process: two opens in one process share it (the second is refused), a restarted process does not. */
const PROCESS_TOKEN = randomUUID();

export function acquireStoreLock(lockFile: string, options: StoreLockOptions = {}): StoreLock {
  const staleMs = options.staleMs ?? DEFAULT_LOCK_STALE_MS;
  const isAlive = options.isAlive ?? processIsAlive;
  const startTimeOf = options.startTimeOf ?? processStartTime;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      try {
        const owner: LockOwner = {
          pid: process.pid,
          host: os.hostname(),
          since: new Date().toISOString(),
          token: PROCESS_TOKEN,
          ...optional('started', startTimeOf(process.pid)),
        };
        writeSync(fd, JSON.stringify(owner));
        fsyncSync(fd);
      } catch (writeError) {
        // Disk full: an empty lock would look held for 10 s at the next start; remove it, then report the failure.
        closeSync(fd);
        removeIfPresent(lockFile);
        throw writeError;
      }
      closeSync(fd);
      return heldLock(lockFile, staleMs, options.onCompromised);
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') throw error;
      const owner = readOwner(lockFile);
      const verdict = owner === undefined ? (isOld(lockFile, Math.min(staleMs, 10_000)) ? 'stale' : 'held') : judge(owner, staleMs, lockFile, isAlive, startTimeOf);
      if (verdict === 'stale') {
        // The owner is gone. Remove and try again (another process may win the race).
        removeIfPresent(lockFile);
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

function judge(
  owner: LockOwner,
  staleMs: number,
  lockFile: string,
  isAlive: (pid: number) => boolean,
  startTimeOf: (pid: number) => string | undefined,
): 'stale' | 'held' {
  if (owner.host !== os.hostname()) return isOld(lockFile, staleMs) ? 'stale' : 'held';
  if (owner.pid === process.pid) {
    // Our own pid: either this very process (a second open: refused) or an earlier process that had our pid.
    return owner.token === PROCESS_TOKEN ? 'held' : 'stale';
  }
  if (!isAlive(owner.pid)) return 'stale';
  const started = startTimeOf(owner.pid);
  // Alive, but a different process that happens to have the pid now.
  if (owner.started !== undefined && started !== undefined && started !== owner.started) return 'stale';
  return 'held';
}

function heldLock(lockFile: string, staleMs: number, onCompromised: ((reason: string) => void) | undefined): StoreLock {
  let released = false;
  const own = readOwner(lockFile);
  const heartbeat = setInterval(() => {
    const now = readOwner(lockFile);
    if (!now || now.token !== own?.token || now.pid !== own?.pid) {
      clearInterval(heartbeat);
      onCompromised?.('the lock file was removed or taken over by another process');
      return;
    }
    try {
      const t = new Date();
      utimesSync(lockFile, t, t);
    } catch {
      // A full or read-only disk can refuse even this; the next beat tries again, and the lock file is still ours.
    }
  }, Math.max(100, Math.floor(staleMs / 3)));
  heartbeat.unref();
  return {
    release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      const now = readOwner(lockFile);
      // Never remove a lock another process has taken over.
      if (now && now.token === own?.token && now.pid === own?.pid) removeIfPresent(lockFile);
    },
  };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: string });
}

function readOwner(lockFile: string): LockOwner | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(lockFile, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const text = (key: string): string | undefined => (key in parsed ? stringOrUndefined((parsed as Record<string, unknown>)[key]) : undefined);
    const pid = 'pid' in parsed && typeof parsed.pid === 'number' ? parsed.pid : undefined;
    if (pid === undefined) return undefined;
    return { pid, host: text('host') ?? '', since: text('since') ?? '', ...optional('token', text('token')), ...optional('started', text('started')) };
  } catch {
    // Unreadable or half-written lock (its writer died between create and write): decided by age.
    return undefined;
  }
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function isOld(lockFile: string, ms: number): boolean {
  try {
    return Date.now() - statSync(lockFile).mtimeMs > ms;
  } catch {
    return false;
  }
}

function removeIfPresent(lockFile: string): void {
  try {
    unlinkSync(lockFile);
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error;
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

/** Field 22 of /proc/<pid>/stat (clock ticks since boot), or undefined where there is no /proc. */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}
