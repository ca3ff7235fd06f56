import { COUNTRIES } from '@globalkit/regions';
import { describe, expect, it } from 'vitest';

import { isCurrencyCode } from './currencies';
import { InvalidArgumentError } from './errors';
import { paymentMethodCatalog } from './paymentMethodCatalog';
import { paymentMethodsFor } from './paymentMethods';

const ids = (country: string, options = {}) => paymentMethodsFor(country, options).map((method) => method.id);

describe('paymentMethodsFor', () => {
  it('lists local methods in checkout order', () => {
    expect(ids('DE')).toEqual(['card', 'paypal', 'apple_pay', 'google_pay', 'sepa_debit', 'klarna', 'wero']);
    expect(ids('NL')).toEqual(['card', 'paypal', 'apple_pay', 'google_pay', 'sepa_debit', 'ideal', 'klarna']);
    expect(ids('BE')).toContain('bancontact');
    expect(ids('IN')).toEqual(['upi', 'card', 'netbanking']);
    expect(ids('CN')).toEqual(['alipay', 'wechat_pay', 'card']);
    expect(ids('SG')).toEqual(['card', 'paynow', 'grabpay', 'apple_pay', 'google_pay']);
    expect(ids('MY')).toContain('grabpay');
    expect(ids('us-ca')).toEqual(['card', 'paypal', 'apple_pay', 'google_pay', 'ach_debit']);
    expect(ids('AR')).toEqual(['card']);
  });

  it('never offers giropay or Sofort, but records why', () => {
    for (const country of ['DE', 'AT', 'NL', 'BE', 'CH', 'ES', 'IT']) {
      expect(ids(country)).not.toContain('giropay');
      expect(ids(country)).not.toContain('sofort');
    }
    const audit = paymentMethodsFor('DE', { includeUnavailable: true });
    const giropay = audit.find((method) => method.id === 'giropay');
    expect(giropay).toMatchObject({ available: false, discontinued: { since: '2024-07-01' } });
    expect(giropay?.discontinued?.reason).toMatch(/2024-06-30/);
    expect(audit.find((method) => method.id === 'sofort')).toMatchObject({
      available: false,
      discontinued: { replacement: 'klarna' },
    });
    expect(audit.filter((method) => method.available).map((method) => method.id)).toEqual(ids('DE'));
  });

  it('records the iDEAL → Wero migration', () => {
    const ideal = paymentMethodsFor('NL').find((method) => method.id === 'ideal');
    expect(ideal).toMatchObject({
      name: 'iDEAL | Wero',
      type: 'bank_redirect',
      currencies: ['EUR'],
      available: true,
    });
    expect(ideal?.note).toMatch(/Wero/);
  });

  it('filters by the currency being charged', () => {
    expect(ids('PL', { currency: 'EUR' })).toEqual(['card', 'p24', 'paypal', 'apple_pay', 'google_pay']);
    expect(ids('PL', { currency: 'PLN' })).toContain('blik');
    expect(ids('SE', { currency: 'EUR' })).not.toContain('swish');
    expect(ids('NL', { currency: 'USD' })).toEqual(['card', 'paypal', 'apple_pay', 'google_pay', 'klarna']);
    expect(() => paymentMethodsFor('DE', { currency: 'eur' })).toThrow(
      'paymentMethodsFor: currency "eur" is not an ISO 4217 code like "EUR".',
    );
    expect(() => paymentMethodsFor('Germany')).toThrow(InvalidArgumentError);
  });

  it('has a consistent catalog', () => {
    const catalog = paymentMethodCatalog();
    for (const country of [...COUNTRIES.map((c) => c.code)]) {
      const methods = paymentMethodsFor(country, { includeUnavailable: true });
      expect(methods.length, country).toBeGreaterThan(0);
      expect(methods[0]?.available, country).toBe(true);
      for (const method of methods) expect(catalog[method.id], method.id).toBeDefined();
    }
    for (const [id, method] of Object.entries(catalog)) {
      if (method.currencies !== 'any')
        for (const code of method.currencies) expect(isCurrencyCode(code), `${id} ${code}`).toBe(true);
      if (method.discontinued?.replacement) expect(catalog[method.discontinued.replacement]).toBeDefined();
    }
  });
});
