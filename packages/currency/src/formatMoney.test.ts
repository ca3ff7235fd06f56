import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { cachedFormatCount, currencyFormat, FORMATTER_CACHE_SIZE } from './currencyFormat';
import { InvalidArgumentError } from './errors';
import { formatMoney, formatMoneyToParts, intlValue } from './formatMoney';
import { money, toDecimalString } from './money';
import { LOCALE_CURRENCY_PAIRS, LOCALES } from './testLocales';

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

  it('caches formatters, bounded', () => {
    const a = currencyFormat('en-US', 'USD', undefined, 'test');
    expect(currencyFormat('en-US', 'USD', undefined, 'test')).toBe(a);
    expect(currencyFormat('en-US', 'USD', { currencyDisplay: undefined }, 'test')).toBe(a);
    expect(currencyFormat('en-US', 'USD', { currencyDisplay: 'code' }, 'test')).not.toBe(a);
    expect(currencyFormat('en-US', 'USD', { currencyDisplay: 'code' }, 'test')).toBe(
      currencyFormat('en-US', 'USD', { currencyDisplay: 'code' }, 'test'),
    );
    // The 112 pairs of the supported locales fit, so a page never rebuilds formatters.
    const pairs = LOCALE_CURRENCY_PAIRS.map(([locale, currency]) =>
      currencyFormat(locale, currency, undefined, 'test'),
    );
    LOCALE_CURRENCY_PAIRS.forEach(([locale, currency], index) => {
      expect(currencyFormat(locale, currency, undefined, 'test')).toBe(pairs[index]);
    });
    // Far more combinations than the limit: the cache stays bounded and drops the oldest.
    const codes = Intl.supportedValuesOf('currency').slice(0, 100);
    for (const locale of ['en', 'fr', 'de-CH', 'es-MX', 'pt-BR', 'nl', 'sv', 'pl']) {
      for (const currency of codes) currencyFormat(locale, currency, { currencyDisplay: 'name' }, 'test');
      expect(cachedFormatCount()).toBeLessThanOrEqual(FORMATTER_CACHE_SIZE);
    }
    expect(cachedFormatCount()).toBeGreaterThan(FORMATTER_CACHE_SIZE / 2);
    expect(currencyFormat('en-US', 'USD', undefined, 'test')).not.toBe(a);
    expect(formatMoney(money(1999, 'USD'), 'en-US')).toBe('$19.99');
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

describe('formatMoney hands Intl a Number only where it prints the exact decimal', () => {
  // 0 (JPY, KRW), 2 and 3 (BHD, KWD) minor digits, plus the first-class ones.
  const currencies = ['USD', 'EUR', 'GBP', 'JPY', 'KRW', 'SGD', 'CNY', 'INR', 'AED', 'BHD', 'KWD'];
  const limit = 10n ** 15n;
  const edges = [
    0n,
    1n,
    5n,
    9n,
    10n,
    15n,
    105n,
    1005n,
    1015n,
    4250n,
    1999n,
    10000n,
    123456n,
    98765432n,
    1234567890123n,
    // Decimals that are not exact in binary (x.x5, x.x15, …).
    1_000_000_005n,
    123_456_789_012_345n,
    999_999_999_999_995n,
    limit - 1n,
    limit - 5n,
    limit - 10n,
    limit,
    limit + 1n,
    2n ** 53n - 1n,
    2n ** 53n,
    2n ** 53n + 1n,
    2n ** 63n - 1n,
  ];
  const amounts = edges.flatMap((amount) => [amount, -amount]);
  const displays = [
    undefined,
    { currencyDisplay: 'code' },
    { currencyDisplay: 'name' },
    { signDisplay: 'exceptZero' },
    { currencySign: 'accounting' },
    { trailingZeroDisplay: 'stripIfInteger' },
    { numberingSystem: 'latn', useGrouping: false },
  ] as const;

  it.each(LOCALES.flatMap((locale) => currencies.map((currency) => [locale, currency] as const)))(
    '%s %s: Number path and decimal-string path agree on every edge amount',
    (locale, currency) => {
      for (const options of displays) {
        const format = currencyFormat(locale, currency, options, 'test');
        for (const amount of amounts) {
          const m = money(amount, currency);
          const value = intlValue(m, options);
          const exact = toDecimalString(m) as Intl.StringNumericLiteral;
          expect(typeof value).toBe(amount < limit && amount > -limit ? 'number' : 'string');
          expect(format.format(value)).toBe(format.format(exact));
          expect(formatMoney(m, locale, options)).toBe(format.format(exact));
        }
      }
    },
  );

  it('property: any amount below 10^15 minor units formats like its decimal string', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(limit - 1n), max: limit - 1n }),
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...currencies),
        (amount, locale, currency) => {
          const m = money(amount, currency);
          expect(formatMoney(m, locale)).toBe(reference(locale, currency, toDecimalString(m)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps the exact string for compact notation and large amounts', () => {
    expect(typeof intlValue(money(115, 'USD'), { notation: 'compact' })).toBe('string');
    expect(formatMoney(money(115, 'USD'), 'en-US', { notation: 'compact' })).toBe(
      new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact' }).format(
        '1.15' as Intl.StringNumericLiteral,
      ),
    );
    expect(intlValue(money(2n ** 63n - 1n, 'USD'), undefined)).toBe('92233720368547758.07');
    expect(formatMoney(money(2n ** 63n - 1n, 'USD'), 'en-US')).toBe('$92,233,720,368,547,758.07');
  });
});
