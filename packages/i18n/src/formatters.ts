import { createBoundedCache } from './createBoundedCache';
import { parseLocaleTag } from './parseLocaleTag';
import { DEFAULT_LOCALE } from './supportedLocales';

/** Formatters kept per kind; a page rarely uses more than a few dozen locale/option pairs. */
const MAX_FORMATTERS = 100;

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
 * One bounded cache per kind behind one function: the six getters share this
 * code instead of repeating it (keeps the bundle small).
 */
function cachedFormatter<O extends object | undefined, F>(
  create: (locale: string, options: O) => F,
): (locale: string, options: O) => F {
  const cache = createBoundedCache<F>(MAX_FORMATTERS);
  return (locale, options) => {
    const tag = intlLocale(locale);
    return cache.get(cacheKey(tag, options), () => create(tag, options));
  };
}

/**
 * A cached `Intl.NumberFormat` (bounded LRU keyed by locale + options).
 * A malformed locale falls back to en-US; invalid options throw like `Intl` does.
 */
export const getNumberFormat: (locale: string, options?: Intl.NumberFormatOptions) => Intl.NumberFormat =
  /* @__PURE__ */ cachedFormatter((tag, options) => new Intl.NumberFormat(tag, options));

/** A cached `Intl.DateTimeFormat`; see {@link getNumberFormat}. Pass `timeZone` for output that does not depend on the machine. */
export const getDateTimeFormat: (
  locale: string,
  options?: Intl.DateTimeFormatOptions,
) => Intl.DateTimeFormat = /* @__PURE__ */ cachedFormatter(
  (tag, options) => new Intl.DateTimeFormat(tag, options),
);

/** A cached `Intl.RelativeTimeFormat`; see {@link getNumberFormat}. */
export const getRelativeTimeFormat: (
  locale: string,
  options?: Intl.RelativeTimeFormatOptions,
) => Intl.RelativeTimeFormat = /* @__PURE__ */ cachedFormatter(
  (tag, options) => new Intl.RelativeTimeFormat(tag, options),
);

/** A cached `Intl.ListFormat`; see {@link getNumberFormat}. */
export const getListFormat: (locale: string, options?: Intl.ListFormatOptions) => Intl.ListFormat =
  /* @__PURE__ */ cachedFormatter((tag, options) => new Intl.ListFormat(tag, options));

/** A cached `Intl.PluralRules`; see {@link getNumberFormat}. */
export const getPluralRules: (locale: string, options?: Intl.PluralRulesOptions) => Intl.PluralRules =
  /* @__PURE__ */ cachedFormatter((tag, options) => new Intl.PluralRules(tag, options));

const getDisplayNames = /* @__PURE__ */ cachedFormatter(
  (tag, options: Intl.DisplayNamesOptions) => new Intl.DisplayNames(tag, options),
);

/**
 * The name of a locale, by default in its own language (an endonym, what a
 * language switcher shows): `getLocaleDisplayName('de')` → `"Deutsch"`,
 * `getLocaleDisplayName('ar', 'en')` → `"Arabic"`. A malformed tag is returned as it is.
 */
export function getLocaleDisplayName(locale: string, displayLocale: string = locale): string {
  const named = parseLocaleTag(locale);
  if (!named) return locale;
  try {
    return getDisplayNames(displayLocale, { type: 'language' }).of(named.toString()) ?? locale;
  } catch {
    return locale;
  }
}
