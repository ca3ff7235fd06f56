import {
  billingCurrencyFor,
  minorDigits,
  type OfferedCurrency,
  offeredCurrenciesFor,
  paymentMethodsFor,
  plansFor,
  taxRuleFor,
} from '@globalkit/currency';
import { Hono } from 'hono';

import { ApiError } from '../errors';
import { callerJurisdiction } from '../jurisdiction';
import type { AppEnv } from '../types';

const CURRENCY_CODE = /^[A-Za-z]{3}$/;

/**
 * `GET /api/pricing?country=DE&currency=EUR`. Price points, price tiers,
 * tax rules and payment methods all come from `@globalkit/currency`, their
 * single source; this route only chooses and serialises. The answer depends
 * only on the query (or, without `country`, on the CloudFront geo headers,
 * named in `Vary`), so shared caches may keep it for five minutes.
 */
export function pricingRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', (c) => {
    const { jurisdiction, source } = callerJurisdiction(c);
    const { country } = jurisdiction;
    const offered = offeredCurrenciesFor(country);
    const requested = c.req.query('currency')?.trim();
    let currency: OfferedCurrency;
    if (requested) {
      if (!CURRENCY_CODE.test(requested)) {
        throw new ApiError(400, 'Invalid query parameter "currency": expected an ISO 4217 code like "EUR"', {
          details: { offered },
        });
      }
      const upper = requested.toUpperCase();
      const match = offered.find((code) => code === upper);
      if (!match) {
        throw new ApiError(400, `Currency ${upper} is not offered; use one of ${offered.join(', ')}`, {
          details: { offered },
        });
      }
      currency = match;
    } else {
      // Prices follow the jurisdiction (its own currency, else its home region's), never the serving region.
      currency = billingCurrencyFor(jurisdiction.subdivision ?? country);
    }

    // Country-level rule: where the rate depends on the address (US, Canada, Brazil)
    // prices are quoted net and the API keeps saying "plus tax", as before the move.
    const tax = taxRuleFor(country);
    const headers: Record<string, string> = { 'Cache-Control': 'public, max-age=300' };
    if (source !== 'query') headers['Vary'] = 'CloudFront-Viewer-Country, CloudFront-Viewer-Country-Region';
    return c.json(
      {
        country,
        ...(jurisdiction.subdivision === undefined ? {} : { subdivision: jurisdiction.subdivision }),
        currency,
        minorDigits: minorDigits(currency),
        taxInclusive: tax.inclusive,
        // The rule's exact decimal string ("0.19") read as a JSON number: the shape clients already use.
        taxRate: Number(tax.rate),
        taxLabel: tax.taxAtCheckout ? 'plus tax' : tax.label,
        taxKind: tax.taxAtCheckout ? 'sales' : tax.kind,
        plans: plansFor(country, currency).map(({ id, interval, price }) => ({
          id,
          interval,
          // Integer minor units as a string, so no client parses them into a float.
          amount: price.amount.toString(),
          currency: price.currency,
        })),
        // Only methods that can charge this currency (BLIK cannot pay an EUR invoice).
        paymentMethods: paymentMethodsFor(country, { currency }).map(({ id, type }) => ({ id, type })),
      },
      200,
      headers,
    );
  });
  return routes;
}
