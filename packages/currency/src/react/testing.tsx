import { createI18n, I18nProvider } from '@globalkit/i18n';
import type { ReactNode } from 'react';

import enPricing from '../../../../locales/en-US/pricing.json';

/**
 * An I18nProvider with the `pricing` strings preloaded for `locale`. Only
 * en-US strings exist until translators add the other locales, so every
 * locale gets them here; direction and formatting still follow `locale`.
 */
export function createPricingI18n(
  locale: string,
  onMissingKey?: (locale: string, ns: string, key: string) => void,
) {
  return createI18n({
    locale,
    resources: { [locale]: { pricing: enPricing, common: {} } },
    namespaces: ['pricing'],
    mode: 'development',
    syncDocument: false,
    ...(onMissingKey ? { onMissingKey } : {}),
  });
}

/** Wraps `children` in an I18nProvider for `locale`. */
export function withLocale(locale: string, children: ReactNode): ReactNode {
  return <I18nProvider i18n={createPricingI18n(locale)}>{children}</I18nProvider>;
}
