import type { RegionId } from './regions';

/**
 * What each region is home to, as space-separated codes: every country
 * globalkit routes, plus the subdivisions homed away from their country's
 * region. A string per region instead of objects keeps the routing data a
 * few hundred bytes; it is parsed on first lookup.
 *
 * Europe is split by latency: the Atlantic side (IE, GB, FR, Benelux,
 * Iberia, Iceland) goes to Dublin, the rest to Frankfurt. GB (UK GDPR) and
 * CH (FADP) both recognise the EU as adequate, so they sit in the enforced
 * EU zone. TR (KVKK restricts transfers abroad) and ZA (POPIA accepts
 * adequate jurisdictions) are homed in the EU for latency and the strictest
 * reasonable residency. The Gulf, Levant and Egypt go to Bahrain. The
 * Pacific and Mountain US census divisions, and western Canada, are closer
 * to Oregon than to Virginia.
 */
const HOMES: Readonly<Record<RegionId, string>> = {
  'us-east-1': 'US CA MX BR',
  'us-west-2':
    'US-AK US-AZ US-CA US-CO US-HI US-ID US-MT US-NM US-NV US-OR US-UT US-WA US-WY CA-BC CA-AB CA-YT',
  'eu-west-1': 'BE FR IE LU NL PT ES IS GB ZA',
  'eu-central-1': 'AT BG HR CY CZ DK EE FI DE GR HU IT LV LT MT PL RO SK SI SE LI NO CH TR',
  'ap-southeast-1': 'HK SG MY ID TH VN PH IN AU NZ',
  'ap-northeast-1': 'JP KR CN TW',
  'me-south-1': 'AE SA QA KW BH OM IL EG',
};

let homes: ReadonlyMap<string, RegionId> | undefined;

/**
 * Home region by upper-case country (`"DE"`) or subdivision (`"US-CA"`)
 * code. A country's key is present exactly when it is in `COUNTRIES`.
 *
 * @internal
 */
export function homeRegions(): ReadonlyMap<string, RegionId> {
  homes ??= new Map(
    Object.entries(HOMES).flatMap(([region, codes]) =>
      codes.split(' ').map((code) => [code, region as RegionId] as const),
    ),
  );
  return homes;
}
