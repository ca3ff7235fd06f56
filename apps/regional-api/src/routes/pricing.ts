import { getRegion, type RegionId } from '@globalkit/regions';
import { Hono } from 'hono';

import { ApiError } from '../errors';
import { callerJurisdiction } from '../jurisdiction';
import { paymentMethodsFor } from '../paymentMethods';
import {
  COUNTRY_CURRENCIES,
  isOfferedCurrency,
  minorDigitsOf,
  OFFERED_CURRENCIES,
  type OfferedCurrency,
  plansIn,
} from '../pricingTable';
import { taxRuleFor } from '../taxTable';
import type { AppEnv } from '../types';

/**
 * The currency a country is billed in: its own when we have price points for
 * it, else its home region's `defaultCurrency` (Sweden → eu-central-1 →
 * EUR), else USD. Prices follow the jurisdiction, never the serving region.
 */
export function currencyForCountry(country: string, homeRegion: RegionId): OfferedCurrency {
  const local = COUNTRY_CURRENCIES[country];
  if (local !== undefined && isOfferedCurrency(local)) return local;
  const regional = getRegion(homeRegion).defaultCurrency;
  if (isOfferedCurrency(regional)) return regional;
  return 'USD';
}

const CURRENCY_CODE = /^[A-Za-z]{3}$/;

/**
 * `GET /api/pricing?country=DE&currency=EUR`. The answer depends only on the
 * query (or, without `country`, on the CloudFront geo headers, named in
 * `Vary`), so shared caches may keep it for five minutes.
 */
export function pricingRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', (c) => {
    const { jurisdiction, source } = callerJurisdiction(c);
    const requested = c.req.query('currency')?.trim();
    let currency: OfferedCurrency;
    if (requested) {
      if (!CURRENCY_CODE.test(requested)) {
        throw new ApiError(400, 'Invalid query parameter "currency": expected an ISO 4217 code like "EUR"', {
          details: { offered: OFFERED_CURRENCIES },
        });
      }
      const upper = requested.toUpperCase();
      if (!isOfferedCurrency(upper)) {
        throw new ApiError(
          400,
          `Currency ${upper} is not offered; use one of ${OFFERED_CURRENCIES.join(', ')}`,
          {
            details: { offered: OFFERED_CURRENCIES },
          },
        );
      }
      currency = upper;
    } else {
      currency = currencyForCountry(jurisdiction.country, jurisdiction.homeRegion);
    }

    const tax = taxRuleFor(jurisdiction.country);
    const headers: Record<string, string> = { 'Cache-Control': 'public, max-age=300' };
    if (source !== 'query') headers['Vary'] = 'CloudFront-Viewer-Country, CloudFront-Viewer-Country-Region';
    return c.json(
      {
        country: jurisdiction.country,
        ...(jurisdiction.subdivision === undefined ? {} : { subdivision: jurisdiction.subdivision }),
        currency,
        minorDigits: minorDigitsOf(currency),
        taxInclusive: tax.taxInclusive,
        taxRate: tax.taxRate,
        taxLabel: tax.taxLabel,
        taxKind: tax.taxKind,
        plans: plansIn(currency),
        paymentMethods: paymentMethodsFor(jurisdiction.country),
      },
      200,
      headers,
    );
  });
  return routes;
}
