import { DEFAULT_MAX_RATE_AGE_MS } from '@globalkit/currency';

import type { ExchangeRatesResponse } from './apiGuards';

const DAY_MS = 86_400_000;

/** Currencies the rates can convert between: the base and every quoted one, sorted. */
export function convertibleCurrencies(rates: ExchangeRatesResponse): readonly string[] {
  return [...new Set([rates.base, ...Object.keys(rates.rates)])].sort();
}

/** A sensible comparison currency: USD, or EUR for prices already in USD. */
export function defaultComparisonCurrency(billing: string): string {
  return billing === 'USD' ? 'EUR' : 'USD';
}

/** Whether `asOf` is older than the currency package's staleness bound. */
export function ratesAreStale(asOf: string, now: number = Date.now()): boolean {
  const time = Date.parse(asOf.length === 10 ? `${asOf}T00:00:00Z` : asOf);
  return Number.isNaN(time) || now - time > DEFAULT_MAX_RATE_AGE_MS;
}

/** The staleness bound in whole days, for the warning text. */
export const STALE_AFTER_DAYS = Math.round(DEFAULT_MAX_RATE_AGE_MS / DAY_MS);
