/// <reference types="@testing-library/jest-dom/vitest" />
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { offeredCurrenciesFor } from '../priceFor';
import { CurrencySelector } from './CurrencySelector';
import { withLocale } from './testing';

describe('<CurrencySelector>', () => {
  it('names each offered currency in the active locale and reports the chosen code', () => {
    const onValueChange = vi.fn();
    render(
      withLocale(
        'de',
        <CurrencySelector
          currencies={['EUR', 'USD', 'CHF']}
          defaultValue="EUR"
          onValueChange={onValueChange}
        />,
      ),
    );
    const select = screen.getByRole('combobox', { name: 'Currency' });
    expect(select).toHaveValue('EUR');
    expect([...(select as HTMLSelectElement).options].map((option) => option.textContent)).toEqual([
      'Euro (EUR)',
      'US-Dollar (USD)',
      'Schweizer Franken (CHF)',
    ]);
    fireEvent.change(select, { target: { value: 'CHF' } });
    expect(onValueChange).toHaveBeenCalledWith('CHF');
  });

  it('takes the list from the price table and a custom label', () => {
    render(withLocale('ja', <CurrencySelector currencies={offeredCurrenciesFor('IN')} label="通貨" />));
    const select = screen.getByRole('combobox', { name: '通貨' }) as HTMLSelectElement;
    expect([...select.options].map((option) => option.value)).toEqual([
      'USD',
      'EUR',
      'SGD',
      'INR',
      'BRL',
      'MXN',
      'BHD',
    ]);
    expect(select.options[3]?.textContent).toBe('インド ルピー (INR)');
  });
});
