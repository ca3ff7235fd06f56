import { COUNTRIES } from '@globalkit/regions';
import { describe, expect, it } from 'vitest';

import { minorDigits } from './currencies';
import { CurrencyNotOfferedError, InvalidArgumentError, UnknownPlanError } from './errors';
import { formatMoney } from './formatMoney';
import { money } from './money';
import { billingCurrencyFor, offeredCurrenciesFor, plansFor, priceFor } from './priceFor';
import { BILLING_INTERVALS, OFFERED_CURRENCIES, PLAN_IDS, PRICE_POINTS } from './pricePoints';
import { COUNTRY_PRICE_TIERS, priceTierFor, REDUCED_PRICE_POINTS } from './priceTiers';

describe('price points', () => {
  it('lists every offered currency once, in table order', () => {
    expect(OFFERED_CURRENCIES).toEqual(Object.keys(PRICE_POINTS));
  });

  it('are exact in every currency: no price has more digits than its minor unit', () => {
    for (const [currency, plans] of [
      ...Object.entries(PRICE_POINTS),
      ...Object.entries(REDUCED_PRICE_POINTS),
    ]) {
      for (const id of PLAN_IDS) {
        const [month, year] = plans[id];
        const monthly = money(month, currency);
        const yearly = money(year, currency);
        expect(monthly.amount > 0n).toBe(true);
        // A year costs about ten months: never more than twelve, never less than eight.
        expect(
          yearly.amount <= monthly.amount * 12n && yearly.amount >= monthly.amount * 8n,
          `${currency} ${id}`,
        ).toBe(true);
      }
    }
    // The minor units the API serialises depend on these digits.
    expect(Object.fromEntries(['JPY', 'KRW', 'BHD', 'USD'].map((c) => [c, minorDigits(c)]))).toEqual({
      JPY: 0,
      KRW: 0,
      BHD: 3,
      USD: 2,
    });
  });

  it('reduced-tier prices are lower than standard ones', () => {
    for (const [currency, plans] of Object.entries(REDUCED_PRICE_POINTS)) {
      const standard = PRICE_POINTS[currency as keyof typeof PRICE_POINTS];
      for (const id of PLAN_IDS) {
        expect(money(plans[id][0], currency).amount < money(standard[id][0], currency).amount).toBe(true);
      }
    }
  });
});

describe('priceFor', () => {
  it.each<[Parameters<typeof priceFor>[0], string, string | undefined, string, string]>([
    ['starter', 'DE', undefined, 'en-US', '€9.99'],
    ['starter', 'DE', undefined, 'de', '9,99\u00A0€'],
    ['starter', 'US-CA', undefined, 'en-US', '$9.99'],
    [{ id: 'pro', interval: 'year' }, 'JP', undefined, 'ja', '￥45,000'],
    ['starter', 'IN', undefined, 'hi', '₹499.00'],
    ['starter', 'GB', undefined, 'en-GB', '£8.99'],
    ['starter', 'CH', undefined, 'de-CH', 'CHF\u00A09.90'],
    ['team', 'BH', undefined, 'en', 'BHD\u00A029.900'],
    ['starter', 'BR', undefined, 'pt-BR', 'R$\u00A024,90'], // reduced tier
    ['starter', 'IN', 'USD', 'en-US', '$4.99'], // reduced tier in USD
    ['starter', 'DE', 'USD', 'en-US', '$9.99'],
    ['starter', 'SE', undefined, 'sv', '9,99\u00A0€'], // SEK not offered → eu-central-1 → EUR
  ])('%j in %s (%s) → %s', (plan, country, currency, locale, expected) => {
    expect(formatMoney(priceFor(plan, country, currency), locale)).toBe(expected);
  });

  it('refuses currencies that are not offered, listing the offered ones', () => {
    const call = () => priceFor('starter', 'DE', 'SEK');
    expect(call).toThrow(CurrencyNotOfferedError);
    expect(call).toThrow(
      'priceFor: "SEK" is not offered for starter in DE; use one of USD, EUR, GBP, CHF, JPY, KRW, CNY, HKD, SGD, INR, AUD, CAD, BRL, MXN, AED, SAR, BHD.',
    );
    expect(() => priceFor('starter', 'IN', 'GBP')).toThrow(
      'priceFor: "GBP" is not offered for starter in IN; use one of USD, EUR, SGD, INR, BRL, MXN, BHD.',
    );
    try {
      call();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'CURRENCY_NOT_OFFERED',
        currency: 'SEK',
        offered: OFFERED_CURRENCIES,
      });
    }
  });

  it('refuses unknown plans, intervals and countries', () => {
    expect(() => priceFor('enterprise' as never, 'DE')).toThrow(UnknownPlanError);
    expect(() => priceFor('enterprise' as never, 'DE')).toThrow(
      'priceFor: unknown plan "enterprise"; use one of starter, pro, team.',
    );
    expect(() => priceFor({ id: 'pro', interval: 'week' as never }, 'DE')).toThrow(
      'priceFor: unknown interval "week"; use one of month, year.',
    );
    expect(() => priceFor('pro', 'Germany')).toThrow(InvalidArgumentError);
  });
});

describe('billingCurrencyFor and tiers', () => {
  it.each([
    ['DE', 'EUR'],
    ['US', 'USD'],
    ['US-CA', 'USD'],
    ['CA-BC', 'CAD'],
    ['SE', 'EUR'], // SEK not offered → home region eu-central-1
    ['TW', 'JPY'], // ap-northeast-1
    ['QA', 'BHD'], // me-south-1
    ['AR', 'USD'], // unknown country → us-east-1
    ['IN', 'INR'],
    ['ID', 'SGD'], // reduced tier, home ap-southeast-1
    ['EG', 'BHD'],
    ['TR', 'EUR'],
  ])('%s → %s', (country, currency) => {
    expect(billingCurrencyFor(country)).toBe(currency);
  });

  it('bills every listed country in a currency with a price for every plan', () => {
    for (const country of COUNTRIES) {
      const plans = plansFor(country.code);
      expect(plans).toHaveLength(PLAN_IDS.length * BILLING_INTERVALS.length);
      expect(new Set(plans.map((plan) => plan.price.currency))).toEqual(
        new Set([billingCurrencyFor(country.code)]),
      );
    }
  });

  it('prices purchasing-power tiers', () => {
    expect(priceTierFor('IN')).toBe('reduced');
    expect(priceTierFor('br')).toBe('reduced');
    expect(priceTierFor('DE')).toBe('standard');
    expect(priceTierFor('??')).toBe('standard');
    expect(Object.keys(COUNTRY_PRICE_TIERS)).toContain('BR');
    expect(offeredCurrenciesFor('IN')).toEqual(['USD', 'EUR', 'SGD', 'INR', 'BRL', 'MXN', 'BHD']);
    expect(offeredCurrenciesFor('DE')).toEqual(OFFERED_CURRENCIES);
  });

  it('lists plans starter first, monthly before yearly', () => {
    expect(plansFor('DE').map((plan) => [plan.id, plan.interval, plan.price.amount])).toEqual([
      ['starter', 'month', 999n],
      ['starter', 'year', 9900n],
      ['pro', 'month', 2900n],
      ['pro', 'year', 29000n],
      ['team', 'month', 7900n],
      ['team', 'year', 79000n],
    ]);
  });
});
