/**
 * The fourteen locales globalkit ships UI strings for, as BCP 47 tags.
 *
 * `@globalkit/regions` is the leaf of the workspace, so the list lives here
 * (the region catalog needs it to type each region's language priorities);
 * `@globalkit/i18n` builds its locale negotiation on top of it.
 */
export const SUPPORTED_LOCALE_TAGS = [
  'en-US',
  'en-GB',
  'de',
  'fr',
  'es',
  'it',
  'ja',
  'ko',
  'zh',
  'hi',
  'ms',
  'ar',
  'he',
  'fa',
] as const;

/** One of the fourteen supported locale tags, e.g. `"en-GB"` or `"ar"`. */
export type SupportedLocaleTag = (typeof SUPPORTED_LOCALE_TAGS)[number];

/**
 * Whether `value` is exactly one of {@link SUPPORTED_LOCALE_TAGS}
 * (case-sensitive: this checks catalog data, it does not negotiate).
 */
export function isSupportedLocaleTag(value: unknown): value is SupportedLocaleTag {
  return typeof value === 'string' && (SUPPORTED_LOCALE_TAGS as readonly string[]).includes(value);
}
