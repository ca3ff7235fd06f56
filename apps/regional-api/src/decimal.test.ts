import { describe, expect, it } from 'vitest';

import { divideDecimal, formatDecimal, multiplyDecimal, parseDecimal } from './decimal';

const div = (a: string, b: string, digits = 10): string =>
  formatDecimal(divideDecimal(parseDecimal(a), parseDecimal(b), digits));

describe('decimal', () => {
  it('parses and formats plain decimals without trailing zeros', () => {
    expect(parseDecimal('1.0411')).toEqual({ coefficient: 10411n, scale: 4 });
    expect(formatDecimal(parseDecimal('399.50'))).toBe('399.5');
    expect(formatDecimal(parseDecimal('0.00012'))).toBe('0.00012');
    expect(formatDecimal(parseDecimal('42'))).toBe('42');
    expect(formatDecimal(parseDecimal('10.000'))).toBe('10');
  });

  it.each(['', '-1', '1e5', '1.', '.5', ' 1', 'NaN', '1,5'])('rejects %j', (text) => {
    expect(() => parseDecimal(text)).toThrow(RangeError);
  });

  it('multiplies exactly', () => {
    expect(formatDecimal(multiplyDecimal(parseDecimal('1.0411'), parseDecimal('3.6725')))).toBe('3.82343975');
    // The float product is 0.30000000000000004; the decimal one is not.
    expect(formatDecimal(multiplyDecimal(parseDecimal('0.1'), parseDecimal('3')))).toBe('0.3');
  });

  it('divides to a fixed number of significant digits', () => {
    expect(div('1', '1.0411')).toBe('0.9605225243');
    expect(div('156.96', '1.0411')).toBe('150.7636154');
    expect(div('1', '17228.17')).toBe('0.00005804447019');
    expect(div('17228.17', '0.82608')).toBe('20855.32878');
    expect(div('2', '1')).toBe('2');
    expect(div('0', '5')).toBe('0');
  });

  it('rounds half to even, once', () => {
    expect(div('1.25', '1', 2)).toBe('1.2');
    expect(div('1.35', '1', 2)).toBe('1.4');
    expect(div('1.251', '1', 2)).toBe('1.3');
    expect(div('2', '3', 3)).toBe('0.667');
  });

  it('handles a rounding carry into a new digit', () => {
    expect(div('9.996', '1', 3)).toBe('10');
    expect(div('99999', '1', 2)).toBe('100000');
  });

  it('refuses division by zero and bad precision', () => {
    expect(() => div('1', '0')).toThrow(RangeError);
    expect(() => divideDecimal(parseDecimal('1'), parseDecimal('1'), 0)).toThrow(RangeError);
  });
});
