import type { i18n as I18next } from 'i18next';

import type { LocaleBackend } from './createLocaleBackend';
import { DEFAULT_LOCALE } from './supportedLocales';

/** Receives every key missing from the active locale, once per locale, namespace and key. */
export type MissingKeyListener = (locale: string, namespace: string, key: string) => void;

/** `development` marks missing keys visibly; `production` shows the en-US string instead. */
export type I18nMode = 'development' | 'production';

/** Reports remembered at most, so a page full of broken keys cannot grow memory without bound. */
const MAX_REMEMBERED_REPORTS = 1000;

/** Loose `t` for keys built at runtime (the typed `t` only accepts known keys). */
type LooseT = (key: string, options: Record<string, unknown>) => unknown;

/**
 * i18next's `parseMissingKeyHandler` (with `appendNamespaceToMissingKey`, so
 * it receives `ns:key`): what `t()` returns when the active locale lacks a key.
 *
 * - Namespace still loading: `''` (never a raw key on screen) and the load is
 *   requested; it is not reported, it is merely early.
 * - Development: a visible `⟦ns:key⟧` marker and a console warning.
 * - Production: the en-US string. en-US is fetched only now, for this
 *   namespace, and components re-render when it lands (`bindI18nStore: 'added'`).
 * - Either way `onMissingKey(locale, ns, key)` hears about it once.
 */
export function createMissingKeyHandler(
  i18next: I18next,
  backend: LocaleBackend,
  mode: I18nMode,
  onMissingKey: MissingKeyListener | undefined,
) {
  const reported = new Set<string>();

  function ensureLoaded(locale: string, namespace: string): void {
    backend.load(locale, namespace).then(
      (data) => {
        if (!i18next.hasResourceBundle(locale, namespace))
          i18next.addResourceBundle(locale, namespace, data, true, true);
      },
      () => undefined, // recorded by the backend; the next t() reports the key as missing
    );
  }

  // i18next always passes its (copied) `t` options object as the third argument.
  return (namespacedKey: string, defaultValue?: string, options: Record<string, unknown> = {}): string => {
    const separator = namespacedKey.indexOf(':');
    const namespace = namespacedKey.slice(0, Math.max(separator, 0));
    const key = namespacedKey.slice(separator + 1);
    const locale = typeof options['lng'] === 'string' ? options['lng'] : i18next.language;

    const settled =
      i18next.hasResourceBundle(locale, namespace) ||
      backend.failed(locale, namespace) ||
      !backend.knows(namespace);
    if (!settled) {
      ensureLoaded(locale, namespace);
      return defaultValue ?? '';
    }
    // Reported once per locale, namespace and key.
    const id = `${locale}|${namespacedKey}`;
    if (!reported.has(id)) {
      if (reported.size >= MAX_REMEMBERED_REPORTS) reported.clear();
      reported.add(id);
      if (mode === 'development') {
        console.warn(`[@globalkit/i18n] missing key "${namespace}:${key}" in locale "${locale}"`);
      }
      try {
        onMissingKey?.(locale, namespace, key);
      } catch (error) {
        // A broken reporter must not break rendering.
        console.error('[@globalkit/i18n] onMissingKey threw', error);
      }
    }
    if (defaultValue !== undefined) return defaultValue;
    if (mode === 'development') return `⟦${namespacedKey}⟧`;
    if (locale === DEFAULT_LOCALE || backend.failed(DEFAULT_LOCALE, namespace)) return key;
    if (!i18next.hasResourceBundle(DEFAULT_LOCALE, namespace)) {
      ensureLoaded(DEFAULT_LOCALE, namespace);
      return '';
    }
    return String(
      (i18next as unknown as { t: LooseT }).t(namespacedKey, {
        ...options,
        lng: DEFAULT_LOCALE,
        lngs: [DEFAULT_LOCALE],
      }),
    );
  };
}
