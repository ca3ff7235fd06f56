import { getDirection } from './getDirection';

/**
 * Sets `<html lang dir>` for a locale, so the browser picks fonts,
 * hyphenation, quotes and screen-reader voices for the language and mirrors
 * the page. A no-op where there is no `document` (SSR: render the attributes
 * yourself with the negotiated locale and {@link getDirection}).
 */
export function syncDocumentLocale(locale: string): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  if (root.lang !== locale) root.lang = locale;
  const direction = getDirection(locale);
  if (root.dir !== direction) root.dir = direction;
}
