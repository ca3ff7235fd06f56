import { useCallback, useSyncExternalStore } from 'react';

import enPricing from '../../../../locales/en-US/pricing.json';
import { useOptionalI18n } from './useActiveLocale';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Strip i18next plural suffixes: `tooManyFractionDigits_one` → `tooManyFractionDigits`. */
type WithoutPlural<K extends string> =
  K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

/** A key of the `pricing` namespace (from the en-US reference), e.g. `'tax.included.vat'`. */
export type PricingKey = WithoutPlural<Leaves<typeof enPricing>>;

/** Interpolation values, and `count` for plurals. */
export type PricingOptions = Readonly<Record<string, unknown>>;

/** `t` for the `pricing` namespace. */
export type PricingTranslate = (key: PricingKey, options?: PricingOptions) => string;

const noop = () => () => undefined;

/**
 * `t` for the `pricing` namespace — the only way these components get text.
 * Re-renders on locale change and when the namespace arrives (it loads on
 * first use). Without an I18nProvider it returns the en-US strings.
 */
export function usePricingStrings(): PricingTranslate {
  const i18n = useOptionalI18n();
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!i18n) return noop();
      const off = i18n.subscribe(listener);
      i18n.i18next.store.on('added', listener);
      return () => {
        off();
        i18n.i18next.store.off('added', listener);
      };
    },
    [i18n],
  );
  const snapshot = () =>
    i18n ? `${i18n.locale}|${String(i18n.i18next.hasResourceBundle(i18n.locale, 'pricing'))}` : '';
  const version = useSyncExternalStore(subscribe, snapshot, snapshot);
  return useCallback<PricingTranslate>(
    (key, options) => {
      void version;
      if (i18n) return String(i18n.t(`pricing:${key}`, options as never));
      return interpolate(lookup(key, options), options);
    },
    [i18n, version],
  );
}

function lookup(key: string, options: PricingOptions | undefined): string {
  const count = options?.['count'];
  const candidates =
    typeof count === 'number' ? [`${key}_${new Intl.PluralRules('en-US').select(count)}`, key] : [key];
  for (const candidate of candidates) {
    let node: unknown = enPricing;
    for (const part of candidate.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node === 'string') return node;
  }
  return key;
}

function interpolate(text: string, options: PricingOptions | undefined): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => {
    const value = options?.[name];
    return value === undefined ? match : String(value);
  });
}
