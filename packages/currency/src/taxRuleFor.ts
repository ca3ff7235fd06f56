import { addDecimals, type Decimal, formatDecimal, parseDecimal } from './decimal';
import { describeInput } from './describeInput';
import { InvalidArgumentError } from './errors';
import { jurisdictionCode } from './jurisdictionCode';
import { europeTaxRules } from './taxRulesEurope';
import { worldTaxRules } from './taxRulesWorld';
import type { CountryTaxRule, DatedTaxRate, TaxComponentRule, TaxKind, TaxRounding } from './taxTypes';

/** Day the tax tables were last checked against their sources. */
export const TAX_TABLE_CHECKED = '2026-01-01';

/** One named part of the tax on a price, with its rate. */
export interface TaxComponent {
  /** "VAT", "GST", "HST", "QST", "CGST", "SGST", "UTGST", "IGST"… */
  readonly label: string;
  /** Decimal fraction as a string, e.g. `"0.09"`. */
  readonly rate: string;
}

/** The tax that applies to a consumer price in one jurisdiction on one day. */
export interface TaxRule {
  readonly country: string;
  readonly subdivision?: string;
  readonly kind: TaxKind;
  /** English short name; UIs translate by `kind`. */
  readonly label: string;
  /** Whether consumer prices are shown tax-inclusive in this jurisdiction. */
  readonly inclusive: boolean;
  /** Total rate, the sum of the components, e.g. `"0.14975"` in Québec. `"0"` when settled at checkout. */
  readonly rate: string;
  readonly components: readonly TaxComponent[];
  /** The rate depends on an address we do not have (US, Canada without a province): quote net, tax at checkout. */
  readonly taxAtCheckout: boolean;
  readonly rounding: TaxRounding;
  /** Where the rates come from. */
  readonly sources: readonly string[];
  /** `false` for countries missing from the table, which get the "plus tax at checkout" rule. */
  readonly known: boolean;
}

/** Options of {@link taxRuleFor}. */
export interface TaxRuleOptions {
  /** The day that matters (invoice date): ISO date or Date. @defaultValue today (UTC) */
  readonly date?: string | Date;
  /**
   * India only: the seller's GST registration state as ISO 3166-2 (`"IN-KA"`).
   * Same state as the buyer → CGST + SGST (or UTGST); another state, or a
   * seller outside India (absent) → IGST.
   */
  readonly supplier?: string;
}

const DEFAULT_ROUNDING: TaxRounding = { mode: 'halfExpand', per: 'invoice' };

// Union territories without a legislature levy UTGST instead of SGST.
const INDIAN_UTGST_TERRITORIES: readonly string[] = ['IN-AN', 'IN-CH', 'IN-DH', 'IN-LA', 'IN-LD'];

/** The stored table: every country with a modelled rule, by ISO 3166-1 code. */
export function countryTaxRules(): Readonly<Record<string, CountryTaxRule>> {
  return { ...europeTaxRules(), ...worldTaxRules() };
}

/**
 * The tax rule for `jurisdiction` (`"DE"`, `"CA-QC"`, `"IN-KA"`) on a day.
 * Countries missing from the table get `taxAtCheckout: true` and
 * `known: false` — the one answer that is never wrong on a displayed price.
 *
 * @throws {InvalidArgumentError} for a malformed code or date, or a date
 *   before the first recorded rate.
 */
export function taxRuleFor(jurisdiction: string, options: TaxRuleOptions = {}): TaxRule {
  const where = 'taxRuleFor';
  const { country, subdivision } = jurisdictionCode(jurisdiction, where);
  const date = isoDate(options.date, where);
  const stored = europeTaxRules()[country] ?? worldTaxRules()[country];
  const base = { country, ...(subdivision === undefined ? {} : { subdivision }) };
  if (!stored) {
    return {
      ...base,
      kind: 'sales',
      label: 'tax',
      inclusive: false,
      rate: '0',
      components: [],
      taxAtCheckout: true,
      rounding: DEFAULT_ROUNDING,
      sources: [],
      known: false,
    };
  }
  const componentRules: readonly TaxComponentRule[] =
    (subdivision === undefined ? undefined : stored.subdivisions?.[subdivision]) ??
    (stored.rates.length > 0 ? [{ label: stored.label, rates: stored.rates }] : []);
  const sources: string[] = [];
  let components = componentRules.map((component) => {
    const entry = rateOn(component.rates, date, jurisdiction);
    sources.push(entry.source);
    return { label: component.label, rate: entry.rate };
  });
  if (country === 'IN') components = splitIndianGst(components, subdivision, options.supplier);
  const total = addDecimals(components.map((component) => decimalOf(component.rate)));
  return {
    ...base,
    kind: stored.kind,
    label: stored.label,
    inclusive: stored.inclusive,
    rate: formatDecimal(total),
    components,
    taxAtCheckout: components.length === 0,
    rounding: stored.rounding ?? DEFAULT_ROUNDING,
    sources,
    known: true,
  };
}

function rateOn(rates: readonly DatedTaxRate[], date: string, jurisdiction: string): DatedTaxRate {
  let found: DatedTaxRate | undefined;
  for (const entry of rates) if ((entry.from ?? '') <= date) found = entry;
  if (!found) {
    throw new InvalidArgumentError(
      `taxRuleFor: no rate recorded for ${jurisdiction} on ${date}; the table starts on ${rates[0]?.from ?? '?'}.`,
    );
  }
  return found;
}

function splitIndianGst(
  components: readonly { label: string; rate: string }[],
  placeOfSupply: string | undefined,
  supplier: string | undefined,
): { label: string; rate: string }[] {
  const rate = components[0]?.rate;
  if (rate === undefined) return [];
  const seller = typeof supplier === 'string' ? supplier.trim().toUpperCase() : undefined;
  if (seller === undefined || !/^IN-[A-Z]{2}$/.test(seller)) return [{ label: 'IGST', rate }];
  // Without the buyer's state on record, the place of supply is the supplier's location (IGST Act s. 12(2)(b)).
  const place = placeOfSupply ?? seller;
  if (place !== seller) return [{ label: 'IGST', rate }];
  const half = decimalOf(rate);
  const halfRate = formatDecimal({ coefficient: half.coefficient * 5n, scale: half.scale + 1 });
  return [
    { label: 'CGST', rate: halfRate },
    { label: INDIAN_UTGST_TERRITORIES.includes(seller) ? 'UTGST' : 'SGST', rate: halfRate },
  ];
}

function decimalOf(rate: string): Decimal {
  return parseDecimal(rate) ?? { coefficient: 0n, scale: 0 };
}

/** @internal */
export function isoDate(value: string | Date | undefined, where: string): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)))
    return value;
  throw new InvalidArgumentError(
    `${where}: date ${describeInput(value)} is not an ISO date like "2026-01-31" or a valid Date.`,
  );
}
