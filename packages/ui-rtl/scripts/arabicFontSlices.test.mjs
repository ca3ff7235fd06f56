import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  ARABIC_CORE,
  OUTPUT_DIR,
  buildArabicFontSlices,
  fontsourceDir,
  formatUnicodeRange,
  intersectRanges,
  parseFontFaces,
  parseUnicodeRange,
  subtractRanges,
  WEIGHTS,
} from './arabicFontSlices.mjs';

const ROOT = join(OUTPUT_DIR, '../../../..');

function committedFiles(dir = OUTPUT_DIR) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? committedFiles(join(dir, entry.name))
      : [relative(OUTPUT_DIR, join(dir, entry.name)).replaceAll('\\', '/')],
  );
}

/** Every code point of `ranges`, as a Set. */
function codePoints(ranges) {
  const set = new Set();
  for (const [start, end] of ranges) for (let code = start; code <= end; code++) set.add(code);
  return set;
}

/**
 * The characters of `text` that the committed Noto Sans Arabic draws from its
 * `arabic-extended` slice rather than the small `arabic` one, as `U+XXXX`.
 */
function outsideSmallSlice(text) {
  const small = codePoints(ARABIC_CORE);
  const arabicFaces = codePoints(
    parseFontFaces(readFileSync(join(OUTPUT_DIR, '400.css'), 'utf8')).flatMap((face) =>
      face.subset.startsWith('arabic') ? face.ranges : [],
    ),
  );
  const outside = new Set();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (arabicFaces.has(code) && !small.has(code)) outside.add(`U+${code.toString(16).toUpperCase()}`);
  }
  return outside;
}

describe('unicode-range helpers', () => {
  it('parses and formats single code points and ranges', () => {
    const ranges = parseUnicodeRange('U+0600-06FF, U+204F,U+1EE00-1EE03');
    expect(ranges).toEqual([
      [0x600, 0x6ff],
      [0x204f, 0x204f],
      [0x1ee00, 0x1ee03],
    ]);
    expect(formatUnicodeRange(ranges)).toBe('U+0600-06FF,U+204F,U+1EE00-1EE03');
  });

  it('says which item is not a unicode-range item', () => {
    expect(() => parseUnicodeRange('U+0600-06FF,0750')).toThrow(
      '"0750" is not a unicode-range item like U+0600-06FF.',
    );
  });

  it('splits ranges into the parts inside and outside a block, losing nothing', () => {
    const ranges = parseUnicodeRange('U+0000-00FF,U+05F0-0610,U+2000-206F');
    const block = parseUnicodeRange('U+0600-06FF,U+200C-200E');
    expect(formatUnicodeRange(intersectRanges(ranges, block))).toBe('U+0600-0610,U+200C-200E');
    expect(formatUnicodeRange(subtractRanges(ranges, block))).toBe(
      'U+0000-00FF,U+05F0-05FF,U+2000-200B,U+200F-206F',
    );
  });
});

describe('the committed Noto Sans Arabic slices (packages/ui-rtl/fonts/noto-sans-arabic)', () => {
  it('are exactly what the generator builds from the installed @fontsource/noto-sans-arabic', async () => {
    const built = await buildArabicFontSlices();
    expect(committedFiles().sort()).toEqual([...built.keys()].sort());
    for (const [path, contents] of built) {
      const committed = readFileSync(join(OUTPUT_DIR, path));
      // Regenerate with `node packages/ui-rtl/scripts/arabicFontSlices.mjs` after a font update.
      expect(committed.equals(Buffer.from(contents)), `${path} is stale`).toBe(true);
    }
  }, 60_000);

  it('cover the same characters as the @fontsource face they replace, each in one slice only', () => {
    const original = parseUnicodeRange(
      JSON.parse(readFileSync(join(fontsourceDir(), 'unicode.json'), 'utf8')).arabic,
    );
    for (const weight of WEIGHTS) {
      const faces = parseFontFaces(readFileSync(join(OUTPUT_DIR, `${weight}.css`), 'utf8'));
      const block = faces.find((face) => face.subset === 'arabic');
      const extended = faces.find((face) => face.subset === 'arabic-extended');
      expect(block?.ranges).toEqual(ARABIC_CORE);
      const blockPoints = codePoints(block?.ranges ?? []);
      const extendedPoints = codePoints(extended?.ranges ?? []);
      expect([...blockPoints].filter((code) => extendedPoints.has(code))).toEqual([]);
      expect(new Set([...blockPoints, ...extendedPoints])).toEqual(codePoints(original));
    }
  });

  it('put every Arabic-script character of the ar and fa strings in the small slice', () => {
    // The SDK's strings (locales/) and the demo's (apps/demo/locales).
    const localeDirs = ['.', 'apps/demo'].flatMap((base) =>
      ['ar', 'fa'].map((locale) => join(ROOT, base, 'locales', locale)),
    );
    const outside = new Set();
    let filesRead = 0;
    for (const dir of localeDirs) {
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
        filesRead += 1;
        for (const code of outsideSmallSlice(readFileSync(join(dir, file), 'utf8'))) {
          outside.add(`${code} ${file}`);
        }
      }
    }
    expect(filesRead).toBeGreaterThan(8);
    // A character here would make every page in that locale download the ~38 KB extended slice.
    expect([...outside]).toEqual([]);
  });

  it('put every Arabic-script character Intl writes for ar and fa in the small slice', () => {
    // Numbers, money, percentages, dates and region names as the SDK's formatters ask for them.
    const samples = ['ar', 'ar-AE', 'ar-EG', 'ar-SA', 'fa', 'fa-IR'].flatMap((locale) => [
      ...['USD', 'EUR', 'AED', 'SAR', 'EGP', 'IRR', 'JPY', 'BHD'].map((currency) =>
        new Intl.NumberFormat(locale, { style: 'currency', currency }).format(-1234567.891),
      ),
      new Intl.NumberFormat(locale, { style: 'percent' }).format(0.125),
      new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(0),
      new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-3, 'day'),
      new Intl.DisplayNames(locale, { type: 'region' }).of('AE') ?? '',
    ]);
    expect(samples.join('')).toMatch(/[\u0660-\u0669]/); // Arabic-Indic digits were produced
    expect(samples.join('')).toMatch(/[\u06F0-\u06F9]/); // and Persian ones
    expect([...outsideSmallSlice(samples.join(' '))]).toEqual([]);
  });
});
