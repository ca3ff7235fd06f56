import { useNamespaceStrings } from '@globalkit/i18n';
import type { NamespaceKey, NamespaceTranslate, TranslateOptions } from '@globalkit/i18n';

import enPricing from '../../../../locales/en-US/pricing.json';

/** A key of the `pricing` namespace (from the en-US reference), e.g. `'tax.included.vat'`. */
export type PricingKey = NamespaceKey<typeof enPricing>;

/** Interpolation values, and `count` for plurals. */
export type PricingOptions = TranslateOptions;

/** `t` for the `pricing` namespace. */
export type PricingTranslate = NamespaceTranslate<typeof enPricing>;

/**
 * `t` for the `pricing` namespace — the only way these components get text.
 * Re-renders on locale change and when the namespace arrives (it loads on
 * first use). Without an I18nProvider it returns the en-US strings.
 */
export function usePricingStrings(): PricingTranslate {
  return useNamespaceStrings('pricing', enPricing);
}
