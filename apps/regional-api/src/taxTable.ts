/**
 * Consumer tax rule per country for digital subscriptions.
 *
 * TEMPORARY HOME: moves to `@globalkit/currency` (`priceBreakdown`) with the
 * pricing table. Standard rates as in force on 2026-01-01 (recent changes:
 * FI 25.5 % from 2024-09, SK 23 % and IL 18 % from 2025-01, EE 24 % from
 * 2025-07, RO 21 % from 2025-08). Verify against the tax authority before
 * charging anyone: rates change every year somewhere.
 *
 * Where the rate depends on the buyer's state, province or municipality
 * (US sales tax, Canadian GST/HST/PST, Brazilian ISS/PIS/COFINS) prices are
 * quoted net: `taxInclusive: false`, `taxRate: 0`, `taxLabel: 'plus tax'`,
 * and checkout computes the tax from the billing address. Everywhere else the
 * displayed price already includes the tax, as consumer law there requires.
 */

export type TaxKind = 'vat' | 'gst' | 'consumption' | 'sales' | 'none';

export interface TaxRule {
  readonly taxInclusive: boolean;
  /** Fraction, e.g. `0.19`; `0` when quoted net or when no tax applies. */
  readonly taxRate: number;
  /** English label for the price suffix; UIs translate by `taxKind`. */
  readonly taxLabel: string;
  readonly taxKind: TaxKind;
}

const vat = (rate: number): TaxRule => ({
  taxInclusive: true,
  taxRate: rate,
  taxLabel: 'VAT',
  taxKind: 'vat',
});
const gst = (rate: number): TaxRule => ({
  taxInclusive: true,
  taxRate: rate,
  taxLabel: 'GST',
  taxKind: 'gst',
});

/** Net prices, tax added at checkout from the billing address. */
export const PLUS_TAX: TaxRule = { taxInclusive: false, taxRate: 0, taxLabel: 'plus tax', taxKind: 'sales' };

const NO_TAX: TaxRule = { taxInclusive: true, taxRate: 0, taxLabel: 'no tax', taxKind: 'none' };

// prettier-ignore -- a grid reads better than one entry per line
export const TAX_RULES: Readonly<Record<string, TaxRule>> = {
  // EU member states, standard rates
  AT: vat(0.2),
  BE: vat(0.21),
  BG: vat(0.2),
  HR: vat(0.25),
  CY: vat(0.19),
  CZ: vat(0.21),
  DK: vat(0.25),
  EE: vat(0.24),
  FI: vat(0.255),
  FR: vat(0.2),
  DE: vat(0.19),
  GR: vat(0.24),
  HU: vat(0.27),
  IE: vat(0.23),
  IT: vat(0.22),
  LV: vat(0.21),
  LT: vat(0.21),
  LU: vat(0.17),
  MT: vat(0.18),
  NL: vat(0.21),
  PL: vat(0.23),
  PT: vat(0.23),
  RO: vat(0.21),
  SK: vat(0.23),
  SI: vat(0.22),
  ES: vat(0.21),
  SE: vat(0.25),
  // Rest of Europe and the EU zone
  IS: vat(0.24),
  LI: vat(0.081),
  NO: vat(0.25),
  GB: vat(0.2),
  CH: vat(0.081),
  TR: vat(0.2),
  ZA: vat(0.15),
  // Americas
  US: PLUS_TAX,
  CA: PLUS_TAX,
  BR: PLUS_TAX,
  MX: { ...vat(0.16), taxLabel: 'IVA' },
  // Asia Pacific
  JP: { taxInclusive: true, taxRate: 0.1, taxLabel: 'consumption tax', taxKind: 'consumption' },
  KR: vat(0.1),
  CN: vat(0.06),
  TW: vat(0.05),
  HK: NO_TAX,
  SG: gst(0.09),
  MY: { taxInclusive: true, taxRate: 0.08, taxLabel: 'SST', taxKind: 'sales' },
  ID: vat(0.11),
  TH: vat(0.07),
  VN: vat(0.1),
  PH: vat(0.12),
  IN: gst(0.18),
  AU: gst(0.1),
  NZ: gst(0.15),
  // Middle East and North Africa
  AE: vat(0.05),
  SA: vat(0.15),
  QA: NO_TAX,
  KW: NO_TAX,
  BH: vat(0.1),
  OM: vat(0.05),
  IL: vat(0.18),
  EG: vat(0.14),
};

/**
 * The rule for a country; unlisted countries get {@link PLUS_TAX}, the one
 * answer that is never wrong on the displayed price (tax is settled at
 * checkout) for a market we have not modelled.
 */
export function taxRuleFor(country: string): TaxRule {
  return TAX_RULES[country] ?? PLUS_TAX;
}
