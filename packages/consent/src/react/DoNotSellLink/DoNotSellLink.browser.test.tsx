/** @jsxImportSource @emotion/react */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';

import { expectNoAxeViolations } from '../../../../ui-rtl/src/testing/expectNoAxeViolations';
import { renderWithProviders } from '../../../../ui-rtl/src/testing/renderWithProviders';
import { createConsentStore } from '../../createConsentStore';
import { ConsentProvider } from '../ConsentProvider/ConsentProvider';
import { DoNotSellLink } from './DoNotSellLink';
import { en } from '../testing/en';

function memoryStore(jurisdiction: string) {
  let value: string | undefined;
  return createConsentStore({
    jurisdiction,
    gpc: false,
    cookie: { read: () => value, write: (_, next) => void (value = next) },
  });
}

describe('DoNotSellLink (Chromium)', () => {
  it('records the opt-out in one activation where required', async () => {
    const store = memoryStore('US-CA');
    const { container } = renderWithProviders(
      <ConsentProvider store={store}>
        <DoNotSellLink />
      </ConsentProvider>,
    );
    expect(store.isAllowed('marketing')).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: en('doNotSell.link') }));
    expect(store.isAllowed('marketing')).toBe(false);
    expect(store.isAllowed('analytics')).toBe(true);
    expect(screen.getByRole('status').textContent).toMatch(en('doNotSell.optedOut'));
    await expectNoAxeViolations(container);
  });

  it('is not rendered where the policy does not require it', () => {
    renderWithProviders(
      <ConsentProvider store={memoryStore('DE')}>
        <DoNotSellLink />
      </ConsentProvider>,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
