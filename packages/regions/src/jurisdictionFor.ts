import { describeInput } from './describeInput';
import { getRegion } from './getRegion';
import { homeRegions } from './homeRegions';
import { PRIMARY_REGION } from './regions';
import type { RegionId } from './regions';
import type { ResidencyZoneId } from './residencyZones';

/**
 * Where a user is, for routing, residency, tax and privacy purposes.
 * `subdivision` is present only when one was given.
 */
export interface Jurisdiction {
  /** ISO 3166-1 alpha-2 code, upper case, e.g. `"US"`. */
  readonly country: string;
  /** Full ISO 3166-2 code, upper case, e.g. `"US-CA"`. */
  readonly subdivision?: string;
  /** Region that stores this user's data and serves them first. */
  readonly homeRegion: RegionId;
  /** Zone of `homeRegion`; the router keeps requests in it when it is enforced. */
  readonly residencyZone: ResidencyZoneId;
  /**
   * `true` when the country is in `COUNTRIES`; `false` when the documented
   * default was used. A listed country with an unlisted subdivision is
   * still `known` (the subdivision is kept, the country's home is used).
   */
  readonly known: boolean;
}

/**
 * Home region of a well-formed country code that `COUNTRIES` does not list:
 * the primary region, whose zone (`us`) is not enforced, so such users can
 * still fail over.
 */
export const DEFAULT_HOME_REGION: RegionId = PRIMARY_REGION;

// ISO 3166-2 subdivision suffixes are one to three letters or digits.
const CODE = /^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,3}))?$/;
// Longer than any valid code plus generous padding: reject before regex work.
const MAX_INPUT_LENGTH = 64;

/**
 * Resolves a country or subdivision code to a {@link Jurisdiction}.
 *
 * Accepts ISO 3166-1 alpha-2 (`"DE"`) or ISO 3166-2 (`"US-CA"`), in any
 * case, with surrounding whitespace ignored — the shapes geo headers such
 * as CloudFront-Viewer-Country and `?country=` query parameters carry.
 *
 * - A listed subdivision uses its own home (`US-CA` → `us-west-2`).
 * - An unlisted subdivision of a listed country uses the country's home.
 * - A well-formed but unlisted country (`"AR"`, `"ZZ"`) gets
 *   {@link DEFAULT_HOME_REGION} (`us-east-1`, zone `us`) and
 *   `known: false`, so a new market still works, just not optimally.
 *
 * @throws RangeError when `code` is not a string of one of those two forms
 *   (`"DEU"`, `"US_CA"`, `""`, `42`); the message quotes the input.
 */
export function jurisdictionFor(code: string): Jurisdiction {
  const trimmed = typeof code === 'string' && code.length <= MAX_INPUT_LENGTH ? code.trim() : '';
  const match = CODE.exec(trimmed);
  const countryPart = match?.[1];
  if (!match || countryPart === undefined) {
    throw new RangeError(
      `jurisdictionFor: code must be an ISO 3166-1 alpha-2 code like "DE" or an ISO 3166-2 code like "US-CA", got ${describeInput(code)}.`,
    );
  }
  const country = countryPart.toUpperCase();
  const subdivision = match[2] === undefined ? undefined : `${country}-${match[2].toUpperCase()}`;
  const homes = homeRegions();
  const homeRegion =
    (subdivision === undefined ? undefined : homes.get(subdivision)) ??
    homes.get(country) ??
    DEFAULT_HOME_REGION;
  const resolved = {
    homeRegion,
    // Derived from the home so the two can never disagree.
    residencyZone: getRegion(homeRegion).residencyZone,
    known: homes.has(country),
  };
  return subdivision === undefined ? { country, ...resolved } : { country, subdivision, ...resolved };
}
