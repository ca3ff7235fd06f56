import { useNamespaceStrings, useOptionalI18n } from '@globalkit/i18n';
import type { NamespaceKey, NamespaceTranslate, TranslateOptions } from '@globalkit/i18n';
import { useCallback, useSyncExternalStore } from 'react';

import type enPricing from '../../../../locales/en-US/pricing.json';

/** A key of the `pricing` namespace (from the en-US reference), e.g. `'tax.included.vat'`. */
export type PricingKey = NamespaceKey<typeof enPricing>;

/** Interpolation values, and `count` for plurals. */
export type PricingOptions = TranslateOptions;

/** `t` for the `pricing` namespace. */
export type PricingTranslate = NamespaceTranslate<typeof enPricing>;

let english: typeof enPricing | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const snapshot = () => english;
const NOTHING = {} as typeof enPricing;

/**
 * Loads the en-US `pricing` strings used without an I18nProvider (a separate
 * chunk, so apps with one never download them). Components start it on first
 * render; await it up front for English text on the first render (SSR, or the
 * client before hydrating). A failed load is retried on the next render.
 */
export function loadPricingFallback(): Promise<void> {
  loading ??= import('../../../../locales/en-US/pricing.json').then(
    (module) => {
      english = module.default;
      listeners.forEach((listener) => listener());
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * `t` for the `pricing` namespace — the only way these components get text.
 * Re-renders on locale change and when the namespace arrives (it loads on
 * first use). Without an I18nProvider it returns the en-US strings, loaded on
 * demand: until they arrive the text is empty, never a raw key.
 */
export function usePricingStrings(): PricingTranslate {
  const i18n = useOptionalI18n();
  const reference = useSyncExternalStore(subscribe, snapshot, snapshot);
  const t = useNamespaceStrings('pricing', reference ?? NOTHING);
  return useCallback<PricingTranslate>(
    (key, options) => {
      if (i18n || reference) return t(key, options);
      loadPricingFallback().catch(() => undefined);
      return '';
    },
    [i18n, reference, t],
  );
}
