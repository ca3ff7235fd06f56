import { COUNTRIES, isEuropeanEconomicArea } from '@globalkit/regions';
import { describe, expect, it } from 'vitest';

import { parseDecimal } from './decimal';
import { CurrencyMismatchError, InvalidArgumentError } from './errors';
import { invoiceTotals } from './invoiceTotals';
import { money, toDecimalString } from './money';
import { priceBreakdown } from './priceBreakdown';
import { countryTaxRules, taxRuleFor } from './taxRuleFor';

const DATE = { date: '2026-01-15' };
const split = (amount: string, currency: string, jurisdiction: string, options = {}) => {
  const breakdown = priceBreakdown(money(amount, currency), jurisdiction, { ...DATE, ...options });
  return {
    net: toDecimalString(breakdown.net),
    tax: toDecimalString(breakdown.tax),
    gross: toDecimalString(breakdown.gross),
    rate: breakdown.rate,
    inclusive: breakdown.inclusive,
  };
};

describe('priceBreakdown: hand-checked examples per jurisdiction', () => {
  it.each<[string, string, string, string, string, string, boolean]>([
    // [jurisdiction, currency, price, net, tax, gross, inclusive] — tax = round(gross × r / (1 + r)) or round(net × r)
    ['DE', 'EUR', '9.99', '8.39', '1.60', '9.99', true], // 9.99 × 19/119 = 1.595…
    ['FR', 'EUR', '9.99', '8.32', '1.67', '9.99', true], // 9.99 × 20/120 = 1.665 → half away from zero
    ['FI', 'EUR', '9.99', '7.96', '2.03', '9.99', true], // 25.5 %: 2.0298…
    ['HU', 'EUR', '100', '78.74', '21.26', '100.00', true], // 27 %: 21.259…
    ['LU', 'EUR', '100', '85.47', '14.53', '100.00', true], // 17 %
    ['EE', 'EUR', '124', '100.00', '24.00', '124.00', true], // 24 % since 2025-07-01
    ['RO', 'EUR', '121', '100.00', '21.00', '121.00', true], // 21 % since 2025-08-01
    ['SK', 'EUR', '123', '100.00', '23.00', '123.00', true], // 23 % since 2025-01-01
    ['GB', 'GBP', '8.99', '7.49', '1.50', '8.99', true], // 20 %: 1.498…
    ['CH', 'CHF', '9.90', '9.16', '0.74', '9.90', true], // 8.1 %: 0.7418…
    ['LI', 'CHF', '108.10', '100.00', '8.10', '108.10', true],
    ['NO', 'EUR', '125', '100.00', '25.00', '125.00', true],
    ['JP', 'JPY', '1500', '1364', '136', '1500', true], // 10 %, fractions of a yen cut: 136.36 → 136
    ['KR', 'KRW', '13000', '11818', '1182', '13000', true], // 10 %: 1181.8
    ['CN', 'CNY', '68', '64.15', '3.85', '68.00', true], // 6 %: 3.849…
    ['SG', 'SGD', '13', '11.93', '1.07', '13.00', true], // 9 %: 1.0733…
    ['MY', 'USD', '49', '45.37', '3.63', '49.00', true], // 8 %: 3.6296…
    ['IN', 'INR', '499', '422.88', '76.12', '499.00', true], // 18 % IGST: 76.118…
    ['AU', 'AUD', '14.99', '13.63', '1.36', '14.99', true], // 10 %: 1.3627…
    ['NZ', 'USD', '20', '17.39', '2.61', '20.00', true], // 15 %: 2.6086…
    ['AE', 'AED', '37', '35.24', '1.76', '37.00', true], // 5 %: 1.7619…
    ['SA', 'SAR', '38', '33.04', '4.96', '38.00', true], // 15 %: 4.9565…
    ['IL', 'USD', '118', '100.00', '18.00', '118.00', true], // 18 % since 2025-01-01
    ['HK', 'HKD', '78', '78.00', '0.00', '78.00', true], // no tax
    ['US', 'USD', '9.99', '9.99', '0.00', '9.99', false], // plus sales tax at checkout
    ['US-CA', 'USD', '9.99', '9.99', '0.00', '9.99', false],
    ['CA', 'CAD', '12.99', '12.99', '0.00', '12.99', false], // province unknown
    ['CA-ON', 'CAD', '12.99', '12.99', '1.69', '14.68', false], // HST 13 %: 1.6887
    ['CA-QC', 'CAD', '12.99', '12.99', '1.95', '14.94', false], // GST 0.6495 → 0.65 + QST 1.2957525 → 1.30
    ['CA-NS', 'CAD', '100', '100.00', '14.00', '114.00', false], // HST 14 % since 2025-04-01
    ['CA-AB', 'CAD', '100', '100.00', '5.00', '105.00', false],
  ])('%s %s %s → net %s + tax %s = gross %s', (jurisdiction, currency, price, net, tax, gross, inclusive) => {
    expect(split(price, currency, jurisdiction)).toMatchObject({ net, tax, gross, inclusive });
  });

  it('quotes B2B prices net on request', () => {
    expect(split('100', 'EUR', 'DE', { pricesIncludeTax: false })).toEqual({
      net: '100.00',
      tax: '19.00',
      gross: '119.00',
      rate: '0.19',
      inclusive: false,
    });
    expect(split('119', 'EUR', 'DE', { pricesIncludeTax: true }).net).toBe('100.00');
  });

  it('uses the rate in force on the date', () => {
    expect(split('9.99', 'EUR', 'FI', { date: '2024-08-31' }).rate).toBe('0.24');
    expect(split('9.99', 'EUR', 'FI', { date: '2024-09-01' }).rate).toBe('0.255');
    expect(split('100', 'EUR', 'DE', { date: '2020-10-01' })).toMatchObject({ rate: '0.16', tax: '13.79' });
    expect(split('100', 'EUR', 'DE', { date: '2021-01-01' }).rate).toBe('0.19');
    expect(split('100', 'EUR', 'EE', { date: '2025-06-30' }).rate).toBe('0.22');
    expect(split('100', 'EUR', 'EE', { date: '2025-07-01' }).rate).toBe('0.24');
    expect(split('100', 'CAD', 'CA-NS', { date: '2025-03-31' }).rate).toBe('0.15');
    expect(priceBreakdown(money(1, 'EUR'), 'DE', { date: new Date('2020-12-31T12:00:00Z') }).rate).toBe(
      '0.16',
    );
    expect(() => split('100', 'PHP', 'PH', { date: '2025-01-01' })).toThrow(
      'taxRuleFor: no rate recorded for PH on 2025-01-01; the table starts on 2025-06-02.',
    );
  });

  it('splits Indian GST into CGST + SGST within a state, IGST across states', () => {
    // ₹100 at 9 % + 9 %: each 7.627… → 7.63, so intra-state tax is 15.26; IGST 18 % is 15.254… → 15.25.
    const intra = priceBreakdown(money('100', 'INR'), 'IN-KA', { ...DATE, supplier: 'IN-KA' });
    expect(intra.components.map((c) => [c.label, c.rate, toDecimalString(c.amount)])).toEqual([
      ['CGST', '0.09', '7.63'],
      ['SGST', '0.09', '7.63'],
    ]);
    expect([toDecimalString(intra.net), toDecimalString(intra.tax), intra.rate]).toEqual([
      '84.74',
      '15.26',
      '0.18',
    ]);
    const inter = priceBreakdown(money('100', 'INR'), 'IN-MH', { ...DATE, supplier: 'IN-KA' });
    expect(inter.components.map((c) => [c.label, c.rate, toDecimalString(c.amount)])).toEqual([
      ['IGST', '0.18', '15.25'],
    ]);
    expect(toDecimalString(inter.net)).toBe('84.75');
    // A foreign seller charges IGST; a buyer without a state on record is supplied where the seller is.
    expect(priceBreakdown(money('100', 'INR'), 'IN-KA', DATE).components[0]?.label).toBe('IGST');
    expect(
      priceBreakdown(money('100', 'INR'), 'IN', { ...DATE, supplier: 'in-ka' }).components.map(
        (c) => c.label,
      ),
    ).toEqual(['CGST', 'SGST']);
    // Union territories without a legislature levy UTGST.
    expect(
      priceBreakdown(money('100', 'INR'), 'IN-CH', { ...DATE, supplier: 'IN-CH' }).components.map(
        (c) => c.label,
      ),
    ).toEqual(['CGST', 'UTGST']);
  });

  it('keeps net + tax = gross for any amount, rate and direction', () => {
    for (const jurisdiction of ['DE', 'FI', 'JP', 'CA-QC', 'IN-KA', 'CH']) {
      for (let cents = -2000; cents <= 2000; cents += 13) {
        for (const pricesIncludeTax of [true, false]) {
          const b = priceBreakdown(money(cents, 'EUR'), jurisdiction, {
            ...DATE,
            pricesIncludeTax,
            supplier: 'IN-KA',
          });
          expect(b.net.amount + b.tax.amount).toBe(b.gross.amount);
          expect(b.components.reduce((total, c) => total + c.amount.amount, 0n)).toBe(b.tax.amount);
        }
      }
    }
  });

  it('rejects bad input with typed errors', () => {
    expect(() => priceBreakdown(money(1, 'EUR'), 'Deutschland')).toThrow(InvalidArgumentError);
    expect(() => priceBreakdown(money(1, 'EUR'), 'Deutschland')).toThrow(
      'taxRuleFor: "Deutschland" is not a country code; expected ISO 3166-1 alpha-2 like "DE" or ISO 3166-2 like "CA-QC".',
    );
    expect(() => priceBreakdown(money(1, 'EUR'), 'DE', { date: '1.1.2026' })).toThrow(
      'taxRuleFor: date "1.1.2026" is not an ISO date like "2026-01-31" or a valid Date.',
    );
    expect(() => priceBreakdown({ amount: 1 } as never, 'DE')).toThrow('priceBreakdown: expected a Money');
  });
});

