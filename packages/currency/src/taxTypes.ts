import type { RoundingMode } from './rounding';

/** What a consumption tax is called, which decides the UI wording ("incl. VAT", "plus sales tax"). */
export type TaxKind = 'vat' | 'gst' | 'consumption' | 'sales' | 'none';

/** One rate and the day it took effect. */
export interface DatedTaxRate {
  /** Decimal fraction as a string: `"0.19"` for 19 %, `"0.09975"` for Québec's QST. */
  readonly rate: string;
  /**
   * First day (ISO date) the rate applies. Absent on the oldest entry when
   * earlier history is not modelled: it then applies to every earlier date too.
   */
  readonly from?: string;
  /** Where the figure was checked, and when. */
  readonly source: string;
}

/** A named part of a tax (Canada: GST + PST; India: CGST + SGST). */
export interface TaxComponentRule {
  /** Its legal short name, shown as is ("GST", "HST", "QST", "PST", "RST"). */
  readonly label: string;
  /** History, oldest first. */
  readonly rates: readonly DatedTaxRate[];
}

/** How tax amounts are rounded, and whether once per line or once per invoice. */
export interface TaxRounding {
  readonly mode: RoundingMode;
  readonly per: 'line' | 'invoice';
}

/** A country's consumer tax on digital services, as stored in {@link TAX_RULES}. */
export interface CountryTaxRule {
  readonly kind: TaxKind;
  /** English short name ("VAT", "GST", "IVA", "consumption tax"); UIs translate by `kind`. */
  readonly label: string;
  /** Whether consumer prices are shown tax-inclusive there (EU, GB, JP, AU…) or plus tax (US, CA). */
  readonly inclusive: boolean;
  /**
   * Standard-rate history, oldest first. Empty when the rate depends on where
   * in the country the buyer is (US states, Canadian provinces without a
   * subdivision): the price is quoted net and tax is settled at checkout.
   */
  readonly rates: readonly DatedTaxRate[];
  /** Rules per ISO 3166-2 subdivision (`"CA-QC"`), replacing `rates`. */
  readonly subdivisions?: Readonly<Record<string, readonly TaxComponentRule[]>>;
  /** @defaultValue `{ mode: 'halfExpand', per: 'invoice' }` */
  readonly rounding?: TaxRounding;
  /** Caveats worth reading before charging anyone. */
  readonly note?: string;
}
