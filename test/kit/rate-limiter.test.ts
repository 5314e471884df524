import { RateLimiter } from '../../src/kit/rate-limiter';

describe('rate limiter (sliding window per user)', () => {
  it('allows `limit` events per window, then refuses until the oldest leaves the window', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, () => now);
    const at = (time: number) => {
      now = time;
      return limiter.allow('user-a');
    };
    expect([at(0), at(10_000), at(20_000), at(30_000)]).toEqual([true, true, true, false]);
    expect(at(59_999)).toBe(false);
    expect([at(60_000), at(60_001)]).toEqual([true, false]);
    expect(at(70_000)).toBe(true);
  });

  it('does not count refused events against the user', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 1_000, () => now);
    limiter.allow('u');
    for (let i = 0; i < 100; i++) limiter.allow('u');
    now = 1_000;
    expect(limiter.allow('u')).toBe(true);
  });

  it('keeps users apart', () => {
    const limiter = new RateLimiter(1, 60_000, () => 0);
    expect(limiter.allow('a')).toBe(true);
    expect(limiter.allow('a')).toBe(false);
    expect(limiter.allow('b')).toBe(true);
  });

  it('forgets idle users so memory stays bounded under many distinct ids', () => {
    let now = 0;
    const limiter = new RateLimiter(5, 1_000, () => now);
    for (let i = 0; i < 10_001; i++) limiter.allow(`user-${i}`);
    now = 2_000;
    limiter.allow('late-user');
    expect(limiter.size).toBeLessThan(10);
  });

  it('drops a user who went quiet within about two windows, even when few users are tracked', () => {
    let now = 0;
    const limiter = new RateLimiter(5, 1_000, () => now);
    limiter.allow('quiet-user');
    now = 1_500;
    limiter.allow('other-user');
    expect(limiter.size).toBe(1);
  });
});
