import { Hono } from 'hono';

import { ApiError } from '../errors';
import { RATE_CURRENCIES, RATES_AS_OF, RATES_PEGGED, RATES_PROVIDER, RATES_SOURCE, ratesFor } from '../rates';
import type { AppEnv } from '../types';

/** Base used when `?base=` is absent: the table's own, whose figures are exact. */
export const DEFAULT_BASE = 'EUR';

/** `GET /api/exchange-rates?base=USD`: a fixed snapshot, so publicly cacheable. */
export function exchangeRateRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', (c) => {
    const base = (c.req.query('base')?.trim() || DEFAULT_BASE).toUpperCase();
    const rates = ratesFor(base);
    if (!rates) {
      throw new ApiError(400, `Unknown base currency; use one of ${RATE_CURRENCIES.join(', ')}`, {
        details: { accepted: RATE_CURRENCIES },
      });
    }
    return c.json(
      {
        base,
        asOf: RATES_AS_OF,
        provider: RATES_PROVIDER,
        pegged: RATES_PEGGED,
        source: RATES_SOURCE,
        rates,
      },
      200,
      { 'Cache-Control': 'public, max-age=300' },
    );
  });
  return routes;
}
