/**
 * Exact decimals as `coefficient / 10^scale` with a bigint coefficient.
 * Rates, tax rates, factors and ratios arrive as decimal strings ("1.0411",
 * "0.19"); binary floats would turn 1.0411 into 1.04109999999999991…, so
 * they are never used for values.
 * @internal
 */
export interface Decimal {
  readonly coefficient: bigint;
  readonly scale: number;
}

// Optional sign, digits, optional fraction, optional exponent (as String(1e-7) prints).
const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** Longest decimal text accepted anywhere: far beyond any real amount, small enough to bound the work. */
export const MAX_DECIMAL_LENGTH = 100;

/**
 * Parses `"19.99"`, `"-0.5"`, `"1e-7"`. Returns `undefined` for anything
 * else, including `".5"`, `"1."`, `"1,5"`, empty strings and overlong input.
 * @internal
 */
export function parseDecimal(text: string): Decimal | undefined {
  if (text.length > MAX_DECIMAL_LENGTH) return undefined;
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const fraction = match[3] ?? '';
  const exponent = Number(match[4] ?? 0);
  if (Math.abs(exponent) > MAX_DECIMAL_LENGTH) return undefined;
  let coefficient = BigInt(`${match[2] ?? ''}${fraction}`);
  if (match[1] === '-') coefficient = -coefficient;
  let scale = fraction.length - exponent;
  if (scale < 0) {
    coefficient *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { coefficient, scale };
}

/**
 * A finite number read as the decimal it prints as (`0.1` → 1/10, which is
 * what the author wrote), or a decimal string.
 * @internal
 */
export function toDecimal(value: string | number | bigint): Decimal | undefined {
  if (typeof value === 'bigint') return { coefficient: value, scale: 0 };
  if (typeof value === 'number') return Number.isFinite(value) ? parseDecimal(String(value)) : undefined;
  return typeof value === 'string' ? parseDecimal(value) : undefined;
}

/** `10^n` as a bigint. @internal */
export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Plain decimal text without trailing fractional zeros: `{ 1900n, 4 }` → `"0.19"`. @internal */
export function formatDecimal(value: Decimal): string {
  const negative = value.coefficient < 0n;
  const digits = (negative ? -value.coefficient : value.coefficient)
    .toString()
    .padStart(value.scale + 1, '0');
  const cut = digits.length - value.scale;
  const fraction = digits.slice(cut).replace(/0+$/, '');
  return `${negative ? '-' : ''}${digits.slice(0, cut)}${fraction ? `.${fraction}` : ''}`;
}

/** Exact sum of decimals. @internal */
export function addDecimals(values: readonly Decimal[]): Decimal {
  const scale = Math.max(0, ...values.map((value) => value.scale));
  let coefficient = 0n;
  for (const value of values) coefficient += value.coefficient * pow10(scale - value.scale);
  return { coefficient, scale };
}
