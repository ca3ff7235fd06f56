import { describe, expect, it } from 'vitest';

import { loadFontsFor } from './fonts';

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
});
