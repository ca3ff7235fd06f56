import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { currencyFormat, FORMATTER_CACHE_SIZE } from './currencyFormat';
import { InvalidArgumentError } from './errors';
import { formatMoney, formatMoneyToParts } from './formatMoney';
import { money, toDecimalString } from './money';
import { LOCALE_CURRENCY_PAIRS } from './testLocales';

const reference = (locale: string, currency: string, decimal: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency }).format(decimal as Intl.StringNumericLiteral);

const SAMPLES = [0n, 1n, -1n, 5n, 123456789n, -123456789n, 2n ** 63n - 1n, -(2n ** 63n)];

describe('formatMoney: 14 locales × 8 currencies', () => {
  it.each(LOCALE_CURRENCY_PAIRS)(
    '%s %s is exactly Intl.NumberFormat fed the decimal string',
    (locale, currency) => {
      for (const amount of SAMPLES) {
        const m = money(amount, currency);
        const text = formatMoney(m, locale);
        expect(text).toBe(reference(locale, currency, toDecimalString(m)));
        const parts = formatMoneyToParts(m, locale);
        expect(parts.map((part) => part.value).join('')).toBe(text);
        expect(parts.some((part) => part.type === 'currency')).toBe(true);
      }
    },
  );
});

describe('formatMoney output (ICU 78 / CLDR 48, as in Node 20.20)', () => {
  // Hand-checked strings: what a reader of each locale expects to see.
  it.each<[string, string, string, string]>([
    ['en-US', 'USD', '1234.5', '$1,234.50'],
    ['en-GB', 'GBP', '1234.5', '£1,234.50'],
    ['en-GB', 'USD', '1234.5', 'US$1,234.50'],
    ['de', 'EUR', '1234.5', '1.234,50\u00A0€'],
    ['fr', 'EUR', '1234.5', '1\u202F234,50\u00A0€'],
    ['es', 'EUR', '1234.5', '1234,50\u00A0€'], // Spanish groups only from five digits
    ['es', 'EUR', '12345.5', '12.345,50\u00A0€'],
    ['it', 'EUR', '1234.5', '1234,50\u00A0€'],
    ['ja', 'JPY', '1500', '￥1,500'],
    ['ko', 'USD', '9.99', 'US$9.99'],
    ['zh', 'CNY', '68', '¥68.00'],
    ['hi', 'INR', '1234567.89', '₹12,34,567.89'],
    ['ms', 'USD', '9.99', 'USD\u00A09.99'],
    ['ar', 'AED', '-1234.5', '\u200F\u200E-1,234.50\u00A0د.إ.\u200F'],
    ['he', 'USD', '12.5', '\u200F12.50\u00A0\u200F$'],
    ['fa', 'USD', '12.5', '\u200E$۱۲٫۵۰'],
    ['fa', 'USD', '-12.5', '\u200E\u2212\u200E$۱۲٫۵۰'],
  ])('%s %s %s → %j', (locale, currency, amount, expected) => {
    expect(formatMoney(money(amount, currency), locale)).toBe(expected);
  });

  it('formats 2^63-scale amounts digit for digit (never through a float)', () => {
    expect(formatMoney(money(2n ** 63n - 1n, 'USD'), 'en-US')).toBe('$92,233,720,368,547,758.07');
    expect(formatMoney(money(-(2n ** 63n), 'JPY'), 'ja')).toBe('-￥9,223,372,036,854,775,808');
    expect(formatMoney(money(10n ** 30n + 1n, 'EUR'), 'de')).toBe(
      '10.000.000.000.000.000.000.000.000.000,01\u00A0€',
    );
    // The float path would have printed …758.08 (2^63 − 1 is not a double).
    expect(
      new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(
        Number('92233720368547758.07'),
      ),
    ).not.toBe('$92,233,720,368,547,758.07');
  });

  it('property: the digits of the output are exactly the digits of the amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }), (amount) => {
        const text = formatMoney(money(amount, 'USD'), 'en-US', { useGrouping: false });
        expect(text.replace(/[^0-9]/g, '')).toBe(
          (amount < 0n ? -amount : amount).toString().padStart(3, '0'),
        );
      }),
    );
  });
});

