import { attempt } from './attempt';
import { parseLocaleTag } from './parseLocaleTag';
import { DEFAULT_LOCALE } from './supportedLocales';

/** Formatters kept per kind; a page rarely uses more than a few dozen locale/option pairs. */
const MAX_FORMATTERS = 100;

/**
 * One bounded cache per kind behind one function: the six getters share this
 * code instead of repeating it (keeps the bundle small).
 *
 * `Intl` formatters are expensive to build (tens of microseconds, locale data
 * lookups) and cheap to reuse, but keys include arbitrary options: an
 * unbounded cache would grow with every distinct option object. Least
 * recently used entries go first once {@link MAX_FORMATTERS} is reached.
 */
function cachedFormatter<O extends object | undefined, F>(
  create: (locale: string, options: O) => F,
): (locale: string, options: O) => F {
  const cache = new Map<string, F>();
  return (locale, options) => {
    // A malformed locale tag would make every `Intl` constructor throw: use the
    // default locale instead. Bad *options* still throw (a programming error).
    const tag = parseLocaleTag(locale)?.toString() ?? DEFAULT_LOCALE;
    // Independent of option order (`{ a, b }` and `{ b, a }` share a formatter); keys
    // are unique, so sorting the `key,value` strings orders by key.
    const key = `${tag}\u0000${JSON.stringify(
      Object.entries(options ?? {})
        .filter(([, value]) => value !== undefined)
        .sort(),
    )}`;
    // Formatters are never `undefined`. Re-inserting marks the most recently used (a Map keeps insertion order).
    const formatter = cache.get(key) ?? create(tag, options);
    cache.delete(key);
    cache.set(key, formatter);
    if (cache.size > MAX_FORMATTERS) cache.delete(cache.keys().next().value as string);
    return formatter;
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
  return (
    (named && attempt(() => getDisplayNames(displayLocale, { type: 'language' }).of(`${named}`))) ?? locale
  );
}
