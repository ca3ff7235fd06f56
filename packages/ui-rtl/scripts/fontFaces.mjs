// Which font files draw which characters, for the font generators and their tests.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parseFontFaceRules } from './arabicFontSlices.mjs';
import { glyphCoverage } from './fontCoverage.mjs';

const OWN_FONTS = fileURLToPath(new URL('../fonts/', import.meta.url));

/**
 * The stylesheet directory of a font family of the stacks: this package's own (`fonts/noto-sans-arabic`,
 * `fonts/noto-sans-math`), or the installed @fontsource package (`Noto Sans JP` → @fontsource/noto-sans-jp).
 */
export function fontFamilyDir(family) {
  const name = family.toLowerCase().replaceAll(' ', '-');
  if (existsSync(join(OWN_FONTS, name, '400.css'))) return join(OWN_FONTS, name);
  return dirname(createRequire(import.meta.url).resolve(`@fontsource/${name}/package.json`));
}

const drawn = new Map();

/**
 * The faces of a family's 400 stylesheet in `dir`, each with the code points it draws: its unicode-range
 * cut to what its file has glyphs for, which is what a browser draws with it. Read once per directory.
 *
 * @returns {Promise<{ file: string, drawn: Set<number> }[]>}
 */
export function facesDrawing(dir) {
  if (!drawn.has(dir)) {
    const rules = parseFontFaceRules(readFileSync(join(dir, '400.css'), 'utf8'), dir);
    drawn.set(
      dir,
      Promise.all(
        rules.map(async ({ file, ranges }) => {
          const glyphs = await glyphCoverage(readFileSync(join(dir, 'files', file)));
          const codes = new Set();
          for (const [start, end] of ranges)
            for (let code = start; code <= end; code++) if (glyphs.has(code)) codes.add(code);
          return { file, drawn: codes };
        }),
      ),
    );
  }
  return drawn.get(dir);
}

const drawnUnion = new Map();

/**
 * Every code point a family's 400 faces in `dir` draw. Built once per directory: a CJK family draws
 * tens of thousands, and the coverage test asks for the same families in several locales.
 */
export function drawnByFamily(dir) {
  if (!drawnUnion.has(dir)) {
    drawnUnion.set(
      dir,
      facesDrawing(dir).then((faces) => new Set(faces.flatMap((face) => [...face.drawn]))),
    );
  }
  return drawnUnion.get(dir);
}
