import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Storage } from 'botbuilder';
import { FEEDBACK_FILE, fileFeedbackStore, postgresFeedbackStore } from '../../src/knowledge/feedback-store';
import { createLogger } from '../../src/logging/logger';
import type { AtomicFs } from '../../src/storage/atomic-json-file';
import { ExpiringMemoryStorage } from '../../src/storage/expiring-memory-storage';
import { fileLanguagePreferences, LANGUAGE_PREFERENCES_FILE, postgresLanguagePreferences } from '../../src/storage/language-preferences';
import { migrate, MIGRATIONS } from '../../src/storage/postgres/migrations';
import { PostgresStorage } from '../../src/storage/postgres/postgres-storage';
import { createStorageHealth } from '../../src/storage/storage-health';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../helpers/postgres';

// (was storage-contract.test.ts)

/**
 * The same contract for every botbuilder Storage the bot can run on: the in-memory store of one instance and the
 * PostgreSQL store several instances share. What the conversation state relies on: read back what was written,
 * eTags that refuse a stale write, deletes, and forgetting after the TTL.
 */
function storageContract(name: string, open: (ttlMs: number) => Promise<{ storage: Storage; close(): Promise<void> }>): void {
  describe(name, () => {
    let store: { storage: Storage; close(): Promise<void> };
    beforeEach(async () => {
      store = await open(60_000);
    });
    afterEach(() => store.close());

    it('reads back what was written, with an eTag, and nothing for keys never written', async () => {
      await store.storage.write({ a: { facts: { lng: 'nn' } } });
      const read = await store.storage.read(['a', 'missing']);
      expect(read['a']).toMatchObject({ facts: { lng: 'nn' }, eTag: expect.any(String) });
      expect(read['missing']).toBeUndefined();
      expect(await store.storage.read([])).toEqual({});
    });

    it('refuses a write with a stale eTag, accepts the current one and "*"', async () => {
      await store.storage.write({ a: { n: 1 } });
      const first = (await store.storage.read(['a']))['a'] as { eTag: string };
      await store.storage.write({ a: { n: 2, eTag: first.eTag } });
      await expect(store.storage.write({ a: { n: 3, eTag: first.eTag } })).rejects.toThrow(/eTag/);
      await store.storage.write({ a: { n: 4, eTag: '*' } });
      expect((await store.storage.read(['a']))['a']).toMatchObject({ n: 4 });
    });

    it('of two turns that read the same item, the second to write is refused', async () => {
      await store.storage.write({ c: { n: 0 } });
      const [one, two] = [(await store.storage.read(['c']))['c'], (await store.storage.read(['c']))['c']];
      await store.storage.write({ c: { ...one, n: 1 } });
      await expect(store.storage.write({ c: { ...two, n: 2 } })).rejects.toThrow(/eTag/);
      expect((await store.storage.read(['c']))['c']).toMatchObject({ n: 1 });
    });

    it('deletes on request', async () => {
      await store.storage.write({ a: { n: 1 }, b: { n: 2 } });
      await store.storage.delete(['a']);
      expect(Object.keys(await store.storage.read(['a', 'b']))).toEqual(['b']);
    });
  });
}

storageContract('in-memory storage (one instance)', async () => ({ storage: new ExpiringMemoryStorage(60_000), close: async () => undefined }));

describeWithPostgres('PostgreSQL storage (shared by instances)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await migrate(db.pool({ max: 1 }));
  });
  afterAll(() => db.drop());

  storageContract('the contract', async (ttlMs) => ({ storage: new PostgresStorage(db.pool({ max: 2 }), ttlMs), close: async () => undefined }));

  it('forgets an item after its TTL', async () => {
    // A TTL long enough that the read right after the write cannot miss it on a loaded machine (200 ms once did, with
    // another suite running beside CI), and a wait past it.
    const storage = new PostgresStorage(db.pool({ max: 1 }), 2000);
    await storage.write({ short: { n: 1 } });
    expect(Object.keys(await storage.read(['short']))).toEqual(['short']);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await storage.read(['short'])).toEqual({});
    // An expired item may be written again whatever eTag the writer still holds.
    await storage.write({ short: { n: 2, eTag: 'stale' } });
    expect((await storage.read(['short']))['short']).toMatchObject({ n: 2 });
  });

  it('applies the schema once when several instances start at the same moment', async () => {
    const other = await createTestDatabase();
    try {
      const results = await Promise.all([1, 2, 3, 4].map(() => migrate(other.pool({ max: 1 }))));
      expect(results.flat()).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await migrate(other.pool({ max: 1 }))).toEqual([]);
    } finally {
      await other.drop();
    }
  });

  it('gives two instances one state: what one writes, the other reads; a stale write from either is refused', async () => {
    const one = new PostgresStorage(db.pool({ max: 2 }), 60_000);
    const two = new PostgresStorage(db.pool({ max: 2 }), 60_000);
    await one.write({ shared: { triage: 'country' } });
    const seen = (await two.read(['shared']))['shared'];
    expect(seen).toMatchObject({ triage: 'country' });
    await one.write({ shared: { ...(await one.read(['shared']))['shared'], triage: 'age' } });
    await expect(two.write({ shared: { ...seen, triage: 'role' } })).rejects.toThrow(/eTag/);
  });
});

