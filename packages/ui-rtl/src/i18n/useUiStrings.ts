import { useCallback, useSyncExternalStore } from 'react';

import enUi from '../../../../locales/en-US/ui.json';
import { useOptionalI18n } from '../direction/useOptionalI18n';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Strip i18next plural suffixes: `charactersLeft_one` → `charactersLeft`. */
type WithoutPlural<K extends string> =
  K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

/** A key of the `ui` namespace (from the en-US reference), e.g. `'spinner.label'`. */
export type UiKey = WithoutPlural<Leaves<typeof enUi>>;

/** Interpolation values and `count` for plurals. */
export type UiOptions = Readonly<Record<string, unknown>>;

/** Translate a `ui` key in the active locale. */
export type UiTranslate = (key: UiKey, options?: UiOptions) => string;

const noop = () => () => undefined;

/**
 * `t` for the `ui` namespace — the only way components get text (no English
 * literals in components). Re-renders on locale change and when the
 * namespace arrives. Without an I18nProvider it returns the en-US strings.
 */
export function useUiStrings(): UiTranslate {
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
  const snapshot = () => (i18n ? `${i18n.locale}|${String(i18n.i18next.hasLoadedNamespace('ui'))}` : '');
  const version = useSyncExternalStore(subscribe, snapshot, snapshot);
  return useCallback<UiTranslate>(
    (key, options) => {
      void version;
      if (i18n) return String(i18n.t(`ui:${key}`, options as never));
      return interpolate(lookup(key, options), options);
    },
    [i18n, version],
  );
}

function lookup(key: string, options: UiOptions | undefined): string {
  const count = options?.['count'];
  const candidates =
    typeof count === 'number' ? [`${key}_${new Intl.PluralRules('en-US').select(count)}`, key] : [key];
  for (const candidate of candidates) {
    let node: unknown = enUi;
    for (const part of candidate.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node === 'string') return node;
  }
  return key;
}

function interpolate(text: string, options: UiOptions | undefined): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => {
    const value = options?.[name];
    return value === undefined ? match : String(value);
  });
}
