import { toDecimal, pow10 } from './decimal';
import { describeInput } from './describeInput';
import { InvalidArgumentError } from './errors';
import { assertMoney, createMoney, type Money } from './money';

/** A share in {@link allocate}: a non-negative decimal string, bigint or finite number. */
export type Ratio = string | number | bigint;

/**
 * Splits `m` in proportion to `ratios` without losing or creating a minor
 * unit: the parts always sum to `m` exactly.
 *
 * Each part first gets the floor of its exact share; the minor units left
 * over go one each to the parts with the largest remainders (largest
 * remainder method), earlier parts first on ties, so the result is
 * deterministic and every part is within one minor unit of its exact share.
 * A zero ratio always gets zero. Negative amounts split like positive ones,
 * with every part negated.
 *
 * @example allocate(money(1000, 'USD'), [1, 1, 1]) // 3.34, 3.33, 3.33
 * @example allocate(money('100', 'EUR'), ['0.7', '0.3']) // 70.00, 30.00
 * @throws {InvalidArgumentError} for an empty list, a negative or malformed
 *   ratio, or ratios that are all zero.
 */
export function allocate(m: Money, ratios: readonly Ratio[]): Money[] {
  assertMoney(m, 'allocate');
  if (!Array.isArray(ratios) || ratios.length === 0) {
    throw new InvalidArgumentError('allocate: pass at least one ratio, e.g. allocate(m, [1, 1]).');
  }
  const decimals = ratios.map((ratio) => {
    const decimal = toDecimal(ratio);
    if (!decimal || decimal.coefficient < 0n) {
      throw new InvalidArgumentError(
        `allocate: ratio ${describeInput(ratio)} is not a non-negative number; use e.g. [1, 2] or ["0.7", "0.3"].`,
      );
    }
    return decimal;
  });
  // Bring every ratio to one scale so they become integer weights.
  const scale = Math.max(...decimals.map((decimal) => decimal.scale));
  const weights = decimals.map((decimal) => decimal.coefficient * pow10(scale - decimal.scale));
  const total = weights.reduce((a, b) => a + b, 0n);
  if (total === 0n) throw new InvalidArgumentError('allocate: at least one ratio must be greater than zero.');

  const negative = m.amount < 0n;
  const amount = negative ? -m.amount : m.amount;
  const shares = weights.map((weight) => (amount * weight) / total);
  let left = amount - shares.reduce((a, b) => a + b, 0n);
  // `left` < number of positive weights, so each of them gets at most one unit.
  const order = weights
    .map((weight, index) => ({ index, remainder: (amount * weight) % total, weight }))
    .filter((entry) => entry.weight > 0n)
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const entry of order) {
    if (left === 0n) break;
    shares[entry.index] = (shares[entry.index] ?? 0n) + 1n;
    left -= 1n;
  }
  return shares.map((share) => createMoney(negative ? -share : share, m.currency));
}
