import { isEuropeanEconomicArea, jurisdictionFor } from '@globalkit/regions';
import type { Jurisdiction } from '@globalkit/regions';

import type { ConsentCategory, SeparatePurpose } from './types';

/** The privacy framework that decides how consent is asked. */
export type PrivacyFramework =
  'GDPR' | 'UK_GDPR' | 'REV_FADP' | 'CPRA' | 'US_STATE' | 'PDPA' | 'PIPL' | 'LGPD' | 'NOTICE_ONLY';

/**
 * `opt-in`: nothing optional runs before consent. `opt-out`: optional
 * categories run until the user (or GPC) opts out. `notice`: the user is
 * informed and may still refuse.
 */
export type ConsentModel = 'opt-in' | 'opt-out' | 'notice';

/** How long the business has to answer a privacy request. */
export interface RequestDeadline {
  readonly value: number;
  readonly unit: 'days' | 'working-days' | 'months';
}

/** Everything the widgets and the store need to know about a jurisdiction. */
export interface ConsentPolicy {
  readonly framework: PrivacyFramework;
  /** Jurisdiction code the policy was resolved for (`"DE"`, `"US-CA"`). */
  readonly jurisdiction: string;
  readonly model: ConsentModel;
  /** Categories shown to the user; `necessary` is always first and always on. */
  readonly categories: readonly ConsentCategory[];
  /** A Global Privacy Control signal must be treated as an opt-out of sale/sharing. */
  readonly honourGpc: boolean;
  /** A "Do Not Sell or Share My Personal Information" link is required. */
  readonly doNotSellLink: boolean;
  /** Days a decision is kept before asking again. */
  readonly lifetimeDays: number;
  /** Deadline for access / erasure / portability requests. */
  readonly requestDeadline: RequestDeadline;
  /** Purposes needing separate consent (never granted by "Accept all"). */
  readonly separatePurposes: readonly SeparatePurpose[];
  /** Policy revision; a change asks every user again. */
  readonly revision: string;
}

/** Bump when any policy text or rule changes: stored decisions for older revisions are re-asked. */
export const POLICY_REVISION = '2026-11';

const CATEGORIES: readonly ConsentCategory[] = ['necessary', 'functional', 'analytics', 'marketing'];

/**
 * US states with an opt-out privacy law (besides California), mapped to
 * whether the law requires honouring a universal opt-out signal such as GPC.
 * CO (CPA, from 2024-07), CT, MT, TX, NH, NE (2025-01), NJ, MN (2025-07),
 * MD (2025-10), OR, DE (2026-01) require it; VA, UT, IA, TN, IN, KY, RI do not.
 */
export const US_OPT_OUT_STATES: Readonly<Record<string, boolean>> = Object.fromEntries([
  ...'CO CT MT TX NH NE NJ MN MD OR DE'.split(' ').map((s) => [`US-${s}`, true]),
  ...'VA UT IA TN IN KY RI'.split(' ').map((s) => [`US-${s}`, false]),
]);

type Rule = Omit<ConsentPolicy, 'jurisdiction' | 'categories' | 'revision'>;

/** One row of the policy table (README "Policies" explains each value). */
function rule(
  framework: PrivacyFramework,
  model: ConsentModel,
  lifetimeDays: number,
  deadline: number,
  unit: RequestDeadline['unit'] = 'days',
  honourGpc = false,
): Rule {
  const us = framework === 'CPRA' || framework === 'US_STATE';
  return {
    framework,
    model,
    honourGpc,
    doNotSellLink: us,
    lifetimeDays,
    requestDeadline: { value: deadline, unit },
    separatePurposes:
      framework === 'PIPL' ? ['sensitiveData', 'thirdPartySharing', 'crossBorderTransfer'] : [],
  };
}

// 182 days ≈ the six months CNIL recommends before asking again in the EU;
// 365 days matches CPRA §7026(k) (wait 12 months before re-asking after an opt-out).
function ruleFor(j: Jurisdiction): Rule {
  const { country, subdivision } = j;
  // GDPR / UK GDPR Art. 12(3): one month, extendable by two.
  if (country === 'GB') return rule('UK_GDPR', 'opt-in', 182, 1, 'months');
  // revFADP does not itself demand opt-in for cookies; we ask first anyway because
  // the platform processes health data (sensitive under Art. 5(c)) — see README.
  if (country === 'CH') return rule('REV_FADP', 'opt-in', 182, 30);
  if (isEuropeanEconomicArea(country)) return rule('GDPR', 'opt-in', 182, 1, 'months');
  // PDP Regulations 2021 reg. 5: 30 days.
  if (country === 'SG') return rule('PDPA', 'opt-in', 365, 30);
  // PIPL Art. 50 says "timely"; 15 working days comes from GB/T 35273-2020 §8.7.
  if (country === 'CN') return rule('PIPL', 'opt-in', 365, 15, 'working-days');
  // LGPD Art. 19(II): 15 days.
  if (country === 'BR') return rule('LGPD', 'opt-in', 365, 15);
  // Cal. Civ. Code §1798.130(a)(2): 45 days; GPC is mandatory under CCPA Regs §7025.
  if (subdivision === 'US-CA') return rule('CPRA', 'opt-out', 365, 45, 'days', true);
  const gpc = subdivision === undefined ? undefined : US_OPT_OUT_STATES[subdivision];
  if (gpc !== undefined) return rule('US_STATE', 'opt-out', 365, 45, 'days', gpc);
  return rule('NOTICE_ONLY', 'notice', 365, 30);
}

/**
 * The consent policy for a jurisdiction.
 *
 * @param jurisdiction - A code (`"DE"`, `"US-CA"`) or a resolved {@link Jurisdiction}.
 * @throws RangeError (from `jurisdictionFor`) when the code is not a country or subdivision code.
 */
export function policyFor(jurisdiction: string | Jurisdiction): ConsentPolicy {
  const j = typeof jurisdiction === 'string' ? jurisdictionFor(jurisdiction) : jurisdiction;
  return {
    ...ruleFor(j),
    jurisdiction: j.subdivision ?? j.country,
    categories: CATEGORIES,
    revision: POLICY_REVISION,
  };
}
