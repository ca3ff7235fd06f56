import { useMemo } from 'react';

import { formatRelativeTime } from './formatRelativeTime';
import type { FormatRelativeTimeOptions } from './formatRelativeTime';
import { getDateTimeFormat, getListFormat, getNumberFormat } from './formatters';
import { useLocale } from './useLocale';

// Formatters come from the shared bounded cache keyed by locale + option
// values, so a fresh options object on every render costs a lookup, not a new Intl object.

/** A cached `Intl.NumberFormat` for the active locale. */
export function useNumberFormat(options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return getNumberFormat(useLocale().locale, options);
}

/** A cached `Intl.DateTimeFormat` for the active locale. */
export function useDateFormat(options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return getDateTimeFormat(useLocale().locale, options);
}

/** A cached `Intl.ListFormat` for the active locale. */
export function useListFormat(options?: Intl.ListFormatOptions): Intl.ListFormat {
  return getListFormat(useLocale().locale, options);
}

/** `(date, options?) => "2 minutes ago"` in the active locale; see `formatRelativeTime`. */
export function useRelativeTime(): (date: Date | number, options?: FormatRelativeTimeOptions) => string {
  const { locale } = useLocale();
  return useMemo(() => (date, options) => formatRelativeTime(locale, date, options), [locale]);
}

/** Every formatter of the active locale as plain functions. */
export interface Formatters {
  readonly locale: string;
  number(value: number | bigint, options?: Intl.NumberFormatOptions): string;
  date(value: Date | number, options?: Intl.DateTimeFormatOptions): string;
  relativeTime(date: Date | number, options?: FormatRelativeTimeOptions): string;
  list(items: Iterable<string>, options?: Intl.ListFormatOptions): string;
}

/** {@link Formatters} bound to the active locale. */
export function useFormatters(): Formatters {
  const { locale } = useLocale();
  return useMemo(
    () => ({
      locale,
      number: (value, options) => getNumberFormat(locale, options).format(value),
      date: (value, options) => getDateTimeFormat(locale, options).format(value),
      relativeTime: (date, options) => formatRelativeTime(locale, date, options),
      list: (items, options) => getListFormat(locale, options).format(items),
    }),
    [locale],
  );
}
