/**
 * Typed errors. Every failure of this package is a {@link MoneyError} with a
 * stable `code`, so callers branch on `error.code` (or `instanceof`) rather
 * than on message text, and messages can keep improving.
 *
 * Each class sets `name` as a string literal because minifiers rename
 * classes: `new.target.name` would print "e" in production stack traces.
 */

/** Every `code` a {@link MoneyError} can carry. */
export type MoneyErrorCode =
  | 'INVALID_AMOUNT'
  | 'UNKNOWN_CURRENCY'
  | 'CURRENCY_MISMATCH'
  | 'INVALID_ARGUMENT'
  | 'PARSE_FAILED'
  | 'MISSING_RATE'
  | 'STALE_RATES'
  | 'INVALID_RATES'
  | 'CURRENCY_NOT_OFFERED'
  | 'UNKNOWN_PLAN';

/** Base class of every error thrown by `@globalkit/currency`. */
export class MoneyError extends Error {
  override readonly name: string = 'MoneyError';
  /** Stable machine-readable reason. */
  readonly code: MoneyErrorCode;

  constructor(code: MoneyErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** An amount that is not exact minor units or an exact decimal string (NaN, 19.999, 2 ** 60 as a number…). */
export class InvalidAmountError extends MoneyError {
  override readonly name = 'InvalidAmountError';
  constructor(message: string) {
    super('INVALID_AMOUNT', message);
  }
}

/** A currency code that is not ISO 4217 as known to `Intl` ("XYZ", "US", "usd"). */
export class UnknownCurrencyError extends MoneyError {
  override readonly name = 'UnknownCurrencyError';
  constructor(
    /** The rejected input, as given. */
    readonly currency: unknown,
    message: string,
  ) {
    super('UNKNOWN_CURRENCY', message);
  }
}

/** Two amounts in different currencies were combined. Convert one first. */
export class CurrencyMismatchError extends MoneyError {
  override readonly name = 'CurrencyMismatchError';
  constructor(
    readonly expected: string,
    readonly actual: string,
    operation: string,
  ) {
    super(
      'CURRENCY_MISMATCH',
      `${operation}: cannot combine ${expected} with ${actual}; convert one of them first (convert()).`,
    );
  }
}

/** A malformed argument other than an amount or currency: locale tag, ratios, rounding mode, country code, option. */
export class InvalidArgumentError extends MoneyError {
  override readonly name = 'InvalidArgumentError';
  constructor(message: string) {
    super('INVALID_ARGUMENT', message);
  }
}

/** Why {@link ParseMoneyError} rejected an input; UIs pick their message by this. */
export type ParseMoneyErrorReason =
  | 'notText'
  | 'tooLong'
  | 'empty'
  | 'letters'
  | 'wrongCurrency'
  | 'tooManyFractionDigits'
  | 'multipleDecimalSeparators'
  | 'invalidGrouping'
  | 'misplacedSign'
  | 'malformed';

/** What a UI needs to explain a {@link ParseMoneyError} in the user's language. */
export interface ParseMoneyErrorDetails {
  /** The input, as given (truncated in the message, not here). */
  readonly input: string;
  readonly locale: string;
  readonly currency: string;
  /** The locale's decimal separator, e.g. `","` in de. */
  readonly decimal: string;
  /** The locale's grouping separator, e.g. `"."` in de, `" "` in fr. */
  readonly group: string;
  /** Minor digits of the currency (2 for USD, 0 for JPY). */
  readonly digits: number;
  /** A well-formed amount in this locale and currency, e.g. `"1.234.567,89 €"`. */
  readonly example: string;
  /** The offending text, when there is one (`"€"`, `"abc"`, `"#"`). */
  readonly found?: string;
}

/** Text that is not an amount in the given locale and currency. */
export class ParseMoneyError extends MoneyError {
  override readonly name = 'ParseMoneyError';
  constructor(
    readonly reason: ParseMoneyErrorReason,
    readonly details: ParseMoneyErrorDetails,
    message: string,
  ) {
    super('PARSE_FAILED', message);
  }
}

/** `rates` has no rate for a currency the conversion needs. */
export class MissingRateError extends MoneyError {
  override readonly name = 'MissingRateError';
  constructor(
    readonly currency: string,
    readonly available: readonly string[],
    message: string,
  ) {
    super('MISSING_RATE', message);
  }
}

/** The rates are older than `maxAgeMs` and `onStale: 'throw'` was asked for. */
export class StaleRatesError extends MoneyError {
  override readonly name = 'StaleRatesError';
  constructor(
    readonly asOf: string,
    readonly ageMs: number,
    readonly maxAgeMs: number,
    message: string,
  ) {
    super('STALE_RATES', message);
  }
}

/** The rates object is malformed (no base, unparseable `asOf`, a rate that is not a positive decimal string). */
export class InvalidRatesError extends MoneyError {
  override readonly name = 'InvalidRatesError';
  constructor(message: string) {
    super('INVALID_RATES', message);
  }
}

/** A plan has no price point in the requested currency. */
export class CurrencyNotOfferedError extends MoneyError {
  override readonly name = 'CurrencyNotOfferedError';
  constructor(
    readonly currency: string,
    readonly offered: readonly string[],
    message: string,
  ) {
    super('CURRENCY_NOT_OFFERED', message);
  }
}

/** A plan id or billing interval that the price table does not have. */
export class UnknownPlanError extends MoneyError {
  override readonly name = 'UnknownPlanError';
  constructor(
    readonly plan: unknown,
    readonly known: readonly string[],
    message: string,
  ) {
    super('UNKNOWN_PLAN', message);
  }
}
