import { getDirection } from '@globalkit/i18n';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';

import type { FormatMoneyOptions } from '../currencyFormat';
import { formatMoney } from '../formatMoney';
import type { Money } from '../money';
import { useActiveLocale } from './useActiveLocale';

/** Props of {@link Price}. */
export interface PriceProps extends Omit<ComponentPropsWithoutRef<'bdi'>, 'children' | 'dir'> {
  /** The amount to show. */
  readonly money: Money;
  /**
   * Format in this locale instead of the active one (sets `lang` too).
   * @defaultValue the active locale of the nearest I18nProvider, en-US without one
   */
  readonly locale?: string | undefined;
  /** Display options: `currencyDisplay`, `signDisplay`, `currencySign`, `notation`… @defaultValue none: the locale's standard currency format */
  readonly options?: FormatMoneyOptions | undefined;
}

/**
 * A formatted amount, isolated for bidirectional text.
 *
 * `Intl` lays a price out for a paragraph in the direction of the locale it
 * formats for (Arabic "‏‎-1,234.50 US$" expects right-to-left, "-$1,234.50"
 * left-to-right). So the text sits in a `<bdi>` whose `dir` is that of the
 * formatting locale: an English price inside Arabic UI keeps its minus sign
 * on the left, an Arabic price inside English UI keeps its symbol on the
 * left, and neither reorders the sentence around it.
 *
 * State: `data-currency` (ISO code), `data-negative` when below zero.
 */
export function Price({ money, locale, options, ...rest }: PriceProps): ReactNode {
  // formatMoney shares cached Intl formatters, so no per-component formatter (and no parser) is needed.
  const active = useActiveLocale(locale);
  return (
    <bdi
      dir={getDirection(active)}
      lang={locale}
      data-currency={money.currency}
      data-negative={money.amount < 0n ? '' : undefined}
      {...rest}
    >
      {formatMoney(money, active, options)}
    </bdi>
  );
}
