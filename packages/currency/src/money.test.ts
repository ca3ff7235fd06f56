import { describe, expect, it } from 'vitest';

import { FIRST_CLASS_CURRENCIES, isCurrencyCode, minorDigits } from './currencies';
import { InvalidAmountError, MoneyError, UnknownCurrencyError } from './errors';
import { isMoney, money, toDecimalString } from './money';

describe('money()', () => {
  it('takes bigint or safe-integer minor units and exact decimal strings', () => {
    expect(money(1999n, 'USD')).toEqual({ amount: 1999n, currency: 'USD' });
    expect(money(1999, 'USD')).toEqual({ amount: 1999n, currency: 'USD' });
    expect(money('19.99', 'USD')).toEqual({ amount: 1999n, currency: 'USD' });
    expect(money('-0.5', 'EUR')).toEqual({ amount: -50n, currency: 'EUR' });
    expect(money('+3', 'GBP')).toEqual({ amount: 300n, currency: 'GBP' });
    expect(money('1500', 'JPY')).toEqual({ amount: 1500n, currency: 'JPY' });
    expect(money('3.9', 'BHD')).toEqual({ amount: 3900n, currency: 'BHD' });
    // Extra fraction digits are fine when they are zeros: the value is exact.
    expect(money('19.990', 'USD').amount).toBe(1999n);
    expect(money('1500.00', 'JPY').amount).toBe(1500n);
  });

  it('is an immutable plain object', () => {
    const m = money(1n, 'USD');
    expect(Object.isFrozen(m)).toBe(true);
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
    expect(() => {
      (m as { amount: bigint }).amount = 2n;
    }).toThrow(TypeError);
  });

  it('keeps 2^63-scale amounts exact', () => {
    const big = 2n ** 63n - 1n;
    expect(toDecimalString(money(big, 'USD'))).toBe('92233720368547758.07');
    expect(money('92233720368547758.07', 'USD').amount).toBe(big);
    expect(money(`-${2n ** 64n}`, 'JPY').amount).toBe(-(2n ** 64n));
  });

  it.each<[unknown, string]>([
    [
      Number.NaN,
      'money: NaN is not an amount; pass integer minor units (1999n or 1999) or an exact decimal string ("19.99").',
    ],
    [
      Number.POSITIVE_INFINITY,
      'money: Infinity is not an amount; pass integer minor units (1999n or 1999) or an exact decimal string ("19.99").',
    ],
    [
      Number.NEGATIVE_INFINITY,
      'money: -Infinity is not an amount; pass integer minor units (1999n or 1999) or an exact decimal string ("19.99").',
    ],
    [
      19.99,
      'money: 19.99 is not a whole number of USD minor units; pass integer minor units (1999n or 1999) or an exact decimal string ("19.99").',
    ],
    [
      0.1 + 0.2,
      'money: 0.30000000000000004 is not a whole number of USD minor units; pass integer minor units (1999n or 1999) or an exact decimal string ("19.99").',
    ],
    [
      2 ** 60,
      'money: 1152921504606847000 is beyond Number.MAX_SAFE_INTEGER and may already have lost precision; pass integer minor units (1999n or 1999) or an exact decimal string ("19.99").',
    ],
    [
      '19,99',
      'money: "19,99" is not a decimal string; write digits with an optional "-" and "." (e.g. "19.99"). To read what users type, use parseMoney().',
    ],
    [
      '1e3',
      'money: "1e3" is not a decimal string; write digits with an optional "-" and "." (e.g. "19.99"). To read what users type, use parseMoney().',
    ],
    [
      '',
      'money: "" is not a decimal string; write digits with an optional "-" and "." (e.g. "19.99"). To read what users type, use parseMoney().',
    ],
    ['19.999', 'money: "19.999" has more fraction digits than USD allows (2); round it first.'],
    [
      null,
      'money: expected a bigint, a number or a string, got null; pass integer minor units (1999n or 1999) or an exact decimal string ("19.99").',
    ],
    [
      {},
      'money: expected a bigint, a number or a string, got object; pass integer minor units (1999n or 1999) or an exact decimal string ("19.99").',
    ],
  ])('rejects the amount %s with an InvalidAmountError', (amount, message) => {
    const call = () => money(amount as never, 'USD');
    expect(call).toThrow(InvalidAmountError);
    expect(call).toThrow(message);
    try {
      call();
    } catch (error) {
      expect(error).toBeInstanceOf(MoneyError);
      expect((error as MoneyError).code).toBe('INVALID_AMOUNT');
      expect((error as Error).name).toBe('InvalidAmountError');
    }
  });

  it('rejects fractions of a yen', () => {
    expect(() => money('1500.5', 'JPY')).toThrow(
      'money: "1500.5" has more fraction digits than JPY allows (0); round it first.',
    );
  });

  it.each<[unknown, string]>([
    [
      'XYZ',
      'money: unknown currency "XYZ": expected an ISO 4217 code that Intl supports, such as USD, EUR, GBP, JPY, SGD, CNY, INR or AED.',
    ],
    [
      'US',
      'money: unknown currency "US": currency codes have three letters; "US" looks like a country code (try currencyForCountry).',
    ],
    ['usd', 'money: unknown currency "usd": currency codes are upper case ("USD").'],
    [' EUR', 'money: unknown currency " EUR": currency codes are upper case ("EUR").'],
    [
      'EURO',
      'money: unknown currency "EURO": expected an ISO 4217 code that Intl supports, such as USD, EUR, GBP, JPY, SGD, CNY, INR or AED.',
    ],
    [
      42,
      'money: unknown currency 42: expected an ISO 4217 code that Intl supports, such as USD, EUR, GBP, JPY, SGD, CNY, INR or AED.',
    ],
  ])('rejects the currency %j with an UnknownCurrencyError', (currency, message) => {
    expect(() => money(1n, currency as string)).toThrow(UnknownCurrencyError);
    expect(() => money(1n, currency as string)).toThrow(message);
    try {
      money(1n, currency as string);
    } catch (error) {
      expect((error as UnknownCurrencyError).code).toBe('UNKNOWN_CURRENCY');
      expect((error as UnknownCurrencyError).currency).toBe(currency);
    }
  });
});

