import { WindowLimiter } from './window-limiter';

describe('WindowLimiter', () => {
  it('allows `limit` uses per window and says when to retry', () => {
    let now = 1_000_000;
    const limiter = new WindowLimiter(3, 60_000, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0]);
    now += 15_000;
    expect(limiter.take('a')).toBe(45);
    expect(limiter.take('b')).toBe(0);
    now += 45_000;
    expect(limiter.take('a')).toBe(0);
  });
});
