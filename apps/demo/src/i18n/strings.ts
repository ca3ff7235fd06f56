import { DEFAULT_LOCALE, useI18n, useNamespaceStrings } from '@globalkit/i18n';
import { useCallback, useSyncExternalStore } from 'react';
import type { GlobalkitResources as SdkResources, NamespaceTranslate } from '@globalkit/i18n';

import type { GlobalkitResources as AppResources } from '../generated/resources';

export type DemoStrings = AppResources['demo'];

// useNamespaceStrings only reads `reference` outside an I18nProvider, which the
// demo never renders; passing the real en-US JSON would put English into the
// initial chunk of every locale, so the reference is only a type here.
function typeOnly<T>(): T {
  return {} as T;
}
const DEMO = typeOnly<DemoStrings>();
const COMMON = typeOnly<SdkResources['common']>();
const REGIONS = typeOnly<SdkResources['regions']>();
const HEALTH = typeOnly<SdkResources['health']>();

/**
 * Whether the en-US fallback of `namespace` has arrived. useNamespaceStrings
 * re-renders when the active locale's bundle arrives, not when the en-US
 * fallback of a missing translation does (see the report in README), so a
 * component that rendered '' while the fallback loaded would stay blank.
 */
function useFallbackArrived(namespace: string): boolean {
  const i18n = useI18n();
  const subscribe = useCallback(
    (listener: () => void) => {
      i18n.i18next.store.on('added', listener);
      return () => i18n.i18next.store.off('added', listener);
    },
    [i18n],
  );
  const snapshot = () => i18n.i18next.hasResourceBundle(DEFAULT_LOCALE, namespace);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** `t` for the app's own `demo` namespace. */
export function useDemoStrings(): NamespaceTranslate<DemoStrings> {
  const arrived = useFallbackArrived('demo');
  const t = useNamespaceStrings('demo', DEMO);
  // A new identity when the fallback arrives, so memoised callers recompute too.
  return useCallback<NamespaceTranslate<DemoStrings>>(
    (key, options) => (void arrived, t(key, options)),
    [t, arrived],
  );
}
/** `t` for the SDK's `common` namespace (actions, states, fetch errors). */
export const useCommonStrings = (): NamespaceTranslate<SdkResources['common']> =>
  useNamespaceStrings('common', COMMON);
/** `t` for the SDK's `regions` namespace (region and zone names, health states). */
export const useRegionStrings = (): NamespaceTranslate<SdkResources['regions']> =>
  useNamespaceStrings('regions', REGIONS);
/** `t` for the SDK's `health` namespace (status page columns, fault controls). */
export const useHealthStrings = (): NamespaceTranslate<SdkResources['health']> =>
  useNamespaceStrings('health', HEALTH);
