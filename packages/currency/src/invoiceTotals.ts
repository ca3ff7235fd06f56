import { sum } from './arithmetic';
import { InvalidArgumentError } from './errors';
import { createMoney, type Money } from './money';
import {
  type PriceBreakdown,
  priceBreakdown,
  type PriceBreakdownOptions,
  type TaxLine,
} from './priceBreakdown';

/** Options of {@link invoiceTotals}. */
export interface InvoiceTotalsOptions extends PriceBreakdownOptions {
  /**
   * `perInvoice` rounds each tax component once on the invoice total (the
   * EU norm, and required by Japan's qualified invoice system); `perLine`
   * rounds on every line and adds the results (common in India and in
   * US point-of-sale systems). The two can differ by a few minor units.
   * @defaultValue the jurisdiction's convention (`TaxRule.rounding.per`)
   */
  readonly rounding?: 'perLine' | 'perInvoice';
}

/** Invoice totals: a {@link PriceBreakdown} of the whole invoice plus how it was rounded. */
export interface InvoiceTotals extends PriceBreakdown {
  readonly rounding: 'perLine' | 'perInvoice';
  /** Per-line breakdowns (`perLine` only; with `perInvoice` there is no per-line tax). */
  readonly lines: readonly PriceBreakdown[];
}

/**
 * Totals of an invoice whose `lines` are prices in one currency, taxed per
 * `jurisdiction`. `net + tax === gross` holds for the totals in both modes.
 *
 * @example
 * // Three ¥105 items, 10 %, tax-exclusive; Japan cuts fractions of a yen:
 * invoiceTotals(items, 'JP', { pricesIncludeTax: false, rounding: 'perLine' })    // tax ¥30 (3 × floor(10.5))
 * invoiceTotals(items, 'JP', { pricesIncludeTax: false, rounding: 'perInvoice' }) // tax ¥31 (floor(31.5))
 * @throws {InvalidArgumentError} for an empty invoice; {@link CurrencyMismatchError} for mixed currencies.
 */
export function invoiceTotals(
  lines: readonly Money[],
  jurisdiction: string,
  options: InvoiceTotalsOptions = {},
): InvoiceTotals {
  if (!Array.isArray(lines) || lines.length === 0) {
    throw new InvalidArgumentError('invoiceTotals: pass at least one line amount.');
  }
  const total = sum(lines);
  const whole = priceBreakdown(total, jurisdiction, options);
  const rounding = options.rounding ?? (whole.rule.rounding.per === 'line' ? 'perLine' : 'perInvoice');
  if (rounding === 'perInvoice') return { ...whole, rounding, lines: [] };

  const breakdowns = lines.map((line) => priceBreakdown(line, jurisdiction, options));
  const add = (pick: (breakdown: PriceBreakdown) => Money) => sum(breakdowns.map(pick), total.currency);
  const components: TaxLine[] = whole.components.map((component, index) => ({
    ...component,
    amount: createMoney(
      breakdowns.reduce(
        (amount, breakdown) => amount + (breakdown.components[index]?.amount.amount ?? 0n),
        0n,
      ),
      total.currency,
    ),
  }));
  return {
    ...whole,
    net: add((breakdown) => breakdown.net),
    tax: add((breakdown) => breakdown.tax),
    gross: add((breakdown) => breakdown.gross),
    components,
    rounding,
    lines: breakdowns,
  };
}
