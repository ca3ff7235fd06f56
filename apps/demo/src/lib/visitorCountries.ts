import { getCountry } from '@globalkit/regions';

/**
 * Countries offered by "Simulate visitor from…": one or more per region and
 * privacy regime (GDPR, UK GDPR, CPRA, US state law, PDPA, PIPL, LGPD,
 * notice-only), all from the regions catalog.
 */
export const VISITOR_COUNTRIES = [
  'DE',
  'FR',
  'ES',
  'IT',
  'GB',
  'CH',
  'US',
  'US-CA',
  'US-NY',
  'CA',
  'BR',
  'MX',
  'JP',
  'KR',
  'CN',
  'SG',
  'IN',
  'AU',
  'AE',
  'SA',
  'IL',
] as const;

/**
 * The options for `current`: the list above, plus `current` itself when a
 * link simulated another (well-formed) country, so the control never lies.
 */
export function visitorOptions(current: string): readonly string[] {
  const list: readonly string[] = VISITOR_COUNTRIES;
  return list.includes(current) ? list : [current, ...list];
}

/** A localized label: "Germany", or "United States (US-CA)" for a subdivision. */
export function visitorLabel(
  code: string,
  names: Intl.DisplayNames,
  subdivision: (country: string, code: string) => string,
): string {
  const country = code.slice(0, 2);
  const name = names.of(country) ?? getCountry(country)?.name ?? country;
  return code.length > 2 ? subdivision(name, code) : name;
}
