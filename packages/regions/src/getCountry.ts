import { COUNTRIES } from './countries';
import type { Country } from './countries';

// Built on first use so importing the package costs nothing until a lookup.
let byCode: ReadonlyMap<string, Country> | undefined;

/**
 * Looks up a country by ISO 3166-1 alpha-2 code (any case, surrounding
 * whitespace ignored). Returns `undefined` for unlisted or malformed codes
 * instead of throwing: use `jurisdictionFor` when you need validation.
 */
export function getCountry(code: string): Country | undefined {
  if (typeof code !== 'string') return undefined;
  byCode ??= new Map(COUNTRIES.map((entry) => [entry.code, entry]));
  return byCode.get(code.trim().toUpperCase());
}

/**
 * Whether `country` (alpha-2, any case) is in the European Economic Area,
 * where the GDPR applies directly. GB and CH are not (they have their own
 * GDPR-style laws); malformed input is simply `false`.
 */
export function isEuropeanEconomicArea(country: string): boolean {
  return getCountry(country)?.eea ?? false;
}
