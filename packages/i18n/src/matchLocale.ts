import { parseLocaleTag } from './parseLocaleTag';
import { isPseudoLocale, SUPPORTED_LOCALES } from './supportedLocales';
import type { LoadableLocale, SupportedLocale } from './supportedLocales';

/** Options shared by {@link matchLocale} and `negotiateLocale`. */
export interface MatchLocaleOptions {
  /**
   * Accept the pseudo-locales `en-XA` / `ar-XB` as matches. Off by default:
   * only development builds and explicit choices should ever show them.
   * @defaultValue false
   */
  readonly allowPseudoLocales?: boolean | undefined;
}

/**
 * English regions that get `en-US`; every other region gets `en-GB`.
 *
 * CLDR makes every English outside the US and its territories inherit from
 * international English (British spelling, day-first dates), which en-GB
 * serves best. Canada is the product's exception: Canadian users found the
 * US strings closer to home than the British ones.
 */
const US_ENGLISH_REGION = /^(US|CA|PR|GU|VI|AS|MP|UM|PH)$/;

/** Languages we ship under their bare language tag (`de`, `zh`, …). */
const BARE_LANGUAGES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ SUPPORTED_LOCALES.filter((locale) => !locale.includes('-')),
);

/** Private-use region codes (ISO 3166: AA, QM–QZ, XA–XZ, ZZ) carry no real-world meaning. */
const PRIVATE_USE_REGION = /^(AA|ZZ|Q[M-Z]|X[A-Z])$/;

/**
 * Maps one requested tag to the locale we ship for it, or `undefined`.
 *
 * - English: `en`, `en-US`, `en-CA` (and US territories, `en-PH`) → `en-US`;
 *   any other English region (`en-AU`, `en-IN`, `en-NZ`, `en-IE`, `en-ZA`,
 *   `en-001`, …) → `en-GB`.
 * - Chinese in any script or region (`zh-TW`, `zh-Hant`, `zh-HK`) → `zh`:
 *   we ship Simplified Chinese only, which Traditional readers can read;
 *   far better than falling through to English.
 * - Every other supported language by its language subtag, whatever the
 *   region or script: `de-AT` → `de`, `es-419` → `es`, `fa-AF` → `fa`,
 *   `ms-SG` → `ms`; deprecated codes are canonicalized first (`iw` → `he`).
 *   `in` is old Indonesian (`id`), not Malay, so it matches nothing.
 * - Unsupported languages (`pt`, `nl`) and malformed input → `undefined`.
 *
 * Never throws.
 */
export function matchLocale(tag: unknown, options: MatchLocaleOptions = {}): LoadableLocale | undefined {
  const parsed = parseLocaleTag(tag);
  if (!parsed) return undefined;
  const { language } = parsed;
  let region = parsed.region;
  if (region && PRIVATE_USE_REGION.test(region)) {
    // en-XA and ar-XB, whatever script or extensions the tag also carries.
    const pseudo = `${language}-${region}`;
    if (options.allowPseudoLocales === true && isPseudoLocale(pseudo)) return pseudo;
    // A disallowed pseudo-locale still names a real language: treat it as that.
    region = undefined;
  }
  if (language === 'en') return region && !US_ENGLISH_REGION.test(region) ? 'en-GB' : 'en-US';
  return BARE_LANGUAGES.has(language) ? (language as SupportedLocale) : undefined;
}
