import BrowserLanguageDetector from 'i18next-browser-languagedetector';

import { attempt } from './attempt';
import { readLocalePreference } from './localePreference';
import type { LocalePersistenceOptions } from './localePreference';
import { firstMatch, negotiateLocale } from './negotiateLocale';
import type { NegotiateLocaleOptions } from './negotiateLocale';
import type { LoadableLocale } from './supportedLocales';

/**
 * The detector returns every finding (not only the first) when it sees
 * i18next's `languageUtils.getBestMatchFromCodes`; the picking is
 * `negotiateLocale`'s job here, so this stand-in never picks.
 */
const ALL_FINDINGS = { languageUtils: { getBestMatchFromCodes: () => undefined } };

/** Options of {@link detectLocale}. */
export interface DetectLocaleOptions extends NegotiateLocaleOptions, LocalePersistenceOptions {
  /**
   * Query parameter that forces a locale, e.g. `?lng=ar`.
   * @defaultValue 'lng'
   */
  readonly queryParameter?: string | undefined;
}

/**
 * Negotiates the locale for this browser session, in the documented order:
 * the stored explicit choice → the URL (`?lng=`) → the browser's languages →
 * the region's priority list → `en-US`.
 *
 * The URL and browser lookups are i18next-browser-languagedetector's, used
 * for lookups only, never as i18next's detector plugin: as a plugin it caches
 * whatever it *inferred* into localStorage, which would pin a traveller's hotel
 * browser language or a one-off `?lng=` link forever. Here only `setLocale`
 * persists anything.
 *
 * Pseudo-locales are honoured from the stored choice and the URL only with
 * `allowPseudoLocales`, never from browser languages. Safe on a server (no
 * `window`): it then negotiates from the region alone. Never throws.
 */
export function detectLocale(options: DetectLocaleOptions = {}): LoadableLocale {
  // A server has no visitor signals; Node ≥ 21's own `navigator` would describe the server.
  if (typeof window === 'undefined') return negotiateLocale([], { region: options.region });
  // Only `detect([lookup])` is called (so no `order`), never `cacheUserLanguage` (so no `caches`).
  const detector = new BrowserLanguageDetector(ALL_FINDINGS, {
    lookupQuerystring: options.queryParameter ?? 'lng',
  });
  const explicit = [readLocalePreference(options), ...lookup(detector, 'querystring')];
  return (
    firstMatch(explicit, { allowPseudoLocales: options.allowPseudoLocales === true }) ??
    negotiateLocale(lookup(detector, 'navigator'), { region: options.region })
  );
}

/**
 * One detector's findings: a list of strings, given {@link ALL_FINDINGS} (the
 * detector drops non-strings and unsafe codes). A throwing browser API counts as no finding.
 */
function lookup(detector: BrowserLanguageDetector, name: 'querystring' | 'navigator'): string[] {
  return (attempt(() => detector.detect([name])) as string[] | undefined) ?? [];
}
