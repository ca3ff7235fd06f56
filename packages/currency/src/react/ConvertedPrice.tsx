import type { ComponentPropsWithoutRef, ReactNode } from 'react';

import { convert, type ConvertOptions, type ExchangeRates } from '../convert';
import type { FormatMoneyOptions } from '../currencyFormat';
import type { Money } from '../money';
import { Price } from './Price';
import { useActiveLocale } from './useActiveLocale';
import { usePricingStrings } from './usePricingStrings';

/** Props of {@link ConvertedPrice}. */
export interface ConvertedPriceProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The amount in its own currency. */
  readonly money: Money;
  /** Currency to show it in. */
  readonly to: string;
  /** Rates as `GET /api/exchange-rates` returns them. */
  readonly rates: ExchangeRates;
  /** Rounding, maximum age and clock for {@link convert}; `onStale` is always `'flag'` here. */
  readonly convertOptions?: Omit<ConvertOptions, 'onStale'> | undefined;
  /** Format in this locale instead of the active one. */
  readonly locale?: string | undefined;
  readonly options?: FormatMoneyOptions | undefined;
}

/**
 * An approximate conversion for information ("≈ €9.60"), with a warning
 * when the rates are older than `maxAgeMs` ("Rates from 28 Feb 2025 may be
 * out of date"). Charge in set price points, never in converted amounts.
 *
 * State: `data-stale` when the rates are stale.
 */
export function ConvertedPrice({
  money,
  to,
  rates,
  convertOptions,
  locale,
  options,
  ...rest
}: ConvertedPriceProps): ReactNode {
  const t = usePricingStrings();
  const activeLocale = useActiveLocale(locale);
  const result = convert(money, to, rates, { ...convertOptions, onStale: 'flag' });
  // Split the sentence around the amount so the price keeps its own bidi isolate.
  const [before = '', after = ''] = t('rates.approximate', { amount: '\u0000' }).split('\u0000');
  const date = new Intl.DateTimeFormat(activeLocale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(result.asOf.length === 10 ? `${result.asOf}T00:00:00Z` : result.asOf),
  );
  return (
    <span data-stale={result.stale ? '' : undefined} {...rest}>
      {before}
      <Price money={result.money} locale={locale} options={options} />
      {after}
      {result.stale ? (
        <>
          {' '}
          <span data-part="stale" role="note">
            {t('rates.stale', { date })}
          </span>
        </>
      ) : null}
    </span>
  );
}
