/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Select } from './Select';

const CURRENCIES = [
  { value: 'usd', label: 'US dollar (USD)' },
  { value: 'eur', label: 'Euro (EUR)' },
  { value: 'sar', label: 'Saudi riyal (SAR)' },
  { value: 'ils', label: 'Israeli new shekel (ILS)', disabled: true },
];

const meta = {
  title: 'UI/Select',
  component: Select,
  args: { label: 'Currency', options: CURRENCIES },
} satisfies Meta<typeof Select>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Focused: Story = { args: { autoFocus: true } };
export const Chosen: Story = { args: { defaultValue: 'eur', description: 'Used for invoices' } };
export const Required: Story = { args: { required: true } };
export const WithError: Story = { args: { required: true, error: 'Choose a currency' } };
export const Disabled: Story = { args: { disabled: true, defaultValue: 'usd' } };
export const Empty: Story = { args: { options: [] } };
export const LongText: Story = {
  args: {
    options: [
      { value: 'long', label: 'An option label long enough to be cut off with an ellipsis in a narrow box' },
    ],
    defaultValue: 'long',
  },
};
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: {
    label: 'العملة',
    options: [
      { value: 'sar', label: 'ريال سعودي' },
      { value: 'aed', label: 'درهم إماراتي' },
      { value: 'usd', label: 'دولار أمريكي' },
    ],
  },
};
