import { money } from '@globalkit/currency';
import type { Money } from '@globalkit/currency';

import type { PricingResponse } from './apiGuards';

export type BillingInterval = 'month' | 'year';
export const PLAN_IDS = ['starter', 'pro', 'team'] as const;
export type KnownPlanId = (typeof PLAN_IDS)[number];

export interface PlanOffer {
  readonly id: KnownPlanId;
  readonly interval: BillingInterval;
  readonly price: Money;
}

export const isKnownPlan = (id: string): id is KnownPlanId => (PLAN_IDS as readonly string[]).includes(id);

/**
 * The plans of one billing interval as Money, in the API's order. Plans the
 * app has no name for are left out; an amount or currency that `money()`
 * refuses makes the whole answer malformed (`null`) — never a wrong price.
 */
export function plansFor(response: PricingResponse, interval: BillingInterval): readonly PlanOffer[] | null {
  const offers: PlanOffer[] = [];
  for (const plan of response.plans) {
    if (plan.interval !== interval || !isKnownPlan(plan.id)) continue;
    try {
      offers.push({ id: plan.id, interval, price: money(BigInt(plan.amount), plan.currency) });
    } catch {
      return null;
    }
  }
  return offers;
}

const TAX_KINDS = ['vat', 'gst', 'consumption', 'sales'] as const;
export type TaxKind = (typeof TAX_KINDS)[number];

/** How to word the tax next to a price, from the API's rule. */
export type TaxNote =
  | { readonly type: 'included'; readonly kind: TaxKind; readonly rate: number | null }
  | { readonly type: 'excluded'; readonly kind: TaxKind }
  | { readonly type: 'atCheckout' };

/**
 * Inclusive prices name the tax (with its rate when known); net prices say
 * "plus VAT" when the rate is fixed, or "plus tax" when it depends on the
 * buyer's address (US, CA, BR: `taxRate` 0).
 */
export function taxNoteFor(response: Pick<PricingResponse, 'taxInclusive' | 'taxRate' | 'taxKind'>): TaxNote {
  const kind = (TAX_KINDS as readonly string[]).includes(response.taxKind ?? '')
    ? (response.taxKind as TaxKind)
    : undefined;
  if (response.taxInclusive) {
    return { type: 'included', kind: kind ?? 'vat', rate: response.taxRate > 0 ? response.taxRate : null };
  }
  return kind && response.taxRate > 0 ? { type: 'excluded', kind } : { type: 'atCheckout' };
}
