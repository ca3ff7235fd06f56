import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { fontStackFor, scriptFor } from '../src/fonts/fonts';
import { generatedFontsDrift, parseFontFaceRules } from './arabicFontSlices.mjs';
import { AUTONYM_FAMILY, AUTONYM_SOURCES, autonymOf, buildAutonymFont, OUTPUT_DIR } from './autonymFont.mjs';
import { glyphCoverage } from './fontCoverage.mjs';
import { drawnByFamily, fontFamilyDir } from './fontFaces.mjs';

const ROOT = join(OUTPUT_DIR, '../../../..');

/** The committed faces: family, file and declared code points. */
function committedFaces() {
  return parseFontFaceRules(readFileSync(join(OUTPUT_DIR, '400.css'), 'utf8'), OUTPUT_DIR).map(
    ({ family, file, ranges }) => ({ family, file, codes: ranges.map(([code]) => code) }),
  );
}

describe('the committed autonym faces (packages/ui-rtl/fonts/autonyms)', () => {
  it('are exactly what the generator builds from the installed Noto fonts and Node’s CLDR names', async () => {
    // Regenerate with `node packages/ui-rtl/scripts/autonymFont.mjs`.
    expect(generatedFontsDrift(OUTPUT_DIR, await buildAutonymFont())).toEqual([]);
  }, 60_000);

  it('cover every locale whose name is not in Latin script, cut from the family its pages use', async () => {
    const locales = readdirSync(join(ROOT, 'locales'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !/-X[AB]$/.test(entry.name))
      .map((entry) => entry.name);
    expect(locales).toHaveLength(14);
    const nonLatin = locales.filter((tag) => scriptFor(tag) !== 'latin');
    expect(nonLatin).toHaveLength(7);
    // Noto Sans is in every stack, so a name it draws needs no autonym face (हिन्दी: it has Devanagari).
    const notoSansDraws = await drawnByFamily(fontFamilyDir('Noto Sans'));
    const needFace = nonLatin.filter((tag) =>
      [...autonymOf(tag)].some((char) => !notoSansDraws.has(char.codePointAt(0))),
    );
    expect(needFace).not.toContain('hi');
    expect(Object.keys(AUTONYM_SOURCES).sort()).toEqual(needFace.sort());
    for (const tag of needFace) {
      expect(fontStackFor(tag).startsWith(`"${AUTONYM_SOURCES[tag]}"`), tag).toBe(true);
    }
  });

  it('draw every character of those names, each from a face that has its glyph', async () => {
    const faces = committedFaces();
    expect(new Set(faces.map((face) => face.family))).toEqual(new Set([AUTONYM_FAMILY]));
    const drawn = new Set();
    for (const face of faces) {
      const glyphs = await glyphCoverage(readFileSync(join(OUTPUT_DIR, 'files', face.file)));
      for (const code of face.codes) {
        expect(glyphs.has(code), `${face.file} U+${code.toString(16)}`).toBe(true);
        drawn.add(code);
      }
    }
    for (const tag of Object.keys(AUTONYM_SOURCES)) {
      const missing = [...autonymOf(tag)].filter((char) => char !== ' ' && !drawn.has(char.codePointAt(0)));
      expect(missing, `${tag} ${autonymOf(tag)}`).toEqual([]);
    }
    // And nothing else: Latin text never reaches these faces.
    expect(drawn.has(0x41)).toBe(false);
  });
});
