import { describe, expect, it } from 'vitest';

import { divideDecimal, formatDecimal, multiplyDecimal, parseDecimal } from './decimal';
import { CROSS_RATE_SIGNIFICANT_DIGITS, RATE_CURRENCIES, RATES_AS_OF, ratesFor } from './rates';

describe('rates', () => {
  it('serves the ECB table verbatim for base EUR', () => {
    const eur = ratesFor('EUR');
    expect(eur).toMatchObject({
      EUR: '1',
      USD: '1.0411',
      JPY: '156.96',
      GBP: '0.82608',
      HUF: '399.50',
      INR: '90.9710',
    });
    expect(RATES_AS_OF).toBe('2025-02-28');
  });

  it('derives pegged currencies exactly from the USD rate', () => {
    expect(ratesFor('EUR')?.['AED']).toBe('3.82343975');
    expect(ratesFor('EUR')?.['SAR']).toBe('3.904125');
    // Back through the peg: exactly the peg, no drift.
    expect(ratesFor('USD')?.['AED']).toBe('3.6725');
    expect(ratesFor('USD')?.['SAR']).toBe('3.75');
  });

  it('lists every currency for every base, the base itself as "1"', () => {
    for (const base of RATE_CURRENCIES) {
      const rates = ratesFor(base);
      expect(Object.keys(rates ?? {}).sort()).toEqual([...RATE_CURRENCIES]);
      expect(rates?.[base]).toBe('1');
      for (const value of Object.values(rates ?? {})) expect(value).toMatch(/^\d+(\.\d+)?$/);
    }
  });

  it('computes cross rates as one exact division of the EUR table', () => {
    const usd = ratesFor('USD');
    expect(usd?.['EUR']).toBe('0.9605225243');
    expect(usd?.['JPY']).toBe('150.7636154');
    const expected = formatDecimal(
      divideDecimal(parseDecimal('156.96'), parseDecimal('0.82608'), CROSS_RATE_SIGNIFICANT_DIGITS),
    );
    expect(ratesFor('GBP')?.['JPY']).toBe(expected);
  });

  it('round-trips within the rounding of one division', () => {
    const usdPerEur = parseDecimal(ratesFor('EUR')?.['USD'] ?? '');
    const eurPerUsd = parseDecimal(ratesFor('USD')?.['EUR'] ?? '');
    const product = Number(formatDecimal(multiplyDecimal(usdPerEur, eurPerUsd)));
    expect(Math.abs(product - 1)).toBeLessThan(1e-9);
  });

  it('returns undefined for an unknown base', () => {
    expect(ratesFor('XYZ')).toBeUndefined();
    expect(ratesFor('usd')).toBeUndefined();
  });
});
