import { describe, expect, it } from 'vitest';

import { compareValues, nextSort } from './sorting';

describe('nextSort', () => {
  it('starts a new column ascending and toggles the sorted one', () => {
    expect(nextSort(null, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({
      key: 'name',
      direction: 'descending',
    });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'name')).toEqual({
      key: 'name',
      direction: 'ascending',
    });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'total')).toEqual({
      key: 'total',
      direction: 'ascending',
    });
  });
});

describe('compareValues', () => {
  const collator = new Intl.Collator('en-US', { numeric: true });

  it('compares numbers numerically, strings naturally, dates by time', () => {
    expect([10, 9, 100].sort((a, b) => compareValues(a, b, collator))).toEqual([9, 10, 100]);
    expect(['item 10', 'item 9'].sort((a, b) => compareValues(a, b, collator))).toEqual([
      'item 9',
      'item 10',
    ]);
    expect(compareValues(new Date(2020, 0, 1), new Date(2021, 0, 1), collator)).toBeLessThan(0);
  });

  it('puts empty values last', () => {
    // (Array#sort itself always moves `undefined` to the very end.)
    const sorted = [null, 'b', '', 'a'].sort((a, b) => compareValues(a, b, collator));
    expect(sorted.slice(0, 2)).toEqual(['a', 'b']);
    expect(sorted.slice(2).sort()).toEqual(['', null]);
    expect(compareValues(undefined, 'a', collator)).toBeGreaterThan(0);
    expect(compareValues('a', null, collator)).toBeLessThan(0);
  });

  it('uses the locale collator (Arabic letters in alphabetical order)', () => {
    const ar = new Intl.Collator('ar', { numeric: true });
    expect(['ب', 'أ', 'ت'].sort((a, b) => compareValues(a, b, ar))).toEqual(['أ', 'ب', 'ت']);
  });
});
