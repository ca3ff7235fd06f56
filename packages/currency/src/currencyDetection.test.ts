import { COUNTRIES, REGIONS } from '@globalkit/regions';
import { describe, expect, it } from 'vitest';

import { COUNTRY_CURRENCIES } from './countryCurrencies';
import { isCurrencyCode } from './currencies';
import { currencyForCountry } from './currencyForCountry';
import { currencyForLocale } from './currencyForLocale';

describe('currencyForCountry', () => {
  it('knows the legal tender of every country in @globalkit/regions', () => {
    for (const country of COUNTRIES) {
      const currency = currencyForCountry(country.code);
      expect(currency, country.code).toBeDefined();
      expect(isCurrencyCode(currency), `${country.code} → ${currency}`).toBe(true);
    }
    for (const currency of Object.values(COUNTRY_CURRENCIES)) expect(isCurrencyCode(currency)).toBe(true);
    for (const region of REGIONS) expect(isCurrencyCode(region.defaultCurrency)).toBe(true);
  });

  it.each([
    ['DE', 'EUR'],
    ['CH', 'CHF'],
    ['LI', 'CHF'],
    ['US', 'USD'],
    ['JP', 'JPY'],
    ['IN', 'INR'],
    ['AE', 'AED'],
    ['SA', 'SAR'],
    ['GB', 'GBP'],
    ['BG', 'EUR'], // euro since 2026-01-01
    ['SE', 'SEK'],
    ['de', 'EUR'],
    [' us-ca ', 'USD'],
    ['CA-QC', 'CAD'],
  ])('%j → %s', (country, currency) => {
    expect(currencyForCountry(country)).toBe(currency);
  });

  it.each(['AR', 'ZZ', '', 'Deutschland', 'toString', '__proto__', 42])('%j → undefined', (country) => {
    expect(currencyForCountry(country as string)).toBeUndefined();
  });
});

describe('currencyForLocale', () => {
  it.each<[string, string | undefined]>([
    // Bare languages: the CLDR likely region decides…
    ['en', 'USD'],
    ['de', 'EUR'],
    ['fr', 'EUR'],
    ['es', 'EUR'],
    ['it', 'EUR'],
    ['ja', 'JPY'],
    ['ko', 'KRW'],
    ['zh', 'CNY'],
    ['hi', 'INR'],
    ['ms', 'MYR'],
    ['he', 'ILS'],
    ['fa', 'IRR'],
    ['pt', 'BRL'],
    ['zh-Hant', 'TWD'],
    // …except Arabic, spoken in twenty-odd currencies.
    ['ar', undefined],
    // A region always decides.
    ['en-US', 'USD'],
    ['en-GB', 'GBP'],
    ['en-IN', 'INR'],
    ['ar-SA', 'SAR'],
    ['ar-AE', 'AED'],
    ['ar-EG', 'EGP'],
    ['de-CH', 'CHF'],
    ['zh-TW', 'TWD'],
    ['fr-CA', 'CAD'],
    // Nothing useful to say.
    ['es-419', undefined],
    ['sw', undefined],
    ['en_US', undefined],
    ['', undefined],
  ])('%j → %s', (locale, currency) => {
    expect(currencyForLocale(locale)).toBe(currency);
  });
});
