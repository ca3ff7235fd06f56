import { createRegionRouter, jurisdictionFor } from '@globalkit/regions';
import type { Jurisdiction, RegionId, RegionRouter } from '@globalkit/regions';

import { isGeoResponse } from '../lib/apiGuards';
import type { GeoResponse } from '../lib/apiGuards';
import { fetchJson } from '../lib/fetchJson';
import type { FetchFailure } from '../lib/fetchJson';
import { createFailoverLog } from './failoverLog';
import type { FailoverLog } from './failoverLog';

/** Everything that follows from where the visitor is. */
export interface Session {
  /** The `?country=` this session was started for, if any. */
  readonly requested: string | undefined;
  readonly jurisdiction: Jurisdiction;
  /** The API's answer; null when it failed and the jurisdiction was resolved locally. */
  readonly geo: GeoResponse | null;
  readonly geoError: FetchFailure | null;
  /** Routes every request of this visitor to their home region or a backup in the same zone. */
  readonly router: RegionRouter;
  readonly failovers: FailoverLog;
  /** Stops the router's health checks and the log; call when the session is replaced. */
  dispose(): void;
}

export interface SessionOptions {
  readonly baseUrls: Readonly<Record<RegionId, string>>;
  readonly pollMs: number;
}

function routerFor(jurisdiction: Jurisdiction | undefined, options: SessionOptions): RegionRouter {
  return createRegionRouter({
    ...(jurisdiction ? { jurisdiction } : {}),
    baseUrls: options.baseUrls,
    intervalMs: options.pollMs,
  });
}

/**
 * Asks `/api/geo` of the visitor's home region (through the router, so a
 * dead home region fails over inside its zone) and returns the session.
 * Never rejects: when geo fails, the jurisdiction comes from `?country=`
 * (or the documented default, US) and `geoError` says why.
 */
export async function startSession(country: string | undefined, options: SessionOptions): Promise<Session> {
  const guess = jurisdictionFor(country ?? 'US');
  let router = routerFor(country === undefined ? undefined : guess, options);
  const query = country === undefined ? '' : `?country=${encodeURIComponent(country)}`;
  const result = await fetchJson(router, `/api/geo${query}`, isGeoResponse);
  let jurisdiction = guess;
  if (result.ok) {
    jurisdiction = jurisdictionFor(result.data.subdivision ?? result.data.country);
    // Without ?country= the API decided where the visitor is: route for that place.
    if (jurisdiction.homeRegion !== guess.homeRegion || country === undefined) {
      router.stop();
      router = routerFor(jurisdiction, options);
    }
  }
  const failovers = createFailoverLog(router);
  return {
    requested: country,
    jurisdiction,
    geo: result.ok ? result.data : null,
    geoError: result.ok ? null : result.error,
    router,
    failovers,
    dispose() {
      failovers.dispose();
      router.stop();
    },
  };
}
