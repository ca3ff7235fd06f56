/// <reference types="@testing-library/jest-dom/vitest" />
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { ExchangeRates } from '../convert';
import { money } from '../money';
import { ConvertedPrice } from './ConvertedPrice';
import { withLocale } from './testing';

const RATES: ExchangeRates = { base: 'EUR', asOf: '2025-02-28', rates: { USD: '1.0411' } };

describe('<ConvertedPrice>', () => {
  it('shows an approximate amount', () => {
    render(
      withLocale(
        'en-US',
        <ConvertedPrice
          money={money('9.99', 'EUR')}
          to="USD"
          rates={RATES}
          convertOptions={{ now: Date.parse('2025-03-01') }}
          data-testid="c"
        />,
      ),
    );
    expect(screen.getByTestId('c')).toHaveTextContent(/^≈ \$10\.40$/);
    expect(screen.getByTestId('c')).not.toHaveAttribute('data-stale');
  });

  it('says when the rates are stale', () => {
    render(
      withLocale(
        'en-GB',
        <ConvertedPrice
          money={money('9.99', 'EUR')}
          to="USD"
          rates={RATES}
          convertOptions={{ now: Date.parse('2025-04-01') }}
          data-testid="c"
        />,
      ),
    );
    expect(screen.getByTestId('c')).toHaveAttribute('data-stale', '');
    expect(screen.getByRole('note')).toHaveTextContent('Rates from 28 Feb 2025 may be out of date');
  });
});
