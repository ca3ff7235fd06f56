import type { BackendModule, ReadCallback, ResourceKey } from 'i18next';

/** Loads one locale's namespace; resolves to the JSON module (or its plain data). */
export type NamespaceLoader = () => Promise<unknown>;

/**
 * locale → namespace → loader. The default is the generated static map
 * (`src/generated/localeLoaders.ts`), whose literal `import()` paths let
 * every bundler emit one lazy chunk per locale and namespace.
 */
export type LocaleLoaders = Readonly<Record<string, Readonly<Record<string, NamespaceLoader>> | undefined>>;

/** The i18next backend plus what the missing-key fallback needs to know about loading. */
export interface LocaleBackend extends BackendModule {
  /** Loads (once) and returns one namespace of one locale, outside i18next's own queue. */
  load(locale: string, namespace: string): Promise<ResourceKey>;
  /** Whether loading this namespace of this locale was tried and failed. */
  failed(locale: string, namespace: string): boolean;
  /** Whether any locale of the map has this namespace. */
  knows(namespace: string): boolean;
}

/**
 * An i18next backend (`type: 'backend'`) reading from a static loader map.
 *
 * Only locale/namespace pairs present in the map can load: a locale or
 * namespace from user input is a lookup key, never a path, so nothing
 * arbitrary is ever fetched. Concurrent reads of one pair share one import.
 */
export function createLocaleBackend(loaders: LocaleLoaders): LocaleBackend {
  const inFlight = new Map<string, Promise<ResourceKey>>();
  const failures = new Set<string>();

  function load(locale: string, namespace: string): Promise<ResourceKey> {
    const id = `${locale}|${namespace}`;
    const pending = inFlight.get(id);
    if (pending) return pending;
    const loadNamespace = own(own(loaders, locale), namespace);
    const promise = loadNamespace
      ? loadNamespace().then(toResources)
      : Promise.reject(
          new Error(`@globalkit/i18n: no strings for ${JSON.stringify(id)} in the locale loader map.`),
        );
    inFlight.set(id, promise);
    promise.then(
      () => failures.delete(id),
      () => {
        failures.add(id);
        // Forget the failure so a later attempt (a retry, a new switch) can succeed.
        inFlight.delete(id);
      },
    );
    return promise;
  }

  return {
    type: 'backend',
    // Declares the read(language, namespace, callback) convention to i18next.
    callbackApi: true,
    init() {},
    read(locale: string, namespace: string, callback: ReadCallback) {
      load(locale, namespace).then(
        (data) => callback(null, data),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
      );
    },
    load,
    failed: (locale, namespace) => failures.has(`${locale}|${namespace}`),
    knows: (namespace) => Object.values(loaders).some((loader) => loader && Object.hasOwn(loader, namespace)),
  };
}

/** `record[key]` when it is the record's own property (never `__proto__`, `toString`, …). */
function own<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A JSON module's default export, or the data itself when a loader returns it directly. */
function toResources(module: unknown): ResourceKey {
  const data =
    module && typeof module === 'object' && 'default' in module
      ? (module as { default: unknown }).default
      : module;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new TypeError('@globalkit/i18n: a locale loader resolved to something other than a JSON object.');
  }
  return data as ResourceKey;
}
