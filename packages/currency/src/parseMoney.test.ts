import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { FormatMoneyOptions } from './currencyFormat';
import {
  InvalidArgumentError,
  ParseMoneyError,
  type ParseMoneyErrorReason,
  UnknownCurrencyError,
} from './errors';
import { formatMoney } from './formatMoney';
import { money } from './money';
import { MAX_PARSE_LENGTH, parseMoney } from './parseMoney';
import { CURRENCIES, LOCALE_CURRENCY_PAIRS, LOCALES } from './testLocales';

// Every display option that keeps the value exact (compact notation rounds, so it cannot round-trip).
const ROUND_TRIP_OPTIONS: readonly (FormatMoneyOptions | undefined)[] = [
  undefined,
  { currencyDisplay: 'code' },
  { currencyDisplay: 'name' },
  { currencyDisplay: 'narrowSymbol' },
  { currencySign: 'accounting' },
  { signDisplay: 'always' },
  { signDisplay: 'never' },
  { trailingZeroDisplay: 'stripIfInteger' },
  { numberingSystem: 'latn' },
  { numberingSystem: 'arab' },
  { numberingSystem: 'arabext' },
  { numberingSystem: 'deva' },
  { useGrouping: false },
  { currencyDisplay: 'name', currencySign: 'accounting', numberingSystem: 'arab' },
];

