import { NoHealthyRegionError } from '@globalkit/regions';
import type { RegionRouter } from '@globalkit/regions';

/** Why a fetch failed, in the terms the error state shows to people. */
export type FetchFailureKind = 'network' | 'timeout' | 'server' | 'rejected' | 'malformed' | 'noRegion';

export interface FetchFailure {
  readonly kind: FetchFailureKind;
  readonly status?: number;
}

export type FetchResult<T> =
  | { readonly ok: true; readonly data: T; readonly region: string | null }
  | { readonly ok: false; readonly error: FetchFailure };

/**
 * GETs `path` through the region router and checks the JSON's shape.
 * Never throws (except when `signal` aborts): every failure becomes a
 * {@link FetchFailure} the UI can word in the active locale.
 */
export async function fetchJson<T>(
  router: Pick<RegionRouter, 'fetch'>,
  path: string,
  guard: (value: unknown) => value is T,
  signal?: AbortSignal,
): Promise<FetchResult<T>> {
  let response: Response;
  try {
    response = await router.fetch(path, { headers: { accept: 'application/json' }, signal: signal ?? null });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, error: { kind: classifyThrown(error) } };
  }
  if (!response.ok) {
    return {
      ok: false,
      error: { kind: response.status >= 500 ? 'server' : 'rejected', status: response.status },
    };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, error: { kind: 'malformed', status: response.status } };
  }
  if (!guard(body)) return { ok: false, error: { kind: 'malformed', status: response.status } };
  return { ok: true, data: body, region: response.headers.get('x-region') };
}

function classifyThrown(error: unknown): FetchFailureKind {
  if (error instanceof NoHealthyRegionError) return 'noRegion';
  if (error instanceof Error && error.name === 'TimeoutError') return 'timeout';
  return 'network';
}
