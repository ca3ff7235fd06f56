import type { RegionRouter } from '@globalkit/regions';

import { fetchJson } from './fetchJson';
import type { FetchResult } from './fetchJson';

/** One exchange-rates table (base EUR, cacheable for five minutes) converts between any two of its currencies. */
export const RATES_PATH = '/api/exchange-rates?base=EUR';

/** The pricing request for a jurisdiction code (`DE`, `US-CA`) and an optional billing currency: also the cache key. */
export function pricingPath(code: string, currency?: string): string {
  const query = new URLSearchParams({ country: code, ...(currency ? { currency } : {}) });
  return `/api/pricing?${query.toString()}`;
}

/**
 * A tiny promise cache of GETs through one visitor's region router, keyed by
 * path (so pricing by country + currency). The boot's prefetch and the view
 * share the in-flight or finished request instead of asking twice. Promises
 * never reject except after {@link ResourceCache.dispose} (the abort).
 */
export interface ResourceCache {
  /** The cached request for `path`, started now if there is none. */
  get<T>(path: string, guard: (value: unknown) => value is T): Promise<FetchResult<T>>;
  /**
   * The answer for `path` if its request has finished and was made with this
   * `guard`, else `undefined`: what a view can render at once, on its first
   * render, instead of a loading state for a request the boot already made.
   */
  peek<T>(path: string, guard: (value: unknown) => value is T): FetchResult<T> | undefined;
  /** Forgets `path` (retry), or every path starting with `prefix` when `{ prefix: true }`. */
  invalidate(path: string, options?: { readonly prefix?: boolean }): void;
  /** Forgets everything and aborts what is still in flight (the session is replaced). */
  dispose(): void;
}

/** One path's request, the guard it validates with, and its answer once it has one. */
interface Entry {
  readonly request: Promise<FetchResult<unknown>>;
  readonly guard: (value: unknown) => boolean;
  result?: FetchResult<unknown>;
}

export function createResourceCache(router: Pick<RegionRouter, 'fetch'>): ResourceCache {
  const entries = new Map<string, Entry>();
  const controller = new AbortController();
  return {
    get<T>(path: string, guard: (value: unknown) => value is T): Promise<FetchResult<T>> {
      let entry = entries.get(path);
      if (!entry) {
        const created: Entry = {
          request: fetchJson(router, path, guard, controller.signal),
          guard,
        };
        // Kept on the entry: an invalidated entry is out of the map, so its late answer is never peeked.
        // The rejection handler: an abort (dispose) would otherwise be unhandled when nobody listens.
        created.request.then(
          (result) => {
            created.result = result;
          },
          () => undefined,
        );
        entries.set(path, created);
        entry = created;
      }
      return entry.request as Promise<FetchResult<T>>;
    },
    peek<T>(path: string, guard: (value: unknown) => value is T): FetchResult<T> | undefined {
      const entry = entries.get(path);
      return entry?.guard === guard ? (entry.result as FetchResult<T> | undefined) : undefined;
    },
    invalidate(path, options) {
      for (const key of [...entries.keys()]) {
        if (options?.prefix ? key.startsWith(path) : key === path) entries.delete(key);
      }
    },
    dispose() {
      entries.clear();
      controller.abort();
    },
  };
}
