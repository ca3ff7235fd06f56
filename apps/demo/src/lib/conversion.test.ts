import { describe, expect, it } from 'vitest';

import {
  convertibleCurrencies,
  defaultComparisonCurrency,
  ratesAreStale,
  STALE_AFTER_DAYS,
} from './conversion';

describe('conversion helpers', () => {
  it('list the base and quoted currencies once, sorted', () => {
    expect(
      convertibleCurrencies({
        base: 'EUR',
        asOf: '2025-02-28',
        rates: { USD: '1.04', EUR: '1', AED: '3.8' },
      }),
    ).toEqual(['AED', 'EUR', 'USD']);
  });

  it('compare USD prices in EUR and everything else in USD', () => {
    expect(defaultComparisonCurrency('USD')).toBe('EUR');
    expect(defaultComparisonCurrency('JPY')).toBe('USD');
  });

  it('flag rates older than the bound', () => {
    const now = Date.parse('2025-03-01T12:00:00Z');
    expect(ratesAreStale('2025-02-28', now)).toBe(false);
    expect(ratesAreStale('2025-02-20', now)).toBe(true);
    expect(ratesAreStale('garbage', now)).toBe(true);
    expect(STALE_AFTER_DAYS).toBe(4);
  });
});