describe('parseMoney round-trips formatMoney: 14 locales × 8 currencies', () => {
  const amounts = [0n, 1n, -1n, 5n, 100n, 123456789n, -123456789n, 2n ** 63n - 1n, -(2n ** 63n)];
  it.each(LOCALE_CURRENCY_PAIRS)('%s %s', (locale, currency) => {
    for (const options of ROUND_TRIP_OPTIONS) {
      for (const amount of amounts) {
        const expected = options?.signDisplay === 'never' && amount < 0n ? -amount : amount;
        const text = formatMoney(money(amount, currency), locale, options);
        expect(parseMoney(text, locale, currency).amount, `${JSON.stringify(options)} ${text}`).toBe(
          expected,
        );
      }
    }
  });

  it('property: any amount, locale, currency and exact display option', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(2n ** 72n), max: 2n ** 72n }),
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...CURRENCIES, 'CHF', 'KRW', 'BHD', 'BRL', 'SAR'),
        fc.constantFrom(...ROUND_TRIP_OPTIONS.filter((options) => options?.signDisplay !== 'never')),
        (amount, locale, currency, options) => {
          const m = money(amount, currency);
          expect(parseMoney(formatMoney(m, locale, options), locale, currency)).toEqual(m);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('parseMoney reads what people type', () => {
  it.each<[string, string, string, string]>([
    // [text, locale, currency, expected decimal]
    ['12.50', 'en-US', 'USD', '12.50'],
    ['$1,234.56', 'en-US', 'USD', '1234.56'],
    ['US$ 1,234.56', 'en-US', 'USD', '1234.56'],
    ['usd 12', 'en-US', 'USD', '12'],
    ['1 234.56', 'en-US', 'USD', '1234.56'],
    ['.5', 'en-US', 'USD', '0.50'],
    ['12.', 'en-US', 'USD', '12'],
    ['12.500', 'en-US', 'USD', '12.50'],
    ['-$5', 'en-US', 'USD', '-5'],
    ['$-5', 'en-US', 'USD', '-5'],
    ['\u22125.00', 'en-US', 'USD', '-5'],
    ['($1,234.56)', 'en-US', 'USD', '-1234.56'],
    ['+7', 'en-US', 'USD', '7'],
    ['1,00,000', 'en-US', 'INR', '100000'],
    ['₹12,34,567.89', 'hi', 'INR', '1234567.89'],
    ['Rs. 499', 'en-IN', 'INR', '499'],
    ['1.234,56 €', 'de', 'EUR', '1234.56'],
    ['1234,56', 'de', 'EUR', '1234.56'],
    ['12,5', 'de', 'EUR', '12.50'],
    ["CHF 1'234.50", 'de-CH', 'CHF', '1234.50'],
    ['CHF 1’234.50', 'de-CH', 'CHF', '1234.50'],
    ['1\u202F234,56\u00A0€', 'fr', 'EUR', '1234.56'],
    ['1 234,56 €', 'fr', 'EUR', '1234.56'],
    ['12,34 dollars des États-Unis', 'fr', 'USD', '12.34'],
    ['1.234,56 US-Dollar', 'de', 'USD', '1234.56'],
    ['￥１，５００', 'ja', 'JPY', '1500'],
    ['1,500円', 'ja', 'JPY', '1500'],
    ['۱۲٫۵۰', 'fa', 'USD', '12.50'],
    ['۱۲/۵', 'fa', 'USD', '12.50'],
    ['۱٬۲۳۴٫۵۰ دلار آمریکا', 'fa', 'USD', '1234.50'],
    ['\u200E\u2212\u200E$۱۲٫۵۰', 'fa', 'USD', '-12.50'],
    ['١٢٫٥٠', 'ar', 'AED', '12.50'],
    ['١٬٢٣٤٫٥٠ د.إ.', 'ar-AE', 'AED', '1234.50'],
    ['\u200F\u200E-1,234.50 د.إ.\u200F', 'ar', 'AED', '-1234.50'],
    ['\u206712.50 US$\u2069', 'ar', 'USD', '12.50'],
    ['\u200F12.50 \u200F$', 'he', 'USD', '12.50'],
    ['S$13', 'en-SG', 'SGD', '13'],
    ['RMB 68', 'zh', 'CNY', '68'],
    ['3.9', 'en', 'BHD', '3.900'],
  ])('%j in %s as %s', (text, locale, currency, expected) => {
    expect(parseMoney(text, locale, currency)).toEqual(money(expected, currency));
  });
});

describe('parseMoney explains what is wrong', () => {
  const cases: [string, string, string, ParseMoneyErrorReason, string][] = [
    [
      '',
      'en-US',
      'USD',
      'empty',
      'parseMoney: "" contains no amount; expected something like "$1,234,567.89".',
    ],
    [
      '  $ ',
      'en-US',
      'USD',
      'empty',
      'parseMoney: "  $ " contains no amount; expected something like "$1,234,567.89".',
    ],
    [
      '12abc',
      'en-US',
      'USD',
      'letters',
      'parseMoney: "12abc" contains "abc", which is not a way to write USD in en-US; expected something like "$1,234,567.89".',
    ],
    [
      'twelve',
      'de',
      'EUR',
      'letters',
      'parseMoney: "twelve" contains "twelve", which is not a way to write EUR in de; expected something like "1.234.567,89\u00A0€".',
    ],
    [
      '€12',
      'en-US',
      'USD',
      'wrongCurrency',
      'parseMoney: "€12" is written in another currency ("€"); expected USD, like "$1,234,567.89".',
    ],
    [
      'EUR 12',
      'en-US',
      'USD',
      'wrongCurrency',
      'parseMoney: "EUR 12" is written in another currency ("EUR"); expected USD, like "$1,234,567.89".',
    ],
    [
      '12.345',
      'en-US',
      'USD',
      'tooManyFractionDigits',
      'parseMoney: "12.345" has more fraction digits than USD allows (2).',
    ],
    [
      '1500.5',
      'ja',
      'JPY',
      'tooManyFractionDigits',
      'parseMoney: "1500.5" has a fraction, but JPY has no minor unit.',
    ],
    [
      '1.2.3',
      'en-US',
      'USD',
      'multipleDecimalSeparators',
      'parseMoney: "1.2.3" has more than one decimal separator; in en-US "." separates decimals and "," groups digits ($1,234,567.89).',
    ],
    [
      '12,5',
      'en-US',
      'USD',
      'invalidGrouping',
      'parseMoney: "12,5" has misplaced digit grouping; in en-US "." separates decimals and "," groups digits ($1,234,567.89).',
    ],
    [
      '12.50',
      'de',
      'EUR',
      'invalidGrouping',
      'parseMoney: "12.50" has misplaced digit grouping; in de "," separates decimals and "." groups digits (1.234.567,89\u00A0€).',
    ],
    [
      '1,234 567',
      'en-US',
      'USD',
      'invalidGrouping',
      'parseMoney: "1,234 567" has misplaced digit grouping; in en-US "." separates decimals and "," groups digits ($1,234,567.89).',
    ],
    [
      '1.234,5',
      'en-US',
      'USD',
      'invalidGrouping',
      'parseMoney: "1.234,5" has misplaced digit grouping; in en-US "." separates decimals and "," groups digits ($1,234,567.89).',
    ],
    [
      '--5',
      'en-US',
      'USD',
      'misplacedSign',
      'parseMoney: "--5" has a sign in the wrong place; write one "-" before the amount or wrap it in parentheses.',
    ],
    [
      '-5-',
      'en-US',
      'USD',
      'misplacedSign',
      'parseMoney: "-5-" has a sign in the wrong place; write one "-" before the amount or wrap it in parentheses.',
    ],
    [
      '(-5)',
      'en-US',
      'USD',
      'misplacedSign',
      'parseMoney: "(-5)" has a sign in the wrong place; write one "-" before the amount or wrap it in parentheses.',
    ],
    [
      '1-2',
      'en-US',
      'USD',
      'misplacedSign',
      'parseMoney: "1-2" has a sign in the wrong place; write one "-" before the amount or wrap it in parentheses.',
    ],
    [
      '12#',
      'en-US',
      'USD',
      'malformed',
      'parseMoney: "12#" contains "#", which is not part of an amount; expected something like "$1,234,567.89".',
    ],
    [
      '12²',
      'en-US',
      'USD',
      'malformed',
      'parseMoney: "12²" contains "²", which is not part of an amount; expected something like "$1,234,567.89".',
    ],
    [
      '(12',
      'en-US',
      'USD',
      'malformed',
      'parseMoney: "(12" contains "(", which is not part of an amount; expected something like "$1,234,567.89".',
    ],
  ];

  it.each(cases)('%j in %s as %s: %s', (text, locale, currency, reason, message) => {
    const call = () => parseMoney(text, locale, currency);
    expect(call).toThrow(ParseMoneyError);
    expect(call).toThrow(message);
    try {
      call();
    } catch (error) {
      expect(error).toMatchObject({ code: 'PARSE_FAILED', reason, name: 'ParseMoneyError' });
      expect((error as ParseMoneyError).details).toMatchObject({ input: text, locale, currency });
    }
  });

  it('gives UIs the separators and an example', () => {
    try {
      parseMoney('1.2.3', 'de', 'EUR');
    } catch (error) {
      expect((error as ParseMoneyError).details).toEqual({
        input: '1.2.3',
        locale: 'de',
        currency: 'EUR',
        decimal: ',',
        group: '.',
        digits: 2,
        example: '1.234.567,89\u00A0€',
        found: '.',
      });
    }
    expect.assertions(1);
  });

  it('rejects non-strings, overlong input, bad currencies and bad locales', () => {
    expect(() => parseMoney(12 as never, 'en-US', 'USD')).toThrow(
      'parseMoney: expected a string, got number.',
    );
    expect(() => parseMoney('1'.repeat(MAX_PARSE_LENGTH + 1), 'en-US', 'USD')).toThrow(
      'parseMoney: the input is 257 characters long; amounts are at most 256.',
    );
    expect(() => parseMoney('12', 'en-US', 'XYZ')).toThrow(UnknownCurrencyError);
    expect(() => parseMoney('12', 'en_US', 'USD')).toThrow(InvalidArgumentError);
    expect(() => parseMoney('12', 'en_US', 'USD')).toThrow(
      'parseMoney: "en_US" is not a BCP 47 locale tag; use e.g. "en-US", "de" or "ar-EG".',
    );
  });
});
