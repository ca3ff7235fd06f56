/// <reference types="@testing-library/jest-dom/vitest" />
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { I18nProvider } from '@globalkit/i18n';

import { money } from '../money';
import { PriceBreakdown } from './PriceBreakdown';
import { createPricingI18n, withLocale } from './testing';

const DATE = '2026-01-15';

describe('<PriceBreakdown>', () => {
  it('shows VAT-inclusive prices with "incl. VAT" in the EU', () => {
    render(
      withLocale(
        'en-GB',
        <PriceBreakdown amount={money('9.99', 'EUR')} country="DE" date={DATE} data-testid="b" />,
      ),
    );
    const box = screen.getByTestId('b');
    expect(box).toHaveTextContent('€9.99 incl. VAT');
    expect(box).toHaveAttribute('data-inclusive', '');
    expect(box).toHaveAttribute('data-tax-kind', 'vat');
  });

  it('can name the rate: "19% VAT included", "10% consumption tax included"', () => {
    render(
      withLocale(
        'en-US',
        <>
          <PriceBreakdown amount={money('9.99', 'EUR')} country="DE" date={DATE} showRate data-testid="de" />
          <PriceBreakdown amount={money('1500', 'JPY')} country="JP" date={DATE} showRate data-testid="jp" />
          <PriceBreakdown amount={money('9.99', 'EUR')} country="FI" date={DATE} showRate data-testid="fi" />
        </>,
      ),
    );
    expect(screen.getByTestId('de')).toHaveTextContent('€9.99 19% VAT included');
    expect(screen.getByTestId('jp')).toHaveTextContent('¥1,500 10% consumption tax included');
    expect(screen.getByTestId('fi')).toHaveTextContent('€9.99 25.5% VAT included');
  });

  it('says "plus tax" where tax is settled at checkout, and "plus GST" for a known net rate', () => {
    render(
      withLocale(
        'en-US',
        <>
          <PriceBreakdown amount={money('9.99', 'USD')} country="US-CA" date={DATE} data-testid="us" />
          <PriceBreakdown amount={money('12.99', 'CAD')} country="CA-AB" date={DATE} data-testid="ab" />
          <PriceBreakdown amount={money('78', 'HKD')} country="HK" date={DATE} data-testid="hk" />
        </>,
      ),
    );
    expect(screen.getByTestId('us')).toHaveTextContent('$9.99 plus tax');
    expect(screen.getByTestId('us')).toHaveAttribute('data-tax-at-checkout', '');
    expect(screen.getByTestId('ab')).toHaveTextContent('CA$12.99 plus GST');
    expect(screen.getByTestId('hk')).toHaveTextContent(/^HK\$78\.00$/);
  });

  it('lists net, each tax and the total', () => {
    const { container } = render(
      withLocale(
        'en-US',
        <PriceBreakdown
          amount={money('100', 'INR')}
          country="IN-KA"
          supplier="IN-KA"
          date={DATE}
          showDetails
        />,
      ),
    );
    const list = container.querySelector('dl');
    expect(list).toHaveAttribute('aria-label', 'Price breakdown');
    const rows = within(list as HTMLElement)
      .getAllByRole('term')
      .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
    expect(rows).toEqual([
      'Price before tax: ₹84.74',
      'CGST (9%): ₹7.63',
      'SGST (9%): ₹7.63',
      'Total: ₹100.00',
    ]);
  });

  it('translates the single tax name and explains checkout tax', () => {
    render(
      withLocale(
        'de',
        <>
          <PriceBreakdown
            amount={money('100', 'EUR')}
            country="DE"
            date={DATE}
            showDetails
            data-testid="de"
          />
          <PriceBreakdown
            amount={money('9.99', 'USD')}
            country="US"
            date={DATE}
            showDetails
            data-testid="us"
          />
        </>,
      ),
    );
    expect(
      within(screen.getByTestId('de'))
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['Price before tax', 'VAT (19\u00A0%)', 'Total']);
    expect(screen.getByTestId('us')).toHaveTextContent(
      'Tax is calculated at checkout from your billing address.',
    );
    expect(within(screen.getByTestId('us')).queryByText('Total')).toBeNull();
  });

  it('uses only keys that exist in the pricing namespace', () => {
    const missing = vi.fn();
    const i18n = createPricingI18n('en-US', missing);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <I18nProvider i18n={i18n}>
        {(['DE', 'JP', 'AU', 'MY', 'US', 'CA-QC', 'HK', 'IN-KA'] as const).map((country) => (
          <div key={country}>
            <PriceBreakdown amount={money('10', 'EUR')} country={country} date={DATE} showDetails showRate />
            <PriceBreakdown
              amount={money('10', 'EUR')}
              country={country}
              date={DATE}
              pricesIncludeTax={false}
            />
          </div>
        ))}
      </I18nProvider>,
    );
    expect(missing).not.toHaveBeenCalled();
    expect(document.body.textContent).not.toContain('⟦');
    warn.mockRestore();
  });
});
