import { describeInput } from './describeInput';
import { InvalidArgumentError } from './errors';
import { createPairCache, type PairCache } from './lruCache';

/**
 * Display options of {@link formatMoney}: the `Intl.NumberFormat` options
 * that change how an amount looks, never its value (no digit limits —
 * the exact amount is always shown, except in compact notation).
 */
export interface FormatMoneyOptions {
  /** `symbol` ($, US$ or USD as the locale prefers), `narrowSymbol` ($), `code` (USD) or `name` (US dollars). @defaultValue 'symbol' */
  readonly currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name' | undefined;
  /** When to show the sign. @defaultValue 'auto' */
  readonly signDisplay?: 'auto' | 'always' | 'exceptZero' | 'negative' | 'never' | undefined;
  /** `accounting` wraps negatives in parentheses where the locale does (en-US: ($1.00)). @defaultValue 'standard' */
  readonly currencySign?: 'standard' | 'accounting' | undefined;
  /** `compact` ($1.2M) rounds for display and cannot be parsed back. @defaultValue 'standard' */
  readonly notation?: 'standard' | 'compact' | undefined;
  /** With compact notation: `short` (1.2M) or `long` (1.2 million). @defaultValue 'short' */
  readonly compactDisplay?: 'short' | 'long' | undefined;
  /** `stripIfInteger` hides `.00` on whole amounts ($12 instead of $12.00). @defaultValue 'auto' */
  readonly trailingZeroDisplay?: 'auto' | 'stripIfInteger' | undefined;
  /** Digits to use: `latn` (0-9), `arab` (٠-٩), `arabext` (۰-۹), `deva`… @defaultValue the locale's own */
  readonly numberingSystem?: string | undefined;
  /** Digit grouping. @defaultValue 'auto' */
  readonly useGrouping?: boolean | 'always' | 'auto' | 'min2' | undefined;
}

const OPTION_KEYS = [
  'currencyDisplay',
  'signDisplay',
  'currencySign',
  'notation',
  'compactDisplay',
  'trailingZeroDisplay',
  'numberingSystem',
  'useGrouping',
] as const;

/**
 * Formatters kept: every locale × currency × style a page shows (14 locales
 * × 8 currencies is 112), bounded for long-lived apps.
 */
export const FORMATTER_CACHE_SIZE = 512;

let cache: PairCache<Intl.NumberFormat> | undefined;

/**
 * A cached `Intl.NumberFormat` for `currency` in `locale`. With no options
 * it is exactly `new Intl.NumberFormat(locale, { style: 'currency', currency })`.
 * A cache hit builds no options object and, without options, no key.
 * @throws {InvalidArgumentError} for a malformed locale tag or option.
 * @internal
 */
export function currencyFormat(
  locale: string,
  currency: string,
  options: FormatMoneyOptions | undefined,
  where: string,
): Intl.NumberFormat {
  let key = currency;
  if (options) {
    for (const name of OPTION_KEYS) {
      const value = options[name];
      if (value !== undefined) key += `\u0000${name}=${String(value)}`;
    }
  }
  cache ??= createPairCache<Intl.NumberFormat>(FORMATTER_CACHE_SIZE);
  return (
    cache.peek(locale, key) ?? cache.get(locale, key, () => createFormat(locale, currency, options, where))
  );
}

/** Number of cached formatters (at most {@link FORMATTER_CACHE_SIZE}). @internal */
export function cachedFormatCount(): number {
  return cache?.size ?? 0;
}

function createFormat(
  locale: string,
  currency: string,
  options: FormatMoneyOptions | undefined,
  where: string,
): Intl.NumberFormat {
  if (typeof locale !== 'string') {
    throw new InvalidArgumentError(
      `${where}: expected a locale tag such as "en-US", got ${describeInput(locale)}.`,
    );
  }
  const intlOptions: Record<string, unknown> = { style: 'currency', currency };
  if (options) {
    for (const name of OPTION_KEYS) {
      if (options[name] !== undefined) intlOptions[name] = options[name];
    }
  }
  try {
    return new Intl.NumberFormat(locale, intlOptions as Intl.NumberFormatOptions);
  } catch (error) {
    let validLocale = true;
    try {
      Intl.getCanonicalLocales(locale);
    } catch {
      validLocale = false;
    }
    throw new InvalidArgumentError(
      validLocale
        ? `${where}: invalid options for ${locale}: ${(error as Error).message}.`
        : `${where}: ${describeInput(locale)} is not a BCP 47 locale tag; use e.g. "en-US", "de" or "ar-EG".`,
    );
  }
}
