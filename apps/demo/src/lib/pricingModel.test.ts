import { describe, expect, it } from 'vitest';

import type { PricingResponse } from './apiGuards';
import { plansFor, taxNoteFor } from './pricingModel';

const response: PricingResponse = {
  country: 'JP',
  currency: 'JPY',
  taxInclusive: true,
  taxRate: 0.1,
  taxKind: 'consumption',
  plans: [
    { id: 'starter', interval: 'month', amount: '1500', currency: 'JPY' },
    { id: 'starter', interval: 'year', amount: '15000', currency: 'JPY' },
    { id: 'enterprise', interval: 'month', amount: '1', currency: 'JPY' },
  ],
  paymentMethods: [],
};

describe('plansFor', () => {
  it('returns the interval’s known plans as exact money', () => {
    const month = plansFor(response, 'month');
    expect(month).toHaveLength(1);
    expect(month?.[0]?.price).toEqual({ amount: 1500n, currency: 'JPY' });
    expect(plansFor(response, 'year')?.[0]?.price.amount).toBe(15000n);
  });

  it('treats an unknown currency as a malformed answer', () => {
    expect(
      plansFor(
        { ...response, plans: [{ id: 'pro', interval: 'month', amount: '1', currency: 'XYZ' }] },
        'month',
      ),
    ).toBeNull();
  });
});

describe('taxNoteFor', () => {
  it('names an included tax with its rate', () => {
    expect(taxNoteFor(response)).toEqual({ type: 'included', kind: 'consumption', rate: 0.1 });
  });

  it('says "plus tax" when the rate depends on the address', () => {
    expect(taxNoteFor({ taxInclusive: false, taxRate: 0, taxKind: 'sales' })).toEqual({ type: 'atCheckout' });
  });

  it('says "plus VAT" for a fixed net rate', () => {
    expect(taxNoteFor({ taxInclusive: false, taxRate: 0.2, taxKind: 'vat' })).toEqual({
      type: 'excluded',
      kind: 'vat',
    });
  });
});
