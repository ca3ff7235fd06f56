import { jurisdictionFor } from '@globalkit/regions';
import { describe, expect, it } from 'vitest';

import {
  bootRequestPaths,
  geoPath,
  jurisdictionCode,
  prefetchesPricing,
  pricingPrefetchPaths,
} from './bootRequests';

describe('boot requests', () => {
  it('asks geo about ?country= when there is one, encoded', () => {
    expect(geoPath(undefined)).toBe('/api/geo');
    expect(geoPath('US-CA')).toBe('/api/geo?country=US-CA');
    expect(geoPath('A&B')).toBe('/api/geo?country=A%26B');
  });

  it("prefetches a jurisdiction's prices by its subdivision where it has one, and the rates", () => {
    expect(jurisdictionCode(jurisdictionFor('US-CA'))).toBe('US-CA');
    expect(pricingPrefetchPaths(jurisdictionFor('DE'))).toEqual({
      pricing: '/api/pricing?country=DE',
      rates: '/api/exchange-rates?base=EUR',
    });
  });

  it('lists geo on every route and prices and rates only where the first view shows prices', () => {
    expect(prefetchesPricing('pricing')).toBe(true);
    expect(prefetchesPricing('home')).toBe(false);
    expect(bootRequestPaths('AE', 'home')).toEqual(['/api/geo?country=AE']);
    expect(bootRequestPaths('AE', 'pricing')).toEqual([
      '/api/geo?country=AE',
      '/api/pricing?country=AE',
      '/api/exchange-rates?base=EUR',
    ]);
  });
});
