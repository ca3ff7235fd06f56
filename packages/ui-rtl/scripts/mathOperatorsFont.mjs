#!/usr/bin/env node
// A few mathematical operators, in Noto's design, for every font stack.
//
// ConvertedPrice writes "≈ €9.60" in most locales. None of the families in the Latin, Arabic, Hebrew or
// Devanagari stacks has a glyph for ≈ (U+2248). So the browser drew it with whatever system font covered it:
// DejaVu on one Linux machine, Noto Sans Math on another, something else on macOS or Windows. The sign's width
// differs between those fonts, so the whole price moved. That is what a visitor sees, and it made screenshot
// baselines depend on the machine's installed fonts.
//
// @fontsource/noto-sans-math ships the whole of Noto Sans Math as one 3000-glyph file. This script keeps only
// the operators a product UI writes: ≈, ≠, ≤, ≥ and ∞. Intl writes ∞ for an infinite number in every locale.
// The stacks put "Noto Sans Math" after each locale's own Noto families, and its unicode-range names only
// these operators, so a page that draws none of them fetches nothing.
// Noto Sans Math has one weight. Bold text gets the browser's synthetic bold, the same on every machine.
//
// The output is committed (packages/ui-rtl/fonts/noto-sans-math/), like the Arabic slices. mathOperatorsFont.test.mjs
// rebuilds it in memory and fails when it drifts from the installed @fontsource version.
//
//   node packages/ui-rtl/scripts/mathOperatorsFont.mjs   # after bumping @fontsource/noto-sans-math

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import subsetFont from 'subset-font';

import {
  fontFaceRule,
  narrowToCoverage,
  parseUnicodeRange,
  writeGeneratedFonts,
} from './arabicFontSlices.mjs';
import { glyphCoverage } from './fontCoverage.mjs';

const PACKAGE = '@fontsource/noto-sans-math';
const SOURCE_FILE = 'files/noto-sans-math-latin-400-normal.woff2';

/** The family name the stacks in `src/fonts/fonts.ts` use. */
export const MATH_FAMILY = 'Noto Sans Math';

/** The file the stylesheet points at, relative to {@link OUTPUT_DIR}. */
export const MATH_FILE = 'noto-sans-math-operators-400-normal.woff2';

/** ∞ (U+221E), ≈ (U+2248), ≠ (U+2260), ≤ ≥ (U+2264–2265). */
export const MATH_OPERATORS = parseUnicodeRange('U+221E,U+2248,U+2260,U+2264-2265');

/** Where the committed face lives. */
export const OUTPUT_DIR = fileURLToPath(new URL('../fonts/noto-sans-math/', import.meta.url));

/** The installed @fontsource/noto-sans-math (a devDependency: the generator's input). */
export function mathFontsourceDir() {
  return dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
}

/**
 * Builds every output file in memory from the installed @fontsource package.
 *
 * @returns {Promise<Map<string, Buffer | string>>} path relative to {@link OUTPUT_DIR} → contents
 */
export async function buildMathOperatorsFont() {
  const source = mathFontsourceDir();
  const { version } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  const characters = MATH_OPERATORS.flatMap(([start, end]) =>
    Array.from({ length: end - start + 1 }, (_, index) => String.fromCodePoint(start + index)),
  ).join('');
  const slice = await subsetFont(readFileSync(join(source, SOURCE_FILE)), characters, {
    targetFormat: 'woff2',
  });
  const ranges = narrowToCoverage(MATH_OPERATORS, await glyphCoverage(slice));
  if (ranges.length === 0)
    throw new Error(`mathOperatorsFont: ${PACKAGE}@${version} draws none of the operators.`);
  const header =
    `/* ${MATH_FAMILY} 400 from ${PACKAGE}@${version}, cut to the operators ≈ ≠ ≤ ≥ ∞\n` +
    '   by scripts/mathOperatorsFont.mjs. */';
  return new Map([
    [`files/${MATH_FILE}`, slice],
    ['400.css', `${header}\n\n${fontFaceRule(MATH_FAMILY, '400', MATH_FILE, ranges)}\n`],
    // The SIL Open Font License requires the licence to travel with the font.
    ['LICENSE', readFileSync(join(source, 'LICENSE'), 'utf8')],
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeGeneratedFonts(OUTPUT_DIR, await buildMathOperatorsFont());
}
