#!/usr/bin/env node
// Re-slices Noto Sans Arabic for the web (issue #10: Arabic pages downloaded
// ~100 KB of Arabic font before their first render).
//
// @fontsource ships one "arabic" file per weight (~49 KB) covering the Arabic
// block *and* Arabic Supplement, Extended-A/B/C, the presentation forms and the
// mathematical alphabetic symbols. The SDK's Arabic-script locales are Arabic
// and Persian, and their text needs a small part of that: the Arabic block's
// letters, marks, digits and punctuation (U+0600–0670) plus Persian's six extra
// letters and its digits. Everything else is rare on their pages (the letters
// of Urdu, Sindhi, Pashto, Kurdish, Uyghur, Qur'anic annotation, legacy
// presentation forms). So the "arabic" face is split in two, the way Google
// Fonts slices scripts:
//   - `arabic`: Arabic and Persian, ~15 KB per weight, what an ar / fa page loads;
//   - `arabic-extended`: everything else of the old face, fetched by the browser
//     only when a page contains one of those characters (unicode-range).
// Until 2026-11-27 the small slice was the whole Arabic block (~21 KB per weight).
// Narrowing it took 11.7 KB off an Arabic page's first load (two weights); Urdu
// text, which the SDK does not localize to, now loads both slices.
// The other @fontsource faces (latin, latin-ext, math, symbols) are copied as is.
// Glyph outlines and OpenType layout (joining forms, marks, kerning) are kept by
// HarfBuzz's subsetter, so text renders identically.
//
// The output is committed (packages/ui-rtl/fonts/noto-sans-arabic/) so users and
// CI need no font tooling; arabicFontSlices.test.mjs regenerates it in memory and
// fails when it drifts from the installed @fontsource version.
//
//   node packages/ui-rtl/scripts/arabicFontSlices.mjs   # after bumping @fontsource/noto-sans-arabic

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import subsetFont from 'subset-font';

const PACKAGE = '@fontsource/noto-sans-arabic';
const FAMILY = 'noto-sans-arabic';
export const WEIGHTS = ['400', '700'];

/**
 * The `arabic` slice: the Arabic block up to U+0670 (number signs, punctuation,
 * the 28 letters and hamza forms, harakat, Arabic-Indic digits and separators,
 * superscript alef), Persian's letters پ چ ژ ک گ ۀ ی (U+067E, 0686, 0698, 06A9,
 * 06AF, 06C0, 06CC) and Persian digits (U+06F0–06F9), plus the joiners and
 * hyphens @fontsource files under "arabic".
 */
export const ARABIC_CORE = parseUnicodeRange(
  'U+0600-0670,U+067E,U+0686,U+0698,U+06A9,U+06AF,U+06C0,U+06CC,U+06F0-06F9,U+200C-200E,U+2010-2011',
);

/** Where the committed slices live. */
export const OUTPUT_DIR = fileURLToPath(new URL(`../fonts/${FAMILY}/`, import.meta.url));

/** `U+0600-06FF,U+204F` → [[0x600, 0x6ff], [0x204f, 0x204f]] */
export function parseUnicodeRange(text) {
  return text.split(',').map((part) => {
    const match = /^\s*U\+([0-9A-F]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!match) throw new Error(`arabicFontSlices: "${part}" is not a unicode-range item like U+0600-06FF.`);
    const start = Number.parseInt(match[1], 16);
    return [start, match[2] ? Number.parseInt(match[2], 16) : start];
  });
}

