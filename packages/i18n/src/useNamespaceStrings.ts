import type { i18n as I18next } from 'i18next';
import { useContext, useMemo, useSyncExternalStore } from 'react';

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

/**
 * Bumped whenever a bundle is added to, or fails to load into, a watched
 * instance. A translation depends on more than the active locale's bundle (in
 * production a missing key shows the en-US string, loaded later; bundles can
 * be extended), so the snapshot counts every such event instead of asking
 * about one bundle.
 */
let revision = 0;
const listeners = new Set<() => void>();
/** Watched instances, each with the namespaces already handed to its loader. */
const watched = new WeakMap<I18next, Set<string>>();

const bump = () => {
  revision++;
  listeners.forEach((listener) => listener());
};

/**
 * Starts counting on the first render, before React subscribes, so no event in
 * between goes unseen. Returns the namespaces requested from this instance.
 */
function watch(i18next: I18next): Set<string> {
  let requested = watched.get(i18next);
  if (!requested) {
    watched.set(i18next, (requested = new Set()));
    i18next.store.on('added', bump);
    i18next.on('failedLoading', bump);
  }
  return requested;
}

/**
 * `t` for one namespace, for packages whose components must render without an
 * app-provided I18nProvider: inside one, it translates in the active locale and
 * re-renders on a locale change and whenever strings arrive — the namespace
 * (it loads on first use), or the en-US fallback of a missing key in
 * production, also when the locale's namespace failed to load; outside one, it returns the `reference` (en-US) strings, so a
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
  // `useMemo` rather than `useCallback`: same thing, one React import fewer in the bundle.
  const subscribe = useMemo(
    () => (listener: () => void) => {
      if (!i18n) return () => undefined;
      const off = i18n.subscribe(listener);
      listeners.add(listener);
      // Through i18next's loader, so a failed load is announced (`failedLoading`) and the
      // missing-key handler turns to en-US. Once per instance is enough: i18next adds the
      // namespace to `options.ns`, so every later locale switch loads it too, and asking again
      // neither reloads a loaded bundle nor retries a failed one. Asking from every mounted
      // component only repeated i18next's bookkeeping: ~20 ms per load of the demo's pricing
      // page at 4× CPU.
      const requested = watch(i18n.i18next);
      if (!requested.has(namespace)) {
        requested.add(namespace);
        void i18n.i18next.loadNamespaces(namespace);
      }
      return () => {
        off();
        listeners.delete(listener);
      };
    },
    [i18n, namespace],
  );
  const snapshot = () => (i18n ? (watch(i18n.i18next), `${i18n.locale}|${revision}`) : '');
  const version = useSyncExternalStore(subscribe, snapshot, snapshot);
  return useMemo<NamespaceTranslate<Reference>>(
    () => (key, options) => {
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
