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

export function createResourceCache(router: Pick<RegionRouter, 'fetch'>): ResourceCache {
  const entries = new Map<string, Promise<FetchResult<unknown>>>();
  /** Finished answers, with the guard that validated them. */
  const answers = new Map<string, { guard: (value: unknown) => boolean; result: FetchResult<unknown> }>();
  const controller = new AbortController();
  return {
    get<T>(path: string, guard: (value: unknown) => value is T): Promise<FetchResult<T>> {
      let entry = entries.get(path) as Promise<FetchResult<T>> | undefined;
      if (!entry) {
        const request = fetchJson(router, path, guard, controller.signal);
        // An abort (dispose) would otherwise be an unhandled rejection when nobody listens.
        request.then(
          // Only while this request is still the cached one (not invalidated meanwhile).
          (result) => entries.get(path) === request && answers.set(path, { guard, result }),
          () => undefined,
        );
        entries.set(path, request);
        entry = request;
      }
      return entry;
    },
    peek<T>(path: string, guard: (value: unknown) => value is T): FetchResult<T> | undefined {
      const answer = answers.get(path);
      return answer?.guard === guard ? (answer.result as FetchResult<T>) : undefined;
    },
    invalidate(path, options) {
      for (const key of [...entries.keys()]) {
        if (options?.prefix ? key.startsWith(path) : key === path) {
          entries.delete(key);
          answers.delete(key);
        }
      }
    },
    dispose() {
      entries.clear();
      answers.clear();
      controller.abort();
    },
  };
}
