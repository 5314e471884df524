import type { Storage } from 'botbuilder';
import { ExpiringMemoryStorage } from '../../src/storage/expiring-memory-storage';
import { migrate, MIGRATIONS } from '../../src/storage/postgres/migrations';
import { PostgresStorage } from '../../src/storage/postgres/postgres-storage';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../helpers/postgres';

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
