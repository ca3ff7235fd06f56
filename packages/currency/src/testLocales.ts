import { SUPPORTED_LOCALE_TAGS } from '@globalkit/regions';

/** The fourteen supported locales and eight first-class currencies every table test covers. */
export const LOCALES = SUPPORTED_LOCALE_TAGS;
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'SGD', 'CNY', 'INR', 'AED'] as const;

/** Every locale × currency pair, for `it.each`. */
export const LOCALE_CURRENCY_PAIRS = LOCALES.flatMap((locale) =>
  CURRENCIES.map((currency) => [locale, currency] as const),
);
