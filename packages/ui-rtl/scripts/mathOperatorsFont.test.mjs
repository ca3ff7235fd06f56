import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { fontStackFor } from '../src/fonts/fonts';
import { formatUnicodeRange, generatedFontsDrift } from './arabicFontSlices.mjs';
import { glyphCoverage } from './fontCoverage.mjs';
import { drawnByFamily, fontFamilyDir } from './fontFaces.mjs';
import { buildMathOperatorsFont, MATH_FILE, MATH_OPERATORS, OUTPUT_DIR } from './mathOperatorsFont.mjs';

const ROOT = join(OUTPUT_DIR, '../../../..');

/** Every locale with strings, the two pseudo-locales included. */
const LOCALES = readdirSync(join(ROOT, 'locales'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The web font families of a locale's stack (the quoted Noto names; the rest are system fonts). */
function webFamilies(locale) {
  return [...fontStackFor(locale).matchAll(/"(Noto Sans[^"]*)"/g)].map(([, family]) => family);
}

/** Every string value of a locale JSON file, without its {{interpolations}}. */
function stringsOf(json) {
  if (typeof json === 'string') return [json.replace(/{{[^}]*}}/g, '')];
  if (json && typeof json === 'object') return Object.values(json).flatMap(stringsOf);
  return [];
}

/** What Intl writes for a locale where the SDK formats numbers, money, dates and names. */
function intlSamples(locale) {
  return [
    ...['USD', 'EUR', 'GBP', 'JPY', 'INR', 'AED', 'ILS', 'IRR', 'KRW', 'CNY', 'MYR', 'BHD'].map((currency) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }).format(-1234567.891),
    ),
    new Intl.NumberFormat(locale).format(Number.POSITIVE_INFINITY),
    new Intl.NumberFormat(locale, { style: 'percent' }).format(0.125),
    new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(0),
    new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-3, 'day'),
  ];
}

const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\s]$/u;

describe('the committed Noto Sans Math operators (packages/ui-rtl/fonts/noto-sans-math)', () => {
  it('are exactly what the generator builds from the installed @fontsource/noto-sans-math', async () => {
    // Regenerate with `node packages/ui-rtl/scripts/mathOperatorsFont.mjs`.
    expect(generatedFontsDrift(OUTPUT_DIR, await buildMathOperatorsFont())).toEqual([]);
  });

  it('draw every operator they declare, and declare nothing else', async () => {
    const glyphs = await glyphCoverage(readFileSync(join(OUTPUT_DIR, 'files', MATH_FILE)));
    const css = readFileSync(join(OUTPUT_DIR, '400.css'), 'utf8');
    expect(css).toContain(`unicode-range: ${formatUnicodeRange(MATH_OPERATORS)};`);
    for (const char of '≈≠≤≥∞') expect(glyphs.has(char.codePointAt(0)), char).toBe(true);
    // Nothing a Latin page draws: the file must not be fetched by pages without these operators.
    expect(glyphs.has(0x41)).toBe(false);
  });
});

describe('bundled web fonts draw every character of every locale', () => {
  // The regression behind it: no family of the Latin or Arabic stacks drew the "≈" of converted prices, so
  // each machine drew it with its own system font, the price's width changed, and screenshots with it.
  it.each(LOCALES)(
    '%s: its strings and what Intl writes for it',
    async (locale) => {
      const families = webFamilies(locale);
      expect(families.length).toBeGreaterThan(0);
      expect(LOCALES.length).toBe(16);
      const coverages = await Promise.all(families.map((family) => drawnByFamily(fontFamilyDir(family))));
      const texts = ['.', 'apps/demo'].flatMap((base) => {
        const dir = join(ROOT, base, 'locales', locale);
        return readdirSync(dir)
          .filter((file) => file.endsWith('.json'))
          .flatMap((file) => stringsOf(JSON.parse(readFileSync(join(dir, file), 'utf8'))));
      });
      expect(texts.length).toBeGreaterThan(100);
      const missing = new Set();
      for (const char of [...texts, ...intlSamples(locale)].join('')) {
        if (INVISIBLE.test(char)) continue;
        const code = char.codePointAt(0) ?? 0;
        if (!coverages.some((drawn) => drawn.has(code)))
          missing.add(`${char} U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
      }
      // A character here is drawn with whatever system font the visitor's machine has.
      expect([...missing], `not drawn by ${families.join(', ')}`).toEqual([]);
    },
    60_000,
  );
});
