/** The fourteen supported locales and eight first-class currencies every table test covers. */
export const LOCALES = [
  'en-US',
  'en-GB',
  'de',
  'fr',
  'es',
  'it',
  'ja',
  'ko',
  'zh',
  'hi',
  'ms',
  'ar',
  'he',
  'fa',
] as const;
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'SGD', 'CNY', 'INR', 'AED'] as const;

/** Every locale × currency pair, for `it.each`. */
export const LOCALE_CURRENCY_PAIRS = LOCALES.flatMap((locale) =>
  CURRENCIES.map((currency) => [locale, currency] as const),
);
