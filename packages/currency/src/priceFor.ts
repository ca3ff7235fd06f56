import { getRegion, jurisdictionFor } from '@globalkit/regions';

import { currencyForCountry } from './currencyForCountry';
import { describeInput } from './describeInput';
import { CurrencyNotOfferedError, UnknownPlanError } from './errors';
import { jurisdictionCode } from './jurisdictionCode';
import { decimalToMinor, createMoney, type Money } from './money';
import {
  BILLING_INTERVALS,
  type BillingInterval,
  isOfferedCurrency,
  OFFERED_CURRENCIES,
  PLAN_IDS,
  type OfferedCurrency,
  type PlanId,
  type PlanPricePoints,
  PRICE_POINTS,
} from './pricePoints';
import { priceTierFor, REDUCED_PRICE_POINTS } from './priceTiers';

/** A plan and interval; a bare {@link PlanId} means monthly. */
export type PlanRef = PlanId | { readonly id: PlanId; readonly interval?: BillingInterval };

/** One plan × interval with its price. */
export interface PlanPrice {
  readonly id: PlanId;
  readonly interval: BillingInterval;
  readonly price: Money;
}

function pointsFor(country: string, currency: OfferedCurrency): PlanPricePoints | undefined {
  if (priceTierFor(country) === 'standard') return PRICE_POINTS[currency];
  // Reduced tier: its own points, or the standard points of the country's own currency (INR in India).
  return (
    REDUCED_PRICE_POINTS[currency] ??
    (currencyForCountry(country) === currency ? PRICE_POINTS[currency] : undefined)
  );
}

/**
 * Currencies a buyer in `country` can be charged in: every offered currency
 * in the standard tier; in the reduced tier, those with reduced points plus
 * the country's own offered currency.
 * @throws {InvalidArgumentError} for a malformed country code.
 */
export function offeredCurrenciesFor(country: string): OfferedCurrency[] {
  const { country: code } = jurisdictionCode(country, 'offeredCurrenciesFor');
  return OFFERED_CURRENCIES.filter((currency) => pointsFor(code, currency) !== undefined);
}

/**
 * The currency to bill `country` in (ISO 3166-1 or 3166-2 code): its own
 * when it is offered there, else its home region's `defaultCurrency` (Sweden
 * → eu-central-1 → EUR, Qatar → me-south-1 → BHD), else USD. Prices follow
 * the jurisdiction, never the serving region.
 * @throws {InvalidArgumentError} for a malformed country code.
 */
export function billingCurrencyFor(country: string): OfferedCurrency {
  const { country: code, subdivision } = jurisdictionCode(country, 'billingCurrencyFor');
  const offered = (currency: string | undefined): currency is OfferedCurrency =>
    currency !== undefined && isOfferedCurrency(currency) && pointsFor(code, currency) !== undefined;
  const local = currencyForCountry(code);
  if (offered(local)) return local;
  const regional = getRegion(jurisdictionFor(subdivision ?? code).homeRegion).defaultCurrency;
  return offered(regional) ? regional : 'USD';
}

/**
 * The set price of `plan` for a buyer in `country`, in `currency` (default
 * {@link billingCurrencyFor}), taking the country's price tier into account.
 *
 * @example priceFor('starter', 'DE') // 9.99 EUR
 * @example priceFor({ id: 'pro', interval: 'year' }, 'JP') // ¥45,000
 * @example priceFor('starter', 'IN') // ₹499
 * @throws {CurrencyNotOfferedError} listing the offered currencies.
 * @throws {UnknownPlanError} for an unknown plan or interval.
 * @throws {InvalidArgumentError} for a malformed country code.
 */
export function priceFor(plan: PlanRef, country: string, currency?: string): Money {
  const id = typeof plan === 'string' ? plan : plan?.id;
  const interval = (typeof plan === 'object' && plan?.interval) || 'month';
  if (!PLAN_IDS.includes(id)) {
    throw new UnknownPlanError(
      plan,
      PLAN_IDS,
      `priceFor: unknown plan ${describeInput(id)}; use one of ${PLAN_IDS.join(', ')}.`,
    );
  }
  if (!BILLING_INTERVALS.includes(interval)) {
    throw new UnknownPlanError(
      plan,
      BILLING_INTERVALS,
      `priceFor: unknown interval ${describeInput(interval)}; use one of ${BILLING_INTERVALS.join(', ')}.`,
    );
  }
  const { country: code } = jurisdictionCode(country, 'priceFor');
  const target = currency ?? billingCurrencyFor(code);
  const points = isOfferedCurrency(target) ? pointsFor(code, target) : undefined;
  if (!points) {
    const offered = offeredCurrenciesFor(code);
    throw new CurrencyNotOfferedError(
      target,
      offered,
      `priceFor: ${describeInput(target)} is not offered for ${id} in ${code}; use one of ${offered.join(', ')}.`,
    );
  }
  const text = points[id][interval === 'month' ? 0 : 1];
  return createMoney(decimalToMinor(text, target, 'priceFor'), target);
}

/** Every plan × interval for `country` in `currency`, starter first, monthly before yearly. */
export function plansFor(country: string, currency?: string): PlanPrice[] {
  const target = currency ?? billingCurrencyFor(country);
  return PLAN_IDS.flatMap((id) =>
    BILLING_INTERVALS.map((interval) => ({
      id,
      interval,
      price: priceFor({ id, interval }, country, target),
    })),
  );
}
