import { parseDecimal, pow10 } from './decimal';
import { assertMoney, createMoney, type Money } from './money';
import { divideRounded } from './rounding';
import { type TaxComponent, type TaxRule, taxRuleFor, type TaxRuleOptions } from './taxRuleFor';
import type { TaxKind } from './taxTypes';

/** Options of {@link priceBreakdown}. */
export interface PriceBreakdownOptions extends TaxRuleOptions {
  /**
   * Whether `amount` already includes the tax (a consumer price in the EU)
   * or is net (a US list price, a B2B quote).
   * @defaultValue the jurisdiction's consumer convention (`TaxRule.inclusive`)
   */
  readonly pricesIncludeTax?: boolean;
}

/** A tax component with its amount. */
export interface TaxLine extends TaxComponent {
  readonly amount: Money;
}

/** A price split into net, tax and gross, where `net + tax === gross` exactly. */
export interface PriceBreakdown {
  readonly net: Money;
  readonly tax: Money;
  readonly gross: Money;
  /** Total rate as a decimal string (`"0.19"`). */
  readonly rate: string;
  /** Whether the amount given was tax-inclusive (show "incl. VAT") or net (show "plus VAT" / "plus tax"). */
  readonly inclusive: boolean;
  readonly kind: TaxKind;
  /** English short name; UIs translate by `kind`. */
  readonly label: string;
  /** One line per component (CGST + SGST, GST + QST…); their amounts sum to `tax`. */
  readonly components: readonly TaxLine[];
  /** The rate is unknown until checkout (US, Canada without a province): `tax` is zero, say "plus tax". */
  readonly taxAtCheckout: boolean;
  /** The resolved rule, for its sources and rounding convention. */
  readonly rule: TaxRule;
}

/**
 * Splits a price into net, tax and gross for a jurisdiction (`"DE"`,
 * `"CA-QC"`, `"IN-KA"`), using the rule in force on `options.date`.
 *
 * Each component is rounded once with the jurisdiction's rounding mode
 * (half away from zero, floor in Japan): on a net price
 * `tax = round(net × rate)`; on a gross price
 * `tax = round(gross × rate / (1 + total rate))`. The other side is then
 * derived by subtraction or addition, so `net + tax === gross` always holds.
 *
 * @example priceBreakdown(money('9.99', 'EUR'), 'DE') // net 8.39, tax 1.60, gross 9.99
 * @throws {InvalidArgumentError} for a malformed jurisdiction or date.
 */
export function priceBreakdown(
  amount: Money,
  jurisdiction: string,
  options: PriceBreakdownOptions = {},
): PriceBreakdown {
  assertMoney(amount, 'priceBreakdown');
  const rule = taxRuleFor(jurisdiction, options);
  const inclusive = options.pricesIncludeTax ?? rule.inclusive;
  const rates = rule.components.map(
    (component) => parseDecimal(component.rate) ?? { coefficient: 0n, scale: 0 },
  );
  const scale = Math.max(0, ...rates.map((rate) => rate.scale));
  const scaled = rates.map((rate) => rate.coefficient * pow10(scale - rate.scale));
  const one = pow10(scale);
  const totalRate = scaled.reduce((a, b) => a + b, 0n);

  const components = rule.components.map((component, index) => {
    const rate = scaled[index] ?? 0n;
    const tax = inclusive
      ? divideRounded(amount.amount * rate, one + totalRate, rule.rounding.mode)
      : divideRounded(amount.amount * rate, one, rule.rounding.mode);
    return { ...component, amount: createMoney(tax, amount.currency) };
  });
  const taxAmount = components.reduce((total, component) => total + component.amount.amount, 0n);
  const net = inclusive ? amount.amount - taxAmount : amount.amount;
  return {
    net: createMoney(net, amount.currency),
    tax: createMoney(taxAmount, amount.currency),
    gross: createMoney(net + taxAmount, amount.currency),
    rate: rule.rate,
    inclusive,
    kind: rule.kind,
    label: rule.label,
    components,
    taxAtCheckout: rule.taxAtCheckout,
    rule,
  };
}
