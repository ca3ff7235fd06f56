import { type Jurisdiction, jurisdictionFor } from '@globalkit/regions';
import type { Context } from 'hono';

import { ApiError } from './errors';

/** Where the caller's jurisdiction came from. */
export type JurisdictionSource = 'query' | 'header' | 'default';

/** Used when neither `?country=` nor a CloudFront header says anything. */
export const DEFAULT_COUNTRY = 'US';

/**
 * The caller's jurisdiction: `?country=DE` / `?country=US-CA` first (an
 * explicit choice, used by the demo to simulate a visitor), then the
 * `CloudFront-Viewer-Country` header (+ `CloudFront-Viewer-Country-Region`,
 * which carries only the subdivision suffix, e.g. `CA`), then
 * {@link DEFAULT_COUNTRY}. An empty value counts as absent.
 *
 * @throws {ApiError} 400 naming the offending parameter or header.
 */
export function callerJurisdiction(c: Context): { jurisdiction: Jurisdiction; source: JurisdictionSource } {
  const query = c.req.query('country')?.trim();
  if (query) return { jurisdiction: parseCode(query, 'query parameter "country"'), source: 'query' };

  const country = c.req.header('cloudfront-viewer-country')?.trim();
  if (country) {
    const region = c.req.header('cloudfront-viewer-country-region')?.trim();
    // Tolerate proxies that forward the full ISO 3166-2 code ("US-CA").
    const suffix = region?.toUpperCase().startsWith(`${country.toUpperCase()}-`)
      ? region.slice(country.length + 1)
      : region;
    const code = suffix ? `${country}-${suffix}` : country;
    return { jurisdiction: parseCode(code, 'header "CloudFront-Viewer-Country"'), source: 'header' };
  }
  return { jurisdiction: jurisdictionFor(DEFAULT_COUNTRY), source: 'default' };
}

/**
 * `jurisdictionFor`, with its RangeError turned into a 400 that names
 * where the bad value came from.
 */
export function parseCode(code: string, where: string): Jurisdiction {
  try {
    return jurisdictionFor(code);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new ApiError(
        400,
        `Invalid ${where}: expected an ISO 3166-1 code like "DE" or ISO 3166-2 like "US-CA"`,
        {
          details: error.message,
        },
      );
    }
    throw error;
  }
}

/** The stored/returned form of a jurisdiction: `"US-CA"` or `"DE"`. */
export function jurisdictionCode(jurisdiction: Pick<Jurisdiction, 'country' | 'subdivision'>): string {
  return jurisdiction.subdivision ?? jurisdiction.country;
}

/**
 * Validates the `jurisdiction` field of a request body; failures look like
 * the zod issues of the same 400 so clients handle one shape.
 */
export function bodyJurisdiction(code: string): Jurisdiction {
  try {
    return jurisdictionFor(code);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new ApiError(400, 'Invalid request body', {
        details: [
          {
            path: 'jurisdiction',
            message: 'Expected an ISO 3166-1 code like "DE" or ISO 3166-2 like "US-CA"',
            code: 'invalid_jurisdiction',
          },
        ],
      });
    }
    throw error;
  }
}
