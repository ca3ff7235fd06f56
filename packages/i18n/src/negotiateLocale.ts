import { REGIONS } from '@globalkit/regions';
import type { RegionId } from '@globalkit/regions';

import { matchLocale } from './matchLocale';
import type { MatchLocaleOptions } from './matchLocale';
import { DEFAULT_LOCALE } from './supportedLocales';
import type { LoadableLocale, SupportedLocale } from './supportedLocales';

/** Options of {@link negotiateLocale}. */
export interface NegotiateLocaleOptions extends MatchLocaleOptions {
  /**
   * The serving region: when nothing requested matches, its prioritized
   * `languages` (from `@globalkit/regions`) decide before `en-US`. Unknown
   * values are ignored.
   */
  readonly region?: RegionId | undefined;
}

/** Candidates considered at most: bounds the work a hostile list can cause. */
const MAX_CANDIDATES = 32;

/**
 * Picks the locale to show from what the user asked for, best first.
 *
 * Order: the first entry of `requested` that {@link matchLocale} maps to a
 * shipped locale (callers put the explicit choice first, then the URL, then
 * browser languages) → the first language of the region's priority list →
 * `en-US`. Pseudo-locales are only returned from `requested`, and only with
 * `allowPseudoLocales`.
 *
 * @param requested - tags, best first; `null`/`undefined` (an absent cookie),
 *   non-strings and malformed tags are skipped (a non-array counts as empty). Never throws.
 */
export function negotiateLocale(
  requested: readonly (string | null | undefined)[],
  options?: NegotiateLocaleOptions & { readonly allowPseudoLocales?: false | undefined },
): SupportedLocale;
export function negotiateLocale(
  requested: readonly (string | null | undefined)[],
  options: NegotiateLocaleOptions,
): LoadableLocale;
export function negotiateLocale(
  requested: readonly (string | null | undefined)[],
  options: NegotiateLocaleOptions = {},
): LoadableLocale {
  const candidates: readonly unknown[] = Array.isArray(requested) ? requested.slice(0, MAX_CANDIDATES) : [];
  const match = firstMatch(candidates, options);
  if (match) return match;
  const region = REGIONS.find((candidate) => candidate.id === options.region);
  return region?.languages[0] ?? DEFAULT_LOCALE;
}

/** The first candidate `matchLocale` accepts (shared with `detectLocale`). */
export function firstMatch(
  candidates: readonly unknown[],
  options: MatchLocaleOptions,
): LoadableLocale | undefined {
  for (const candidate of candidates) {
    const match = matchLocale(candidate, options);
    if (match) return match;
  }
  return undefined;
}
