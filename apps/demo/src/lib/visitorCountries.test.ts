import { getCountry } from '@globalkit/regions';
import { describe, expect, it } from 'vitest';

import { VISITOR_COUNTRIES, visitorLabel, visitorOptions } from './visitorCountries';

describe('visitor countries', () => {
  it('come from the regions catalog', () => {
    for (const code of VISITOR_COUNTRIES) expect(getCountry(code.slice(0, 2)), code).toBeDefined();
  });

  it('include the countries the issue names', () => {
    for (const code of [
      'DE',
      'FR',
      'GB',
      'US-CA',
      'US-NY',
      'JP',
      'KR',
      'AE',
      'SA',
      'IL',
      'IN',
      'SG',
      'CN',
      'BR',
    ]) {
      expect(VISITOR_COUNTRIES).toContain(code);
    }
  });

  it('add an unlisted current country first', () => {
    expect(visitorOptions('AR')[0]).toBe('AR');
    expect(visitorOptions('DE')).toBe(VISITOR_COUNTRIES);
  });

  it('label countries and subdivisions in the given locale', () => {
    const names = new Intl.DisplayNames('de', { type: 'region' });
    const sub = (country: string, code: string) => `${country} (${code})`;
    expect(visitorLabel('DE', names, sub)).toBe('Deutschland');
    expect(visitorLabel('US-CA', names, sub)).toBe('Vereinigte Staaten (US-CA)');
  });
});
