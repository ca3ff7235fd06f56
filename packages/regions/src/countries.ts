import { getRegion } from './getRegion';
import type { RegionId } from './regions';
import type { ResidencyZoneId } from './residencyZones';

/** A country globalkit knows how to route, with where its users' data lives. */
export interface Country {
  /** ISO 3166-1 alpha-2 code, upper case. */
  readonly code: string;
  /** English short name (UIs should use `Intl.DisplayNames` by `code`). */
  readonly name: string;
  readonly homeRegion: RegionId;
  /** Always the zone of `homeRegion`, so a home region is never outside the user's zone. */
  readonly residencyZone: ResidencyZoneId;
  /** Member of the European Economic Area (EU 27 + Iceland, Liechtenstein, Norway). */
  readonly eea: boolean;
  /**
   * Subdivisions (full ISO 3166-2 codes such as `"US-CA"`) homed somewhere
   * other than the country default. Always a region of the same zone.
   */
  readonly subdivisionHomes?: Readonly<Record<string, RegionId>>;
}

// Pacific and Mountain census divisions: Oregon is closer than Virginia.
const US_WEST = ['AK', 'AZ', 'CA', 'CO', 'HI', 'ID', 'MT', 'NM', 'NV', 'OR', 'UT', 'WA', 'WY'];
const US_EAST = [
  'AL',
  'AR',
  'CT',
  'DC',
  'DE',
  'FL',
  'GA',
  'IA',
  'IL',
  'IN',
  'KS',
  'KY',
  'LA',
  'MA',
  'MD',
  'ME',
  'MI',
  'MN',
  'MO',
  'MS',
  'NC',
  'ND',
  'NE',
  'NH',
  'NJ',
  'NY',
  'OH',
  'OK',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'VA',
  'VT',
  'WI',
  'WV',
];

/** The 50 US states and DC as ISO 3166-2 codes (`"US-CA"`), each with its home region. */
export const US_SUBDIVISIONS: Readonly<Record<string, RegionId>> = {
  ...Object.fromEntries(US_WEST.map((state) => [`US-${state}`, 'us-west-2' as const])),
  ...Object.fromEntries(US_EAST.map((state) => [`US-${state}`, 'us-east-1' as const])),
};

function country(
  code: string,
  name: string,
  homeRegion: RegionId,
  extra: { eea?: boolean; subdivisionHomes?: Readonly<Record<string, RegionId>> } = {},
): Country {
  const entry = {
    code,
    name,
    homeRegion,
    residencyZone: getRegion(homeRegion).residencyZone,
    eea: extra.eea ?? false,
  };
  return extra.subdivisionHomes ? { ...entry, subdivisionHomes: extra.subdivisionHomes } : entry;
}

const EEA = { eea: true };

/**
 * Every country with an explicit home region. Anything else resolves to
 * the default (`us-east-1`, zone `us`, `known: false`) in `jurisdictionFor`.
 *
 * Europe is split by latency: the Atlantic side (IE, GB, FR, Benelux,
 * Iberia, Iceland) goes to Dublin, the rest to Frankfurt. GB (UK GDPR) and
 * CH (FADP) both recognise the EU as adequate, so they sit in the enforced
 * EU zone. TR (KVKK restricts transfers abroad) and ZA (POPIA accepts
 * adequate jurisdictions) are homed in the EU for latency and the strictest
 * reasonable residency. The Gulf, Levant and Egypt go to Bahrain.
 */
