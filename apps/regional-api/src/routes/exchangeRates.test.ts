import { describe, expect, it } from 'vitest';

import { RATE_CURRENCIES } from '../rates';
import { json, makeTestApp } from '../testing/testApp';

describe('GET /api/exchange-rates', () => {
  const t = makeTestApp();

  it('returns decimal-string rates with asOf and their provenance', async () => {
    const res = await t.get('/api/exchange-rates?base=USD');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const body = await json(res);
    expect(body).toMatchObject({
      base: 'USD',
      asOf: '2025-02-28',
      // Ids a UI can translate; `source` is the same in English, for people reading the API.
      provider: 'ecb',
      pegged: { AED: 'USD', SAR: 'USD' },
      source: expect.stringMatching(/ECB/),
    });
    const rates = body['rates'] as Record<string, string>;
    expect(rates['EUR']).toBe('0.9605225243');
    expect(rates['USD']).toBe('1');
    for (const value of Object.values(rates)) expect(typeof value).toBe('string');
  });

  it('defaults to the EUR table and accepts lower case', async () => {
    expect(await json(await t.get('/api/exchange-rates'))).toMatchObject({
      base: 'EUR',
      rates: { USD: '1.0411' },
    });
    expect(await json(await t.get('/api/exchange-rates?base=jpy'))).toMatchObject({ base: 'JPY' });
  });

  it.each(['XYZ', 'US', '💶', 'EUR,USD'])(
    'refuses base %j with 400 listing the accepted ones',
    async (base) => {
      const res = await t.get(`/api/exchange-rates?base=${encodeURIComponent(base)}`);
      expect(res.status).toBe(400);
      const body = await json(res);
      expect(body['error']).toMatch(/Unknown base currency/);
      expect(body['details']).toEqual({ accepted: RATE_CURRENCIES });
    },
  );
});
