import { billingCurrencyFor, OFFERED_CURRENCIES, plansFor } from '@globalkit/currency';
import { describe, expect, it } from 'vitest';

import { json, makeTestApp } from '../testing/testApp';

interface Plan {
  id: string;
  interval: string;
  amount: string;
  currency: string;
}

describe('GET /api/pricing', () => {
  const t = makeTestApp();

  it('returns EUR plans, VAT-inclusive, for Germany', async () => {
    const res = await t.get('/api/pricing?country=DE&currency=EUR');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const body = await json(res);
    expect(body).toMatchObject({
      country: 'DE',
      currency: 'EUR',
      minorDigits: 2,
      taxInclusive: true,
      taxRate: 0.19,
      taxLabel: 'VAT',
    });
    expect(body['plans']).toEqual([
      { id: 'starter', interval: 'month', amount: '999', currency: 'EUR' },
      { id: 'starter', interval: 'year', amount: '9900', currency: 'EUR' },
      { id: 'pro', interval: 'month', amount: '2900', currency: 'EUR' },
      { id: 'pro', interval: 'year', amount: '29000', currency: 'EUR' },
      { id: 'team', interval: 'month', amount: '7900', currency: 'EUR' },
      { id: 'team', interval: 'year', amount: '79000', currency: 'EUR' },
    ]);
  });

  it('never offers giropay or Sofort', async () => {
    for (const country of ['DE', 'AT', 'NL', 'BE', 'CH']) {
      const body = await json(await t.get(`/api/pricing?country=${country}`));
      const ids = (body['paymentMethods'] as { id: string }[]).map((m) => m.id);
      expect(ids).toContain('card');
      expect(ids).not.toContain('giropay');
      expect(ids).not.toContain('sofort');
    }
  });

  it('quotes US prices net with "plus tax"', async () => {
    const body = await json(await t.get('/api/pricing?country=US-CA'));
    expect(body).toMatchObject({
      country: 'US',
      subdivision: 'US-CA',
      currency: 'USD',
      taxInclusive: false,
      taxRate: 0,
      taxLabel: 'plus tax',
    });
    expect((body['plans'] as Plan[])[0]).toEqual({
      id: 'starter',
      interval: 'month',
      amount: '999',
      currency: 'USD',
    });
    expect(await json(await t.get('/api/pricing?country=CA'))).toMatchObject({
      currency: 'CAD',
      taxInclusive: false,
      taxLabel: 'plus tax',
    });
  });

  it('uses the currency minor unit: JPY has none, BHD three', async () => {
    const jp = await json(await t.get('/api/pricing?country=JP'));
    expect(jp).toMatchObject({ currency: 'JPY', minorDigits: 0, taxInclusive: true, taxRate: 0.1 });
    expect((jp['plans'] as Plan[])[0]?.amount).toBe('1500');
    const bh = await json(await t.get('/api/pricing?country=BH'));
    expect(bh).toMatchObject({ currency: 'BHD', minorDigits: 3 });
    expect((bh['plans'] as Plan[])[0]?.amount).toBe('3900');
    expect(await json(await t.get('/api/pricing?country=IN'))).toMatchObject({
      currency: 'INR',
      taxRate: 0.18,
      taxLabel: 'GST',
    });
    expect(await json(await t.get('/api/pricing?country=GB'))).toMatchObject({
      currency: 'GBP',
      taxRate: 0.2,
    });
  });

  it('falls back to the home region currency, then USD', async () => {
    expect(billingCurrencyFor('SE')).toBe('EUR'); // SEK has no price points → eu-central-1
    expect(billingCurrencyFor('TW')).toBe('JPY'); // ap-northeast-1
    expect(billingCurrencyFor('AR')).toBe('USD'); // unlisted → us-east-1
    expect(billingCurrencyFor('QA')).toBe('BHD'); // me-south-1
    expect(await json(await t.get('/api/pricing?country=SE'))).toMatchObject({ currency: 'EUR' });
    expect(await json(await t.get('/api/pricing?country=QA'))).toMatchObject({
      currency: 'BHD',
      minorDigits: 3,
    });
  });

  it('prices purchasing-power tiers and lists only methods that can charge the currency', async () => {
    const br = await json(await t.get('/api/pricing?country=BR'));
    expect(br).toMatchObject({ currency: 'BRL', taxInclusive: false, taxLabel: 'plus tax' });
    expect((br['plans'] as Plan[])[0]).toEqual({
      id: 'starter',
      interval: 'month',
      amount: '2490',
      currency: 'BRL',
    });
    const pl = await json(await t.get('/api/pricing?country=PL'));
    expect(pl['currency']).toBe('EUR');
    expect((pl['paymentMethods'] as { id: string }[]).map((m) => m.id)).not.toContain('blik');
    expect(await json(await t.get('/api/pricing?country=IN&currency=GBP'))).toMatchObject({
      error: 'Currency GBP is not offered; use one of USD, EUR, SGD, INR, BRL, MXN, BHD',
    });
  });

  it('lets the caller pick any offered currency, case-insensitively', async () => {
    expect(await json(await t.get('/api/pricing?country=DE&currency=usd'))).toMatchObject({
      country: 'DE',
      currency: 'USD',
      taxRate: 0.19,
    });
  });

  it('refuses a currency that is not offered, listing the offered ones', async () => {
    const res = await t.get('/api/pricing?country=DE&currency=XYZ');
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body['error']).toMatch(/XYZ is not offered/);
    expect(body['details']).toEqual({ offered: OFFERED_CURRENCIES });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it.each(['EURO', '€', '12'])('refuses malformed currency %j', async (currency) => {
    const res = await t.get(`/api/pricing?country=DE&currency=${encodeURIComponent(currency)}`);
    expect(res.status).toBe(400);
  });

  it('refuses a malformed country', async () => {
    const res = await t.get('/api/pricing?country=Deutschland');
    expect(res.status).toBe(400);
    expect((await json(res))['error']).toMatch(/country/);
  });

  it('varies on the geo headers when it used them', async () => {
    const res = await t.get('/api/pricing', { 'CloudFront-Viewer-Country': 'GB' });
    expect(await json(res)).toMatchObject({ country: 'GB', currency: 'GBP' });
    expect(res.headers.get('vary')).toMatch(/CloudFront-Viewer-Country/);
  });

  it('has integer minor-unit amounts for every plan in every currency', () => {
    for (const currency of OFFERED_CURRENCIES) {
      const plans = plansFor('DE', currency);
      expect(plans).toHaveLength(6);
      for (const plan of plans) expect(plan.price.amount.toString()).toMatch(/^[1-9]\d*$/);
    }
  });
});
