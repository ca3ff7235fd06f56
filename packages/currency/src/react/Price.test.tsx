/// <reference types="@testing-library/jest-dom/vitest" />
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { I18nProvider } from '@globalkit/i18n';

import { formatMoney } from '../formatMoney';
import { money } from '../money';
import { Price } from './Price';
import { createPricingI18n, withLocale } from './testing';
import { useMoneyFormatter } from './useMoneyFormatter';

describe('<Price>', () => {
  it('formats in the active locale, isolated in a <bdi> with that locale’s direction', () => {
    render(withLocale('de', <Price money={money('1234.5', 'EUR')} data-testid="price" />));
    const price = screen.getByTestId('price');
    expect(price.tagName).toBe('BDI');
    expect(price.textContent).toBe('1.234,50\u00A0€');
    expect(price).toHaveAttribute('dir', 'ltr');
    expect(price).toHaveAttribute('data-currency', 'EUR');
    expect(price).not.toHaveAttribute('lang');
  });

  it('renders Arabic right-to-left, bidi marks included', () => {
    const m = money('-1234.5', 'AED');
    render(withLocale('ar', <Price money={m} data-testid="price" />));
    const price = screen.getByTestId('price');
    expect(price.textContent).toBe(formatMoney(m, 'ar'));
    expect(price.textContent).toBe('\u200F\u200E-1,234.50\u00A0د.إ.\u200F');
    expect(price).toHaveAttribute('dir', 'rtl');
    expect(price).toHaveAttribute('data-negative', '');
  });

  it('keeps a Latin-locale price left-to-right inside an Arabic UI, with its own lang', () => {
    render(withLocale('ar', <Price money={money('-12.5', 'USD')} locale="en-US" data-testid="price" />));
    const price = screen.getByTestId('price');
    expect(price).toHaveTextContent('-$12.50');
    expect(price).toHaveAttribute('dir', 'ltr');
    expect(price).toHaveAttribute('lang', 'en-US');
  });

  it('passes display options and works without a provider (en-US)', () => {
    render(<Price money={money('-5', 'USD')} options={{ currencySign: 'accounting' }} data-testid="price" />);
    expect(screen.getByTestId('price')).toHaveTextContent('($5.00)');
  });

  it('follows locale switches', async () => {
    const i18n = createPricingI18n('en-US');
    i18n.i18next.addResourceBundle('ja', 'pricing', {});
    render(
      <I18nProvider i18n={i18n}>
        <Price money={money('1500', 'JPY')} data-testid="price" />
      </I18nProvider>,
    );
    expect(screen.getByTestId('price')).toHaveTextContent('¥1,500');
    await act(async () => {
      await i18n.setLocale('ja');
    });
    expect(screen.getByTestId('price')).toHaveTextContent('￥1,500');
  });
});

describe('useMoneyFormatter', () => {
  it('keeps one formatter per locale and option values', () => {
    const seen: unknown[] = [];
    function Probe({ display }: { display: 'code' | 'symbol' }) {
      const formatter = useMoneyFormatter({ currencyDisplay: display });
      seen.push(formatter);
      return <span data-testid="out">{formatter.format(money('9.99', 'EUR'))}</span>;
    }
    const { rerender } = render(withLocale('de', <Probe display="code" />));
    expect(screen.getByTestId('out').textContent).toBe('9,99\u00A0EUR');
    rerender(withLocale('de', <Probe display="code" />));
    expect(seen[1]).toBe(seen[0]);
    rerender(withLocale('de', <Probe display="symbol" />));
    expect(seen[2]).not.toBe(seen[0]);
    expect(screen.getByTestId('out').textContent).toBe('9,99\u00A0€');
  });
});
