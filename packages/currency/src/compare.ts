import { sameCurrency } from './arithmetic';
import { assertMoney, type Money } from './money';

/** `-1`, `0` or `1` as `a` is less than, equal to or greater than `b` (a comparator for `sort`). @throws {CurrencyMismatchError} */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b, 'compare');
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

/** Same currency and same amount. Never throws for a currency difference: it is simply `false`. */
export function equals(a: Money, b: Money): boolean {
  assertMoney(a, 'equals');
  assertMoney(b, 'equals');
  return a.currency === b.currency && a.amount === b.amount;
}

/** `a < b`. @throws {CurrencyMismatchError} */
export function lessThan(a: Money, b: Money): boolean {
  return compare(a, b) < 0;
}

/** `a > b`. @throws {CurrencyMismatchError} */
export function greaterThan(a: Money, b: Money): boolean {
  return compare(a, b) > 0;
}

/** Whether the amount is exactly zero. */
export function isZero(m: Money): boolean {
  assertMoney(m, 'isZero');
  return m.amount === 0n;
}

/** Whether the amount is below zero. */
export function isNegative(m: Money): boolean {
  assertMoney(m, 'isNegative');
  return m.amount < 0n;
}

/** Whether the amount is above zero. */
export function isPositive(m: Money): boolean {
  assertMoney(m, 'isPositive');
  return m.amount > 0n;
}
