import { attempt } from './attempt';

/**
 * 1 to 64 letters, digits, `-` and `_`: anything else (paths, markup, spaces)
 * is not a tag. Real tags are short ("zh-Hant-TW-u-nu-hanidec" is 23); the cap
 * keeps a hostile 10 kB header value from reaching `Intl`.
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
  // Twice the cap: room for surrounding whitespace and a POSIX `.UTF-8` or `@modifier`.
  if (typeof tag !== 'string' || tag.length > 128) return undefined;
  const posixless = tag.trim().replace(/[.@].*$/s, '');
  return TAG_CHARACTERS.test(posixless)
    ? attempt(() => new Intl.Locale(posixless.replace(/_/g, '-')))
    : undefined;
}
