import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithI18n } from '../../testing/renderWithI18n';
import { PaymentMethodList } from './PaymentMethodList';

describe('PaymentMethodList', () => {
  it('lists each method with its brand and a translated type, card by type only', () => {
    renderWithI18n(
      <PaymentMethodList
        methods={[
          { id: 'card', type: 'card' },
          { id: 'konbini', type: 'voucher' },
          { id: 'mystery', type: 'unheard_of' },
        ]}
      />,
    );
    const items = screen.getByTestId('payment-methods').querySelectorAll('li');
    expect([...items].map((li) => li.dataset['method'])).toEqual(['card', 'konbini', 'mystery']);
    expect(items[0]).toHaveTextContent('Credit or debit card');
    expect(items[1]).toHaveTextContent(/\(Cash voucher\)$/);
    expect(items[2]).toHaveTextContent('mystery');
  });

  it('says so when the country has no methods yet', () => {
    renderWithI18n(<PaymentMethodList methods={[]} />);
    expect(screen.queryByTestId('payment-methods')).toBeNull();
    expect(screen.getByText('Payment methods for your country will be announced soon.')).toBeInTheDocument();
  });
});
