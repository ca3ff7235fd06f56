import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  ARABIC_CORE,
  LATIN_BASIC,
  OUTPUT_DIR,
  buildArabicFontSlices,
  fontsourceDir,
  formatUnicodeRange,
  generatedFontsDrift,
  intersectRanges,
  narrowToCoverage,
  parseFontFaces,
  parseUnicodeRange,
  SPLITS,
  subtractRanges,
  WEIGHTS,
} from './arabicFontSlices.mjs';
import { glyphCoverage } from './fontCoverage.mjs';

const ROOT = join(OUTPUT_DIR, '../../../..');

/** Every code point of `ranges`, as a Set. */
function codePoints(ranges) {
  const set = new Set();
  for (const [start, end] of ranges) for (let code = start; code <= end; code++) set.add(code);
  return set;
}

/**
 * The characters of `text` that the committed Noto Sans Arabic draws from a
 * large slice (`arabic-extended`, `latin-accented`) rather than a small one
 * (`arabic`, `latin`), as `U+XXXX`.
 */
function outsideSmallSlice(text) {
  const faces = parseFontFaces(readFileSync(join(OUTPUT_DIR, '400.css'), 'utf8'));
  const rest = codePoints(
    faces.flatMap((face) => (SPLITS.some((split) => split.rest === face.subset) ? face.ranges : [])),
  );
  // U+0304/0308/0329 are in latin-ext as well as latin-accented; a character any small slice has is fine.
  const small = codePoints(SPLITS.flatMap((split) => split.small));
  const outside = new Set();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (rest.has(code) && !small.has(code)) outside.add(`U+${code.toString(16).toUpperCase()}`);
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

describe('glyph coverage', () => {
  it('reads the code points a font file maps to glyphs', async () => {
    const file = (name) =>
      readFileSync(join(fontsourceDir(), 'files', `noto-sans-arabic-${name}-400-normal.woff2`));
    const latin = await glyphCoverage(file('latin'));
    expect(['A', 'z', '0', ' ', '\u00e9', '\u00ab'].every((char) => latin.has(char.codePointAt(0)))).toBe(
      true,
    );
    expect(latin.has(0x0627)).toBe(false); // alef: in the arabic face
    const math = await glyphCoverage(file('math'));
    expect(math.has(0x221a)).toBe(true); // √
    expect(math.has(0x2248)).toBe(false); // ≈: declared by @fontsource, not drawn
  });

  it('narrows ranges to covered code points, merging runs and keeping invisible format characters', () => {
    const coverage = new Set([0x41, 0x42, 0x43, 0x45]);
    expect(
      formatUnicodeRange(narrowToCoverage(parseUnicodeRange('U+0040-0046,U+200C-200F,U+2248'), coverage)),
    ).toBe('U+0041-0043,U+0045,U+200C-200F');
  });

  it('says what is wrong when the input is not a font', async () => {
    await expect(glyphCoverage(new Uint8Array(64))).rejects.toThrow(/Unrecognized font signature/);
  });
});

describe('the committed Noto Sans Arabic slices (packages/ui-rtl/fonts/noto-sans-arabic)', () => {
  it('are exactly what the generator builds from the installed @fontsource/noto-sans-arabic', async () => {
    // Regenerate with `node packages/ui-rtl/scripts/arabicFontSlices.mjs` after a font update.
    expect(generatedFontsDrift(OUTPUT_DIR, await buildArabicFontSlices())).toEqual([]);
  }, 60_000);

  it('cover the characters the @fontsource faces they replace can draw, each in one slice only', async () => {
    const unicode = JSON.parse(readFileSync(join(fontsourceDir(), 'unicode.json'), 'utf8'));
    expect(SPLITS.map((split) => split.small)).toEqual([ARABIC_CORE, LATIN_BASIC]);
    for (const weight of WEIGHTS) {
      const faces = parseFontFaces(readFileSync(join(OUTPUT_DIR, `${weight}.css`), 'utf8'));
      for (const split of SPLITS) {
        const original = parseUnicodeRange(unicode[split.subset]);
        const source = readFileSync(
          join(fontsourceDir(), 'files', `noto-sans-arabic-${split.subset}-${weight}-normal.woff2`),
        );
        const drawable = narrowToCoverage(original, await glyphCoverage(source));
        const small = faces.find((face) => face.subset === split.subset);
        const rest = faces.find((face) => face.subset === split.rest);
        expect(small?.ranges, `${weight} ${split.subset}`).toEqual(intersectRanges(drawable, split.small));
        const smallPoints = codePoints(small?.ranges ?? []);
        const restPoints = codePoints(rest?.ranges ?? []);
        expect([...smallPoints].filter((code) => restPoints.has(code))).toEqual([]);
        expect(new Set([...smallPoints, ...restPoints])).toEqual(codePoints(drawable));
      }
    }
  });

  it('declare no character a face has no glyph for, so no file is fetched in vain', async () => {
    for (const weight of WEIGHTS) {
      for (const face of parseFontFaces(readFileSync(join(OUTPUT_DIR, `${weight}.css`), 'utf8'))) {
        const coverage = await glyphCoverage(readFileSync(join(OUTPUT_DIR, 'files', face.file)));
        const missing = [...codePoints(face.ranges)].filter(
          (code) =>
            !coverage.has(code) && !/\p{Default_Ignorable_Code_Point}/u.test(String.fromCodePoint(code)),
        );
        expect(missing, face.file).toEqual([]);
      }
    }
    // The regression that started it: "≈" before converted prices made ar /pricing fetch the math face.
    const css = readFileSync(join(OUTPUT_DIR, '400.css'), 'utf8');
    const declaring = parseFontFaces(css).filter((face) => codePoints(face.ranges).has(0x2248));
    expect(declaring).toEqual([]);
  });

  it('put every character of the ar and fa strings in the small slices', () => {
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
    // A character here would make every page in that locale download a large slice too
    // (~38 KB arabic-extended, ~3.9 KB latin-accented).
    expect([...outside]).toEqual([]);
  });

  it('put every character Intl writes for ar and fa in the small slices', () => {
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
    expect(samples.join('')).toMatch(/US\$|[A-Z]{3}/); // and Latin text (codes, symbols)
    expect([...outsideSmallSlice(samples.join(' '))]).toEqual([]);
  });
});
