// The fixed inputs shared by the money and parse suites: every supported
// locale × a currency mix with 0, 2 and 3 minor digits × amounts covering
// zero, small, grouped, large and negative values.

import { minorDigits, money } from '@globalkit/currency';
import { SUPPORTED_LOCALE_TAGS } from '@globalkit/regions';

/** The fourteen supported locales, from the one catalog (never a copy). */
export const LOCALES = SUPPORTED_LOCALE_TAGS;

export const CURRENCIES = /** @type {const} */ (['USD', 'EUR', 'GBP', 'JPY', 'INR', 'AED', 'KRW', 'BHD']);

/** Minor units; all below 2^53 so the Intl floor can be fed an exact Number. */
const MINOR_AMOUNTS = [0n, 5n, 1999n, 123456n, 98765432n, -4250n, 1234567890123n];

/**
 * @typedef {object} MoneyCase
 * @property {string} locale
 * @property {string} currency
 * @property {bigint} minor
 * @property {number} digits
 * @property {number} major The amount as a Number in major units (exact for these inputs).
 * @property {import('@globalkit/currency').Money} money
 */

/** @returns {MoneyCase[]} */
export function moneyCases() {
  return LOCALES.flatMap((locale) =>
    CURRENCIES.flatMap((currency) => {
      const digits = minorDigits(currency);
      return MINOR_AMOUNTS.map((minor) => ({
        locale,
        currency,
        minor,
        digits,
        major: Number(minor) / 10 ** digits,
        money: money(minor, currency),
      }));
    }),
  );
}
