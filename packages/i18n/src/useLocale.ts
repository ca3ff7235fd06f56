import { useMemo, useSyncExternalStore } from 'react';

import { getDirection } from './getDirection';
import type { Direction } from './getDirection';
import { useI18n } from './I18nContext';
import type { LoadableLocale } from './supportedLocales';

/** What {@link useLocale} returns. */
export interface LocaleState {
  /** The active locale. */
  readonly locale: LoadableLocale;
  /** Its writing direction; components resolve `dir ?? direction`. */
  readonly direction: Direction;
  /** The user's explicit choice: persisted, loaded, then applied (see `GlobalkitI18n.setLocale`). */
  readonly setLocale: (tag: string) => Promise<LoadableLocale>;
}

/**
 * The active locale and direction, and `setLocale` for a language switcher.
 * Re-renders when the locale changes, after its strings have loaded, so
 * text and direction flip together.
 */
export function useLocale(): LocaleState {
  const i18n = useI18n();
  const getLocale = () => i18n.locale;
  const locale = useSyncExternalStore(i18n.subscribe, getLocale, getLocale);
  return useMemo(
    () => ({ locale, direction: getDirection(locale), setLocale: (tag: string) => i18n.setLocale(tag) }),
    [i18n, locale],
  );
}
