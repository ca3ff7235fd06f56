import { createRegionRouter, jurisdictionFor } from '@globalkit/regions';
import type { Jurisdiction, RegionId, RegionRouter } from '@globalkit/regions';

import { isExchangeRatesResponse, isGeoResponse, isPricingResponse } from '../lib/apiGuards';
import type { GeoResponse } from '../lib/apiGuards';
import { fetchJson } from '../lib/fetchJson';
import type { FetchFailure } from '../lib/fetchJson';
import { createResourceCache } from '../lib/resourceCache';
import type { ResourceCache } from '../lib/resourceCache';
import { geoPath, jurisdictionCode, pricingPrefetchPaths } from './bootRequests';
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
  /** GETs through `router`, shared between the boot's prefetch and the views (pricing, rates). */
  readonly resources: ResourceCache;
  /** Stops the router's health checks and the log; call when the session is replaced. */
  dispose(): void;
}

export interface SessionOptions {
  readonly baseUrls: Readonly<Record<RegionId, string>>;
  readonly pollMs: number;
  /**
   * The first view shows prices: with `?country=` the jurisdiction is known from
   * the catalog, so pricing and exchange rates start at once, in parallel with geo.
   */
  readonly prefetchPricing?: boolean;
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
 *
 * With `?country=` and `prefetchPricing`, the pricing and rates requests go out
 * through the same router before geo answers; should geo name another
 * jurisdiction, they are dropped and asked again for geo's.
 */
export async function startSession(country: string | undefined, options: SessionOptions): Promise<Session> {
  const guess = jurisdictionFor(country ?? 'US');
  let router = routerFor(country === undefined ? undefined : guess, options);
  let resources = createResourceCache(router);
  // Without ?country= nothing is known before geo: wait for it, as before.
  const prefetch = options.prefetchPricing === true && country !== undefined;
  const prefetchFor = (jurisdiction: Jurisdiction) => {
    if (!prefetch) return;
    const { pricing, rates } = pricingPrefetchPaths(jurisdiction);
    void resources.get(pricing, isPricingResponse);
    void resources.get(rates, isExchangeRatesResponse);
  };
  prefetchFor(guess);
  const result = await fetchJson(router, geoPath(country), isGeoResponse);
  let jurisdiction = guess;
  if (result.ok) {
    jurisdiction = jurisdictionFor(result.data.subdivision ?? result.data.country);
    // Without ?country= the API decided where the visitor is: route for that place.
    if (jurisdiction.homeRegion !== guess.homeRegion || country === undefined) {
      resources.dispose();
      router.stop();
      router = routerFor(jurisdiction, options);
      resources = createResourceCache(router);
    } else if (jurisdictionCode(jurisdiction) !== jurisdictionCode(guess)) {
      resources.invalidate('/api/pricing', { prefix: true });
    }
    // A no-op (deduplicated) when geo agrees with the guess.
    prefetchFor(jurisdiction);
  }
  const failovers = createFailoverLog(router);
  const finalRouter = router;
  const finalResources = resources;
  return {
    requested: country,
    jurisdiction,
    geo: result.ok ? result.data : null,
    geoError: result.ok ? null : result.error,
    router: finalRouter,
    failovers,
    resources: finalResources,
    dispose() {
      failovers.dispose();
      finalResources.dispose();
      finalRouter.stop();
    },
  };
}
