import { SUPPORTED_LOCALE_TAGS } from '@globalkit/regions';
import type { SupportedLocaleTag } from '@globalkit/regions';

/**
 * The fourteen locales globalkit ships UI strings for (BCP 47), in catalog order.
 *
 * Re-exported from `@globalkit/regions`, the leaf package that owns the list
 * (each region's language priorities are typed against it), so the two can
 * never drift apart.
 */
export const SUPPORTED_LOCALES = SUPPORTED_LOCALE_TAGS;

/** One of the fourteen {@link SUPPORTED_LOCALES}, e.g. `"en-GB"` or `"ar"`. */
export type SupportedLocale = SupportedLocaleTag;

/**
 * Pseudo-locales for layout testing: `en-XA` (accented, ~35% longer,
 * bracketed) and `ar-XB` (right-to-left). Generated from en-US by
 * `globalkit-locales pseudo`; never picked by negotiation unless pseudo-locales
 * are allowed (development) and explicitly requested.
 */
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const;

/** `"en-XA"` or `"ar-XB"`. */
export type PseudoLocale = (typeof PSEUDO_LOCALES)[number];

/** Every locale an i18n instance can be switched to: the fourteen plus the pseudo-locales. */
export type LoadableLocale = SupportedLocale | PseudoLocale;

/** The reference locale: the source strings, the final negotiation fallback and the production fallback for missing keys. */
export const DEFAULT_LOCALE = 'en-US' satisfies SupportedLocale;

/** Whether `value` is exactly one of {@link SUPPORTED_LOCALES} (no negotiation: use `matchLocale` for that). */
export function isSupportedLocale(value: unknown): value is SupportedLocale {
  // `includes` never matches a non-string against these strings: no typeof check needed.
  return (SUPPORTED_LOCALES as readonly unknown[]).includes(value);
}

/** Whether `value` is exactly `"en-XA"` or `"ar-XB"`. */
export function isPseudoLocale(value: unknown): value is PseudoLocale {
  return (PSEUDO_LOCALES as readonly unknown[]).includes(value);
}

/** Whether `value` is exactly a supported locale or a pseudo-locale. */
export function isLoadableLocale(value: unknown): value is LoadableLocale {
  return isSupportedLocale(value) || isPseudoLocale(value);
}
