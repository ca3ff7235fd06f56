import type { Meta, StoryObj } from '@storybook/react-vite';

import type { ExchangeRates } from '../convert';
import { currencyForCountry } from '../currencyForCountry';
import { money } from '../money';
import { ConvertedPrice } from './ConvertedPrice';

/** The toolbar's `jurisdiction` global (`'US'` until one is chosen). */
function visitorJurisdiction(globals: Record<string, unknown>): string {
  const value = globals['jurisdiction'];
  return typeof value === 'string' && value !== '' ? value : 'US';
}

/**
 * A fixed `GET /api/exchange-rates?base=EUR` answer (illustrative values), covering the
 * currencies of every toolbar jurisdiction. Never fetched: stories run without a network.
 */
const RATES: ExchangeRates = {
  base: 'EUR',
  asOf: '2026-01-02',
  rates: {
    USD: '1.0411',
    GBP: '0.8295',
    JPY: '156.96',
    KRW: '1523.40',
    CNY: '7.6044',
    SGD: '1.4181',
    INR: '89.105',
    AED: '3.8236',
    SAR: '3.9083',
    ILS: '3.8050',
    BRL: '6.4253',
    BHD: '0.3925',
  },
};

/** One day after `asOf`: fresh. Staleness is computed against this clock, never `Date.now()`. */
const FRESH_NOW = Date.parse('2026-01-03T12:00:00Z');
/** A month after `asOf`: older than the four-day default, so stale. */
const STALE_NOW = Date.parse('2026-02-02T12:00:00Z');

const meta = {
  title: 'Currency/ConvertedPrice',
  component: ConvertedPrice,
  args: { money: money('9.99', 'EUR'), to: 'USD', rates: RATES, convertOptions: { now: FRESH_NOW } },
} satisfies Meta<typeof ConvertedPrice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** "≈ $10.40" with rates a day old. */
export const FreshRates: Story = {};

/** Rates a month old: `data-stale` and a note with the rates' date in the active locale. */
export const StaleRates: Story = { args: { convertOptions: { now: STALE_NOW } } };

/** Into the visitor's local currency (toolbar `jurisdiction`): the approximation a checkout shows next to the charged price. */
export const VisitorCurrency: Story = {
  render: (args, { globals }) => (
    <ConvertedPrice {...args} to={currencyForCountry(visitorJurisdiction(globals)) ?? 'USD'} />
  ),
};

/** Into zero-decimal JPY: rounded once to whole yen. */
export const ZeroDecimalJpy: Story = { args: { to: 'JPY' } };

/** Into three-decimal BHD. */
export const ThreeDecimalBhd: Story = { args: { to: 'BHD' } };

/** A cross rate through the base (USD → JPY) of a large amount. */
export const CrossRateLarge: Story = { args: { money: money('1250000', 'USD'), to: 'JPY' } };

/** Rounding down instead of the default half-expand. */
export const RoundingFloor: Story = {
  args: { money: money('9.99', 'USD'), to: 'EUR', convertOptions: { now: FRESH_NOW, rounding: 'floor' } },
};
