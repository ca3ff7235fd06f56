/**
 * A small least-recently-used map. Pages format in a handful of locales
 * and currencies, but a long-lived SPA or server could otherwise collect a
 * formatter for every combination it ever saw.
 * @internal
 */
export interface LruCache<V> {
  get(key: string, create: () => V): V;
  readonly size: number;
}

/** @internal */
export function createLruCache<V>(limit: number): LruCache<V> {
  const entries = new Map<string, V>();
  return {
    get(key, create) {
      let value = entries.get(key);
      if (value !== undefined || entries.has(key)) {
        // Re-insert to mark as most recently used (Map keeps insertion order).
        entries.delete(key);
        entries.set(key, value as V);
        return value as V;
      }
      value = create();
      if (entries.size >= limit) entries.delete(entries.keys().next().value as string);
      entries.set(key, value);
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}
