import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { convert, DEFAULT_MAX_RATE_AGE_MS, type ExchangeRates } from './convert';
import { InvalidArgumentError, InvalidRatesError, MissingRateError, StaleRatesError } from './errors';
import { money } from './money';

/** A slice of `GET /api/exchange-rates?base=EUR` (ECB reference rates of 2025-02-28; AED and SAR via their USD pegs). */
const RATES: ExchangeRates = {
  base: 'EUR',
  asOf: '2025-02-28',
  rates: {
    EUR: '1',
    USD: '1.0411',
    JPY: '156.96',
    GBP: '0.82608',
    CHF: '0.9394',
    INR: '90.9710',
    SGD: '1.4037',
    CNY: '7.5782',
    KRW: '1519.92',
    AED: '3.82343975',
    SAR: '3.904125',
  },
};
const NOW = Date.parse('2025-03-01T12:00:00Z');
const fresh = { now: NOW };

describe('convert', () => {
  it('uses the published rate from the base', () => {
    expect(convert(money('100', 'EUR'), 'USD', RATES, fresh)).toEqual({
      money: money('104.11', 'USD'),
      stale: false,
      asOf: '2025-02-28',
      ageMs: 36 * 3_600_000,
    });
    expect(convert(money('100', 'EUR'), 'JPY', RATES, fresh).money).toEqual(money('15696', 'JPY'));
  });

  it('inverts rates into the base', () => {
    // 100 / 1.0411 = 96.0522…
    expect(convert(money('100', 'USD'), 'EUR', RATES, fresh).money).toEqual(money('96.05', 'EUR'));
    // 1000 / 156.96 = 6.3710…
    expect(convert(money('1000', 'JPY'), 'EUR', RATES, fresh).money).toEqual(money('6.37', 'EUR'));
  });

  it('crosses through the base as one exact rational', () => {
    // 100 × 156.96 / 1.0411 = 15076.37…
    expect(convert(money('100', 'USD'), 'JPY', RATES, fresh).money).toEqual(money('15076', 'JPY'));
    // The pegs come back exactly: 3.82343975 / 1.0411 = 3.6725 and 3.904125 / 1.0411 = 3.75.
    expect(convert(money('100', 'USD'), 'AED', RATES, fresh).money).toEqual(money('367.25', 'AED'));
    expect(convert(money('100', 'USD'), 'SAR', RATES, fresh).money).toEqual(money('375', 'SAR'));
    expect(convert(money('367.25', 'AED'), 'USD', RATES, fresh).money).toEqual(money('100', 'USD'));
    // 2^63 cents at full precision.
    expect(convert(money(2n ** 63n, 'EUR'), 'USD', RATES, fresh).money.amount).toBe(
      (2n ** 63n * 10411n + 5000n) / 10000n,
    );
  });

  it('rounds once, as asked', () => {
    // 0.01 EUR = 1.5696 JPY
    expect(convert(money('0.01', 'EUR'), 'JPY', RATES, fresh).money.amount).toBe(2n);
    expect(convert(money('0.01', 'EUR'), 'JPY', RATES, { ...fresh, rounding: 'floor' }).money.amount).toBe(
      1n,
    );
    // 0.50 EUR at a rate of 1 to a 0-digit currency is a tie: 0.5 JPY
    const tie: ExchangeRates = { base: 'EUR', asOf: '2025-02-28', rates: { JPY: '1' } };
    expect(convert(money('0.50', 'EUR'), 'JPY', tie, fresh).money.amount).toBe(1n);
    expect(convert(money('0.50', 'EUR'), 'JPY', tie, { ...fresh, rounding: 'halfEven' }).money.amount).toBe(
      0n,
    );
  });

  it('returns the same amount for the same currency, without needing a rate', () => {
    expect(convert(money('5', 'BHD'), 'BHD', RATES, fresh).money).toEqual(money('5', 'BHD'));
  });

  it('flags stale rates, or rejects them when asked', () => {
    const monday = Date.parse('2025-03-03T12:00:00Z'); // a Friday fixing is still current
    expect(convert(money(1, 'EUR'), 'USD', RATES, { now: monday }).stale).toBe(false);
    const later = new Date('2025-03-10T00:00:00Z');
    const result = convert(money(1, 'EUR'), 'USD', RATES, { now: later });
    expect(result).toMatchObject({ stale: true, ageMs: 10 * 24 * 3_600_000 });
    expect(result.money).toEqual(money('0.01', 'USD'));
    expect(
      convert(money(1, 'EUR'), 'USD', RATES, { now: later, maxAgeMs: Number.POSITIVE_INFINITY }).stale,
    ).toBe(false);
    expect(DEFAULT_MAX_RATE_AGE_MS).toBe(4 * 24 * 3_600_000);

    const call = () => convert(money(1, 'EUR'), 'USD', RATES, { now: later, onStale: 'throw' });
    expect(call).toThrow(StaleRatesError);
    expect(call).toThrow(
      "convert: the rates as of 2025-02-28 are 240 hours old, older than the 96 hours allowed; fetch fresh rates or pass onStale: 'flag'.",
    );
    try {
      call();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'STALE_RATES',
        asOf: '2025-02-28',
        maxAgeMs: DEFAULT_MAX_RATE_AGE_MS,
      });
    }
    // Rates from the future (clock skew) are not stale.
    expect(convert(money(1, 'EUR'), 'USD', RATES, { now: Date.parse('2025-02-27') })).toMatchObject({
      stale: false,
      ageMs: 0,
    });
  });

  it('names the missing rate and what is available', () => {
    const call = () => convert(money(1, 'EUR'), 'BHD', RATES, fresh);
    expect(call).toThrow(MissingRateError);
    expect(call).toThrow(
      'convert: the rates (base EUR, as of 2025-02-28) have no rate for BHD; they cover AED, CHF, CNY, EUR, GBP, INR, JPY, KRW, SAR, SGD, USD.',
    );
    expect(() => convert(money(1, 'KWD'), 'EUR', RATES, fresh)).toThrow('have no rate for KWD');
    try {
      call();
    } catch (error) {
      expect(error).toMatchObject({ code: 'MISSING_RATE', currency: 'BHD' });
      expect((error as MissingRateError).available).toContain('USD');
    }
  });

  it.each<[unknown, string]>([
    [
      null,
      'convert: expected rates shaped like { base, asOf, rates } (the /api/exchange-rates response), got null.',
    ],
    [{ base: 'EUR', asOf: '2025-02-28' }, 'convert: expected rates shaped like { base, asOf, rates }'],
    [{ ...RATES, base: 'EURO' }, 'convert: rates.base "EURO" is not an ISO 4217 currency code.'],
    [
      { ...RATES, asOf: 'yesterday' },
      'convert: rates.asOf "yesterday" is not an ISO 8601 date; expected e.g. "2025-02-28" or "2025-02-28T15:00:00Z".',
    ],
    [
      { ...RATES, asOf: '2025-02-28T16:00:00' },
      'convert: rates.asOf "2025-02-28T16:00:00" is not an ISO 8601 date',
    ],
    [
      { ...RATES, rates: { USD: '0' } },
      'convert: rates.rates.USD "0" is not a positive decimal string (e.g. "1.0411").',
    ],
    [
      { ...RATES, rates: { USD: 1.0411 } },
      'convert: rates.rates.USD 1.0411 is not a positive decimal string',
    ],
    [{ ...RATES, rates: { USD: '-1' } }, 'convert: rates.rates.USD "-1" is not a positive decimal string'],
  ])('rejects malformed rates %#', (rates, message) => {
    expect(() => convert(money(1, 'EUR'), 'USD', rates as never, fresh)).toThrow(InvalidRatesError);
    expect(() => convert(money(1, 'EUR'), 'USD', rates as never, fresh)).toThrow(message);
  });

  it('rejects bad options', () => {
    expect(() => convert(money(1, 'EUR'), 'USD', RATES, { now: Number.NaN })).toThrow(InvalidArgumentError);
    expect(() => convert(money(1, 'EUR'), 'USD', RATES, { ...fresh, maxAgeMs: -1 })).toThrow(
      'convert: options.maxAgeMs must be a non-negative number of milliseconds, got -1.',
    );
    expect(() => convert(money(1, 'EUR'), 'usd', RATES, fresh)).toThrow('convert: unknown currency "usd"');
  });

  describe('properties', () => {
    const codes = Object.keys(RATES.rates);
    const amount = fc.bigInt({ min: -(2n ** 66n), max: 2n ** 66n });

    it('is within half a minor unit of the exact value', () => {
      fc.assert(
        fc.property(amount, fc.constantFrom(...codes), fc.constantFrom(...codes), (a, from, to) => {
          const result = convert(money(a, from), to, RATES, fresh).money.amount;
          // Exact value = a × r(to) × 10^(d(to)) / (r(from) × 10^(d(from))), with decimal rates as rationals.
          const rational = (code: string) => {
            const [whole = '', fraction = ''] = (RATES.rates[code] ?? '1').split('.');
            return { n: BigInt(whole + fraction), d: 10n ** BigInt(fraction.length) };
          };
          const digits = (code: string) => 10n ** BigInt(code === 'JPY' || code === 'KRW' ? 0 : 2);
          const f = rational(from);
          const t = rational(to);
          const numerator = a * t.n * f.d * digits(to);
          const denominator = t.d * f.n * digits(from);
          const error = result * denominator - numerator;
          expect(2n * (error < 0n ? -error : error) <= denominator).toBe(true);
        }),
      );
    });

    it('is monotonic', () => {
      fc.assert(
        fc.property(
          amount,
          amount,
          fc.constantFrom(...codes),
          fc.constantFrom(...codes),
          (a, b, from, to) => {
            const [low, high] = a <= b ? [a, b] : [b, a];
            expect(
              convert(money(low, from), to, RATES, fresh).money.amount <=
                convert(money(high, from), to, RATES, fresh).money.amount,
            ).toBe(true);
          },
        ),
      );
    });

    it('round-trips exactly through an integer rate', () => {
      const rates: ExchangeRates = { base: 'EUR', asOf: '2025-02-28', rates: { USD: '2', JPY: '100' } };
      fc.assert(
        fc.property(amount, (a) => {
          const there = convert(money(a, 'EUR'), 'USD', rates, fresh).money;
          expect(there.amount).toBe(2n * a);
          expect(convert(there, 'EUR', rates, fresh).money.amount).toBe(a);
          // EUR cents → JPY at 100: 1 cent is exactly 1 yen.
          expect(convert(money(a, 'EUR'), 'JPY', rates, fresh).money.amount).toBe(a);
        }),
      );
    });
  });
});
