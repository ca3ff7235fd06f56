import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { ExchangeRatesResponse } from '../../lib/apiGuards';
import { renderWithI18n } from '../../testing/renderWithI18n';
import { ConversionPanel } from './ConversionPanel';

const rates: ExchangeRatesResponse = {
  base: 'EUR',
  asOf: '2025-02-28',
  rates: { EUR: '1', USD: '1.0411', AED: '3.82343975', SAR: '3.904125' },
  provider: 'ecb',
  pegged: { AED: 'USD', SAR: 'USD' },
  source: 'RAW ENGLISH PROVENANCE FROM THE API',
};

function renderPanel(overrides: Partial<ExchangeRatesResponse>, billingCurrency = 'EUR', target = 'USD') {
  return renderWithI18n(
    <ConversionPanel
      rates={{ ...rates, ...overrides }}
      billingCurrency={billingCurrency}
      target={target}
      onTargetChange={() => undefined}
    />,
  );
}

describe('ConversionPanel provenance', () => {
  it('names the provider from the locale strings, never with the API’s English text', () => {
    renderPanel({});
    expect(screen.getByTestId('rates-source')).toHaveTextContent(
      'Source: European Central Bank euro reference rates',
    );
    expect(screen.queryByText(/RAW ENGLISH PROVENANCE/)).toBeNull();
    // Neither EUR nor USD is pegged.
    expect(screen.queryByTestId('rates-peg')).toBeNull();
  });

  it('says when a side of the conversion goes through an official peg', () => {
    renderPanel({}, 'SAR', 'AED');
    expect(screen.getAllByTestId('rates-peg').map((line) => line.textContent)).toEqual([
      'SAR is converted through its official peg to USD.',
      'AED is converted through its official peg to USD.',
    ]);
  });

  it('names no source for a provider it has no words for', () => {
    renderPanel({ provider: 'some-new-bank' });
    expect(screen.queryByTestId('rates-source')).toBeNull();
    expect(screen.queryByText(/RAW ENGLISH PROVENANCE/)).toBeNull();
  });
});
