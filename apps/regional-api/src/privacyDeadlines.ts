import { type Jurisdiction, isEuropeanEconomicArea } from '@globalkit/regions';

/**
 * How long the controller has to answer a data-subject request, per privacy
 * framework. The API stamps `dueAt` when the request arrives so the deadline
 * is fixed by the law in force for that user, not by whoever processes it.
 */
export type PrivacyFramework = 'GDPR' | 'UK GDPR' | 'FADP' | 'CPRA' | 'PDPA' | 'PIPL' | 'LGPD' | 'default';

export type Deadline =
  | { readonly unit: 'months'; readonly count: number }
  | { readonly unit: 'days'; readonly count: number }
  | { readonly unit: 'workingDays'; readonly count: number };

/**
 * - GDPR Art. 12(3) and UK GDPR: one month from receipt.
 * - Swiss FADP (Data Protection Ordinance Art. 18): 30 days.
 * - CPRA (Cal. Civ. Code §1798.130): 45 days.
 * - Singapore PDPA (PDP Regulations 2021, reg. 4): 30 days.
 * - PIPL sets no number (Art. 50: "in a timely manner"); we use the 15
 *   working days of the national standard GB/T 35273-2020 §8.7, counted
 *   Monday–Friday without a holiday calendar — an approximation, hence the
 *   "-ish" in the design brief.
 * - LGPD Art. 19 II: 15 days for the complete answer.
 * - Everything else: 30 days, a common statutory ceiling and a sane SLA.
 */
export const DEADLINES: Readonly<Record<PrivacyFramework, Deadline>> = {
  GDPR: { unit: 'months', count: 1 },
  'UK GDPR': { unit: 'months', count: 1 },
  FADP: { unit: 'days', count: 30 },
  CPRA: { unit: 'days', count: 45 },
  PDPA: { unit: 'days', count: 30 },
  PIPL: { unit: 'workingDays', count: 15 },
  LGPD: { unit: 'days', count: 15 },
  default: { unit: 'days', count: 30 },
};

/** The framework governing a data-subject request from `jurisdiction`. */
export function privacyFrameworkFor(
  jurisdiction: Pick<Jurisdiction, 'country' | 'subdivision'>,
): PrivacyFramework {
  const { country, subdivision } = jurisdiction;
  if (isEuropeanEconomicArea(country)) return 'GDPR';
  switch (country) {
    case 'GB':
      return 'UK GDPR';
    case 'CH':
      return 'FADP';
    case 'US':
      return subdivision === 'US-CA' ? 'CPRA' : 'default';
    case 'SG':
      return 'PDPA';
    case 'CN':
      return 'PIPL';
    case 'BR':
      return 'LGPD';
    default:
      return 'default';
  }
}

const DAY_MS = 86_400_000;

/**
 * `receivedAt` plus the framework's deadline, in UTC.
 *
 * A month is a calendar month, clamped to the last day when the target month
 * is shorter (31 January → 28/29 February), as the EDPB reads Art. 12(3).
 */
export function dueDateFor(framework: PrivacyFramework, receivedAt: Date): Date {
  const deadline = DEADLINES[framework];
  switch (deadline.unit) {
    case 'days':
      return new Date(receivedAt.getTime() + deadline.count * DAY_MS);
    case 'months':
      return addCalendarMonths(receivedAt, deadline.count);
    case 'workingDays':
      return addWorkingDays(receivedAt, deadline.count);
  }
}

function addCalendarMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = date.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

function addWorkingDays(date: Date, workingDays: number): Date {
  let result = date.getTime();
  let remaining = workingDays;
  while (remaining > 0) {
    result += DAY_MS;
    const weekday = new Date(result).getUTCDay();
    if (weekday !== 0 && weekday !== 6) remaining -= 1;
  }
  return new Date(result);
}
