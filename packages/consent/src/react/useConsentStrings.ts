import { useI18n } from '@globalkit/i18n';
import type { GlobalkitI18n } from '@globalkit/i18n';
import { useCallback, useSyncExternalStore } from 'react';

import type enConsent from '../../../../locales/en-US/consent.json';
import type { fallbackStrings } from './fallbackStrings';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type WithoutPlural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

/** A key of the `consent` namespace (from the en-US reference). */
export type ConsentKey = WithoutPlural<Leaves<typeof enConsent>>;

/** Translate a `consent` key in the active locale. */
export type ConsentTranslate = (key: ConsentKey, options?: Readonly<Record<string, unknown>>) => string;

const noop = () => () => undefined;

function useOptionalI18n(): GlobalkitI18n | null {
  try {
    return useI18n();
  } catch {
    // Widgets still render (en-US) without an I18nProvider; catching keeps hook order stable.
    return null;
  }
}

type Fallback = typeof fallbackStrings;

let fallback: Fallback | undefined;
let loading: Promise<void> | undefined;
const fallbackListeners = new Set<() => void>();

/**
 * Loads the en-US fallback (a separate chunk). Widgets start it on their first
 * missing key; await it up front to get English text on the first render
 * without an I18nProvider (on the server and, before hydrating, the client).
 * A failed load is retried on the next missing key.
 */
export function loadConsentFallback(): Promise<void> {
  loading ??= import('./fallbackStrings').then(
    (m) => {
      fallback = m.fallbackStrings;
      fallbackListeners.forEach((l) => l());
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function subscribeFallback(listener: () => void): () => void {
  fallbackListeners.add(listener);
  return () => void fallbackListeners.delete(listener);
}

const fallbackSnapshot = () => fallback;

/**
 * `t` for the `consent` namespace plus the active locale. Strings come from
 * i18next when the namespace is loaded there; otherwise (no provider, or a
 * locale whose translation has not landed yet) from the en-US reference,
 * loaded on demand: until it arrives the text is empty, never a raw key.
 */
export function useConsentStrings(): { t: ConsentTranslate; locale: string } {
  const i18n = useOptionalI18n();
  const snapshot = () => (i18n ? i18n.locale : 'en-US');
  const locale = useSyncExternalStore(i18n ? i18n.subscribe : noop, snapshot, snapshot);
  const english = useSyncExternalStore(subscribeFallback, fallbackSnapshot, fallbackSnapshot);
  const t = useCallback<ConsentTranslate>(
    (key, options) => {
      // Reading `locale` ties `t` to it, so memoised children re-render on a language switch.
      const full = locale ? `consent:${key}` : key;
      if (i18n?.i18next.exists(full, options as never)) return String(i18n.t(full, options as never));
      if (english) return english(key, options);
      loadConsentFallback().catch(() => undefined);
      return '';
    },
    [i18n, locale, english],
  );
  return { t, locale };
}
