/**
 * Plans and set price points per currency.
 *
 * TEMPORARY HOME: this table (with `taxTable.ts` and `paymentMethods.ts`)
 * moves to `@globalkit/currency` (`priceFor`, `currencyForCountry`,
 * `paymentMethodsFor`) once that package exists; the API will then import it
 * instead of owning it. Until then it is the single copy.
 *
 * Prices are SET per currency (charm prices a local buyer expects, 9,99 €
 * not 9,61 €), never converted at request time: conversion would make the
 * price change whenever the exchange rate does. Amounts are integers in the
 * currency's minor unit (ISO 4217 exponent: JPY and KRW have none, BHD has
 * three), serialised as strings so no client parses them into a float.
 */

export type PlanId = 'starter' | 'pro' | 'team';
export type BillingInterval = 'month' | 'year';

export const PLAN_IDS: readonly PlanId[] = ['starter', 'pro', 'team'];
export const BILLING_INTERVALS: readonly BillingInterval[] = ['month', 'year'];

interface CurrencyPrices {
  /** ISO 4217 minor-unit exponent. */
  readonly minorDigits: 0 | 2 | 3;
  /** `[monthly, yearly]` minor units per plan; a year costs about ten months. */
  readonly plans: Readonly<Record<PlanId, readonly [month: number, year: number]>>;
}

// prettier-ignore -- a grid reads better than one entry per line
export const PRICE_POINTS = {
  USD: { minorDigits: 2, plans: { starter: [999, 9900], pro: [2900, 29000], team: [7900, 79000] } },
  EUR: { minorDigits: 2, plans: { starter: [999, 9900], pro: [2900, 29000], team: [7900, 79000] } },
  GBP: { minorDigits: 2, plans: { starter: [899, 8900], pro: [2500, 25000], team: [6900, 69000] } },
  CHF: { minorDigits: 2, plans: { starter: [990, 9900], pro: [2900, 29000], team: [7900, 79000] } },
  JPY: { minorDigits: 0, plans: { starter: [1500, 15000], pro: [4500, 45000], team: [12000, 120000] } },
  KRW: { minorDigits: 0, plans: { starter: [13000, 130000], pro: [39000, 390000], team: [105000, 1050000] } },
  CNY: { minorDigits: 2, plans: { starter: [6800, 68000], pro: [19800, 198000], team: [52800, 528000] } },
  HKD: { minorDigits: 2, plans: { starter: [7800, 78000], pro: [22800, 228000], team: [61800, 618000] } },
  SGD: { minorDigits: 2, plans: { starter: [1300, 13000], pro: [3900, 39000], team: [10500, 105000] } },
  INR: {
    minorDigits: 2,
    plans: { starter: [49900, 499000], pro: [149900, 1499000], team: [399900, 3999000] },
  },
  AUD: { minorDigits: 2, plans: { starter: [1499, 14900], pro: [4499, 44900], team: [11900, 119000] } },
  CAD: { minorDigits: 2, plans: { starter: [1299, 12900], pro: [3899, 38900], team: [10500, 105000] } },
  BRL: { minorDigits: 2, plans: { starter: [4990, 49900], pro: [14990, 149900], team: [39990, 399900] } },
  MXN: { minorDigits: 2, plans: { starter: [19900, 199000], pro: [54900, 549000], team: [149900, 1499000] } },
  AED: { minorDigits: 2, plans: { starter: [3700, 37000], pro: [10900, 109000], team: [28900, 289000] } },
  SAR: { minorDigits: 2, plans: { starter: [3800, 38000], pro: [10900, 109000], team: [29900, 299000] } },
  BHD: { minorDigits: 3, plans: { starter: [3900, 39000], pro: [10900, 109000], team: [29900, 299000] } },
} as const satisfies Record<string, CurrencyPrices>;

export type OfferedCurrency = keyof typeof PRICE_POINTS;

/** Currencies with price points, in table order (USD first). */
export const OFFERED_CURRENCIES = Object.keys(PRICE_POINTS) as readonly OfferedCurrency[];

export function isOfferedCurrency(code: string): code is OfferedCurrency {
  return Object.hasOwn(PRICE_POINTS, code);
}

/**
 * The legal tender of every country in the regions catalog. A country whose
 * currency has no price points is billed in its home region's
 * `defaultCurrency` (see `currencyForCountry` in pricing.ts), and USD after
 * that. Bulgaria uses the euro since 1 January 2026.
 */
// prettier-ignore -- a grid reads better than one entry per line
export const COUNTRY_CURRENCIES: Readonly<Record<string, string>> = {
  AT: 'EUR',
  BE: 'EUR',
  BG: 'EUR',
  HR: 'EUR',
  CY: 'EUR',
  CZ: 'CZK',
  DK: 'DKK',
  EE: 'EUR',
  FI: 'EUR',
  FR: 'EUR',
  DE: 'EUR',
  GR: 'EUR',
  HU: 'HUF',
  IE: 'EUR',
  IT: 'EUR',
  LV: 'EUR',
  LT: 'EUR',
  LU: 'EUR',
  MT: 'EUR',
  NL: 'EUR',
  PL: 'PLN',
  PT: 'EUR',
  RO: 'RON',
  SK: 'EUR',
  SI: 'EUR',
  ES: 'EUR',
  SE: 'SEK',
  IS: 'ISK',
  LI: 'CHF',
  NO: 'NOK',
  GB: 'GBP',
  CH: 'CHF',
  TR: 'TRY',
  ZA: 'ZAR',
  US: 'USD',
  CA: 'CAD',
  MX: 'MXN',
  BR: 'BRL',
  JP: 'JPY',
  KR: 'KRW',
  CN: 'CNY',
  TW: 'TWD',
  HK: 'HKD',
  SG: 'SGD',
  MY: 'MYR',
  ID: 'IDR',
  TH: 'THB',
  VN: 'VND',
  PH: 'PHP',
  IN: 'INR',
  AU: 'AUD',
  NZ: 'NZD',
  AE: 'AED',
  SA: 'SAR',
  QA: 'QAR',
  KW: 'KWD',
  BH: 'BHD',
  OM: 'OMR',
  IL: 'ILS',
  EG: 'EGP',
};

export interface PlanPrice {
  readonly id: PlanId;
  readonly interval: BillingInterval;
  /** Integer minor units as a decimal string, e.g. `"999"` for 9.99. */
  readonly amount: string;
  readonly currency: OfferedCurrency;
}

/** Every plan × interval in `currency`, starter first, monthly before yearly. */
export function plansIn(currency: OfferedCurrency): PlanPrice[] {
  const table: CurrencyPrices = PRICE_POINTS[currency];
  return PLAN_IDS.flatMap((id) =>
    BILLING_INTERVALS.map((interval, index) => ({
      id,
      interval,
      amount: String(table.plans[id][index === 0 ? 0 : 1]),
      currency,
    })),
  );
}

/** ISO 4217 exponent of an offered currency. */
export function minorDigitsOf(currency: OfferedCurrency): number {
  return PRICE_POINTS[currency].minorDigits;
}
