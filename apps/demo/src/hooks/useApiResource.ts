import { useRegionRouter } from '@globalkit/regions/react';
import { startTransition, useCallback, useEffect, useState } from 'react';

import { fetchJson } from '../lib/fetchJson';
import type { FetchFailure, FetchResult } from '../lib/fetchJson';
import type { ResourceCache } from '../lib/resourceCache';

export type ApiResource<T> =
  | { readonly state: 'loading'; readonly retry: () => void }
  | { readonly state: 'error'; readonly error: FetchFailure; readonly retry: () => void }
  | {
      readonly state: 'success';
      readonly data: T;
      readonly region: string | null;
      readonly retry: () => void;
    };

/** The answer shown, with the request it answers (`path`, `attempt`). */
interface Settled<T> {
  readonly path: string;
  readonly attempt: number;
  readonly result: FetchResult<T>;
}

/**
 * GETs `path` through the visitor's region router, validating the JSON
 * with `guard`. Refetches when `path` changes; `retry()` tries again.
 * A response for an older path or attempt is never shown. When no region
 * of the zone is up, it retries by itself once one recovers.
 *
 * With `cache` (the session's, bound to the same router) the request is
 * shared: a prefetch started at boot, in flight or finished, is reused, and
 * `retry()` drops the cached answer before asking again. A finished one is
 * rendered on the first render: no loading state, and no second render and
 * layout of the whole view when the promise's callback runs.
 */
export function useApiResource<T>(
  path: string,
  guard: (value: unknown) => value is T,
  cache?: ResourceCache,
): ApiResource<T> {
  const router = useRegionRouter();
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(() => {
    const result = cache?.peek(path, guard);
    return result ? { path, attempt: 0, result } : null;
  });

  useEffect(() => {
    const controller = new AbortController();
    let current = true;
    // A shared request is not aborted when this view goes: it stays in the cache for the next.
    const request: Promise<FetchResult<T>> = cache
      ? cache.get(path, guard)
      : fetchJson(router, path, guard, controller.signal);
    request.then(
      (result) => {
        if (!current) return;
        // A transition: React renders what the answer brings (a pricing table: dozens of
        // Intl-formatted prices) in slices between which the browser stays responsive, instead of
        // one blocking task — an update from a promise callback is otherwise rendered in one go.
        // The answer already shown (seeded from the cache) is kept as is: no re-render.
        startTransition(() =>
          setSettled((shown) =>
            shown?.result === result && shown.path === path && shown.attempt === attempt
              ? shown
              : { path, attempt, result },
          ),
        );
      },
      // Only an abort rejects; the component is gone, the path changed or the session was replaced.
      () => undefined,
    );
    return () => {
      current = false;
      controller.abort();
    };
  }, [router, cache, path, guard, attempt]);

  const retry = useCallback(() => {
    cache?.invalidate(path);
    setAttempt((n) => n + 1);
  }, [cache, path]);
  const waitingForRegion = settled?.result.ok === false && settled.result.error.kind === 'noRegion';

  useEffect(() => {
    // Every candidate was down: try again by itself as soon as health checks find one back.
    if (!waitingForRegion) return undefined;
    return router.subscribe((status) => {
      if (status.active !== null) retry();
    });
  }, [router, waitingForRegion, retry]);
  if (!settled || settled.path !== path || settled.attempt !== attempt) return { state: 'loading', retry };
  const { result } = settled;
  return result.ok
    ? { state: 'success', data: result.data, region: result.region, retry }
    : { state: 'error', error: result.error, retry };
}
