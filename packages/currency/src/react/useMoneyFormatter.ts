import { useMemo } from 'react';

import type { FormatMoneyOptions } from '../currencyFormat';
import { MoneyFormatter } from '../MoneyFormatter';
import { useActiveLocale } from './useActiveLocale';

/** Options of {@link useMoneyFormatter}: display defaults plus an optional locale override. */
export interface UseMoneyFormatterOptions extends FormatMoneyOptions {
  /** Format in this locale instead of the active one. */
  readonly locale?: string | undefined;
}

/**
 * A {@link MoneyFormatter} for the active locale (from the nearest
 * I18nProvider, en-US without one). Its identity changes only when the
 * locale or the option values change, so it is safe in dependency lists.
 *
 * @example
 * const formatter = useMoneyFormatter({ currencyDisplay: 'code' });
 * formatter.format(money('9.99', 'EUR')); // "EUR 9.99" in en-US, "9,99 EUR" in de
 */
export function useMoneyFormatter(options: UseMoneyFormatterOptions = {}): MoneyFormatter {
  const { locale: override, ...display } = options;
  const locale = useActiveLocale(override);
  // Options objects are usually created inline: compare them by value (they
  // hold only strings and booleans, so JSON is a faithful key and copy).
  const key = JSON.stringify(display);
  return useMemo(() => {
    const options = JSON.parse(key) as FormatMoneyOptions;
    return new MoneyFormatter(locale, Object.keys(options).length > 0 ? options : undefined);
  }, [locale, key]);
}
