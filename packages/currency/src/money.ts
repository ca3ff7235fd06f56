import { assertCurrency, minorDigits } from './currencies';
import { parseDecimal, pow10 } from './decimal';
import { describeInput } from './describeInput';
import { InvalidAmountError } from './errors';

/**
 * An exact amount of money: integer minor units (cents, pence, yen) as a
 * `bigint`, plus an ISO 4217 code. A frozen plain object — serialise it with
 * {@link toDecimalString} or `String(m.amount)`, never `JSON.stringify` (which
 * rejects bigint).
 */
export interface Money {
  /** Integer minor units: `1999n` is 19.99 USD, `1500n` is ¥1,500. */
  readonly amount: bigint;
  /** Upper-case ISO 4217 code, e.g. `"EUR"`. */
  readonly currency: string;
}

/** What {@link money} accepts as an amount. */
export type AmountInput = bigint | number | string;

const ACCEPTED = 'pass integer minor units (1999n or 1999) or an exact decimal string ("19.99")';

/**
 * Creates a {@link Money}.
 *
 * - `bigint` or safe-integer `number`: minor units (`money(1999, 'USD')` is $19.99).
 * - `string`: an exact decimal in major units (`money('19.99', 'USD')`), with an
 *   optional leading `-`; extra fraction digits are allowed only if they are zeros.
 *
 * @throws {InvalidAmountError} for NaN, ±Infinity, fractional or unsafe numbers,
 *   malformed strings and more fraction digits than the currency has.
 * @throws {UnknownCurrencyError} for codes `Intl` does not know ("XYZ", "US").
 */
export function money(amount: AmountInput, currency: string): Money {
  const code = assertCurrency(currency, 'money');
  return createMoney(toMinorUnits(amount, code), code);
}

/** @internal A Money from already-validated parts. */
export function createMoney(amount: bigint, currency: string): Money {
  return Object.freeze({ amount, currency });
}

function toMinorUnits(amount: AmountInput, currency: string): bigint {
  if (typeof amount === 'bigint') return amount;
  if (typeof amount === 'number') {
    if (Number.isSafeInteger(amount)) return BigInt(amount);
    const why = !Number.isFinite(amount)
      ? 'is not an amount'
      : !Number.isInteger(amount)
        ? `is not a whole number of ${currency} minor units`
        : 'is beyond Number.MAX_SAFE_INTEGER and may already have lost precision';
    throw new InvalidAmountError(`money: ${amount} ${why}; ${ACCEPTED}.`);
  }
  if (typeof amount === 'string') return decimalToMinor(amount, currency, 'money');
  throw new InvalidAmountError(
    `money: expected a bigint, a number or a string, got ${describeInput(amount)}; ${ACCEPTED}.`,
  );
}

/** @internal Exact decimal string → minor units of `currency`. */
export function decimalToMinor(text: string, currency: string, where: string): bigint {
  const decimal = /^[+-]?\d+(\.\d+)?$/.test(text) ? parseDecimal(text) : undefined;
  if (!decimal) {
    throw new InvalidAmountError(
      `${where}: ${describeInput(text)} is not a decimal string; write digits with an optional "-" and "." (e.g. "19.99"). To read what users type, use parseMoney().`,
    );
  }
  const digits = minorDigits(currency);
  if (decimal.scale <= digits) return decimal.coefficient * pow10(digits - decimal.scale);
  const divisor = pow10(decimal.scale - digits);
  if (decimal.coefficient % divisor !== 0n) {
    throw new InvalidAmountError(
      `${where}: ${describeInput(text)} has more fraction digits than ${currency} allows (${digits}); round it first.`,
    );
  }
  return decimal.coefficient / divisor;
}

/**
 * The exact amount in major units as a plain decimal string: `"-19.99"`,
 * `"1500"` (JPY), `"0.050"` (BHD). This is what formatting feeds to
 * `Intl.NumberFormat`, so no float ever touches the value.
 */
export function toDecimalString(m: Money): string {
  assertMoney(m, 'toDecimalString');
  const digits = minorDigits(m.currency);
  const negative = m.amount < 0n;
  const text = (negative ? -m.amount : m.amount).toString().padStart(digits + 1, '0');
  const cut = text.length - digits;
  return `${negative ? '-' : ''}${text.slice(0, cut)}${digits > 0 ? `.${text.slice(cut)}` : ''}`;
}

/** Whether `value` has the shape of a {@link Money}: a bigint `amount` and a string `currency`. */
export function isMoney(value: unknown): value is Money {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { amount?: unknown; currency?: unknown };
  return typeof candidate.amount === 'bigint' && typeof candidate.currency === 'string';
}

/** @internal */
export function assertMoney(value: unknown, where: string): asserts value is Money {
  if (!isMoney(value)) {
    throw new InvalidAmountError(
      `${where}: expected a Money ({ amount: bigint, currency }), got ${describeInput(value)}; create one with money().`,
    );
  }
  assertCurrency(value.currency, where);
}