describe('currencies', () => {
  it('accepts the first-class currencies and anything Intl knows', () => {
    for (const code of FIRST_CLASS_CURRENCIES) expect(isCurrencyCode(code)).toBe(true);
    for (const code of ['CHF', 'KRW', 'BHD', 'IQD', 'MYR', 'SAR', 'TWD'])
      expect(isCurrencyCode(code)).toBe(true);
    for (const code of ['XYZ', 'XAU', 'usd', 'US', 'EURO', '', 1]) expect(isCurrencyCode(code)).toBe(false);
  });

  it('knows minor digits: fixed for first-class currencies, from Intl (CLDR) for the rest', () => {
    expect(FIRST_CLASS_CURRENCIES.map((code) => [code, minorDigits(code)])).toEqual([
      ['USD', 2],
      ['EUR', 2],
      ['GBP', 2],
      ['JPY', 0],
      ['SGD', 2],
      ['CNY', 2],
      ['INR', 2],
      ['AED', 2],
    ]);
    expect(minorDigits('BHD')).toBe(3);
    expect(minorDigits('KWD')).toBe(3);
    expect(minorDigits('KRW')).toBe(0);
    expect(minorDigits('CHF')).toBe(2);
    // ISO 4217 says 3; CLDR (and so Intl) uses 0 — documented in the README.
    expect(minorDigits('IQD')).toBe(0);
    expect(() => minorDigits('XYZ')).toThrow(UnknownCurrencyError);
  });
});

describe('toDecimalString()', () => {
  it.each<[bigint, string, string]>([
    [1999n, 'USD', '19.99'],
    [-5n, 'USD', '-0.05'],
    [0n, 'EUR', '0.00'],
    [1500n, 'JPY', '1500'],
    [-1500n, 'JPY', '-1500'],
    [50n, 'BHD', '0.050'],
    [123456789n, 'INR', '1234567.89'],
  ])('%s minor units of %s → %s', (amount, currency, expected) => {
    expect(toDecimalString(money(amount, currency))).toBe(expected);
  });

  it('rejects things that are not Money', () => {
    expect(() => toDecimalString({ amount: 1, currency: 'USD' } as never)).toThrow(
      'toDecimalString: expected a Money ({ amount: bigint, currency }), got object; create one with money().',
    );
    expect(isMoney(money(1n, 'USD'))).toBe(true);
    expect(isMoney({ amount: 1, currency: 'USD' })).toBe(false);
    expect(isMoney(null)).toBe(false);
  });
});