describe('taxRuleFor and the table', () => {
  it('has a rule for every country in @globalkit/regions, with sources and valid rates', () => {
    const rules = countryTaxRules();
    for (const country of COUNTRIES) {
      const rule = taxRuleFor(country.code, DATE);
      expect(rule.known, country.code).toBe(true);
      expect(rules[country.code]).toBeDefined();
      if (isEuropeanEconomicArea(country.code)) expect(rule).toMatchObject({ kind: 'vat', inclusive: true });
      expect(rule.sources.every((source) => source.length > 10)).toBe(true);
    }
    for (const [country, rule] of Object.entries(rules)) {
      const entries = [
        ...rule.rates,
        ...Object.values(rule.subdivisions ?? {}).flatMap((c) => c.flatMap((x) => x.rates)),
      ];
      for (const entry of entries) {
        const rate = parseDecimal(entry.rate);
        expect(
          rate && rate.coefficient >= 0n && rate.coefficient < 10n ** BigInt(rate.scale),
          `${country} ${entry.rate}`,
        ).toBe(true);
        expect(entry.source, country).toMatch(/\S/);
      }
      const dates = rule.rates.map((entry) => entry.from ?? '');
      expect([...dates].sort(), `${country} rates are oldest first`).toEqual(dates);
    }
  });

  it('describes the rule: kind, label, inclusive, rounding', () => {
    expect(taxRuleFor('DE', DATE)).toMatchObject({
      kind: 'vat',
      label: 'VAT',
      inclusive: true,
      rate: '0.19',
    });
    expect(taxRuleFor('JP', DATE)).toMatchObject({
      kind: 'consumption',
      label: 'consumption tax',
      rounding: { mode: 'floor', per: 'invoice' },
    });
    expect(taxRuleFor('US', DATE)).toMatchObject({
      kind: 'sales',
      inclusive: false,
      taxAtCheckout: true,
      rate: '0',
    });
    expect(taxRuleFor('CA-QC', DATE)).toMatchObject({
      kind: 'gst',
      rate: '0.14975',
      components: [
        { label: 'GST', rate: '0.05' },
        { label: 'QST', rate: '0.09975' },
      ],
    });
    expect(taxRuleFor('AU', DATE)).toMatchObject({ kind: 'gst', inclusive: true, rate: '0.1' });
    expect(taxRuleFor('AR', DATE)).toMatchObject({ known: false, taxAtCheckout: true, inclusive: false });
  });
});

