import { isCurrencyCode, assertCurrency, minorDigits } from './currencies';
import { type Decimal, parseDecimal, pow10 } from './decimal';
import { describeInput } from './describeInput';
import { InvalidArgumentError, InvalidRatesError, MissingRateError, StaleRatesError } from './errors';
import { assertMoney, createMoney, type Money } from './money';
import { DEFAULT_ROUNDING, divideRounded, type RoundingMode } from './rounding';

/**
 * Exchange rates as `GET /api/exchange-rates` returns them: units of each
 * currency per one unit of `base`, as decimal strings, as of a date.
 */
export interface ExchangeRates {
  /** ISO 4217 code every rate is quoted against. */
  readonly base: string;
  /** ISO 8601 date (`"2025-02-28"`, read as 00:00 UTC) or date-time with an offset (`"2025-02-28T15:00:00Z"`). */
  readonly asOf: string;
  /** Units of each currency per one `base`: `{ USD: "1.0411", JPY: "156.96" }`. The base may be listed as `"1"`. */
  readonly rates: Readonly<Record<string, string>>;
  /** Provenance, shown to users as is. */
  readonly source?: string;
}

/**
 * Rates older than this are stale by default: four days. Reference rates
 * (ECB) are published on TARGET business days around 16:00 CET, so a Friday
 * fixing dated 00:00 UTC must stay fresh through Monday's publication.
 */
export const DEFAULT_MAX_RATE_AGE_MS = 4 * 24 * 60 * 60 * 1000;

/** Options of {@link convert}. */
export interface ConvertOptions {
  /** How the converted amount is rounded to the target's minor unit. @defaultValue 'halfExpand' */
  readonly rounding?: RoundingMode;
  /** Older rates are stale; `Infinity` turns the check off. @defaultValue {@link DEFAULT_MAX_RATE_AGE_MS} */
  readonly maxAgeMs?: number;
  /** The current time. @defaultValue `Date.now()` */
  readonly now?: number | Date;
  /** `flag` sets `stale: true` on the result; `throw` throws a {@link StaleRatesError}. @defaultValue 'flag' */
  readonly onStale?: 'flag' | 'throw';
}

/** What {@link convert} returns: the amount and how much to trust it. */
export interface Conversion {
  /** The converted amount, rounded once. */
  readonly money: Money;
  /** Whether the rates were older than `maxAgeMs` (say so to the user: "Rates from … may be out of date"). */
  readonly stale: boolean;
  /** `rates.asOf`, for the UI. */
  readonly asOf: string;
  /** Age of the rates in milliseconds (0 when `asOf` is in the future). */
  readonly ageMs: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2}))?$/;
const RATE = /^\d+(?:\.\d+)?$/;
const HOUR = 3_600_000;

/**
 * Converts `m` into `to` with `rates`, exactly: one rational
 * `amount × rate(to) / rate(from)` computed with bigints (through the base
 * for cross rates, inverted when `m` is in a listed currency and `to` is the
 * base) and rounded once.
 *
 * @example convert(money('100', 'EUR'), 'USD', rates).money // 104.11 USD with rates.rates.USD = "1.0411"
 * @throws {MissingRateError} when `rates` lacks `m.currency` or `to`.
 * @throws {StaleRatesError} when the rates are too old and `onStale` is `'throw'`.
 * @throws {InvalidRatesError} for a malformed `rates` object.
 */
export function convert(
  m: Money,
  to: string,
  rates: ExchangeRates,
  options: ConvertOptions = {},
): Conversion {
  assertMoney(m, 'convert');
  const target = assertCurrency(to, 'convert');
  const { base, asOf, table } = checkRates(rates);

  const asOfTime = Date.parse(asOf.length === 10 ? `${asOf}T00:00:00Z` : asOf);
  const now = options.now === undefined ? Date.now() : Number(options.now);
  if (!Number.isFinite(now))
    throw new InvalidArgumentError(`convert: options.now ${describeInput(options.now)} is not a time.`);
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_RATE_AGE_MS;
  if (typeof maxAgeMs !== 'number' || Number.isNaN(maxAgeMs) || maxAgeMs < 0) {
    throw new InvalidArgumentError(
      `convert: options.maxAgeMs must be a non-negative number of milliseconds, got ${describeInput(maxAgeMs)}.`,
    );
  }
  const ageMs = Math.max(0, now - asOfTime);
  const stale = ageMs > maxAgeMs;
  if (stale && options.onStale === 'throw') {
    throw new StaleRatesError(
      asOf,
      ageMs,
      maxAgeMs,
      `convert: the rates as of ${asOf} are ${Math.floor(ageMs / HOUR)} hours old, older than the ${Math.floor(maxAgeMs / HOUR)} hours allowed; fetch fresh rates or pass onStale: 'flag'.`,
    );
  }

  let amount = m.amount;
  if (m.currency !== target) {
    const rateOf = (code: string): Decimal => {
      if (code === base) return { coefficient: 1n, scale: 0 };
      const text = Object.hasOwn(table, code) ? table[code] : undefined;
      if (text === undefined) {
        const available = [...new Set([base, ...Object.keys(table)])].sort();
        throw new MissingRateError(
          code,
          available,
          `convert: the rates (base ${base}, as of ${asOf}) have no rate for ${code}; they cover ${available.join(', ')}.`,
        );
      }
      return parseRate(code, text);
    };
    const from = rateOf(m.currency);
    const into = rateOf(target);
    amount = divideRounded(
      m.amount * into.coefficient * pow10(from.scale + minorDigits(target)),
      from.coefficient * pow10(into.scale + minorDigits(m.currency)),
      options.rounding ?? DEFAULT_ROUNDING,
    );
  }
  return { money: createMoney(amount, target), stale, asOf, ageMs };
}

function checkRates(rates: ExchangeRates): {
  base: string;
  asOf: string;
  table: Readonly<Record<string, string>>;
} {
  if (
    typeof rates !== 'object' ||
    rates === null ||
    typeof rates.rates !== 'object' ||
    rates.rates === null
  ) {
    throw new InvalidRatesError(
      `convert: expected rates shaped like { base, asOf, rates } (the /api/exchange-rates response), got ${describeInput(rates)}.`,
    );
  }
  const { base, asOf } = rates;
  if (!isCurrencyCode(base)) {
    throw new InvalidRatesError(
      `convert: rates.base ${describeInput(base)} is not an ISO 4217 currency code.`,
    );
  }
  if (typeof asOf !== 'string' || !ISO_DATE.test(asOf) || Number.isNaN(Date.parse(asOf))) {
    throw new InvalidRatesError(
      `convert: rates.asOf ${describeInput(asOf)} is not an ISO 8601 date; expected e.g. "2025-02-28" or "2025-02-28T15:00:00Z".`,
    );
  }
  return { base, asOf, table: rates.rates };
}

function parseRate(code: string, text: unknown): Decimal {
  const decimal = typeof text === 'string' && RATE.test(text) ? parseDecimal(text) : undefined;
  if (!decimal || decimal.coefficient === 0n) {
    throw new InvalidRatesError(
      `convert: rates.rates.${code} ${describeInput(text)} is not a positive decimal string (e.g. "1.0411").`,
    );
  }
  return decimal;
}
