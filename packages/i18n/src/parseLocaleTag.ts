/**
 * Longest input worth parsing. Real tags are short ("zh-Hant-TW-u-nu-hanidec"
 * is 23); the cap keeps a hostile 10 kB header value from reaching `Intl`.
 */
const MAX_TAG_LENGTH = 64;

/**
 * 1 to {@link MAX_TAG_LENGTH} letters, digits, `-` and `_`: anything else
 * (paths, markup, spaces) is not a tag.
 */
const TAG_CHARACTERS = /^[\w-]{1,64}$/;

/**
 * Parses a BCP 47 language tag leniently and safely.
 *
 * Accepts POSIX-style spellings seen in the wild (`en_US`, `en_US.UTF-8`,
 * `sr_RS@latin`) by dropping the encoding/modifier and turning `_` into `-`;
 * canonicalizes through `Intl.Locale` (so `iw` → `he`, `EN-us` → `en-US`).
 *
 * @returns the parsed locale, or `undefined` for anything that is not a
 *   well-formed tag (non-strings, empty, over-long, `../../etc`, `*`). Never throws.
 */
export function parseLocaleTag(tag: unknown): Intl.Locale | undefined {
  if (typeof tag !== 'string' || tag.length > MAX_TAG_LENGTH * 2) return undefined;
  const posixless = tag.trim().replace(/[.@].*$/s, '');
  if (!TAG_CHARACTERS.test(posixless)) return undefined;
  try {
    return new Intl.Locale(posixless.replace(/_/g, '-'));
  } catch {
    return undefined;
  }
}
