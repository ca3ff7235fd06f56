import { createContext, useContext } from 'react';

import type { GlobalkitI18n } from './createI18n';

/** Carries the {@link GlobalkitI18n} of the nearest `I18nProvider`. */
export const I18nContext = /* @__PURE__ */ createContext<GlobalkitI18n | null>(null);

/**
 * The {@link GlobalkitI18n} of the nearest `I18nProvider` (for `t` outside
 * `useTranslation`, or the i18next instance).
 *
 * @throws Error outside an `I18nProvider`, naming the fix.
 */
export function useI18n(): GlobalkitI18n {
  const i18n = useContext(I18nContext);
  if (!i18n) {
    throw new Error('@globalkit/i18n: wrap your app in <I18nProvider i18n={createI18n()}> to use its hooks.');
  }
  return i18n;
}

/**
 * The {@link GlobalkitI18n} of the nearest `I18nProvider`, or `null` outside
 * one — for components that must also render without a provider.
 */
export function useOptionalI18n(): GlobalkitI18n | null {
  return useContext(I18nContext);
}
