import { type Decimal, divideDecimal, formatDecimal, multiplyDecimal, parseDecimal } from './decimal';

/**
 * Reference exchange rates served by `GET /api/exchange-rates`.
 *
 * One base table (units of each currency per 1 EUR) is the only stored data;
 * every other base is derived from it with exact rational arithmetic, so the
 * table itself never drifts and cross rates round exactly once.
 *
 * The figures are the European Central Bank's euro foreign exchange reference
 * rates for Friday 28 February 2025 (published around 16:00 CET). The ECB
 * does not quote the UAE dirham or the Saudi riyal; both are pegged to the US
 * dollar (AED 3.6725 by the Central Bank of the UAE, SAR 3.75 by the Saudi
 * Central Bank), so their euro rates are the exact product of the ECB USD rate
 * and the peg. This is a fixed snapshot — `asOf` tells clients how old it is
 * so they can say so; a production deployment would refresh it daily.
 */
export const RATES_AS_OF = '2025-02-28';

/**
 * Human-readable provenance returned as `source`, in English: for logs and
 * developers. UIs show `provider` and `pegged` instead, which they can translate.
 */
export const RATES_SOURCE =
  'ECB euro foreign exchange reference rates of 2025-02-28; AED and SAR via their official USD pegs';

/** Published strings, verbatim, in the ECB's own order. */
const ECB_EUR_RATES = {
  USD: '1.0411',
  JPY: '156.96',
  BGN: '1.9558',
  CZK: '25.029',
  DKK: '7.4583',
  GBP: '0.82608',
  HUF: '399.50',
  PLN: '4.1503',
  RON: '4.9768',
  SEK: '11.1880',
  CHF: '0.9394',
  ISK: '145.70',
  NOK: '11.7245',
  TRY: '38.0186',
  AUD: '1.6741',
  BRL: '6.0712',
  CAD: '1.5019',
  CNY: '7.5782',
  HKD: '8.0980',
  IDR: '17228.17',
  ILS: '3.7457',
  INR: '90.9710',
  KRW: '1519.92',
  MXN: '21.2191',
  MYR: '4.6459',
  NZD: '1.8579',
  PHP: '60.355',
  SGD: '1.4037',
  THB: '35.567',
  ZAR: '19.1917',
} as const satisfies Record<string, string>;

/** Units of each currency per one US dollar, fixed by law. */
const USD_PEGS = { AED: '3.6725', SAR: '3.75' } as const satisfies Record<string, string>;

/** Who publishes the base table, as a stable id clients can name in their own language. */
export const RATES_PROVIDER = 'ecb';

/** Currencies whose rates come from an official peg rather than the provider, each with its anchor. */
export const RATES_PEGGED: Readonly<Record<string, string>> = Object.fromEntries(
  Object.keys(USD_PEGS).map((code) => [code, 'USD']),
);

/** Significant digits kept when a cross rate has to be divided out. */
export const CROSS_RATE_SIGNIFICANT_DIGITS = 10;

function buildEuroTable(): ReadonlyMap<string, { text: string; value: Decimal }> {
  const table = new Map<string, { text: string; value: Decimal }>();
  table.set('EUR', { text: '1', value: parseDecimal('1') });
  for (const [code, text] of Object.entries(ECB_EUR_RATES)) {
    table.set(code, { text, value: parseDecimal(text) });
  }
  const usd = parseDecimal(ECB_EUR_RATES.USD);
  for (const [code, peg] of Object.entries(USD_PEGS)) {
    // An exact product: 1.0411 × 3.6725 = 3.82343975, no rounding involved.
    const value = multiplyDecimal(usd, parseDecimal(peg));
    table.set(code, { text: formatDecimal(value), value });
  }
  return table;
}

const EURO_TABLE = buildEuroTable();

/** Every currency accepted as `base` (and returned in `rates`), sorted. */
export const RATE_CURRENCIES: readonly string[] = [...EURO_TABLE.keys()].sort();

const cache = new Map<string, Readonly<Record<string, string>>>();

/**
 * Units of every listed currency per one unit of `base`, as decimal strings.
 * Base EUR returns the published figures verbatim; other bases divide two
 * entries of the euro table and round half-to-even to
 * {@link CROSS_RATE_SIGNIFICANT_DIGITS} significant digits. The base itself is
 * included as `"1"` so clients can convert without a special case.
 *
 * @returns `undefined` when `base` is not in {@link RATE_CURRENCIES}.
 */
export function ratesFor(base: string): Readonly<Record<string, string>> | undefined {
  const cached = cache.get(base);
  if (cached) return cached;
  const baseEntry = EURO_TABLE.get(base);
  if (!baseEntry) return undefined;
  const rates: Record<string, string> = {};
  for (const code of RATE_CURRENCIES) {
    const entry = EURO_TABLE.get(code);
    if (!entry) continue;
    if (code === base) rates[code] = '1';
    else if (base === 'EUR') rates[code] = entry.text;
    else {
      rates[code] = formatDecimal(divideDecimal(entry.value, baseEntry.value, CROSS_RATE_SIGNIFICANT_DIGITS));
    }
  }
  const frozen = Object.freeze(rates);
  cache.set(base, frozen);
  return frozen;
}
