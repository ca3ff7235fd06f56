/**
 * A bounded two-level cache (`outer` → `inner` → value), e.g. locale →
 * currency → formatter. A hit is two `Map` lookups with the caller's own
 * strings: no key is built and nothing is reordered, so it costs next to
 * nothing on the formatting hot path. Pages format in a handful of locales
 * and currencies, but a long-lived SPA or server could otherwise collect an
 * entry for every combination it ever saw: past `limit` entries, a miss
 * drops the least recently missed outer group (a locale and all its
 * entries), so the cache never holds more than `limit` values.
 * @internal
 */
export interface PairCache<V> {
  /** The cached value, if any: no allocation, nothing reordered. */
  peek(outer: string, inner: string): V | undefined;
  /** {@link peek}, or `create()` stored (evicting as needed). */
  get(outer: string, inner: string, create: () => V): V;
  /** Values held, at most `limit`. */
  readonly size: number;
}

/** @internal */
export function createPairCache<V>(limit: number): PairCache<V> {
  const groups = new Map<string, Map<string, V>>();
  let size = 0;
  return {
    peek(outer, inner) {
      return groups.get(outer)?.get(inner);
    },
    get(outer, inner, create) {
      let group = groups.get(outer);
      const hit = group?.get(inner);
      if (hit !== undefined) return hit;
      const value = create();
      if (group) {
        // Mark the group as recently used (only on misses, which are rare).
        groups.delete(outer);
      } else {
        group = new Map();
      }
      while (size >= limit && groups.size > 0) {
        const [oldest, dropped] = groups.entries().next().value as [string, Map<string, V>];
        groups.delete(oldest);
        size -= dropped.size;
      }
      if (size >= limit) {
        // One group alone fills the cache: start it afresh.
        size -= group.size;
        group.clear();
      }
      group.set(inner, value);
      groups.set(outer, group);
      size += 1;
      return value;
    },
    get size() {
      return size;
    },
  };
}
