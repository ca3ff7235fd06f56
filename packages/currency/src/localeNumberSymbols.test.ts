import { describe, expect, it } from 'vitest';

import { cachedSymbolsCount, localeNumberSymbols, SYMBOLS_CACHE_SIZE } from './localeNumberSymbols';
import { createPairCache } from './lruCache';
import { parseMoney } from './parseMoney';
import { LOCALE_CURRENCY_PAIRS } from './testLocales';

describe('localeNumberSymbols cache', () => {
  it('keeps every supported locale × currency pair (no rebuilding on a global page)', () => {
    expect(SYMBOLS_CACHE_SIZE).toBeGreaterThanOrEqual(128);
    const first = LOCALE_CURRENCY_PAIRS.map(([locale, currency]) => localeNumberSymbols(locale, currency));
    LOCALE_CURRENCY_PAIRS.forEach(([locale, currency], index) => {
      expect(localeNumberSymbols(locale, currency)).toBe(first[index]);
    });
  });

  it('stays bounded with far more pairs than the limit', () => {
    const codes = Intl.supportedValuesOf('currency').slice(0, 60);
    for (const locale of ['en', 'fr', 'de-CH', 'pt-BR', 'nl']) {
      for (const currency of codes) localeNumberSymbols(locale, currency);
      expect(cachedSymbolsCount()).toBeLessThanOrEqual(SYMBOLS_CACHE_SIZE);
    }
    expect(parseMoney('1.234,56 €', 'de', 'EUR').amount).toBe(123456n);
  });
});

describe('createPairCache', () => {
  it('hits without rebuilding and never holds more than its limit', () => {
    const cache = createPairCache<{ id: string }>(5);
    let built = 0;
    const get = (outer: string, inner: string) =>
      cache.get(outer, inner, () => {
        built += 1;
        return { id: `${outer}/${inner}` };
      });
    const a = get('en', 'USD');
    expect(get('en', 'USD')).toBe(a);
    expect(built).toBe(1);
    for (const outer of ['de', 'fr', 'ja']) for (const inner of ['USD', 'EUR']) get(outer, inner);
    expect(cache.size).toBeLessThanOrEqual(5);
    // The least recently missed group (en) went first.
    get('en', 'USD');
    expect(built).toBe(8);
    // One group larger than the limit starts afresh instead of growing.
    for (let index = 0; index < 12; index++) get('xx', String(index));
    expect(cache.size).toBeLessThanOrEqual(5);
    expect(get('xx', '11').id).toBe('xx/11');
  });
});
