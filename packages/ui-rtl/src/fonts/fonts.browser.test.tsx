// The unsliced @fontsource faces, as the references the sliced ones must render like.
import referenceArabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import referenceLatin400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-400-normal.woff2?url';
import { describe, expect, it } from 'vitest';

import { autonym } from '../components/LanguageSwitcher/languageNames';
import { autonymFontStackFor, fontStackFor, loadAutonymFonts, loadFontsFor } from './fonts';

/** The document's Noto Sans Arabic 400 faces, by the file they load (`arabic`, `latin-accented`, …). */
function arabicFaces(): Map<string, FontFace> {
  const faces = new Map<string, FontFace>();
  document.fonts.forEach((face) => {
    const slice = /noto-sans-arabic-(.+)-400-normal/.exec(faceSource(face))?.[1];
    if (face.family.replace(/["']/g, '') === 'Noto Sans Arabic' && face.weight === '400' && slice)
      faces.set(slice, face);
  });
  return faces;
}

/** The src URL of a CSS-connected FontFace, found through its @font-face rule. */
function faceSource(face: FontFace): string {
  for (const sheet of Array.from(document.styleSheets)) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (
        rule instanceof CSSFontFaceRule &&
        rule.style.getPropertyValue('font-weight') === face.weight &&
        rule.style.getPropertyValue('unicode-range') === face.unicodeRange
      )
        return rule.style.getPropertyValue('src');
    }
  }
  return '';
}

/**
 * Loads the sliced Arabic family for `ar` (the slices `sample` needs) and an unsliced
 * @fontsource file as `referenceFamily`, and returns a canvas measure of text at 32 px
 * in a family: the same text must come out the same width in both.
 */
async function widthsAgainstReference(
  referenceFamily: string,
  referenceUrl: string,
  sample: string,
): Promise<(family: string, text: string) => number> {
  await loadFontsFor('ar');
  document.fonts.add(await new FontFace(referenceFamily, `url(${referenceUrl})`).load());
  await document.fonts.load('400 32px "Noto Sans Arabic"', sample);
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('no 2D canvas context');
  return (family, text) => {
    context.font = `400 32px "${family}"`;
    return context.measureText(text).width;
  };
}

/** Font families declared by @font-face rules in the document. */
function declaredFamilies(): Set<string> {
  const families = new Set<string>();
  for (const sheet of Array.from(document.styleSheets)) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (rule instanceof CSSFontFaceRule)
        families.add(rule.style.getPropertyValue('font-family').replace(/["']/g, ''));
    }
  }
  return families;
}

describe('loadFontsFor (real browser)', () => {
  it('injects the Arabic and Latin @font-face rules for ar, not the CJK ones', async () => {
    await expect(loadFontsFor('ar')).resolves.toBe(true);
    const families = declaredFamilies();
    expect(families.has('Noto Sans Arabic')).toBe(true);
    expect(families.has('Noto Sans')).toBe(true);
    expect(families.has('Noto Sans JP')).toBe(false);
    expect(families.has('Noto Sans SC')).toBe(false);
  });

  it('loads Japanese as unicode-range subsets', async () => {
    await expect(loadFontsFor('ja')).resolves.toBe(true);
    const jpRules = Array.from(document.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules))
      .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
      .filter((rule) => rule.style.getPropertyValue('font-family').includes('Noto Sans JP'));
    expect(jpRules.length).toBeGreaterThan(10);
    expect(jpRules.every((rule) => rule.style.getPropertyValue('unicode-range') !== '')).toBe(true);
  });

  // What an Arabic or Persian page writes loads the small slices only; a rarer character
  // brings in its large slice, for that character.
  it.each([
    {
      small: 'arabic',
      large: 'arabic-extended',
      common: 'السلام عليكم، می‌شوند ۱۲۳ ١٢٣',
      // ٹ (U+0679, Urdu): in the Arabic block, not in Arabic or Persian.
      rare: '\u0679',
    },
    {
      small: 'latin',
      large: 'latin-accented',
      // The Latin text of an Arabic page: the brand, currency codes, digits, guillemets, dashes, RLM.
      common: 'Atlas Cloud US$ 1,234.56 \u00ab\u00bb \u2013 \u200f',
      // An autonym in the language list.
      rare: 'Fran\u00e7ais',
    },
  ])(
    'loads the $small slice for common text and $large only for rarer characters',
    async ({ small, large, common, rare }) => {
      await loadFontsFor('ar');
      await document.fonts.load('400 16px "Noto Sans Arabic"', common);
      const faces = arabicFaces();
      expect(faces.get(small)?.status).toBe('loaded');
      expect(faces.get(large)?.status).toBe('unloaded');
      await document.fonts.load('400 16px "Noto Sans Arabic"', rare);
      expect(faces.get(large)?.status).toBe('loaded');
    },
  );

  it('draws Arabic and Persian text exactly like the unsliced font: same joining forms, ligatures and marks', async () => {
    const width = await widthsAgainstReference('Reference Noto Sans Arabic', referenceArabic400, 'ا');
    // The measure tells fonts apart: another font draws the same word at another width.
    expect(width('Noto Sans Arabic', 'السلام')).not.toBeCloseTo(width('monospace', 'السلام'), 1);
    // Words without spaces (the space is in the Latin slice, not in the reference face): lam-alef
    // ligature, medial and final forms, shadda and fatha, all of Persian's own letters (پ ژ گ, چ ک ی,
    // ۀ) and ZWNJ, both digit sets.
    for (const word of ['لا', 'السلام', 'مُحَمَّد', 'پژوهشگاه', 'کوچکی', 'خانۀ', 'می‌شوند', '١٢٣٫٤٥', '۱۲۳']) {
      expect(width('Noto Sans Arabic', word), word).toBeCloseTo(width('Reference Noto Sans Arabic', word), 3);
    }
  });

  it('draws Latin text exactly like the unsliced Latin face: kerning and accented letters included', async () => {
    const width = await widthsAgainstReference(
      'Reference Noto Sans Arabic Latin',
      referenceLatin400,
      'AVAe\u00e9\u00df\u0153',
    );
    expect(width('Noto Sans Arabic', 'AVATAR')).not.toBeCloseTo(width('monospace', 'AVATAR'), 1);
    // Kerning pairs (AV, To) and letters from both Latin slices in one word: no glyph may change.
    for (const text of [
      'AVATAR',
      'Tokyo',
      'US$ 1,234.56',
      '\u00ab\u00a0Atlas\u00a0\u00bb',
      'Fran\u00e7ais',
      'Stra\u00dfe',
      'C\u0153ur',
    ]) {
      expect(width('Noto Sans Arabic', text), text).toBeCloseTo(
        width('Reference Noto Sans Arabic Latin', text),
        3,
      );
    }
  });

  // "≈ €9.60" (ConvertedPrice): no script family draws ≈, so it used to come from a system font that
  // differs between machines, moving the price. The stack's bundled Noto Sans Math draws it now. (Widths
  // cannot show it on a machine whose system fallback for ≈ is Noto Sans Math too; the loaded faces can.)
  it.each(['en-US', 'ar', 'he', 'hi'])(
    'draws ≈ ≠ ≤ ≥ ∞ with the bundled Noto Sans Math in %s',
    async (locale) => {
      await loadFontsFor(locale);
      const family = (face: FontFace) => face.family.replace(/["']/g, '');
      for (const sign of '≈≠≤≥∞') {
        const faces = await document.fonts.load(`400 32px ${fontStackFor(locale)}`, sign);
        expect(faces.map(family), sign).toEqual(['Noto Sans Math']);
        expect(faces[0]?.status).toBe('loaded');
      }
      // Text without these signs does not fetch it.
      const latin = await document.fonts.load(`400 32px ${fontStackFor(locale)}`, 'Atlas 1,234.56');
      expect(latin.map(family)).not.toContain('Noto Sans Math');
    },
  );

  // The language list names each language in itself. On an English page only Latin fonts are loaded, so
  // 日本語 came from a system font, or showed as empty boxes on machines without CJK fonts.
  it.each(['en-US', 'ja', 'ar'])(
    'draws the language list’s names in other scripts with the bundled autonym faces on a %s page',
    async (page) => {
      await Promise.all([loadFontsFor(page), loadAutonymFonts()]);
      const declared: string[] = [];
      document.fonts.forEach((face) => {
        if (face.family.replace(/["']/g, '') === 'Globalkit Autonyms') declared.push(face.unicodeRange);
      });
      const codes = new Set(
        declared.flatMap((range) =>
          range.split(',').map((item) => Number.parseInt(item.trim().slice(2), 16)),
        ),
      );
      expect(codes.size).toBeGreaterThan(20);
      for (const tag of ['ja', 'ko', 'zh', 'ar', 'fa', 'he']) {
        // This browser's CLDR names, which may differ from the Node ICU the faces were cut with.
        const name = autonym(tag);
        const missing = [...name].filter((char) => char !== ' ' && !codes.has(char.codePointAt(0) ?? 0));
        expect(missing, `${tag} ${name}`).toEqual([]);
        const faces = await document.fonts.load(`400 16px ${autonymFontStackFor(page)}`, name);
        const families = faces.map((face) => face.family.replace(/["']/g, ''));
        // The page's own family draws its own script's name; the others reach the autonym faces.
        const own = fontStackFor(page).split(', ')[0] === fontStackFor(tag).split(', ')[0];
        expect(families, `${tag} on ${page}`).toContain(
          own ? fontStackFor(tag).split(', ')[0]?.replace(/"/g, '') : 'Globalkit Autonyms',
        );
      }
    },
  );
});
