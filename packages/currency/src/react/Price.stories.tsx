import type { Meta, StoryObj } from '@storybook/react-vite';

import { money } from '../money';
import { priceFor } from '../priceFor';
import { Price } from './Price';

/** The toolbar's `jurisdiction` global (`'US'` until one is chosen). */
function visitorJurisdiction(globals: Record<string, unknown>): string {
  const value = globals['jurisdiction'];
  return typeof value === 'string' && value !== '' ? value : 'US';
}

const meta = {
  title: 'Currency/Price',
  component: Price,
  args: { money: money('1234.5', 'USD') },
} satisfies Meta<typeof Price>;

export default meta;
type Story = StoryObj<typeof meta>;

/** US$1,234.50 in the toolbar locale: `<bdi dir>` follows the formatting locale, not the page. */
export const Default: Story = {};

/** The monthly Pro plan at the visitor's price point (toolbar `jurisdiction`): €, ¥, ₹, BHD… */
export const VisitorPricePoint: Story = {
  render: (args, { globals }) => <Price {...args} money={priceFor('pro', visitorJurisdiction(globals))} />,
};

/** JPY has no minor unit: `money('1500', 'JPY')` is 1500n and never shows decimals. */
export const ZeroDecimalJpy: Story = { args: { money: money('1500', 'JPY') } };

/** BHD has three: 12.345 BHD is 12345n fils. */
export const ThreeDecimalBhd: Story = { args: { money: money('12.345', 'BHD') } };

/** `data-negative`; the minus sign stays on the formatting locale's side in either direction. */
export const Negative: Story = { args: { money: money('-1234.5', 'EUR') } };

/** Accounting sign: negative amounts in parentheses where the locale does that. */
export const NegativeAccounting: Story = {
  args: { money: money('-1234.5', 'USD'), options: { currencySign: 'accounting' } },
};

/** Beyond 2^53 minor units, formatted exactly (no float on the way). */
export const Large: Story = { args: { money: money('98765432109876543.21', 'USD') } };

/** Compact notation rounds, so it is for display only. */
export const Compact: Story = {
  args: { money: money('1250000', 'EUR'), options: { notation: 'compact' } },
};

/** ISO code instead of the symbol. */
export const CurrencyCode: Story = {
  args: { money: money('49.99', 'SGD'), options: { currencyDisplay: 'code' } },
};

/** A German-formatted price (`locale="de"`, sets `lang`) inside whatever UI locale the toolbar picks. */
export const FixedLocale: Story = { args: { money: money('1234.5', 'EUR'), locale: 'de' } };
