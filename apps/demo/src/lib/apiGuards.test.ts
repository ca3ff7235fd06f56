import { describe, expect, it } from 'vitest';

import { isExchangeRatesResponse, isGeoResponse, isPricingResponse } from './apiGuards';

const geo = {
  country: 'US',
  subdivision: 'US-CA',
  homeRegion: 'us-west-2',
  residencyZone: 'us',
  known: true,
  servedBy: 'us-west-2',
  source: 'query',
};
const pricing = {
  country: 'DE',
  currency: 'EUR',
  taxInclusive: true,
  taxRate: 0.19,
  taxKind: 'vat',
  plans: [{ id: 'starter', interval: 'month', amount: '999', currency: 'EUR' }],
  paymentMethods: [{ id: 'card', type: 'card' }],
};
const rates = {
  base: 'EUR',
  asOf: '2025-02-28',
  rates: { USD: '1.0411', EUR: '1', AED: '3.82343975' },
  provider: 'ecb',
  pegged: { AED: 'USD' },
  source: 'ECB',
};

describe('API guards', () => {
  it('accept the documented shapes', () => {
    expect(isGeoResponse(geo)).toBe(true);
    expect(isPricingResponse(pricing)).toBe(true);
    // Provenance is optional: a server without it still gives usable rates.
    expect(isExchangeRatesResponse({ base: 'EUR', asOf: '2025-02-28', rates: { USD: '1.0411' } })).toBe(true);
    expect(isExchangeRatesResponse(rates)).toBe(true);
  });

  it('reject malformed geo', () => {
    expect(isGeoResponse(null)).toBe(false);
    expect(isGeoResponse([])).toBe(false);
    expect(isGeoResponse({ ...geo, homeRegion: 'mars-1' })).toBe(false);
    expect(isGeoResponse({ ...geo, residencyZone: 'moon' })).toBe(false);
    expect(isGeoResponse({ ...geo, known: 'yes' })).toBe(false);
  });

  it('reject malformed pricing', () => {
    expect(isPricingResponse({ ...pricing, plans: 'none' })).toBe(false);
    expect(isPricingResponse({ ...pricing, plans: [{ ...pricing.plans[0], amount: 9.99 }] })).toBe(false);
    expect(isPricingResponse({ ...pricing, plans: [{ ...pricing.plans[0], interval: 'week' }] })).toBe(false);
    expect(isPricingResponse({ ...pricing, currency: 'euro' })).toBe(false);
    expect(isPricingResponse({ ...pricing, taxRate: Number.NaN })).toBe(false);
    expect(isPricingResponse({ ...pricing, paymentMethods: [{ id: 1 }] })).toBe(false);
  });

  it('reject malformed rates', () => {
    expect(isExchangeRatesResponse({ ...rates, asOf: 'yesterday' })).toBe(false);
    expect(isExchangeRatesResponse({ ...rates, rates: { USD: 1.04 } })).toBe(false);
    expect(isExchangeRatesResponse({ ...rates, rates: { usd: '1' } })).toBe(false);
    expect(isExchangeRatesResponse({ ...rates, provider: 'European Central Bank' })).toBe(false);
    expect(isExchangeRatesResponse({ ...rates, pegged: { AED: 'dollar' } })).toBe(false);
    expect(isExchangeRatesResponse({ ...rates, pegged: ['AED'] })).toBe(false);
  });
});