// (was expiring-memory-storage.test.ts)

describe('ExpiringMemoryStorage (the conversation state store)', () => {
  let now = 0;
  const storage = () => new ExpiringMemoryStorage(1000, 3, () => now);
  beforeEach(() => {
    now = 0;
  });

  it('reads back what was written, with an eTag', async () => {
    const s = storage();
    await s.write({ a: { step: 'age' } });
    const read = await s.read(['a', 'missing']);
    expect(read['a']).toMatchObject({ step: 'age', eTag: expect.any(String) });
    expect(read['missing']).toBeUndefined();
  });

  it('forgets an item once the TTL has passed since the last write', async () => {
    const s = storage();
    await s.write({ a: { n: 1 } });
    now = 900;
    await s.write({ a: { n: 2 } });
    now = 1800;
    expect((await s.read(['a']))['a']).toMatchObject({ n: 2 });
    now = 1901;
    expect(await s.read(['a'])).toEqual({});
  });

  it('rejects a write with a stale eTag, accepts "*" and a current one', async () => {
    const s = storage();
    await s.write({ a: { n: 1 } });
    const first = (await s.read(['a']))['a'] as { eTag: string };
    await s.write({ a: { n: 2, eTag: first.eTag } });
    await expect(s.write({ a: { n: 3, eTag: first.eTag } })).rejects.toThrow(/eTag/);
    await s.write({ a: { n: 4, eTag: '*' } });
    expect((await s.read(['a']))['a']).toMatchObject({ n: 4 });
  });

  it('drops the least recently written items beyond its cap, and deletes on request', async () => {
    const s = storage();
    for (const key of ['a', 'b', 'c', 'd']) await s.write({ [key]: { key } });
    expect(Object.keys(await s.read(['a', 'b', 'c', 'd']))).toEqual(['b', 'c', 'd']);
    await s.delete(['b']);
    expect(s.size).toBe(2);
  });
});

// (was shared-preferences-feedback.test.ts)

/** Language choices and feedback counts on PostgreSQL: what one instance writes, the other reads on its next turn. */
describeWithPostgres('language choices and feedback counts shared through PostgreSQL', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
    await migrate(db.pool());
  });
  afterEach(() => db.drop());

  it('a language chosen through one instance is read by the other, and the table holds no user id', async () => {
    const [one, two] = [postgresLanguagePreferences(db.pool()), postgresLanguagePreferences(db.pool())];
    expect(await two.get('29:user-a')).toBeUndefined();
    await one.set('29:user-a', 'ar');
    expect(await two.get('29:user-a')).toBe('ar');
    await two.set('29:user-a', 'so');
    expect(await one.get('29:user-a')).toBe('so');
    const rows = await db.pool().query('SELECT * FROM language_preferences');
    expect(JSON.stringify(rows.rows)).not.toContain('user-a');
  });

  it('counts every vote sent at once through two instances', async () => {
    const [one, two] = [postgresFeedbackStore(db.pool()), postgresFeedbackStore(db.pool())];
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? one : two).increment('forced-marriage', 'nb', i % 4 === 0 ? 'down' : 'up')));
    await one.increment('fgm', 'so', 'up');
    expect(await two.counts()).toEqual({ 'forced-marriage': { nb: { up: 30, down: 10 } }, fgm: { so: { up: 1, down: 0 } } });
  });
});

// (was language-preferences.test.ts)

let dir: string;

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
  // A fresh folder for each test: the former file's top-level hooks, here so that they reach only its tests.
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-prefs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

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
  // A fresh folder for each test: the former file's top-level hooks, here so that they reach only its tests.
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-prefs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

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
