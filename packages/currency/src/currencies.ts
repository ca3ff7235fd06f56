import { describeInput } from './describeInput';
import { UnknownCurrencyError } from './errors';

/**
 * The first-class currencies: always accepted, with their minor digits
 * fixed here so the most common amounts never depend on the engine's ICU
 * data. Every other code `Intl` knows is accepted too (see {@link minorDigits}).
 */
export const FIRST_CLASS_CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'SGD', 'CNY', 'INR', 'AED'] as const;

/** One of {@link FIRST_CLASS_CURRENCIES}. */
export type FirstClassCurrency = (typeof FIRST_CLASS_CURRENCIES)[number];

const FIRST_CLASS_DIGITS: Readonly<Record<string, number>> = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  JPY: 0,
  SGD: 2,
  CNY: 2,
  INR: 2,
  AED: 2,
};

const CODE = /^[A-Z]{3}$/;

// Built on first use: importing the package must not touch Intl.
let supported: ReadonlySet<string> | undefined;
const digitsCache = new Map<string, number>();

function supportedCodes(): ReadonlySet<string> {
  if (!supported) {
    const list =
      typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : undefined;
    supported = new Set(list ?? Object.keys(FIRST_CLASS_DIGITS));
  }
  return supported;
}

/**
 * Whether `code` is an upper-case ISO 4217 code this engine's `Intl` knows
 * (`Intl.supportedValuesOf('currency')`), or a first-class currency.
 * Engines without `supportedValuesOf` accept only the first-class ones.
 */
export function isCurrencyCode(code: unknown): code is string {
  return (
    typeof code === 'string' && CODE.test(code) && (code in FIRST_CLASS_DIGITS || supportedCodes().has(code))
  );
}

/**
 * Returns `code` if it is a known currency, else throws an
 * {@link UnknownCurrencyError} that says what would have been accepted.
 * @internal
 */
export function assertCurrency(code: unknown, where: string): string {
  if (isCurrencyCode(code)) return code;
  let hint = 'expected an ISO 4217 code that Intl supports, such as USD, EUR, GBP, JPY, SGD, CNY, INR or AED';
  if (typeof code === 'string') {
    const upper = code.trim().toUpperCase();
    if (upper !== code && isCurrencyCode(upper)) hint = `currency codes are upper case ("${upper}")`;
    else if (/^[A-Za-z]{2}$/.test(code)) {
      hint = `currency codes have three letters; ${describeInput(code)} looks like a country code (try currencyForCountry)`;
    }
  }
  throw new UnknownCurrencyError(code, `${where}: unknown currency ${describeInput(code)}: ${hint}.`);
}

/**
 * Digits after the decimal point in `currency`'s minor unit: 2 for USD, 0
 * for JPY, 3 for BHD. First-class currencies use a fixed table; any other
 * code uses what `Intl.NumberFormat` resolves (CLDR data), cached per code.
 *
 * CLDR differs from ISO 4217 for some currencies whose minor unit is no
 * longer used in practice: IQD (ISO 3, CLDR 0), and IRR, IDR, COP, HUF, LBP,
 * PKR… (ISO 2, CLDR 0). We follow `Intl`, so a formatted amount never hides
 * digits; amounts exchanged with systems that use ISO exponents must be
 * rescaled at that boundary.
 *
 * @throws {UnknownCurrencyError} for an unknown code.
 */
export function minorDigits(currency: string): number {
  const fixed = FIRST_CLASS_DIGITS[currency];
  if (fixed !== undefined) return fixed;
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    assertCurrency(currency, 'minorDigits');
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
    digitsCache.set(currency, digits);
  }
  return digits;
}