/** [[0x600, 0x6ff]] → `U+0600-06FF` */
export function formatUnicodeRange(ranges) {
  const hex = (code) => code.toString(16).toUpperCase().padStart(4, '0');
  return ranges
    .map(([start, end]) => (start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`))
    .join(',');
}

/** The parts of `ranges` that lie inside `block`. */
export function intersectRanges(ranges, block) {
  return ranges
    .flatMap(([start, end]) =>
      block.map(([blockStart, blockEnd]) => [Math.max(start, blockStart), Math.min(end, blockEnd)]),
    )
    .filter(([start, end]) => start <= end)
    .sort((x, y) => x[0] - y[0]);
}

/** The parts of `ranges` that lie outside `block`. */
export function subtractRanges(ranges, block) {
  let pieces = ranges;
  for (const [blockStart, blockEnd] of block) {
    pieces = pieces.flatMap(([start, end]) =>
      end < blockStart || start > blockEnd
        ? [[start, end]]
        : [
            ...(start < blockStart ? [[start, blockStart - 1]] : []),
            ...(end > blockEnd ? [[blockEnd + 1, end]] : []),
          ],
    );
  }
  return pieces;
}

function charactersOf(ranges) {
  let text = '';
  for (const [start, end] of ranges)
    for (let code = start; code <= end; code++) text += String.fromCodePoint(code);
  return text;
}

/** The @font-face rules of an @fontsource weight stylesheet, in order. */
export function parseFontFaces(css) {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    const subset = file && new RegExp(`^${FAMILY}-(.+)-\\d00-normal\\.woff2$`).exec(file)?.[1];
    if (!file || !range || !subset)
      throw new Error(`arabicFontSlices: unexpected @font-face in ${PACKAGE}:\n${body}`);
    return { file, subset, ranges: parseUnicodeRange(range) };
  });
}

function fontFace(weight, file, ranges) {
  return [
    '@font-face {',
    "  font-family: 'Noto Sans Arabic';",
    '  font-style: normal;',
    '  font-display: swap;',
    `  font-weight: ${weight};`,
    `  src: url(./files/${file}) format('woff2');`,
    `  unicode-range: ${formatUnicodeRange(ranges)};`,
    '}',
  ].join('\n');
}

/** The installed @fontsource/noto-sans-arabic (a devDependency: the generator's input). */
export function fontsourceDir() {
  return dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
}

/**
 * Builds every output file in memory from the installed @fontsource package.
 *
 * @returns {Promise<Map<string, Buffer | string>>} path relative to {@link OUTPUT_DIR} → contents
 */
export async function buildArabicFontSlices() {
  const source = fontsourceDir();
  const { version } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  const output = new Map();
  for (const weight of WEIGHTS) {
    const rules = [
      `/* Noto Sans Arabic ${weight} from ${PACKAGE}@${version}, its "arabic" face split into Arabic and\n` +
        '   Persian (arabic) and the rarely used rest (arabic-extended) by scripts/arabicFontSlices.mjs. */',
    ];
    for (const face of parseFontFaces(readFileSync(join(source, `${weight}.css`), 'utf8'))) {
      const bytes = readFileSync(join(source, 'files', face.file));
      if (face.subset !== 'arabic') {
        output.set(`files/${face.file}`, bytes);
        rules.push(fontFace(weight, face.file, face.ranges));
        continue;
      }
      for (const [name, ranges] of [
        [`${FAMILY}-arabic-${weight}-normal.woff2`, intersectRanges(face.ranges, ARABIC_CORE)],
        [`${FAMILY}-arabic-extended-${weight}-normal.woff2`, subtractRanges(face.ranges, ARABIC_CORE)],
      ]) {
        output.set(`files/${name}`, await subsetFont(bytes, charactersOf(ranges), { targetFormat: 'woff2' }));
        rules.push(fontFace(weight, name, ranges));
      }
    }
    output.set(`${weight}.css`, `${rules.join('\n\n')}\n`);
  }
  // The SIL Open Font License requires the licence to travel with the fonts.
  output.set('LICENSE', readFileSync(join(source, 'LICENSE'), 'utf8'));
  return output;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await buildArabicFontSlices();
  rmSync(OUTPUT_DIR, { recursive: true, force: true });
  for (const [path, contents] of files) {
    mkdirSync(dirname(join(OUTPUT_DIR, path)), { recursive: true });
    writeFileSync(join(OUTPUT_DIR, path), contents);
    console.log(`${path.padEnd(52)} ${String(Buffer.byteLength(contents)).padStart(7)} B`);
  }
}
