import type { Meta, StoryObj } from '@storybook/react-vite';

import { money } from '../money';
import { priceFor } from '../priceFor';
import { PriceBreakdown, type PriceBreakdownProps } from './PriceBreakdown';

/** The toolbar's `jurisdiction` global (`'US'` until one is chosen). */
function visitorJurisdiction(globals: Record<string, unknown>): string {
  const value = globals['jurisdiction'];
  return typeof value === 'string' && value !== '' ? value : 'US';
}

/** The Starter plan priced and taxed for the visitor: amount and country come from the `jurisdiction` global. */
const forVisitor = (args: PriceBreakdownProps, { globals }: { globals: Record<string, unknown> }) => {
  const jurisdiction = visitorJurisdiction(globals);
  return <PriceBreakdown {...args} amount={priceFor('starter', jurisdiction)} country={jurisdiction} />;
};

const meta = {
  title: 'Currency/PriceBreakdown',
  component: PriceBreakdown,
  // A fixed tax date keeps the stories deterministic when a rate changes (the default is today).
  args: { amount: money('9.99', 'EUR'), country: 'DE', date: '2026-01-01' },
} satisfies Meta<typeof PriceBreakdown>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Follows the toolbar `jurisdiction`: price point, tax note and inclusive/exclusive convention. */
export const Default: Story = { render: forVisitor };

/** Germany: prices include VAT ("19% VAT included"). */
export const TaxInclusiveDe: Story = {
  globals: { jurisdiction: 'DE' },
  args: { showRate: true },
  render: forVisitor,
};

/** Germany with the net / VAT / total lines. */
export const TaxInclusiveDeDetails: Story = {
  globals: { jurisdiction: 'DE' },
  args: { showDetails: true },
  render: forVisitor,
};

/** California: US sales tax depends on the billing address, so the net price is quoted "plus tax". */
export const PlusTaxUsCa: Story = {
  globals: { jurisdiction: 'US-CA' },
  args: { showDetails: true },
  render: forVisitor,
};

/** Québec: tax-exclusive with a known rate, GST 5 % + QST 9.975 % on separate lines. */
export const TaxExclusiveQuebec: Story = {
  args: { amount: money('12.99', 'CAD'), country: 'CA-QC', showDetails: true },
};

/** India, seller and buyer in Karnataka: CGST + SGST, each half of 18 % and rounded separately. */
export const IndiaSameState: Story = {
  args: { amount: money('499', 'INR'), country: 'IN-KA', supplier: 'IN-KA', showDetails: true },
};

/** Japan: zero-decimal JPY, consumption tax included and rounded down. */
export const ZeroDecimalJapan: Story = {
  args: { amount: money('1500', 'JPY'), country: 'JP', showDetails: true, showRate: true },
};

/** Bahrain: three-decimal BHD, 10 % VAT included. */
export const ThreeDecimalBahrain: Story = {
  args: { amount: money('3.900', 'BHD'), country: 'BH', showDetails: true },
};

/** Germany on 2020-09-01, inside the temporary 16 % VAT period: the dated rate applies. */
export const DatedRate: Story = {
  args: { amount: money('9.99', 'EUR'), country: 'DE', date: '2020-09-01', showRate: true },
};
