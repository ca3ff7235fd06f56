import { getRegion } from './getRegion';
import { homeRegions } from './homeRegions';
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

// Homed in us-east-1 like the country itself, so routing does not need
// them (the western states are in homeRegions); only this export lists them.
const US_EAST =
  'AL AR CT DC DE FL GA IA IL IN KS KY LA MA MD ME MI MN MO MS NC ND NE NH NJ NY OH OK PA RI SC SD TN TX VA VT WI WV';

let subdivisionsByCountry: Map<string, Record<string, RegionId>> | undefined;

// Grouped in one pass over homeRegions, on first use. Filtering the whole table once per country
// made building COUNTRIES, which happens on a page's first load, take ~4 ms in Node here; the
// single pass takes ~0.4 ms.
function subdivisionHomes(country: string): Record<string, RegionId> {
  if (!subdivisionsByCountry) {
    subdivisionsByCountry = new Map();
    for (const [code, region] of homeRegions()) {
      // "US-CA": an ISO 3166-2 subdivision of the country before the hyphen.
      if (code[2] !== '-') continue;
      const owner = code.slice(0, 2);
      const group = subdivisionsByCountry.get(owner) ?? {};
      group[code] = region;
      subdivisionsByCountry.set(owner, group);
    }
  }
  return { ...subdivisionsByCountry.get(country) };
}

/** The 50 US states and DC as ISO 3166-2 codes (`"US-CA"`), each with its home region. */
export const US_SUBDIVISIONS: Readonly<Record<string, RegionId>> = /* @__PURE__ */ usSubdivisions();

function usSubdivisions(): Record<string, RegionId> {
  return {
    ...subdivisionHomes('US'),
    ...Object.fromEntries(US_EAST.split(' ').map((state) => [`US-${state}`, 'us-east-1' as const])),
  };
}

// "Code name" pairs in catalog order; names only matter to COUNTRIES, so
// routing never loads them. Home regions come from homeRegions.
const EEA_NAMES =
  'AT Austria|BE Belgium|BG Bulgaria|HR Croatia|CY Cyprus|CZ Czechia|DK Denmark|EE Estonia|FI Finland|' +
  'FR France|DE Germany|GR Greece|HU Hungary|IE Ireland|IT Italy|LV Latvia|LT Lithuania|LU Luxembourg|' +
  'MT Malta|NL Netherlands|PL Poland|PT Portugal|RO Romania|SK Slovakia|SI Slovenia|ES Spain|SE Sweden|' +
  'IS Iceland|LI Liechtenstein|NO Norway';
const OTHER_NAMES =
  'GB United Kingdom|CH Switzerland|TR Türkiye|ZA South Africa|' +
  'US United States|CA Canada|MX Mexico|BR Brazil|' +
  'JP Japan|KR South Korea|CN China|TW Taiwan|HK Hong Kong|SG Singapore|MY Malaysia|ID Indonesia|' +
  'TH Thailand|VN Vietnam|PH Philippines|IN India|AU Australia|NZ New Zealand|' +
  'AE United Arab Emirates|SA Saudi Arabia|QA Qatar|KW Kuwait|BH Bahrain|OM Oman|IL Israel|EG Egypt';

function countries(names: string, eea: boolean): Country[] {
  return names.split('|').map((pair) => {
    const code = pair.slice(0, 2);
    const homeRegion = homeRegions().get(code);
    // A data slip in the two tables must fail loudly, not home a country in the US.
    if (homeRegion === undefined) throw new Error(`COUNTRIES: ${code} is missing from homeRegions`);
    const entry = {
      code,
      name: pair.slice(3),
      homeRegion,
      residencyZone: getRegion(homeRegion).residencyZone,
      eea,
    };
    const subdivisions = code === 'US' ? US_SUBDIVISIONS : subdivisionHomes(code);
    return Object.keys(subdivisions).length > 0 ? { ...entry, subdivisionHomes: subdivisions } : entry;
  });
}

/**
 * Every country with an explicit home region (the first 30 are the EEA).
 * Anything else resolves to the default (`us-east-1`, zone `us`,
 * `known: false`) in `jurisdictionFor`. See homeRegions for why each
 * country is homed where it is.
 */
export const COUNTRIES: readonly Country[] = /* @__PURE__ */ allCountries();

function allCountries(): Country[] {
  return [...countries(EEA_NAMES, true), ...countries(OTHER_NAMES, false)];
}
