import { useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

import type { GlobalkitI18n } from './createI18n';
import { I18nContext } from './I18nContext';

/** Props of {@link I18nProvider}. */
export interface I18nProviderProps {
  /** The instance from `createI18n()`; create it once, outside render. */
  readonly i18n: GlobalkitI18n;
  readonly children?: ReactNode;
  /**
   * Rendered until the first locale is ready when the instance was created
   * with `useSuspense: false` (with suspense, the nearest `<Suspense>` fallback shows instead).
   * @defaultValue null
   */
  readonly fallback?: ReactNode;
}

/**
 * Provides the locale, direction and translations to the tree (and to
 * react-i18next's `useTranslation` / `Trans`).
 *
 * Children never render before the first locale's strings are loaded, so no
 * raw key ever flashes: the provider suspends (Suspense-friendly, the
 * default) or shows `fallback`. With preloaded `resources` (SSR, tests) it
 * renders immediately, on the server too.
 */
export function I18nProvider({ i18n, children, fallback = null }: I18nProviderProps): ReactNode {
  const ready = useSyncExternalStore(i18n.subscribe, i18n.isReady, i18n.isReady);
  if (!ready) {
    if (i18n.i18next.options.react?.useSuspense !== false) throw i18n.ready;
    return fallback;
  }
  return (
    <I18nContext.Provider value={i18n}>
      <I18nextProvider i18n={i18n.i18next} defaultNS="common">
        {children}
      </I18nextProvider>
    </I18nContext.Provider>
  );
}
