/**
 * What the stores report about their disks, for /healthz. A store that cannot write keeps the bot answering
 * (guidance and emergency numbers never depend on a data file), so a load balancer should keep routing to it:
 * /healthz stays 200 and says `status: 'degraded'` with the worst storage state, for monitoring to alert on.
 */
export type StorageState =
  /** Writes succeed. */
  | 'ok'
  /** The last write failed (disk full, read-only, I/O error); later writes are tried again. */
  | 'write-failed'
  /** Opened without writing at all (the disk could not be written at start-up): nothing new is saved until a restart. */
  | 'read-only'
  /** A data file was damaged and set aside (quarantined) or refused; see the log for which file. */
  | 'damaged';

export interface StorageHealth {
  report(component: string, state: StorageState): void;
  /** The worst state over all components, and each component's state. */
  summary(): { readonly storage: StorageState; readonly components: Readonly<Record<string, StorageState>> };
}

const SEVERITY: Readonly<Record<StorageState, number>> = { ok: 0, 'write-failed': 2, 'read-only': 3, damaged: 1 };

export function createStorageHealth(): StorageHealth {
  const states = new Map<string, StorageState>();
  return {
    report(component, state) {
      states.set(component, state);
    },
    summary() {
      let worst: StorageState = 'ok';
      for (const state of states.values()) if (SEVERITY[state] > SEVERITY[worst]) worst = state;
      return { storage: worst, components: Object.fromEntries(states) };
    },
  };
}
