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
// The family's "latin" face (~10.7 KB per weight) is what an ar / fa page draws
// its Latin text with: the brand, codes like "US$", URLs, « guillemets ». That
// text is ASCII and punctuation; accented letters (é, ñ, ß…) appear on these
// pages only when a visitor opens the language list or types them. So it is
// split the same way:
//   - `latin`: ASCII, Latin-1 punctuation and symbols, general punctuation, € ™ −,
//     ~7.7 KB per weight, preloaded with the page;
//   - `latin-accented`: the Latin-1 letters (À–ÿ), ı, Œ œ and their modifier and
//     combining marks, ~3.9 KB per weight, fetched when such a letter is drawn.
// Measured on 2026-11-27: the Arabic split took 11.7 KB off an ar / fa page's
// first load (two weights), the Latin split 6.0 KB more. Urdu text, which the SDK
// does not localize to, loads both Arabic slices.
// The other @fontsource faces (latin-ext, math, symbols) are copied as is.
// Every face's unicode-range is cut to the characters its file has glyphs for
// (fontCoverage.mjs). @fontsource declares the ranges of the whole script, and
// the files hold far less: the "math" face claims ≈ → ≤ ∞ and 2600 other code
// points and draws 9 of them, "symbols" claims 3900 and draws 1. An ar /pricing
// page, which writes "≈" before converted prices, downloaded the 7.8 KB math
// file and then drew ≈ with a system font anyway.
// Glyph outlines and OpenType layout (joining forms, marks, kerning) are kept by
// HarfBuzz's subsetter, so text renders identically.
//
// The output is committed (packages/ui-rtl/fonts/noto-sans-arabic/) so users and
// CI need no font tooling; arabicFontSlices.test.mjs regenerates it in memory and
// fails when it drifts from the installed @fontsource version.
//
//   node packages/ui-rtl/scripts/arabicFontSlices.mjs   # after bumping @fontsource/noto-sans-arabic

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import subsetFont from 'subset-font';

import { glyphCoverage } from './fontCoverage.mjs';

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

/**
 * The `latin` slice: ASCII, the Latin-1 punctuation and symbols (nbsp, « », ©, °, ×, ÷…),
 * general punctuation (dashes, quotes, RLM/LRM, bidi isolates) and the few symbols
 * @fontsource files under "latin" (€ ™ ↑ ↓ − ∕, BOM, replacement character). The
 * C1 controls (U+0080–009F) have no glyphs and stay here so the two slices tile
 * the original range.
 */
export const LATIN_BASIC = parseUnicodeRange(
  'U+0000-00BF,U+00D7,U+00F7,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
);

/**
 * How @fontsource faces are split: the face named `subset` becomes a small slice
 * under the same name (so the demo's preload plan, which preloads `<family>-<subset>`,
 * keeps preloading it) holding `small`, and a `rest` slice with everything else.
 */
export const SPLITS = [
  { subset: 'arabic', small: ARABIC_CORE, rest: 'arabic-extended' },
  { subset: 'latin', small: LATIN_BASIC, rest: 'latin-accented' },
];

/**
 * `ranges` without the code points `coverage` has no glyph for. Default-ignorable
 * code points (joiners, direction marks, bidi isolates, variation selectors) stay:
 * the font draws them as nothing through its layout, and dropping them would
 * send the browser to the next family of the stack for an invisible character.
 */
export function narrowToCoverage(ranges, coverage) {
  const kept = [];
  for (const [start, end] of ranges) {
    for (let code = start; code <= end; code++) {
      if (!coverage.has(code) && !DEFAULT_IGNORABLE.test(String.fromCodePoint(code))) continue;
      const last = kept.at(-1);
      if (last && last[1] === code - 1) last[1] = code;
      else kept.push([code, code]);
    }
  }
  return kept;
}

const DEFAULT_IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

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

