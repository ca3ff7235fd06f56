import { describe, expect, it } from 'vitest';

import { negotiateLocale } from './negotiateLocale';
import { parseAcceptLanguage } from './parseAcceptLanguage';

describe('parseAcceptLanguage', () => {
  it.each([
    ['de-CH,de;q=0.9,en;q=0.8', ['de-CH', 'de', 'en']],
    ['fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5', ['fr-CH', 'fr', 'en', 'de']],
    ['en;q=0.5, ja', ['ja', 'en']],
    ['a;q=0.5, b;q=0.5, c', ['c', 'a', 'b']],
    ['en-US', ['en-US']],
    ['zh-Hant-TW;q=1.000, zh;q=0.001', ['zh-Hant-TW', 'zh']],
    ['de;q=0, en', ['en']],
    ['*', []],
    ['', []],
    ['   ,  ,, ;q=1', []],
    ['en;q=2, de;q=-1, fr;q=abc, it;q=0.5000, es', ['es']],
    ['EN-us;Q=0.8, ko', ['ko', 'EN-us']],
    ['en_US, de', ['en_US', 'de']],
    ['de, de, DE;q=0.1', ['de']],
    ['../../etc/passwd, <script>, ja', ['ja']],
    ['en; level=1; q=0.4, fr', ['fr', 'en']],
    ['toolongsubtag-US, en-abcdefghi, he', ['he']],
  ])('%j → %j', (header, expected) => {
    expect(parseAcceptLanguage(header)).toEqual(expected);
  });

  it('returns [] for anything but a string', () => {
    for (const value of [undefined, null, 42, ['en'], { en: 1 }])
      expect(parseAcceptLanguage(value)).toEqual([]);
  });

  it('bounds its work on hostile headers', () => {
    const huge = Array.from({ length: 100_000 }, (_, i) => `x${i % 10}`).join(',');
    const started = performance.now();
    const result = parseAcceptLanguage(`${huge},de`);
    expect(performance.now() - started).toBeLessThan(50);
    expect(result.length).toBeLessThanOrEqual(32);
    expect(result).not.toContain('de'); // past the bound
    expect(parseAcceptLanguage(`${'a'.repeat(10_000)}, ja`)).toEqual([]);
  });

  it('feeds negotiateLocale for server-side rendering', () => {
    expect(negotiateLocale(parseAcceptLanguage('pt-BR,pt;q=0.9,en-AU;q=0.8'))).toBe('en-GB');
    expect(negotiateLocale(parseAcceptLanguage('zh-TW,zh;q=0.9'))).toBe('zh');
    expect(negotiateLocale(parseAcceptLanguage('garbage;;;==,'), { region: 'me-south-1' })).toBe('ar');
  });
});
