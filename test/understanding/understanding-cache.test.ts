import { contactIntentSchema } from '../../src/contacts/intents';
import { envoyIdSchema, isEnvoyId, SERVICE_IDS } from '../../src/contacts/service-ids';
import { type ComposedEvaluation, loadComposedEvaluation } from '../../src/evaluation/composed';
import { type ArticleIntent, articleIntentSchema } from '../../src/knowledge/intents';
import { type Lang, LANGUAGES } from '../../src/language/languages';
import { statsIntentSchema } from '../../src/stats/intents';
import { isOfKind, parsedOfKind } from '../../src/understanding/intent-of-kind';
import { recentReadings } from '../../src/understanding/recent-readings';
import type { Understanding } from '../../src/understanding/types';
import type { ReadingStages } from '../../src/understanding/understand';
import { cachedDetector, cachedUnderstanding } from '../../src/understanding/understanding-cache';

// (was understanding-cache.test.ts)

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

describe('the understanding cache, read stage by stage', () => {
  const now = () => new Date('2026-11-30T10:00:00Z');

  const article = (articleId: string): ArticleIntent => ({ kind: 'article', articleId });

  /** A stand-in understanding that can be read in stages, counting each stage it reads. */
  function stagedCounting() {
    const read: string[] = [];
    const whole = (text: string): Understanding => ({ danger: false, role: 'school', intent: article(text), candidates: [{ intent: { kind: 'article' }, score: 0.9, source: 'fake' }] });
    const understand = Object.assign(
      (text: string): Understanding => (read.push(`whole:${text}`), whole(text)),
      {
        inStages: (text: string, _lng: Lang): ReadingStages => ({
          role: () => (read.push(`role:${text}`), 'school' as const),
          candidates: () => (read.push(`candidates:${text}`), whole(text).candidates),
          understanding: () => (read.push(`whole:${text}`), whole(text)),
        }),
      },
    );
    return { understand, read };
  }

  it('answers every stage from a reading it keeps, without reading the message again', () => {
    const { understand, read } = stagedCounting();
    const cached = cachedUnderstanding(understand, { size: 10, ttlMs: 60_000, now });
    const kept = cached('hvem kan hjelpe en elev', 'nb');
    const stages = cached.inStages?.('hvem kan hjelpe en elev', 'nb');
    expect(stages?.role()).toBe('school');
    expect(stages?.candidates()).toBe(kept.candidates);
    expect(stages?.understanding()).toBe(kept);
    expect(read).toEqual(['whole:hvem kan hjelpe en elev']);
    // Looking at what is kept is neither a hit nor a miss; the whole reading asked in stages is a hit.
    expect(cached.stats()).toEqual({ hits: 1, misses: 1, size: 1 });
  });

  it('keeps the whole reading made in stages, and reads no stage twice', () => {
    const { understand, read } = stagedCounting();
    const cached = cachedUnderstanding(understand, { size: 10, ttlMs: 60_000, now });
    const stages = cached.inStages?.('two things: the number and the e-mail', 'en');
    expect(stages?.candidates()).toHaveLength(1);
    const whole = stages?.understanding();
    expect(stages?.understanding()).toBe(whole);
    expect(cached('two things: the number and the e-mail', 'en')).toBe(whole);
    expect(read).toEqual(['candidates:two things: the number and the e-mail', 'whole:two things: the number and the e-mail']);
  });

  it('reads in stages with the cache off, each whole reading made once', () => {
    const { understand, read } = stagedCounting();
    const cached = cachedUnderstanding(understand, { size: 0, ttlMs: 60_000, now });
    const stages = cached.inStages?.('kto doradza szkołom', 'pl');
    expect(stages?.role()).toBe('school');
    stages?.understanding();
    stages?.understanding();
    expect(read).toEqual(['role:kto doradza szkołom', 'whole:kto doradza szkołom']);
  });

  it('has no stages for an understanding step that reads only whole', () => {
    const { understand } = counting();
    expect(cachedUnderstanding(understand, { size: 10, ttlMs: 60_000, now }).inStages).toBeUndefined();
  });
});

// (was intent-of-kind.test.ts)

const READINGS: unknown[] = [
  { kind: 'contact', query: { serviceId: 'expert-team' } },
  { kind: 'contact', query: { serviceId: 'no-such-service' } },
  { kind: 'article', articleId: 'forced-marriage' },
  { kind: 'stats', query: { services: [] } },
  { kind: 'unknown' },
  { kind: 'suggest', articleIds: ['forced-marriage'] },
  undefined,
  null,
  'contact',
  { query: {} },
];

/** `parsedOfKind` against the schema's own parse, for every reading. */
function sameAsSchema<T>(schema: { safeParse(value: unknown): { readonly success: boolean; readonly data?: T } }, kind: string): void {
  for (const reading of READINGS) {
    expect(parsedOfKind(schema, kind, reading)).toEqual(schema.safeParse(reading).data);
    if (!isOfKind(reading, kind)) expect(schema.safeParse(reading).success).toBe(false);
  }
}

describe('parsedOfKind', () => {
  it('gives what the contact, article and statistics schemas give for every reading, parsing only readings of their kind', () => {
    sameAsSchema(contactIntentSchema, 'contact');
    sameAsSchema(articleIntentSchema, 'article');
    sameAsSchema(statsIntentSchema, 'stats');
  });
});

describe('isEnvoyId', () => {
  it('accepts what envoyIdSchema accepts', () => {
    for (const id of [...SERVICE_IDS, 'envoy-oslo', '', undefined, 3]) expect(isEnvoyId(id)).toBe(envoyIdSchema.safeParse(id).success);
  });
});

// (was prototype-words.test.ts)

/**
 * Words that are also property names of every JavaScript object ("constructor", "toString"…). A lookup table kept
 * as a plain object answers them with Object's own functions; "constructor" once crashed the understanding step.
 */
describe('messages made of Object property names', () => {
  let evaluation: ComposedEvaluation;
  beforeAll(async () => {
    evaluation = await loadComposedEvaluation();
  }, 60_000);

  const names = Object.getOwnPropertyNames(Object.prototype).map((name) => name.toLowerCase());

  it.each(LANGUAGES)('are read without error in %s', (lng) => {
    for (const name of names) {
      expect(() => evaluation.understand(name, lng)).not.toThrow();
      expect(() => evaluation.understand(`en elev ${name} i Somalia, hvem kan vi ringe`, lng)).not.toThrow();
    }
  });
});
