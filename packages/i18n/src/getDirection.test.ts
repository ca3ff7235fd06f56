import { describe, expect, it, vi } from 'vitest';

import { getDirection, RTL_SCRIPTS } from './getDirection';
import { PSEUDO_LOCALES, SUPPORTED_LOCALES } from './supportedLocales';

describe('getDirection', () => {
  const table: Array<[unknown, 'ltr' | 'rtl']> = [
    // the supported locales
    ['en-US', 'ltr'],
    ['en-GB', 'ltr'],
    ['de', 'ltr'],
    ['fr', 'ltr'],
    ['es', 'ltr'],
    ['it', 'ltr'],
    ['ja', 'ltr'],
    ['ko', 'ltr'],
    ['zh', 'ltr'],
    ['hi', 'ltr'],
    ['ms', 'ltr'],
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    // pseudo-locales
    ['en-XA', 'ltr'],
    ['ar-XB', 'rtl'],
    // the known RTL languages, with regions
    ['ur', 'rtl'],
    ['ur-IN', 'rtl'],
    ['ps', 'rtl'],
    ['yi', 'rtl'],
    ['dv', 'rtl'],
    ['ckb', 'rtl'],
    ['sd', 'rtl'],
    ['ug', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he-IL', 'rtl'],
    ['fa-AF', 'rtl'],
    ['iw', 'rtl'],
    ['ji', 'rtl'],
    // script wins over language
    ['az-Arab', 'rtl'],
    ['az-Latn', 'ltr'],
    ['az', 'ltr'],
    ['az-IR', 'rtl'],
    ['ar-Latn', 'ltr'],
    ['pa-Arab', 'rtl'],
    ['pa-PK', 'rtl'],
    ['pa', 'ltr'],
    ['sd-Deva', 'ltr'],
    ['sd-IN', 'ltr'],
    ['ms-Arab', 'rtl'],
    ['uz-Arab', 'rtl'],
    ['ku-Arab', 'rtl'],
    ['ff-Adlm', 'rtl'],
    ['ff-Latn', 'ltr'],
    ['und-Hebr', 'rtl'],
    ['und-Thaa', 'rtl'],
    ['und-Syrc', 'rtl'],
    ['und-Nkoo', 'rtl'],
    ['und-Rohg', 'rtl'],
    ['rhg', 'rtl'],
    ['nqo', 'rtl'],
    ['syr', 'rtl'],
    ['AR', 'rtl'],
    ['ar_SA', 'rtl'],
    // unknown, empty, malformed, non-string → ltr, never rtl by accident
    ['xx', 'ltr'],
    ['qaa', 'ltr'],
    ['und', 'ltr'],
    ['', 'ltr'],
    ['   ', 'ltr'],
    ['*', 'ltr'],
    ['../../etc', 'ltr'],
    ['ar/../../x', 'ltr'],
    ['a'.repeat(10_000), 'ltr'],
    [`ar${'-x'.repeat(5000)}`, 'ltr'],
    [null, 'ltr'],
    [undefined, 'ltr'],
    [42, 'ltr'],
    [{ toString: () => 'ar' }, 'ltr'],
    [['ar'], 'ltr'],
  ];

  it.each(table)('%j → %s', (tag, expected) => {
    expect(getDirection(tag)).toBe(expected);
  });

  it('covers every supported and pseudo-locale', () => {
    const covered = new Set(table.map(([tag]) => tag));
    for (const locale of [...SUPPORTED_LOCALES, ...PSEUDO_LOCALES]) expect(covered).toContain(locale);
  });

  it("answers the SDK's own locales as their CLDR likely script says, without calling maximize()", () => {
    const maximize = vi.spyOn(Intl.Locale.prototype, 'maximize');
    try {
      for (const locale of [...SUPPORTED_LOCALES, ...PSEUDO_LOCALES]) {
        const direction = getDirection(locale);
        expect(maximize).not.toHaveBeenCalled();
        // Pseudo-locales are written like their language (ar-XB like ar).
        const script = new Intl.Locale(locale.replace(/-X[AB]$/, '')).maximize().script ?? '';
        maximize.mockClear();
        expect(direction, locale).toBe(RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr');
      }
    } finally {
      maximize.mockRestore();
    }
  });
});
