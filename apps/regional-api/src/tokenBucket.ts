/**
 * Per-key token buckets held in memory.
 *
 * Each key (a client IP) starts with `capacity` tokens and regains
 * `refillPerSecond` continuously; a request spends one. In memory is right
 * for one process per region: a fleet behind a load balancer would need a
 * shared store, which this reference backend does not pretend to be.
 */
export interface TokenBucketOptions {
  /** Burst size: requests allowed back to back. */
  readonly capacity: number;
  /** Sustained rate. */
  readonly refillPerSecond: number;
  /** Epoch milliseconds; injected so tests can step time. */
  readonly now: () => number;
  /**
   * Keys kept before the least recently used are dropped, so a flood of
   * spoofed or rotating addresses cannot exhaust memory.
   * @defaultValue 10000
   */
  readonly maxKeys?: number;
}

export type TakeResult =
  | { readonly allowed: true; readonly remaining: number }
  | { readonly allowed: false; readonly retryAfterS: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class TokenBucketLimiter {
  readonly #options: Required<TokenBucketOptions>;
  // Map iteration order is insertion order; re-inserting on use makes the
  // first key the least recently used.
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: TokenBucketOptions) {
    if (!(options.capacity >= 1) || !(options.refillPerSecond > 0)) {
      throw new RangeError('capacity must be >= 1 and refillPerSecond > 0');
    }
    this.#options = { maxKeys: 10_000, ...options };
  }

  take(key: string): TakeResult {
    const { capacity, refillPerSecond, now, maxKeys } = this.#options;
    const at = now();
    const bucket = this.#buckets.get(key) ?? { tokens: capacity, updatedAt: at };
    const elapsedS = Math.max(0, at - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(capacity, bucket.tokens + elapsedS * refillPerSecond);
    bucket.updatedAt = at;

    this.#buckets.delete(key);
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > maxKeys) {
      const oldest = this.#buckets.keys().next();
      if (!oldest.done) this.#buckets.delete(oldest.value);
    }

    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens) };
    }
    // Whole seconds, rounded up: Retry-After has no fractions, and rounding
    // down would invite a retry that is refused again.
    return { allowed: false, retryAfterS: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond)) };
  }

  get size(): number {
    return this.#buckets.size;
  }
}
