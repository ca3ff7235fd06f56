import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { PricingResponse } from '../../lib/apiGuards';
import { renderWithI18n } from '../../testing/renderWithI18n';
import { TaxNote } from './TaxNote';

const base: PricingResponse = {
  country: 'DE',
  currency: 'EUR',
  taxInclusive: true,
  taxRate: 0.19,
  taxKind: 'vat',
  plans: [],
  paymentMethods: [],
};

describe('TaxNote', () => {
  it('names an included tax with its rate', () => {
    renderWithI18n(<TaxNote pricing={base} />);
    const note = screen.getByTestId('tax-note');
    expect(note).toHaveTextContent('19% VAT included');
    expect(note).toHaveAttribute('data-tax-inclusive', 'true');
  });

  it('says "plus tax" where the API sends net prices without a fixed rate', () => {
    renderWithI18n(
      <TaxNote pricing={{ ...base, country: 'US', taxInclusive: false, taxRate: 0, taxKind: 'sales' }} />,
    );
    const note = screen.getByTestId('tax-note');
    expect(note).toHaveTextContent('plus tax');
    expect(note).toHaveAttribute('data-tax-inclusive', 'false');
  });
});
