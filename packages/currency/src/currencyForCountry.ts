import { COUNTRY_CURRENCIES } from './countryCurrencies';

/**
 * The legal tender of `country` (ISO 3166-1 alpha-2, any case; an ISO
 * 3166-2 subdivision such as `"US-CA"` uses its country): `DE` → `EUR`,
 * `CH` → `CHF`, `IN` → `INR`. `undefined` for countries outside the table
 * and for malformed input — callers then fall back to the home region's
 * `defaultCurrency` (see {@link billingCurrencyFor}).
 */
export function currencyForCountry(country: string): string | undefined {
  if (typeof country !== 'string') return undefined;
  const code = country.trim().toUpperCase().split('-')[0] ?? '';
  return Object.hasOwn(COUNTRY_CURRENCIES, code) ? COUNTRY_CURRENCIES[code] : undefined;
}