export const COUNTRIES: readonly Country[] = [
  // European Union
  country('AT', 'Austria', 'eu-central-1', EEA),
  country('BE', 'Belgium', 'eu-west-1', EEA),
  country('BG', 'Bulgaria', 'eu-central-1', EEA),
  country('HR', 'Croatia', 'eu-central-1', EEA),
  country('CY', 'Cyprus', 'eu-central-1', EEA),
  country('CZ', 'Czechia', 'eu-central-1', EEA),
  country('DK', 'Denmark', 'eu-central-1', EEA),
  country('EE', 'Estonia', 'eu-central-1', EEA),
  country('FI', 'Finland', 'eu-central-1', EEA),
  country('FR', 'France', 'eu-west-1', EEA),
  country('DE', 'Germany', 'eu-central-1', EEA),
  country('GR', 'Greece', 'eu-central-1', EEA),
  country('HU', 'Hungary', 'eu-central-1', EEA),
  country('IE', 'Ireland', 'eu-west-1', EEA),
  country('IT', 'Italy', 'eu-central-1', EEA),
  country('LV', 'Latvia', 'eu-central-1', EEA),
  country('LT', 'Lithuania', 'eu-central-1', EEA),
  country('LU', 'Luxembourg', 'eu-west-1', EEA),
  country('MT', 'Malta', 'eu-central-1', EEA),
  country('NL', 'Netherlands', 'eu-west-1', EEA),
  country('PL', 'Poland', 'eu-central-1', EEA),
  country('PT', 'Portugal', 'eu-west-1', EEA),
  country('RO', 'Romania', 'eu-central-1', EEA),
  country('SK', 'Slovakia', 'eu-central-1', EEA),
  country('SI', 'Slovenia', 'eu-central-1', EEA),
  country('ES', 'Spain', 'eu-west-1', EEA),
  country('SE', 'Sweden', 'eu-central-1', EEA),
  // Rest of the EEA
  country('IS', 'Iceland', 'eu-west-1', EEA),
  country('LI', 'Liechtenstein', 'eu-central-1', EEA),
  country('NO', 'Norway', 'eu-central-1', EEA),
  // Europe outside the EEA, and countries homed in the EU zone
  country('GB', 'United Kingdom', 'eu-west-1'),
  country('CH', 'Switzerland', 'eu-central-1'),
  country('TR', 'Türkiye', 'eu-central-1'),
  country('ZA', 'South Africa', 'eu-west-1'),
  // Americas
  country('US', 'United States', 'us-east-1', { subdivisionHomes: US_SUBDIVISIONS }),
  country('CA', 'Canada', 'us-east-1', {
    subdivisionHomes: { 'CA-BC': 'us-west-2', 'CA-AB': 'us-west-2', 'CA-YT': 'us-west-2' },
  }),
  country('MX', 'Mexico', 'us-east-1'),
  country('BR', 'Brazil', 'us-east-1'),
  // Asia Pacific
  country('JP', 'Japan', 'ap-northeast-1'),
  country('KR', 'South Korea', 'ap-northeast-1'),
  country('CN', 'China', 'ap-northeast-1'),
  country('TW', 'Taiwan', 'ap-northeast-1'),
  country('HK', 'Hong Kong', 'ap-southeast-1'),
  country('SG', 'Singapore', 'ap-southeast-1'),
  country('MY', 'Malaysia', 'ap-southeast-1'),
  country('ID', 'Indonesia', 'ap-southeast-1'),
  country('TH', 'Thailand', 'ap-southeast-1'),
  country('VN', 'Vietnam', 'ap-southeast-1'),
  country('PH', 'Philippines', 'ap-southeast-1'),
  country('IN', 'India', 'ap-southeast-1'),
  country('AU', 'Australia', 'ap-southeast-1'),
  country('NZ', 'New Zealand', 'ap-southeast-1'),
  // Middle East and North Africa
  country('AE', 'United Arab Emirates', 'me-south-1'),
  country('SA', 'Saudi Arabia', 'me-south-1'),
  country('QA', 'Qatar', 'me-south-1'),
  country('KW', 'Kuwait', 'me-south-1'),
  country('BH', 'Bahrain', 'me-south-1'),
  country('OM', 'Oman', 'me-south-1'),
  country('IL', 'Israel', 'me-south-1'),
  country('EG', 'Egypt', 'me-south-1'),
];
