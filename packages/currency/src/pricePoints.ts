/**
 * Plans and their set price points per currency.
 *
 * Prices are SET per currency — charm prices a local buyer expects (9,99 €,
 * ¥1,500, ₹499), never converted at request time, which would make a price
 * change whenever the exchange rate does. They are exact decimal strings in
 * major units, so they mean the same thing on every engine whatever its
 * minor-unit data; `priceFor` turns them into {@link Money}.
 *
 * This is the standard tier; see `REDUCED_PRICE_POINTS` for countries priced
 * by purchasing power.
 */

/** A plan. */
export type PlanId = 'starter' | 'pro' | 'team';
/** How often a plan is billed; a year costs about ten months. */
export type BillingInterval = 'month' | 'year';

/** Every plan, cheapest first. */
export const PLAN_IDS: readonly PlanId[] = ['starter', 'pro', 'team'];
/** Every billing interval, monthly first. */
export const BILLING_INTERVALS: readonly BillingInterval[] = ['month', 'year'];

/** `[monthly, yearly]` price of each plan, as decimal strings in major units. */
export type PlanPricePoints = Readonly<Record<PlanId, readonly [month: string, year: string]>>;

/** Standard-tier price points of every offered currency, USD first. */
export const PRICE_POINTS = {
  USD: { starter: ['9.99', '99'], pro: ['29', '290'], team: ['79', '790'] },
  EUR: { starter: ['9.99', '99'], pro: ['29', '290'], team: ['79', '790'] },
  GBP: { starter: ['8.99', '89'], pro: ['25', '250'], team: ['69', '690'] },
  CHF: { starter: ['9.90', '99'], pro: ['29', '290'], team: ['79', '790'] },
  JPY: { starter: ['1500', '15000'], pro: ['4500', '45000'], team: ['12000', '120000'] },
  KRW: { starter: ['13000', '130000'], pro: ['39000', '390000'], team: ['105000', '1050000'] },
  CNY: { starter: ['68', '680'], pro: ['198', '1980'], team: ['528', '5280'] },
  HKD: { starter: ['78', '780'], pro: ['228', '2280'], team: ['618', '6180'] },
  SGD: { starter: ['13', '130'], pro: ['39', '390'], team: ['105', '1050'] },
  INR: { starter: ['499', '4990'], pro: ['1499', '14990'], team: ['3999', '39990'] },
  AUD: { starter: ['14.99', '149'], pro: ['44.99', '449'], team: ['119', '1190'] },
  CAD: { starter: ['12.99', '129'], pro: ['38.99', '389'], team: ['105', '1050'] },
  BRL: { starter: ['49.90', '499'], pro: ['149.90', '1499'], team: ['399.90', '3999'] },
  MXN: { starter: ['199', '1990'], pro: ['549', '5490'], team: ['1499', '14990'] },
  AED: { starter: ['37', '370'], pro: ['109', '1090'], team: ['289', '2890'] },
  SAR: { starter: ['38', '380'], pro: ['109', '1090'], team: ['299', '2990'] },
  BHD: { starter: ['3.900', '39'], pro: ['10.900', '109'], team: ['29.900', '299'] },
} as const satisfies Record<string, PlanPricePoints>;

/** A currency with standard-tier price points. */
export type OfferedCurrency = keyof typeof PRICE_POINTS;

/** Currencies with price points, in table order (USD first). */
export const OFFERED_CURRENCIES: readonly OfferedCurrency[] = [
  'USD',
  'EUR',
  'GBP',
  'CHF',
  'JPY',
  'KRW',
  'CNY',
  'HKD',
  'SGD',
  'INR',
  'AUD',
  'CAD',
  'BRL',
  'MXN',
  'AED',
  'SAR',
  'BHD',
];

/** Whether `code` has standard-tier price points. */
export function isOfferedCurrency(code: string): code is OfferedCurrency {
  return Object.hasOwn(PRICE_POINTS, code);
}
