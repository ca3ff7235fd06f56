import { Hono } from 'hono';

import { callerJurisdiction } from '../jurisdiction';
import type { AppEnv, RouteDeps } from '../types';

/**
 * `GET /api/geo`: the caller's jurisdiction and home region. `private,
 * no-store` because the answer depends on request headers that shared caches
 * do not key on.
 */
export function geoRoutes(deps: RouteDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', (c) => {
    const { jurisdiction, source } = callerJurisdiction(c);
    return c.json(
      {
        country: jurisdiction.country,
        ...(jurisdiction.subdivision === undefined ? {} : { subdivision: jurisdiction.subdivision }),
        homeRegion: jurisdiction.homeRegion,
        residencyZone: jurisdiction.residencyZone,
        known: jurisdiction.known,
        servedBy: deps.region.id,
        source,
      },
      200,
      { 'Cache-Control': 'private, no-store' },
    );
  });
  return routes;
}
