import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { allocate } from './allocate';
import { InvalidArgumentError } from './errors';
import { money } from './money';

const amounts = (parts: readonly { amount: bigint }[]) => parts.map((part) => part.amount);

describe('allocate', () => {
  it('splits without losing or creating a cent', () => {
    expect(amounts(allocate(money(1000, 'USD'), [1, 1, 1]))).toEqual([334n, 333n, 333n]);
    expect(amounts(allocate(money('100', 'EUR'), ['0.7', '0.3']))).toEqual([7000n, 3000n]);
    expect(amounts(allocate(money(5, 'USD'), [1, 1]))).toEqual([3n, 2n]);
    expect(amounts(allocate(money(5, 'USD'), [0.7, 0.3]))).toEqual([4n, 1n]); // 3.5 / 1.5: tie → earlier part
    expect(amounts(allocate(money(2, 'JPY'), [1, 1, 1]))).toEqual([1n, 1n, 0n]);
    expect(amounts(allocate(money(100, 'USD'), [0, 1, 0]))).toEqual([0n, 100n, 0n]);
    expect(amounts(allocate(money(-1000, 'USD'), [1, 1, 1]))).toEqual([-334n, -333n, -333n]);
    expect(amounts(allocate(money(2n ** 64n + 1n, 'USD'), [1n, 1n]))).toEqual([2n ** 63n + 1n, 2n ** 63n]);
    expect(allocate(money(1, 'GBP'), [1])[0]).toEqual(money(1, 'GBP'));
  });

  it.each<[unknown, string]>([
    [[], 'allocate: pass at least one ratio, e.g. allocate(m, [1, 1]).'],
    [[1, -1], 'allocate: ratio -1 is not a non-negative number; use e.g. [1, 2] or ["0.7", "0.3"].'],
    [[1, Number.NaN], 'allocate: ratio NaN is not a non-negative number; use e.g. [1, 2] or ["0.7", "0.3"].'],
    [['1/2'], 'allocate: ratio "1/2" is not a non-negative number; use e.g. [1, 2] or ["0.7", "0.3"].'],
    [[0, 0], 'allocate: at least one ratio must be greater than zero.'],
  ])('rejects ratios %j', (ratios, message) => {
    expect(() => allocate(money(1, 'USD'), ratios as never)).toThrow(InvalidArgumentError);
    expect(() => allocate(money(1, 'USD'), ratios as never)).toThrow(message);
  });

  const amount = fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n });
  const ratios = fc
    .array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 12 })
    .filter((r) => r.some((x) => x > 0));

  it('property: parts always sum to the whole', () => {
    fc.assert(
      fc.property(amount, ratios, (a, r) => {
        const parts = allocate(money(a, 'USD'), r);
        expect(parts.reduce((total, part) => total + part.amount, 0n)).toBe(a);
        expect(parts.every((part) => part.currency === 'USD')).toBe(true);
      }),
    );
  });

  it('property: every part is within one minor unit of its exact share, zero ratios get zero', () => {
    fc.assert(
      fc.property(amount, ratios, (a, r) => {
        const total = BigInt(r.reduce((x, y) => x + y, 0));
        allocate(money(a, 'EUR'), r).forEach((part, index) => {
          const weight = BigInt(r[index] ?? 0);
          // |part × total − a × weight| < total  ⇔  |part − exact share| < 1
          const error = part.amount * total - a * weight;
          expect(error < total && error > -total).toBe(true);
          if (weight === 0n) expect(part.amount).toBe(0n);
        });
      }),
    );
  });

  it('property: scaling all ratios changes nothing; decimal and integer ratios agree', () => {
    fc.assert(
      fc.property(amount, ratios, fc.integer({ min: 2, max: 1000 }), (a, r, k) => {
        const base = amounts(allocate(money(a, 'USD'), r));
        expect(
          amounts(
            allocate(
              money(a, 'USD'),
              r.map((x) => x * k),
            ),
          ),
        ).toEqual(base);
        expect(
          amounts(
            allocate(
              money(a, 'USD'),
              r.map((x) => `${x / 1000}`),
            ),
          ),
        ).toEqual(base);
      }),
    );
  });
});