describe('invoiceTotals', () => {
  const items = [money('105', 'JPY'), money('105', 'JPY'), money('105', 'JPY')];

  it('rounds per line or per invoice', () => {
    const perLine = invoiceTotals(items, 'JP', { ...DATE, pricesIncludeTax: false, rounding: 'perLine' });
    const perInvoice = invoiceTotals(items, 'JP', {
      ...DATE,
      pricesIncludeTax: false,
      rounding: 'perInvoice',
    });
    expect([perLine.net.amount, perLine.tax.amount, perLine.gross.amount]).toEqual([315n, 30n, 345n]);
    expect([perInvoice.net.amount, perInvoice.tax.amount, perInvoice.gross.amount]).toEqual([
      315n,
      31n,
      346n,
    ]);
    expect(perLine.lines).toHaveLength(3);
    expect(perInvoice.lines).toHaveLength(0);
  });

  it("defaults to the jurisdiction's convention", () => {
    expect(invoiceTotals(items, 'JP', DATE).rounding).toBe('perInvoice');
    const indian = invoiceTotals([money('100', 'INR'), money('100', 'INR')], 'IN-KA', {
      ...DATE,
      supplier: 'IN-KA',
    });
    expect(indian.rounding).toBe('perLine');
    expect(indian.components.map((c) => [c.label, toDecimalString(c.amount)])).toEqual([
      ['CGST', '15.26'],
      ['SGST', '15.26'],
    ]);
    expect(indian.net.amount + indian.tax.amount).toBe(indian.gross.amount);
  });

  it('rejects empty and mixed-currency invoices', () => {
    expect(() => invoiceTotals([], 'DE')).toThrow('invoiceTotals: pass at least one line amount.');
    expect(() => invoiceTotals([money(1, 'EUR'), money(1, 'USD')], 'DE')).toThrow(CurrencyMismatchError);
  });
});
