import { attempt } from './attempt';
import { parseLocaleTag } from './parseLocaleTag';
import { isLoadableLocale } from './supportedLocales';

/** Writing direction of a locale, as used by the HTML `dir` attribute. */
export type Direction = 'ltr' | 'rtl';

/**
 * ISO 15924 scripts written right to left that a UI may meet. A script
 * decides direction on its own: `az-Arab` is RTL, `ar-Latn` is LTR.
 */
export const RTL_SCRIPTS: ReadonlySet<string> = new Set([
  'Arab',
  'Hebr',
  'Thaa',
  'Syrc',
  'Nkoo',
  'Adlm',
  'Rohg',
]);

/**
 * Languages whose default script is right to left. Only consulted when
 * `Intl.Locale#maximize()` cannot tell the script (old engines, unusual
 * tags), so a language missing from CLDR's likely subtags still gets it right.
 */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'he',
  'fa',
  'ur',
  'ps',
  'yi',
  'dv',
  'ckb',
  'sd',
  'ug',
  'syr',
  'nqo',
]);

/**
 * The writing direction of a locale tag.
 *
 * Script-aware: an explicit script wins (`az-Arab` → `rtl`, `ar-Latn` →
 * `ltr`); otherwise the likely script from `Intl.Locale#maximize()` decides
 * (`pa-PK` → Arab → `rtl`, `sd-IN` → Deva → `ltr`), then the known RTL
 * language list. Pseudo-locales follow their language (`ar-XB` → `rtl`).
 *
 * @param locale - any value; unknown, empty, malformed or non-string input
 *   is `ltr`, never `rtl` by accident. Never throws.
 */
export function getDirection(locale: unknown): Direction {
  // The SDK's own locales are answered from what is known of them: the first
  // `maximize()` of a page loads ICU's likely-subtags data, ~20 ms of a boot task
  // at 4× CPU throttling, and every page asks for its locale's direction.
  // Their language decides (ar-XB like ar); a test checks each against `maximize()`.
  if (isLoadableLocale(locale)) return RTL_LANGUAGES.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
  const parsed = parseLocaleTag(locale);
  // The likely script may be unknowable (`maximize` missing or failing on old engines).
  const script = parsed && (parsed.script ?? attempt(() => parsed.maximize().script));
  const rtl = script ? RTL_SCRIPTS.has(script) : !!parsed && RTL_LANGUAGES.has(parsed.language);
  return rtl ? 'rtl' : 'ltr';
}
