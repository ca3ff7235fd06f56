import { offeredCurrenciesFor } from '@globalkit/currency';
import { CurrencySelector } from '@globalkit/currency/react/currency-selector';
import { billingCurrencyFor } from '@globalkit/currency';
import type { ReactNode } from 'react';

import { useSession } from '../session/SessionContext';

/**
 * The billing currency: every currency the jurisdiction can be charged in
 * at set price points (`data-testid="currency-selector"`). Pricing asks the
 * API for that currency; it never converts on the fly.
 */
export function CurrencyPicker(): ReactNode {
  const { session, currency, setCurrency } = useSession();
  const code = session.jurisdiction.subdivision ?? session.jurisdiction.country;
  const offered = offeredCurrenciesFor(code);
  const value = currency ?? billingCurrencyFor(code);
  const currencies = offered.includes(value as (typeof offered)[number]) ? offered : [value, ...offered];
  return (
    <div data-testid="currency-selector">
      <CurrencySelector currencies={currencies} value={value} onValueChange={setCurrency} />
    </div>
  );
}
