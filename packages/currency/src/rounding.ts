import { describeInput } from './describeInput';
import { InvalidArgumentError } from './errors';

/**
 * How a result between two minor units is rounded. Names and meanings match
 * `Intl.NumberFormat`'s `roundingMode`:
 *
 * - `halfExpand` — ties away from zero (commercial rounding; the default everywhere here)
 * - `halfEven` — ties to the even neighbour (banker's rounding)
 * - `halfTrunc` — ties toward zero; `halfCeil` / `halfFloor` — ties up / down
 * - `ceil` / `floor` — toward +∞ / −∞
 * - `expand` / `trunc` — away from / toward zero
 */
export type RoundingMode =
  'halfExpand' | 'halfEven' | 'halfTrunc' | 'halfCeil' | 'halfFloor' | 'ceil' | 'floor' | 'expand' | 'trunc';

/** Used whenever a function takes a `rounding` option and none is given. */
export const DEFAULT_ROUNDING: RoundingMode = 'halfExpand';

/**
 * `numerator / denominator` rounded to an integer with `mode`: the single
 * place in this package where precision is given up.
 * @internal
 */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const positive = numerator > 0n;
  const away = positive ? quotient + 1n : quotient - 1n;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  const tie = twice === denominator;
  const pastHalf = twice > denominator;
  switch (mode) {
    case 'trunc':
      return quotient;
    case 'expand':
      return away;
    case 'floor':
      return positive ? quotient : away;
    case 'ceil':
      return positive ? away : quotient;
    case 'halfExpand':
      return pastHalf || tie ? away : quotient;
    case 'halfTrunc':
      return pastHalf ? away : quotient;
    case 'halfEven':
      return pastHalf || (tie && quotient % 2n !== 0n) ? away : quotient;
    case 'halfCeil':
      return pastHalf || (tie && positive) ? away : quotient;
    case 'halfFloor':
      return pastHalf || (tie && !positive) ? away : quotient;
    default:
      throw new InvalidArgumentError(
        `Unknown rounding mode ${describeInput(mode)}: use halfExpand, halfEven, halfTrunc, halfCeil, halfFloor, ceil, floor, expand or trunc.`,
      );
  }
}
