import { describe, expect, it } from 'vitest';

import { formatRelativeTime } from './formatRelativeTime';
import {
  getDateTimeFormat,
  getListFormat,
  getLocaleDisplayName,
  getNumberFormat,
  getPluralRules,
  getRelativeTimeFormat,
} from './formatters';
import { SUPPORTED_LOCALES } from './supportedLocales';

const MARCH_5 = new Date(Date.UTC(2024, 2, 5, 14, 30, 0));

// Exactly what Node's ICU (78, CLDR 48) produces; bidi marks and narrow spaces are written as escapes.
// Note `ar` now defaults to Latin digits (CLDR changed it); `ar-u-nu-arab` asks for Arabic-Indic ones.
// prettier-ignore
const EXPECTED: Array<[locale: string, number: string, date: string, time: string, yesterday: string,
  twoMinutesAgo: string, inThreeHours: string, list: string, or: string]> = [
  ['en-US', '1,234.5', 'Mar 5, 2024', '2:30 PM', 'yesterday', '2 minutes ago', 'in 3 hours', 'A, B, and C', 'A or B'],
  ['en-GB', '1,234.5', '5 Mar 2024', '14:30', 'yesterday', '2 minutes ago', 'in 3 hours', 'A, B and C', 'A or B'],
  ['de', '1.234,5', '05.03.2024', '14:30', 'gestern', 'vor 2 Minuten', 'in 3 Stunden', 'A, B und C', 'A oder B'],
  ['fr', '1\u202f234,5', '5 mars 2024', '14:30', 'hier', 'il y a 2 minutes', 'dans 3 heures', 'A, B et C', 'A ou B'],
  ['es', '1234,5', '5 mar 2024', '14:30', 'ayer', 'hace 2 minutos', 'dentro de 3 horas', 'A, B y C', 'A o B'],
  ['it', '1234,5', '5 mar 2024', '14:30', 'ieri', '2 minuti fa', 'tra 3 ore', 'A, B e C', 'A o B'],
  ['ja', '1,234.5', '2024/03/05', '14:30', '昨日', '2 分前', '3 時間後', 'A、B、C', 'AまたはB'],
  ['ko', '1,234.5', '2024. 3. 5.', 'PM 2:30', '어제', '2분 전', '3시간 후', 'A, B 및 C', 'A 또는 B'],
  ['zh', '1,234.5', '2024年3月5日', '14:30', '昨天', '2分钟前', '3小时后', 'A、B和C', 'A或B'],
  ['hi', '1,234.5', '5 मार्च 2024', '2:30 pm', 'कल', '2 मिनट पहले', '3 घंटे में', 'A, B, और C', 'A या B'],
  ['ms', '1,234.5', '5 Mac 2024', '2:30 PTG', 'semalam', '2 minit lalu', 'dalam 3 jam', 'A, B dan C', 'A atau B'],
  ['ar', '1,234.5', '05\u200f/03\u200f/2024', '2:30 م', 'أمس', 'قبل دقيقتين', 'خلال 3 ساعات', 'A وB وC', 'A أو B'],
  ['he', '1,234.5', '5 במרץ 2024', '14:30', 'אתמול', 'לפני 2 דקות', 'בעוד 3 שעות', 'A, B ו-C', 'A או B'],
  ['fa', '۱٬۲۳۴٫۵', '۱۵ اسفند ۱۴۰۲', '۱۴:۳۰', 'دیروز', '۲ دقیقه پیش', '۳ ساعت بعد', 'A،\u200f B، و C', 'A یا B'],
];

