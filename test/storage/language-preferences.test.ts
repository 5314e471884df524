import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../../src/logging/logger';
import { fileFeedbackStore, FEEDBACK_FILE } from '../../src/knowledge/feedback-store';
import type { AtomicFs } from '../../src/storage/atomic-json-file';
import { fileLanguagePreferences, LANGUAGE_PREFERENCES_FILE } from '../../src/storage/language-preferences';
import { createStorageHealth } from '../../src/storage/storage-health';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-prefs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A logger that keeps what it was asked to write, to check that a warning names the file. */
function recordingLogger() {
  const lines: string[] = [];
  const base = createLogger({ level: 'silent' });
  const make = (): ReturnType<typeof createLogger> => ({
    ...base,
    warn: (message, fields) => void lines.push(`${message} ${JSON.stringify(fields ?? {})}`),
    child: () => make(),
  });
  return { log: make(), lines };
}

/** node:fs/promises where writes fail with ENOSPC while `full` is set: the temp file is created, then the write fails. */
function fullDisk() {
  const state = { full: false };
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  const fs: AtomicFs = {
    ...nodeFs,
    open: async (...args: Parameters<typeof nodeFs.open>) => {
      const handle = await nodeFs.open(...args);
      const writeFile = handle.writeFile.bind(handle);
      return Object.assign(handle, { writeFile: (...a: Parameters<typeof writeFile>) => (state.full ? Promise.reject(enospc()) : writeFile(...a)) });
    },
  };
  return { fs, state };
}

const files = () => readdirSync(dir);

describe('language preferences file', () => {
  it('keeps working after a failed write (disk full), and leaves no temp file behind', async () => {
    const { fs, state } = fullDisk();
    const health = createStorageHealth();
    const prefs = await fileLanguagePreferences(dir, createLogger({ level: 'silent' }), health, fs);
    state.full = true;
    await expect(prefs.set('user-1', 'ar')).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(health.summary().storage).toBe('write-failed');
    expect(files().filter((f) => f.endsWith('.tmp'))).toEqual([]);
    state.full = false;
    await prefs.set('user-2', 'so');
    expect(health.summary().storage).toBe('ok');
    const reopened = await fileLanguagePreferences(dir, createLogger({ level: 'silent' }), createStorageHealth());
    // Both choices are saved: the second write carries the first one too.
    expect([await reopened.get('user-1'), await reopened.get('user-2')]).toEqual(['ar', 'so']);
  });

  it('sets a damaged file aside with a warning naming it, and starts with no preferences', async () => {
    writeFileSync(path.join(dir, LANGUAGE_PREFERENCES_FILE), '{"version":1,"languages":{"abc":');
    const { log, lines } = recordingLogger();
    const prefs = await fileLanguagePreferences(dir, log, createStorageHealth());
    expect(await prefs.get('user-1')).toBeUndefined();
    expect(lines.join('\n')).toContain(path.join(dir, LANGUAGE_PREFERENCES_FILE));
    const aside = files().filter((f) => f.startsWith(`${LANGUAGE_PREFERENCES_FILE}.damaged-`));
    expect(aside).toHaveLength(1);
    expect(readFileSync(path.join(dir, aside[0] ?? ''), 'utf8')).toBe('{"version":1,"languages":{"abc":');
    await prefs.set('user-1', 'en');
    expect(await (await fileLanguagePreferences(dir, log, createStorageHealth())).get('user-1')).toBe('en');
  });

  it('removes a 0-byte temp file left by a crash', async () => {
    writeFileSync(path.join(dir, `.${LANGUAGE_PREFERENCES_FILE}.123.1.tmp`), '');
    await fileLanguagePreferences(dir, createLogger({ level: 'silent' }), createStorageHealth());
    expect(files()).toEqual([]);
  });
});

describe('feedback counts file', () => {
  it('sets a damaged file aside and starts from zero instead of stopping start-up', async () => {
    writeFileSync(path.join(dir, FEEDBACK_FILE), 'not json');
    const { log, lines } = recordingLogger();
    const store = await fileFeedbackStore(dir, log, createStorageHealth());
    expect(await store.counts()).toEqual({});
    expect(lines.join('\n')).toContain(path.join(dir, FEEDBACK_FILE));
    expect(files().some((f) => f.startsWith(`${FEEDBACK_FILE}.damaged-`))).toBe(true);
  });

  it('a failed write rejects that vote and the next one is saved with it', async () => {
    const { fs, state } = fullDisk();
    const store = await fileFeedbackStore(dir, createLogger({ level: 'silent' }), createStorageHealth(), fs);
    state.full = true;
    await expect(store.increment('a1', 'nb', 'up')).rejects.toMatchObject({ code: 'ENOSPC' });
    state.full = false;
    await store.increment('a1', 'nb', 'up');
    expect(files().filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await expect((await fileFeedbackStore(dir, createLogger({ level: 'silent' }), createStorageHealth())).counts()).resolves.toEqual({ a1: { nb: { up: 2, down: 0 } } });
  });
});
