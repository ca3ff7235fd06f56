/// <reference types="@testing-library/jest-dom/vitest" />
// Real Chromium: its own ICU, real bidi layout, real keyboard input.
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';

import { formatMoney } from '../formatMoney';
import { money, toDecimalString } from '../money';
import { parseMoney } from '../parseMoney';
import { LOCALE_CURRENCY_PAIRS } from '../testLocales';
import { MoneyInput } from './MoneyInput';
import { Price } from './Price';
import { PriceBreakdown } from './PriceBreakdown';
import { withLocale } from './testing';

const intl = (locale: string, currency: string, amount: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount as Intl.StringNumericLiteral);

/** Left edge, in pixels, of `text` inside `element`'s first text node. */
function leftOf(element: Element, text: string): number {
  const node = element.firstChild as Text;
  const start = node.data.indexOf(text);
  if (start < 0) throw new Error(`${JSON.stringify(text)} not in ${JSON.stringify(node.data)}`);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  return range.getBoundingClientRect().left;
}

describe('<Price> in Chromium', () => {
  it.each([
    ['ar', 'USD', '1234.5'],
    ['ar', 'AED', '-1234.5'],
    ['ar', 'SAR', '38'],
    ['ja', 'JPY', '1500'],
    ['ja', 'USD', '9.99'],
    ['ja', 'EUR', '-1234.5'],
  ])('%s %s %s is exactly what Intl formats', (locale, currency, amount) => {
    render(withLocale(locale, <Price money={money(amount, currency)} data-testid="price" />));
    const price = screen.getByTestId('price');
    expect(price.textContent).toBe(intl(locale, currency, amount));
    expect(price.textContent).toBe(formatMoney(money(amount, currency), locale));
    expect(price).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
  });

  it('ja renders the full-width yen sign before the amount', () => {
    render(withLocale('ja', <Price money={money('1500', 'JPY')} data-testid="price" />));
    expect(screen.getByTestId('price').textContent).toBe('￥1,500');
  });

  it('lays Arabic prices out right to left: the symbol ends up on the left of the digits', () => {
    render(
      withLocale(
        'ar',
        <p dir="rtl" style={{ fontSize: '20px' }}>
          السعر <Price money={money('1234.5', 'USD')} data-testid="price" /> شهريًا
        </p>,
      ),
    );
    const price = screen.getByTestId('price');
    expect(leftOf(price, 'US$')).toBeLessThan(leftOf(price, '1,234.50'));
  });

  it('keeps an English price left to right inside Arabic text (minus sign on the left)', () => {
    render(
      withLocale(
        'ar',
        <p dir="rtl" style={{ fontSize: '20px' }}>
          الرصيد <Price money={money('-12.5', 'USD')} locale="en-US" data-testid="price" />
        </p>,
      ),
    );
    const price = screen.getByTestId('price');
    expect(price.textContent).toBe('-$12.50');
    expect(leftOf(price, '-')).toBeLessThan(leftOf(price, '$'));
    expect(leftOf(price, '$')).toBeLessThan(leftOf(price, '12.50'));
  });

  it('says "incl. VAT" next to an EU price', () => {
    render(
      withLocale(
        'ar',
        <PriceBreakdown amount={money('9.99', 'EUR')} country="DE" date="2026-01-15" data-testid="b" />,
      ),
    );
    expect(screen.getByTestId('b').textContent).toBe(`${intl('ar', 'EUR', '9.99')} incl. VAT`);
  });
});

describe('<MoneyInput> in Chromium', () => {
  it('typing Persian digits "۱۲٫۵۰" in fa yields 12.50 of the currency', async () => {
    const onValueChange = vi.fn();
    render(withLocale('fa', <MoneyInput currency="USD" aria-label="مبلغ" onValueChange={onValueChange} />));
    const input = screen.getByRole('textbox', { name: 'مبلغ' });
    await userEvent.click(input);
    await userEvent.keyboard('۱۲٫۵۰');
    expect(input).toHaveValue('۱۲٫۵۰');
    expect(onValueChange).toHaveBeenLastCalledWith(money('12.50', 'USD'), { text: '۱۲٫۵۰', error: null });
    expect(onValueChange.mock.lastCall?.[0]).toEqual({ amount: 1250n, currency: 'USD' });
    await userEvent.tab();
    expect(input).toHaveValue('۱۲٫۵۰');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('puts the symbol where the locale’s formatted price has it', async () => {
    const { unmount } = render(withLocale('fa', <MoneyInput currency="USD" aria-label="fa" />));
    let input = screen.getByRole('textbox', { name: 'fa' });
    let symbol = input.parentElement?.querySelector('[data-part="currency"]') as HTMLElement;
    // "‎$۱۲٫۵۰": Persian puts $ on the left even in right-to-left UI.
    expect(symbol.getBoundingClientRect().right).toBeLessThanOrEqual(input.getBoundingClientRect().left + 1);
    unmount();

    render(withLocale('ar', <MoneyInput currency="USD" aria-label="ar" />));
    input = screen.getByRole('textbox', { name: 'ar' });
    symbol = input.parentElement?.querySelector('[data-part="currency"]') as HTMLElement;
    // "‏12.50 US$" in a right-to-left paragraph: US$ on the left as well, after the number in reading order.
    expect(symbol.getBoundingClientRect().right).toBeLessThanOrEqual(input.getBoundingClientRect().left + 1);
    expect(symbol).toHaveTextContent('US$');
  });

  it('announces a localized error with the keyboard', async () => {
    render(withLocale('de', <MoneyInput currency="EUR" aria-label="Betrag" />));
    const input = screen.getByRole('textbox', { name: 'Betrag' });
    await userEvent.click(input);
    await userEvent.keyboard('12.50');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Check the separators: write amounts like 1\.234\.567,89/);
  });
});

describe('formatMoney and parseMoney with Chromium’s ICU', () => {
  it.each(LOCALE_CURRENCY_PAIRS)(
    '%s %s matches Intl fed the decimal string and round-trips',
    (locale, currency) => {
      for (const amount of [0n, -1n, 123456789n, 2n ** 63n - 1n]) {
        const m = money(amount, currency);
        expect(formatMoney(m, locale)).toBe(intl(locale, currency, toDecimalString(m)));
        for (const options of [
          undefined,
          { currencyDisplay: 'name' } as const,
          { currencySign: 'accounting' } as const,
        ]) {
          expect(parseMoney(formatMoney(m, locale, options), locale, currency)).toEqual(m);
        }
      }
    },
  );
});
