import { Hono } from 'hono';

import { errorResponse } from '../errors';
import { eventLoopDelay } from '../eventLoop';
import { RATES_AS_OF, RATES_SOURCE } from '../rates';
import type { AppEnv, RouteDeps } from '../types';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * Health endpoints. `/api/health` is what the failover router polls, so it
 * stays cheap; the others answer the questions an operator or an
 * orchestrator asks (is the database there, may I send traffic, is the
 * process alive, what does it look like inside).
 */
export function healthRoutes(deps: RouteDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const uptimeS = (): number => Math.max(0, Math.floor((deps.now() - deps.startedAt) / 1000));

  /** Database latency in ms, or `null` when it is closed or failing. */
  const pingDatabase = (): number | null => {
    try {
      return Math.round(deps.db.ping() * 1000) / 1000;
    } catch {
      return null;
    }
  };

  routes.get('/', (c) =>
    c.json(
      { status: 'ok', region: deps.region.id, version: deps.version, uptimeS: uptimeS() },
      200,
      NO_STORE,
    ),
  );

  routes.get('/database', (c) => {
    const latencyMs = pingDatabase();
    if (latencyMs === null) {
      return errorResponse(c, 503, 'Database unavailable', {
        details: { region: deps.region.id, status: 'down' },
      });
    }
    return c.json({ status: 'ok', region: deps.region.id, latencyMs }, 200, NO_STORE);
  });

  // This reference backend calls no external service at request time: the
  // only outside input is the exchange-rate snapshot, reported here so an
  // operator sees its age. A live deployment would probe its rate feed.
  routes.get('/external', (c) =>
    c.json(
      {
        status: 'ok',
        region: deps.region.id,
        checks: [
          {
            name: 'exchange-rates',
            status: 'ok',
            mode: 'static-snapshot',
            asOf: RATES_AS_OF,
            source: RATES_SOURCE,
          },
        ],
      },
      200,
      NO_STORE,
    ),
  );

  routes.get('/readiness', (c) => {
    const latencyMs = pingDatabase();
    if (latencyMs === null) {
      return errorResponse(c, 503, 'Not ready: database unavailable', {
        details: { region: deps.region.id, status: 'not-ready' },
      });
    }
    return c.json({ status: 'ready', region: deps.region.id }, 200, NO_STORE);
  });

  // Deliberately checks nothing: a closed database is a readiness problem,
  // and restarting the process for it (what failed liveness triggers) would
  // not help.
  routes.get('/liveness', (c) => c.json({ status: 'alive', region: deps.region.id }, 200, NO_STORE));

  routes.get('/detailed', (c) => {
    const latencyMs = pingDatabase();
    const memory = process.memoryUsage();
    return c.json(
      {
        status: latencyMs === null ? 'degraded' : 'ok',
        region: deps.region.id,
        residencyZone: deps.region.residencyZone,
        version: deps.version,
        node: process.version,
        pid: process.pid,
        uptimeS: uptimeS(),
        memory: { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed, heapTotalBytes: memory.heapTotal },
        eventLoopDelayMs: eventLoopDelay(),
        database: { status: latencyMs === null ? 'down' : 'ok', latencyMs },
        faults: deps.faults.settings,
      },
      200,
      NO_STORE,
    );
  });

  return routes;
}
