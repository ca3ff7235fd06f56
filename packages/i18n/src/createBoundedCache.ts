/** A least-recently-used cache with a fixed number of entries. */
export interface BoundedCache<V> {
  get(key: string, create: () => V): V;
}

/**
 * `Intl` formatters are expensive to build (tens of microseconds, locale
 * data lookups) and cheap to reuse, but keys include arbitrary options: an
 * unbounded cache would grow with every distinct option object. Least
 * recently used entries go first once `max` is reached.
 */
export function createBoundedCache<V>(max: number): BoundedCache<V> {
  const entries = new Map<string, V>();
  return {
    get(key, create) {
      const hit = entries.get(key);
      if (hit !== undefined || entries.has(key)) {
        // Re-insert to mark as most recently used (Map keeps insertion order).
        entries.delete(key);
        entries.set(key, hit as V);
        return hit as V;
      }
      const value = create();
      entries.set(key, value);
      if (entries.size > max) entries.delete(entries.keys().next().value as string);
      return value;
    },
  };
}
