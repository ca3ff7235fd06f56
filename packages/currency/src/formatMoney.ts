import { minorDigits } from './currencies';
import { currencyFormat, type FormatMoneyOptions } from './currencyFormat';
import { assertMoney, isMoney, type Money, toDecimalString } from './money';

// Below 10^15 minor units an amount has at most 15 significant digits, so
// `Number(minor) / 10^digits` (exact integer, exact power of ten, one
// correctly rounded division) is the double nearest to the exact decimal.
// Every decimal of ≤ 15 significant digits round-trips through a double, so
// that double's shortest decimal is the exact amount and its error is far
// below half a minor unit: Intl prints the same digits as for the decimal
// string, without parsing one. Larger amounts keep the exact string path.
const NUMBER_LIMIT = 1e15;
const POWERS_OF_TEN = [1, 10, 100, 1000, 10000];

// Validated currency → 10^minor digits (0: more digits than the Number path
// covers). Bounded by the currency codes Intl knows.
const scales = new Map<string, number>();

/**
 * The value handed to `Intl.NumberFormat`: a Number when that is provably
 * the same decimal (see above), else the exact decimal string.
 * @internal
 */
export function intlValue(
  m: Money,
  options: FormatMoneyOptions | undefined,
): number | Intl.StringNumericLiteral {
  let scale = isMoney(m) ? scales.get(m.currency) : undefined;
  if (scale === undefined) {
    assertMoney(m, 'toDecimalString');
    scale = POWERS_OF_TEN[minorDigits(m.currency)] ?? 0;
    scales.set(m.currency, scale);
  }
  // Exact below 2^53; rounding is monotonic, so |amount| ≥ 10^15 stays ≥ 1e15.
  const minor = Number(m.amount);
  // Compact notation rounds to significant digits, where a double just
  // below a tie (1.15) could round differently from the decimal: keep the string.
  return minor < NUMBER_LIMIT && minor > -NUMBER_LIMIT && scale !== 0 && options?.notation !== 'compact'
    ? minor / scale
    : (toDecimalString(m) as Intl.StringNumericLiteral);
}

/**
 * Formats `m` for people who read `locale`.
 *
 * The exact decimal is handed to a cached `Intl.NumberFormat`: as a Number
 * below 10^15 minor units, where that Number provably prints as the same
 * decimal (and Intl formats it fastest), else as the exact decimal string
 * (`"92233720368547758.07"`), so amounts far beyond 2^53 format digit for digit. With no options the result is exactly
 * `new Intl.NumberFormat(locale, { style: 'currency', currency }).format(decimalString)`,
 * bidi marks included (Arabic and Hebrew output carries U+200F/U+200E; keep them).
 *
 * @example formatMoney(money('1234.5', 'EUR'), 'de') // "1.234,50 €"
 * @throws {InvalidArgumentError} for a malformed locale tag or option.
 */
export function formatMoney(m: Money, locale: string, options?: FormatMoneyOptions): string {
  const value = intlValue(m, options);
  return currencyFormat(locale, m.currency, options, 'formatMoney').format(value);
}

/**
 * {@link formatMoney} as `Intl.NumberFormat` parts (`currency`, `integer`,
 * `group`, `decimal`, `fraction`, `minusSign`, `literal`…), for styling the
 * symbol or digits separately. Literal parts keep the bidi marks `Intl`
 * emits, so joining the values gives exactly `formatMoney`'s string.
 */
export function formatMoneyToParts(
  m: Money,
  locale: string,
  options?: FormatMoneyOptions,
): Intl.NumberFormatPart[] {
  const value = intlValue(m, options);
  return currencyFormat(locale, m.currency, options, 'formatMoneyToParts').formatToParts(value);
}
