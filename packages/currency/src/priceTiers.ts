import type { OfferedCurrency, PlanPricePoints } from './pricePoints';

/** How a country is priced: `standard`, or `reduced` where purchasing power is lower. */
export type PriceTier = 'standard' | 'reduced';

/**
 * Countries priced in the reduced tier, by purchasing power (World Bank
 * PPP conversion factor well below the market exchange rate). Every other
 * country is `standard`.
 */
export const COUNTRY_PRICE_TIERS: Readonly<Record<string, PriceTier>> = {
  IN: 'reduced',
  BR: 'reduced',
  MX: 'reduced',
  ID: 'reduced',
  PH: 'reduced',
  VN: 'reduced',
  TH: 'reduced',
  EG: 'reduced',
  TR: 'reduced',
  ZA: 'reduced',
};

/**
 * Reduced-tier price points, again set (not converted) per currency: the
 * currencies reduced-tier countries are billed in (their own where offered,
 * else their home region's default: SGD, BHD, EUR) plus USD. India's INR
 * points are already set for India alone, so they are not repeated here.
 */
export const REDUCED_PRICE_POINTS: Readonly<Partial<Record<OfferedCurrency, PlanPricePoints>>> = {
  USD: { starter: ['4.99', '49'], pro: ['14', '140'], team: ['39', '390'] },
  EUR: { starter: ['4.99', '49'], pro: ['14', '140'], team: ['39', '390'] },
  SGD: { starter: ['6.90', '69'], pro: ['19', '190'], team: ['52', '520'] },
  BHD: { starter: ['1.900', '19'], pro: ['5.300', '53'], team: ['14.900', '149'] },
  BRL: { starter: ['24.90', '249'], pro: ['74.90', '749'], team: ['199.90', '1999'] },
  MXN: { starter: ['99', '990'], pro: ['279', '2790'], team: ['749', '7490'] },
};

/** The tier of `country` (ISO 3166-1 alpha-2 or 3166-2, any case); unknown input is `standard`. */
export function priceTierFor(country: string): PriceTier {
  const code = typeof country === 'string' ? (country.trim().toUpperCase().split('-')[0] ?? '') : '';
  return Object.hasOwn(COUNTRY_PRICE_TIERS, code) ? (COUNTRY_PRICE_TIERS[code] ?? 'standard') : 'standard';
}