describe('formatting in all 14 locales (Node ICU)', () => {
  it('covers every supported locale', () => {
    expect(EXPECTED.map(([locale]) => locale)).toEqual([...SUPPORTED_LOCALES]);
  });

  it.each(EXPECTED)('%s', (locale, number, date, time, yesterday, twoMinutesAgo, inThreeHours, list, or) => {
    expect(getNumberFormat(locale).format(1234.5)).toBe(number);
    expect(getDateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(MARCH_5)).toBe(date);
    expect(
      getDateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(MARCH_5),
    ).toBe(time);
    expect(getRelativeTimeFormat(locale, { numeric: 'auto' }).format(-1, 'day')).toBe(yesterday);
    expect(formatRelativeTime(locale, MARCH_5.getTime() - 120_000, { now: MARCH_5 })).toBe(twoMinutesAgo);
    expect(
      formatRelativeTime(locale, MARCH_5.getTime() + 3 * 3_600_000, { now: MARCH_5, numeric: 'always' }),
    ).toBe(inThreeHours);
    expect(getListFormat(locale).format(['A', 'B', 'C'])).toBe(list);
    expect(getListFormat(locale, { type: 'disjunction' }).format(['A', 'B'])).toBe(or);
  });

  it('gives Arabic-Indic digits on request and currencies per locale', () => {
    expect(getNumberFormat('ar-u-nu-arab').format(1234.5)).toBe('١٬٢٣٤٫٥');
    expect(getNumberFormat('de', { style: 'currency', currency: 'EUR' }).format(1234.5)).toBe(
      '1.234,50\u00a0€',
    );
    expect(getNumberFormat('ja', { style: 'currency', currency: 'JPY' }).format(1234)).toBe('￥1,234');
  });

  it('knows the plural categories the locale files use', () => {
    expect(getPluralRules('ar').resolvedOptions().pluralCategories).toHaveLength(6);
    expect(getPluralRules('ja').resolvedOptions().pluralCategories).toEqual(['other']);
    expect(getPluralRules('ar').select(2)).toBe('two');
  });
});

describe('formatter cache', () => {
  it('reuses one formatter per locale and option values, whatever the option order', () => {
    const a = getNumberFormat('de', { style: 'percent', maximumFractionDigits: 1 });
    const b = getNumberFormat('de', { maximumFractionDigits: 1, style: 'percent' });
    expect(a).toBe(b);
    expect(getNumberFormat('de', { maximumFractionDigits: 2, style: 'percent' })).not.toBe(a);
    expect(getNumberFormat('fr')).not.toBe(getNumberFormat('de'));
  });

  it('stays bounded: old entries are evicted, recent ones kept', () => {
    const first = getListFormat('en-US', { style: 'narrow' });
    for (let i = 0; i < 500; i++)
      getListFormat('en-US', {
        style: 'long',
        localeMatcher: i % 2 ? 'lookup' : 'best fit',
        type: 'unit',
        ...{ [`x${i}`]: i },
      } as Intl.ListFormatOptions);
    expect(getListFormat('en-US', { style: 'narrow' })).not.toBe(first); // evicted, rebuilt
    const recent = getListFormat('de', { style: 'short' });
    expect(getListFormat('de', { style: 'short' })).toBe(recent);
  });

  it('falls back to en-US for a malformed locale instead of throwing', () => {
    expect(getNumberFormat('../../etc').format(1234.5)).toBe('1,234.5');
    expect(getDateTimeFormat('', { timeZone: 'UTC', dateStyle: 'medium' }).format(MARCH_5)).toBe(
      'Mar 5, 2024',
    );
    expect(getListFormat('x'.repeat(10_000)).format(['A', 'B'])).toBe('A and B');
  });

  it('still throws for invalid options (a programming error)', () => {
    expect(() => getNumberFormat('de', { style: 'currency' })).toThrow(TypeError);
  });
});

describe('formatRelativeTime', () => {
  const now = MARCH_5.getTime();
  it.each([
    [0, 'now'],
    [-59_000, '59 seconds ago'],
    [-60_000, '1 minute ago'],
    [-3_599_000, '59 minutes ago'],
    [-3_600_000, '1 hour ago'],
    [-86_400_000, 'yesterday'],
    [2 * 86_400_000, 'in 2 days'],
    [-7 * 86_400_000, 'last week'],
    [-45 * 86_400_000, 'last month'],
    [400 * 86_400_000, 'next year'],
  ])('%d ms → %s', (offset, expected) => {
    expect(formatRelativeTime('en-US', now + offset, { now })).toBe(expected);
  });

  it('throws a RangeError for an invalid date', () => {
    expect(() => formatRelativeTime('en-US', new Date('nope'), { now })).toThrow(RangeError);
    expect(() => formatRelativeTime('en-US', Number.NaN)).toThrow(RangeError);
  });
});

describe('getLocaleDisplayName', () => {
  it('names a locale in its own language by default', () => {
    expect(getLocaleDisplayName('de')).toBe('Deutsch');
    expect(getLocaleDisplayName('ja')).toBe('日本語');
    expect(getLocaleDisplayName('ar', 'en')).toBe('Arabic');
    expect(getLocaleDisplayName('en-GB', 'en-US')).toBe('British English');
    expect(getLocaleDisplayName('../x')).toBe('../x');
    expect(getLocaleDisplayName('en-XA', 'en')).toBe('English (Pseudo-Accents)');
  });
});
