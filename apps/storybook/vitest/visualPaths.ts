import { fileURLToPath } from 'node:url';

/**
 * Locales every story is tested in: the reference, a right-to-left script,
 * a CJK script (different font, line height and widths) and the accented
 * pseudo-locale (~35% longer strings: truncation and overflow show up here).
 */
export const STORY_TEST_LOCALES = ['en-US', 'ar', 'ja', 'en-XA'] as const;

const visualDir = fileURLToPath(new URL('../visual/', import.meta.url));

/** Committed baseline of one screenshot (`<locale>/<story id>`). */
export function baselinePath(name: string, ext: string): string {
  return `${visualDir}baselines/${name}${ext}`;
}

/** Where a failed comparison leaves its diff image (git-ignored; CI prints the path). */
export function diffPath(name: string, ext: string): string {
  return `${visualDir}diffs/${name}${ext}`;
}
