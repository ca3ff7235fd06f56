import { useCallback, useContext, useSyncExternalStore } from 'react';

import { I18nContext } from './I18nContext';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type WithoutPlural<K extends string> =
  K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

/**
 * The keys of a namespace, from its en-US reference JSON type, with plural
 * suffixes folded: `{ a: { b_one, b_other } }` → `'a.b'`.
 */
export type NamespaceKey<Reference> = WithoutPlural<Leaves<Reference>>;

/** Interpolation values, and `count` for plurals. */
export type TranslateOptions = Readonly<Record<string, unknown>>;

/** `t` for one namespace, typed by its reference. */
export type NamespaceTranslate<Reference> = (
  key: NamespaceKey<Reference>,
  options?: TranslateOptions,
) => string;

const noop = () => () => undefined;

/**
 * `t` for one namespace, for packages whose components must render without an
 * app-provided I18nProvider: inside one, it translates in the active locale and
 * re-renders on a locale change and when the namespace arrives (it loads on
 * first use); outside one, it returns the `reference` (en-US) strings, so a
 * component never shows raw keys.
 *
 * @param namespace - e.g. `'ui'`
 * @param reference - the en-US JSON of that namespace (also types the keys)
 */
export function useNamespaceStrings<Reference extends object>(
  namespace: string,
  reference: Reference,
): NamespaceTranslate<Reference> {
  const i18n = useContext(I18nContext);
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
    i18n ? `${i18n.locale}|${String(i18n.i18next.hasResourceBundle(i18n.locale, namespace))}` : '';
  const version = useSyncExternalStore(subscribe, snapshot, snapshot);
  return useCallback<NamespaceTranslate<Reference>>(
    (key, options) => {
      void version;
      if (i18n) return String(i18n.t(`${namespace}:${key}`, options as never));
      return interpolate(lookup(reference, key, options), options);
    },
    [i18n, version, namespace, reference],
  );
}

function lookup(reference: object, key: string, options: TranslateOptions | undefined): string {
  const count = options?.['count'];
  const candidates =
    typeof count === 'number' ? [`${key}_${new Intl.PluralRules('en-US').select(count)}`, key] : [key];
  for (const candidate of candidates) {
    let node: unknown = reference;
    for (const part of candidate.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node === 'string') return node;
  }
  return key;
}

function interpolate(text: string, options: TranslateOptions | undefined): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => {
    const value = options?.[name];
    return value === undefined ? match : String(value);
  });
}
