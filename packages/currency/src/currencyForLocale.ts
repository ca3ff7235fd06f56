import { currencyForCountry } from './currencyForCountry';

/**
 * Languages whose likely region says nothing useful about the currency a
 * speaker pays in: Arabic is official in over twenty countries with as many
 * currencies, and its CLDR likely region (Egypt) would show Gulf users
 * Egyptian pounds. Such a bare language gives `undefined`; `ar-SA` works.
 */
const AMBIGUOUS_LANGUAGES: readonly string[] = ['ar'];

/**
 * The currency a locale most likely thinks in, or `undefined` when the
 * locale does not say.
 *
 * Policy:
 * - A region in the tag decides: `en-GB` → GBP, `ar-SA` → SAR, `zh-TW` → TWD.
 * - A bare language uses its CLDR likely region (`Intl.Locale#maximize`):
 *   `en` → USD, `de`/`fr`/`es`/`it` → EUR, `ja` → JPY, `ko` → KRW,
 *   `zh` → CNY, `hi` → INR, `ms` → MYR, `he` → ILS, `fa` → IRR.
 * - Except Arabic (`ar` → `undefined`, see above).
 * - Unknown regions, macro-regions (`es-419`) and malformed tags → `undefined`.
 *
 * Prefer the user's jurisdiction ({@link currencyForCountry}) whenever you
 * have it: language is a weak signal for money.
 */
export function currencyForLocale(locale: string): string | undefined {
  let tag: Intl.Locale;
  try {
    tag = new Intl.Locale(locale);
  } catch {
    return undefined;
  }
  if (!tag.region && AMBIGUOUS_LANGUAGES.includes(tag.language)) return undefined;
  const region = tag.region ?? tag.maximize().region;
  return region === undefined ? undefined : currencyForCountry(region);
}
