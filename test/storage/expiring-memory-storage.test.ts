import { ExpiringMemoryStorage } from '../../src/storage/expiring-memory-storage';

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
