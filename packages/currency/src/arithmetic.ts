import { pow10, toDecimal } from './decimal';
import { describeInput } from './describeInput';
import { CurrencyMismatchError, InvalidArgumentError } from './errors';
import { assertCurrency } from './currencies';
import { assertMoney, createMoney, type Money } from './money';
import { DEFAULT_ROUNDING, divideRounded, type RoundingMode } from './rounding';

/** @internal Both amounts valid and in one currency; returns that currency. */
export function sameCurrency(a: Money, b: Money, operation: string): string {
  assertMoney(a, operation);
  assertMoney(b, operation);
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency, operation);
  return a.currency;
}

/** `a + b`, exactly. @throws {CurrencyMismatchError} */
export function add(a: Money, b: Money): Money {
  const currency = sameCurrency(a, b, 'add');
  return createMoney(a.amount + b.amount, currency);
}

/** `a − b`, exactly. @throws {CurrencyMismatchError} */
export function subtract(a: Money, b: Money): Money {
  const currency = sameCurrency(a, b, 'subtract');
  return createMoney(a.amount - b.amount, currency);
}

/**
 * The total of `items`, exactly. `currency` is required only to sum an
 * empty list (the result is then zero in that currency).
 * @throws {CurrencyMismatchError} when the items (or `currency`) disagree.
 */
export function sum(items: readonly Money[], currency?: string): Money {
  const code = currency === undefined ? items[0]?.currency : assertCurrency(currency, 'sum');
  if (code === undefined) {
    throw new InvalidArgumentError('sum: pass a currency to sum an empty list, e.g. sum([], "EUR").');
  }
  const reference = createMoney(0n, code);
  let total = 0n;
  for (const item of items) {
    sameCurrency(reference, item, 'sum');
    total += item.amount;
  }
  return createMoney(total, code);
}

/** `−m`. */
export function negate(m: Money): Money {
  assertMoney(m, 'negate');
  return createMoney(-m.amount, m.currency);
}

/** Options of {@link multiply}. */
export interface MultiplyOptions {
  /** How a result between two minor units is rounded. @defaultValue 'halfExpand' */
  readonly rounding?: RoundingMode;
}

/**
 * `m × factor`, rounded once to the currency's minor unit.
 *
 * `factor` is a decimal string (`"1.19"`, `"-0.5"`), a bigint, or a finite
 * number read as the decimal it prints as (`0.1` means exactly 1/10).
 *
 * @throws {InvalidArgumentError} for NaN, ±Infinity or malformed strings.
 */
export function multiply(m: Money, factor: string | number | bigint, options: MultiplyOptions = {}): Money {
  assertMoney(m, 'multiply');
  const decimal = toDecimal(factor);
  if (!decimal) {
    throw new InvalidArgumentError(
      `multiply: ${describeInput(factor)} is not a factor; pass a decimal string ("1.19"), a bigint or a finite number.`,
    );
  }
  const amount = divideRounded(
    m.amount * decimal.coefficient,
    pow10(decimal.scale),
    options.rounding ?? DEFAULT_ROUNDING,
  );
  return createMoney(amount, m.currency);
}
