import { describe, expect, it } from 'vitest';

import { autonymFontStackFor, fontStackFor, lineHeightFor, scriptFor } from './fonts';

describe('fontStackFor / lineHeightFor', () => {
  it.each([
    ['en-US', 'latin', '"Noto Sans"', 1.5],
    ['de', 'latin', '"Noto Sans"', 1.5],
    ['ar', 'arabic', '"Noto Sans Arabic"', 1.8],
    ['fa', 'arabic', '"Noto Sans Arabic"', 1.8],
    ['ar-XB', 'arabic', '"Noto Sans Arabic"', 1.8],
    ['he', 'hebrew', '"Noto Sans Hebrew"', 1.6],
    ['hi', 'devanagari', '"Noto Sans Devanagari"', 1.7],
    ['ja', 'japanese', '"Noto Sans JP"', 1.7],
    ['ko', 'korean', '"Noto Sans KR"', 1.7],
    ['zh', 'chinese', '"Noto Sans SC"', 1.7],
  ])('%s → %s', (locale, script, first, lineHeight) => {
    expect(scriptFor(locale)).toBe(script);
    expect(fontStackFor(locale).startsWith(first)).toBe(true);
    expect(fontStackFor(locale)).toMatch(/sans-serif$/);
    expect(lineHeightFor(locale)).toBe(lineHeight);
  });

  it('gives Arabic a taller line-height than Latin', () => {
    expect(lineHeightFor('ar')).toBeGreaterThan(lineHeightFor('en-US'));
  });

  it('treats unknown or malformed input as Latin, never throwing', () => {
    expect(scriptFor('')).toBe('latin');
    expect(scriptFor('xx-YY')).toBe('latin');
    expect(scriptFor(undefined as unknown as string)).toBe('latin');
  });
});

describe('autonymFontStackFor', () => {
  it.each([
    ['en-US', '"Noto Sans", "Noto Sans Math", "Globalkit Autonyms", system-ui'],
    ['ar', '"Noto Sans Arabic", "Noto Sans", "Noto Sans Math", "Globalkit Autonyms", Tahoma'],
    ['ja', '"Noto Sans JP", "Noto Sans", "Globalkit Autonyms", "Hiragino Sans"'],
  ])('on a %s page: the page’s Noto families, then the autonym faces, then system fonts', (locale, start) => {
    expect(autonymFontStackFor(locale).startsWith(start)).toBe(true);
    expect(autonymFontStackFor(locale)).toMatch(/sans-serif$/);
  });
});
