import { currencyFormat, type FormatMoneyOptions } from './currencyFormat';
import { type Money, toDecimalString } from './money';

/**
 * Formats `m` for people who read `locale`.
 *
 * The exact decimal string (`"92233720368547758.07"`) is handed to a cached
 * `Intl.NumberFormat`, never a float, so amounts far beyond 2^53 format
 * digit for digit. With no options the result is exactly
 * `new Intl.NumberFormat(locale, { style: 'currency', currency }).format(decimalString)`,
 * bidi marks included (Arabic and Hebrew output carries U+200F/U+200E; keep them).
 *
 * @example formatMoney(money('1234.5', 'EUR'), 'de') // "1.234,50 €"
 * @throws {InvalidArgumentError} for a malformed locale tag or option.
 */
export function formatMoney(m: Money, locale: string, options?: FormatMoneyOptions): string {
  const text = toDecimalString(m) as Intl.StringNumericLiteral;
  return currencyFormat(locale, m.currency, options, 'formatMoney').format(text);
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
  const text = toDecimalString(m) as Intl.StringNumericLiteral;
  return currencyFormat(locale, m.currency, options, 'formatMoneyToParts').formatToParts(text);
}
