import { performance } from 'node:perf_hooks';

import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';

import type { MetricsRegistry } from '../metrics';
import type { AppEnv, Logger } from '../types';

/** Label for requests that matched no route (404s, 405s). */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * The route template a request was addressed to, whether or not its handler
 * ran: a request refused by the fault switch or the rate limiter still
 * counts under `/api/consent/receipts`, not under a middleware's `/api/*`.
 * Middleware is registered with `use()` (method `ALL`), handlers never are.
 */
export function routeTemplate(c: Context): string {
  const route = matchedRoutes(c).find((candidate) => candidate.method !== 'ALL');
  return route?.path ?? UNMATCHED_ROUTE;
}

export interface ObserveOptions {
  readonly region: string;
  readonly metrics: MetricsRegistry;
  readonly log: Logger;
}

/**
 * Outermost middleware: stamps `x-region` on every response (errors and
 * preflights included), defaults `Cache-Control` to `no-store` when a route
 * did not choose a policy, records metrics and writes one log line.
 */
export function observe({ region, metrics, log }: ObserveOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      c.res.headers.set('x-region', region);
      if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
      const durationS = (performance.now() - started) / 1000;
      const route = routeTemplate(c);
      metrics.observe({ route, method: c.req.method, status: c.res.status, durationS });
      log({
        msg: 'request',
        method: c.req.method,
        path: c.req.path,
        route,
        status: c.res.status,
        ms: Math.round(durationS * 1000 * 100) / 100,
        region,
        requestId: c.get('requestId'),
      });
    }
  };
}
