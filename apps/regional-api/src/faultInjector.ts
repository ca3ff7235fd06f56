/**
 * Switches that make a healthy region misbehave on purpose, so failover can
 * be exercised against real processes instead of mocks.
 */
export interface FaultSettings {
  /** Added before every `/api` response. */
  readonly latencyMs: number;
  /** Fraction (0..1) of `/api` requests answered with 500. */
  readonly errorRate: number;
  /** Every `/api` route, health included, answers 503. */
  readonly down: boolean;
  /** When set, `errorRate` draws from a seeded PRNG: runs are repeatable. */
  readonly seed: number | null;
}

export const NO_FAULTS: FaultSettings = { latencyMs: 0, errorRate: 0, down: false, seed: null };

export class FaultInjector {
  #settings: FaultSettings = NO_FAULTS;
  #random: () => number;
  readonly #defaultRandom: () => number;

  constructor(random: () => number = Math.random) {
    this.#defaultRandom = random;
    this.#random = random;
  }

  get settings(): FaultSettings {
    return this.#settings;
  }

  /** Merges `changes` into the current settings; a new `seed` restarts the sequence. */
  update(changes: Partial<FaultSettings>): FaultSettings {
    this.#settings = { ...this.#settings, ...changes };
    if (changes.seed !== undefined) {
      this.#random = changes.seed === null ? this.#defaultRandom : mulberry32(changes.seed);
    }
    return this.#settings;
  }

  reset(): FaultSettings {
    this.#random = this.#defaultRandom;
    this.#settings = NO_FAULTS;
    return this.#settings;
  }

  /** Draws once: whether this request should fail under `errorRate`. */
  shouldFail(): boolean {
    const { errorRate } = this.#settings;
    if (errorRate <= 0) return false;
    if (errorRate >= 1) return true;
    return this.#random() < errorRate;
  }
}

/** Small, well-known 32-bit PRNG; quality is ample for coin flips in tests. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
