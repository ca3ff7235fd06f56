import { setTimeout as sleep } from 'node:timers/promises';

import type { MiddlewareHandler } from 'hono';

import { errorResponse } from '../errors';
import type { FaultInjector } from '../faultInjector';
import type { AppEnv } from '../types';

/**
 * Applies the fault switches to `/api/*` (mounted there by the app, so
 * `/__admin/*` and `/metrics` stay reachable and a test can always bring the
 * region back). Order matters: a down region answers at once, as a refused
 * connection would; latency then delays whatever follows, errors included.
 */
export function injectFaults(faults: FaultInjector): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { down, latencyMs } = faults.settings;
    if (down) return errorResponse(c, 503, 'Region is down (fault injected)');
    if (latencyMs > 0) await sleep(latencyMs);
    if (faults.shouldFail()) return errorResponse(c, 500, 'Internal error (fault injected)');
    await next();
    return undefined;
  };
}
