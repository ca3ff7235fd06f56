import { jurisdictionFor } from '@globalkit/regions';
import type { Jurisdiction } from '@globalkit/regions';

import { pricingPath, RATES_PATH } from '../lib/resourceCache';
import type { RouteId } from '../routing/routes';

/**
 * The API requests a page load makes before `/api/geo` answers, in one place:
 * startSession sends them, and the build (vite.config.ts) writes them into the
 * preload plan so the preview server can announce them in the HTML. The two
 * must agree to the byte — a preload is reused only by a request for the same
 * URL — which is why neither spells a path itself.
 */

/** The code pricing and consent use: the subdivision where there is one (`US-CA`), else the country. */
export function jurisdictionCode(jurisdiction: Jurisdiction): string {
  return jurisdiction.subdivision ?? jurisdiction.country;
}

/** `/api/geo`, asked about `?country=` when the page names one. */
export function geoPath(country: string | undefined): string {
  return country === undefined ? '/api/geo' : `/api/geo?country=${encodeURIComponent(country)}`;
}

/** What a pricing view fetches first for a jurisdiction: its price list and the exchange rates. */
export function pricingPrefetchPaths(jurisdiction: Jurisdiction): {
  readonly pricing: string;
  readonly rates: string;
} {
  return { pricing: pricingPath(jurisdictionCode(jurisdiction)), rates: RATES_PATH };
}

/** Whether the first view of `route` shows prices, so pricing starts in parallel with geo. */
export function prefetchesPricing(route: RouteId): boolean {
  return route === 'pricing';
}

/**
 * Every request of a page load for `?country=` on `route` that starts before
 * geo answers, all to the country's home region: geo, and on the pricing view
 * the prices and rates of the country's jurisdiction (known from the catalog).
 */
export function bootRequestPaths(country: string, route: RouteId): readonly string[] {
  const paths = [geoPath(country)];
  if (prefetchesPricing(route)) {
    const { pricing, rates } = pricingPrefetchPaths(jurisdictionFor(country));
    paths.push(pricing, rates);
  }
  return paths;
}
