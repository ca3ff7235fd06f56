import { DEV_BASE_URLS } from '../devBaseUrls';
import { REGION_IDS } from '../regions';
import type { RegionId } from '../regions';

/**
 * How a simulated region answers: `up` (200), `error` (503), `down`
 * (connection refused, i.e. fetch rejects) or `hang` (no answer until
 * aborted, i.e. a timeout).
 */
export type FakeRegionMode = 'up' | 'error' | 'down' | 'hang';

/** One request the fake backend received. */
export interface FakeRegionCall {
  readonly region: RegionId;
  readonly method: string;
  readonly path: string;
}

/** An in-memory stand-in for the seven regional APIs. */
export interface FakeRegionBackend {
  /** Pass as `createRegionRouter({ fetch })`. */
  readonly fetch: typeof fetch;
  /** Every request received, oldest first. */
  readonly calls: FakeRegionCall[];
  setMode(region: RegionId, mode: FakeRegionMode): void;
  mode(region: RegionId): FakeRegionMode;
  /** Requests a region received, optionally only to `path` (without query). */
  callsTo(region: RegionId, path?: string): number;
}

/**
 * Simulates the regional API for tests and stories: every region answers
 * at its `DEV_BASE_URLS` address (or `baseUrls`), with an `x-region`
 * header like the real server. Internal to the package, not exported.
 *
 * @internal
 */
export function createFakeRegionBackend(
  options: { baseUrls?: Partial<Record<RegionId, string>>; latencyMs?: number } = {},
): FakeRegionBackend {
  const baseUrls = { ...DEV_BASE_URLS, ...options.baseUrls };
  const modes = new Map<RegionId, FakeRegionMode>(REGION_IDS.map((id) => [id, 'up']));
  const calls: FakeRegionCall[] = [];

  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const region = REGION_IDS.find((id) => new URL(baseUrls[id]).origin === url.origin);
    const signal = init?.signal ?? undefined;
    if (!region) throw new TypeError(`fetch failed: no fake region at ${url.origin}`);
    calls.push({ region, method: (init?.method ?? 'GET').toUpperCase(), path: url.pathname });
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    const mode = modes.get(region) ?? 'up';
    if (signal?.aborted) throw signal.reason;
    if (mode === 'down') throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
    if (mode === 'hang') {
      return new Promise<Response>((_resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    const status = mode === 'error' ? 503 : 200;
    const body = JSON.stringify(status === 200 ? { status: 'ok', region } : { error: 'Service Unavailable' });
    return new Response(body, {
      status,
      headers: { 'content-type': 'application/json', 'x-region': region },
    });
  };

  return {
    fetch: fakeFetch,
    calls,
    setMode: (region, mode) => void modes.set(region, mode),
    mode: (region) => modes.get(region) ?? 'up',
    callsTo: (region, path) =>
      calls.filter((call) => call.region === region && (path === undefined || call.path === path)).length,
  };
}
