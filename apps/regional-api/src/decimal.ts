/**
 * Exact decimal arithmetic on strings, backed by BigInt.
 *
 * Exchange rates are published as decimal strings ("156.96"); parsing them
 * into binary floats would turn 1.0411 into 1.04109999999999991… and every
 * cross rate computed from it would inherit that drift. Keeping them as
 * `coefficient / 10^scale` pairs makes multiplication exact and lets division
 * round exactly once, at a precision we choose.
 */

/** A non-negative decimal: `coefficient / 10^scale`. */
export interface Decimal {
  readonly coefficient: bigint;
  readonly scale: number;
}

const DECIMAL_PATTERN = /^(\d+)(?:\.(\d+))?$/;

/**
 * Parses a plain non-negative decimal such as `"1.0411"` or `"17228.17"`.
 * @throws {RangeError} for anything else (signs, exponents, empty strings).
 */
export function parseDecimal(text: string): Decimal {
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) throw new RangeError(`Not a plain decimal: ${JSON.stringify(text)}`);
  const integerPart = match[1] ?? '0';
  const fraction = match[2] ?? '';
  return { coefficient: BigInt(integerPart + fraction), scale: fraction.length };
}

/** Formats without exponent notation and without trailing fractional zeros. */
export function formatDecimal(value: Decimal): string {
  const digits = value.coefficient.toString();
  if (value.scale === 0) return digits;
  const padded = digits.padStart(value.scale + 1, '0');
  const integerPart = padded.slice(0, padded.length - value.scale);
  const fraction = padded.slice(padded.length - value.scale).replace(/0+$/, '');
  return fraction === '' ? integerPart : `${integerPart}.${fraction}`;
}

/** Exact product; the scale of the result is the sum of the scales. */
export function multiplyDecimal(a: Decimal, b: Decimal): Decimal {
  return { coefficient: a.coefficient * b.coefficient, scale: a.scale + b.scale };
}

const TEN = 10n;

/** Integer division rounding half to even, the convention for reference rates. */
function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const twiceRemainder = (numerator % denominator) * 2n;
  if (twiceRemainder > denominator) return quotient + 1n;
  if (twiceRemainder === denominator && quotient % 2n === 1n) return quotient + 1n;
  return quotient;
}

/**
 * `a / b`, computed as an exact rational and rounded once (half to even) to
 * `significantDigits` significant digits.
 * @throws {RangeError} when `b` is zero or `a` is zero-sized nonsense.
 */
export function divideDecimal(a: Decimal, b: Decimal, significantDigits: number): Decimal {
  if (b.coefficient === 0n) throw new RangeError('Division by zero');
  if (!Number.isInteger(significantDigits) || significantDigits < 1) {
    throw new RangeError('significantDigits must be a positive integer');
  }
  if (a.coefficient === 0n) return { coefficient: 0n, scale: 0 };
  // a/b = (ca * 10^sb) / (cb * 10^sa): one rational, no rounding yet.
  const numerator = a.coefficient * TEN ** BigInt(b.scale);
  const denominator = b.coefficient * TEN ** BigInt(a.scale);

  // Pick the power of ten that leaves exactly `significantDigits` digits in
  // the scaled quotient before rounding.
  const integerQuotient = numerator / denominator;
  let shift =
    integerQuotient > 0n
      ? significantDigits - integerQuotient.toString().length
      : significantDigits + leadingFractionZeros(numerator, denominator);
  let rounded = scaledQuotient(numerator, denominator, shift);
  // Rounding 9.99…→10.0 adds a digit; the extra one is a trailing zero.
  if (rounded.toString().length > significantDigits) {
    rounded /= TEN;
    shift -= 1;
  }
  if (shift >= 0) return { coefficient: rounded, scale: shift };
  return { coefficient: rounded * TEN ** BigInt(-shift), scale: 0 };
}

function scaledQuotient(numerator: bigint, denominator: bigint, shift: number): bigint {
  return shift >= 0
    ? divideHalfEven(numerator * TEN ** BigInt(shift), denominator)
    : divideHalfEven(numerator, denominator * TEN ** BigInt(-shift));
}

/** For a quotient below 1: how many zeros follow the decimal point. */
function leadingFractionZeros(numerator: bigint, denominator: bigint): number {
  let zeros = 0;
  let scaled = numerator * TEN;
  while (scaled < denominator) {
    zeros += 1;
    scaled *= TEN;
  }
  return zeros;
}
