import { useNamespaceStrings, useOptionalI18n } from '@globalkit/i18n';
import type { NamespaceKey, NamespaceTranslate, TranslateOptions } from '@globalkit/i18n';
import { useCallback, useSyncExternalStore } from 'react';

import type enUi from '../../../../locales/en-US/ui.json';

/** A key of the `ui` namespace (from the en-US reference), e.g. `'spinner.label'`. */
export type UiKey = NamespaceKey<typeof enUi>;

/** Interpolation values and `count` for plurals. */
export type UiOptions = TranslateOptions;

/** Translate a `ui` key in the active locale. */
export type UiTranslate = NamespaceTranslate<typeof enUi>;

let english: typeof enUi | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const snapshot = () => english;
const NOTHING = {} as typeof enUi;

/**
 * Loads the en-US `ui` strings used without an I18nProvider (a separate
 * chunk, so apps with one never download them). Components start it on first
 * render; await it up front for English text on the first render (SSR, or the
 * client before hydrating). A failed load is retried on the next render.
 */
export function loadUiFallback(): Promise<void> {
  loading ??= import('../../../../locales/en-US/ui.json').then(
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
 * `t` for the `ui` namespace — the only way components get text (no English
 * literals in components). Re-renders on locale change and when the
 * namespace arrives. Without an I18nProvider it returns the en-US strings,
 * loaded on demand (see {@link loadUiFallback}): until they arrive the text is
 * empty, never a raw key.
 */
export function useUiStrings(): UiTranslate {
  const i18n = useOptionalI18n();
  const reference = useSyncExternalStore(subscribe, snapshot, snapshot);
  const t = useNamespaceStrings('ui', reference ?? NOTHING);
  return useCallback<UiTranslate>(
    (key, options) => {
      if (i18n || reference) return t(key, options);
      loadUiFallback().catch(() => undefined);
      return '';
    },
    [i18n, reference, t],
  );
}