/**
 * The @font-face rules of a weight stylesheet (@fontsource's or one of this package's), in order: family,
 * file under `./files/` and declared code points. Throws on a rule without a woff2 file or a unicode-range.
 */
export function parseFontFaceRules(css, where) {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const family = /font-family:\s*'([^']+)'/.exec(body)?.[1];
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!family || !file || !range) throw new Error(`unexpected @font-face in ${where}:\n${body}`);
    return { family, file, ranges: parseUnicodeRange(range) };
  });
}

/** The @font-face rules of an @fontsource/noto-sans-arabic weight stylesheet, in order, with their subset. */
export function parseFontFaces(css) {
  return parseFontFaceRules(css, PACKAGE).map(({ file, ranges }) => {
    const subset = new RegExp(`^${FAMILY}-(.+)-\\d00-normal\\.woff2$`).exec(file)?.[1];
    if (!subset) throw new Error(`arabicFontSlices: unexpected file name in ${PACKAGE}: ${file}`);
    return { file, subset, ranges };
  });
}

/** One `@font-face` rule of a generated stylesheet (files sit in `./files/` beside it). */
export function fontFaceRule(family, weight, file, ranges) {
  return [
    '@font-face {',
    `  font-family: '${family}';`,
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
        '   Persian (arabic) and the rarely used rest (arabic-extended), its "latin" face into ASCII and\n' +
        '   punctuation (latin) and accented letters (latin-accented), by scripts/arabicFontSlices.mjs. */',
    ];
    for (const face of parseFontFaces(readFileSync(join(source, `${weight}.css`), 'utf8'))) {
      const bytes = readFileSync(join(source, 'files', face.file));
      const split = SPLITS.find(({ subset }) => subset === face.subset);
      if (!split) {
        output.set(`files/${face.file}`, bytes);
        rules.push(
          fontFaceRule(
            'Noto Sans Arabic',
            weight,
            face.file,
            narrowToCoverage(face.ranges, await glyphCoverage(bytes)),
          ),
        );
        continue;
      }
      for (const [name, ranges] of [
        [`${FAMILY}-${split.subset}-${weight}-normal.woff2`, intersectRanges(face.ranges, split.small)],
        [`${FAMILY}-${split.rest}-${weight}-normal.woff2`, subtractRanges(face.ranges, split.small)],
      ]) {
        const slice = await subsetFont(bytes, charactersOf(ranges), { targetFormat: 'woff2' });
        output.set(`files/${name}`, slice);
        rules.push(
          fontFaceRule(
            'Noto Sans Arabic',
            weight,
            name,
            narrowToCoverage(ranges, await glyphCoverage(slice)),
          ),
        );
      }
    }
    output.set(`${weight}.css`, `${rules.join('\n\n')}\n`);
  }
  // The SIL Open Font License requires the licence to travel with the fonts.
  output.set('LICENSE', readFileSync(join(source, 'LICENSE'), 'utf8'));
  return output;
}

/** Replaces `dir` with the generated `files` (path relative to `dir` → contents), listing each with its size. */
export function writeGeneratedFonts(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, contents] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
    console.log(`${path.padEnd(52)} ${String(Buffer.byteLength(contents)).padStart(7)} B`);
  }
}

/**
 * How the committed `dir` differs from the generated `files`: each file missing, extra or stale, as a sentence.
 * Empty when the committed output is exactly what the generator builds.
 */
export function generatedFontsDrift(dir, files) {
  const committed = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
  return [
    ...[...files.keys()].filter((path) => !committed.includes(path)).map((path) => `${path} is missing`),
    ...committed.filter((path) => !files.has(path)).map((path) => `${path} is not generated`),
    ...[...files]
      .filter(
        ([path, contents]) =>
          committed.includes(path) && !readFileSync(join(dir, path)).equals(Buffer.from(contents)),
      )
      .map(([path]) => `${path} is stale`),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeGeneratedFonts(OUTPUT_DIR, await buildArabicFontSlices());
}
