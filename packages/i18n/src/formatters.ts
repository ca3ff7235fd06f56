import { createBoundedCache } from './createBoundedCache';
import { parseLocaleTag } from './parseLocaleTag';
import { DEFAULT_LOCALE } from './supportedLocales';

/** Formatters kept per kind; a page rarely uses more than a few dozen locale/option pairs. */
const MAX_FORMATTERS = 100;

const numberFormats = createBoundedCache<Intl.NumberFormat>(MAX_FORMATTERS);
const dateTimeFormats = createBoundedCache<Intl.DateTimeFormat>(MAX_FORMATTERS);
const relativeTimeFormats = createBoundedCache<Intl.RelativeTimeFormat>(MAX_FORMATTERS);
const listFormats = createBoundedCache<Intl.ListFormat>(MAX_FORMATTERS);
const pluralRules = createBoundedCache<Intl.PluralRules>(MAX_FORMATTERS);
const displayNames = createBoundedCache<Intl.DisplayNames>(MAX_FORMATTERS);

/**
 * A malformed locale tag would make every `Intl` constructor throw: use the
 * default locale instead. Bad *options* still throw (a programming error).
 */
function intlLocale(locale: string): string {
  return parseLocaleTag(locale)?.toString() ?? DEFAULT_LOCALE;
}

/** A cache key independent of option order: `{ a, b }` and `{ b, a }` share a formatter. */
function cacheKey(locale: string, options: object | undefined): string {
  if (!options) return locale;
  const entries = Object.entries(options)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${locale}\u0000${JSON.stringify(entries)}`;
}

/**
 * A cached `Intl.NumberFormat` (bounded LRU keyed by locale + options).
 * A malformed locale falls back to en-US; invalid options throw like `Intl` does.
 */
export function getNumberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const tag = intlLocale(locale);
  return numberFormats.get(cacheKey(tag, options), () => new Intl.NumberFormat(tag, options));
}

/** A cached `Intl.DateTimeFormat`; see {@link getNumberFormat}. Pass `timeZone` for output that does not depend on the machine. */
export function getDateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const tag = intlLocale(locale);
  return dateTimeFormats.get(cacheKey(tag, options), () => new Intl.DateTimeFormat(tag, options));
}

/** A cached `Intl.RelativeTimeFormat`; see {@link getNumberFormat}. */
export function getRelativeTimeFormat(
  locale: string,
  options?: Intl.RelativeTimeFormatOptions,
): Intl.RelativeTimeFormat {
  const tag = intlLocale(locale);
  return relativeTimeFormats.get(cacheKey(tag, options), () => new Intl.RelativeTimeFormat(tag, options));
}

/** A cached `Intl.ListFormat`; see {@link getNumberFormat}. */
export function getListFormat(locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat {
  const tag = intlLocale(locale);
  return listFormats.get(cacheKey(tag, options), () => new Intl.ListFormat(tag, options));
}

/** A cached `Intl.PluralRules`; see {@link getNumberFormat}. */
export function getPluralRules(locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules {
  const tag = intlLocale(locale);
  return pluralRules.get(cacheKey(tag, options), () => new Intl.PluralRules(tag, options));
}

/**
 * The name of a locale, by default in its own language (an endonym, what a
 * language switcher shows): `getLocaleDisplayName('de')` → `"Deutsch"`,
 * `getLocaleDisplayName('ar', 'en')` → `"Arabic"`. A malformed tag is returned as it is.
 */
export function getLocaleDisplayName(locale: string, displayLocale: string = locale): string {
  const named = parseLocaleTag(locale);
  if (!named) return locale;
  const tag = intlLocale(displayLocale);
  try {
    const names = displayNames.get(
      `${tag}\u0000language`,
      () => new Intl.DisplayNames(tag, { type: 'language' }),
    );
    return names.of(named.toString()) ?? locale;
  } catch {
    return locale;
  }
}
