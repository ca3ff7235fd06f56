import { getRegion, type RegionId } from '@globalkit/regions';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { requestId } from 'hono/request-id';

import { DatabaseUnavailableError, type RegionalDatabase } from './db';
import { ApiError, errorResponse } from './errors';
import { FaultInjector } from './faultInjector';
import { MetricsRegistry } from './metrics';
import { injectFaults } from './middleware/faults';
import { observe } from './middleware/observe';
import { rateLimit } from './middleware/rateLimit';
import { corsFor, securityHeaders } from './middleware/security';
import { adminRoutes } from './routes/admin';
import { consentRoutes } from './routes/consent';
import { exchangeRateRoutes } from './routes/exchangeRates';
import { geoRoutes } from './routes/geo';
import { healthRoutes } from './routes/health';
import { pricingRoutes } from './routes/pricing';
import { privacyRoutes } from './routes/privacy';
import { TokenBucketLimiter } from './tokenBucket';
import type { AppEnv, Logger, RouteDeps } from './types';
import { VERSION } from './version';

export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:6006',
  'http://localhost:4173',
];

/** 16 KiB: a consent receipt is a few hundred bytes, a privacy request ≤ 4 KB of details. */
export const DEFAULT_BODY_LIMIT_BYTES = 16 * 1024;

/** Burst of 20 writes, then one per second per client address. */
export const DEFAULT_RATE_LIMIT = { capacity: 20, refillPerSecond: 1 } as const;

export interface AppConfig {
  readonly region: RegionId;
  /** The region's database; the app never opens files itself. */
  readonly db: RegionalDatabase;
  /** Wall clock (epoch ms). @defaultValue Date.now */
  readonly now?: () => number;
  /** @defaultValue package.json version */
  readonly version?: string;
  /** Exact origins allowed by CORS. @defaultValue {@link DEFAULT_ALLOWED_ORIGINS} */
  readonly allowedOrigins?: readonly string[];
  /** Receives one structured entry per request and event. @defaultValue silent */
  readonly logger?: Logger;
  /** Mount `/__admin/*` and honour fault switches. @defaultValue false */
  readonly faultsEnabled?: boolean;
  /** Token bucket on POST endpoints; `false` disables it. @defaultValue {@link DEFAULT_RATE_LIMIT} */
  readonly rateLimit?: { readonly capacity: number; readonly refillPerSecond: number } | false;
  /** Believe `X-Forwarded-For` for the client address. @defaultValue false */
  readonly trustProxy?: boolean;
  /** @defaultValue {@link DEFAULT_BODY_LIMIT_BYTES} */
  readonly bodyLimitBytes?: number;
  /** Randomness for `errorRate` when no seed is set. @defaultValue Math.random */
  readonly random?: () => number;
}

export interface RegionalApp {
  readonly app: Hono<AppEnv>;
  readonly faults: FaultInjector;
  readonly metrics: MetricsRegistry;
}

/**
 * Builds the API for one region from injected parts (database, clock,
 * logger), so unit tests drive it with `app.request()` — no sockets, no
 * files unless they want them — and `main.ts` only adds a listener.
 */
export function createApp(config: AppConfig): RegionalApp {
  const region = getRegion(config.region);
  const now = config.now ?? Date.now;
  const log: Logger = config.logger ?? (() => {});
  const faults = new FaultInjector(config.random);
  const metrics = new MetricsRegistry();
  const deps: RouteDeps = {
    region,
    db: config.db,
    now,
    startedAt: now(),
    version: config.version ?? VERSION,
    faults,
    log,
  };
  const rateLimitConfig = config.rateLimit ?? DEFAULT_RATE_LIMIT;
  const limit =
    rateLimitConfig === false
      ? async (_c: unknown, next: () => Promise<void>) => next()
      : rateLimit(new TokenBucketLimiter({ ...rateLimitConfig, now }), config.trustProxy ?? false);

  const app = new Hono<AppEnv>();

  // Outermost first: observation sees every final status; 405 detection
  // runs after routing produced a 404; headers then apply to everything,
  // errors and preflights included.
  app.use(requestId({ limitLength: 64 }));
  app.use(observe({ region: region.id, metrics, log }));
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        errorResponse(c, 405, `Method ${c.req.method} not allowed`, {
          details: { allow: methods },
          headers: { Allow: methods.join(', ') },
        }),
    }),
  );
  app.use(securityHeaders());
  app.use(corsFor(config.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS));
  app.use(
    bodyLimit({
      maxSize: config.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
      onError: (c) =>
        errorResponse(c, 413, 'Request body too large', {
          details: { limitBytes: config.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES },
        }),
    }),
  );
  if (config.faultsEnabled) app.use('/api/*', injectFaults(faults));

  app.route('/api/health', healthRoutes(deps));
  app.route('/api/geo', geoRoutes(deps));
  app.route('/api/pricing', pricingRoutes());
  app.route('/api/exchange-rates', exchangeRateRoutes());
  app.route('/api/consent', consentRoutes(deps, limit));
  app.route('/api/privacy', privacyRoutes(deps, limit));
  app.get('/metrics', (c) =>
    c.text(metrics.render({ region: region.id, uptimeS: (now() - deps.startedAt) / 1000 }), 200, {
      'Content-Type': 'text/plain; version=0.0.4; charset=utf-8',
      'Cache-Control': 'no-store',
    }),
  );
  if (config.faultsEnabled) app.route('/__admin', adminRoutes(deps));

  app.notFound((c) => errorResponse(c, 404, 'Not found', { details: { path: c.req.path } }));

  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error.status, error.message, error.options);
    if (error instanceof DatabaseUnavailableError) {
      return errorResponse(c, 503, 'Database unavailable', { headers: { 'Retry-After': '5' } });
    }
    log({
      msg: 'unhandled error',
      region: region.id,
      requestId: c.get('requestId'),
      path: c.req.path,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return errorResponse(c, 500, 'Internal server error');
  });

  return { app, faults, metrics };
}
