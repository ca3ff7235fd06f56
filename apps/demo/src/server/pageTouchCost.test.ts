import { describe, expect, it } from 'vitest';

import { describePageTouchCost, measurePageTouchCost, PAGE_BYTES } from '../../scripts/pageTouchCost.mjs';

describe('measurePageTouchCost', () => {
  it('times every 4 KiB page of each round, first and second write', () => {
    const cost = measurePageTouchCost({ mebibytes: 2, rounds: 3 });
    expect(PAGE_BYTES).toBe(4096);
    expect(cost.pages).toBe(512);
    expect(cost.rounds).toBe(3);
    for (const micros of [cost.firstTouchMicros, cost.retouchMicros]) {
      expect(Number.isFinite(micros)).toBe(true);
      expect(micros).toBeGreaterThanOrEqual(0);
    }
  });

  it('says which option was wrong and what it accepts', () => {
    expect(() => measurePageTouchCost({ mebibytes: 0 })).toThrow(
      'measurePageTouchCost: mebibytes must be a whole number from 1 to 1024, got 0.',
    );
    expect(() => measurePageTouchCost({ mebibytes: 1.5 })).toThrow('got 1.5.');
    expect(() => measurePageTouchCost({ rounds: 21 })).toThrow(
      'measurePageTouchCost: rounds must be a whole number from 1 to 20, got 21.',
    );
    expect(() => measurePageTouchCost({ rounds: '3' as unknown as number })).toThrow('got "3".');
    expect(() => measurePageTouchCost({ rounds: Number.NaN })).toThrow('got NaN.');
  });
});

describe('describePageTouchCost', () => {
  it('gives both writes per page, with the rounds and pages they come from', () => {
    const text = describePageTouchCost({
      firstTouchMicros: 13.04,
      retouchMicros: 0.0261,
      pages: 16384,
      rounds: 5,
    });
    expect(text).toContain('first write to a fresh 4 KiB page took 13.0 µs');
    expect(text).toContain('writing it again 0.03 µs');
    expect(text).toContain('medians of 5 rounds of 16384 pages');
  });

  it('says "round" for one round', () => {
    expect(
      describePageTouchCost({ firstTouchMicros: 0.4, retouchMicros: 0.02, pages: 256, rounds: 1 }),
    ).toContain('medians of 1 round of 256 pages');
  });
});