describe('formatMoney options', () => {
  const m = money('-1234.5', 'USD');
  it.each<[string, Parameters<typeof formatMoney>[2], string]>([
    ['en-US', { currencyDisplay: 'code' }, '-USD\u00A01,234.50'],
    ['en-US', { currencyDisplay: 'name' }, '-1,234.50 US dollars'],
    ['en-GB', { currencyDisplay: 'narrowSymbol' }, '-$1,234.50'],
    ['en-US', { currencySign: 'accounting' }, '($1,234.50)'],
    ['en-US', { signDisplay: 'never' }, '$1,234.50'],
    ['en-US', { notation: 'compact' }, '-$1.2K'],
    ['ja', { notation: 'compact' }, '-$1235'],
    ['ar', { numberingSystem: 'arab' }, '\u061C-\u200F١٬٢٣٤٫٥٠\u00A0US$'],
    ['fa', { numberingSystem: 'latn' }, '\u200E\u2212\u200E$\u00A01,234.50'],
  ])('%s %j', (locale, options, expected) => {
    expect(formatMoney(m, locale, options)).toBe(expected);
  });

  it('hides zero fractions on whole amounts with trailingZeroDisplay', () => {
    expect(formatMoney(money('12', 'USD'), 'en-US', { trailingZeroDisplay: 'stripIfInteger' })).toBe('$12');
    expect(formatMoney(money('12.5', 'USD'), 'en-US', { trailingZeroDisplay: 'stripIfInteger' })).toBe(
      '$12.50',
    );
  });

  it('keeps the bidi marks Intl emits in the parts', () => {
    const parts = formatMoneyToParts(money('-1234.5', 'AED'), 'ar');
    expect(parts[0]).toEqual({ type: 'literal', value: '\u200F\u200E' });
    expect(parts.map((part) => part.type)).toEqual([
      'literal',
      'minusSign',
      'integer',
      'group',
      'integer',
      'decimal',
      'fraction',
      'literal',
      'currency',
      'literal',
    ]);
    expect(parts.at(-1)).toEqual({ type: 'literal', value: '\u200F' });
  });

  it('caches formatters in a bounded LRU', () => {
    const a = currencyFormat('en-US', 'USD', undefined, 'test');
    expect(currencyFormat('en-US', 'USD', undefined, 'test')).toBe(a);
    expect(currencyFormat('en-US', 'USD', { currencyDisplay: undefined }, 'test')).toBe(a);
    expect(currencyFormat('en-US', 'USD', { currencyDisplay: 'code' }, 'test')).not.toBe(a);
    for (const currency of Intl.supportedValuesOf('currency').slice(0, FORMATTER_CACHE_SIZE)) {
      currencyFormat('en-US', currency, { currencyDisplay: 'name' }, 'test');
    }
    expect(currencyFormat('en-US', 'USD', undefined, 'test')).not.toBe(a);
  });

  it('reports a malformed locale or option with a typed error', () => {
    expect(() => formatMoney(money(1, 'USD'), 'en_US')).toThrow(InvalidArgumentError);
    expect(() => formatMoney(money(1, 'USD'), 'en_US')).toThrow(
      'formatMoney: "en_US" is not a BCP 47 locale tag; use e.g. "en-US", "de" or "ar-EG".',
    );
    expect(() => formatMoney(money(1, 'USD'), 'en', { currencyDisplay: 'emoji' as never })).toThrow(
      /^formatMoney: invalid options for en: /,
    );
    expect(() => formatMoney({ amount: 1 } as never, 'en')).toThrow('toDecimalString: expected a Money');
    // Well-formed but unknown locales fall back like Intl does, documented.
    expect(formatMoney(money(1, 'USD'), 'xx')).toBe(reference('xx', 'USD', '0.01'));
  });
});
