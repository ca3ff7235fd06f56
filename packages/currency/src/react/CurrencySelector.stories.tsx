import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';

import { billingCurrencyFor, offeredCurrenciesFor, priceFor } from '../priceFor';
import { CurrencySelector, type CurrencySelectorProps } from './CurrencySelector';
import { Price } from './Price';

/** The toolbar's `jurisdiction` global (`'US'` until one is chosen). */
function visitorJurisdiction(globals: Record<string, unknown>): string {
  const value = globals['jurisdiction'];
  return typeof value === 'string' && value !== '' ? value : 'US';
}

/** Polls `check` (React commits user-event edits asynchronously), then fails with `message`. */
async function expectSoon(check: () => boolean, message: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(message);
}

/** The selector next to the Pro plan's price point in the chosen currency (for Germany's price table). */
function SelectorWithPrice({ onValueChange, ...props }: CurrencySelectorProps) {
  const [currency, setCurrency] = useState(props.value ?? props.defaultValue ?? props.currencies[0] ?? 'EUR');
  return (
    <div style={{ display: 'grid', gap: '0.75rem', justifyItems: 'start', maxInlineSize: '24rem' }}>
      <CurrencySelector
        {...props}
        onValueChange={(code) => {
          setCurrency(code);
          onValueChange?.(code);
        }}
      />
      <output data-currency={currency}>
        <Price money={priceFor('pro', 'DE', currency)} />
      </output>
    </div>
  );
}

const meta = {
  title: 'Currency/CurrencySelector',
  component: CurrencySelector,
  args: { currencies: ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'BHD'], defaultValue: 'EUR' },
} satisfies Meta<typeof CurrencySelector>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Currency names in the active locale with their code ("Euro (EUR)", "يورو (EUR)"); label from `pricing:selector.label`. */
export const Default: Story = {};

export const Disabled: Story = { args: { disabled: true } };

/** Choosing a currency reports its code; the price beside it follows. */
export const ChangeCurrency: Story = {
  render: (args) => <SelectorWithPrice {...args} />,
  play: async ({ canvas, userEvent }) => {
    const select = canvas.getByRole<HTMLSelectElement>('combobox');
    const output = canvas.getByRole('status');
    await userEvent.selectOptions(select, 'JPY');
    await expectSoon(() => select.value === 'JPY', `the select should hold JPY, got ${select.value}`);
    await expectSoon(
      () => output.getAttribute('data-currency') === 'JPY',
      'the price should follow the chosen currency',
    );
    await expectSoon(
      () => output.querySelector('[data-currency="JPY"]') !== null,
      'the price should be shown in JPY',
    );
  },
};

/** The currencies offered to the visitor (toolbar `jurisdiction`), preselecting the one they are billed in. */
export const VisitorCurrencies: Story = {
  render: (args, { globals }) => {
    const jurisdiction = visitorJurisdiction(globals);
    return (
      <CurrencySelector
        key={jurisdiction}
        {...args}
        currencies={offeredCurrenciesFor(jurisdiction)}
        defaultValue={billingCurrencyFor(jurisdiction)}
      />
    );
  },
};
