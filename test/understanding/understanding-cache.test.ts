import type { Lang } from '../../src/language/languages';
import { recentReadings } from '../../src/understanding/recent-readings';
import type { Understanding } from '../../src/understanding/types';
import { cachedDetector, cachedUnderstanding } from '../../src/understanding/understanding-cache';
import type { ArticleIntent } from '../../src/knowledge/intents';

function counting() {
  const calls: Array<[string, Lang]> = [];
  const understand = (text: string, lng: Lang): Understanding => {
    calls.push([text, lng]);
    const intent: ArticleIntent = { kind: 'article', articleId: `a${calls.length}` };
    return { danger: text.includes('drepe'), intent, candidates: [] };
  };
  return { understand, calls };
}

describe('the understanding cache', () => {
  let clock = new Date('2026-11-30T10:00:00Z');
  const now = () => clock;
  beforeEach(() => {
    clock = new Date('2026-11-30T10:00:00Z');
  });

  it('reads a message once and gives the same reading again', () => {
    const { understand, calls } = counting();
    const cached = cachedUnderstanding(understand, { size: 10, ttlMs: 60_000, now });
    const first = cached('hjelp', 'nb');
    expect(cached('hjelp', 'nb')).toBe(first);
    expect(calls).toHaveLength(1);
    expect(cached.stats()).toEqual({ hits: 1, misses: 1, size: 1 });
  });

  it('keys on the language and the exact text', () => {
    const { understand, calls } = counting();
    const cached = cachedUnderstanding(understand, { size: 10, ttlMs: 60_000, now });
    cached('help', 'nb');
    cached('help', 'en');
    cached('help ', 'en');
    expect(calls).toHaveLength(3);
  });

  it('reads again after the time to live and on a new day (relative years change at midnight UTC)', () => {
    const { understand, calls } = counting();
    const cached = cachedUnderstanding(understand, { size: 10, ttlMs: 60_000, now });
    cached('hvor mange saker i fjor', 'nb');
    clock = new Date('2026-11-30T10:00:59Z');
    cached('hvor mange saker i fjor', 'nb');
    expect(calls).toHaveLength(1);
    clock = new Date('2026-11-30T10:01:01Z');
    cached('hvor mange saker i fjor', 'nb');
    expect(calls).toHaveLength(2);

    const yearEnd = cachedUnderstanding(understand, { size: 10, ttlMs: 3_600_000, now });
    clock = new Date('2026-12-31T23:59:30Z');
    yearEnd('hvor mange saker i fjor', 'nb');
    clock = new Date('2027-01-01T00:00:10Z');
    yearEnd('hvor mange saker i fjor', 'nb');
    expect(calls).toHaveLength(4);
  });

  it('keeps at most `size` readings, dropping the least recently used', () => {
    const { understand, calls } = counting();
    const cached = cachedUnderstanding(understand, { size: 2, ttlMs: 60_000, now });
    cached('a', 'nb');
    cached('b', 'nb');
    cached('a', 'nb'); // a is now the most recent
    cached('c', 'nb'); // drops b
    expect(cached.stats().size).toBe(2);
    cached('a', 'nb');
    expect(calls).toHaveLength(3);
    cached('b', 'nb');
    expect(calls).toHaveLength(4);
  });

  it('is off with size 0', () => {
    const { understand, calls } = counting();
    const cached = cachedUnderstanding(understand, { size: 0, ttlMs: 60_000, now });
    cached('hjelp', 'nb');
    cached('hjelp', 'nb');
    expect(calls).toHaveLength(2);
  });

  it('freezes readings, so a handler cannot change what the next turn gets', () => {
    const { understand } = counting();
    const cached = cachedUnderstanding(understand, { size: 10, ttlMs: 60_000, now });
    const reading = cached('hva er tvangsekteskap', 'nb');
    expect(Object.isFrozen(reading)).toBe(true);
    expect(Object.isFrozen(reading.intent)).toBe(true);
    expect(() => {
      (reading.intent as { kind: string }).kind = 'unknown';
    }).toThrow(TypeError);
  });

  it('caches language detection by text', () => {
    let calls = 0;
    const detector = cachedDetector(
      {
        detect: () => {
          calls += 1;
          return { lng: 'nb', reliable: true };
        },
      },
      { size: 10, ttlMs: 60_000, now },
    );
    expect(detector.detect('hei')).toEqual({ lng: 'nb', reliable: true });
    detector.detect('hei');
    expect(calls).toBe(1);
  });

  it('keys entries by a digest, never by the text itself', () => {
    const readings = recentReadings<number>({ size: 10, ttlMs: 60_000, now });
    const seen: string[] = [];
    const realSet = Map.prototype.set;
    const spy = jest.spyOn(Map.prototype, 'set').mockImplementation(function (this: Map<unknown, unknown>, key: unknown, value: unknown) {
      if (typeof key === 'string') seen.push(key);
      return realSet.call(this, key, value);
    });
    try {
      readings.get(['Fatima i 9B er redd faren'], () => 1);
    } finally {
      spy.mockRestore();
    }
    expect(seen.length).toBeGreaterThan(0);
    for (const key of seen) expect(key).not.toMatch(/Fatima|redd/);
    expect(seen.every((key) => /^[A-Za-z0-9_-]{43}$/.test(key))).toBe(true);
  });
});
