import { describe, expect, it } from 'vitest';

import { testClock } from './testing/testApp';
import { TokenBucketLimiter } from './tokenBucket';

describe('TokenBucketLimiter', () => {
  it('allows a burst, then refuses with a whole-second Retry-After', () => {
    const clock = testClock();
    const limiter = new TokenBucketLimiter({ capacity: 3, refillPerSecond: 0.5, now: clock.now });
    expect(limiter.take('a')).toEqual({ allowed: true, remaining: 2 });
    expect(limiter.take('a')).toEqual({ allowed: true, remaining: 1 });
    expect(limiter.take('a')).toEqual({ allowed: true, remaining: 0 });
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterS: 2 });
  });

  it('refills continuously and caps at capacity', () => {
    const clock = testClock();
    const limiter = new TokenBucketLimiter({ capacity: 2, refillPerSecond: 1, now: clock.now });
    limiter.take('a');
    limiter.take('a');
    expect(limiter.take('a').allowed).toBe(false);
    clock.advance(1000);
    expect(limiter.take('a').allowed).toBe(true);
    clock.advance(60_000);
    expect(limiter.take('a')).toEqual({ allowed: true, remaining: 1 });
  });

  it('keeps separate buckets per key', () => {
    const clock = testClock();
    const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 1, now: clock.now });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('bounds memory by evicting the least recently used key', () => {
    const clock = testClock();
    const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 1, now: clock.now, maxKeys: 2 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    expect(limiter.size).toBe(2);
    // 'a' was evicted, so it starts with a full bucket again.
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('rejects nonsense configuration', () => {
    expect(() => new TokenBucketLimiter({ capacity: 0, refillPerSecond: 1, now: Date.now })).toThrow(
      RangeError,
    );
    expect(() => new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0, now: Date.now })).toThrow(
      RangeError,
    );
    expect(() => new TokenBucketLimiter({ capacity: Number.NaN, refillPerSecond: 1, now: Date.now })).toThrow(
      RangeError,
    );
  });
});
