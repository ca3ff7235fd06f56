import { useRegionRouter } from '@globalkit/regions/react';
import { useCallback, useEffect, useState } from 'react';

import { fetchJson } from '../lib/fetchJson';
import type { FetchFailure } from '../lib/fetchJson';

export type ApiResource<T> =
  | { readonly state: 'loading'; readonly retry: () => void }
  | { readonly state: 'error'; readonly error: FetchFailure; readonly retry: () => void }
  | {
      readonly state: 'success';
      readonly data: T;
      readonly region: string | null;
      readonly retry: () => void;
    };

type Settled<T> =
  | {
      readonly path: string;
      readonly attempt: number;
      readonly ok: true;
      readonly data: T;
      readonly region: string | null;
    }
  | { readonly path: string; readonly attempt: number; readonly ok: false; readonly error: FetchFailure };

/**
 * GETs `path` through the visitor's region router, validating the JSON
 * with `guard`. Refetches when `path` changes; `retry()` tries again.
 * A response for an older path or attempt is never shown. When no region
 * of the zone is up, it retries by itself once one recovers.
 */
export function useApiResource<T>(path: string, guard: (value: unknown) => value is T): ApiResource<T> {
  const router = useRegionRouter();
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchJson(router, path, guard, controller.signal).then(
      (result) =>
        setSettled(
          result.ok
            ? { path, attempt, ok: true, data: result.data, region: result.region }
            : { path, attempt, ok: false, error: result.error },
        ),
      // Only our own abort rejects; the component is gone or the path changed.
      () => undefined,
    );
    return () => controller.abort();
  }, [router, path, guard, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const waitingForRegion = settled?.ok === false && settled.error.kind === 'noRegion';

  useEffect(() => {
    // Every candidate was down: try again by itself as soon as health checks find one back.
    if (!waitingForRegion) return undefined;
    return router.subscribe((status) => {
      if (status.active !== null) retry();
    });
  }, [router, waitingForRegion, retry]);
  if (!settled || settled.path !== path || settled.attempt !== attempt) return { state: 'loading', retry };
  return settled.ok
    ? { state: 'success', data: settled.data, region: settled.region, retry }
    : { state: 'error', error: settled.error, retry };
}
