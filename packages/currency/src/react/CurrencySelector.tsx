import { Select, type SelectProps } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useActiveLocale } from './useActiveLocale';
import { usePricingStrings } from './usePricingStrings';

/** Props of {@link CurrencySelector}. Other props (`name`, `required`, `error`, `dir`…) go to ui-rtl's `Select`. */
export interface CurrencySelectorProps extends Omit<
  SelectProps,
  'options' | 'label' | 'children' | 'placeholder'
> {
  /** ISO 4217 codes to offer, in order — e.g. `offeredCurrenciesFor(country)`. */
  readonly currencies: readonly string[];
  /** Visible label. @defaultValue `pricing:selector.label` ("Currency") */
  readonly label?: ReactNode;
  /** Name currencies in this locale instead of the active one. */
  readonly locale?: string | undefined;
}

/**
 * A currency picker on `@globalkit/ui-rtl`'s native `Select`: each option is
 * the currency's name in the active locale with its code ("Euro (EUR)",
 * "يورو (EUR)"), from `Intl.DisplayNames`. Choosing reports the code.
 */
export function CurrencySelector({ currencies, label, locale, ...rest }: CurrencySelectorProps): ReactNode {
  const t = usePricingStrings();
  const active = useActiveLocale(locale);
  const names = new Intl.DisplayNames(active, { type: 'currency', fallback: 'code' });
  const options = currencies.map((code) => ({
    value: code,
    label: t('selector.option', { name: names.of(code) ?? code, code }),
  }));
  return <Select {...rest} label={label ?? t('selector.label')} options={options} placeholder={false} />;
}
