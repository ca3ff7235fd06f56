import { attempt } from './attempt';
import type { LoadableLocale } from './supportedLocales';

/** localStorage key holding the user's explicit locale choice. */
export const LOCALE_STORAGE_KEY = 'globalkit.locale';

/** Cookie holding the user's explicit locale choice, so a server can render in it too. */
export const LOCALE_COOKIE_NAME = 'globalkit_locale';

/** Where an explicit locale choice is persisted; `false` turns a store off. */
export interface LocalePersistenceOptions {
  /** @defaultValue {@link LOCALE_STORAGE_KEY} */
  readonly storageKey?: string | false | undefined;
  /** @defaultValue {@link LOCALE_COOKIE_NAME} */
  readonly cookieName?: string | false | undefined;
  /** @defaultValue 365 */
  readonly cookieMaxAgeDays?: number | undefined;
}

/** Reads values that may look like a cookie header but are bounded: cookies are short. */
const MAX_COOKIE_HEADER_LENGTH = 8192;

/**
 * Reads the stored explicit choice: localStorage first, then the cookie.
 *
 * Returns the raw value (validate it with `matchLocale`): a corrupt value is
 * the caller's to ignore, and it stays untouched until the next explicit
 * choice overwrites it. Storage that throws (Safari private mode, sandboxed
 * iframes, disabled cookies) reads as nothing.
 */
export function readLocalePreference(options: LocalePersistenceOptions = {}): string | undefined {
  const [storageKey, cookieName] = places(options);
  return (
    (storageKey !== false && attempt(() => globalThis.localStorage?.getItem(storageKey))) ||
    (cookieName === false
      ? undefined
      : parseLocaleCookie(
          attempt(() => document.cookie),
          cookieName,
        ))
  );
}

/**
 * Persists an explicit locale choice (localStorage and a first-party cookie).
 * Only `setLocale` calls this: an inferred locale is never stored, so a
 * one-off `?lng=` link or a borrowed browser never sticks.
 * Failing storage is ignored; the choice still applies to the current page.
 */
export function writeLocalePreference(locale: LoadableLocale, options: LocalePersistenceOptions = {}): void {
  const [storageKey, cookieName] = places(options);
  if (storageKey !== false) attempt(() => globalThis.localStorage?.setItem(storageKey, locale));
  if (cookieName !== false) {
    const maxAge = Math.round((options.cookieMaxAgeDays ?? 365) * 86_400);
    const secure = globalThis.location?.protocol === 'https:' ? '; Secure' : '';
    attempt(() => {
      document.cookie = `${cookieName}=${encodeURIComponent(locale)}; Path=/; Max-Age=${maxAge}; SameSite=Lax${secure}`;
    });
  }
}

/**
 * Reads the locale cookie from a `Cookie` header (or `document.cookie`), for
 * server-side negotiation: `negotiateLocale([parseLocaleCookie(req.headers.cookie), ...])`.
 *
 * @returns the raw cookie value, or `undefined` when absent or undecodable. Never throws.
 */
export function parseLocaleCookie(
  cookieHeader: unknown,
  cookieName: string = LOCALE_COOKIE_NAME,
): string | undefined {
  if (typeof cookieHeader !== 'string') return undefined;
  for (const pair of cookieHeader.slice(0, MAX_COOKIE_HEADER_LENGTH).split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== cookieName) continue;
    return attempt(() => decodeURIComponent(pair.slice(separator + 1).trim())) || undefined;
  }
  return undefined;
}

/**
 * Where the preference lives: storage key and cookie name with defaults
 * applied; `false` turns one off (the cookie also without a document, e.g. SSR).
 */
function places(options: LocalePersistenceOptions) {
  return [
    options.storageKey ?? LOCALE_STORAGE_KEY,
    typeof document !== 'undefined' && (options.cookieName ?? LOCALE_COOKIE_NAME),
  ] as const;
}
