import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useState } from 'react';

import { MoneyFormatter } from '../MoneyFormatter';
import { type Money, money } from '../money';
import { billingCurrencyFor } from '../priceFor';
import { MoneyInput, type MoneyInputProps } from './MoneyInput';
import { Price } from './Price';
import { usePricingStrings } from './usePricingStrings';

/** A toolbar global as a string, or `fallback`. */
function globalString(globals: Record<string, unknown>, name: string, fallback: string): string {
  const value = globals[name];
  return typeof value === 'string' && value !== '' ? value : fallback;
}

/** Polls `check` (React commits user-event edits asynchronously), then fails with `message`. */
async function expectSoon(check: () => boolean, message: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(message);
}

/**
 * MoneyInput has no label of its own (the app names the amount). The stories label it with
 * the translated `pricing:breakdown.net` ("Price before tax") so every locale has a real,
 * visible label, and show the parsed amount in an `<output>` (`data-amount` = minor units).
 */
function LabelledMoneyInput({ onValueChange, ...props }: MoneyInputProps) {
  const t = usePricingStrings();
  const id = useId();
  const [parsed, setParsed] = useState<Money | null>(props.value ?? props.defaultValue ?? null);
  return (
    <div style={{ display: 'grid', gap: '0.5rem', justifyItems: 'start', maxInlineSize: '24rem' }}>
      <label htmlFor={id}>{t('breakdown.net')}</label>
      <MoneyInput
        {...props}
        id={id}
        onValueChange={(value, change) => {
          setParsed(value);
          onValueChange?.(value, change);
        }}
      />
      <output htmlFor={id} data-amount={parsed === null ? '' : String(parsed.amount)}>
        {parsed === null ? null : <Price money={parsed} />}
      </output>
    </div>
  );
}

const meta = {
  title: 'Currency/MoneyInput',
  component: MoneyInput,
  args: { currency: 'EUR' },
  render: (args) => <LabelledMoneyInput {...args} />,
} satisfies Meta<typeof MoneyInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty, EUR: the symbol sits where the active locale writes it (before in en-US, after in de). */
export const Default: Story = {};

/** Typing 1234.50 the way the active locale writes it (Arabic-Indic digits in ar) parses to 123450 cents. */
export const Valid: Story = {
  play: async ({ canvas, userEvent, globals }) => {
    const locale = globalString(globals, 'locale', 'en-US');
    const text = new MoneyFormatter(locale).formatAmount(money('1234.5', 'EUR'));
    const input = canvas.getByRole<HTMLInputElement>('textbox');
    const output = canvas.getByRole('status');
    await userEvent.clear(input);
    await userEvent.type(input, text);
    await expectSoon(
      () => output.getAttribute('data-amount') === '123450',
      `"${text}" in ${locale} should parse to 123450 minor units, got "${output.getAttribute('data-amount') ?? ''}"`,
    );
    await expectSoon(() => !input.hasAttribute('aria-invalid'), 'a valid amount must not be aria-invalid');
    await userEvent.tab();
    await expectSoon(
      () => input.value === text,
      `on blur the amount should read "${text}", got "${input.value}"`,
    );
  },
};

/** Letters are not an amount: `aria-invalid`, and the message is announced (role alert) and describes the field. */
export const InvalidInput: Story = {
  name: 'Error',
  play: async ({ canvas, userEvent }) => {
    const input = canvas.getByRole<HTMLInputElement>('textbox');
    await userEvent.clear(input);
    await userEvent.type(input, 'abc');
    await expectSoon(
      () => input.getAttribute('aria-invalid') === 'true',
      'letters must make the field invalid',
    );
    const alert = canvas.getByRole('alert');
    const describedBy = input.getAttribute('aria-describedby') ?? '';
    await expectSoon(() => describedBy.split(' ').includes(alert.id), 'the message must describe the field');
    await expectSoon(
      () => canvas.getByRole('status').getAttribute('data-amount') === '',
      'no value when invalid',
    );
  },
};

/** Disabled with a value. */
export const Disabled: Story = { args: { disabled: true, defaultValue: money('1234.5', 'EUR') } };

/** JPY: no decimal places ("1.5" is an error naming the currency). */
export const ZeroDecimalJpy: Story = { args: { currency: 'JPY', defaultValue: money('1500', 'JPY') } };

/** BHD: three decimal places. */
export const ThreeDecimalBhd: Story = { args: { currency: 'BHD', defaultValue: money('12.345', 'BHD') } };

/** `allowNegative`: refunds and adjustments. */
export const Negative: Story = {
  args: { currency: 'USD', allowNegative: true, defaultValue: money('-25', 'USD') },
};

/** A large amount, exact (bigint minor units). */
export const Large: Story = { args: { currency: 'USD', defaultValue: money('98765432109876.54', 'USD') } };

/** In the currency the visitor is billed in (toolbar `jurisdiction`). */
export const VisitorCurrency: Story = {
  render: (args, { globals }) => {
    const currency = billingCurrencyFor(globalString(globals, 'jurisdiction', 'US'));
    return <LabelledMoneyInput key={currency} {...args} currency={currency} />;
  },
};
