import { describe, expect, it } from 'vitest';

import { money } from './money';
import { MoneyFormatter } from './MoneyFormatter';
import { parseMoney } from './parseMoney';
import { CURRENCIES, LOCALES } from './testLocales';

describe('MoneyFormatter', () => {
  it('formats, parses and merges default options', () => {
    const formatter = new MoneyFormatter('en-US', { currencyDisplay: 'code' });
    expect(formatter.format(money('9.99', 'EUR'))).toBe('EUR\u00A09.99');
    expect(formatter.format(money('9.99', 'EUR'), { currencyDisplay: 'symbol' })).toBe('€9.99');
    expect(formatter.format(money('-9.99', 'EUR'), { currencySign: 'accounting' })).toBe('(EUR\u00A09.99)');
    expect(formatter.formatToParts(money('1', 'USD'))[0]).toEqual({ type: 'currency', value: 'USD' });
    expect(formatter.parse('EUR 9.99', 'EUR')).toEqual(money('9.99', 'EUR'));
  });

  it.each<[string, string, string, 'prefix' | 'suffix', 'ltr' | 'rtl']>([
    ['en-US', 'USD', '$', 'prefix', 'ltr'],
    ['de', 'EUR', '€', 'suffix', 'ltr'],
    ['ja', 'JPY', '￥', 'prefix', 'ltr'],
    ['hi', 'INR', '₹', 'prefix', 'ltr'],
    ['ar', 'AED', 'د.إ.', 'suffix', 'rtl'],
    ['he', 'USD', '$', 'suffix', 'rtl'],
    ['fa', 'USD', '$', 'prefix', 'ltr'],
    ['de-CH', 'CHF', 'CHF', 'prefix', 'ltr'],
  ])('knows where %s writes %s', (locale, currency, symbol, position, direction) => {
    expect(new MoneyFormatter(locale).currencyAffix(currency)).toEqual({ symbol, position, direction });
  });

  it('formats bare amounts for inputs in the locale’s digits, and reads them back', () => {
    expect(new MoneyFormatter('de').formatAmount(money('1234.5', 'EUR'))).toBe('1.234,50');
    expect(new MoneyFormatter('fa').formatAmount(money('12.5', 'USD'))).toBe('۱۲٫۵۰');
    expect(new MoneyFormatter('fa').formatAmount(money('-12.5', 'USD'))).toBe('\u2212۱۲٫۵۰');
    expect(new MoneyFormatter('ar', { numberingSystem: 'arab' }).formatAmount(money('12.5', 'AED'))).toBe(
      '١٢٫٥٠',
    );
    expect(new MoneyFormatter('ja').formatAmount(money('1500', 'JPY'))).toBe('1,500');
    for (const locale of LOCALES) {
      const formatter = new MoneyFormatter(locale);
      for (const currency of CURRENCIES) {
        const m = money(-123456789n, currency);
        expect(parseMoney(formatter.formatAmount(m), locale, currency)).toEqual(m);
      }
    }
  });

  it('formats tax rates as percentages', () => {
    expect(new MoneyFormatter('en-US').formatRate('0.19')).toBe('19%');
    expect(new MoneyFormatter('de').formatRate('0.255')).toBe('25,5\u00A0%');
    expect(new MoneyFormatter('en-US').formatRate('0.09975')).toBe('9.975%');
    expect(new MoneyFormatter('ar-EG').formatRate('0.14')).toBe('١٤\u066A\u061C');
  });
});
