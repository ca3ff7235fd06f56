import { describeInput } from './describeInput';
import { InvalidArgumentError } from './errors';
import { createLruCache } from './lruCache';

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

/** Formatters kept: enough for every locale × currency × style a page shows, bounded for long-lived apps. */
export const FORMATTER_CACHE_SIZE = 64;

let cache: ReturnType<typeof createLruCache<Intl.NumberFormat>> | undefined;

/**
 * A cached `Intl.NumberFormat` for `currency` in `locale`. With no options
 * it is exactly `new Intl.NumberFormat(locale, { style: 'currency', currency })`.
 * @throws {InvalidArgumentError} for a malformed locale tag or option.
 * @internal
 */
export function currencyFormat(
  locale: string,
  currency: string,
  options: FormatMoneyOptions | undefined,
  where: string,
): Intl.NumberFormat {
  const intlOptions: Record<string, unknown> = { style: 'currency', currency };
  let key = `${locale}\u0000${currency}`;
  if (options) {
    for (const name of OPTION_KEYS) {
      const value = options[name];
      if (value !== undefined) {
        intlOptions[name] = value;
        key += `\u0000${name}=${String(value)}`;
      }
    }
  }
  cache ??= createLruCache<Intl.NumberFormat>(FORMATTER_CACHE_SIZE);
  return cache.get(key, () => {
    if (typeof locale !== 'string') {
      throw new InvalidArgumentError(
        `${where}: expected a locale tag such as "en-US", got ${describeInput(locale)}.`,
      );
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
  });
}
