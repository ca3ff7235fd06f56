import type { ComponentPropsWithoutRef, ReactNode } from 'react';

import type { FormatMoneyOptions } from '../currencyFormat';
import type { Money } from '../money';
import { priceBreakdown } from '../priceBreakdown';
import type { TaxKind } from '../taxTypes';
import { Price } from './Price';
import { useMoneyFormatter } from './useMoneyFormatter';
import { type PricingTranslate, usePricingStrings } from './usePricingStrings';

/** Props of {@link PriceBreakdown}. */
export interface PriceBreakdownProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The list price. */
  readonly amount: Money;
  /** Buyer's jurisdiction: `"DE"`, `"US-CA"`, `"CA-QC"`, `"IN-KA"`. */
  readonly country: string;
  /** Whether `amount` includes tax. @defaultValue the jurisdiction's consumer convention */
  readonly pricesIncludeTax?: boolean | undefined;
  /** India: the seller's GST state (`"IN-KA"`), for the CGST + SGST / IGST split. */
  readonly supplier?: string | undefined;
  /** Day whose tax rate applies. @defaultValue today */
  readonly date?: string | Date | undefined;
  /** Say "19% VAT included" instead of "incl. VAT". @defaultValue false */
  readonly showRate?: boolean | undefined;
  /** Also list net price, each tax and total. @defaultValue false */
  readonly showDetails?: boolean | undefined;
  /** Format in this locale instead of the active one. */
  readonly locale?: string | undefined;
  /** Display options for every amount. */
  readonly options?: FormatMoneyOptions | undefined;
}

/**
 * A price with its tax note ("incl. VAT", "plus sales tax", "plus tax"), as
 * the buyer's jurisdiction expects it, and optionally the net / tax / total
 * lines. All text comes from the `pricing` namespace.
 *
 * State: `data-inclusive`, `data-tax-kind`, `data-tax-at-checkout`.
 */
export function PriceBreakdown({
  amount,
  country,
  pricesIncludeTax,
  supplier,
  date,
  showRate = false,
  showDetails = false,
  locale,
  options,
  ...rest
}: PriceBreakdownProps): ReactNode {
  const t = usePricingStrings();
  const formatter = useMoneyFormatter({ locale });
  const breakdown = priceBreakdown(amount, country, {
    ...(pricesIncludeTax === undefined ? {} : { pricesIncludeTax }),
    ...(supplier === undefined ? {} : { supplier }),
    ...(date === undefined ? {} : { date }),
  });
  const { kind, inclusive, taxAtCheckout } = breakdown;
  const rate = formatter.formatRate(breakdown.rate);
  const note = taxNote(t, kind, inclusive, taxAtCheckout, showRate ? rate : undefined);
  const taxName = (label: string) =>
    breakdown.components.length === 1 && kind !== 'none' ? t(`tax.name.${kind}`) : label;

  return (
    <div
      data-inclusive={inclusive ? '' : undefined}
      data-tax-kind={kind}
      data-tax-at-checkout={taxAtCheckout ? '' : undefined}
      {...rest}
    >
      <Price money={inclusive ? breakdown.gross : breakdown.net} locale={locale} options={options} />
      {note ? (
        <>
          {' '}
          <span data-part="tax-note">{note}</span>
        </>
      ) : null}
      {showDetails ? (
        <>
          <dl aria-label={t('breakdown.label')}>
            <div>
              <dt>{t('breakdown.net')}</dt>
              <dd>
                <Price money={breakdown.net} locale={locale} options={options} />
              </dd>
            </div>
            {breakdown.components.map((component) => (
              <div key={component.label}>
                <dt>
                  {t('breakdown.taxLine', {
                    name: taxName(component.label),
                    rate: formatter.formatRate(component.rate),
                  })}
                </dt>
                <dd>
                  <Price money={component.amount} locale={locale} options={options} />
                </dd>
              </div>
            ))}
            {taxAtCheckout ? null : (
              <div>
                <dt>{t('breakdown.total')}</dt>
                <dd>
                  <Price money={breakdown.gross} locale={locale} options={options} />
                </dd>
              </div>
            )}
          </dl>
          {taxAtCheckout ? <p data-part="tax-hint">{t('tax.atCheckoutHint')}</p> : null}
        </>
      ) : null}
    </div>
  );
}

function taxNote(
  t: PricingTranslate,
  kind: TaxKind,
  inclusive: boolean,
  taxAtCheckout: boolean,
  rate: string | undefined,
): string | undefined {
  if (taxAtCheckout) return t('tax.atCheckout');
  if (kind === 'none') return undefined;
  if (!inclusive) return t(`tax.excluded.${kind}`);
  return rate === undefined ? t(`tax.included.${kind}`) : t(`tax.includedRate.${kind}`, { rate });
}
