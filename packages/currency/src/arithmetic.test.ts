import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { add, multiply, negate, subtract, sum } from './arithmetic';
import { compare, equals, greaterThan, isNegative, isPositive, isZero, lessThan } from './compare';
import { CurrencyMismatchError, InvalidArgumentError } from './errors';
import { money } from './money';
import { divideRounded, type RoundingMode } from './rounding';

const usd = (amount: bigint | number | string) => money(amount, 'USD');

describe('add / subtract / sum / negate', () => {
  it('are exact, far beyond 2^53', () => {
    const big = usd(2n ** 63n);
    expect(add(big, usd(1)).amount).toBe(2n ** 63n + 1n);
    expect(subtract(usd('0.1'), usd('0.3'))).toEqual(usd('-0.2'));
    expect(sum([usd('0.1'), usd('0.2')])).toEqual(usd('0.3'));
    expect(sum([], 'JPY')).toEqual(money(0n, 'JPY'));
    expect(negate(usd('1.5'))).toEqual(usd('-1.5'));
  });

  it('refuse to mix currencies with a typed error', () => {
    const message = 'add: cannot combine USD with EUR; convert one of them first (convert()).';
    expect(() => add(usd(1), money(1, 'EUR'))).toThrow(CurrencyMismatchError);
    expect(() => add(usd(1), money(1, 'EUR'))).toThrow(message);
    expect(() => subtract(usd(1), money(1, 'EUR'))).toThrow('subtract: cannot combine USD with EUR');
    expect(() => sum([usd(1), money(1, 'GBP')])).toThrow('sum: cannot combine USD with GBP');
    expect(() => sum([usd(1)], 'EUR')).toThrow('sum: cannot combine EUR with USD');
    expect(() => sum([])).toThrow('sum: pass a currency to sum an empty list, e.g. sum([], "EUR").');
    try {
      add(usd(1), money(1, 'EUR'));
    } catch (error) {
      expect(error).toMatchObject({ code: 'CURRENCY_MISMATCH', expected: 'USD', actual: 'EUR' });
    }
  });

  it('reject values that are not Money', () => {
    expect(() => add(usd(1), { amount: 1n } as never)).toThrow(
      'add: expected a Money ({ amount: bigint, currency }), got object; create one with money().',
    );
  });
});

describe('multiply', () => {
  it('multiplies by exact decimals and rounds once', () => {
    expect(multiply(usd('10.00'), '1.19')).toEqual(usd('11.90'));
    expect(multiply(usd('0.10'), '0.5')).toEqual(usd('0.05'));
    expect(multiply(usd('0.05'), '0.5')).toEqual(usd('0.03')); // 2.5 cents → 3 (half away from zero)
    expect(multiply(usd('0.05'), '0.5', { rounding: 'halfEven' })).toEqual(usd('0.02'));
    expect(multiply(usd('0.05'), '0.5', { rounding: 'floor' })).toEqual(usd('0.02'));
    expect(multiply(usd('-0.05'), '0.5', { rounding: 'floor' })).toEqual(usd('-0.03'));
    expect(multiply(usd('19.99'), 3)).toEqual(usd('59.97'));
    expect(multiply(usd('19.99'), 3n)).toEqual(usd('59.97'));
    // A number factor means the decimal it prints as: 0.1 is one tenth, not 0.1000000000000000055…
    expect(multiply(usd('1000000000000000.00'), 0.1)).toEqual(usd('100000000000000.00'));
    expect(multiply(money('1500', 'JPY'), '1.1')).toEqual(money('1650', 'JPY'));
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, '1,19', '', {}])('rejects the factor %s', (factor) => {
    expect(() => multiply(usd(1), factor as never)).toThrow(InvalidArgumentError);
    expect(() => multiply(usd(1), factor as never)).toThrow(
      /^multiply: .* is not a factor; pass a decimal string/,
    );
  });

  it('rejects an unknown rounding mode', () => {
    expect(() => multiply(usd(1), '0.5', { rounding: 'up' as RoundingMode })).toThrow(
      'Unknown rounding mode "up": use halfExpand, halfEven, halfTrunc, halfCeil, halfFloor, ceil, floor, expand or trunc.',
    );
  });
});

describe('rounding modes', () => {
  // Value × 10 / 10, like Intl's roundingMode table (ECMA-402).
  const table: Record<RoundingMode, [number, number, number, number, number, number]> = {
    //           -1.5 -1.4 -0.5  0.5  1.4  1.5
    halfExpand: [-2, -1, -1, 1, 1, 2],
    halfEven: [-2, -1, 0, 0, 1, 2],
    halfTrunc: [-1, -1, 0, 0, 1, 1],
    halfCeil: [-1, -1, 0, 1, 1, 2],
    halfFloor: [-2, -1, -1, 0, 1, 1],
    ceil: [-1, -1, 0, 1, 2, 2],
    floor: [-2, -2, -1, 0, 1, 1],
    expand: [-2, -2, -1, 1, 2, 2],
    trunc: [-1, -1, 0, 0, 1, 1],
  };
  const inputs = [-15n, -14n, -5n, 5n, 14n, 15n];
  it.each(Object.entries(table))('%s', (mode, expected) => {
    expect(inputs.map((n) => Number(divideRounded(n, 10n, mode as RoundingMode)))).toEqual(expected);
  });

  it('agrees with Intl.NumberFormat roundingMode on random values', () => {
    const modes = Object.keys(table) as RoundingMode[];
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.constantFrom(...modes),
        (n, mode) => {
          const intl = new Intl.NumberFormat('en-US', {
            maximumFractionDigits: 0,
            roundingMode: mode,
            useGrouping: false,
          }).format(`${n}e-3` as Intl.StringNumericLiteral);
          expect(divideRounded(n, 1000n, mode).toString()).toBe(intl === '-0' ? '0' : intl);
        },
      ),
    );
  });
});

describe('comparison', () => {
  it('compares within a currency', () => {
    expect(compare(usd(1), usd(2))).toBe(-1);
    expect(compare(usd(2), usd(2))).toBe(0);
    expect(compare(usd(3), usd(2))).toBe(1);
    expect([usd(3), usd(1), usd(2)].sort(compare).map((m) => m.amount)).toEqual([1n, 2n, 3n]);
    expect(lessThan(usd(1), usd(2))).toBe(true);
    expect(greaterThan(usd(1), usd(2))).toBe(false);
    expect(equals(usd('1.50'), usd(150))).toBe(true);
    expect(equals(usd(150), money(150, 'EUR'))).toBe(false);
    expect(isZero(usd(0))).toBe(true);
    expect(isNegative(usd(-1))).toBe(true);
    expect(isPositive(usd(-1))).toBe(false);
    expect(() => compare(usd(1), money(1, 'EUR'))).toThrow('compare: cannot combine USD with EUR');
  });
});
