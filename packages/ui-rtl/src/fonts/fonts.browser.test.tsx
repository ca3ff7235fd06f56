// The unsliced @fontsource face, as the reference the sliced one must render like.
import referenceArabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import { describe, expect, it } from 'vitest';

import { loadFontsFor } from './fonts';

/** The document's Noto Sans Arabic 400 faces, by the file they load (`arabic`, `arabic-extended`, …). */
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

  it('loads only the small slice for Arabic and Persian text', async () => {
    await loadFontsFor('ar');
    await document.fonts.load('400 16px "Noto Sans Arabic"', 'السلام عليكم، می‌شوند ۱۲۳ ١٢٣');
    const faces = arabicFaces();
    expect(faces.get('arabic')?.status).toBe('loaded');
    expect(faces.get('arabic-extended')?.status).toBe('unloaded');
    // An Urdu letter (ٹ, U+0679: in the Arabic block, not in Arabic or Persian) needs the extended
    // slice, and gets it.
    await document.fonts.load('400 16px "Noto Sans Arabic"', '\u0679');
    expect(faces.get('arabic-extended')?.status).toBe('loaded');
  });

  it('draws Arabic and Persian text exactly like the unsliced font: same joining forms, ligatures and marks', async () => {
    await loadFontsFor('ar');
    const reference = new FontFace('Reference Noto Sans Arabic', `url(${referenceArabic400})`);
    document.fonts.add(await reference.load());
    await document.fonts.load('400 32px "Noto Sans Arabic"', 'ا');
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no 2D canvas context');
    const width = (family: string, text: string) => {
      context.font = `400 32px "${family}"`;
      return context.measureText(text).width;
    };
    // The measure tells fonts apart: another font draws the same word at another width.
    expect(width('Noto Sans Arabic', 'السلام')).not.toBeCloseTo(width('monospace', 'السلام'), 1);
    // Words without spaces (the space is in the Latin slice, not in the reference face): lam-alef
    // ligature, medial and final forms, shadda and fatha, all of Persian's own letters (پ ژ گ, چ ک ی,
    // ۀ) and ZWNJ, both digit sets.
    for (const word of ['لا', 'السلام', 'مُحَمَّد', 'پژوهشگاه', 'کوچکی', 'خانۀ', 'می‌شوند', '١٢٣٫٤٥', '۱۲۳']) {
      expect(width('Noto Sans Arabic', word), word).toBeCloseTo(width('Reference Noto Sans Arabic', word), 3);
    }
  });
});
